<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Could not export the history to %1: %2</source>
        <translation>記録を %1 に書き出せませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more; see &apos;backbreak config check&apos;.</source>
        <translation>
            <numerusform>…ほか %n 件。「backbreak config check」を参照してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>backbreak: some files have problems</source>
        <translation>backbreak: 一部のファイルに問題があります</translation>
    </message>
    <message>
        <source>backbreak: settings not saved</source>
        <translation>backbreak: 設定を保存できませんでした</translation>
    </message>
    <message>
        <source>backbreak: start at login</source>
        <translation>backbreak: ログイン時に起動</translation>
    </message>
    <message>
        <source>Weekly history</source>
        <translation>週間の記録</translation>
    </message>
    <message>
        <source>Nothing in this routine suits what you ticked in the safety screen; choose another one, or change the ticks in Settings.</source>
        <translation>このメニューには、安全の画面でチェックした内容に合うエクササイズがありません。別のメニューを選ぶか、設定でチェックを変更してください。</translation>
    </message>
    <message>
        <source>The history cannot be shown: %1</source>
        <translation>記録を表示できません: %1</translation>
    </message>
</context>
<context>
    <name>Checkin</name>
    <message>
        <source>Pain from 0, no pain, to 10, worst pain</source>
        <translation>痛み：0（痛みなし）から 10（最悪の痛み）</translation>
    </message>
    <message>
        <source>Digits 0 to 9, arrow keys, Home and End choose</source>
        <translation>数字の 0〜9、矢印キー、Home と End で選べます</translation>
    </message>
    <message>
        <source>Nothing chosen yet; digits 0 to 9, arrow keys, Home and End</source>
        <translation>まだ選ばれていません。数字の 0〜9、矢印キー、Home と End で選べます</translation>
    </message>
    <message>
        <source>How is your back right now?</source>
        <translation>今、腰の具合はどうですか？</translation>
    </message>
    <message>
        <source>And now?</source>
        <translation>では、今は？</translation>
    </message>
    <message>
        <source>Choose a number: 0 to 9 on the keyboard, or the arrow keys and End for 10. Return confirms; S skips.</source>
        <translation>数字を選んでください：キーボードの 0〜9、または矢印キーと End で 10。Enter で確定、S でスキップ。</translation>
    </message>
    <message>
        <source>no pain</source>
        <translation>痛みなし</translation>
    </message>
    <message>
        <source>worst pain</source>
        <translation>最悪の痛み</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Go on without answering (S or Esc)</source>
        <translation>答えずに進む（S または Esc）</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Give this score (Return)</source>
        <translation>この点数にする（Enter）</translation>
    </message>
    <message>
        <source>A word from backbreak</source>
        <translation>backbreak からのひと言</translation>
    </message>
    <message>
        <source>Safety…</source>
        <translation>安全について…</translation>
    </message>
    <message>
        <source>The urgent signs that mean seeing a doctor now</source>
        <translation>すぐに医師の診察が必要な危険なサイン</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>続ける</translation>
    </message>
    <message>
        <source>Go on (Return)</source>
        <translation>進む（Enter）</translation>
    </message>
    <message>
        <source>Choose a number from 0 to 10 first, or press S to skip.</source>
        <translation>先に 0〜10 の数字を選ぶか、S を押してスキップしてください。</translation>
    </message>
    <message>
        <source>Your back has scored 7 or more on three days in a row. Pain that stays this high deserves a proper look: please make an appointment with a physiotherapist or your doctor. Until then, stay gently active within what feels comfortable, and leave out any movement that makes the pain worse.</source>
        <translation>3 日続けて腰の痛みが 7 以上でした。これほど強い痛みが続くときは、きちんと診てもらう価値があります。理学療法士か医師の予約を取ってください。それまでは、心地よい範囲でやさしく体を動かし、痛みが強くなる動きは避けましょう。</translation>
    </message>
    <message>
        <source>Your back felt 3 or more points worse after this routine than before it. Take it easy for the rest of the day and leave out what provoked it. If the pain has not settled within a day or two, or this keeps happening, please see a physiotherapist or your doctor.</source>
        <translation>このルーティンの後、腰の痛みが前より 3 点以上強くなりました。今日はこの後無理をせず、痛みのきっかけになった動きは控えましょう。1〜2 日たっても痛みが治まらない場合や、これが繰り返される場合は、理学療法士か医師に相談してください。</translation>
    </message>
    <message>
        <source>If you notice any of the urgent signs listed under Safety, see a doctor straight away.</source>
        <translation>「安全について」に挙げた危険なサインのどれかに気づいたら、すぐに医師の診察を受けてください。</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>No more snoozes in a row; please take this break.</source>
        <translation>これ以上続けてスヌーズできません。この休憩を取ってください。</translation>
    </message>
    <message>
        <source>There is no break to skip right now.</source>
        <translation>今スキップできる休憩はありません。</translation>
    </message>
    <message>
        <source>While the screen is locked you count as sitting.</source>
        <translation>画面がロックされている間は、座っているものとみなされます。</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message numerus="yes">
        <source>Break in %n second(s)</source>
        <translation>
            <numerusform>%n 秒後に休憩</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish your sentence; a short stretch is coming up.</source>
        <translation>きりのいいところまでどうぞ。まもなく短いストレッチです。</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>今すぐ始める</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>スヌーズ</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Time to stand up</source>
        <translation>立ち上がる時間です</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>歩きに行く</translation>
    </message>
    <message>
        <source>Time for a walk</source>
        <translation>歩きに行く時間です</translation>
    </message>
</context>
<context>
    <name>Pace</name>
    <message>
        <source>up</source>
        <translation>上げる</translation>
    </message>
    <message>
        <source>down</source>
        <translation>下ろす</translation>
    </message>
    <message>
        <source>lift</source>
        <translation>持ち上げる</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>下ろす</translation>
    </message>
    <message>
        <source>reach</source>
        <translation>伸ばす</translation>
    </message>
    <message>
        <source>come back</source>
        <translation>戻す</translation>
    </message>
    <message>
        <source>back</source>
        <translation>うしろへ</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>前へ</translation>
    </message>
    <message>
        <source>tighten</source>
        <translation>締める</translation>
    </message>
    <message>
        <source>let go</source>
        <translation>ゆるめる</translation>
    </message>
    <message>
        <source>breathe in</source>
        <translation>吸う</translation>
    </message>
    <message>
        <source>breathe out</source>
        <translation>吐く</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>キープ</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>休む</translation>
    </message>
    <message>
        <source>%1 %2 s</source>
        <comment>a phase and its seconds</comment>
        <translation>%1 %2 秒</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the phases of a repetition</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>One repetition: %1</source>
        <translation>1 回の動き: %1</translation>
    </message>
    <message>
        <source>Repetition %1 of %2 (%3): %4</source>
        <comment>%3: the side this repetition works, e.g. &apos;knees to the right&apos;</comment>
        <translation>%1 / %2 回目 (%3): %4</translation>
    </message>
    <message>
        <source>Repetition %1 of %2: %3</source>
        <translation>%1 / %2 回目: %3</translation>
    </message>
