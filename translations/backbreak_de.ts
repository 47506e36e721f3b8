<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Could not export the history to %1: %2</source>
        <translation>Der Verlauf konnte nicht nach %1 exportiert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more; see &apos;backbreak config check&apos;.</source>
        <translation>
            <numerusform>…und %n weiteres; siehe „backbreak config check“.</numerusform>
            <numerusform>…und %n weitere; siehe „backbreak config check“.</numerusform>
        </translation>
    </message>
    <message>
        <source>backbreak: some files have problems</source>
        <translation>backbreak: Einige Dateien sind fehlerhaft</translation>
    </message>
    <message>
        <source>backbreak: settings not saved</source>
        <translation>backbreak: Einstellungen nicht gespeichert</translation>
    </message>
    <message>
        <source>backbreak: start at login</source>
        <translation>backbreak: Beim Anmelden starten</translation>
    </message>
    <message>
        <source>Weekly history</source>
        <translation>Wochenverlauf</translation>
    </message>
    <message>
        <source>Nothing in this routine suits what you ticked in the safety screen; choose another one, or change the ticks in Settings.</source>
        <translation>Nichts in dieser Übungsfolge passt zu dem, was Sie im Sicherheitsfenster angekreuzt haben; wählen Sie eine andere oder ändern Sie die Häkchen in den Einstellungen.</translation>
    </message>
    <message>
        <source>The history cannot be shown: %1</source>
        <translation>Der Verlauf kann nicht angezeigt werden: %1</translation>
    </message>
</context>
<context>
    <name>Checkin</name>
    <message>
        <source>Pain from 0, no pain, to 10, worst pain</source>
        <translation>Schmerz von 0, kein Schmerz, bis 10, stärkster Schmerz</translation>
    </message>
    <message>
        <source>Digits 0 to 9, arrow keys, Home and End choose</source>
        <translation>Ziffern 0 bis 9, Pfeiltasten, Pos1 und Ende wählen aus</translation>
    </message>
    <message>
        <source>Nothing chosen yet; digits 0 to 9, arrow keys, Home and End</source>
        <translation>Noch nichts gewählt; Ziffern 0 bis 9, Pfeiltasten, Pos1 und Ende</translation>
    </message>
    <message>
        <source>How is your back right now?</source>
        <translation>Wie geht es Ihrem Rücken gerade?</translation>
    </message>
    <message>
        <source>And now?</source>
        <translation>Und jetzt?</translation>
    </message>
    <message>
        <source>Choose a number: 0 to 9 on the keyboard, or the arrow keys and End for 10. Return confirms; S skips.</source>
        <translation>Wählen Sie eine Zahl: 0 bis 9 auf der Tastatur, oder die Pfeiltasten und Ende für 10. Die Eingabetaste bestätigt; S überspringt.</translation>
    </message>
    <message>
        <source>no pain</source>
        <translation>kein Schmerz</translation>
    </message>
    <message>
        <source>worst pain</source>
        <translation>stärkster Schmerz</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Go on without answering (S or Esc)</source>
        <translation>Ohne Antwort weiter (S oder Esc)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Give this score (Return)</source>
        <translation>Diesen Wert angeben (Eingabetaste)</translation>
    </message>
    <message>
        <source>A word from backbreak</source>
        <translation>Ein Hinweis von backbreak</translation>
    </message>
    <message>
        <source>Safety…</source>
        <translation>Sicherheit…</translation>
    </message>
    <message>
        <source>The urgent signs that mean seeing a doctor now</source>
        <translation>Die Warnzeichen, bei denen Sie sofort ärztliche Hilfe brauchen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Go on (Return)</source>
        <translation>Weiter (Eingabetaste)</translation>
    </message>
    <message>
        <source>Choose a number from 0 to 10 first, or press S to skip.</source>
        <translation>Wählen Sie zuerst eine Zahl von 0 bis 10, oder drücken Sie S zum Überspringen.</translation>
    </message>
    <message>
        <source>Your back has scored 7 or more on three days in a row. Pain that stays this high deserves a proper look: please make an appointment with a physiotherapist or your doctor. Until then, stay gently active within what feels comfortable, and leave out any movement that makes the pain worse.</source>
        <translation>Ihr Rücken lag an drei Tagen in Folge bei 7 oder mehr. Schmerzen, die so stark bleiben, sollten genauer angesehen werden: Bitte vereinbaren Sie einen Termin in einer physiotherapeutischen oder ärztlichen Praxis. Bleiben Sie bis dahin sanft in Bewegung, so weit es sich angenehm anfühlt, und lassen Sie jede Bewegung weg, die den Schmerz verstärkt.</translation>
    </message>
    <message>
        <source>Your back felt 3 or more points worse after this routine than before it. Take it easy for the rest of the day and leave out what provoked it. If the pain has not settled within a day or two, or this keeps happening, please see a physiotherapist or your doctor.</source>
        <translation>Ihr Rücken fühlte sich nach dieser Übungsfolge um 3 oder mehr Punkte schlechter an als davor. Lassen Sie es für den Rest des Tages ruhig angehen und lassen Sie weg, was die Beschwerden ausgelöst hat. Wenn der Schmerz nach ein, zwei Tagen nicht abgeklungen ist oder das wiederholt vorkommt, gehen Sie bitte in eine physiotherapeutische oder ärztliche Praxis.</translation>
    </message>
    <message>
        <source>If you notice any of the urgent signs listed under Safety, see a doctor straight away.</source>
        <translation>Wenn Sie eines der unter „Sicherheit“ genannten Warnzeichen bemerken, gehen Sie sofort zu einer Ärztin oder einem Arzt.</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>No more snoozes in a row; please take this break.</source>
        <translation>Kein weiteres Aufschieben mehr – bitte machen Sie jetzt diese Pause.</translation>
    </message>
    <message>
        <source>There is no break to skip right now.</source>
        <translation>Gerade gibt es keine Pause zum Überspringen.</translation>
    </message>
    <message>
        <source>While the screen is locked you count as sitting.</source>
        <translation>Solange der Bildschirm gesperrt ist, gelten Sie als sitzend.</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message numerus="yes">
        <source>Break in %n second(s)</source>
        <translation>
            <numerusform>Pause in %n Sekunde</numerusform>
            <numerusform>Pause in %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish your sentence; a short stretch is coming up.</source>
        <translation>Beenden Sie Ihren Satz – gleich kommt eine kurze Dehnpause.</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Jetzt starten</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Time to stand up</source>
        <translation>Zeit zum Aufstehen</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>Spazieren gehen</translation>
    </message>
    <message>
        <source>Time for a walk</source>
        <translation>Zeit für einen Spaziergang</translation>
    </message>
</context>
<context>
    <name>Pace</name>
    <message>
        <source>up</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>down</source>
        <translation>runter</translation>
    </message>
    <message>
        <source>lift</source>
        <translation>anheben</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>absenken</translation>
    </message>
    <message>
        <source>reach</source>
        <translation>strecken</translation>
    </message>
    <message>
        <source>come back</source>
        <translation>zurück</translation>
    </message>
    <message>
        <source>back</source>
        <translation>zurück</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>vor</translation>
    </message>
    <message>
        <source>tighten</source>
        <translation>anspannen</translation>
    </message>
    <message>
        <source>let go</source>
        <translation>loslassen</translation>
    </message>
    <message>
        <source>breathe in</source>
        <translation>einatmen</translation>
    </message>
    <message>
        <source>breathe out</source>
        <translation>ausatmen</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>halten</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>ruhen</translation>
    </message>
    <message>
        <source>%1 %2 s</source>
        <comment>a phase and its seconds</comment>
        <translation>%1 %2 s</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the phases of a repetition</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>One repetition: %1</source>
        <translation>Eine Wiederholung: %1</translation>
    </message>
    <message>
        <source>Repetition %1 of %2 (%3): %4</source>
        <comment>%3: the side this repetition works, e.g. &apos;knees to the right&apos;</comment>
        <translation>Wiederholung %1 von %2 (%3): %4</translation>
    </message>
    <message>
        <source>Repetition %1 of %2: %3</source>
        <translation>Wiederholung %1 von %2: %3</translation>
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
        <translation>Geführte Dehnübung: %1</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Go back one step (Left arrow)</source>
        <translation>Einen Schritt zurück (Pfeil links)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Pause or resume the countdown (Space)</source>
        <translation>Countdown anhalten oder fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Go to the next step (Right arrow)</source>
        <translation>Zum nächsten Schritt (Pfeil rechts)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Finish the routine (Enter)</source>
        <translation>Übungsfolge abschließen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Skip the rest of the routine (Esc)</source>
        <translation>Rest der Übungsfolge überspringen (Esc)</translation>
    </message>
    <message>
        <source>Safety…</source>
        <translation>Sicherheit…</translation>
    </message>
    <message>
        <source>When to stop and who should ask a professional first</source>
        <translation>Wann Sie aufhören sollten und wer vorher ärztlichen Rat einholen sollte</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n repetition(s)</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is common practice in physiotherapy; it is not from the articles.</source>
        <translation>„%1“ ist in der Physiotherapie üblich; die Übung stammt nicht aus den Artikeln.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>an article&apos;s title</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between article titles</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is taken from the article(s) %2.</source>
        <translation>
            <numerusform>„%1“ stammt aus dem Artikel %2.</numerusform>
            <numerusform>„%1“ stammt aus den Artikeln %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>Noch %n Sekunde</numerusform>
            <numerusform>Noch %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Verbleibende Zeit in diesem Schritt</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>the day a swap ends: a QLocale date pattern (d day, MMMM month)</comment>
        <translation>d. MMMM</translation>
    </message>
    <message>
        <source>you ticked “%1”</source>
        <translation>Sie haben „%1“ angekreuzt</translation>
    </message>
    <message>
        <source>your back felt worse after it</source>
        <translation>Ihr Rücken fühlte sich danach schlechter an</translation>
    </message>
    <message>
        <source>%1 left out until %2 (%3)</source>
        <translation>%1 bis %2 weggelassen (%3)</translation>
    </message>
    <message>
        <source>%1 instead of %2 until %3 (%4)</source>
        <translation>%1 statt %2 bis %3 (%4)</translation>
    </message>
    <message>
        <source>%1 left out (%2)</source>
        <translation>%1 weggelassen (%2)</translation>
    </message>
    <message>
        <source>%1 instead of %2 (%3)</source>
        <translation>%1 statt %2 (%3)</translation>
    </message>
    <message>
        <source>Changed for you: %1.</source>
        <translation>Für Sie angepasst: %1.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>empty duration; expected e.g. 90s, 5m or 1h30m</source>
        <translation>leere Dauer; erwartet z. B. 90s, 5m oder 1h30m</translation>
    </message>
    <message>
        <source>%1… is too long for a duration; expected e.g. 1h30m</source>
        <translation>%1… ist zu lang für eine Dauer; erwartet z. B. 1h30m</translation>
    </message>
    <message>
        <source>%1 is not a duration; expected e.g. 90s, 5m or 1h30m</source>
        <translation>%1 ist keine Dauer; erwartet z. B. 90s, 5m oder 1h30m</translation>
    </message>
    <message>
        <source>%1 is zero; a duration must be longer than that</source>
        <translation>%1 ist null; eine Dauer muss länger sein</translation>
    </message>
    <message>
        <source>%1 backbreak keeps running without history.</source>
        <translation>%1 backbreak läuft ohne Verlauf weiter.</translation>
    </message>
    <message>
        <source>The history file could not be read; it was moved to %1 and a new history was started in %2.</source>
        <translation>Die Verlaufsdatei konnte nicht gelesen werden; sie wurde nach %1 verschoben und in %2 wurde ein neuer Verlauf begonnen.</translation>
    </message>
    <message>
        <source>%1: cannot open the history</source>
        <translation>%1: Der Verlauf kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>unknown field; expected one of %1</source>
        <translation>unbekanntes Feld; erwartet eines von %1</translation>
    </message>
    <message>
        <source>missing; expected a text</source>
        <translation>fehlt; erwartet einen Text</translation>
    </message>
    <message>
        <source>expected a text, got %1</source>
        <translation>erwartet einen Text, gefunden %1</translation>
    </message>
    <message>
        <source>expected a non-empty text</source>
        <translation>erwartet einen nicht leeren Text</translation>
    </message>
    <message>
        <source>expected a single line of text</source>
        <translation>erwartet eine einzelne Textzeile</translation>
    </message>
    <message>
        <source>expected at most %1 characters, got %2</source>
        <translation>erwartet höchstens %1 Zeichen, gefunden %2</translation>
    </message>
    <message>
        <source>expected lowercase letters, digits and &apos;-&apos; (at most 40), got %1</source>
        <translation>erwartet Kleinbuchstaben, Ziffern und &apos;-&apos; (höchstens 40), gefunden %1</translation>
    </message>
    <message>
        <source>expected one of %1, got %2</source>
        <translation>erwartet eines von %1, gefunden %2</translation>
    </message>
    <message>
        <source>missing; expected a whole number from %1 to %2</source>
        <translation>fehlt; erwartet eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, got %3</source>
        <translation>erwartet eine ganze Zahl von %1 bis %2, gefunden %3</translation>
    </message>
    <message>
        <source>missing; expected a list of texts (at least %1)</source>
        <translation>fehlt; erwartet eine Liste von Texten (mindestens %1)</translation>
    </message>
    <message>
        <source>expected a list of texts, got %1</source>
        <translation>erwartet eine Liste von Texten, gefunden %1</translation>
    </message>
    <message>
        <source>expected %1 to %2 lines, got %3</source>
        <translation>erwartet %1 bis %2 Zeilen, gefunden %3</translation>
    </message>
    <message>
        <source>line %1: expected a text, got %2</source>
        <translation>Zeile %1: erwartet einen Text, gefunden %2</translation>
    </message>
    <message>
        <source>missing; expected a [%1] table</source>
        <translation>fehlt; erwartet eine Tabelle [%1]</translation>
    </message>
    <message>
        <source>expected a table, got %1</source>
        <translation>erwartet eine Tabelle, gefunden %1</translation>
    </message>
    <message>
        <source>expected gentle &lt;= standard &lt;= strong, got %1 &lt;= %2 &lt;= %3</source>
        <translation>erwartet gentle &lt;= standard &lt;= strong, gefunden %1 &lt;= %2 &lt;= %3</translation>
    </message>
    <message>
        <source>expected %1 columns (%2), got %3</source>
        <translation>erwartet %1 Spalten (%2), gefunden %3</translation>
    </message>
    <message>
        <source>expected CSV (%1)</source>
        <translation>erwartet CSV (%1)</translation>
    </message>
    <message>
        <source>expected an ISO 8601 time such as %1, got %2</source>
        <translation>erwartet einen ISO-8601-Zeitpunkt wie %1, gefunden %2</translation>
    </message>
    <message>
        <source>expected a time with a UTC offset such as %1, got %2</source>
        <translation>erwartet einen Zeitpunkt mit UTC-Versatz wie %1, gefunden %2</translation>
    </message>
    <message>
        <source>expected a time from %1 to %2 (UTC), got %3</source>
        <translation>erwartet einen Zeitpunkt von %1 bis %2 (UTC), gefunden %3</translation>
    </message>
    <message>
        <source>expected a pain score from 0 to 10, or empty, got %1</source>
        <translation>erwartet einen Schmerzwert von 0 bis 10 oder nichts, gefunden %1</translation>
    </message>
    <message>
        <source>expected at most %1 exercises, got %2</source>
        <translation>erwartet höchstens %1 Übungen, gefunden %2</translation>
    </message>
    <message>
        <source>expected exercise ids of lowercase letters, digits and &apos;-&apos; (at most 40), separated by spaces, got %1</source>
        <translation>erwartet Übungs-IDs aus Kleinbuchstaben, Ziffern und „-“ (höchstens 40), durch Leerzeichen getrennt, gefunden %1</translation>
    </message>
    <message>
        <source>expected at most steps_total (%1), got %2</source>
        <translation>erwartet höchstens steps_total (%1), gefunden %2</translation>
    </message>
    <message>
        <source>expected a time not before started_at (%1), got %2</source>
        <translation>erwartet einen Zeitpunkt nicht vor started_at (%1), gefunden %2</translation>
    </message>
    <message>
        <source>expected a list of exercise ids or null, got %1</source>
        <translation>erwartet eine Liste von Übungs-IDs oder null, gefunden %1</translation>
    </message>
    <message>
        <source>expected a pain score from 0 to 10, or null, got %1</source>
        <translation>erwartet einen Schmerzwert von 0 bis 10 oder null, gefunden %1</translation>
    </message>
    <message>
        <source>expected an object with started_at and ended_at, got %1</source>
        <translation>erwartet ein Objekt mit started_at und ended_at, gefunden %1</translation>
    </message>
    <message>
        <source>expected at most %1 days after started_at, got %2</source>
        <translation>erwartet höchstens %1 Tage nach started_at, gefunden %2</translation>
    </message>
    <message>
        <source>expected an object with the CSV columns as keys, got %1</source>
        <translation>erwartet ein Objekt mit den CSV-Spalten als Schlüsseln, gefunden %1</translation>
    </message>
    <message>
        <source>expected a flat break record, got one nested too deeply</source>
        <translation>erwartet einen flachen Pausen-Eintrag, gefunden einen zu tief verschachtelten</translation>
    </message>
    <message>
        <source>expected valid JSON (%1)</source>
        <translation>erwartet gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>expected a value of at most %1 characters (a break record is a few hundred), got a longer one</source>
        <translation>erwartet einen Wert von höchstens %1 Zeichen (ein Pausen-Eintrag hat einige hundert), gefunden einen längeren</translation>
    </message>
    <message>
        <source>expected a list of break records, got %1</source>
        <translation>erwartet eine Liste von Pausen-Einträgen, gefunden %1</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>erwartet %1, gefunden %2</translation>
    </message>
    <message>
        <source>expected %1 or lower, got %2</source>
        <translation>erwartet %1 oder kleiner, gefunden %2</translation>
    </message>
    <message>
        <source>expected a list of standing spans, got %1</source>
        <translation>erwartet eine Liste von Stehzeiten, gefunden %1</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>einen Ordner</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>ein zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>ein blockorientiertes Gerät</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>einen Socket</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>etwas anderes</translation>
    </message>
    <message>
        <source>expected a regular file (a backbreak CSV or JSON export), got %1</source>
        <translation>erwartet eine normale Datei (einen CSV- oder JSON-Export von backbreak), gefunden %1</translation>
    </message>
    <message>
        <source>expected at most %1 (many years of history), got more</source>
        <translation>erwartet höchstens %1 (viele Jahre Verlauf), gefunden mehr</translation>
    </message>
    <message>
        <source>expected at most %1 (many years of history), got %2</source>
        <translation>erwartet höchstens %1 (viele Jahre Verlauf), gefunden %2</translation>
    </message>
    <message>
        <source>expected a row of at most %1 characters (a history row is a few hundred), got a longer one</source>
        <translation>erwartet eine Zeile von höchstens %1 Zeichen (eine Verlaufszeile hat einige hundert), gefunden eine längere</translation>
    </message>
    <message>
        <source>the file is %1 bytes; expected at most %2</source>
        <translation>die Datei hat %1 Bytes; erwartet höchstens %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>Datei kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte %1)</source>
        <translation>kein UTF-8-Text (Byte %1)</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>erwartet: %1</translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1: Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1: line %2, %3: %4</source>
        <translation>%1: Zeile %2, %3: %4</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>erwartet ein JSON-Objekt</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>%1; nothing was imported from it, and it could not be moved aside: %2</source>
        <translation>%1; daraus wurde nichts übernommen, und die Datei konnte nicht beiseitegelegt werden: %2</translation>
    </message>
    <message>
        <source>%1; nothing was imported from it; it was moved to %2</source>
        <translation>%1; daraus wurde nichts übernommen; die Datei wurde nach %2 verschoben</translation>
    </message>
    <message>
        <source>expected exactly one of seed (the article) or source = &quot;common-practice&quot;</source>
        <translation>erwartet genau eines von seed (der Artikel) oder source = &quot;common-practice&quot;</translation>
    </message>
    <message>
        <source>expected %1 (or a seed instead), got %2</source>
        <translation>erwartet %1 (oder stattdessen ein seed), erhalten: %2</translation>
    </message>
    <message>
        <source>a pace says what one repetition is; expected reps beside it</source>
        <translation>pace beschreibt eine Wiederholung; erwartet reps daneben</translation>
    </message>
    <message>
        <source>expected an even number of moving phases (out and back), got %1</source>
        <translation>erwartet eine gerade Zahl von Bewegungsphasen (hin und zurück), erhalten: %1</translation>
    </message>
    <message>
        <source>expected one repetition of %1 to %2 seconds, got %3</source>
        <translation>erwartet eine Wiederholung von %1 bis %2 Sekunden, erhalten: %3</translation>
    </message>
    <message>
        <source>expected a list of cautions, got %1</source>
        <translation>erwartet eine Liste von Vorsichtshinweisen, erhalten: %1</translation>
    </message>
    <message>
        <source>expected an exercise id (lowercase letters, digits, &apos;-&apos;), got %1</source>
        <translation>erwartet eine Übungs-ID (Kleinbuchstaben, Ziffern, &apos;-&apos;), erhalten: %1</translation>
    </message>
    <message>
        <source>expected another exercise than this one</source>
        <translation>erwartet eine andere Übung als diese</translation>
    </message>
    <message>
        <source>expected two different sides, got %1 twice</source>
        <translation>erwartet zwei verschiedene Seiten, erhalten: zweimal %1</translation>
    </message>
    <message>
        <source>sides that alternate each repetition need reps; expected reps beside it</source>
        <translation>Seiten, die jede Wiederholung wechseln, brauchen Wiederholungen; erwartet reps daneben</translation>
    </message>
    <message>
        <source>expected one work step when each repetition alternates sides, got %1</source>
        <translation>erwartet einen Übungsschritt, wenn jede Wiederholung die Seite wechselt, erhalten: %1</translation>
    </message>
    <message>
        <source>expected an even number of repetitions at every level (as many on each side), got %1</source>
        <translation>erwartet auf jeder Stufe eine gerade Zahl von Wiederholungen (gleich viele je Seite), erhalten: %1</translation>
    </message>
    <message>
        <source>unknown seed article %1; expected one of %2</source>
        <translation>unbekannter Quellartikel %1; erwartet einer von %2</translation>
    </message>
    <message>
        <source>an alternative is played only for a caution; expected cautions beside it</source>
        <translation>eine Alternative gilt nur bei einem Vorsichtshinweis; erwartet cautions daneben</translation>
    </message>
    <message>
        <source>alternative %1 has every caution of this exercise (%2), so it is never a safer swap; expected one without at least one of them</source>
        <translation>die Alternative %1 hat alle Vorsichtshinweise dieser Übung (%2) und ist daher nie sicherer; erwartet eine ohne mindestens einen davon</translation>
    </message>
    <message>
        <source>%1 says %2 = %3, not this exercise; expected the two to agree</source>
        <translation>%1 gibt %2 = %3 an, nicht diese Übung; erwartet, dass beide übereinstimmen</translation>
    </message>
    <message>
        <source>following %1 comes back to %2; expected no loop</source>
        <translation>%1 zu folgen führt zurück zu %2; erwartet keine Schleife</translation>
    </message>
    <message>
        <source>not valid TOML: %1</source>
        <translation>kein gültiges TOML: %1</translation>
    </message>
    <message>
        <source>expected exactly one top-level table, [exercise] or [routine], got %1</source>
        <translation>erwartet genau eine Tabelle auf oberster Ebene, [exercise] oder [routine], gefunden %1</translation>
    </message>
    <message>
        <source>expected a [%1] table, got %2</source>
        <translation>erwartet eine Tabelle [%1], gefunden %2</translation>
    </message>
    <message>
        <source>expected a file name ending in .svg (no folders), got %1</source>
        <translation>erwartet einen Dateinamen mit der Endung .svg (ohne Ordner), gefunden %1</translation>
    </message>
    <message>
        <source>expected fewer set-up steps than steps (%1) so at least one work step remains, got %2</source>
        <translation>erwartet weniger Vorbereitungsschritte als Schritte (%1), damit mindestens ein Übungsschritt bleibt, gefunden %2</translation>
    </message>
    <message>
        <source>expected exactly one of reps or hold_seconds</source>
        <translation>erwartet genau eines von reps oder hold_seconds</translation>
    </message>
    <message>
        <source>missing; expected a list of exercise ids</source>
        <translation>fehlt; erwartet eine Liste von Übungs-IDs</translation>
    </message>
    <message>
        <source>expected a non-empty list of exercise ids, got %1</source>
        <translation>erwartet eine nicht leere Liste von Übungs-IDs, gefunden %1</translation>
    </message>
    <message>
        <source>expected at most 20 exercises, got %1</source>
        <translation>erwartet höchstens 20 Übungen, gefunden %1</translation>
    </message>
    <message>
        <source>expected exercise ids (lowercase letters, digits, &apos;-&apos;), got %1</source>
        <translation>erwartet Übungs-IDs (Kleinbuchstaben, Ziffern, &apos;-&apos;), gefunden %1</translation>
    </message>
    <message>
        <source>%1 is not in this routine&apos;s exercises</source>
        <translation>%1 gehört nicht zu den Übungen dieser Übungsfolge</translation>
    </message>
    <message>
        <source>levels need reps or hold_seconds beside them</source>
        <translation>levels braucht daneben reps oder hold_seconds</translation>
    </message>
    <message>
        <source>expected 1 to %1 seed articles, got %2</source>
        <translation>erwartet 1 bis %1 Quellartikel, erhalten: %2</translation>
    </message>
    <message>
        <source>expected a list such as [&quot;balance&quot;] (of %1), got %2</source>
        <translation>erwartet eine Liste wie [&quot;balance&quot;] (aus %1), erhalten: %2</translation>
    </message>
    <message>
        <source>expected text without bidirectional control characters, got U+%1</source>
        <translation>erwartet Text ohne bidirektionale Steuerzeichen, gefunden U+%1</translation>
    </message>
    <message>
        <source>unknown exercise id %1; expected one of the loaded exercises (%2)</source>
        <translation>unbekannte Übungs-ID %1; erwartet eine der geladenen Übungen (%2)</translation>
    </message>
    <message>
        <source>exercise %1 has position %2; a %3 routine takes only %4</source>
        <translation>Übung %1 hat die Position %2; eine Übungsfolge vom Typ %3 erlaubt nur %4</translation>
    </message>
    <message>
        <source>exercise %1 counts %2, not %3</source>
        <translation>Übung %1 zählt in %2, nicht in %3</translation>
    </message>
    <message>
        <source>id %1 is already used by %2; rename it to load this file</source>
        <translation>ID %1 wird bereits von %2 verwendet; ändern Sie die ID, um diese Datei zu laden</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>id %1 is already used by a built-in one; rename it</source>
        <translation>ID %1 wird bereits von einer mitgelieferten Übung oder Übungsfolge verwendet; ändern Sie die ID</translation>
    </message>
    <message>
        <source>the other frame of %1 is missing: %2</source>
        <translation>das andere Bild von %1 fehlt: %2</translation>
    </message>
    <message>
        <source>file %1 (or %2 and %3) not found in %4</source>
        <translation>Datei %1 (oder %2 und %3) in %4 nicht gefunden</translation>
    </message>
    <message>
        <source>expected a duration string such as &quot;30m&quot;, got %1</source>
        <translation>erwartet eine Dauer als Text wie &quot;30m&quot;, gefunden %1</translation>
    </message>
    <message>
        <source>expected between %1 and %2, got %3</source>
        <translation>erwartet zwischen %1 und %2, gefunden %3</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>erwartet true oder false, gefunden %1</translation>
    </message>
    <message>
        <source>expected a time of day such as &quot;08:00&quot;, got %1</source>
        <translation>erwartet eine Uhrzeit wie &quot;08:00&quot;, gefunden %1</translation>
    </message>
    <message>
        <source>expected the header %1 (or an earlier one: the same without the last column, or without the last three), got an empty file</source>
        <translation>erwartet die Kopfzeile %1 (oder eine frühere: dieselbe ohne die letzte Spalte oder ohne die letzten drei), gefunden eine leere Datei</translation>
    </message>
    <message>
        <source>expected the header %1 (or an earlier one: the same without the last column, or without the last three), got %2</source>
        <translation>erwartet die Kopfzeile %1 (oder eine frühere: dieselbe ohne die letzte Spalte oder ohne die letzten drei), gefunden %2</translation>
    </message>
    <message>
        <source>expected outcome natural exactly when kind is natural (a natural break), got outcome %1 with kind %2</source>
        <translation>erwartet outcome natural genau dann, wenn kind natural ist (eine natürliche Pause), gefunden outcome %1 mit kind %2</translation>
    </message>
    <message>
        <source>expected UTF-8 text (a backbreak CSV or JSON export); byte %1 is not UTF-8</source>
        <translation>erwartet UTF-8-Text (einen CSV- oder JSON-Export von backbreak); Byte %1 ist kein UTF-8</translation>
    </message>
    <message>
        <source>[%1] comes only with backbreak itself; expected [exercise] or [routine]</source>
        <translation>[%1] kommt nur mit backbreak selbst; erwartet [exercise] oder [routine]</translation>
    </message>
    <message>
        <source>expected a list of days such as [&quot;mon&quot;, &quot;tue&quot;], got %1</source>
        <translation>erwartet eine Liste von Tagen wie [&quot;mon&quot;, &quot;tue&quot;], gefunden %1</translation>
    </message>
    <message>
        <source>expected days among %1, got %2</source>
        <translation>erwartet Tage aus %1, gefunden %2</translation>
    </message>
    <message>
        <source>expected a locale name such as &quot;de&quot; or &quot;pt_BR&quot; (empty: system), got %1</source>
        <translation>erwartet einen Sprachcode wie &quot;de&quot; oder &quot;pt_BR&quot; (leer: System), gefunden %1</translation>
    </message>
    <message>
        <source>not valid TOML (%1); using all defaults</source>
        <translation>kein gültiges TOML (%1); alle Standardwerte werden verwendet</translation>
    </message>
    <message>
        <source>unknown section; expected one of %1</source>
        <translation>unbekannter Abschnitt; erwartet einer von %1</translation>
    </message>
    <message>
        <source>unknown key; expected one of %1</source>
        <translation>unbekannter Schlüssel; erwartet einer von %1</translation>
    </message>
    <message>
        <source>%1; using the default</source>
        <translation>%1; Standardwert wird verwendet</translation>
    </message>
    <message>
        <source>expected a time after working_hours.start; using the default working hours</source>
        <translation>erwartet eine Uhrzeit nach working_hours.start; Standard-Arbeitszeit wird verwendet</translation>
    </message>
    <message>
        <source>the file is %1 bytes; expected at most %2; using all defaults</source>
        <translation>die Datei hat %1 Bytes; erwartet höchstens %2; alle Standardwerte werden verwendet</translation>
    </message>
    <message>
        <source>cannot be read (%1); using all defaults</source>
        <translation>kann nicht gelesen werden (%1); alle Standardwerte werden verwendet</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte %1); using all defaults</source>
        <translation>ist kein UTF-8-Text (Byte %1); alle Standardwerte werden verwendet</translation>
    </message>
    <message>
        <source>%1: cannot create the history file: %2</source>
        <translation>%1: Die Verlaufsdatei kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot open the history: %2</source>
        <translation>%1: Der Verlauf kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot start a fresh history: %2</source>
        <translation>%1: Es kann kein neuer Verlauf begonnen werden: %2</translation>
    </message>
    <message>
        <source>%1: written by a newer backbreak (schema version %2; this version reads up to %3). The file was left untouched; upgrade backbreak to use it.</source>
        <translation>%1: von einer neueren Version von backbreak geschrieben (Schemaversion %2; diese Version liest bis %3). Die Datei wurde nicht verändert; aktualisieren Sie backbreak, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>%1: the file is damaged and could not be moved aside to %2: %3</source>
        <translation>%1: Die Datei ist beschädigt und konnte nicht nach %2 beiseitegelegt werden: %3</translation>
    </message>
    <message>
        <source>%1: could not write the history: %2</source>
        <translation>%1: Der Verlauf konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: could not write the history (%2)</source>
        <translation>%1: Der Verlauf konnte nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>%1; breaks are kept in memory and written when it works again</source>
        <translation>%1; Pausen werden im Speicher behalten und geschrieben, sobald es wieder funktioniert</translation>
    </message>
    <message>
        <source>%1: no history row with id %2</source>
        <translation>%1: kein Verlaufseintrag mit der ID %2</translation>
    </message>
    <message>
        <source>%1; the history cannot be read until it can be opened</source>
        <translation>%1; der Verlauf kann erst gelesen werden, wenn er sich öffnen lässt</translation>
    </message>
    <message>
        <source>%1: could not read the history: %2</source>
        <translation>%1: Der Verlauf konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>PromptCard</name>
    <message>
        <source>backbreak: time to stand up</source>
        <translation>backbreak: Zeit zum Aufstehen</translation>
    </message>
    <message>
        <source>Break reminder</source>
        <translation>Pausenerinnerung</translation>
    </message>
    <message>
        <source>Start the guided stretch now</source>
        <translation>Geführte Dehnübung jetzt starten</translation>
    </message>
    <message>
        <source>Walk instead</source>
        <translation>Lieber gehen</translation>
    </message>
    <message>
        <source>Take a short walk instead</source>
        <translation>Stattdessen einen kurzen Spaziergang machen</translation>
    </message>
    <message>
        <source>Ask again in a few minutes</source>
        <translation>In ein paar Minuten erneut fragen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Skip this break (Esc)</source>
        <translation>Diese Pause überspringen (Esc)</translation>
    </message>
    <message>
        <source>Time to stand up</source>
        <translation>Zeit zum Aufstehen</translation>
    </message>
    <message>
        <source>Next up: %1.</source>
        <translation>Als Nächstes: %1.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences, one after the other</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Time for a walk</source>
        <translation>Zeit für einen Spaziergang</translation>
    </message>
    <message>
        <source>Take a walk</source>
        <translation>Spazieren gehen</translation>
    </message>
    <message numerus="yes">
        <source>Stretch (%n min)</source>
        <translation>
            <numerusform>Dehnen (%n Min.)</numerusform>
            <numerusform>Dehnen (%n Min.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n min</source>
        <translation>
            <numerusform>%n Min. später</numerusform>
            <numerusform>%n Min. später</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Routines</name>
    <message>
        <source>Move slowly and with control. A mild stretch is enough; nothing should hurt.</source>
        <translation>Bewegen Sie sich langsam und kontrolliert. Eine leichte Dehnung genügt; nichts sollte wehtun.</translation>
    </message>
    <message>
        <source>Stop at once if you feel a sharp pain, and don&apos;t push through it.</source>
        <translation>Hören Sie sofort auf, wenn Sie einen stechenden Schmerz spüren, und machen Sie nicht trotzdem weiter.</translation>
    </message>
    <message>
        <source>If discomfort keeps going, keeps coming back or limits your day, see a health professional.</source>
        <translation>Wenn Beschwerden anhalten, immer wiederkommen oder Sie im Alltag einschränken, lassen Sie sich ärztlich beraten.</translation>
    </message>
    <message>
        <source>backbreak reminds you to move; it is not medical advice.</source>
        <translation>backbreak erinnert Sie an Bewegung; es ist keine medizinische Beratung.</translation>
    </message>
    <message>
        <source>Switch on your core</source>
        <translation>Rumpf aktivieren</translation>
    </message>
    <message>
        <source>Find your deep belly and buttock muscles, then stand and use them.</source>
        <translation>Spüren Sie Ihre tiefen Bauch- und Gesäßmuskeln und setzen Sie sie dann im Stehen ein.</translation>
    </message>
    <message>
        <source>Hip and lower-back opener</source>
        <translation>Hüfte und unteren Rücken lockern</translation>
    </message>
    <message>
        <source>Gentle stretches for hips and back that have been folded in a chair.</source>
        <translation>Sanfte Dehnungen für Hüfte und Rücken nach langem Sitzen.</translation>
    </message>
    <message>
        <source>Seated reset</source>
        <translation>Kurzpause im Sitzen</translation>
    </message>
    <message>
        <source>Three moves you can do without leaving your chair.</source>
        <translation>Drei Übungen, für die Sie nicht aufstehen müssen.</translation>
    </message>
    <message>
        <source>Stand-up reset</source>
        <translation>Kurzpause im Stehen</translation>
    </message>
    <message>
        <source>Four standing moves beside your desk to wake up your glutes and ease your lower back.</source>
        <translation>Vier Übungen im Stehen neben dem Schreibtisch, die das Gesäß wecken und den unteren Rücken entlasten.</translation>
    </message>
    <message>
        <source>At home: floor routine</source>
        <translation>Zu Hause: Übungen am Boden</translation>
    </message>
    <message>
        <source>A longer session on a mat: warm up, strengthen your core, then stretch and rest.</source>
        <translation>Eine längere Einheit auf der Matte: aufwärmen, den Rumpf kräftigen, dann dehnen und entspannen.</translation>
    </message>
    <message>
        <source>Posture walk</source>
        <translation>Aufrecht gehen</translation>
    </message>
    <message>
        <source>A short walk with your belly and buttocks gently working and your head up.</source>
        <translation>Ein kurzer Spaziergang mit leicht angespanntem Bauch und Gesäß und erhobenem Kopf.</translation>
    </message>
    <message>
        <source>A few steps backwards</source>
        <translation>Ein paar Schritte rückwärts</translation>
    </message>
    <message>
        <source>Your buttock muscles tightening with each backward step.</source>
        <translation>Wie sich Ihre Gesäßmuskeln bei jedem Schritt rückwärts anspannen.</translation>
    </message>
    <message>
        <source>A strong, purposeful stride.</source>
        <translation>Ein kräftiger, entschlossener Schritt.</translation>
    </message>
    <message>
        <source>Don&apos;t rush.</source>
        <translation>Nicht hetzen.</translation>
    </message>
    <message>
        <source>Glance over your shoulder rather than stepping blind.</source>
        <translation>Schauen Sie über die Schulter, statt blind zu gehen.</translation>
    </message>
    <message>
        <source>Bird-dog</source>
        <translation>Bird-Dog im Vierfüßlerstand</translation>
    </message>
    <message>
        <source>Come onto hands and knees: wrists under shoulders, knees under hips, back flat.</source>
        <translation>Gehen Sie in den Vierfüßlerstand: Handgelenke unter den Schultern, Knie unter den Hüften, Rücken gerade.</translation>
    </message>
    <message>
        <source>Don&apos;t lift the hand or heel higher than your back.</source>
        <translation>Heben Sie Hand und Ferse nicht höher als den Rücken.</translation>
    </message>
    <message>
        <source>Don&apos;t let the hips twist open.</source>
        <translation>Lassen Sie die Hüfte nicht zur Seite aufdrehen.</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>Brücke</translation>
    </message>
    <message>
        <source>Lie on your back, knees bent, feet flat on the floor and hip-width apart.</source>
        <translation>Legen Sie sich auf den Rücken, Knie gebeugt, Füße flach und hüftbreit auf dem Boden.</translation>
    </message>
    <message>
        <source>Press through your heels and lift your hips until knees, hips and shoulders make one line. Hold a few seconds, then lower slowly.</source>
        <translation>Drücken Sie sich über die Fersen ab und heben Sie die Hüfte, bis Knie, Hüfte und Schultern eine Linie bilden. Einige Sekunden halten, dann langsam absenken.</translation>
    </message>
    <message>
        <source>Your buttocks and the backs of your thighs doing the lifting.</source>
        <translation>Wie Gesäß und Oberschenkelrückseiten die Arbeit beim Heben leisten.</translation>
    </message>
    <message>
        <source>Don&apos;t arch your back to lift higher: control matters more than height.</source>
        <translation>Machen Sie kein Hohlkreuz, um höher zu kommen: Kontrolle zählt mehr als Höhe.</translation>
    </message>
    <message>
        <source>Don&apos;t drop down fast.</source>
        <translation>Lassen Sie sich nicht schnell fallen.</translation>
    </message>
    <message>
        <source>Cat-cow</source>
        <translation>Katze-Kuh</translation>
    </message>
    <message>
        <source>Come onto hands and knees with a flat back, wrists under shoulders, knees under hips.</source>
        <translation>Gehen Sie mit geradem Rücken in den Vierfüßlerstand, Handgelenke unter den Schultern, Knie unter den Hüften.</translation>
    </message>
    <message>
        <source>Breathe in and let the belly sink as the chest lifts. Breathe out and round your back, tucking tailbone and chin.</source>
        <translation>Einatmen: den Bauch sinken lassen, während sich die Brust hebt. Ausatmen: den Rücken runden, Steißbein und Kinn einrollen.</translation>
    </message>
    <message>
        <source>Your whole spine moving, a little at a time.</source>
        <translation>Wie sich Ihre ganze Wirbelsäule Stück für Stück bewegt.</translation>
    </message>
    <message>
        <source>Slow breaths leading the movement.</source>
        <translation>Langsame Atemzüge, die die Bewegung führen.</translation>
    </message>
    <message>
        <source>Don&apos;t move faster than your breath.</source>
        <translation>Bewegen Sie sich nicht schneller, als Sie atmen.</translation>
    </message>
    <message>
        <source>Don&apos;t force either end of the movement.</source>
        <translation>Erzwingen Sie keine der beiden Endpositionen.</translation>
    </message>
    <message>
        <source>Child&apos;s pose</source>
        <translation>Haltung des Kindes</translation>
    </message>
    <message>
        <source>Kneel with your knees a little apart and sit your hips back toward your heels.</source>
        <translation>Knien Sie mit leicht geöffneten Knien und setzen Sie das Gesäß nach hinten Richtung Fersen.</translation>
    </message>
    <message>
        <source>Fold forward over your thighs with your arms reaching long in front. Rest and breathe deeply.</source>
        <translation>Beugen Sie sich über die Oberschenkel nach vorn, die Arme lang nach vorn gestreckt. Ruhen Sie und atmen Sie tief.</translation>
    </message>
    <message>
        <source>Your back widening and softening with each breath.</source>
        <translation>Wie Ihr Rücken mit jedem Atemzug weiter und weicher wird.</translation>
    </message>
    <message>
        <source>Don&apos;t fold deeper than is comfortable.</source>
        <translation>Beugen Sie sich nicht tiefer, als es angenehm ist.</translation>
    </message>
    <message>
        <source>Come up slowly, one part of your back at a time.</source>
        <translation>Richten Sie sich langsam auf, den Rücken Stück für Stück.</translation>
    </message>
    <message>
        <source>Abdominal drawing-in</source>
        <translation>Bauch einziehen</translation>
    </message>
    <message>
        <source>Sit tall near the front of your chair, feet flat, shoulders loose.</source>
        <translation>Setzen Sie sich aufrecht auf die vordere Stuhlkante, Füße flach, Schultern locker.</translation>
    </message>
    <message>
        <source>Gently pull your lower belly in, as if closing a belt by one notch. Hold for a breath or two, then let go completely.</source>
        <translation>Ziehen Sie den Unterbauch sanft ein, als würden Sie den Gürtel ein Loch enger schnallen. Ein bis zwei Atemzüge halten, dann ganz loslassen.</translation>
    </message>
    <message>
        <source>A light tightening low in your belly, below the navel.</source>
        <translation>Eine leichte Anspannung tief im Bauch, unterhalb des Nabels.</translation>
    </message>
    <message>
        <source>Your lower back feeling held from the inside.</source>
        <translation>Wie sich Ihr unterer Rücken von innen gestützt anfühlt.</translation>
    </message>
    <message>
        <source>Don&apos;t hold your breath: keep breathing normally.</source>
        <translation>Halten Sie nicht die Luft an: Atmen Sie normal weiter.</translation>
    </message>
    <message>
        <source>Don&apos;t squeeze hard: this is control, not force.</source>
        <translation>Nicht fest anspannen: Es geht um Kontrolle, nicht um Kraft.</translation>
    </message>
    <message>
        <source>Standing glute squeeze</source>
        <translation>Gesäß anspannen im Stehen</translation>
    </message>
    <message>
        <source>Stand tall beside your desk, feet hip-width apart, knees soft.</source>
        <translation>Stellen Sie sich aufrecht neben den Schreibtisch, Füße hüftbreit, Knie locker.</translation>
    </message>
    <message>
        <source>Squeeze your buttocks firmly for about three seconds, then relax them.</source>
        <translation>Spannen Sie das Gesäß etwa drei Sekunden fest an und lassen Sie dann wieder locker.</translation>
    </message>
    <message>
        <source>Both buttocks firming up.</source>
        <translation>Wie beide Gesäßhälften fest werden.</translation>
    </message>
    <message>
        <source>The front of your hips lengthening a little with each squeeze.</source>
        <translation>Wie sich die Vorderseite der Hüfte bei jedem Anspannen etwas streckt.</translation>
    </message>
    <message>
        <source>Don&apos;t clench your jaw or lift your shoulders.</source>
        <translation>Beißen Sie nicht die Zähne zusammen und ziehen Sie die Schultern nicht hoch.</translation>
    </message>
    <message>
        <source>Don&apos;t lean back to help the squeeze.</source>
        <translation>Lehnen Sie sich dabei nicht nach hinten.</translation>
    </message>
    <message>
        <source>Standing hip-flexor stretch</source>
        <translation>Hüftbeuger-Dehnung im Stehen</translation>
    </message>
    <message>
        <source>Rest one hand on your desk and step your right foot back into a short split stance.</source>
        <translation>Stützen Sie eine Hand auf den Schreibtisch und stellen Sie den rechten Fuß in einen kurzen Schrittstand nach hinten.</translation>
    </message>
    <message>
        <source>Squeeze the buttock of the back leg and tuck your tailbone under a little. Hold.</source>
        <translation>Spannen Sie das Gesäß des hinteren Beins an und ziehen Sie das Steißbein etwas nach unten ein. Halten.</translation>
    </message>
    <message>
        <source>Swap: left foot back, squeeze that side, and hold.</source>
        <translation>Wechseln: linker Fuß nach hinten, diese Seite anspannen und halten.</translation>
    </message>
    <message>
        <source>A stretch along the front of the hip of the back leg.</source>
        <translation>Eine Dehnung an der Vorderseite der Hüfte des hinteren Beins.</translation>
    </message>
    <message>
        <source>The buttock of the back leg working.</source>
        <translation>Wie das Gesäß des hinteren Beins arbeitet.</translation>
    </message>
    <message>
        <source>Don&apos;t arch your lower back to go further.</source>
        <translation>Machen Sie kein Hohlkreuz, um weiter zu kommen.</translation>
    </message>
    <message>
        <source>Don&apos;t bounce.</source>
        <translation>Nicht wippen.</translation>
    </message>
    <message>
        <source>Knee rotation</source>
        <translation>Knie zur Seite kippen</translation>
    </message>
    <message>
        <source>Lie on your back with your arms out to the sides in a T and your knees drawn up.</source>
        <translation>Legen Sie sich auf den Rücken, die Arme in T-Form zur Seite ausgestreckt, die Knie angewinkelt.</translation>
    </message>
    <message>
        <source>A gentle twist through your lower back.</source>
        <translation>Eine sanfte Drehung im unteren Rücken.</translation>
    </message>
    <message>
        <source>Keep both shoulders on the floor.</source>
        <translation>Lassen Sie beide Schultern am Boden.</translation>
    </message>
    <message>
        <source>Don&apos;t let the knees drop fast.</source>
        <translation>Lassen Sie die Knie nicht schnell fallen.</translation>
    </message>
    <message>
        <source>knees to your right</source>
        <translation>Knie nach rechts</translation>
    </message>
    <message>
        <source>knees to your left</source>
        <translation>Knie nach links</translation>
    </message>
    <message>
        <source>Knee-to-chest</source>
        <translation>Knie zur Brust</translation>
    </message>
    <message>
        <source>Lie on your back with your legs relaxed.</source>
        <translation>Legen Sie sich mit entspannten Beinen auf den Rücken.</translation>
    </message>
    <message>
        <source>Draw your right knee toward your chest until you feel a mild pull, and rest there.</source>
        <translation>Ziehen Sie das rechte Knie zur Brust, bis Sie einen leichten Zug spüren, und verweilen Sie dort.</translation>
    </message>
    <message>
        <source>Let it down slowly and draw up your left knee the same way.</source>
        <translation>Langsam absenken und das linke Knie genauso heranziehen.</translation>
    </message>
    <message>
        <source>A mild, easy pull in your lower back.</source>
        <translation>Ein leichter, angenehmer Zug im unteren Rücken.</translation>
    </message>
    <message>
        <source>Don&apos;t pull hard: let gravity help.</source>
        <translation>Ziehen Sie nicht fest: Lassen Sie die Schwerkraft helfen.</translation>
    </message>
    <message>
        <source>Leave the other leg relaxed on the floor.</source>
        <translation>Lassen Sie das andere Bein entspannt am Boden.</translation>
    </message>
    <message>
        <source>Plank</source>
        <translation>Unterarmstütz</translation>
    </message>
    <message>
        <source>Keep head, shoulders and hips in one straight line and breathe steadily.</source>
        <translation>Halten Sie Kopf, Schultern und Hüfte in einer geraden Linie und atmen Sie gleichmäßig.</translation>
    </message>
    <message>
        <source>Firmness through your whole trunk.</source>
        <translation>Spannung im ganzen Rumpf.</translation>
    </message>
    <message>
        <source>Don&apos;t let your hips sag.</source>
        <translation>Lassen Sie die Hüfte nicht durchhängen.</translation>
    </message>
    <message>
        <source>Don&apos;t hold your breath.</source>
        <translation>Halten Sie nicht die Luft an.</translation>
    </message>
    <message>
        <source>New numbness, tingling or weakness in a leg or foot.</source>
        <translation>Neue Taubheit, Kribbeln oder Schwäche in einem Bein oder Fuß.</translation>
    </message>
    <message>
        <source>Changes in bladder or bowel control, or numbness between your legs.</source>
        <translation>Veränderungen bei der Kontrolle von Blase oder Darm, oder Taubheit zwischen den Beinen.</translation>
    </message>
    <message>
        <source>Back pain after a fall or an accident.</source>
        <translation>Rückenschmerzen nach einem Sturz oder Unfall.</translation>
    </message>
    <message>
        <source>Back pain with a fever, or while you feel generally unwell.</source>
        <translation>Rückenschmerzen mit Fieber oder bei allgemeinem Krankheitsgefühl.</translation>
    </message>
    <message>
        <source>Pain that wakes you at night, or that no position eases.</source>
        <translation>Schmerzen, die Sie nachts wecken oder in keiner Lage nachlassen.</translation>
    </message>
    <message>
        <source>You are pregnant, or had a baby in the last few months.</source>
        <translation>Sie sind schwanger oder haben in den letzten Monaten ein Kind bekommen.</translation>
    </message>
    <message>
        <source>You had surgery recently, above all on your back, belly or hips.</source>
        <translation>Sie wurden kürzlich operiert, vor allem am Rücken, Bauch oder an den Hüften.</translation>
    </message>
    <message>
        <source>You have osteoporosis (fragile bones).</source>
        <translation>Sie haben Osteoporose (brüchige Knochen).</translation>
    </message>
    <message>
        <source>You have a diagnosed spine condition, such as a slipped disc or a narrowed spinal canal.</source>
        <translation>Bei Ihnen wurde eine Erkrankung der Wirbelsäule festgestellt, etwa ein Bandscheibenvorfall oder ein verengter Wirbelkanal.</translation>
    </message>
    <message>
        <source>You already have back pain: a professional can tell you which of these exercises suit you.</source>
        <translation>Sie haben bereits Rückenschmerzen: Eine Fachperson kann Ihnen sagen, welche dieser Übungen zu Ihnen passen.</translation>
    </message>
    <message>
        <source>Simple habit to help keep your lower back strong and healthy (Dr. Ben Kim)</source>
        <translation>Eine einfache Gewohnheit für einen starken, gesunden unteren Rücken (Dr. Ben Kim)</translation>
    </message>
    <message>
        <source>Does walking strengthen the lower back? (Simple Strong Facts)</source>
        <translation>Stärkt Gehen den unteren Rücken? (Simple Strong Facts)</translation>
    </message>
    <message>
        <source>How to strengthen lower back health (wikiHow, with trainer Pete Cerqua)</source>
        <translation>Wie man den unteren Rücken stärkt (wikiHow, mit Trainer Pete Cerqua)</translation>
    </message>
    <message>
        <source>How to strengthen the lower back (Synergy Release Sports Chiropractor, Atlanta)</source>
        <translation>Wie man den unteren Rücken stärkt (Synergy Release Sports Chiropractor, Atlanta)</translation>
    </message>
    <message>
        <source>Exercise and lower back pain</source>
        <translation>Bewegung und Schmerzen im unteren Rücken</translation>
    </message>
    <message>
        <source>Check that the floor behind you is clear for a few steps, with your desk or a wall within reach.</source>
        <translation>Prüfen Sie, ob der Boden hinter Ihnen für ein paar Schritte frei ist und Schreibtisch oder Wand in Reichweite sind.</translation>
    </message>
    <message>
        <source>Take four slow steps backwards, pushing the floor away with each foot, then four steps forwards to where you began.</source>
        <translation>Gehen Sie vier langsame Schritte rückwärts und drücken Sie sich mit jedem Fuß vom Boden ab, dann vier Schritte vorwärts zurück zum Start.</translation>
    </message>
    <message>
        <source>Side plank on bent knees</source>
        <translation>Seitstütz auf gebeugten Knien</translation>
    </message>
    <message>
        <source>Lie on your right side, propped on your forearm with the elbow under the shoulder, knees bent behind you.</source>
        <translation>Legen Sie sich auf die rechte Seite, auf den Unterarm gestützt, Ellbogen unter der Schulter, Knie nach hinten gebeugt.</translation>
    </message>
    <message>
        <source>Lift your hips until knees, hips and shoulders make one line, lifting from the waist. Hold.</source>
        <translation>Heben Sie die Hüften aus der Taille, bis Knie, Hüften und Schultern eine Linie bilden. Halten.</translation>
    </message>
    <message>
        <source>Right arm and left leg: reach them out into one long line, hold, then bring them back.</source>
        <translation>Rechter Arm und linkes Bein: Strecken Sie sie zu einer langen Linie, halten Sie, und holen Sie sie zurück.</translation>
    </message>
    <message>
        <source>Now the left arm and right leg the same way.</source>
        <translation>Jetzt linker Arm und rechtes Bein genauso.</translation>
    </message>
    <message>
        <source>Your trunk staying still and level while the arm and leg move, as if a glass of water sat on your back.</source>
        <translation>Ihr Rumpf bleibt ruhig und waagerecht, während Arm und Bein sich bewegen, als stünde ein Glas Wasser auf Ihrem Rücken.</translation>
    </message>
    <message>
        <source>Downward-facing dog</source>
        <translation>Herabschauender Hund</translation>
    </message>
    <message>
        <source>Come onto hands and knees, knees under hips, hands just ahead of your shoulders.</source>
        <translation>Gehen Sie in den Vierfüßlerstand, Knie unter den Hüften, Hände etwas vor den Schultern.</translation>
    </message>
    <message>
        <source>Breathe out, tuck your toes and lift your hips up and back into an upside-down V, arms long and neck relaxed.</source>
        <translation>Atmen Sie aus, stellen Sie die Zehen auf und schieben Sie die Hüften nach oben und hinten zu einem umgekehrten V, Arme lang, Nacken locker.</translation>
    </message>
    <message>
        <source>Stay and breathe slowly. With each breath out, let your heels sink toward the floor. Then lower your knees.</source>
        <translation>Bleiben Sie so und atmen Sie langsam. Lassen Sie mit jedem Ausatmen die Fersen Richtung Boden sinken. Dann legen Sie die Knie ab.</translation>
    </message>
    <message>
        <source>A long stretch along the backs of your legs and your spine.</source>
        <translation>Eine lange Dehnung an der Rückseite der Beine und entlang der Wirbelsäule.</translation>
    </message>
    <message>
        <source>Your weight pressed up and away from your wrists.</source>
        <translation>Ihr Gewicht nach oben und weg von den Handgelenken geschoben.</translation>
    </message>
    <message>
        <source>Don&apos;t lock your knees: bend them a little if your back rounds.</source>
        <translation>Drücken Sie die Knie nicht durch: Beugen Sie sie etwas, wenn sich Ihr Rücken rundet.</translation>
    </message>
    <message>
        <source>Plank on the knees</source>
        <translation>Unterarmstütz auf den Knien</translation>
    </message>
    <message>
        <source>Lie face down, then rise onto your forearms and knees, elbows under shoulders.</source>
        <translation>Legen Sie sich auf den Bauch und stützen Sie sich dann auf Unterarme und Knie, Ellbogen unter den Schultern.</translation>
    </message>
    <message>
        <source>Keep head, shoulders, hips and knees in one straight line and breathe steadily.</source>
        <translation>Halten Sie Kopf, Schultern, Hüften und Knie in einer geraden Linie und atmen Sie gleichmäßig.</translation>
    </message>
    <message>
        <source>Breathe out and lower both knees to one side; breathe in and bring them back to the middle. Next time go to the other side.</source>
        <translation>Atmen Sie aus und legen Sie beide Knie zu einer Seite ab; atmen Sie ein und holen Sie sie zur Mitte zurück. Beim nächsten Mal zur anderen Seite.</translation>
    </message>
    <message>
        <source>Lunge</source>
        <translation>Ausfallschritt</translation>
    </message>
    <message>
        <source>Stand tall, feet hip-width apart, with a stride of clear floor in front of you and your desk within reach.</source>
        <translation>Stehen Sie aufrecht, Füße hüftbreit, mit einem großen Schritt freiem Boden vor sich und dem Schreibtisch in Reichweite.</translation>
    </message>
    <message>
        <source>Right leg: step forward and lower your back knee until the front knee is bent at a right angle above the ankle. Hold, then push back to standing.</source>
        <translation>Rechtes Bein: Machen Sie einen Schritt nach vorn und senken Sie das hintere Knie, bis das vordere Knie über dem Knöchel rechtwinklig gebeugt ist. Halten, dann zurück in den Stand drücken.</translation>
    </message>
    <message>
        <source>Now step forward with the left leg the same way.</source>
        <translation>Jetzt genauso mit dem linken Bein nach vorn.</translation>
    </message>
    <message>
        <source>Your front thigh and buttock doing the work.</source>
        <translation>Vorderer Oberschenkel und Gesäß leisten die Arbeit.</translation>
    </message>
    <message>
        <source>Your body upright in one line from the head to the back knee.</source>
        <translation>Ihr Körper aufrecht in einer Linie vom Kopf bis zum hinteren Knie.</translation>
    </message>
    <message>
        <source>Don&apos;t lean forward over the front leg.</source>
        <translation>Lehnen Sie sich nicht über das vordere Bein.</translation>
    </message>
    <message>
        <source>Don&apos;t let the front knee drift past your toes or fall inward.</source>
        <translation>Lassen Sie das vordere Knie nicht über die Zehen hinaus oder nach innen kippen.</translation>
    </message>
    <message>
        <source>Pelvic tilt</source>
        <translation>Becken kippen</translation>
    </message>
    <message>
        <source>Lie on your back with your knees bent, feet flat on the floor and hip-width apart.</source>
        <translation>Legen Sie sich auf den Rücken, Knie gebeugt, Füße flach auf dem Boden und hüftbreit.</translation>
    </message>
    <message>
        <source>Tighten your lower belly and press the small of your back into the floor. Hold while you breathe, then let go.</source>
        <translation>Spannen Sie den Unterbauch an und drücken Sie den unteren Rücken in den Boden. Halten Sie, während Sie atmen, dann lassen Sie los.</translation>
    </message>
    <message>
        <source>Your lower belly working.</source>
        <translation>Ihr Unterbauch arbeitet.</translation>
    </message>
    <message>
        <source>The small of your back flattening onto the floor.</source>
        <translation>Der untere Rücken legt sich flach auf den Boden.</translation>
    </message>
    <message>
        <source>Don&apos;t push with your legs or lift your hips.</source>
        <translation>Drücken Sie nicht mit den Beinen und heben Sie die Hüften nicht.</translation>
    </message>
    <message>
        <source>Lie face down, then rise onto your forearms and toes, elbows under shoulders.</source>
        <translation>Legen Sie sich auf den Bauch und stützen Sie sich dann auf Unterarme und Zehen, Ellbogen unter den Schultern.</translation>
    </message>
    <message>
        <source>Walk at an easy, steady pace, keeping your belly and buttocks gently working.</source>
        <translation>Gehen Sie in lockerem, gleichmäßigem Tempo und halten Sie Bauch und Gesäß leicht angespannt.</translation>
    </message>
    <message>
        <source>Abs and glutes gently engaged, not clenched.</source>
        <translation>Bauch und Gesäß leicht aktiv, nicht verkrampft.</translation>
    </message>
    <message>
        <source>Head up, eyes ahead.</source>
        <translation>Kopf hoch, Blick nach vorn.</translation>
    </message>
    <message>
        <source>Shoulders relaxed and low.</source>
        <translation>Schultern locker und unten.</translation>
    </message>
    <message>
        <source>Steady, easy breathing.</source>
        <translation>Ruhiges, gleichmäßiges Atmen.</translation>
    </message>
    <message>
        <source>Don&apos;t slouch or lean back.</source>
        <translation>Nicht zusammensacken oder nach hinten lehnen.</translation>
    </message>
    <message>
        <source>Seated pelvic tilt</source>
        <translation>Becken kippen im Sitzen</translation>
    </message>
    <message>
        <source>Sit back in your chair, feet flat and hip-width apart, hands resting on your thighs.</source>
        <translation>Setzen Sie sich nach hinten auf den Stuhl, Füße flach und hüftbreit, Hände auf den Oberschenkeln.</translation>
    </message>
    <message>
        <source>Tighten your lower belly and tip your pelvis back so your lower back presses into the chair. Hold briefly, then release.</source>
        <translation>Spannen Sie den Unterbauch an und kippen Sie das Becken nach hinten, sodass der untere Rücken gegen den Stuhl drückt. Kurz halten, dann lösen.</translation>
    </message>
    <message>
        <source>Your lower belly doing the work.</source>
        <translation>Wie Ihr Unterbauch die Arbeit macht.</translation>
    </message>
    <message>
        <source>The small of your back flattening against the backrest.</source>
        <translation>Wie sich Ihr unterer Rücken flach an die Lehne legt.</translation>
    </message>
    <message>
        <source>Don&apos;t push with your legs.</source>
        <translation>Drücken Sie nicht mit den Beinen.</translation>
    </message>
    <message>
        <source>Seated side bend</source>
        <translation>Seitneigung im Sitzen</translation>
    </message>
    <message>
        <source>Sit upright with your feet flat and comfortably wide apart.</source>
        <translation>Sitzen Sie aufrecht, die Füße flach und bequem weit auseinander.</translation>
    </message>
    <message>
        <source>Grow tall, then lean slowly to the right without slumping. Stay where you feel a mild stretch.</source>
        <translation>Machen Sie sich lang und neigen Sie sich dann langsam nach rechts, ohne einzusacken. Bleiben Sie dort, wo Sie eine leichte Dehnung spüren.</translation>
    </message>
    <message>
        <source>Come back through the middle and lean to the left the same way.</source>
        <translation>Kommen Sie über die Mitte zurück und neigen Sie sich genauso nach links.</translation>
    </message>
    <message>
        <source>A mild stretch along the side of your waist.</source>
        <translation>Eine leichte Dehnung an der Seite der Taille.</translation>
    </message>
    <message>
        <source>Your spine staying long as the side opens.</source>
        <translation>Wie Ihre Wirbelsäule lang bleibt, während sich die Seite öffnet.</translation>
    </message>
    <message>
        <source>Don&apos;t collapse forward or twist.</source>
        <translation>Nicht nach vorn zusammensacken oder verdrehen.</translation>
    </message>
    <message>
        <source>Stop well before any sharp feeling: mild is enough.</source>
        <translation>Hören Sie lange vor einem stechenden Gefühl auf: Leicht genügt.</translation>
    </message>
    <message>
        <source>Side plank</source>
        <translation>Seitstütz</translation>
    </message>
    <message>
        <source>Lie on your right side, propped on your forearm with the elbow under the shoulder, legs stacked.</source>
        <translation>Legen Sie sich auf die rechte Seite, auf den Unterarm gestützt, Ellbogen unter der Schulter, Beine übereinander.</translation>
    </message>
    <message>
        <source>Lift your hips into a straight line, lifting from the waist. Hold.</source>
        <translation>Heben Sie die Hüfte zu einer geraden Linie an, aus der Taille heraus. Halten.</translation>
    </message>
    <message>
        <source>Lift your right knee and hold the shin with your free hand, drawing it gently toward your chest. Hold.</source>
        <translation>Heben Sie das rechte Knie, fassen Sie das Schienbein mit der freien Hand und ziehen Sie es sanft zur Brust. Halten.</translation>
    </message>
    <message>
        <source>Lower it, turn so your other hand rests on the desk, then lift your left knee the same way and hold.</source>
        <translation>Setzen Sie es ab, drehen Sie sich so, dass die andere Hand auf dem Schreibtisch liegt, und heben Sie dann das linke Knie genauso und halten Sie.</translation>
    </message>
    <message>
        <source>Don&apos;t yank the knee: a gentle pull is enough.</source>
        <translation>Reißen Sie nicht am Knie: Ein sanfter Zug genügt.</translation>
    </message>
    <message>
        <source>Lower, turn onto your left side and lift the same way. Hold.</source>
        <translation>Absenken, auf die linke Seite drehen und genauso anheben. Halten.</translation>
    </message>
    <message>
        <source>The side of your waist working.</source>
        <translation>Wie die Seite Ihrer Taille arbeitet.</translation>
    </message>
    <message>
        <source>Don&apos;t push up from the shoulder: lift from the waist.</source>
        <translation>Drücken Sie sich nicht aus der Schulter hoch: Heben Sie aus der Taille.</translation>
    </message>
    <message>
        <source>Don&apos;t let the hips roll forward or sag.</source>
        <translation>Lassen Sie die Hüfte nicht nach vorn kippen oder durchhängen.</translation>
    </message>
    <message>
        <source>Sphinx</source>
        <translation>Sphinx</translation>
    </message>
    <message>
        <source>Lie face down with your legs stretched out behind you.</source>
        <translation>Legen Sie sich auf den Bauch, die Beine nach hinten ausgestreckt.</translation>
    </message>
    <message>
        <source>Rise onto your forearms, elbows under shoulders. Press your hips gently toward the floor and breathe slowly.</source>
        <translation>Stützen Sie sich auf die Unterarme, Ellbogen unter den Schultern. Drücken Sie die Hüfte sanft Richtung Boden und atmen Sie langsam.</translation>
    </message>
    <message>
        <source>Your lower back gently switched on.</source>
        <translation>Wie Ihr unterer Rücken sanft aktiv wird.</translation>
    </message>
    <message>
        <source>Deep breaths in through the nose, out through the mouth.</source>
        <translation>Tief durch die Nase ein- und durch den Mund ausatmen.</translation>
    </message>
    <message>
        <source>Don&apos;t hunch your shoulders up to your ears.</source>
        <translation>Ziehen Sie die Schultern nicht zu den Ohren hoch.</translation>
    </message>
    <message>
        <source>Don&apos;t push into pain.</source>
        <translation>Gehen Sie nicht in den Schmerz hinein.</translation>
    </message>
    <message>
        <source>Standing back extension</source>
        <translation>Rückbeuge im Stehen</translation>
    </message>
    <message>
        <source>Stand tall, feet hip-width apart, hands on your lower back.</source>
        <translation>Stehen Sie aufrecht, Füße hüftbreit, Hände am unteren Rücken.</translation>
    </message>
    <message>
        <source>Ease your hips forward and lift your chest, leaning back only a little. Pause, then come back upright.</source>
        <translation>Schieben Sie die Hüfte sanft nach vorn und heben Sie die Brust, lehnen Sie sich dabei nur wenig zurück. Kurz verharren, dann wieder aufrichten.</translation>
    </message>
    <message>
        <source>Your lower back muscles working gently.</source>
        <translation>Wie Ihre unteren Rückenmuskeln sanft arbeiten.</translation>
    </message>
    <message>
        <source>Your chest opening after sitting.</source>
        <translation>Wie sich Ihre Brust nach dem Sitzen öffnet.</translation>
    </message>
    <message>
        <source>Don&apos;t drop your head back: keep your eyes ahead.</source>
        <translation>Lassen Sie den Kopf nicht nach hinten fallen: Blick nach vorn.</translation>
    </message>
    <message>
        <source>Don&apos;t lean further than feels easy.</source>
        <translation>Lehnen Sie sich nicht weiter zurück, als es leicht fällt.</translation>
    </message>
    <message>
        <source>Standing knee-to-chest</source>
        <translation>Knie zur Brust im Stehen</translation>
    </message>
    <message>
        <source>Stand tall next to your desk with one hand resting on it for balance.</source>
        <translation>Stehen Sie aufrecht neben dem Schreibtisch und stützen Sie eine Hand zum Gleichgewicht darauf.</translation>
    </message>
    <message>
        <source>A gentle pull low in your back and behind the hip.</source>
        <translation>Ein sanfter Zug unten im Rücken und hinter der Hüfte.</translation>
    </message>
    <message>
        <source>Don&apos;t sag on the standing leg; stay tall.</source>
        <translation>Sacken Sie auf dem Standbein nicht ein; bleiben Sie aufrecht.</translation>
    </message>
    <message>
        <source>Superman</source>
        <translation>Superman</translation>
    </message>
    <message>
        <source>Lie face down, legs straight behind you, arms stretched past your head.</source>
        <translation>Legen Sie sich auf den Bauch, Beine gestreckt nach hinten, Arme über den Kopf hinaus gestreckt.</translation>
    </message>
    <message>
        <source>Your back and buttocks working together.</source>
        <translation>Wie Rücken und Gesäß zusammenarbeiten.</translation>
    </message>
    <message>
        <source>Don&apos;t lift high: a few centimetres is plenty.</source>
        <translation>Nicht hoch heben: Ein paar Zentimeter reichen völlig.</translation>
    </message>
    <message>
        <source>Keep your eyes on the floor rather than craning your neck.</source>
        <translation>Schauen Sie zum Boden, statt den Hals zu recken.</translation>
    </message>
    <message>
        <source>The same person stepping backwards, the rear foot pushing the floor away.</source>
        <translation>Dieselbe Person geht rückwärts, der hintere Fuß drückt sich vom Boden ab.</translation>
    </message>
    <message>
        <source>A person standing tall, facing away from the free space behind them.</source>
        <translation>Eine Person steht aufrecht, mit dem Rücken zum freien Platz hinter ihr.</translation>
    </message>
    <message>
        <source>The same person lifting the hips from the knees to the shoulders in one line.</source>
        <translation>Dieselbe Person hebt die Hüfte, Knie bis Schultern in einer Linie.</translation>
    </message>
    <message>
        <source>A person lying on one side, knees bent back, propped on the forearm, the top arm up.</source>
        <translation>Eine Person in Seitenlage, die Knie nach hinten angewinkelt, auf den Unterarm gestützt, der obere Arm nach oben gestreckt.</translation>
    </message>
    <message>
        <source>The same person reaching one arm forward and the opposite leg back in one line.</source>
        <translation>Dieselbe Person streckt einen Arm nach vorn und das gegenüberliegende Bein nach hinten, in einer Linie.</translation>
    </message>
    <message>
        <source>A person on hands and knees, back flat.</source>
        <translation>Eine Person im Vierfüßlerstand, der Rücken gerade.</translation>
    </message>
    <message>
        <source>The same person with the hips lifted, knees, hips and shoulders in one line.</source>
        <translation>Dieselbe Person mit angehobener Hüfte, Knie, Hüfte und Schultern in einer Linie.</translation>
    </message>
    <message>
        <source>A person lying on their back, knees bent and feet flat on the floor.</source>
        <translation>Eine Person in Rückenlage, die Knie angewinkelt, die Füße flach auf dem Boden.</translation>
    </message>
    <message>
        <source>The same person folded forward over the thighs, arms reaching long in front.</source>
        <translation>Dieselbe Person über die Oberschenkel nach vorn gebeugt, die Arme lang nach vorn gestreckt.</translation>
    </message>
    <message>
        <source>A person kneeling, sitting back on the heels, back upright.</source>
        <translation>Eine Person kniet und sitzt auf den Fersen, der Rücken aufrecht.</translation>
    </message>
    <message>
        <source>The same person with hips high and arms and legs straight, an upside-down V.</source>
        <translation>Dieselbe Person mit hoher Hüfte und gestreckten Armen und Beinen, wie ein umgedrehtes V.</translation>
    </message>
    <message>
        <source>A person on hands and knees, knees under the hips.</source>
        <translation>Eine Person im Vierfüßlerstand, die Knie unter der Hüfte.</translation>
    </message>
    <message>
        <source>The same person drawing the lower belly in, an arrow pointing inward.</source>
        <translation>Dieselbe Person zieht den Unterbauch ein, ein Pfeil zeigt nach innen.</translation>
    </message>
    <message>
        <source>A person sitting tall on a chair, belly relaxed.</source>
        <translation>Eine Person sitzt aufrecht auf einem Stuhl, der Bauch entspannt.</translation>
    </message>
    <message>
        <source>The same person squeezing the buttocks, which are highlighted.</source>
        <translation>Dieselbe Person spannt das Gesäß an, das hervorgehoben ist.</translation>
    </message>
    <message>
        <source>A person standing tall beside a desk, feet hip-width apart.</source>
        <translation>Eine Person steht aufrecht neben einem Schreibtisch, die Füße hüftbreit auseinander.</translation>
    </message>
    <message>
        <source>The same person tucking the tailbone under, the front of the back hip highlighted.</source>
        <translation>Dieselbe Person zieht das Steißbein ein, die Vorderseite der hinteren Hüfte hervorgehoben.</translation>
    </message>
    <message>
        <source>A person in a short split stance, one hand on a desk, one foot back.</source>
        <translation>Eine Person in kurzer Schrittstellung, eine Hand auf dem Schreibtisch, ein Fuß hinten.</translation>
    </message>
    <message>
        <source>The same person drawing one knee toward the chest, a hand on the shin.</source>
        <translation>Dieselbe Person zieht ein Knie zur Brust, eine Hand am Schienbein.</translation>
    </message>
    <message>
        <source>The same person a stride later, the other foot in front.</source>
        <translation>Dieselbe Person einen Schritt später, der andere Fuß vorn.</translation>
    </message>
    <message>
        <source>A person walking tall, head up, one foot in front.</source>
        <translation>Eine Person geht aufrecht, den Kopf oben, ein Fuß vorn.</translation>
    </message>
    <message>
        <source>The same person on forearms and knees, head, shoulders, hips and knees in one line.</source>
        <translation>Dieselbe Person auf Unterarmen und Knien, Kopf, Schultern, Hüfte und Knie in einer Linie.</translation>
    </message>
    <message>
        <source>Lift one arm and the opposite leg a few centimetres, then lower them. Next time lift the other arm and leg.</source>
        <translation>Heben Sie einen Arm und das gegenüberliegende Bein ein paar Zentimeter an und senken Sie sie wieder. Beim nächsten Mal den anderen Arm und das andere Bein.</translation>
    </message>
    <message>
        <source>right arm and left leg</source>
        <translation>rechter Arm und linkes Bein</translation>
    </message>
    <message>
        <source>left arm and right leg</source>
        <translation>linker Arm und rechtes Bein</translation>
    </message>
    <message>
        <source>The same person letting the belly sink and the chest lift.</source>
        <translation>Dieselbe Person lässt den Bauch sinken und hebt die Brust.</translation>
    </message>
    <message>
        <source>A person on hands and knees, the back rounded up, tailbone and chin tucked.</source>
        <translation>Eine Person im Vierfüßlerstand, der Rücken rund nach oben, Steißbein und Kinn eingezogen.</translation>
    </message>
    <message>
        <source>A person lying face down, propped on the forearms, knees on the floor.</source>
        <translation>Eine Person in Bauchlage, auf die Unterarme gestützt, die Knie auf dem Boden.</translation>
    </message>
    <message>
        <source>Seen from above: the same person with both knees lowered to one side, shoulders down.</source>
        <translation>Von oben gesehen: dieselbe Person mit beiden Knien zu einer Seite gesenkt, die Schultern am Boden.</translation>
    </message>
    <message>
        <source>Seen from above: a person lying on their back on a mat, arms out in a T, knees drawn up.</source>
        <translation>Von oben gesehen: eine Person in Rückenlage auf einer Matte, die Arme wie ein T ausgestreckt, die Knie angezogen.</translation>
    </message>
    <message>
        <source>A person lying on their back with the legs relaxed.</source>
        <translation>Eine Person in Rückenlage, die Beine entspannt.</translation>
    </message>
    <message>
        <source>The same person in a lunge: front knee over the ankle, back knee lowered, trunk upright.</source>
        <translation>Dieselbe Person im Ausfallschritt: vorderes Knie über dem Knöchel, hinteres Knie abgesenkt, Oberkörper aufrecht.</translation>
    </message>
    <message>
        <source>A person standing tall with feet hip-width apart and space in front.</source>
        <translation>Eine Person steht aufrecht, die Füße hüftbreit auseinander, mit Platz nach vorn.</translation>
    </message>
    <message>
        <source>The same person pressing the lower back into the floor by tipping the pelvis.</source>
        <translation>Dieselbe Person drückt den unteren Rücken in den Boden, indem sie das Becken kippt.</translation>
    </message>
    <message>
        <source>A person lying on their back, knees bent, a small gap under the lower back.</source>
        <translation>Eine Person in Rückenlage, die Knie angewinkelt, eine kleine Lücke unter dem unteren Rücken.</translation>
    </message>
    <message>
        <source>The same person on forearms and toes, head, shoulders and hips in one straight line.</source>
        <translation>Dieselbe Person auf Unterarmen und Zehen, Kopf, Schultern und Hüfte in einer geraden Linie.</translation>
    </message>
    <message>
        <source>A person lying face down, propped on the forearms, elbows under the shoulders.</source>
        <translation>Eine Person in Bauchlage, auf die Unterarme gestützt, die Ellbogen unter den Schultern.</translation>
    </message>
    <message>
        <source>The same person tipping the pelvis back, the lower back pressed into the chair.</source>
        <translation>Dieselbe Person kippt das Becken nach hinten, der untere Rücken an die Lehne gedrückt.</translation>
    </message>
    <message>
        <source>A person sitting on a chair, the pelvis tipped forward and a gap behind the lower back.</source>
        <translation>Eine Person sitzt auf einem Stuhl, das Becken nach vorn gekippt, eine Lücke hinter dem unteren Rücken.</translation>
    </message>
    <message>
        <source>The same person leaning to one side, the side of the waist highlighted.</source>
        <translation>Dieselbe Person neigt sich zur Seite, die Taillenseite hervorgehoben.</translation>
    </message>
    <message>
        <source>A person seen from the front, sitting upright with feet wide apart.</source>
        <translation>Eine Person von vorn gesehen, aufrecht sitzend, die Füße weit auseinander.</translation>
    </message>
    <message>
        <source>The same person with the hips lifted, body in one straight line from feet to head.</source>
        <translation>Dieselbe Person mit angehobener Hüfte, der Körper von den Füßen bis zum Kopf in einer geraden Linie.</translation>
    </message>
    <message>
        <source>A person lying on one side, propped on the forearm under the shoulder, the top arm up.</source>
        <translation>Eine Person in Seitenlage, auf den Unterarm unter der Schulter gestützt, der obere Arm nach oben gestreckt.</translation>
    </message>
    <message>
        <source>The same person resting on the forearms, elbows under the shoulders, chest lifted.</source>
        <translation>Dieselbe Person auf die Unterarme gestützt, die Ellbogen unter den Schultern, die Brust angehoben.</translation>
    </message>
    <message>
        <source>A person lying face down, legs stretched out behind.</source>
        <translation>Eine Person in Bauchlage, die Beine nach hinten ausgestreckt.</translation>
    </message>
    <message>
        <source>The same person easing the hips forward and leaning back a little.</source>
        <translation>Dieselbe Person schiebt die Hüfte leicht nach vorn und lehnt sich ein wenig zurück.</translation>
    </message>
    <message>
        <source>A person standing tall with both hands on the lower back.</source>
        <translation>Eine Person steht aufrecht, beide Hände am unteren Rücken.</translation>
    </message>
    <message>
        <source>The same person holding one knee up toward the chest with the other hand.</source>
        <translation>Dieselbe Person hält mit der anderen Hand ein Knie zur Brust hoch.</translation>
    </message>
    <message>
        <source>A person standing tall next to a desk, one hand resting on it for balance.</source>
        <translation>Eine Person steht aufrecht neben einem Schreibtisch, eine Hand liegt zum Halt darauf.</translation>
    </message>
    <message>
        <source>The same person lifting one arm and the opposite leg a few centimetres.</source>
        <translation>Dieselbe Person hebt einen Arm und das gegenüberliegende Bein ein paar Zentimeter an.</translation>
    </message>
    <message>
        <source>A person lying face down, arms stretched past the head.</source>
        <translation>Eine Person in Bauchlage, die Arme über den Kopf hinaus gestreckt.</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>See a doctor now, and do not exercise, if you have:</source>
        <translation>Gehen Sie jetzt zu einer Ärztin oder einem Arzt, statt zu üben, wenn Sie Folgendes haben:</translation>
    </message>
    <message>
        <source>Ask a doctor or physiotherapist before these exercises if:</source>
        <translation>Fragen Sie vor diesen Übungen eine Ärztin, einen Arzt oder Ihre Physiotherapie, wenn:</translation>
    </message>
    <message>
        <source>Whenever you exercise:</source>
        <translation>Bei jeder Übung:</translation>
    </message>
    <message>
        <source>Before you exercise — backbreak</source>
        <translation>Bevor Sie üben — backbreak</translation>
    </message>
    <message>
        <source>Tick what applies to you: backbreak then swaps in a gentler exercise or leaves that one out.</source>
        <translation>Kreuzen Sie an, was auf Sie zutrifft: backbreak setzt dann eine schonendere Übung ein oder lässt die Übung weg.</translation>
    </message>
    <message>
        <source>Keep these ticks</source>
        <translation>Diese Häkchen übernehmen</translation>
    </message>
    <message>
        <source>What you ticked</source>
        <translation>Was Sie angekreuzt haben</translation>
    </message>
    <message>
        <source>Open the safety screen…</source>
        <translation>Sicherheitsfenster öffnen…</translation>
    </message>
    <message>
        <source>When to see a doctor, who should ask first, and the exercises to leave out</source>
        <translation>Wann Sie zum Arzt gehen sollten, wer vorher fragen sollte und welche Übungen wegfallen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Alternate stretches and walks</source>
        <translation>Dehnen und Gehen abwechselnd</translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation>Dehnübungen</translation>
    </message>
    <message>
        <source>Walks</source>
        <translation>Spaziergänge</translation>
    </message>
    <message>
        <source>Automatic (follows your progress)</source>
        <translation>Automatisch (folgt Ihrem Fortschritt)</translation>
    </message>
    <message>
        <source>Gentle</source>
        <translation>Sanft</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Kräftig</translation>
    </message>
    <message>
        <source>Settings — backbreak</source>
        <translation>Einstellungen – backbreak</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>Breaks, working hours, routines and general settings</source>
        <translation>Pausen, Arbeitszeit, Übungsfolgen und allgemeine Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Breaks</source>
        <translation>&amp;Pausen</translation>
    </message>
    <message>
        <source>Working &amp;hours</source>
        <translation>Arbeits&amp;zeit</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>Übungs&amp;folgen</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>All&amp;gemein</translation>
    </message>
    <message>
        <source>Problem with the settings</source>
        <translation>Problem mit den Einstellungen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Use these settings and close</source>
        <translation>Diese Einstellungen übernehmen und schließen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Use these settings now and keep the dialog open</source>
        <translation>Diese Einstellungen jetzt übernehmen, Dialog bleibt offen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close without changing anything not yet applied</source>
        <translation>Schließen, ohne noch nicht Angewendetes zu ändern</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>Put the default value in every field; nothing changes until you apply</source>
        <translation>Jedes Feld auf den Standardwert setzen; nichts ändert sich, bevor Sie anwenden</translation>
    </message>
    <message>
        <source>Interval between breaks</source>
        <translation>Intervall zwischen Pausen</translation>
    </message>
    <message>
        <source>Minutes of sitting before you are asked to get up</source>
        <translation>Minuten im Sitzen, bevor Sie zum Aufstehen aufgefordert werden</translation>
    </message>
    <message>
        <source>Time away that counts as a break</source>
        <translation>Abwesenheit, die als Pause zählt</translation>
    </message>
    <message>
        <source>Minutes away from the computer after which the break counts as taken</source>
        <translation>Minuten fern vom Computer, nach denen die Pause als gemacht gilt</translation>
    </message>
    <message>
        <source>Walk after standing</source>
        <translation>Spaziergang nach dem Stehen</translation>
    </message>
    <message>
        <source>Minutes of standing at your desk after which a short walk is suggested</source>
        <translation>Minuten Stehen am Schreibtisch, nach denen ein kurzer Spaziergang vorgeschlagen wird</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Notice ahead of a break</source>
        <translation>Vorwarnung vor einer Pause</translation>
    </message>
    <message>
        <source>Seconds of warning before a break is due</source>
        <translation>Sekunden Vorwarnung, bevor eine Pause fällig ist</translation>
    </message>
    <message>
        <source>Snooze length</source>
        <translation>Aufschubdauer</translation>
    </message>
    <message>
        <source>Minutes a snoozed break waits</source>
        <translation>Minuten, die eine aufgeschobene Pause wartet</translation>
    </message>
    <message>
        <source>No snoozing</source>
        <translation>Kein Aufschieben</translation>
    </message>
    <message>
        <source>Snoozes per break</source>
        <translation>Aufschübe je Pause</translation>
    </message>
    <message>
        <source>How many times one break can be put off</source>
        <translation>Wie oft eine Pause aufgeschoben werden kann</translation>
    </message>
    <message>
        <source>Hold breaks during &amp;calls (camera or microphone in use)</source>
        <translation>Pausen während &amp;Anrufen zurückhalten (Kamera oder Mikrofon in Benutzung)</translation>
    </message>
    <message>
        <source>Hold breaks during calls</source>
        <translation>Pausen während Anrufen zurückhalten</translation>
    </message>
    <message>
        <source>A due break waits while another application uses the camera or the microphone</source>
        <translation>Eine fällige Pause wartet, solange eine andere Anwendung Kamera oder Mikrofon nutzt</translation>
    </message>
    <message>
        <source>Do not wait</source>
        <translation>Nicht warten</translation>
    </message>
    <message>
        <source>Wait for a pause in typing</source>
        <translation>Auf eine Tipppause warten</translation>
    </message>
    <message>
        <source>Seconds without typing or moving the mouse before a due break is shown</source>
        <translation>Sekunden ohne Tippen oder Mausbewegung, bevor eine fällige Pause erscheint</translation>
    </message>
    <message>
        <source>Longest wait for a pause</source>
        <translation>Längstes Warten auf eine Tipppause</translation>
    </message>
    <message>
        <source>After this many seconds the break is shown even while you type</source>
        <translation>Nach so vielen Sekunden erscheint die Pause auch während des Tippens</translation>
    </message>
    <message>
        <source>&amp;Interval between breaks:</source>
        <translation>&amp;Intervall zwischen Pausen:</translation>
    </message>
    <message>
        <source>Time &amp;away that counts as a break:</source>
        <translation>A&amp;bwesenheit, die als Pause zählt:</translation>
    </message>
    <message>
        <source>Suggest a walk after stan&amp;ding:</source>
        <translation>Nach dem &amp;Stehen einen Spaziergang vorschlagen:</translation>
    </message>
    <message>
        <source>&amp;Notice ahead of a break:</source>
        <translation>&amp;Vorwarnung vor einer Pause:</translation>
    </message>
    <message>
        <source>&amp;Snooze length:</source>
        <translation>&amp;Aufschubdauer:</translation>
    </message>
    <message>
        <source>Snoozes &amp;per break:</source>
        <translation>Aufschübe &amp;je Pause:</translation>
    </message>
    <message>
        <source>Wait for a pause in &amp;typing:</source>
        <translation>Auf eine &amp;Tipppause warten:</translation>
    </message>
    <message>
        <source>Longest &amp;wait for a pause:</source>
        <translation>Längstes &amp;Warten auf eine Tipppause:</translation>
    </message>
    <message>
        <source>Reduce m&amp;otion: show exercises as still pictures</source>
        <translation>&amp;Bewegung reduzieren: Übungen als Standbilder zeigen</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>Bewegung reduzieren</translation>
    </message>
    <message>
        <source>Show each exercise&apos;s start and end pose side by side instead of moving (also when the desktop asks for reduced motion)</source>
        <translation>Anfangs- und Endhaltung jeder Übung nebeneinander zeigen statt als Bewegung (auch wenn der Desktop reduzierte Bewegung verlangt)</translation>
    </message>
    <message>
        <source>Remind only &amp;during working hours</source>
        <translation>Nur &amp;während der Arbeitszeit erinnern</translation>
    </message>
    <message>
        <source>Remind only during working hours</source>
        <translation>Nur während der Arbeitszeit erinnern</translation>
    </message>
    <message>
        <source>When off, reminders come at any hour on any day</source>
        <translation>Wenn aus, kommen Erinnerungen zu jeder Uhrzeit an jedem Tag</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>Beginn der Arbeitszeit</translation>
    </message>
    <message>
        <source>Time of day the first reminder can come</source>
        <translation>Uhrzeit, ab der die erste Erinnerung kommen kann</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>Ende der Arbeitszeit</translation>
    </message>
    <message>
        <source>Remind on this day during working hours</source>
        <translation>An diesem Tag während der Arbeitszeit erinnern</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>Wor&amp;king days:</source>
        <translation>Arbeits&amp;tage:</translation>
    </message>
    <message>
        <source>Once a day, with the first stretch</source>
        <translation>Einmal am Tag, bei der ersten Dehnübung</translation>
    </message>
    <message>
        <source>With every stretch</source>
        <translation>Bei jeder Dehnübung</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Kind of break</source>
        <translation>Art der Pause</translation>
    </message>
    <message>
        <source>What a scheduled break offers: stretches, walks or both</source>
        <translation>Was eine geplante Pause anbietet: Dehnübungen, Spaziergänge oder beides</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>How demanding the stretches are</source>
        <translation>Wie anspruchsvoll die Dehnübungen sind</translation>
    </message>
    <message>
        <source>Walk length</source>
        <translation>Dauer des Spaziergangs</translation>
    </message>
    <message>
        <source>Minutes a walking break lasts</source>
        <translation>Minuten, die eine Gehpause dauert</translation>
    </message>
    <message>
        <source>Pain check-in</source>
        <translation>Schmerzabfrage</translation>
    </message>
    <message>
        <source>When a guided stretch asks how your back is, before and after; the answers adapt the routines</source>
        <translation>Wann eine geführte Dehnübung vorher und nachher fragt, wie es Ihrem Rücken geht; die Antworten passen die Übungsfolgen an</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>Kein Ziel</translation>
    </message>
    <message>
        <source>Daily walking goal</source>
        <translation>Tägliches Gehziel</translation>
    </message>
    <message>
        <source>Minutes of walking a day counts toward its goal</source>
        <translation>Minuten Gehen, die ein Tag für sein Ziel braucht</translation>
    </message>
    <message>
        <source>&amp;Kind of break:</source>
        <translation>&amp;Art der Pause:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <source>&amp;Walk length:</source>
        <translation>&amp;Dauer des Spaziergangs:</translation>
    </message>
    <message>
        <source>&amp;Pain check-in:</source>
        <translation>Sch&amp;merzabfrage:</translation>
    </message>
    <message>
        <source>Daily walking go&amp;al:</source>
        <translation>Tägliches Gehzie&amp;l:</translation>
    </message>
    <message>
        <source>Sa&amp;fety:</source>
        <translation>Si&amp;cherheit:</translation>
    </message>
    <message>
        <source>Show &amp;notifications</source>
        <translation>Be&amp;nachrichtigungen anzeigen</translation>
    </message>
    <message>
        <source>Show notifications</source>
        <translation>Benachrichtigungen anzeigen</translation>
    </message>
    <message>
        <source>Announce breaks with a desktop notification</source>
        <translation>Pausen mit einer Desktop-Benachrichtigung ankündigen</translation>
    </message>
    <message>
        <source>Play a &amp;sound with reminders</source>
        <translation>&amp;Ton bei Erinnerungen abspielen</translation>
    </message>
    <message>
        <source>Play a sound with reminders</source>
        <translation>Ton bei Erinnerungen abspielen</translation>
    </message>
    <message>
        <source>Play a short sound when a break is due</source>
        <translation>Einen kurzen Ton abspielen, wenn eine Pause fällig ist</translation>
    </message>
    <message>
        <source>Hold reminders while &amp;do not disturb is on</source>
        <translation>Erinnerungen bei „Nicht stören“ zurück&amp;halten</translation>
    </message>
    <message>
        <source>Hold reminders while do not disturb is on</source>
        <translation>Erinnerungen bei „Nicht stören“ zurückhalten</translation>
    </message>
    <message>
        <source>Wait until the desktop&apos;s do-not-disturb mode ends</source>
        <translation>Warten, bis der „Nicht stören“-Modus des Desktops endet</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Language of backbreak&apos;s windows and messages</source>
        <translation>Sprache der Fenster und Meldungen von backbreak</translation>
    </message>
    <message>
        <source>Start at log&amp;in</source>
        <translation>Beim Anmelden &amp;starten</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Beim Anmelden starten</translation>
    </message>
    <message>
        <source>Start backbreak when you log in to the desktop</source>
        <translation>backbreak starten, wenn Sie sich am Desktop anmelden</translation>
    </message>
    <message>
        <source>&amp;Monochrome tray icon</source>
        <translation>&amp;Einfarbiges Symbol im Systembereich</translation>
    </message>
    <message>
        <source>Monochrome tray icon</source>
        <translation>Einfarbiges Symbol im Systembereich</translation>
    </message>
    <message>
        <source>Draw the tray icon in one colour, like the panel&apos;s own icons</source>
        <translation>Das Symbol in einer Farbe zeichnen, wie die übrigen Symbole der Leiste</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>Working hours: the end must be later than the start.</source>
        <translation>Arbeitszeit: Das Ende muss nach dem Beginn liegen.</translation>
    </message>
    <message>
        <source>Time of day reminders stop; must be after the start</source>
        <translation>Uhrzeit, ab der keine Erinnerungen mehr kommen; muss nach dem Beginn liegen</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Stretch now</source>
        <translation>Jetzt dehnen</translation>
    </message>
    <message>
        <source>Take a walk</source>
        <translation>Spazieren gehen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Pause for 30 minutes</source>
        <translation>30 Minuten pausieren</translation>
    </message>
    <message>
        <source>Pause for 1 hour</source>
        <translation>1 Stunde pausieren</translation>
    </message>
    <message>
        <source>Show break prompt</source>
        <translation>Pausenerinnerung zeigen</translation>
    </message>
    <message>
        <source>Show stretch</source>
        <translation>Dehnübung zeigen</translation>
    </message>
    <message>
        <source>Show walk</source>
        <translation>Spaziergang zeigen</translation>
    </message>
    <message>
        <source>Start a routine</source>
        <translation>Übungsfolge starten</translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n minute(s)</source>
        <translation>
            <numerusform>In %n Minute erinnern</numerusform>
            <numerusform>In %n Minuten erinnern</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause for 2 hours</source>
        <translation>2 Stunden pausieren</translation>
    </message>
    <message>
        <source>Pause until tomorrow morning</source>
        <translation>Bis morgen früh pausieren</translation>
    </message>
    <message>
        <source>Pause indefinitely</source>
        <translation>Unbegrenzt pausieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>I&apos;m standing</source>
        <translation>Ich stehe</translation>
    </message>
    <message>
        <source>I&apos;m sitting</source>
        <translation>Ich sitze</translation>
    </message>
    <message>
        <source>Weekly history…</source>
        <translation>Wochenverlauf…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>Pausiert bis %1</translation>
    </message>
    <message>
        <source>Break time</source>
        <translation>Pausenzeit</translation>
    </message>
    <message>
        <source>Break waiting until do-not-disturb ends</source>
        <translation>Pause wartet, bis „Nicht stören“ endet</translation>
    </message>
    <message>
        <source>Break waiting until your call ends</source>
        <translation>Pause wartet, bis Ihr Anruf endet</translation>
    </message>
    <message>
        <source>No break scheduled</source>
        <translation>Keine Pause geplant</translation>
    </message>
    <message>
        <source>Outside working hours; next break %1</source>
        <translation>Außerhalb der Arbeitszeit; nächste Pause %1</translation>
    </message>
    <message>
        <source>Snoozed; next break at %1</source>
        <translation>Aufgeschoben; nächste Pause um %1</translation>
    </message>
    <message numerus="yes">
        <source>Next break at %1 (in %n min)</source>
        <translation>
            <numerusform>Nächste Pause um %1 (in %n Min.)</numerusform>
            <numerusform>Nächste Pause um %1 (in %n Min.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Standing; a walk is suggested at %1 (in %n min)</source>
        <translation>
            <numerusform>Im Stehen; Spaziergang empfohlen um %1 (in %n Min.)</numerusform>
            <numerusform>Im Stehen; Spaziergang empfohlen um %1 (in %n Min.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WalkCard</name>
    <message>
        <source>backbreak: walk</source>
        <translation>backbreak: Spaziergang</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>Spaziergang</translation>
    </message>
    <message>
        <source>Time walked</source>
        <translation>Gegangene Zeit</translation>
    </message>
    <message numerus="yes">
        <source>Walk for %n minute(s).</source>
        <translation>
            <numerusform>Gehen Sie %n Minute.</numerusform>
            <numerusform>Gehen Sie %n Minuten.</numerusform>
        </translation>
    </message>
    <message>
        <source>I&apos;m back</source>
        <translation>Bin zurück</translation>
    </message>
    <message>
        <source>End the walk and record it</source>
        <translation>Spaziergang beenden und eintragen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Cancel the walk (Esc)</source>
        <translation>Spaziergang abbrechen (Esc)</translation>
    </message>
</context>
<context>
    <name>WeeklyWindow</name>
    <message>
        <source>Trend of the last weeks</source>
        <translation>Entwicklung der letzten Wochen</translation>
    </message>
    <message>
        <source>(%1 %)</source>
        <translation>(%1 %)</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message numerus="yes">
        <source>%n natural break(s)</source>
        <translation>
            <numerusform>%n natürliche Pause</numerusform>
            <numerusform>%n natürliche Pausen</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved: %1</source>
        <translation>Bewegt: %1</translation>
    </message>
    <message>
        <source>Longest sitting: %1</source>
        <translation>Längstes Sitzen: %1</translation>
    </message>
    <message>
        <source>Skipped %1, snoozed %2, unanswered %3</source>
        <translation>Übersprungen %1, aufgeschoben %2, unbeantwortet %3</translation>
    </message>
    <message>
        <source>Daily goal met</source>
        <translation>Tagesziel erreicht</translation>
    </message>
    <message>
        <source>Daily goal not met</source>
        <translation>Tagesziel nicht erreicht</translation>
    </message>
    <message>
        <source>Breaks per day</source>
        <translation>Pausen pro Tag</translation>
    </message>
    <message>
        <source>Bar chart of breaks due, breaks taken and natural breaks per day. Left and right arrow keys select a day; its breaks are listed below.</source>
        <translation>Balkendiagramm der fälligen, gemachten und natürlichen Pausen pro Tag. Mit den Pfeiltasten links und rechts wählen Sie einen Tag; seine Pausen stehen darunter.</translation>
    </message>
    <message>
        <source>still to come</source>
        <translation>steht noch bevor</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Bewegt</translation>
    </message>
    <message>
        <source>Longest sitting</source>
        <translation>Längstes Sitzen</translation>
    </message>
    <message>
        <source>Goal met</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message numerus="yes">
        <source>%n break(s) due</source>
        <translation>
            <numerusform>%n Pause fällig</numerusform>
            <numerusform>%n Pausen fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n break(s) taken</source>
        <translation>
            <numerusform>%n Pause gemacht</numerusform>
            <numerusform>%n Pausen gemacht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n reminder(s) answered</source>
        <translation>
            <numerusform>%1: %2 von %n Erinnerung beantwortet</numerusform>
            <numerusform>%1: %2 von %n Erinnerungen beantwortet</numerusform>
        </translation>
    </message>
    <message>
        <source>Back pain before</source>
        <translation>Rückenschmerz vorher</translation>
    </message>
    <message>
        <source>Back pain after</source>
        <translation>Rückenschmerz nachher</translation>
    </message>
    <message>
        <source>No reminders were due</source>
        <translation>Keine Erinnerungen fällig</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n reminder(s) answered</source>
        <translation>
            <numerusform>%1 von %n Erinnerung beantwortet</numerusform>
            <numerusform>%1 von %n Erinnerungen beantwortet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extra break(s)</source>
        <translation>
            <numerusform>%n zusätzliche Pause</numerusform>
            <numerusform>%n zusätzliche Pausen</numerusform>
        </translation>
    </message>
    <message>
        <source>Sitting %1, standing %2</source>
        <translation>Sitzen %1, Stehen %2</translation>
    </message>
    <message>
        <source>Back pain (0 to 10): %1 before, %2 after</source>
        <translation>Rückenschmerz (0 bis 10): %1 vorher, %2 nachher</translation>
    </message>
    <message>
        <source>Reminders answered against reminders due per week. Left and right arrow keys show the week before or after.</source>
        <translation>Beantwortete gegenüber fälligen Erinnerungen pro Woche. Die Pfeiltasten links und rechts zeigen die Woche davor oder danach.</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Sitzen</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Stehen</translation>
    </message>
    <message numerus="yes">
        <source>%n natural break(s): you got up on your own</source>
        <translation>
            <numerusform>%n natürliche Pause: Sie sind von selbst aufgestanden</numerusform>
            <numerusform>%n natürliche Pausen: Sie sind von selbst aufgestanden</numerusform>
        </translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Gemacht</translation>
    </message>
    <message>
        <source>Natural breaks</source>
        <translation>Natürliche Pausen</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Dehnen</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>Spaziergang</translation>
    </message>
    <message>
        <source>Natural break</source>
        <translation>Natürliche Pause</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Teilweise erledigt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Aufgeschoben</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Unbeantwortet</translation>
    </message>
    <message>
        <source>Got up on my own</source>
        <translation>Von selbst aufgestanden</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>Tray menu</source>
        <translation>Tray-Menü</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>Away from the desk</source>
        <translation>Nicht am Schreibtisch</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%1 of %n step(s))</source>
        <translation>
            <numerusform>(%1 von %n Schritt)</numerusform>
            <numerusform>(%1 von %n Schritten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly history — backbreak</source>
        <translation>Wochenverlauf – backbreak</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Vorherige Woche</translation>
    </message>
    <message>
        <source>Show the week before</source>
        <translation>Die Woche davor anzeigen</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>&amp;Diese Woche</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Go back to the current week</source>
        <translation>Zur aktuellen Woche zurückkehren</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>Show the week after</source>
        <translation>Die Woche danach anzeigen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>Save the whole break history as a CSV or JSON file</source>
        <translation>Den gesamten Pausenverlauf als CSV- oder JSON-Datei speichern</translation>
    </message>
    <message>
        <source>Week shown</source>
        <translation>Angezeigte Woche</translation>
    </message>
    <message>
        <source>Reminders answered this week</source>
        <translation>Diese Woche beantwortete Erinnerungen</translation>
    </message>
    <message>
        <source>Minutes moved this week</source>
        <translation>Bewegte Minuten diese Woche</translation>
    </message>
    <message>
        <source>Days the daily goal was met</source>
        <translation>Tage mit erreichtem Tagesziel</translation>
    </message>
    <message>
        <source>Running streak</source>
        <translation>Aktuelle Serie</translation>
    </message>
    <message numerus="yes">
        <source>Last %n week(s)</source>
        <translation>
            <numerusform>Letzte %n Woche</numerusform>
            <numerusform>Letzte %n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Ausgelöst durch</translation>
    </message>
    <message>
        <source>Breaks on the selected day</source>
        <translation>Pausen am gewählten Tag</translation>
    </message>
    <message>
        <source>Every prompt and natural break of the day selected in the chart</source>
        <translation>Jede Erinnerung und natürliche Pause des im Diagramm gewählten Tages</translation>
    </message>
    <message>
        <source>Week %1: %2</source>
        <translation>Woche %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Daily goal met on %n day(s)</source>
        <translation>
            <numerusform>Tagesziel an %n Tag erreicht</numerusform>
            <numerusform>Tagesziel an %n Tagen erreicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n day(s) in a row</source>
        <translation>
            <numerusform>Serie: %n Tag in Folge</numerusform>
            <numerusform>Serie: %n Tage in Folge</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was recorded in this week.</source>
        <translation>In dieser Woche wurde nichts aufgezeichnet.</translation>
    </message>
    <message>
        <source>Welcome! Your week will fill in here.

When backbreak asks you to stand up, each stretch or walk you take shows up as a bar for the day, with the minutes you moved.</source>
        <translation>Willkommen! Hier füllt sich Ihre Woche.

Wenn backbreak Sie zum Aufstehen auffordert, erscheint jede Dehnübung und jeder Spaziergang als Balken für den Tag, mit den Minuten, die Sie sich bewegt haben.</translation>
    </message>
    <message>
        <source>No breaks yet this week. The first one will show up here.</source>
        <translation>Diese Woche noch keine Pausen. Die erste erscheint hier.</translation>
    </message>
    <message>
        <source>No breaks on this day.</source>
        <translation>Keine Pausen an diesem Tag.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export break history</source>
        <translation>Pausenverlauf exportieren</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome to backbreak</source>
        <translation>Willkommen bei backbreak</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
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
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>backbreak lives in the system tray. After %1 of sitting it asks you to stand up for a short guided stretch or a walk. Time away from the keyboard counts as a break.</source>
        <translation>backbreak wohnt im Systembereich der Kontrollleiste. Nach %1 Sitzen fordert es Sie auf, für eine kurze geführte Dehnübung oder einen Spaziergang aufzustehen. Zeit fern von der Tastatur zählt als Pause.</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <source>Safety note</source>
        <translation>Sicherheitshinweis</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message numerus="yes">
        <source>You have been sitting for %n minute(s), through a call.</source>
        <translation>
            <numerusform>Sie sitzen seit %n Minute, während eines Anrufs.</numerusform>
            <numerusform>Sie sitzen seit %n Minuten, während eines Anrufs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have been sitting for %n second(s).</source>
        <translation>
            <numerusform>Sie sitzen seit %n Sekunde.</numerusform>
            <numerusform>Sie sitzen seit %n Sekunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have been sitting for %n minute(s).</source>
        <translation>
            <numerusform>Sie sitzen seit %n Minute.</numerusform>
            <numerusform>Sie sitzen seit %n Minuten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have been standing for %n minute(s). Standing still is not moving: a short walk gets your back and legs going.</source>
        <translation>
            <numerusform>Sie stehen seit %n Minute. Stillstehen ist keine Bewegung: Ein kurzer Spaziergang bringt Rücken und Beine in Schwung.</numerusform>
            <numerusform>Sie stehen seit %n Minuten. Stillstehen ist keine Bewegung: Ein kurzer Spaziergang bringt Rücken und Beine in Schwung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bending backwards hurts</source>
        <translation>Rückbeugen tut weh</translation>
    </message>
    <message>
        <source>Kneeling or weight on the wrists hurts</source>
        <translation>Knien oder Gewicht auf den Handgelenken tut weh</translation>
    </message>
    <message>
        <source>My balance is unsteady</source>
        <translation>Mein Gleichgewicht ist unsicher</translation>
    </message>
    <message>
        <source>No room or wish to get on the floor</source>
        <translation>Kein Platz oder keine Lust, mich auf den Boden zu legen</translation>
    </message>
    <message>
        <source>Nothing ticked: every exercise is offered.</source>
        <translation>Nichts angekreuzt: Alle Übungen werden angeboten.</translation>
    </message>
    <message>
        <source>Ticked: %1.</source>
        <translation>Angekreuzt: %1.</translation>
    </message>
</context>
</TS>