</context>
<context>
    <name>Player</name>
    <message>
        <source>backbreak: %1</source>
        <translation>backbreak: %1</translation>
    </message>
    <message>
        <source>Guided stretch: %1</source>
        <translation>ガイド付きストレッチ: %1</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Go back one step (Left arrow)</source>
        <translation>1 つ前のステップに戻る（左矢印）</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Pause or resume the countdown (Space)</source>
        <translation>カウントダウンを一時停止または再開（スペース）</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Go to the next step (Right arrow)</source>
        <translation>次のステップへ進む（右矢印）</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Finish the routine (Enter)</source>
        <translation>ルーティンを終える（Enter）</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Skip the rest of the routine (Esc)</source>
        <translation>ルーティンの残りをスキップ（Esc）</translation>
    </message>
    <message>
        <source>Safety…</source>
        <translation>安全について…</translation>
    </message>
    <message>
        <source>When to stop and who should ask a professional first</source>
        <translation>中止すべきときと、事前に専門家に相談すべき人</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>ステップ %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n repetition(s)</source>
        <translation>
            <numerusform>%n 回</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is common practice in physiotherapy; it is not from the articles.</source>
        <translation>「%1」は理学療法で一般的なエクササイズで、記事からの引用ではありません。</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>an article&apos;s title</comment>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between article titles</comment>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is taken from the article(s) %2.</source>
        <translation>
            <numerusform>「%1」は次の記事によります: %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>残り %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>このステップの残り時間</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>the day a swap ends: a QLocale date pattern (d day, MMMM month)</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>you ticked “%1”</source>
        <translation>「%1」にチェックあり</translation>
    </message>
    <message>
        <source>your back felt worse after it</source>
        <translation>その後に背中の調子が悪化したため</translation>
    </message>
    <message>
        <source>%1 left out until %2 (%3)</source>
        <translation>%2 まで %1 を省略 (%3)</translation>
    </message>
    <message>
        <source>%1 instead of %2 until %3 (%4)</source>
        <translation>%3 まで %2 の代わりに %1 (%4)</translation>
    </message>
    <message>
        <source>%1 left out (%2)</source>
        <translation>%1 を省略 (%2)</translation>
    </message>
    <message>
        <source>%1 instead of %2 (%3)</source>
        <translation>%2 の代わりに %1 (%3)</translation>
    </message>
    <message>
        <source>Changed for you: %1.</source>
        <translation>あなた向けに変更: %1。</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>安全について</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>empty duration; expected e.g. 90s, 5m or 1h30m</source>
        <translation>時間の長さが空です。例: 90s, 5m or 1h30m</translation>
    </message>
    <message>
        <source>%1… is too long for a duration; expected e.g. 1h30m</source>
        <translation>%1… は時間の長さとしては長すぎます。例: 1h30m</translation>
    </message>
    <message>
        <source>%1 is not a duration; expected e.g. 90s, 5m or 1h30m</source>
        <translation>%1 は時間の長さではありません。例: 90s, 5m or 1h30m</translation>
    </message>
    <message>
        <source>%1 is zero; a duration must be longer than that</source>
        <translation>%1 はゼロです。時間の長さは 0 より長くしてください</translation>
    </message>
    <message>
        <source>%1 backbreak keeps running without history.</source>
        <translation>%1 backbreak は記録なしで動作を続けます。</translation>
    </message>
    <message>
        <source>The history file could not be read; it was moved to %1 and a new history was started in %2.</source>
        <translation>記録ファイルを読み込めなかったため、%1 に移動し、%2 で新しい記録を開始しました。</translation>
    </message>
    <message>
        <source>%1: cannot open the history</source>
        <translation>%1: 記録を開けません</translation>
    </message>
    <message>
        <source>unknown field; expected one of %1</source>
        <translation>不明な項目です。有効な項目: %1</translation>
    </message>
    <message>
        <source>missing; expected a text</source>
        <translation>未指定です。文字列を指定してください</translation>
    </message>
    <message>
        <source>expected a text, got %1</source>
        <translation>文字列を指定してください（指定値: %1）</translation>
    </message>
    <message>
        <source>expected a non-empty text</source>
        <translation>空でない文字列を指定してください</translation>
    </message>
    <message>
        <source>expected a single line of text</source>
        <translation>1 行の文字列を指定してください</translation>
    </message>
    <message>
        <source>expected at most %1 characters, got %2</source>
        <translation>%1 文字以内にしてください（現在 %2 文字）</translation>
    </message>
    <message>
        <source>expected lowercase letters, digits and &apos;-&apos; (at most 40), got %1</source>
        <translation>英小文字・数字・&apos;-&apos; で 40 文字以内にしてください（指定値: %1）</translation>
    </message>
    <message>
        <source>expected one of %1, got %2</source>
        <translation>%1 のいずれかを指定してください（指定値: %2）</translation>
    </message>
    <message>
        <source>missing; expected a whole number from %1 to %2</source>
        <translation>未指定です。%1～%2 の整数を指定してください</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, got %3</source>
        <translation>%1～%2 の整数を指定してください（指定値: %3）</translation>
    </message>
    <message>
        <source>missing; expected a list of texts (at least %1)</source>
        <translation>未指定です。文字列のリスト（%1 個以上）を指定してください</translation>
    </message>
    <message>
        <source>expected a list of texts, got %1</source>
        <translation>文字列のリストを指定してください（指定値: %1）</translation>
    </message>
    <message>
        <source>expected %1 to %2 lines, got %3</source>
        <translation>%1～%2 行にしてください（現在 %3 行）</translation>
    </message>
    <message>
        <source>line %1: expected a text, got %2</source>
        <translation>%1 行目: 文字列を指定してください（指定値: %2）</translation>
    </message>
    <message>
        <source>missing; expected a [%1] table</source>
        <translation>未指定です。[%1] テーブルが必要です</translation>
    </message>
    <message>
        <source>expected a table, got %1</source>
        <translation>テーブルを指定してください（指定値: %1）</translation>
    </message>
    <message>
        <source>expected gentle &lt;= standard &lt;= strong, got %1 &lt;= %2 &lt;= %3</source>
        <translation>gentle &lt;= standard &lt;= strong にしてください（指定値: %1 &lt;= %2 &lt;= %3）</translation>
    </message>
    <message>
        <source>expected %1 columns (%2), got %3</source>
        <translation>%1 列（%2）が必要です（実際: %3 列）</translation>
    </message>
    <message>
        <source>expected CSV (%1)</source>
        <translation>CSV として読めません（%1）</translation>
    </message>
    <message>
        <source>expected an ISO 8601 time such as %1, got %2</source>
        <translation>%1 のような ISO 8601 形式の時刻を指定してください（指定値: %2）</translation>
    </message>
    <message>
        <source>expected a time with a UTC offset such as %1, got %2</source>
        <translation>%1 のように UTC オフセット付きの時刻を指定してください（指定値: %2）</translation>
    </message>
    <message>
        <source>expected a time from %1 to %2 (UTC), got %3</source>
        <translation>%1～%2（UTC）の時刻を指定してください（指定値: %3）</translation>
    </message>
    <message>
        <source>expected a pain score from 0 to 10, or empty, got %1</source>
        <translation>痛みの点数は 0～10 または空欄にしてください（指定値: %1）</translation>
    </message>
    <message>
        <source>expected at most %1 exercises, got %2</source>
        <translation>エクササイズは %1 個以内にしてください（実際: %2 個）</translation>
    </message>
    <message>
        <source>expected exercise ids of lowercase letters, digits and &apos;-&apos; (at most 40), separated by spaces, got %1</source>
        <translation>エクササイズ ID は小文字・数字・「-」（40 文字以内）で、空白区切りにしてください（指定値: %1）</translation>
    </message>
    <message>
        <source>expected at most steps_total (%1), got %2</source>
        <translation>steps_total（%1）以下にしてください（指定値: %2）</translation>
    </message>
    <message>
        <source>expected a time not before started_at (%1), got %2</source>
        <translation>started_at（%1）より前の時刻は指定できません（指定値: %2）</translation>
    </message>
    <message>
        <source>expected a list of exercise ids or null, got %1</source>
        <translation>エクササイズ ID のリストまたは null を指定してください（指定値: %1）</translation>
    </message>
    <message>
        <source>expected a pain score from 0 to 10, or null, got %1</source>
        <translation>痛みの点数は 0～10 または null にしてください（指定値: %1）</translation>
    </message>
    <message>
        <source>expected an object with started_at and ended_at, got %1</source>
        <translation>started_at と ended_at を持つオブジェクトを指定してください（指定値: %1）</translation>
    </message>
    <message>
        <source>expected at most %1 days after started_at, got %2</source>
        <translation>started_at から %1 日以内にしてください（指定値: %2）</translation>
    </message>
    <message>
        <source>expected an object with the CSV columns as keys, got %1</source>
        <translation>CSV の列名をキーとするオブジェクトを指定してください（指定値: %1）</translation>
    </message>
    <message>
        <source>expected a flat break record, got one nested too deeply</source>
        <translation>休憩の記録は入れ子にできません（入れ子が深すぎます）</translation>
    </message>
    <message>
        <source>expected valid JSON (%1)</source>
        <translation>有効な JSON ではありません（%1）</translation>
    </message>
    <message>
        <source>expected a value of at most %1 characters (a break record is a few hundred), got a longer one</source>
        <translation>値は %1 文字以内にしてください（休憩の記録は数百文字です）。これより長い値があります</translation>
    </message>
    <message>
        <source>expected a list of break records, got %1</source>
        <translation>休憩の記録のリストを指定してください（指定値: %1）</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>%1 を指定してください（指定値: %2）</translation>
    </message>
    <message>
        <source>expected %1 or lower, got %2</source>
        <translation>%1 以下を指定してください（指定値: %2）</translation>
    </message>
    <message>
        <source>expected a list of standing spans, got %1</source>
        <translation>立っていた時間のリストを指定してください（指定値: %1）</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>名前付きパイプ（FIFO）</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>キャラクターデバイス</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>ブロックデバイス</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ソケット</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>読み込めません（%1）</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>それ以外のもの</translation>
    </message>
    <message>
        <source>expected a regular file (a backbreak CSV or JSON export), got %1</source>
        <translation>通常のファイル（backbreak の CSV または JSON エクスポート）を指定してください（指定値: %1）</translation>
    </message>
    <message>
        <source>expected at most %1 (many years of history), got more</source>
        <translation>%1 以下にしてください（何年分もの履歴が入ります）。これより大きいファイルです</translation>
    </message>
    <message>
        <source>expected at most %1 (many years of history), got %2</source>
        <translation>%1 以下にしてください（何年分もの履歴が入ります）（実際: %2）</translation>
    </message>
    <message>
        <source>expected a row of at most %1 characters (a history row is a few hundred), got a longer one</source>
        <translation>行は %1 文字以内にしてください（履歴の 1 行は数百文字です）。これより長い行があります</translation>
    </message>
    <message>
        <source>the file is %1 bytes; expected at most %2</source>
        <translation>ファイルが %1 バイトあります。%2 バイト以下にしてください</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>ファイルを読み込めません（%1）</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte %1)</source>
        <translation>UTF-8 のテキストではありません（バイト位置 %1）</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>%1 が必要です</translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1: %2 行目: %3</translation>
    </message>
    <message>
        <source>%1: line %2, %3: %4</source>
        <translation>%1: %2 行目、%3: %4</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON オブジェクトが必要です</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>未指定です</translation>
    </message>
    <message>
        <source>%1; nothing was imported from it, and it could not be moved aside: %2</source>
        <translation>%1。このファイルからは何も取り込まず、別名で退避することもできませんでした: %2</translation>
    </message>
    <message>
        <source>%1; nothing was imported from it; it was moved to %2</source>
        <translation>%1。このファイルからは何も取り込まず、%2 に移動しました</translation>
    </message>
    <message>
        <source>expected exactly one of seed (the article) or source = &quot;common-practice&quot;</source>
        <translation>seed (記事) か source = &quot;common-practice&quot; のどちらか一方が必要です</translation>
    </message>
    <message>
        <source>expected %1 (or a seed instead), got %2</source>
        <translation>%1 (または代わりに seed) が必要ですが、%2 でした</translation>
    </message>
    <message>
        <source>a pace says what one repetition is; expected reps beside it</source>
        <translation>pace は 1 回の動きを表します。reps も必要です</translation>
    </message>
    <message>
        <source>expected an even number of moving phases (out and back), got %1</source>
        <translation>動くフェーズは偶数 (行きと戻り) が必要ですが、%1 でした</translation>
    </message>
    <message>
        <source>expected one repetition of %1 to %2 seconds, got %3</source>
        <translation>1 回の動きは %1〜%2 秒が必要ですが、%3 でした</translation>
    </message>
    <message>
        <source>expected a list of cautions, got %1</source>
        <translation>注意事項のリストが必要ですが、%1 でした</translation>
    </message>
    <message>
        <source>expected an exercise id (lowercase letters, digits, &apos;-&apos;), got %1</source>
        <translation>エクササイズ ID (小文字・数字・&apos;-&apos;) が必要ですが、%1 でした</translation>
    </message>
    <message>
        <source>expected another exercise than this one</source>
        <translation>このエクササイズ以外を指定してください</translation>
    </message>
    <message>
        <source>expected two different sides, got %1 twice</source>
        <translation>異なる 2 つの側が必要ですが、%1 が 2 回でした</translation>
    </message>
    <message>
        <source>sides that alternate each repetition need reps; expected reps beside it</source>
        <translation>1 回ごとに左右を替えるには回数が必要です。reps も必要です</translation>
    </message>
    <message>
        <source>expected one work step when each repetition alternates sides, got %1</source>
        <translation>1 回ごとに左右を替える場合、運動のステップは 1 つが必要ですが、%1 でした</translation>
    </message>
    <message>
        <source>expected an even number of repetitions at every level (as many on each side), got %1</source>
        <translation>どのレベルでも回数は偶数 (左右同じ回数) が必要ですが、%1 でした</translation>
    </message>
    <message>
        <source>unknown seed article %1; expected one of %2</source>
        <translation>不明な出典記事 %1 です。%2 のいずれかが必要です</translation>
    </message>
    <message>
        <source>an alternative is played only for a caution; expected cautions beside it</source>
        <translation>alternative は注意事項があるときだけ使われます。cautions も必要です</translation>
    </message>
    <message>
        <source>alternative %1 has every caution of this exercise (%2), so it is never a safer swap; expected one without at least one of them</source>
        <translation>alternative %1 はこのエクササイズの注意事項 (%2) をすべて持つため、より安全な代替になりません。少なくとも 1 つを持たないものが必要です</translation>
    </message>
    <message>
        <source>%1 says %2 = %3, not this exercise; expected the two to agree</source>
        <translation>%1 は %2 = %3 としており、このエクササイズではありません。両方を一致させてください</translation>
    </message>
    <message>
        <source>following %1 comes back to %2; expected no loop</source>
        <translation>%1 をたどると %2 に戻ります。循環しないようにしてください</translation>
    </message>
    <message>
        <source>not valid TOML: %1</source>
        <translation>TOML として正しくありません: %1</translation>
    </message>
    <message>
        <source>expected exactly one top-level table, [exercise] or [routine], got %1</source>
        <translation>最上位のテーブルは [exercise] または [routine] のどちらか 1 つだけにしてください（現在: %1）</translation>
    </message>
    <message>
        <source>expected a [%1] table, got %2</source>
        <translation>[%1] テーブルを指定してください（指定値: %2）</translation>
    </message>
    <message>
        <source>expected a file name ending in .svg (no folders), got %1</source>
        <translation>フォルダーを含まない、末尾が .svg のファイル名を指定してください（指定値: %1）</translation>
    </message>
    <message>
        <source>expected fewer set-up steps than steps (%1) so at least one work step remains, got %2</source>
        <translation>運動のステップが 1 つ以上残るよう、準備ステップはステップ数（%1）より少なくしてください（指定値: %2）</translation>
    </message>
    <message>
        <source>expected exactly one of reps or hold_seconds</source>
        <translation>reps と hold_seconds のどちらか一方だけを指定してください</translation>
    </message>
    <message>
        <source>missing; expected a list of exercise ids</source>
        <translation>未指定です。運動 ID のリストを指定してください</translation>
    </message>
    <message>
        <source>expected a non-empty list of exercise ids, got %1</source>
        <translation>空でない運動 ID のリストを指定してください（指定値: %1）</translation>
    </message>
    <message>
        <source>expected at most 20 exercises, got %1</source>
        <translation>運動は 20 個以内にしてください（現在 %1 個）</translation>
    </message>
    <message>
        <source>expected exercise ids (lowercase letters, digits, &apos;-&apos;), got %1</source>
        <translation>運動 ID（英小文字・数字・&apos;-&apos;）を指定してください（指定値: %1）</translation>
    </message>
    <message>
        <source>%1 is not in this routine&apos;s exercises</source>
        <translation>%1 はこのルーティンの運動に含まれていません</translation>
    </message>
    <message>
        <source>levels need reps or hold_seconds beside them</source>
        <translation>levels を使うには、同じ場所に reps または hold_seconds も必要です</translation>
    </message>
    <message>
        <source>expected 1 to %1 seed articles, got %2</source>
        <translation>出典記事は 1〜%1 件必要ですが、%2 件でした</translation>
    </message>
    <message>
        <source>expected a list such as [&quot;balance&quot;] (of %1), got %2</source>
        <translation>[&quot;balance&quot;] のようなリスト (%1 から) が必要ですが、%2 でした</translation>
    </message>
    <message>
        <source>expected text without bidirectional control characters, got U+%1</source>
        <translation>双方向制御文字を含まない文字列を指定してください（含まれる文字: U+%1）</translation>
    </message>
    <message>
        <source>unknown exercise id %1; expected one of the loaded exercises (%2)</source>
        <translation>不明な運動 ID %1 です。読み込まれた運動（%2）のいずれかを指定してください</translation>
    </message>
    <message>
        <source>exercise %1 has position %2; a %3 routine takes only %4</source>
        <translation>運動 %1 の position は %2 です。%3 のルーティンに使えるのは %4 だけです</translation>
    </message>
    <message>
        <source>exercise %1 counts %2, not %3</source>
        <translation>運動 %1 は %3 ではなく %2 で数えます</translation>
    </message>
    <message>
        <source>id %1 is already used by %2; rename it to load this file</source>
        <translation>ID %1 は %2 ですでに使われています。このファイルを読み込むには ID を変更してください</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>ファイルが存在しません</translation>
    </message>
    <message>
        <source>id %1 is already used by a built-in one; rename it</source>
        <translation>ID %1 は組み込みのものですでに使われています。ID を変更してください</translation>
    </message>
    <message>
        <source>the other frame of %1 is missing: %2</source>
        <translation>%1 のもう一方の画像がありません: %2</translation>
    </message>
    <message>
        <source>file %1 (or %2 and %3) not found in %4</source>
        <translation>ファイル %1(または %2 と %3)が %4 に見つかりません</translation>
    </message>
    <message>
        <source>expected a duration string such as &quot;30m&quot;, got %1</source>
        <translation>&quot;30m&quot; のような時間の長さを文字列で指定してください（指定値: %1）</translation>
    </message>
    <message>
        <source>expected between %1 and %2, got %3</source>
        <translation>%1～%2 の範囲で指定してください（指定値: %3）</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>true または false を指定してください（指定値: %1）</translation>
    </message>
    <message>
        <source>expected a time of day such as &quot;08:00&quot;, got %1</source>
        <translation>&quot;08:00&quot; のような時刻を指定してください（指定値: %1）</translation>
    </message>
    <message>
        <source>expected the header %1 (or an earlier one: the same without the last column, or without the last three), got an empty file</source>
        <translation>見出し行 %1（または以前の形式: 最後の 1 列、または最後の 3 列を除いたもの）が必要ですが、ファイルが空です</translation>
    </message>
    <message>
        <source>expected the header %1 (or an earlier one: the same without the last column, or without the last three), got %2</source>
        <translation>見出し行は %1（または以前の形式: 最後の 1 列、または最後の 3 列を除いたもの）にしてください（指定値: %2）</translation>
    </message>
    <message>
        <source>expected outcome natural exactly when kind is natural (a natural break), got outcome %1 with kind %2</source>
        <translation>outcome が natural になるのは kind が natural のとき（自然な休憩）だけです（指定値: outcome %1、kind %2）</translation>
    </message>
    <message>
        <source>expected UTF-8 text (a backbreak CSV or JSON export); byte %1 is not UTF-8</source>
        <translation>UTF-8 のテキスト（backbreak の CSV または JSON エクスポート）が必要です。%1 バイト目が UTF-8 ではありません</translation>
    </message>
    <message>
        <source>[%1] comes only with backbreak itself; expected [exercise] or [routine]</source>
        <translation>[%1] は backbreak 本体にのみ含まれます。[exercise] か [routine] が必要です</translation>
    </message>
    <message>
        <source>expected a list of days such as [&quot;mon&quot;, &quot;tue&quot;], got %1</source>
        <translation>[&quot;mon&quot;, &quot;tue&quot;] のような曜日のリストを指定してください（指定値: %1）</translation>
    </message>
    <message>
        <source>expected days among %1, got %2</source>
        <translation>曜日は %1 のいずれかにしてください（指定値: %2）</translation>
    </message>
    <message>
        <source>expected a locale name such as &quot;de&quot; or &quot;pt_BR&quot; (empty: system), got %1</source>
        <translation>&quot;de&quot; や &quot;pt_BR&quot; などのロケール名（空ならシステムの既定）を指定してください（指定値: %1）</translation>
    </message>
    <message>
        <source>not valid TOML (%1); using all defaults</source>
        <translation>TOML として正しくありません（%1）。すべて既定値を使います</translation>
    </message>
    <message>
        <source>unknown section; expected one of %1</source>
        <translation>不明なセクションです。有効なセクション: %1</translation>
    </message>
    <message>
        <source>unknown key; expected one of %1</source>
        <translation>不明なキーです。有効なキー: %1</translation>
    </message>
    <message>
        <source>%1; using the default</source>
        <translation>%1。既定値を使います</translation>
    </message>
    <message>
        <source>expected a time after working_hours.start; using the default working hours</source>
        <translation>working_hours.start より後の時刻を指定してください。既定の勤務時間を使います</translation>
    </message>
    <message>
        <source>the file is %1 bytes; expected at most %2; using all defaults</source>
        <translation>ファイルが %1 バイトあります。%2 バイト以下にしてください。すべて既定値を使います</translation>
    </message>
    <message>
        <source>cannot be read (%1); using all defaults</source>
        <translation>読み込めません（%1）。すべて既定値を使います</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte %1); using all defaults</source>
        <translation>UTF-8 のテキストではありません（バイト位置 %1）。すべて既定値を使います</translation>
    </message>
    <message>
        <source>%1: cannot create the history file: %2</source>
        <translation>%1: 記録ファイルを作成できません: %2</translation>
    </message>
    <message>
        <source>%1: cannot open the history: %2</source>
        <translation>%1: 記録を開けません: %2</translation>
    </message>
    <message>
        <source>%1: cannot start a fresh history: %2</source>
        <translation>%1: 新しい記録を開始できません: %2</translation>
    </message>
    <message>
        <source>%1: written by a newer backbreak (schema version %2; this version reads up to %3). The file was left untouched; upgrade backbreak to use it.</source>
        <translation>%1: 新しいバージョンの backbreak で書き込まれています（スキーマバージョン %2。このバージョンが読めるのは %3 までです）。ファイルは変更していません。使うには backbreak をアップグレードしてください。</translation>
    </message>
    <message>
        <source>%1: the file is damaged and could not be moved aside to %2: %3</source>
        <translation>%1: ファイルが破損しており、%2 に退避できませんでした: %3</translation>
    </message>
    <message>
        <source>%1: could not write the history: %2</source>
        <translation>%1: 記録を書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>%1: could not write the history (%2)</source>
        <translation>%1: 記録を書き込めませんでした（%2）</translation>
    </message>
    <message>
        <source>%1; breaks are kept in memory and written when it works again</source>
        <translation>%1。休憩はメモリーに保持し、書き込めるようになったら保存します</translation>
    </message>
    <message>
        <source>%1: no history row with id %2</source>
        <translation>%1: ID %2 の記録はありません</translation>
    </message>
    <message>
        <source>%1; the history cannot be read until it can be opened</source>
        <translation>%1。開けるようになるまで記録は読み込めません</translation>
    </message>
    <message>
        <source>%1: could not read the history: %2</source>
        <translation>%1: 記録を読み込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>PromptCard</name>
    <message>
        <source>backbreak: time to stand up</source>
        <translation>backbreak: 立ち上がる時間です</translation>
    </message>
    <message>
        <source>Break reminder</source>
        <translation>休憩のお知らせ</translation>
    </message>
    <message>
        <source>Start the guided stretch now</source>
        <translation>ガイド付きストレッチを今すぐ始める</translation>
    </message>
    <message>
        <source>Walk instead</source>
        <translation>代わりに歩く</translation>
    </message>
    <message>
        <source>Take a short walk instead</source>
        <translation>代わりに少し歩く</translation>
    </message>
    <message>
        <source>Ask again in a few minutes</source>
        <translation>数分後にもう一度知らせる</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Skip this break (Esc)</source>
        <translation>この休憩をスキップ (Esc)</translation>
    </message>
    <message>
        <source>Time to stand up</source>
        <translation>立ち上がる時間です</translation>
    </message>
    <message>
        <source>Next up: %1.</source>
        <translation>次は「%1」です。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences, one after the other</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Time for a walk</source>
        <translation>歩きに行く時間です</translation>
    </message>
    <message>
        <source>Take a walk</source>
        <translation>歩きに行く</translation>
    </message>
    <message numerus="yes">
        <source>Stretch (%n min)</source>
        <translation>
            <numerusform>ストレッチ（%n 分）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n min</source>
        <translation>
            <numerusform>%n 分スヌーズ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Routines</name>
    <message>
        <source>Move slowly and with control. A mild stretch is enough; nothing should hurt.</source>
        <translation>ゆっくりと、コントロールしながら動きましょう。軽く伸びる程度で十分です。痛みがあってはいけません。</translation>
    </message>
    <message>
        <source>Stop at once if you feel a sharp pain, and don&apos;t push through it.</source>
        <translation>鋭い痛みを感じたらすぐに中止し、無理に続けないでください。</translation>
    </message>
    <message>
        <source>If discomfort keeps going, keeps coming back or limits your day, see a health professional.</source>
        <translation>不快感が続く、繰り返す、または日常生活に支障がある場合は、医療の専門家に相談してください。</translation>
    </message>
    <message>
        <source>backbreak reminds you to move; it is not medical advice.</source>
        <translation>backbreak は体を動かすことを促すものであり、医学的な助言ではありません。</translation>
    </message>
    <message>
        <source>Switch on your core</source>
        <translation>体幹のスイッチを入れる</translation>
    </message>
    <message>
        <source>Find your deep belly and buttock muscles, then stand and use them.</source>
        <translation>お腹の深い筋肉とお尻の筋肉を意識し、立ってそれを使います。</translation>
    </message>
    <message>
        <source>Hip and lower-back opener</source>
        <translation>股関節と腰をほぐす</translation>
    </message>
    <message>
        <source>Gentle stretches for hips and back that have been folded in a chair.</source>
        <translation>椅子で曲がったままだった股関節と腰のためのやさしいストレッチです。</translation>
    </message>
    <message>
        <source>Seated reset</source>
        <translation>座ったままリセット</translation>
    </message>
    <message>
        <source>Three moves you can do without leaving your chair.</source>
        <translation>椅子から離れずにできる 3 つの動きです。</translation>
    </message>
    <message>
        <source>Stand-up reset</source>
        <translation>立ってリセット</translation>
    </message>
    <message>
        <source>Four standing moves beside your desk to wake up your glutes and ease your lower back.</source>
        <translation>机の横で立って行う 4 つの動きで、お尻の筋肉を目覚めさせ、腰を楽にします。</translation>
    </message>
    <message>
        <source>At home: floor routine</source>
        <translation>自宅で: 床で行うルーティン</translation>
    </message>
    <message>
        <source>A longer session on a mat: warm up, strengthen your core, then stretch and rest.</source>
        <translation>マットの上で行う長めのセッションです。ウォームアップし、体幹を鍛え、最後にストレッチして休みます。</translation>
    </message>
    <message>
        <source>Posture walk</source>
        <translation>姿勢を意識したウォーキング</translation>
    </message>
    <message>
        <source>A short walk with your belly and buttocks gently working and your head up.</source>
        <translation>お腹とお尻を軽く働かせ、顔を上げて少し歩きます。</translation>
    </message>
    <message>
        <source>A few steps backwards</source>
        <translation>数歩うしろ歩き</translation>
    </message>
    <message>
        <source>Your buttock muscles tightening with each backward step.</source>
        <translation>うしろに一歩進むたびにお尻の筋肉が締まる感覚。</translation>
    </message>
    <message>
        <source>A strong, purposeful stride.</source>
        <translation>力強く、しっかりした足取り。</translation>
    </message>
    <message>
        <source>Don&apos;t rush.</source>
        <translation>急がないでください。</translation>
    </message>
    <message>
        <source>Glance over your shoulder rather than stepping blind.</source>
        <translation>見ないまま進まず、肩越しにうしろを確認してください。</translation>
    </message>
    <message>
        <source>Bird-dog</source>
        <translation>バードドッグ</translation>
    </message>
    <message>
        <source>Come onto hands and knees: wrists under shoulders, knees under hips, back flat.</source>
        <translation>四つんばいになります。手首は肩の下、ひざは股関節の下、背中はまっすぐ。</translation>
    </message>
    <message>
        <source>Don&apos;t lift the hand or heel higher than your back.</source>
        <translation>手やかかとを背中より高く上げないでください。</translation>
    </message>
    <message>
        <source>Don&apos;t let the hips twist open.</source>
        <translation>腰が横に開いてねじれないようにしてください。</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>ブリッジ</translation>
    </message>
    <message>
        <source>Lie on your back, knees bent, feet flat on the floor and hip-width apart.</source>
        <translation>あおむけになり、ひざを曲げ、足裏を床につけて腰幅に開きます。</translation>
    </message>
    <message>
        <source>Press through your heels and lift your hips until knees, hips and shoulders make one line. Hold a few seconds, then lower slowly.</source>
        <translation>かかとで床を押し、ひざ・腰・肩が一直線になるまでお尻を持ち上げます。数秒保ち、ゆっくり下ろします。</translation>
    </message>
    <message>
        <source>Your buttocks and the backs of your thighs doing the lifting.</source>
        <translation>お尻と太ももの裏で持ち上げている感覚。</translation>
    </message>
    <message>
        <source>Don&apos;t arch your back to lift higher: control matters more than height.</source>
        <translation>高く上げようと背中を反らさないでください。高さよりもコントロールが大切です。</translation>
    </message>
    <message>
        <source>Don&apos;t drop down fast.</source>
        <translation>勢いよく下ろさないでください。</translation>
    </message>
    <message>
        <source>Cat-cow</source>
        <translation>キャット＆カウ</translation>
    </message>
    <message>
        <source>Come onto hands and knees with a flat back, wrists under shoulders, knees under hips.</source>
        <translation>背中をまっすぐにして四つんばいになります。手首は肩の下、ひざは股関節の下。</translation>
    </message>
    <message>
        <source>Breathe in and let the belly sink as the chest lifts. Breathe out and round your back, tucking tailbone and chin.</source>
        <translation>息を吸いながらお腹を下げ、胸を持ち上げます。息を吐きながら背中を丸め、尾骨とあごを引き込みます。</translation>
    </message>
    <message>
        <source>Your whole spine moving, a little at a time.</source>
        <translation>背骨全体が少しずつ動く感覚。</translation>
    </message>
    <message>
        <source>Slow breaths leading the movement.</source>
        <translation>ゆっくりした呼吸が動きを導く感覚。</translation>
    </message>
    <message>
        <source>Don&apos;t move faster than your breath.</source>
        <translation>呼吸より速く動かないでください。</translation>
    </message>
    <message>
        <source>Don&apos;t force either end of the movement.</source>
        <translation>動きのどちらの端でも無理をしないでください。</translation>
    </message>
    <message>
        <source>Child&apos;s pose</source>
        <translation>チャイルドポーズ</translation>
    </message>
    <message>
        <source>Kneel with your knees a little apart and sit your hips back toward your heels.</source>
        <translation>ひざを少し開いてひざ立ちになり、お尻をかかとのほうへ引きます。</translation>
    </message>
    <message>
        <source>Fold forward over your thighs with your arms reaching long in front. Rest and breathe deeply.</source>
        <translation>腕を前に長く伸ばし、太ももの上に上体を倒します。そのまま休み、深く呼吸します。</translation>
    </message>
    <message>
        <source>Your back widening and softening with each breath.</source>
        <translation>呼吸のたびに背中が広がり、ゆるむ感覚。</translation>
    </message>
    <message>
        <source>Don&apos;t fold deeper than is comfortable.</source>
        <translation>心地よい範囲を超えて深く倒さないでください。</translation>
    </message>
    <message>
        <source>Come up slowly, one part of your back at a time.</source>
        <translation>背中を少しずつ起こすように、ゆっくり戻ります。</translation>
    </message>
    <message>
        <source>Abdominal drawing-in</source>
        <translation>ドローイン</translation>
    </message>
    <message>
        <source>Sit tall near the front of your chair, feet flat, shoulders loose.</source>
        <translation>椅子に浅く座って背筋を伸ばし、足裏を床につけ、肩の力を抜きます。</translation>
    </message>
    <message>
        <source>Gently pull your lower belly in, as if closing a belt by one notch. Hold for a breath or two, then let go completely.</source>
        <translation>ベルトの穴を 1 つ締めるように、下腹をそっと引き込みます。1～2 呼吸保ち、完全にゆるめます。</translation>
    </message>
    <message>
        <source>A light tightening low in your belly, below the navel.</source>
        <translation>おへその下、下腹が軽く締まる感覚。</translation>
    </message>
    <message>
        <source>Your lower back feeling held from the inside.</source>
        <translation>腰が内側から支えられている感覚。</translation>
    </message>
    <message>
        <source>Don&apos;t hold your breath: keep breathing normally.</source>
        <translation>息を止めず、普段どおり呼吸を続けてください。</translation>
    </message>
    <message>
        <source>Don&apos;t squeeze hard: this is control, not force.</source>
        <translation>強く力を入れないでください。大切なのは力ではなくコントロールです。</translation>
    </message>
    <message>
        <source>Standing glute squeeze</source>
        <translation>立ってお尻を締める</translation>
    </message>
    <message>
        <source>Stand tall beside your desk, feet hip-width apart, knees soft.</source>
        <translation>机の横で背筋を伸ばして立ち、足を腰幅に開き、ひざは軽くゆるめます。</translation>
    </message>
    <message>
        <source>Squeeze your buttocks firmly for about three seconds, then relax them.</source>
        <translation>お尻を約 3 秒しっかり締め、ゆるめます。</translation>
    </message>
    <message>
        <source>Both buttocks firming up.</source>
        <translation>お尻の両側が引き締まる感覚。</translation>
    </message>
    <message>
        <source>The front of your hips lengthening a little with each squeeze.</source>
        <translation>締めるたびに股関節の前側が少し伸びる感覚。</translation>
    </message>
    <message>
        <source>Don&apos;t clench your jaw or lift your shoulders.</source>
        <translation>歯を食いしばったり、肩を上げたりしないでください。</translation>
    </message>
    <message>
        <source>Don&apos;t lean back to help the squeeze.</source>
        <translation>締めるために上体をうしろに反らさないでください。</translation>
    </message>
    <message>
        <source>Standing hip-flexor stretch</source>
        <translation>立って行う股関節前側のストレッチ</translation>
    </message>
    <message>
        <source>Rest one hand on your desk and step your right foot back into a short split stance.</source>
        <translation>片手を机に置き、右足をうしろに引いて小さく前後に開いて立ちます。</translation>
    </message>
    <message>
        <source>Squeeze the buttock of the back leg and tuck your tailbone under a little. Hold.</source>
        <translation>うしろ脚のお尻を締め、尾骨を少し下に巻き込みます。そのまま保ちます。</translation>
    </message>
    <message>
        <source>Swap: left foot back, squeeze that side, and hold.</source>
        <translation>入れ替えて左足をうしろに引き、そちら側のお尻を締めて保ちます。</translation>
    </message>
    <message>
        <source>A stretch along the front of the hip of the back leg.</source>
        <translation>うしろ脚の股関節の前側が伸びる感覚。</translation>
    </message>
    <message>
        <source>The buttock of the back leg working.</source>
        <translation>うしろ脚のお尻が働いている感覚。</translation>
    </message>
    <message>
        <source>Don&apos;t arch your lower back to go further.</source>
        <translation>さらに伸ばそうとして腰を反らさないでください。</translation>
    </message>
    <message>
        <source>Don&apos;t bounce.</source>
        <translation>反動をつけないでください。</translation>
    </message>
    <message>
        <source>Knee rotation</source>
        <translation>ひざ倒し</translation>
    </message>
    <message>
        <source>Lie on your back with your arms out to the sides in a T and your knees drawn up.</source>
        <translation>あおむけになり、両腕を横に広げて T の字にし、ひざを立てます。</translation>
    </message>
    <message>
        <source>A gentle twist through your lower back.</source>
        <translation>腰がやさしくねじれる感覚。</translation>
    </message>
    <message>
        <source>Keep both shoulders on the floor.</source>
        <translation>両肩は床につけたままにします。</translation>
    </message>
    <message>
        <source>Don&apos;t let the knees drop fast.</source>
        <translation>ひざを勢いよく倒さないでください。</translation>
    </message>
    <message>
        <source>knees to your right</source>
        <translation>ひざを右へ</translation>
    </message>
    <message>
        <source>knees to your left</source>
        <translation>ひざを左へ</translation>
    </message>
    <message>
        <source>Knee-to-chest</source>
        <translation>ひざ抱え</translation>
    </message>
    <message>
        <source>Lie on your back with your legs relaxed.</source>
        <translation>あおむけになり、脚の力を抜きます。</translation>
    </message>
    <message>
        <source>Draw your right knee toward your chest until you feel a mild pull, and rest there.</source>
        <translation>軽く伸びを感じるところまで右ひざを胸に引き寄せ、そのまま休みます。</translation>
    </message>
    <message>
        <source>Let it down slowly and draw up your left knee the same way.</source>
        <translation>ゆっくり下ろし、同じように左ひざを引き寄せます。</translation>
    </message>
    <message>
        <source>A mild, easy pull in your lower back.</source>
        <translation>腰が軽く心地よく伸びる感覚。</translation>
    </message>
    <message>
        <source>Don&apos;t pull hard: let gravity help.</source>
        <translation>強く引っぱらず、重力にまかせてください。</translation>
    </message>
    <message>
        <source>Leave the other leg relaxed on the floor.</source>
        <translation>反対の脚は力を抜いて床に置いたままにします。</translation>
    </message>
    <message>
        <source>Plank</source>
        <translation>プランク</translation>
    </message>
    <message>
        <source>Keep head, shoulders and hips in one straight line and breathe steadily.</source>
        <translation>頭・肩・腰を一直線に保ち、一定のリズムで呼吸します。</translation>
    </message>
    <message>
        <source>Firmness through your whole trunk.</source>
        <translation>胴体全体がしっかり締まる感覚。</translation>
    </message>
    <message>
        <source>Don&apos;t let your hips sag.</source>
        <translation>腰が落ちないようにしてください。</translation>
    </message>
    <message>
        <source>Don&apos;t hold your breath.</source>
        <translation>息を止めないでください。</translation>
    </message>
    <message>
        <source>New numbness, tingling or weakness in a leg or foot.</source>
        <translation>脚や足に新しく現れたしびれ、ピリピリ感、力の入りにくさ。</translation>
    </message>
    <message>
        <source>Changes in bladder or bowel control, or numbness between your legs.</source>
        <translation>排尿や排便のコントロールの変化、または股の間のしびれ。</translation>
    </message>
    <message>
        <source>Back pain after a fall or an accident.</source>
        <translation>転倒や事故のあとの背中の痛み。</translation>
    </message>
    <message>
        <source>Back pain with a fever, or while you feel generally unwell.</source>
        <translation>発熱を伴う、または全身の具合が悪いときの背中の痛み。</translation>
    </message>
    <message>
        <source>Pain that wakes you at night, or that no position eases.</source>
        <translation>夜中に目が覚めるほどの痛み、またはどんな姿勢でも和らがない痛み。</translation>
    </message>
    <message>
        <source>You are pregnant, or had a baby in the last few months.</source>
        <translation>妊娠中、またはここ数か月以内に出産した。</translation>
    </message>
    <message>
        <source>You had surgery recently, above all on your back, belly or hips.</source>
        <translation>最近手術を受けた (特に背中、おなか、股関節)。</translation>
    </message>
    <message>
        <source>You have osteoporosis (fragile bones).</source>
        <translation>骨粗しょう症 (骨がもろい) がある。</translation>
    </message>
    <message>
        <source>You have a diagnosed spine condition, such as a slipped disc or a narrowed spinal canal.</source>
        <translation>椎間板ヘルニアや脊柱管狭窄症など、背骨の病気と診断されている。</translation>
    </message>
    <message>
        <source>You already have back pain: a professional can tell you which of these exercises suit you.</source>
        <translation>すでに背中が痛む。どのエクササイズが合うかは専門家が教えてくれます。</translation>
    </message>
    <message>
        <source>Simple habit to help keep your lower back strong and healthy (Dr. Ben Kim)</source>
        <translation>腰を強く健康に保つ簡単な習慣 (Dr. Ben Kim)</translation>
    </message>
    <message>
        <source>Does walking strengthen the lower back? (Simple Strong Facts)</source>
        <translation>ウォーキングで腰は強くなる? (Simple Strong Facts)</translation>
    </message>
    <message>
        <source>How to strengthen lower back health (wikiHow, with trainer Pete Cerqua)</source>
        <translation>腰の健康を強くする方法 (wikiHow、トレーナー Pete Cerqua 監修)</translation>
    </message>
    <message>
        <source>How to strengthen the lower back (Synergy Release Sports Chiropractor, Atlanta)</source>
        <translation>腰を強くする方法 (Synergy Release Sports Chiropractor、アトランタ)</translation>
    </message>
    <message>
        <source>Exercise and lower back pain</source>
        <translation>運動と腰痛</translation>
    </message>
    <message>
        <source>Check that the floor behind you is clear for a few steps, with your desk or a wall within reach.</source>
        <translation>うしろの床が数歩ぶん空いていて、机か壁に手が届くことを確かめます。</translation>
    </message>
    <message>
        <source>Take four slow steps backwards, pushing the floor away with each foot, then four steps forwards to where you began.</source>
        <translation>足で床を押し出すようにして、ゆっくり 4 歩うしろへ歩き、4 歩前へ歩いて元の位置に戻ります。</translation>
    </message>
    <message>
        <source>Side plank on bent knees</source>
        <translation>ひざを曲げたサイドプランク</translation>
    </message>
    <message>
        <source>Lie on your right side, propped on your forearm with the elbow under the shoulder, knees bent behind you.</source>
        <translation>右を下にして横になり、ひじを肩の下にして前腕で支え、ひざはうしろへ曲げます。</translation>
    </message>
    <message>
        <source>Lift your hips until knees, hips and shoulders make one line, lifting from the waist. Hold.</source>
        <translation>わき腹から持ち上げるようにしてお尻を上げ、ひざ・腰・肩を一直線にしてキープします。</translation>
    </message>
    <message>
        <source>Right arm and left leg: reach them out into one long line, hold, then bring them back.</source>
        <translation>右腕と左脚: 一直線になるよう伸ばしてキープし、元に戻します。</translation>
    </message>
    <message>
        <source>Now the left arm and right leg the same way.</source>
        <translation>次は左腕と右脚を同じように。</translation>
    </message>
    <message>
        <source>Your trunk staying still and level while the arm and leg move, as if a glass of water sat on your back.</source>
        <translation>腕と脚が動いても胴体は静かに水平のまま。背中に水の入ったコップが載っているつもりで。</translation>
    </message>
    <message>
        <source>Downward-facing dog</source>
        <translation>ダウンドッグ</translation>
    </message>
    <message>
        <source>Come onto hands and knees, knees under hips, hands just ahead of your shoulders.</source>
        <translation>四つんばいになり、ひざを股関節の下に、手を肩の少し前に置きます。</translation>
    </message>
    <message>
        <source>Breathe out, tuck your toes and lift your hips up and back into an upside-down V, arms long and neck relaxed.</source>
        <translation>息を吐きながらつま先を立て、お尻を上げて後ろへ引き、逆 V 字になります。腕は長く、首の力は抜きます。</translation>
    </message>
    <message>
        <source>Stay and breathe slowly. With each breath out, let your heels sink toward the floor. Then lower your knees.</source>
        <translation>そのままゆっくり呼吸します。息を吐くたびにかかとを床へ近づけます。最後にひざを下ろします。</translation>
    </message>
    <message>
        <source>A long stretch along the backs of your legs and your spine.</source>
        <translation>脚の裏側と背骨に沿って長く伸びる感覚。</translation>
    </message>
    <message>
        <source>Your weight pressed up and away from your wrists.</source>
        <translation>体重を押し上げ、手首から逃がす感覚。</translation>
    </message>
    <message>
        <source>Don&apos;t lock your knees: bend them a little if your back rounds.</source>
        <translation>ひざを突っ張らないでください。背中が丸まるなら少し曲げます。</translation>
    </message>
    <message>
        <source>Plank on the knees</source>
        <translation>ひざつきプランク</translation>
    </message>
    <message>
        <source>Lie face down, then rise onto your forearms and knees, elbows under shoulders.</source>
        <translation>うつぶせになり、前腕とひざで体を持ち上げます。ひじは肩の下に。</translation>
    </message>
    <message>
        <source>Keep head, shoulders, hips and knees in one straight line and breathe steadily.</source>
        <translation>頭・肩・腰・ひざを一直線に保ち、一定のリズムで呼吸します。</translation>
    </message>
    <message>
        <source>Breathe out and lower both knees to one side; breathe in and bring them back to the middle. Next time go to the other side.</source>
        <translation>息を吐きながら両ひざを片側へ倒し、吸いながら中央に戻します。次は反対側へ。</translation>
    </message>
    <message>
        <source>Lunge</source>
        <translation>ランジ</translation>
    </message>
    <message>
        <source>Stand tall, feet hip-width apart, with a stride of clear floor in front of you and your desk within reach.</source>
        <translation>足を腰幅に開いてまっすぐ立ちます。前に大きく一歩ぶんの空きがあり、机に手が届くようにします。</translation>
    </message>
    <message>
        <source>Right leg: step forward and lower your back knee until the front knee is bent at a right angle above the ankle. Hold, then push back to standing.</source>
        <translation>右脚: 一歩前に踏み出し、前のひざが足首の真上で直角になるまで後ろのひざを下ろします。キープしたら、押し戻して立ちます。</translation>
    </message>
    <message>
        <source>Now step forward with the left leg the same way.</source>
        <translation>次は左脚で同じように踏み出します。</translation>
    </message>
    <message>
        <source>Your front thigh and buttock doing the work.</source>
        <translation>前脚の太ももとお尻が働いている感覚。</translation>
    </message>
    <message>
        <source>Your body upright in one line from the head to the back knee.</source>
        <translation>頭から後ろのひざまで、体がまっすぐ一直線。</translation>
    </message>
    <message>
        <source>Don&apos;t lean forward over the front leg.</source>
        <translation>前脚の上に身を乗り出さないでください。</translation>
    </message>
    <message>
        <source>Don&apos;t let the front knee drift past your toes or fall inward.</source>
        <translation>前のひざがつま先より前に出たり、内側に入ったりしないように。</translation>
    </message>
    <message>
        <source>Pelvic tilt</source>
        <translation>骨盤を傾ける</translation>
    </message>
    <message>
        <source>Lie on your back with your knees bent, feet flat on the floor and hip-width apart.</source>
        <translation>あおむけになってひざを曲げ、足裏を床につけて腰幅に開きます。</translation>
    </message>
    <message>
        <source>Tighten your lower belly and press the small of your back into the floor. Hold while you breathe, then let go.</source>
        <translation>下腹に力を入れ、腰のくぼみを床に押しつけます。呼吸しながらキープし、ゆるめます。</translation>
    </message>
    <message>
        <source>Your lower belly working.</source>
        <translation>下腹が働いている感覚。</translation>
    </message>
    <message>
        <source>The small of your back flattening onto the floor.</source>
        <translation>腰のくぼみが床に平らにつく感覚。</translation>
    </message>
    <message>
        <source>Don&apos;t push with your legs or lift your hips.</source>
        <translation>脚で押したり、お尻を持ち上げたりしないでください。</translation>
    </message>
    <message>
        <source>Lie face down, then rise onto your forearms and toes, elbows under shoulders.</source>
        <translation>うつぶせになり、前腕とつま先で体を持ち上げます。ひじは肩の下に。</translation>
    </message>
    <message>
        <source>Walk at an easy, steady pace, keeping your belly and buttocks gently working.</source>
        <translation>お腹とお尻を軽く働かせたまま、無理のない一定のペースで歩きます。</translation>
    </message>
    <message>
        <source>Abs and glutes gently engaged, not clenched.</source>
        <translation>腹筋とお尻に軽く力が入り、固めすぎていない状態。</translation>
    </message>
    <message>
        <source>Head up, eyes ahead.</source>
        <translation>顔を上げ、視線は前へ。</translation>
    </message>
    <message>
        <source>Shoulders relaxed and low.</source>
        <translation>肩の力を抜いて下げる。</translation>
    </message>
    <message>
        <source>Steady, easy breathing.</source>
        <translation>落ち着いた楽な呼吸。</translation>
    </message>
    <message>
        <source>Don&apos;t slouch or lean back.</source>
        <translation>猫背になったり、うしろに反ったりしないでください。</translation>
    </message>
    <message>
        <source>Seated pelvic tilt</source>
        <translation>座って骨盤を傾ける</translation>
    </message>
    <message>
        <source>Sit back in your chair, feet flat and hip-width apart, hands resting on your thighs.</source>
        <translation>椅子に深く座り、足裏を床につけて腰幅に開き、手を太ももに置きます。</translation>
    </message>
    <message>
        <source>Tighten your lower belly and tip your pelvis back so your lower back presses into the chair. Hold briefly, then release.</source>
        <translation>下腹を締め、骨盤をうしろに傾けて腰を背もたれに押しつけます。少し保ってからゆるめます。</translation>
    </message>
    <message>
        <source>Your lower belly doing the work.</source>
        <translation>下腹が働いている感覚。</translation>
    </message>
    <message>
        <source>The small of your back flattening against the backrest.</source>
        <translation>腰のくびれが背もたれに平らに当たる感覚。</translation>
    </message>
    <message>
        <source>Don&apos;t push with your legs.</source>
        <translation>脚で押さないでください。</translation>
    </message>
    <message>
        <source>Seated side bend</source>
        <translation>座って体側を伸ばす</translation>
    </message>
    <message>
        <source>Sit upright with your feet flat and comfortably wide apart.</source>
        <translation>背筋を伸ばして座り、足裏を床につけて楽な幅に開きます。</translation>
    </message>
    <message>
        <source>Grow tall, then lean slowly to the right without slumping. Stay where you feel a mild stretch.</source>
        <translation>背筋を上に伸ばしてから、崩れないようにゆっくり右に傾けます。軽く伸びを感じるところで止まります。</translation>
    </message>
    <message>
        <source>Come back through the middle and lean to the left the same way.</source>
        <translation>中央に戻り、同じように左に傾けます。</translation>
    </message>
    <message>
        <source>A mild stretch along the side of your waist.</source>
        <translation>わき腹が軽く伸びる感覚。</translation>
    </message>
    <message>
        <source>Your spine staying long as the side opens.</source>
        <translation>わき腹が開いても背骨が長く保たれている感覚。</translation>
    </message>
    <message>
        <source>Don&apos;t collapse forward or twist.</source>
        <translation>前に崩れたり、ねじったりしないでください。</translation>
    </message>
    <message>
        <source>Stop well before any sharp feeling: mild is enough.</source>
        <translation>鋭い感覚が出るよりずっと手前で止めてください。軽い伸びで十分です。</translation>
    </message>
    <message>
        <source>Side plank</source>
        <translation>サイドプランク</translation>
    </message>
    <message>
        <source>Lie on your right side, propped on your forearm with the elbow under the shoulder, legs stacked.</source>
        <translation>右を下にして横になり、ひじを肩の下にして前腕で支え、両脚を重ねます。</translation>
    </message>
    <message>
        <source>Lift your hips into a straight line, lifting from the waist. Hold.</source>
        <translation>わき腹から持ち上げるようにして、腰を上げて体を一直線にします。そのまま保ちます。</translation>
    </message>
    <message>
        <source>Lift your right knee and hold the shin with your free hand, drawing it gently toward your chest. Hold.</source>
        <translation>右ひざを上げ、空いている手ですねを持ち、胸のほうへやさしく引き寄せてキープします。</translation>
    </message>
    <message>
        <source>Lower it, turn so your other hand rests on the desk, then lift your left knee the same way and hold.</source>
        <translation>下ろしたら向きを変えて反対の手を机に置き、左ひざも同じように上げてキープします。</translation>
    </message>
    <message>
        <source>Don&apos;t yank the knee: a gentle pull is enough.</source>
        <translation>ひざを強く引かないでください。やさしく引くだけで十分です。</translation>
    </message>
    <message>
        <source>Lower, turn onto your left side and lift the same way. Hold.</source>
        <translation>下ろして左を下にし、同じように持ち上げて保ちます。</translation>
    </message>
    <message>
        <source>The side of your waist working.</source>
        <translation>わき腹が働いている感覚。</translation>
    </message>
    <message>
        <source>Don&apos;t push up from the shoulder: lift from the waist.</source>
        <translation>肩で押し上げず、わき腹から持ち上げてください。</translation>
    </message>
    <message>
        <source>Don&apos;t let the hips roll forward or sag.</source>
        <translation>腰が前に傾いたり、落ちたりしないようにしてください。</translation>
    </message>
    <message>
        <source>Sphinx</source>
        <translation>スフィンクス</translation>
    </message>
    <message>
        <source>Lie face down with your legs stretched out behind you.</source>
        <translation>うつぶせになり、脚をうしろに伸ばします。</translation>
    </message>
    <message>
        <source>Rise onto your forearms, elbows under shoulders. Press your hips gently toward the floor and breathe slowly.</source>
        <translation>ひじを肩の下にして前腕で上体を起こします。腰をそっと床のほうへ押し、ゆっくり呼吸します。</translation>
    </message>
    <message>
        <source>Your lower back gently switched on.</source>
        <translation>腰がやさしく働き始める感覚。</translation>
    </message>
    <message>
        <source>Deep breaths in through the nose, out through the mouth.</source>
        <translation>鼻から深く吸い、口から吐きます。</translation>
    </message>
    <message>
        <source>Don&apos;t hunch your shoulders up to your ears.</source>
        <translation>肩を耳のほうへすくめないでください。</translation>
    </message>
    <message>
        <source>Don&apos;t push into pain.</source>
        <translation>痛みが出るところまで無理をしないでください。</translation>
    </message>
    <message>
        <source>Standing back extension</source>
        <translation>立って背中を反らす</translation>
    </message>
    <message>
        <source>Stand tall, feet hip-width apart, hands on your lower back.</source>
        <translation>背筋を伸ばして立ち、足を腰幅に開き、両手を腰に当てます。</translation>
    </message>
    <message>
        <source>Ease your hips forward and lift your chest, leaning back only a little. Pause, then come back upright.</source>
        <translation>腰をそっと前に出して胸を持ち上げ、ほんの少しだけうしろに反ります。一度止まってから、まっすぐに戻ります。</translation>
    </message>
    <message>
        <source>Your lower back muscles working gently.</source>
        <translation>腰の筋肉がやさしく働いている感覚。</translation>
    </message>
    <message>
        <source>Your chest opening after sitting.</source>
        <translation>座っていた後に胸が開く感覚。</translation>
    </message>
    <message>
        <source>Don&apos;t drop your head back: keep your eyes ahead.</source>
        <translation>頭をうしろに倒さず、視線は前に保ってください。</translation>
    </message>
    <message>
        <source>Don&apos;t lean further than feels easy.</source>
        <translation>楽にできる範囲を超えて反らさないでください。</translation>
    </message>
    <message>
        <source>Standing knee-to-chest</source>
        <translation>立ってひざ抱え</translation>
    </message>
    <message>
        <source>Stand tall next to your desk with one hand resting on it for balance.</source>
        <translation>机の横で背筋を伸ばして立ち、バランスのために片手を机に置きます。</translation>
    </message>
    <message>
        <source>A gentle pull low in your back and behind the hip.</source>
        <translation>腰の下のほうとお尻の奥がやさしく伸びる感覚。</translation>
    </message>
    <message>
        <source>Don&apos;t sag on the standing leg; stay tall.</source>
        <translation>軸足側に体を沈ませず、背筋を伸ばしたままにしてください。</translation>
    </message>
    <message>
        <source>Superman</source>
        <translation>スーパーマン</translation>
    </message>
    <message>
        <source>Lie face down, legs straight behind you, arms stretched past your head.</source>
        <translation>うつぶせになり、脚をうしろにまっすぐ伸ばし、腕を頭の先へ伸ばします。</translation>
    </message>
    <message>
        <source>Your back and buttocks working together.</source>
        <translation>背中とお尻が一緒に働いている感覚。</translation>
    </message>
    <message>
        <source>Don&apos;t lift high: a few centimetres is plenty.</source>
        <translation>高く上げないでください。数センチで十分です。</translation>
    </message>
    <message>
        <source>Keep your eyes on the floor rather than craning your neck.</source>
        <translation>首を反らさず、視線は床に向けてください。</translation>
    </message>
    <message>
        <source>The same person stepping backwards, the rear foot pushing the floor away.</source>
        <translation>同じ人が後ろに歩き、後ろ足で床を押している。</translation>
    </message>
    <message>
        <source>A person standing tall, facing away from the free space behind them.</source>
        <translation>後ろの空いた場所に背を向けて、まっすぐ立っている人。</translation>
    </message>
    <message>
        <source>The same person lifting the hips from the knees to the shoulders in one line.</source>
        <translation>同じ人が腰を持ち上げ、ひざから肩までが一直線になっている。</translation>
    </message>
    <message>
        <source>A person lying on one side, knees bent back, propped on the forearm, the top arm up.</source>
        <translation>ひざを後ろに曲げて横向きに寝て前腕で体を支え、上の腕を上げている人。</translation>
    </message>
    <message>
        <source>The same person reaching one arm forward and the opposite leg back in one line.</source>
        <translation>同じ人が片腕を前へ、反対側の脚を後ろへ伸ばし、一直線にしている。</translation>
    </message>
    <message>
        <source>A person on hands and knees, back flat.</source>
        <translation>背中を平らにして四つんばいになっている人。</translation>
    </message>
    <message>
        <source>The same person with the hips lifted, knees, hips and shoulders in one line.</source>
        <translation>同じ人が腰を持ち上げ、ひざ・腰・肩が一直線になっている。</translation>
    </message>
    <message>
        <source>A person lying on their back, knees bent and feet flat on the floor.</source>
        <translation>あお向けに寝て、ひざを曲げ足裏を床につけている人。</translation>
    </message>
    <message>
        <source>The same person folded forward over the thighs, arms reaching long in front.</source>
        <translation>同じ人が太ももの上に上体を前へ倒し、両腕を前に長く伸ばしている。</translation>
    </message>
    <message>
        <source>A person kneeling, sitting back on the heels, back upright.</source>
        <translation>ひざをついてかかとの上に座り、背すじを伸ばしている人。</translation>
    </message>
    <message>
        <source>The same person with hips high and arms and legs straight, an upside-down V.</source>
        <translation>同じ人が腰を高く上げ、腕と脚を伸ばして逆V字になっている。</translation>
    </message>
    <message>
        <source>A person on hands and knees, knees under the hips.</source>
        <translation>ひざを腰の真下について四つんばいになっている人。</translation>
    </message>
    <message>
        <source>The same person drawing the lower belly in, an arrow pointing inward.</source>
        <translation>同じ人が下腹を引き込んでいる。内向きの矢印付き。</translation>
    </message>
    <message>
        <source>A person sitting tall on a chair, belly relaxed.</source>
        <translation>椅子に背すじを伸ばして座り、おなかの力を抜いている人。</translation>
    </message>
    <message>
        <source>The same person squeezing the buttocks, which are highlighted.</source>
        <translation>同じ人がお尻を引き締めている。お尻が強調表示されている。</translation>
    </message>
    <message>
        <source>A person standing tall beside a desk, feet hip-width apart.</source>
        <translation>机のそばで、足を腰幅に開いてまっすぐ立っている人。</translation>
    </message>
    <message>
        <source>The same person tucking the tailbone under, the front of the back hip highlighted.</source>
        <translation>同じ人が尾骨を内側に入れている。後ろ脚の股関節の前側が強調表示されている。</translation>
    </message>
    <message>
        <source>A person in a short split stance, one hand on a desk, one foot back.</source>
        <translation>片手を机に置き、片足を後ろに引いて小さく前後に開いて立っている人。</translation>
    </message>
    <message>
        <source>The same person drawing one knee toward the chest, a hand on the shin.</source>
        <translation>同じ人が片ひざを胸に引き寄せ、すねに手を添えている。</translation>
    </message>
    <message>
        <source>The same person a stride later, the other foot in front.</source>
        <translation>一歩進んだ同じ人。反対の足が前に出ている。</translation>
    </message>
    <message>
        <source>A person walking tall, head up, one foot in front.</source>
        <translation>顔を上げ、背すじを伸ばして歩いている人。片足が前に出ている。</translation>
    </message>
    <message>
        <source>The same person on forearms and knees, head, shoulders, hips and knees in one line.</source>
        <translation>同じ人が前腕とひざで体を支え、頭・肩・腰・ひざが一直線になっている。</translation>
    </message>
    <message>
        <source>Lift one arm and the opposite leg a few centimetres, then lower them. Next time lift the other arm and leg.</source>
        <translation>片腕と反対側の脚を数センチ持ち上げ、下ろします。次は反対の腕と脚で。</translation>
    </message>
    <message>
        <source>right arm and left leg</source>
        <translation>右腕と左脚</translation>
    </message>
    <message>
        <source>left arm and right leg</source>
        <translation>左腕と右脚</translation>
    </message>
    <message>
        <source>The same person letting the belly sink and the chest lift.</source>
        <translation>同じ人がおなかを下げ、胸を持ち上げている。</translation>
    </message>
    <message>
        <source>A person on hands and knees, the back rounded up, tailbone and chin tucked.</source>
        <translation>四つんばいで背中を丸め、尾骨とあごを引いている人。</translation>
    </message>
    <message>
        <source>A person lying face down, propped on the forearms, knees on the floor.</source>
        <translation>うつぶせで前腕をつき、ひざを床につけている人。</translation>
    </message>
    <message>
        <source>Seen from above: the same person with both knees lowered to one side, shoulders down.</source>
        <translation>上から見た図:同じ人が両ひざを片側に倒し、肩は床につけたまま。</translation>
    </message>
    <message>
        <source>Seen from above: a person lying on their back on a mat, arms out in a T, knees drawn up.</source>
        <translation>上から見た図:マットにあお向けに寝て、両腕をT字に広げ、ひざを引き寄せている人。</translation>
    </message>
    <message>
        <source>A person lying on their back with the legs relaxed.</source>
        <translation>脚の力を抜いてあお向けに寝ている人。</translation>
    </message>
    <message>
        <source>The same person in a lunge: front knee over the ankle, back knee lowered, trunk upright.</source>
        <translation>同じ人がランジの姿勢:前のひざは足首の真上、後ろのひざを下ろし、上体はまっすぐ。</translation>
    </message>
    <message>
        <source>A person standing tall with feet hip-width apart and space in front.</source>
        <translation>足を腰幅に開いてまっすぐ立ち、前に空きがある人。</translation>
    </message>
    <message>
        <source>The same person pressing the lower back into the floor by tipping the pelvis.</source>
        <translation>同じ人が骨盤を傾けて腰を床に押しつけている。</translation>
    </message>
    <message>
        <source>A person lying on their back, knees bent, a small gap under the lower back.</source>
        <translation>あお向けでひざを曲げ、腰の下に少しすき間がある人。</translation>
    </message>
    <message>
        <source>The same person on forearms and toes, head, shoulders and hips in one straight line.</source>
        <translation>同じ人が前腕とつま先で体を支え、頭・肩・腰がまっすぐ一直線になっている。</translation>
    </message>
    <message>
        <source>A person lying face down, propped on the forearms, elbows under the shoulders.</source>
        <translation>うつぶせで前腕をつき、ひじを肩の真下に置いている人。</translation>
    </message>
    <message>
        <source>The same person tipping the pelvis back, the lower back pressed into the chair.</source>
        <translation>同じ人が骨盤を後ろに傾け、腰を椅子の背に押しつけている。</translation>
    </message>
    <message>
        <source>A person sitting on a chair, the pelvis tipped forward and a gap behind the lower back.</source>
        <translation>椅子に座り、骨盤が前に傾いて腰の後ろにすき間がある人。</translation>
    </message>
    <message>
        <source>The same person leaning to one side, the side of the waist highlighted.</source>
        <translation>同じ人が体を横に倒している。わき腹が強調表示されている。</translation>
    </message>
    <message>
        <source>A person seen from the front, sitting upright with feet wide apart.</source>
        <translation>正面から見た図:足を大きく開いて背すじを伸ばして座っている人。</translation>
    </message>
    <message>
        <source>The same person with the hips lifted, body in one straight line from feet to head.</source>
        <translation>同じ人が腰を持ち上げ、足から頭までまっすぐ一直線になっている。</translation>
    </message>
    <message>
        <source>A person lying on one side, propped on the forearm under the shoulder, the top arm up.</source>
        <translation>横向きに寝て肩の真下の前腕で体を支え、上の腕を上げている人。</translation>
    </message>
    <message>
        <source>The same person resting on the forearms, elbows under the shoulders, chest lifted.</source>
        <translation>同じ人が前腕をつき、ひじを肩の真下に置いて胸を持ち上げている。</translation>
    </message>
    <message>
        <source>A person lying face down, legs stretched out behind.</source>
        <translation>うつぶせに寝て、脚を後ろに伸ばしている人。</translation>
    </message>
    <message>
        <source>The same person easing the hips forward and leaning back a little.</source>
        <translation>同じ人が腰をそっと前に出し、少しだけ後ろに反っている。</translation>
    </message>
    <message>
        <source>A person standing tall with both hands on the lower back.</source>
        <translation>両手を腰に当ててまっすぐ立っている人。</translation>
    </message>
    <message>
        <source>The same person holding one knee up toward the chest with the other hand.</source>
        <translation>同じ人がもう一方の手で片ひざを胸の方へ持ち上げている。</translation>
    </message>
    <message>
        <source>A person standing tall next to a desk, one hand resting on it for balance.</source>
        <translation>机のそばにまっすぐ立ち、バランスのために片手を机に置いている人。</translation>
    </message>
    <message>
        <source>The same person lifting one arm and the opposite leg a few centimetres.</source>
        <translation>同じ人が片腕と反対側の脚を数センチ持ち上げている。</translation>
    </message>
    <message>
        <source>A person lying face down, arms stretched past the head.</source>
        <translation>うつぶせに寝て、両腕を頭の先へ伸ばしている人。</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>See a doctor now, and do not exercise, if you have:</source>
        <translation>次のような場合は運動をせず、すぐに医師の診察を受けてください:</translation>
    </message>
    <message>
        <source>Ask a doctor or physiotherapist before these exercises if:</source>
        <translation>次に当てはまる場合は、これらのエクササイズの前に医師か理学療法士に相談してください:</translation>
    </message>
    <message>
        <source>Whenever you exercise:</source>
        <translation>運動するときはいつも:</translation>
    </message>
    <message>
        <source>Before you exercise — backbreak</source>
        <translation>運動の前に — backbreak</translation>
    </message>
    <message>
        <source>Tick what applies to you: backbreak then swaps in a gentler exercise or leaves that one out.</source>
        <translation>当てはまるものにチェックしてください。backbreak がやさしいエクササイズに替えるか、そのエクササイズを省きます。</translation>
    </message>
    <message>
        <source>Keep these ticks</source>
        <translation>このチェックを保存</translation>
    </message>
    <message>
        <source>What you ticked</source>
        <translation>チェックした内容</translation>
    </message>
    <message>
        <source>Open the safety screen…</source>
        <translation>安全の画面を開く…</translation>
    </message>
    <message>
        <source>When to see a doctor, who should ask first, and the exercises to leave out</source>
        <translation>医師にかかるべきとき、事前に相談すべき人、省くエクササイズ</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Alternate stretches and walks</source>
        <translation>ストレッチとウォーキングを交互に</translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation>ストレッチ</translation>
    </message>
    <message>
        <source>Walks</source>
        <translation>ウォーキング</translation>
    </message>
    <message>
        <source>Automatic (follows your progress)</source>
        <translation>自動（進み具合に合わせる）</translation>
    </message>
    <message>
        <source>Gentle</source>
        <translation>やさしめ</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>標準</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>しっかり</translation>
    </message>
    <message>
        <source>Settings — backbreak</source>
        <translation>設定 — backbreak</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>設定ページ</translation>
    </message>
    <message>
        <source>Breaks, working hours, routines and general settings</source>
        <translation>休憩、勤務時間、ルーティン、全般の設定</translation>
    </message>
    <message>
        <source>&amp;Breaks</source>
        <translation>休憩(&amp;B)</translation>
    </message>
    <message>
        <source>Working &amp;hours</source>
        <translation>勤務時間(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>ルーティン(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>全般(&amp;G)</translation>
    </message>
    <message>
        <source>Problem with the settings</source>
        <translation>設定の問題</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Use these settings and close</source>
        <translation>この設定を使って閉じる</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Use these settings now and keep the dialog open</source>
        <translation>この設定を今すぐ使い、ダイアログは開いたままにする</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Close without changing anything not yet applied</source>
        <translation>まだ適用していない変更を破棄して閉じる</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>既定値に戻す</translation>
    </message>
    <message>
        <source>Put the default value in every field; nothing changes until you apply</source>
        <translation>すべての欄を既定値にします。適用するまで何も変わりません</translation>
    </message>
    <message>
        <source>Interval between breaks</source>
        <translation>休憩の間隔</translation>
    </message>
    <message>
        <source>Minutes of sitting before you are asked to get up</source>
        <translation>立ち上がるよう促すまでに座っている時間（分）</translation>
    </message>
    <message>
        <source>Time away that counts as a break</source>
        <translation>休憩とみなす離席時間</translation>
    </message>
    <message>
        <source>Minutes away from the computer after which the break counts as taken</source>
        <translation>コンピューターから離れてこの時間（分）が過ぎると、休憩を取ったとみなします</translation>
    </message>
    <message>
        <source>Walk after standing</source>
        <translation>立ち作業の後の散歩</translation>
    </message>
    <message>
        <source>Minutes of standing at your desk after which a short walk is suggested</source>
        <translation>机で立って作業したあと、短い散歩を勧めるまでの分数</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Notice ahead of a break</source>
        <translation>休憩の事前通知</translation>
    </message>
    <message>
        <source>Seconds of warning before a break is due</source>
        <translation>休憩の時間になる何秒前に知らせるか</translation>
    </message>
    <message>
        <source>Snooze length</source>
        <translation>スヌーズの長さ</translation>
    </message>
    <message>
        <source>Minutes a snoozed break waits</source>
        <translation>スヌーズした休憩を待つ時間（分）</translation>
    </message>
    <message>
        <source>No snoozing</source>
        <translation>スヌーズなし</translation>
    </message>
    <message>
        <source>Snoozes per break</source>
        <translation>休憩ごとのスヌーズ回数</translation>
    </message>
    <message>
        <source>How many times one break can be put off</source>
        <translation>1 回の休憩を先送りできる回数</translation>
    </message>
    <message>
        <source>Hold breaks during &amp;calls (camera or microphone in use)</source>
        <translation>通話中は休憩を保留(&amp;C)(カメラまたはマイク使用中)</translation>
    </message>
    <message>
        <source>Hold breaks during calls</source>
        <translation>通話中は休憩を保留</translation>
    </message>
    <message>
        <source>A due break waits while another application uses the camera or the microphone</source>
        <translation>他のアプリがカメラまたはマイクを使用している間、休憩を待たせます</translation>
    </message>
    <message>
        <source>Do not wait</source>
        <translation>待たない</translation>
    </message>
    <message>
        <source>Wait for a pause in typing</source>
        <translation>入力の区切りを待つ</translation>
    </message>
    <message>
        <source>Seconds without typing or moving the mouse before a due break is shown</source>
        <translation>休憩を表示する前に、入力やマウス操作が止まっている秒数</translation>
    </message>
    <message>
        <source>Longest wait for a pause</source>
        <translation>入力の区切りを待つ最長時間</translation>
    </message>
    <message>
        <source>After this many seconds the break is shown even while you type</source>
        <translation>この秒数が過ぎると、入力中でも休憩を表示します</translation>
    </message>
    <message>
        <source>&amp;Interval between breaks:</source>
        <translation>休憩の間隔(&amp;I):</translation>
    </message>
    <message>
        <source>Time &amp;away that counts as a break:</source>
        <translation>休憩とみなす離席時間(&amp;A):</translation>
    </message>
    <message>
        <source>Suggest a walk after stan&amp;ding:</source>
        <translation>立ち作業の後に散歩を勧める(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Notice ahead of a break:</source>
        <translation>休憩の事前通知(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Snooze length:</source>
        <translation>スヌーズの長さ(&amp;S):</translation>
    </message>
    <message>
        <source>Snoozes &amp;per break:</source>
        <translation>休憩ごとのスヌーズ回数(&amp;P):</translation>
    </message>
    <message>
        <source>Wait for a pause in &amp;typing:</source>
        <translation>入力の区切りを待つ(&amp;T):</translation>
    </message>
    <message>
        <source>Longest &amp;wait for a pause:</source>
        <translation>入力の区切りを待つ最長時間(&amp;W):</translation>
    </message>
    <message>
        <source>Reduce m&amp;otion: show exercises as still pictures</source>
        <translation>動きを減らす: 運動を静止画で表示する(&amp;O)</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>動きを減らす</translation>
    </message>
    <message>
        <source>Show each exercise&apos;s start and end pose side by side instead of moving (also when the desktop asks for reduced motion)</source>
        <translation>各運動の始めと終わりの姿勢を動かさずに並べて表示する(デスクトップが動きを減らすよう求めているときも)</translation>
    </message>
    <message>
        <source>Remind only &amp;during working hours</source>
        <translation>勤務時間中だけ知らせる(&amp;D)</translation>
    </message>
    <message>
        <source>Remind only during working hours</source>
        <translation>勤務時間中だけ知らせる</translation>
    </message>
    <message>
        <source>When off, reminders come at any hour on any day</source>
        <translation>オフにすると、曜日や時刻に関係なく知らせます</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>勤務開始時刻</translation>
    </message>
    <message>
        <source>Time of day the first reminder can come</source>
        <translation>最初のお知らせが来る可能性のある時刻</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>勤務終了時刻</translation>
    </message>
    <message>
        <source>Remind on this day during working hours</source>
        <translation>この曜日の勤務時間中に知らせる</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>開始(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>終了(&amp;E):</translation>
    </message>
    <message>
        <source>Wor&amp;king days:</source>
        <translation>勤務日(&amp;K):</translation>
    </message>
    <message>
        <source>Once a day, with the first stretch</source>
        <translation>1 日 1 回、最初のストレッチで</translation>
    </message>
    <message>
        <source>With every stretch</source>
        <translation>毎回のストレッチで</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>しない</translation>
    </message>
    <message>
        <source>Kind of break</source>
        <translation>休憩の種類</translation>
    </message>
    <message>
        <source>What a scheduled break offers: stretches, walks or both</source>
        <translation>予定の休憩で行うもの: ストレッチ、ウォーキング、またはその両方</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>How demanding the stretches are</source>
        <translation>ストレッチの強さ</translation>
    </message>
    <message>
        <source>Walk length</source>
        <translation>ウォーキングの長さ</translation>
    </message>
    <message>
        <source>Minutes a walking break lasts</source>
        <translation>ウォーキング休憩の長さ（分）</translation>
    </message>
    <message>
        <source>Pain check-in</source>
        <translation>痛みのチェック</translation>
    </message>
    <message>
        <source>When a guided stretch asks how your back is, before and after; the answers adapt the routines</source>
        <translation>ガイド付きストレッチの前後に腰の具合を尋ねるタイミング。回答に応じてルーティンが調整されます</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>目標なし</translation>
    </message>
    <message>
        <source>Daily walking goal</source>
        <translation>1 日のウォーキング目標</translation>
    </message>
    <message>
        <source>Minutes of walking a day counts toward its goal</source>
        <translation>1 日の目標に必要なウォーキングの時間（分）</translation>
    </message>
    <message>
        <source>&amp;Kind of break:</source>
        <translation>休憩の種類(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>レベル(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Walk length:</source>
        <translation>ウォーキングの長さ(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Pain check-in:</source>
        <translation>痛みのチェック(&amp;P):</translation>
    </message>
    <message>
        <source>Daily walking go&amp;al:</source>
        <translation>1 日のウォーキング目標(&amp;A):</translation>
    </message>
    <message>
        <source>Sa&amp;fety:</source>
        <translation>安全(&amp;F):</translation>
    </message>
    <message>
        <source>Show &amp;notifications</source>
        <translation>通知を表示する(&amp;N)</translation>
    </message>
    <message>
        <source>Show notifications</source>
        <translation>通知を表示する</translation>
    </message>
    <message>
        <source>Announce breaks with a desktop notification</source>
        <translation>デスクトップ通知で休憩を知らせる</translation>
    </message>
    <message>
        <source>Play a &amp;sound with reminders</source>
        <translation>お知らせと一緒に音を鳴らす(&amp;S)</translation>
    </message>
    <message>
        <source>Play a sound with reminders</source>
        <translation>お知らせと一緒に音を鳴らす</translation>
    </message>
    <message>
        <source>Play a short sound when a break is due</source>
        <translation>休憩の時間になったら短い音を鳴らす</translation>
    </message>
    <message>
        <source>Hold reminders while &amp;do not disturb is on</source>
        <translation>おやすみモード中はお知らせを保留する(&amp;D)</translation>
    </message>
    <message>
        <source>Hold reminders while do not disturb is on</source>
        <translation>おやすみモード中はお知らせを保留する</translation>
    </message>
    <message>
        <source>Wait until the desktop&apos;s do-not-disturb mode ends</source>
        <translation>デスクトップのおやすみモードが終わるまで待つ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Language of backbreak&apos;s windows and messages</source>
        <translation>backbreak のウィンドウとメッセージの言語</translation>
    </message>
    <message>
        <source>Start at log&amp;in</source>
        <translation>ログイン時に起動する(&amp;I)</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>ログイン時に起動する</translation>
    </message>
    <message>
        <source>Start backbreak when you log in to the desktop</source>
        <translation>デスクトップにログインしたときに backbreak を起動する</translation>
    </message>
    <message>
        <source>&amp;Monochrome tray icon</source>
        <translation>トレイアイコンを単色にする(&amp;M)</translation>
    </message>
    <message>
        <source>Monochrome tray icon</source>
        <translation>トレイアイコンを単色にする</translation>
    </message>
    <message>
        <source>Draw the tray icon in one colour, like the panel&apos;s own icons</source>
        <translation>パネルのほかのアイコンと同じように、アイコンを単色で表示します</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Working hours: the end must be later than the start.</source>
        <translation>勤務時間: 終了は開始より後にしてください。</translation>
    </message>
    <message>
        <source>Time of day reminders stop; must be after the start</source>
        <translation>お知らせが止まる時刻。開始より後である必要があります</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Stretch now</source>
        <translation>今すぐストレッチ</translation>
    </message>
    <message>
        <source>Take a walk</source>
        <translation>歩きに行く</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Pause for 30 minutes</source>
        <translation>30 分間停止</translation>
    </message>
    <message>
        <source>Pause for 1 hour</source>
        <translation>1 時間停止</translation>
    </message>
    <message>
        <source>Show break prompt</source>
        <translation>休憩のお知らせを表示</translation>
    </message>
    <message>
        <source>Show stretch</source>
        <translation>ストレッチを表示</translation>
    </message>
    <message>
        <source>Show walk</source>
        <translation>ウォーキングを表示</translation>
    </message>
    <message>
        <source>Start a routine</source>
        <translation>メニューを始める</translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n minute(s)</source>
        <translation>
            <numerusform>%n 分スヌーズ</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause for 2 hours</source>
        <translation>2 時間停止</translation>
    </message>
    <message>
        <source>Pause until tomorrow morning</source>
        <translation>明日の朝まで停止</translation>
    </message>
    <message>
        <source>Pause indefinitely</source>
        <translation>無期限に停止</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>I&apos;m standing</source>
        <translation>立っています</translation>
    </message>
    <message>
        <source>I&apos;m sitting</source>
        <translation>座っています</translation>
    </message>
    <message>
        <source>Weekly history…</source>
        <translation>週間の記録…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>%1 まで一時停止中</translation>
    </message>
    <message>
        <source>Break time</source>
        <translation>休憩の時間です</translation>
    </message>
    <message>
        <source>Break waiting until do-not-disturb ends</source>
        <translation>おやすみモードの終了まで休憩を待機中</translation>
    </message>
    <message>
        <source>Break waiting until your call ends</source>
        <translation>通話が終わるまで休憩を待機中</translation>
    </message>
    <message>
        <source>No break scheduled</source>
        <translation>予定された休憩はありません</translation>
    </message>
    <message>
        <source>Outside working hours; next break %1</source>
        <translation>勤務時間外です。次の休憩: %1</translation>
    </message>
    <message>
        <source>Snoozed; next break at %1</source>
        <translation>スヌーズ中。次の休憩は %1</translation>
    </message>
    <message numerus="yes">
        <source>Next break at %1 (in %n min)</source>
        <translation>
            <numerusform>次の休憩は %1（あと %n 分）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Standing; a walk is suggested at %1 (in %n min)</source>
        <translation>
            <numerusform>立ち作業中。%1 に散歩をおすすめします（あと %n 分）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WalkCard</name>
    <message>
        <source>backbreak: walk</source>
        <translation>backbreak: ウォーキング</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>ウォーキング</translation>
    </message>
    <message>
        <source>Time walked</source>
        <translation>歩いた時間</translation>
    </message>
    <message numerus="yes">
        <source>Walk for %n minute(s).</source>
        <translation>
            <numerusform>%n 分間歩きましょう。</numerusform>
        </translation>
    </message>
    <message>
        <source>I&apos;m back</source>
        <translation>戻りました</translation>
    </message>
    <message>
        <source>End the walk and record it</source>
        <translation>ウォーキングを終えて記録する</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>今はしない</translation>
    </message>
    <message>
        <source>Cancel the walk (Esc)</source>
        <translation>ウォーキングをやめる (Esc)</translation>
    </message>
</context>
<context>
    <name>WeeklyWindow</name>
    <message>
        <source>Trend of the last weeks</source>
        <translation>ここ数週間の推移</translation>
    </message>
    <message>
        <source>(%1 %)</source>
        <translation>（%1%）</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message numerus="yes">
        <source>%n natural break(s)</source>
        <translation>
            <numerusform>自然な休憩 %n 回</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved: %1</source>
        <translation>体を動かした時間: %1</translation>
    </message>
    <message>
        <source>Longest sitting: %1</source>
        <translation>最長の座りっぱなし: %1</translation>
    </message>
    <message>
        <source>Skipped %1, snoozed %2, unanswered %3</source>
        <translation>スキップ %1、スヌーズ %2、応答なし %3</translation>
    </message>
    <message>
        <source>Daily goal met</source>
        <translation>1 日の目標を達成</translation>
    </message>
    <message>
        <source>Daily goal not met</source>
        <translation>1 日の目標は未達成</translation>
    </message>
    <message>
        <source>Breaks per day</source>
        <translation>1 日ごとの休憩</translation>
    </message>
    <message>
        <source>Bar chart of breaks due, breaks taken and natural breaks per day. Left and right arrow keys select a day; its breaks are listed below.</source>
        <translation>1 日ごとの予定の休憩、取った休憩、自然な休憩を示す棒グラフです。左右の矢印キーで日を選ぶと、その日の休憩が下に表示されます。</translation>
    </message>
    <message>
        <source>still to come</source>
        <translation>これから</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>体を動かした時間</translation>
    </message>
    <message>
        <source>Longest sitting</source>
        <translation>最長の座りっぱなし</translation>
    </message>
    <message>
        <source>Goal met</source>
        <translation>目標達成</translation>
    </message>
    <message numerus="yes">
        <source>%n break(s) due</source>
        <translation>
            <numerusform>予定の休憩 %n 回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n break(s) taken</source>
        <translation>
            <numerusform>取った休憩 %n 回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n reminder(s) answered</source>
        <translation>
            <numerusform>%1: お知らせ %n 回のうち %2 回に応答</numerusform>
        </translation>
    </message>
    <message>
        <source>Back pain before</source>
        <translation>ストレッチ前の腰の痛み</translation>
    </message>
    <message>
        <source>Back pain after</source>
        <translation>ストレッチ後の腰の痛み</translation>
    </message>
    <message>
        <source>No reminders were due</source>
        <translation>予定のお知らせなし</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n reminder(s) answered</source>
        <translation>
            <numerusform>お知らせ %n 回のうち %1 回に応答</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extra break(s)</source>
        <translation>
            <numerusform>追加の休憩 %n 回</numerusform>
        </translation>
    </message>
    <message>
        <source>Sitting %1, standing %2</source>
        <translation>座り %1、立ち %2</translation>
    </message>
    <message>
        <source>Back pain (0 to 10): %1 before, %2 after</source>
        <translation>腰の痛み（0〜10）：前 %1、後 %2</translation>
    </message>
    <message>
        <source>Reminders answered against reminders due per week. Left and right arrow keys show the week before or after.</source>
        <translation>週ごとの、予定されたリマインダーのうち応じた数。左右の矢印キーで前後の週を表示します。</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>座り</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>立ち</translation>
    </message>
    <message numerus="yes">
        <source>%n natural break(s): you got up on your own</source>
        <translation>
            <numerusform>自然な休憩 %n 回: 自分から立ち上がりました</numerusform>
        </translation>
    </message>
    <message>
        <source>Due</source>
        <translation>予定</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>取った休憩</translation>
    </message>
    <message>
        <source>Natural breaks</source>
        <translation>自然な休憩</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>ストレッチ</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>ウォーキング</translation>
    </message>
    <message>
        <source>Natural break</source>
        <translation>自然な休憩</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未対応</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>一部のみ</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>スヌーズ</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>Got up on my own</source>
        <translation>自分から立ち上がった</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <source>Tray menu</source>
        <translation>トレイメニュー</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>コマンドライン</translation>
    </message>
    <message>
        <source>Away from the desk</source>
        <translation>席を離れていた</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%1 of %n step(s))</source>
        <translation>
            <numerusform>（%n ステップ中 %1）</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly history — backbreak</source>
        <translation>週間の記録 — backbreak</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>前の週(&amp;P)</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>前の週</translation>
    </message>
    <message>
        <source>Show the week before</source>
        <translation>前の週を表示</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>今週(&amp;T)</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>今週</translation>
    </message>
    <message>
        <source>Go back to the current week</source>
        <translation>今週に戻る</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>次の週(&amp;N)</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>次の週</translation>
    </message>
    <message>
        <source>Show the week after</source>
        <translation>次の週を表示</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>記録をエクスポート</translation>
    </message>
    <message>
        <source>Save the whole break history as a CSV or JSON file</source>
        <translation>休憩の記録全体を CSV または JSON ファイルに保存</translation>
    </message>
    <message>
        <source>Week shown</source>
        <translation>表示中の週</translation>
    </message>
    <message>
        <source>Reminders answered this week</source>
        <translation>今週応答したお知らせ</translation>
    </message>
    <message>
        <source>Minutes moved this week</source>
        <translation>今週体を動かした時間（分）</translation>
    </message>
    <message>
        <source>Days the daily goal was met</source>
        <translation>1 日の目標を達成した日数</translation>
    </message>
    <message>
        <source>Running streak</source>
        <translation>連続日数</translation>
    </message>
    <message numerus="yes">
        <source>Last %n week(s)</source>
        <translation>
            <numerusform>過去 %n 週間</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>休憩</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活動時間</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>きっかけ</translation>
    </message>
    <message>
        <source>Breaks on the selected day</source>
        <translation>選択した日の休憩</translation>
    </message>
    <message>
        <source>Every prompt and natural break of the day selected in the chart</source>
        <translation>グラフで選択した日のすべてのお知らせと自然な休憩</translation>
    </message>
    <message>
        <source>Week %1: %2</source>
        <translation>第 %1 週: %2</translation>
    </message>
    <message numerus="yes">
        <source>Daily goal met on %n day(s)</source>
        <translation>
            <numerusform>1 日の目標を %n 日達成</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n day(s) in a row</source>
        <translation>
            <numerusform>連続: %n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was recorded in this week.</source>
        <translation>この週の記録はありません。</translation>
    </message>
    <message>
        <source>Welcome! Your week will fill in here.

When backbreak asks you to stand up, each stretch or walk you take shows up as a bar for the day, with the minutes you moved.</source>
        <translation>ようこそ！ここにあなたの 1 週間が記録されていきます。

backbreak が立ち上がるよう促したときに行ったストレッチやウォーキングが、体を動かした時間とともに、その日の棒として表示されます。</translation>
    </message>
    <message>
        <source>No breaks yet this week. The first one will show up here.</source>
        <translation>今週はまだ休憩がありません。最初の休憩がここに表示されます。</translation>
    </message>
    <message>
        <source>No breaks on this day.</source>
        <translation>この日の休憩はありません。</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>Export break history</source>
        <translation>休憩の記録をエクスポート</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome to backbreak</source>
        <translation>backbreak へようこそ</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a duration: minutes, then seconds</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message>
        <source>backbreak lives in the system tray. After %1 of sitting it asks you to stand up for a short guided stretch or a walk. Time away from the keyboard counts as a break.</source>
        <translation>backbreak はシステムトレイに常駐します。%1座り続けると、短いガイド付きストレッチかウォーキングのために立ち上がるよう促します。キーボードから離れていた時間は休憩として数えます。</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>始める前に</translation>
    </message>
    <message>
        <source>Safety note</source>
        <translation>安全上の注意</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message numerus="yes">
        <source>You have been sitting for %n minute(s), through a call.</source>
        <translation>
            <numerusform>通話をはさんで%n分間座り続けています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have been sitting for %n second(s).</source>
        <translation>
            <numerusform>%n 秒間座り続けています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have been sitting for %n minute(s).</source>
        <translation>
            <numerusform>%n 分間座り続けています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have been standing for %n minute(s). Standing still is not moving: a short walk gets your back and legs going.</source>
        <translation>
            <numerusform>%n 分間立っています。じっと立っているのは動いていることになりません。短い散歩で背中と脚を動かしましょう。</numerusform>
        </translation>
    </message>
    <message>
        <source>Bending backwards hurts</source>
        <translation>後ろに反らすと痛む</translation>
    </message>
    <message>
        <source>Kneeling or weight on the wrists hurts</source>
        <translation>ひざをつく、手首に体重をかけると痛む</translation>
    </message>
    <message>
        <source>My balance is unsteady</source>
        <translation>バランスが不安定</translation>
    </message>
    <message>
        <source>No room or wish to get on the floor</source>
        <translation>床に下りる場所がない、または下りたくない</translation>
    </message>
    <message>
        <source>Nothing ticked: every exercise is offered.</source>
        <translation>チェックなし: すべてのエクササイズを表示します。</translation>
    </message>
    <message>
        <source>Ticked: %1.</source>
        <translation>チェック済み: %1。</translation>
    </message>
</context>
</TS>
