<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Could not export the history to %1: %2</source>
        <translation>Não foi possível exportar o histórico para %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more; see &apos;backbreak config check&apos;.</source>
        <translation>
            <numerusform>…e mais %n; veja “backbreak config check”.</numerusform>
            <numerusform>…e mais %n; veja “backbreak config check”.</numerusform>
        </translation>
    </message>
    <message>
        <source>backbreak: some files have problems</source>
        <translation>backbreak: alguns arquivos têm problemas</translation>
    </message>
    <message>
        <source>backbreak: settings not saved</source>
        <translation>backbreak: configurações não salvas</translation>
    </message>
    <message>
        <source>backbreak: start at login</source>
        <translation>backbreak: iniciar ao entrar</translation>
    </message>
    <message>
        <source>Weekly history</source>
        <translation>Histórico semanal</translation>
    </message>
    <message>
        <source>Nothing in this routine suits what you ticked in the safety screen; choose another one, or change the ticks in Settings.</source>
        <translation>Nada nesta rotina combina com o que você marcou na tela de segurança; escolha outra ou mude as marcações nas Configurações.</translation>
    </message>
    <message>
        <source>The history cannot be shown: %1</source>
        <translation>Não foi possível mostrar o histórico: %1</translation>
    </message>
</context>
<context>
    <name>Checkin</name>
    <message>
        <source>Pain from 0, no pain, to 10, worst pain</source>
        <translation>Dor de 0, sem dor, a 10, pior dor</translation>
    </message>
    <message>
        <source>Digits 0 to 9, arrow keys, Home and End choose</source>
        <translation>Os dígitos 0 a 9, as setas, Home e End escolhem</translation>
    </message>
    <message>
        <source>Nothing chosen yet; digits 0 to 9, arrow keys, Home and End</source>
        <translation>Nada escolhido ainda; dígitos 0 a 9, setas, Home e End</translation>
    </message>
    <message>
        <source>How is your back right now?</source>
        <translation>Como estão suas costas agora?</translation>
    </message>
    <message>
        <source>And now?</source>
        <translation>E agora?</translation>
    </message>
    <message>
        <source>Choose a number: 0 to 9 on the keyboard, or the arrow keys and End for 10. Return confirms; S skips.</source>
        <translation>Escolha um número: 0 a 9 no teclado, ou as setas e End para 10. Enter confirma; S pula.</translation>
    </message>
    <message>
        <source>no pain</source>
        <translation>sem dor</translation>
    </message>
    <message>
        <source>worst pain</source>
        <translation>pior dor</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pular</translation>
    </message>
    <message>
        <source>Go on without answering (S or Esc)</source>
        <translation>Seguir sem responder (S ou Esc)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Give this score (Return)</source>
        <translation>Dar esta nota (Enter)</translation>
    </message>
    <message>
        <source>A word from backbreak</source>
        <translation>Uma palavra do backbreak</translation>
    </message>
    <message>
        <source>Safety…</source>
        <translation>Segurança…</translation>
    </message>
    <message>
        <source>The urgent signs that mean seeing a doctor now</source>
        <translation>Os sinais de alerta que pedem ver um médico já</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Go on (Return)</source>
        <translation>Seguir (Enter)</translation>
    </message>
    <message>
        <source>Choose a number from 0 to 10 first, or press S to skip.</source>
        <translation>Escolha primeiro um número de 0 a 10, ou pressione S para pular.</translation>
    </message>
    <message>
        <source>Your back has scored 7 or more on three days in a row. Pain that stays this high deserves a proper look: please make an appointment with a physiotherapist or your doctor. Until then, stay gently active within what feels comfortable, and leave out any movement that makes the pain worse.</source>
        <translation>Suas costas ficaram em 7 ou mais por três dias seguidos. Uma dor que continua tão alta merece uma avaliação: marque uma consulta com um fisioterapeuta ou com seu médico. Até lá, mantenha-se ativo com suavidade dentro do que for confortável e deixe de lado qualquer movimento que piore a dor.</translation>
    </message>
    <message>
        <source>Your back felt 3 or more points worse after this routine than before it. Take it easy for the rest of the day and leave out what provoked it. If the pain has not settled within a day or two, or this keeps happening, please see a physiotherapist or your doctor.</source>
        <translation>Suas costas ficaram 3 pontos ou mais piores depois desta rotina do que antes. Pegue leve pelo resto do dia e deixe de lado o que provocou a dor. Se ela não tiver melhorado em um ou dois dias, ou se isso se repetir, procure um fisioterapeuta ou seu médico.</translation>
    </message>
    <message>
        <source>If you notice any of the urgent signs listed under Safety, see a doctor straight away.</source>
        <translation>Se notar algum dos sinais de alerta listados em “Segurança”, procure um médico imediatamente.</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>No more snoozes in a row; please take this break.</source>
        <translation>Não dá para adiar mais vezes seguidas; faça esta pausa, por favor.</translation>
    </message>
    <message>
        <source>There is no break to skip right now.</source>
        <translation>Não há nenhuma pausa para pular agora.</translation>
    </message>
    <message>
        <source>While the screen is locked you count as sitting.</source>
        <translation>Enquanto a tela está bloqueada, você conta como sentado.</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message numerus="yes">
        <source>Break in %n second(s)</source>
        <translation>
            <numerusform>Pausa em %n segundo</numerusform>
            <numerusform>Pausa em %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish your sentence; a short stretch is coming up.</source>
        <translation>Termine sua frase: um alongamento rápido está chegando.</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Começar agora</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Adiar</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Começar</translation>
    </message>
    <message>
        <source>Time to stand up</source>
        <translation>Hora de levantar</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>Caminhar</translation>
    </message>
    <message>
        <source>Time for a walk</source>
        <translation>Hora de uma caminhada</translation>
    </message>
</context>
<context>
    <name>Pace</name>
    <message>
        <source>up</source>
        <translation>subir</translation>
    </message>
    <message>
        <source>down</source>
        <translation>descer</translation>
    </message>
    <message>
        <source>lift</source>
        <translation>erguer</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>abaixar</translation>
    </message>
    <message>
        <source>reach</source>
        <translation>estender</translation>
    </message>
    <message>
        <source>come back</source>
        <translation>voltar</translation>
    </message>
    <message>
        <source>back</source>
        <translation>para trás</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>para a frente</translation>
    </message>
    <message>
        <source>tighten</source>
        <translation>contrair</translation>
    </message>
    <message>
        <source>let go</source>
        <translation>soltar</translation>
    </message>
    <message>
        <source>breathe in</source>
        <translation>inspirar</translation>
    </message>
    <message>
        <source>breathe out</source>
        <translation>expirar</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>segurar</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>descanso</translation>
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
        <translation>Uma repetição: %1</translation>
    </message>
    <message>
        <source>Repetition %1 of %2 (%3): %4</source>
        <comment>%3: the side this repetition works, e.g. &apos;knees to the right&apos;</comment>
        <translation>Repetição %1 de %2 (%3): %4</translation>
    </message>
    <message>
        <source>Repetition %1 of %2: %3</source>
        <translation>Repetição %1 de %2: %3</translation>
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
        <translation>Alongamento guiado: %1</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Go back one step (Left arrow)</source>
        <translation>Voltar um passo (seta para a esquerda)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Pause or resume the countdown (Space)</source>
        <translation>Pausar ou retomar a contagem regressiva (Espaço)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <source>Go to the next step (Right arrow)</source>
        <translation>Ir para o próximo passo (seta para a direita)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Finish the routine (Enter)</source>
        <translation>Concluir a rotina (Enter)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pular</translation>
    </message>
    <message>
        <source>Skip the rest of the routine (Esc)</source>
        <translation>Pular o resto da rotina (Esc)</translation>
    </message>
    <message>
        <source>Safety…</source>
        <translation>Segurança…</translation>
    </message>
    <message>
        <source>When to stop and who should ask a professional first</source>
        <translation>Quando parar e quem deve consultar um profissional antes</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Passo %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n repetition(s)</source>
        <translation>
            <numerusform>%n repetição</numerusform>
            <numerusform>%n repetições</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is common practice in physiotherapy; it is not from the articles.</source>
        <translation>“%1” é prática comum na fisioterapia; não vem dos artigos.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>an article&apos;s title</comment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between article titles</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is taken from the article(s) %2.</source>
        <translation>
            <numerusform>“%1” vem do artigo %2.</numerusform>
            <numerusform>“%1” vem dos artigos %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>Falta %n segundo</numerusform>
            <numerusform>Faltam %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Tempo restante desta etapa</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>the day a swap ends: a QLocale date pattern (d day, MMMM month)</comment>
        <translation>d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>you ticked “%1”</source>
        <translation>você marcou “%1”</translation>
    </message>
    <message>
        <source>your back felt worse after it</source>
        <translation>suas costas ficaram piores depois</translation>
    </message>
    <message>
        <source>%1 left out until %2 (%3)</source>
        <translation>%1 deixado de fora até %2 (%3)</translation>
    </message>
    <message>
        <source>%1 instead of %2 until %3 (%4)</source>
        <translation>%1 em vez de %2 até %3 (%4)</translation>
    </message>
    <message>
        <source>%1 left out (%2)</source>
        <translation>%1 deixado de fora (%2)</translation>
    </message>
    <message>
        <source>%1 instead of %2 (%3)</source>
        <translation>%1 em vez de %2 (%3)</translation>
    </message>
    <message>
        <source>Changed for you: %1.</source>
        <translation>Adaptado para você: %1.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Concluir</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Segurança</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>empty duration; expected e.g. 90s, 5m or 1h30m</source>
        <translation>duração vazia; esperado algo como 90s, 5m ou 1h30m</translation>
    </message>
    <message>
        <source>%1… is too long for a duration; expected e.g. 1h30m</source>
        <translation>%1… é longo demais para uma duração; esperado algo como 1h30m</translation>
    </message>
    <message>
        <source>%1 is not a duration; expected e.g. 90s, 5m or 1h30m</source>
        <translation>%1 não é uma duração; esperado algo como 90s, 5m ou 1h30m</translation>
    </message>
    <message>
        <source>%1 is zero; a duration must be longer than that</source>
        <translation>%1 é zero; uma duração precisa ser maior que isso</translation>
    </message>
    <message>
        <source>%1 backbreak keeps running without history.</source>
        <translation>%1 O backbreak continua funcionando sem histórico.</translation>
    </message>
    <message>
        <source>The history file could not be read; it was moved to %1 and a new history was started in %2.</source>
        <translation>Não foi possível ler o arquivo de histórico; ele foi movido para %1 e um novo histórico foi iniciado em %2.</translation>
    </message>
    <message>
        <source>%1: cannot open the history</source>
        <translation>%1: não foi possível abrir o histórico</translation>
    </message>
    <message>
        <source>unknown field; expected one of %1</source>
        <translation>campo desconhecido; esperado um destes: %1</translation>
    </message>
    <message>
        <source>missing; expected a text</source>
        <translation>ausente; esperado um texto</translation>
    </message>
    <message>
        <source>expected a text, got %1</source>
        <translation>esperado um texto, encontrado %1</translation>
    </message>
    <message>
        <source>expected a non-empty text</source>
        <translation>esperado um texto não vazio</translation>
    </message>
    <message>
        <source>expected a single line of text</source>
        <translation>esperada uma única linha de texto</translation>
    </message>
    <message>
        <source>expected at most %1 characters, got %2</source>
        <translation>esperados no máximo %1 caracteres, encontrados %2</translation>
    </message>
    <message>
        <source>expected lowercase letters, digits and &apos;-&apos; (at most 40), got %1</source>
        <translation>esperados letras minúsculas, dígitos e &apos;-&apos; (no máximo 40), encontrado %1</translation>
    </message>
    <message>
        <source>expected one of %1, got %2</source>
        <translation>esperado um destes: %1; encontrado %2</translation>
    </message>
    <message>
        <source>missing; expected a whole number from %1 to %2</source>
        <translation>ausente; esperado um número inteiro de %1 a %2</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, got %3</source>
        <translation>esperado um número inteiro de %1 a %2, encontrado %3</translation>
    </message>
    <message>
        <source>missing; expected a list of texts (at least %1)</source>
        <translation>ausente; esperada uma lista de textos (no mínimo %1)</translation>
    </message>
    <message>
        <source>expected a list of texts, got %1</source>
        <translation>esperada uma lista de textos, encontrado %1</translation>
    </message>
    <message>
        <source>expected %1 to %2 lines, got %3</source>
        <translation>esperadas de %1 a %2 linhas, encontradas %3</translation>
    </message>
    <message>
        <source>line %1: expected a text, got %2</source>
        <translation>linha %1: esperado um texto, encontrado %2</translation>
    </message>
    <message>
        <source>missing; expected a [%1] table</source>
        <translation>ausente; esperada uma tabela [%1]</translation>
    </message>
    <message>
        <source>expected a table, got %1</source>
        <translation>esperada uma tabela, encontrado %1</translation>
    </message>
    <message>
        <source>expected gentle &lt;= standard &lt;= strong, got %1 &lt;= %2 &lt;= %3</source>
        <translation>esperado gentle &lt;= standard &lt;= strong, encontrado %1 &lt;= %2 &lt;= %3</translation>
    </message>
    <message>
        <source>expected %1 columns (%2), got %3</source>
        <translation>esperadas %1 colunas (%2), encontradas %3</translation>
    </message>
    <message>
        <source>expected CSV (%1)</source>
        <translation>esperado CSV (%1)</translation>
    </message>
    <message>
        <source>expected an ISO 8601 time such as %1, got %2</source>
        <translation>esperado um horário ISO 8601, como %1, encontrado %2</translation>
    </message>
    <message>
        <source>expected a time with a UTC offset such as %1, got %2</source>
        <translation>esperado um horário com deslocamento UTC, como %1, encontrado %2</translation>
    </message>
    <message>
        <source>expected a time from %1 to %2 (UTC), got %3</source>
        <translation>esperado um horário de %1 a %2 (UTC), encontrado %3</translation>
    </message>
    <message>
        <source>expected a pain score from 0 to 10, or empty, got %1</source>
        <translation>esperada uma nota de dor de 0 a 10, ou vazio, encontrado %1</translation>
    </message>
    <message>
        <source>expected at most %1 exercises, got %2</source>
        <translation>esperados no máximo %1 exercícios, encontrados %2</translation>
    </message>
    <message>
        <source>expected exercise ids of lowercase letters, digits and &apos;-&apos; (at most 40), separated by spaces, got %1</source>
        <translation>esperados IDs de exercício com letras minúsculas, dígitos e &apos;-&apos; (no máximo 40), separados por espaços, encontrado %1</translation>
    </message>
    <message>
        <source>expected at most steps_total (%1), got %2</source>
        <translation>esperado no máximo steps_total (%1), encontrado %2</translation>
    </message>
    <message>
        <source>expected a time not before started_at (%1), got %2</source>
        <translation>esperado um horário não anterior a started_at (%1), encontrado %2</translation>
    </message>
    <message>
        <source>expected a list of exercise ids or null, got %1</source>
        <translation>esperada uma lista de IDs de exercício ou null, encontrado %1</translation>
    </message>
    <message>
        <source>expected a pain score from 0 to 10, or null, got %1</source>
        <translation>esperada uma nota de dor de 0 a 10, ou null, encontrado %1</translation>
    </message>
    <message>
        <source>expected an object with started_at and ended_at, got %1</source>
        <translation>esperado um objeto com started_at e ended_at, encontrado %1</translation>
    </message>
    <message>
        <source>expected at most %1 days after started_at, got %2</source>
        <translation>esperado no máximo %1 dias depois de started_at, encontrado %2</translation>
    </message>
    <message>
        <source>expected an object with the CSV columns as keys, got %1</source>
        <translation>esperado um objeto com as colunas do CSV como chaves, encontrado %1</translation>
    </message>
    <message>
        <source>expected a flat break record, got one nested too deeply</source>
        <translation>esperado um registro de pausa plano, encontrado um aninhado demais</translation>
    </message>
    <message>
        <source>expected valid JSON (%1)</source>
        <translation>esperado JSON válido (%1)</translation>
    </message>
    <message>
        <source>expected a value of at most %1 characters (a break record is a few hundred), got a longer one</source>
        <translation>esperado um valor de no máximo %1 caracteres (um registro de pausa tem algumas centenas), encontrado um mais longo</translation>
    </message>
    <message>
        <source>expected a list of break records, got %1</source>
        <translation>esperada uma lista de registros de pausa, encontrado %1</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>esperado %1, encontrado %2</translation>
    </message>
    <message>
        <source>expected %1 or lower, got %2</source>
        <translation>esperado %1 ou menos, encontrado %2</translation>
    </message>
    <message>
        <source>expected a list of standing spans, got %1</source>
        <translation>esperada uma lista de períodos em pé, encontrado %1</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>uma pasta</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>um pipe nomeado (FIFO)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>um dispositivo de caracteres</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>um dispositivo de blocos</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>um socket</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>não pode ser lido (%1)</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>outra coisa</translation>
    </message>
    <message>
        <source>expected a regular file (a backbreak CSV or JSON export), got %1</source>
        <translation>esperado um arquivo comum (uma exportação CSV ou JSON do backbreak), encontrado %1</translation>
    </message>
    <message>
        <source>expected at most %1 (many years of history), got more</source>
        <translation>esperado no máximo %1 (muitos anos de histórico), encontrado mais</translation>
    </message>
    <message>
        <source>expected at most %1 (many years of history), got %2</source>
        <translation>esperado no máximo %1 (muitos anos de histórico), encontrado %2</translation>
    </message>
    <message>
        <source>expected a row of at most %1 characters (a history row is a few hundred), got a longer one</source>
        <translation>esperada uma linha de no máximo %1 caracteres (uma linha do histórico tem algumas centenas), encontrada uma mais longa</translation>
    </message>
    <message>
        <source>the file is %1 bytes; expected at most %2</source>
        <translation>o arquivo tem %1 bytes; o máximo é %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>não foi possível ler o arquivo (%1)</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte %1)</source>
        <translation>não é texto UTF-8 (byte %1)</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>esperado: %1</translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1: linha %2: %3</translation>
    </message>
    <message>
        <source>%1: line %2, %3: %4</source>
        <translation>%1: linha %2, %3: %4</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>esperado um objeto JSON</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>%1; nothing was imported from it, and it could not be moved aside: %2</source>
        <translation>%1; nada foi importado dele, e não foi possível colocá-lo de lado: %2</translation>
    </message>
    <message>
        <source>%1; nothing was imported from it; it was moved to %2</source>
        <translation>%1; nada foi importado dele; ele foi movido para %2</translation>
    </message>
    <message>
        <source>expected exactly one of seed (the article) or source = &quot;common-practice&quot;</source>
        <translation>esperado exatamente um de seed (o artigo) ou source = &quot;common-practice&quot;</translation>
    </message>
    <message>
        <source>expected %1 (or a seed instead), got %2</source>
        <translation>esperado %1 (ou um seed no lugar), recebido %2</translation>
    </message>
    <message>
        <source>a pace says what one repetition is; expected reps beside it</source>
        <translation>pace descreve uma repetição; esperado reps ao lado</translation>
    </message>
    <message>
        <source>expected an even number of moving phases (out and back), got %1</source>
        <translation>esperado um número par de fases de movimento (ida e volta), recebido %1</translation>
    </message>
    <message>
        <source>expected one repetition of %1 to %2 seconds, got %3</source>
        <translation>esperada uma repetição de %1 a %2 segundos, recebido %3</translation>
    </message>
    <message>
        <source>expected a list of cautions, got %1</source>
        <translation>esperada uma lista de cuidados, recebido %1</translation>
    </message>
    <message>
        <source>expected an exercise id (lowercase letters, digits, &apos;-&apos;), got %1</source>
        <translation>esperado um id de exercício (minúsculas, dígitos, &apos;-&apos;), recebido %1</translation>
    </message>
    <message>
        <source>expected another exercise than this one</source>
        <translation>esperado um exercício diferente deste</translation>
    </message>
    <message>
        <source>expected two different sides, got %1 twice</source>
        <translation>esperados dois lados diferentes, recebido %1 duas vezes</translation>
    </message>
    <message>
        <source>sides that alternate each repetition need reps; expected reps beside it</source>
        <translation>lados que alternam a cada repetição precisam de repetições; esperado reps ao lado</translation>
    </message>
    <message>
        <source>expected one work step when each repetition alternates sides, got %1</source>
        <translation>esperado um único passo de exercício quando cada repetição troca de lado, recebido %1</translation>
    </message>
    <message>
        <source>expected an even number of repetitions at every level (as many on each side), got %1</source>
        <translation>esperado um número par de repetições em cada nível (o mesmo de cada lado), recebido %1</translation>
    </message>
    <message>
        <source>unknown seed article %1; expected one of %2</source>
        <translation>artigo de origem desconhecido %1; esperado um de %2</translation>
    </message>
    <message>
        <source>an alternative is played only for a caution; expected cautions beside it</source>
        <translation>uma alternativa só é usada por um cuidado; esperado cautions ao lado</translation>
    </message>
    <message>
        <source>alternative %1 has every caution of this exercise (%2), so it is never a safer swap; expected one without at least one of them</source>
        <translation>a alternativa %1 tem todos os cuidados deste exercício (%2), então nunca é uma troca mais segura; esperada uma sem pelo menos um deles</translation>
    </message>
    <message>
        <source>%1 says %2 = %3, not this exercise; expected the two to agree</source>
        <translation>%1 diz %2 = %3, não este exercício; esperado que os dois concordem</translation>
    </message>
    <message>
        <source>following %1 comes back to %2; expected no loop</source>
        <translation>seguir %1 volta a %2; esperado nenhum ciclo</translation>
    </message>
    <message>
        <source>not valid TOML: %1</source>
        <translation>TOML inválido: %1</translation>
    </message>
    <message>
        <source>expected exactly one top-level table, [exercise] or [routine], got %1</source>
        <translation>esperada exatamente uma tabela de primeiro nível, [exercise] ou [routine], encontrado %1</translation>
    </message>
    <message>
        <source>expected a [%1] table, got %2</source>
        <translation>esperada uma tabela [%1], encontrado %2</translation>
    </message>
    <message>
        <source>expected a file name ending in .svg (no folders), got %1</source>
        <translation>esperado um nome de arquivo terminado em .svg (sem pastas), encontrado %1</translation>
    </message>
    <message>
        <source>expected fewer set-up steps than steps (%1) so at least one work step remains, got %2</source>
        <translation>esperados menos passos de preparação do que passos (%1), para sobrar ao menos um passo de execução; encontrado %2</translation>
    </message>
    <message>
        <source>expected exactly one of reps or hold_seconds</source>
        <translation>esperado exatamente um entre reps e hold_seconds</translation>
    </message>
    <message>
        <source>missing; expected a list of exercise ids</source>
        <translation>ausente; esperada uma lista de ids de exercícios</translation>
    </message>
    <message>
        <source>expected a non-empty list of exercise ids, got %1</source>
        <translation>esperada uma lista não vazia de ids de exercícios, encontrado %1</translation>
    </message>
    <message>
        <source>expected at most 20 exercises, got %1</source>
        <translation>esperados no máximo 20 exercícios, encontrados %1</translation>
    </message>
    <message>
        <source>expected exercise ids (lowercase letters, digits, &apos;-&apos;), got %1</source>
        <translation>esperados ids de exercícios (letras minúsculas, dígitos, &apos;-&apos;), encontrado %1</translation>
    </message>
    <message>
        <source>%1 is not in this routine&apos;s exercises</source>
        <translation>%1 não está entre os exercícios desta rotina</translation>
    </message>
    <message>
        <source>levels need reps or hold_seconds beside them</source>
        <translation>levels precisa de reps ou hold_seconds ao lado</translation>
    </message>
    <message>
        <source>expected 1 to %1 seed articles, got %2</source>
        <translation>esperados de 1 a %1 artigos de origem, recebido %2</translation>
    </message>
    <message>
        <source>expected a list such as [&quot;balance&quot;] (of %1), got %2</source>
        <translation>esperada uma lista como [&quot;balance&quot;] (de %1), recebido %2</translation>
    </message>
    <message>
        <source>expected text without bidirectional control characters, got U+%1</source>
        <translation>esperado um texto sem caracteres de controle bidirecional, encontrado U+%1</translation>
    </message>
    <message>
        <source>unknown exercise id %1; expected one of the loaded exercises (%2)</source>
        <translation>id de exercício desconhecido %1; esperado um dos exercícios carregados (%2)</translation>
    </message>
    <message>
        <source>exercise %1 has position %2; a %3 routine takes only %4</source>
        <translation>o exercício %1 tem a posição %2; uma rotina %3 aceita só %4</translation>
    </message>
    <message>
        <source>exercise %1 counts %2, not %3</source>
        <translation>o exercício %1 usa %2, não %3</translation>
    </message>
    <message>
        <source>id %1 is already used by %2; rename it to load this file</source>
        <translation>o id %1 já é usado por %2; renomeie-o para carregar este arquivo</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>arquivo não encontrado</translation>
    </message>
    <message>
        <source>id %1 is already used by a built-in one; rename it</source>
        <translation>o id %1 já é usado por um item que vem com o backbreak; renomeie-o</translation>
    </message>
    <message>
        <source>the other frame of %1 is missing: %2</source>
        <translation>falta a outra imagem de %1: %2</translation>
    </message>
    <message>
        <source>file %1 (or %2 and %3) not found in %4</source>
        <translation>arquivo %1 (ou %2 e %3) não encontrado em %4</translation>
    </message>
    <message>
        <source>expected a duration string such as &quot;30m&quot;, got %1</source>
        <translation>esperada uma duração como &quot;30m&quot;, encontrado %1</translation>
    </message>
    <message>
        <source>expected between %1 and %2, got %3</source>
        <translation>esperado entre %1 e %2, encontrado %3</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>esperado true ou false, encontrado %1</translation>
    </message>
    <message>
        <source>expected a time of day such as &quot;08:00&quot;, got %1</source>
        <translation>esperado um horário como &quot;08:00&quot;, encontrado %1</translation>
    </message>
    <message>
        <source>expected the header %1 (or an earlier one: the same without the last column, or without the last three), got an empty file</source>
        <translation>esperado o cabeçalho %1 (ou um anterior: o mesmo sem a última coluna, ou sem as três últimas), encontrado um arquivo vazio</translation>
    </message>
    <message>
        <source>expected the header %1 (or an earlier one: the same without the last column, or without the last three), got %2</source>
        <translation>esperado o cabeçalho %1 (ou um anterior: o mesmo sem a última coluna, ou sem as três últimas), encontrado %2</translation>
    </message>
    <message>
        <source>expected outcome natural exactly when kind is natural (a natural break), got outcome %1 with kind %2</source>
        <translation>esperado outcome natural exatamente quando kind é natural (uma pausa natural), encontrado outcome %1 com kind %2</translation>
    </message>
    <message>
        <source>expected UTF-8 text (a backbreak CSV or JSON export); byte %1 is not UTF-8</source>
        <translation>esperado texto UTF-8 (uma exportação CSV ou JSON do backbreak); o byte %1 não é UTF-8</translation>
    </message>
    <message>
        <source>[%1] comes only with backbreak itself; expected [exercise] or [routine]</source>
        <translation>[%1] só vem com o próprio backbreak; esperado [exercise] ou [routine]</translation>
    </message>
    <message>
        <source>expected a list of days such as [&quot;mon&quot;, &quot;tue&quot;], got %1</source>
        <translation>esperada uma lista de dias como [&quot;mon&quot;, &quot;tue&quot;], encontrado %1</translation>
    </message>
    <message>
        <source>expected days among %1, got %2</source>
        <translation>esperados dias dentre %1, encontrado %2</translation>
    </message>
    <message>
        <source>expected a locale name such as &quot;de&quot; or &quot;pt_BR&quot; (empty: system), got %1</source>
        <translation>esperado um código de idioma como &quot;de&quot; ou &quot;pt_BR&quot; (vazio: padrão do sistema), encontrado %1</translation>
    </message>
    <message>
        <source>not valid TOML (%1); using all defaults</source>
        <translation>TOML inválido (%1); usando todos os valores padrão</translation>
    </message>
    <message>
        <source>unknown section; expected one of %1</source>
        <translation>seção desconhecida; esperada uma destas: %1</translation>
    </message>
    <message>
        <source>unknown key; expected one of %1</source>
        <translation>chave desconhecida; esperada uma destas: %1</translation>
    </message>
    <message>
        <source>%1; using the default</source>
        <translation>%1; usando o valor padrão</translation>
    </message>
    <message>
        <source>expected a time after working_hours.start; using the default working hours</source>
        <translation>esperado um horário depois de working_hours.start; usando o horário de trabalho padrão</translation>
    </message>
    <message>
        <source>the file is %1 bytes; expected at most %2; using all defaults</source>
        <translation>o arquivo tem %1 bytes; o máximo é %2; usando todos os valores padrão</translation>
    </message>
    <message>
        <source>cannot be read (%1); using all defaults</source>
        <translation>não pode ser lido (%1); usando todos os valores padrão</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte %1); using all defaults</source>
        <translation>não é texto UTF-8 (byte %1); usando todos os valores padrão</translation>
    </message>
    <message>
        <source>%1: cannot create the history file: %2</source>
        <translation>%1: não foi possível criar o arquivo de histórico: %2</translation>
    </message>
    <message>
        <source>%1: cannot open the history: %2</source>
        <translation>%1: não foi possível abrir o histórico: %2</translation>
    </message>
    <message>
        <source>%1: cannot start a fresh history: %2</source>
        <translation>%1: não foi possível começar um histórico novo: %2</translation>
    </message>
    <message>
        <source>%1: written by a newer backbreak (schema version %2; this version reads up to %3). The file was left untouched; upgrade backbreak to use it.</source>
        <translation>%1: gravado por um backbreak mais novo (versão do esquema %2; esta versão lê até a %3). O arquivo não foi alterado; atualize o backbreak para usá-lo.</translation>
    </message>
    <message>
        <source>%1: the file is damaged and could not be moved aside to %2: %3</source>
        <translation>%1: o arquivo está danificado e não pôde ser movido para %2: %3</translation>
    </message>
    <message>
        <source>%1: could not write the history: %2</source>
        <translation>%1: não foi possível gravar o histórico: %2</translation>
    </message>
    <message>
        <source>%1: could not write the history (%2)</source>
        <translation>%1: não foi possível gravar o histórico (%2)</translation>
    </message>
    <message>
        <source>%1; breaks are kept in memory and written when it works again</source>
        <translation>%1; as pausas ficam na memória e serão gravadas quando ele voltar a funcionar</translation>
    </message>
    <message>
        <source>%1: no history row with id %2</source>
        <translation>%1: nenhum registro do histórico com id %2</translation>
    </message>
    <message>
        <source>%1; the history cannot be read until it can be opened</source>
        <translation>%1; não dá para ler o histórico enquanto ele não puder ser aberto</translation>
    </message>
    <message>
        <source>%1: could not read the history: %2</source>
        <translation>%1: não foi possível ler o histórico: %2</translation>
    </message>
</context>
<context>
    <name>PromptCard</name>
    <message>
        <source>backbreak: time to stand up</source>
        <translation>backbreak: hora de levantar</translation>
    </message>
    <message>
        <source>Break reminder</source>
        <translation>Lembrete de pausa</translation>
    </message>
    <message>
        <source>Start the guided stretch now</source>
        <translation>Começar o alongamento guiado agora</translation>
    </message>
    <message>
        <source>Walk instead</source>
        <translation>Caminhar em vez disso</translation>
    </message>
    <message>
        <source>Take a short walk instead</source>
        <translation>Fazer uma caminhada curta em vez disso</translation>
    </message>
    <message>
        <source>Ask again in a few minutes</source>
        <translation>Perguntar de novo em alguns minutos</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pular</translation>
    </message>
    <message>
        <source>Skip this break (Esc)</source>
        <translation>Pular esta pausa (Esc)</translation>
    </message>
    <message>
        <source>Time to stand up</source>
        <translation>Hora de levantar</translation>
    </message>
    <message>
        <source>Next up: %1.</source>
        <translation>A seguir: %1.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences, one after the other</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Time for a walk</source>
        <translation>Hora de uma caminhada</translation>
    </message>
    <message>
        <source>Take a walk</source>
        <translation>Fazer uma caminhada</translation>
    </message>
    <message numerus="yes">
        <source>Stretch (%n min)</source>
        <translation>
            <numerusform>Alongar (%n min)</numerusform>
            <numerusform>Alongar (%n min)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n min</source>
        <translation>
            <numerusform>Adiar %n min</numerusform>
            <numerusform>Adiar %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Routines</name>
    <message>
        <source>Move slowly and with control. A mild stretch is enough; nothing should hurt.</source>
        <translation>Movimente-se devagar e com controle. Um alongamento leve é suficiente; nada deve doer.</translation>
    </message>
    <message>
        <source>Stop at once if you feel a sharp pain, and don&apos;t push through it.</source>
        <translation>Pare imediatamente se sentir uma dor aguda e não force.</translation>
    </message>
    <message>
        <source>If discomfort keeps going, keeps coming back or limits your day, see a health professional.</source>
        <translation>Se o incômodo continuar, voltar com frequência ou limitar o seu dia, procure um profissional de saúde.</translation>
    </message>
    <message>
        <source>backbreak reminds you to move; it is not medical advice.</source>
        <translation>O backbreak lembra você de se mexer; não é orientação médica.</translation>
    </message>
    <message>
        <source>Switch on your core</source>
        <translation>Ative o seu core</translation>
    </message>
    <message>
        <source>Find your deep belly and buttock muscles, then stand and use them.</source>
        <translation>Encontre os músculos profundos da barriga e dos glúteos; depois fique de pé e use-os.</translation>
    </message>
    <message>
        <source>Hip and lower-back opener</source>
        <translation>Soltura do quadril e da lombar</translation>
    </message>
    <message>
        <source>Gentle stretches for hips and back that have been folded in a chair.</source>
        <translation>Alongamentos suaves para o quadril e as costas depois de tanto tempo dobrados na cadeira.</translation>
    </message>
    <message>
        <source>Seated reset</source>
        <translation>Pausa sentado</translation>
    </message>
    <message>
        <source>Three moves you can do without leaving your chair.</source>
        <translation>Três movimentos que você pode fazer sem sair da cadeira.</translation>
    </message>
    <message>
        <source>Stand-up reset</source>
        <translation>Pausa em pé</translation>
    </message>
    <message>
        <source>Four standing moves beside your desk to wake up your glutes and ease your lower back.</source>
        <translation>Quatro movimentos em pé ao lado da mesa para despertar os glúteos e aliviar a lombar.</translation>
    </message>
    <message>
        <source>At home: floor routine</source>
        <translation>Em casa: rotina no chão</translation>
    </message>
    <message>
        <source>A longer session on a mat: warm up, strengthen your core, then stretch and rest.</source>
        <translation>Uma sessão mais longa no colchonete: aqueça, fortaleça o core e depois alongue e descanse.</translation>
    </message>
    <message>
        <source>Posture walk</source>
        <translation>Caminhada com postura</translation>
    </message>
    <message>
        <source>A short walk with your belly and buttocks gently working and your head up.</source>
        <translation>Uma caminhada curta com a barriga e os glúteos trabalhando de leve e a cabeça erguida.</translation>
    </message>
    <message>
        <source>A few steps backwards</source>
        <translation>Alguns passos para trás</translation>
    </message>
    <message>
        <source>Your buttock muscles tightening with each backward step.</source>
        <translation>Os glúteos se contraindo a cada passo para trás.</translation>
    </message>
    <message>
        <source>A strong, purposeful stride.</source>
        <translation>Uma passada firme e decidida.</translation>
    </message>
    <message>
        <source>Don&apos;t rush.</source>
        <translation>Não tenha pressa.</translation>
    </message>
    <message>
        <source>Glance over your shoulder rather than stepping blind.</source>
        <translation>Olhe por cima do ombro em vez de andar às cegas.</translation>
    </message>
    <message>
        <source>Bird-dog</source>
        <translation>Perdigueiro (bird-dog)</translation>
    </message>
    <message>
        <source>Come onto hands and knees: wrists under shoulders, knees under hips, back flat.</source>
        <translation>Fique de quatro: punhos sob os ombros, joelhos sob o quadril, costas retas.</translation>
    </message>
    <message>
        <source>Don&apos;t lift the hand or heel higher than your back.</source>
        <translation>Não erga a mão nem o calcanhar acima das costas.</translation>
    </message>
    <message>
        <source>Don&apos;t let the hips twist open.</source>
        <translation>Não deixe o quadril girar para o lado.</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>Ponte</translation>
    </message>
    <message>
        <source>Lie on your back, knees bent, feet flat on the floor and hip-width apart.</source>
        <translation>Deite-se de barriga para cima, joelhos dobrados, pés apoiados no chão e afastados na largura do quadril.</translation>
    </message>
    <message>
        <source>Press through your heels and lift your hips until knees, hips and shoulders make one line. Hold a few seconds, then lower slowly.</source>
        <translation>Empurre o chão com os calcanhares e erga o quadril até joelhos, quadril e ombros formarem uma linha. Segure alguns segundos e desça devagar.</translation>
    </message>
    <message>
        <source>Your buttocks and the backs of your thighs doing the lifting.</source>
        <translation>Os glúteos e a parte de trás das coxas fazendo a força.</translation>
    </message>
    <message>
        <source>Don&apos;t arch your back to lift higher: control matters more than height.</source>
        <translation>Não arqueie as costas para subir mais: o controle importa mais que a altura.</translation>
    </message>
    <message>
        <source>Don&apos;t drop down fast.</source>
        <translation>Não desça de uma vez.</translation>
    </message>
    <message>
        <source>Cat-cow</source>
        <translation>Gato-vaca</translation>
    </message>
    <message>
        <source>Come onto hands and knees with a flat back, wrists under shoulders, knees under hips.</source>
        <translation>Fique de quatro com as costas retas, punhos sob os ombros e joelhos sob o quadril.</translation>
    </message>
    <message>
        <source>Breathe in and let the belly sink as the chest lifts. Breathe out and round your back, tucking tailbone and chin.</source>
        <translation>Inspire e deixe a barriga descer enquanto o peito sobe. Expire e arredonde as costas, encaixando o cóccix e o queixo.</translation>
    </message>
    <message>
        <source>Your whole spine moving, a little at a time.</source>
        <translation>A coluna inteira se movendo, um pouco de cada vez.</translation>
    </message>
    <message>
        <source>Slow breaths leading the movement.</source>
        <translation>Respirações lentas guiando o movimento.</translation>
    </message>
    <message>
        <source>Don&apos;t move faster than your breath.</source>
        <translation>Não se mova mais rápido que a respiração.</translation>
    </message>
    <message>
        <source>Don&apos;t force either end of the movement.</source>
        <translation>Não force nenhuma das pontas do movimento.</translation>
    </message>
    <message>
        <source>Child&apos;s pose</source>
        <translation>Postura da criança</translation>
    </message>
    <message>
        <source>Kneel with your knees a little apart and sit your hips back toward your heels.</source>
        <translation>Ajoelhe-se com os joelhos um pouco afastados e leve o quadril para trás, em direção aos calcanhares.</translation>
    </message>
    <message>
        <source>Fold forward over your thighs with your arms reaching long in front. Rest and breathe deeply.</source>
        <translation>Incline-se para a frente sobre as coxas, com os braços estendidos à frente. Descanse e respire fundo.</translation>
    </message>
    <message>
        <source>Your back widening and softening with each breath.</source>
        <translation>As costas se alargando e relaxando a cada respiração.</translation>
    </message>
    <message>
        <source>Don&apos;t fold deeper than is comfortable.</source>
        <translation>Não desça mais do que for confortável.</translation>
    </message>
    <message>
        <source>Come up slowly, one part of your back at a time.</source>
        <translation>Suba devagar, desenrolando as costas aos poucos.</translation>
    </message>
    <message>
        <source>Abdominal drawing-in</source>
        <translation>Encolher a barriga</translation>
    </message>
    <message>
        <source>Sit tall near the front of your chair, feet flat, shoulders loose.</source>
        <translation>Sente-se ereto na parte da frente da cadeira, pés apoiados, ombros soltos.</translation>
    </message>
    <message>
        <source>Gently pull your lower belly in, as if closing a belt by one notch. Hold for a breath or two, then let go completely.</source>
        <translation>Puxe suavemente a parte baixa da barriga para dentro, como se apertasse o cinto em um furo. Segure por uma ou duas respirações e solte por completo.</translation>
    </message>
    <message>
        <source>A light tightening low in your belly, below the navel.</source>
        <translation>Uma leve contração na parte baixa da barriga, abaixo do umbigo.</translation>
    </message>
    <message>
        <source>Your lower back feeling held from the inside.</source>
        <translation>A lombar parecendo sustentada por dentro.</translation>
    </message>
    <message>
        <source>Don&apos;t hold your breath: keep breathing normally.</source>
        <translation>Não prenda a respiração: continue respirando normalmente.</translation>
    </message>
    <message>
        <source>Don&apos;t squeeze hard: this is control, not force.</source>
        <translation>Não aperte com força: é controle, não força.</translation>
    </message>
    <message>
        <source>Standing glute squeeze</source>
        <translation>Contração de glúteos em pé</translation>
    </message>
    <message>
        <source>Stand tall beside your desk, feet hip-width apart, knees soft.</source>
        <translation>Fique em pé e ereto ao lado da mesa, pés afastados na largura do quadril, joelhos destravados.</translation>
    </message>
    <message>
        <source>Squeeze your buttocks firmly for about three seconds, then relax them.</source>
        <translation>Contraia os glúteos com firmeza por cerca de três segundos e depois relaxe.</translation>
    </message>
    <message>
        <source>Both buttocks firming up.</source>
        <translation>Os dois glúteos ficando firmes.</translation>
    </message>
    <message>
        <source>The front of your hips lengthening a little with each squeeze.</source>
        <translation>A frente do quadril se alongando um pouco a cada contração.</translation>
    </message>
    <message>
        <source>Don&apos;t clench your jaw or lift your shoulders.</source>
        <translation>Não trave a mandíbula nem levante os ombros.</translation>
    </message>
    <message>
        <source>Don&apos;t lean back to help the squeeze.</source>
        <translation>Não incline o corpo para trás para ajudar.</translation>
    </message>
    <message>
        <source>Standing hip-flexor stretch</source>
        <translation>Alongamento dos flexores do quadril em pé</translation>
    </message>
    <message>
        <source>Rest one hand on your desk and step your right foot back into a short split stance.</source>
        <translation>Apoie uma mão na mesa e leve o pé direito para trás, num passo curto.</translation>
    </message>
    <message>
        <source>Squeeze the buttock of the back leg and tuck your tailbone under a little. Hold.</source>
        <translation>Contraia o glúteo da perna de trás e encaixe um pouco o cóccix. Segure.</translation>
    </message>
    <message>
        <source>Swap: left foot back, squeeze that side, and hold.</source>
        <translation>Troque: pé esquerdo para trás, contraia esse lado e segure.</translation>
    </message>
    <message>
        <source>A stretch along the front of the hip of the back leg.</source>
        <translation>Um alongamento na frente do quadril da perna de trás.</translation>
    </message>
    <message>
        <source>The buttock of the back leg working.</source>
        <translation>O glúteo da perna de trás trabalhando.</translation>
    </message>
    <message>
        <source>Don&apos;t arch your lower back to go further.</source>
        <translation>Não arqueie a lombar para ir mais longe.</translation>
    </message>
    <message>
        <source>Don&apos;t bounce.</source>
        <translation>Não faça movimentos de vaivém.</translation>
    </message>
    <message>
        <source>Knee rotation</source>
        <translation>Rotação dos joelhos</translation>
    </message>
    <message>
        <source>Lie on your back with your arms out to the sides in a T and your knees drawn up.</source>
        <translation>Deite-se de barriga para cima com os braços abertos em T e os joelhos dobrados.</translation>
    </message>
    <message>
        <source>A gentle twist through your lower back.</source>
        <translation>Uma torção suave na lombar.</translation>
    </message>
    <message>
        <source>Keep both shoulders on the floor.</source>
        <translation>Mantenha os dois ombros no chão.</translation>
    </message>
    <message>
        <source>Don&apos;t let the knees drop fast.</source>
        <translation>Não deixe os joelhos caírem de uma vez.</translation>
    </message>
    <message>
        <source>knees to your right</source>
        <translation>joelhos para a direita</translation>
    </message>
    <message>
        <source>knees to your left</source>
        <translation>joelhos para a esquerda</translation>
    </message>
    <message>
        <source>Knee-to-chest</source>
        <translation>Joelho ao peito</translation>
    </message>
    <message>
        <source>Lie on your back with your legs relaxed.</source>
        <translation>Deite-se de barriga para cima com as pernas relaxadas.</translation>
    </message>
    <message>
        <source>Draw your right knee toward your chest until you feel a mild pull, and rest there.</source>
        <translation>Traga o joelho direito em direção ao peito até sentir um leve puxão e fique assim.</translation>
    </message>
    <message>
        <source>Let it down slowly and draw up your left knee the same way.</source>
        <translation>Desça devagar e traga o joelho esquerdo da mesma forma.</translation>
    </message>
    <message>
        <source>A mild, easy pull in your lower back.</source>
        <translation>Um puxão leve e confortável na lombar.</translation>
    </message>
    <message>
        <source>Don&apos;t pull hard: let gravity help.</source>
        <translation>Não puxe com força: deixe a gravidade ajudar.</translation>
    </message>
    <message>
        <source>Leave the other leg relaxed on the floor.</source>
        <translation>Deixe a outra perna relaxada no chão.</translation>
    </message>
    <message>
        <source>Plank</source>
        <translation>Prancha</translation>
    </message>
    <message>
        <source>Keep head, shoulders and hips in one straight line and breathe steadily.</source>
        <translation>Mantenha cabeça, ombros e quadril em linha reta e respire de forma constante.</translation>
    </message>
    <message>
        <source>Firmness through your whole trunk.</source>
        <translation>Firmeza em todo o tronco.</translation>
    </message>
    <message>
        <source>Don&apos;t let your hips sag.</source>
        <translation>Não deixe o quadril cair.</translation>
    </message>
    <message>
        <source>Don&apos;t hold your breath.</source>
        <translation>Não prenda a respiração.</translation>
    </message>
    <message>
        <source>New numbness, tingling or weakness in a leg or foot.</source>
        <translation>Dormência, formigamento ou fraqueza novos em uma perna ou um pé.</translation>
    </message>
    <message>
        <source>Changes in bladder or bowel control, or numbness between your legs.</source>
        <translation>Mudanças no controle da bexiga ou do intestino, ou dormência entre as pernas.</translation>
    </message>
    <message>
        <source>Back pain after a fall or an accident.</source>
        <translation>Dor nas costas depois de uma queda ou um acidente.</translation>
    </message>
    <message>
        <source>Back pain with a fever, or while you feel generally unwell.</source>
        <translation>Dor nas costas com febre, ou quando você se sente mal de modo geral.</translation>
    </message>
    <message>
        <source>Pain that wakes you at night, or that no position eases.</source>
        <translation>Dor que acorda você à noite, ou que nenhuma posição alivia.</translation>
    </message>
    <message>
        <source>You are pregnant, or had a baby in the last few months.</source>
        <translation>Você está grávida ou teve um bebê nos últimos meses.</translation>
    </message>
    <message>
        <source>You had surgery recently, above all on your back, belly or hips.</source>
        <translation>Você fez uma cirurgia recentemente, sobretudo nas costas, na barriga ou nos quadris.</translation>
    </message>
    <message>
        <source>You have osteoporosis (fragile bones).</source>
        <translation>Você tem osteoporose (ossos frágeis).</translation>
    </message>
    <message>
        <source>You have a diagnosed spine condition, such as a slipped disc or a narrowed spinal canal.</source>
        <translation>Você tem uma condição da coluna diagnosticada, como hérnia de disco ou canal vertebral estreitado.</translation>
    </message>
    <message>
        <source>You already have back pain: a professional can tell you which of these exercises suit you.</source>
        <translation>Você já tem dor nas costas: um profissional pode dizer quais destes exercícios servem para você.</translation>
    </message>
    <message>
        <source>Simple habit to help keep your lower back strong and healthy (Dr. Ben Kim)</source>
        <translation>Um hábito simples para manter a lombar forte e saudável (Dr. Ben Kim)</translation>
    </message>
    <message>
        <source>Does walking strengthen the lower back? (Simple Strong Facts)</source>
        <translation>Caminhar fortalece a lombar? (Simple Strong Facts)</translation>
    </message>
    <message>
        <source>How to strengthen lower back health (wikiHow, with trainer Pete Cerqua)</source>
        <translation>Como fortalecer a saúde da lombar (wikiHow, com o treinador Pete Cerqua)</translation>
    </message>
    <message>
        <source>How to strengthen the lower back (Synergy Release Sports Chiropractor, Atlanta)</source>
        <translation>Como fortalecer a lombar (Synergy Release Sports Chiropractor, Atlanta)</translation>
    </message>
    <message>
        <source>Exercise and lower back pain</source>
        <translation>Exercício e dor lombar</translation>
    </message>
    <message>
        <source>Check that the floor behind you is clear for a few steps, with your desk or a wall within reach.</source>
        <translation>Confira se o chão atrás de você está livre por alguns passos, com a mesa ou uma parede ao alcance.</translation>
    </message>
    <message>
        <source>Take four slow steps backwards, pushing the floor away with each foot, then four steps forwards to where you began.</source>
        <translation>Dê quatro passos lentos para trás, empurrando o chão com cada pé, e depois quatro passos para a frente até onde começou.</translation>
    </message>
    <message>
        <source>Side plank on bent knees</source>
        <translation>Prancha lateral com joelhos dobrados</translation>
    </message>
    <message>
        <source>Lie on your right side, propped on your forearm with the elbow under the shoulder, knees bent behind you.</source>
        <translation>Deite-se sobre o lado direito, apoiado no antebraço com o cotovelo sob o ombro, joelhos dobrados para trás.</translation>
    </message>
    <message>
        <source>Lift your hips until knees, hips and shoulders make one line, lifting from the waist. Hold.</source>
        <translation>Erga os quadris a partir da cintura até joelhos, quadris e ombros formarem uma linha. Segure.</translation>
    </message>
    <message>
        <source>Right arm and left leg: reach them out into one long line, hold, then bring them back.</source>
        <translation>Braço direito e perna esquerda: estenda-os numa linha longa, segure e traga-os de volta.</translation>
    </message>
    <message>
        <source>Now the left arm and right leg the same way.</source>
        <translation>Agora o braço esquerdo e a perna direita do mesmo jeito.</translation>
    </message>
    <message>
        <source>Your trunk staying still and level while the arm and leg move, as if a glass of water sat on your back.</source>
        <translation>Seu tronco parado e nivelado enquanto o braço e a perna se movem, como se houvesse um copo d’água nas suas costas.</translation>
    </message>
    <message>
        <source>Downward-facing dog</source>
        <translation>Cachorro olhando para baixo</translation>
    </message>
    <message>
        <source>Come onto hands and knees, knees under hips, hands just ahead of your shoulders.</source>
        <translation>Fique de quatro, joelhos sob os quadris, mãos um pouco à frente dos ombros.</translation>
    </message>
    <message>
        <source>Breathe out, tuck your toes and lift your hips up and back into an upside-down V, arms long and neck relaxed.</source>
        <translation>Expire, apoie os dedos dos pés e leve os quadris para cima e para trás num V invertido, braços longos e pescoço relaxado.</translation>
    </message>
    <message>
        <source>Stay and breathe slowly. With each breath out, let your heels sink toward the floor. Then lower your knees.</source>
        <translation>Fique assim e respire devagar. A cada expiração, deixe os calcanhares descerem em direção ao chão. Depois apoie os joelhos.</translation>
    </message>
    <message>
        <source>A long stretch along the backs of your legs and your spine.</source>
        <translation>Um alongamento longo na parte de trás das pernas e ao longo da coluna.</translation>
    </message>
    <message>
        <source>Your weight pressed up and away from your wrists.</source>
        <translation>Seu peso empurrado para cima, longe dos punhos.</translation>
    </message>
    <message>
        <source>Don&apos;t lock your knees: bend them a little if your back rounds.</source>
        <translation>Não trave os joelhos: dobre-os um pouco se as costas arredondarem.</translation>
    </message>
    <message>
        <source>Plank on the knees</source>
        <translation>Prancha com os joelhos apoiados</translation>
    </message>
    <message>
        <source>Lie face down, then rise onto your forearms and knees, elbows under shoulders.</source>
        <translation>Deite-se de barriga para baixo e suba nos antebraços e nos joelhos, cotovelos sob os ombros.</translation>
    </message>
    <message>
        <source>Keep head, shoulders, hips and knees in one straight line and breathe steadily.</source>
        <translation>Mantenha cabeça, ombros, quadris e joelhos em linha reta e respire de forma constante.</translation>
    </message>
    <message>
        <source>Breathe out and lower both knees to one side; breathe in and bring them back to the middle. Next time go to the other side.</source>
        <translation>Expire e leve os dois joelhos para um lado; inspire e traga-os de volta ao centro. Na próxima vez, vá para o outro lado.</translation>
    </message>
    <message>
        <source>Lunge</source>
        <translation>Avanço</translation>
    </message>
    <message>
        <source>Stand tall, feet hip-width apart, with a stride of clear floor in front of you and your desk within reach.</source>
        <translation>Fique em pé, ereto, pés na largura dos quadris, com uma passada de chão livre à frente e a mesa ao alcance.</translation>
    </message>
    <message>
        <source>Right leg: step forward and lower your back knee until the front knee is bent at a right angle above the ankle. Hold, then push back to standing.</source>
        <translation>Perna direita: dê um passo à frente e abaixe o joelho de trás até o joelho da frente ficar dobrado em ângulo reto sobre o tornozelo. Segure e empurre de volta para ficar em pé.</translation>
    </message>
    <message>
        <source>Now step forward with the left leg the same way.</source>
        <translation>Agora dê o passo à frente com a perna esquerda do mesmo jeito.</translation>
    </message>
    <message>
        <source>Your front thigh and buttock doing the work.</source>
        <translation>A coxa e o glúteo da frente fazendo o trabalho.</translation>
    </message>
    <message>
        <source>Your body upright in one line from the head to the back knee.</source>
        <translation>Seu corpo ereto numa linha da cabeça ao joelho de trás.</translation>
    </message>
    <message>
        <source>Don&apos;t lean forward over the front leg.</source>
        <translation>Não se incline sobre a perna da frente.</translation>
    </message>
    <message>
        <source>Don&apos;t let the front knee drift past your toes or fall inward.</source>
        <translation>Não deixe o joelho da frente passar dos dedos do pé nem cair para dentro.</translation>
    </message>
    <message>
        <source>Pelvic tilt</source>
        <translation>Báscula pélvica</translation>
    </message>
    <message>
        <source>Lie on your back with your knees bent, feet flat on the floor and hip-width apart.</source>
        <translation>Deite-se de costas com os joelhos dobrados, pés apoiados no chão e na largura dos quadris.</translation>
    </message>
    <message>
        <source>Tighten your lower belly and press the small of your back into the floor. Hold while you breathe, then let go.</source>
        <translation>Contraia a parte baixa da barriga e pressione a curva da lombar contra o chão. Segure enquanto respira e depois solte.</translation>
    </message>
    <message>
        <source>Your lower belly working.</source>
        <translation>A parte baixa da barriga trabalhando.</translation>
    </message>
    <message>
        <source>The small of your back flattening onto the floor.</source>
        <translation>A curva da lombar se achatando no chão.</translation>
    </message>
    <message>
        <source>Don&apos;t push with your legs or lift your hips.</source>
        <translation>Não empurre com as pernas nem levante os quadris.</translation>
    </message>
    <message>
        <source>Lie face down, then rise onto your forearms and toes, elbows under shoulders.</source>
        <translation>Deite-se de barriga para baixo e suba nos antebraços e nas pontas dos pés, cotovelos sob os ombros.</translation>
    </message>
    <message>
        <source>Walk at an easy, steady pace, keeping your belly and buttocks gently working.</source>
        <translation>Caminhe num ritmo tranquilo e constante, mantendo a barriga e os glúteos trabalhando de leve.</translation>
    </message>
    <message>
        <source>Abs and glutes gently engaged, not clenched.</source>
        <translation>Abdômen e glúteos levemente ativados, sem travar.</translation>
    </message>
    <message>
        <source>Head up, eyes ahead.</source>
        <translation>Cabeça erguida, olhar para a frente.</translation>
    </message>
    <message>
        <source>Shoulders relaxed and low.</source>
        <translation>Ombros relaxados e baixos.</translation>
    </message>
    <message>
        <source>Steady, easy breathing.</source>
        <translation>Respiração tranquila e constante.</translation>
    </message>
    <message>
        <source>Don&apos;t slouch or lean back.</source>
        <translation>Não curve o corpo nem incline para trás.</translation>
    </message>
    <message>
        <source>Seated pelvic tilt</source>
        <translation>Báscula pélvica sentado</translation>
    </message>
    <message>
        <source>Sit back in your chair, feet flat and hip-width apart, hands resting on your thighs.</source>
        <translation>Sente-se bem no fundo da cadeira, pés apoiados e afastados na largura do quadril, mãos sobre as coxas.</translation>
    </message>
    <message>
        <source>Tighten your lower belly and tip your pelvis back so your lower back presses into the chair. Hold briefly, then release.</source>
        <translation>Contraia a parte baixa da barriga e incline a pelve para trás, de modo que a lombar pressione a cadeira. Segure um instante e solte.</translation>
    </message>
    <message>
        <source>Your lower belly doing the work.</source>
        <translation>A parte baixa da barriga fazendo o trabalho.</translation>
    </message>
    <message>
        <source>The small of your back flattening against the backrest.</source>
        <translation>A lombar se encostando reta no encosto.</translation>
    </message>
    <message>
        <source>Don&apos;t push with your legs.</source>
        <translation>Não empurre com as pernas.</translation>
    </message>
    <message>
        <source>Seated side bend</source>
        <translation>Inclinação lateral sentado</translation>
    </message>
    <message>
        <source>Sit upright with your feet flat and comfortably wide apart.</source>
        <translation>Sente-se ereto com os pés apoiados e confortavelmente afastados.</translation>
    </message>
    <message>
        <source>Grow tall, then lean slowly to the right without slumping. Stay where you feel a mild stretch.</source>
        <translation>Alongue o corpo para cima e depois incline-se devagar para a direita sem desabar. Fique onde sentir um alongamento leve.</translation>
    </message>
    <message>
        <source>Come back through the middle and lean to the left the same way.</source>
        <translation>Volte pelo centro e incline-se para a esquerda da mesma forma.</translation>
    </message>
    <message>
        <source>A mild stretch along the side of your waist.</source>
        <translation>Um alongamento leve na lateral da cintura.</translation>
    </message>
    <message>
        <source>Your spine staying long as the side opens.</source>
        <translation>A coluna continuando alongada enquanto a lateral se abre.</translation>
    </message>
    <message>
        <source>Don&apos;t collapse forward or twist.</source>
        <translation>Não desabe para a frente nem gire o tronco.</translation>
    </message>
    <message>
        <source>Stop well before any sharp feeling: mild is enough.</source>
        <translation>Pare bem antes de qualquer sensação aguda: leve é suficiente.</translation>
    </message>
    <message>
        <source>Side plank</source>
        <translation>Prancha lateral</translation>
    </message>
    <message>
        <source>Lie on your right side, propped on your forearm with the elbow under the shoulder, legs stacked.</source>
        <translation>Deite-se sobre o lado direito, apoiado no antebraço com o cotovelo sob o ombro, pernas uma sobre a outra.</translation>
    </message>
    <message>
        <source>Lift your hips into a straight line, lifting from the waist. Hold.</source>
        <translation>Erga o quadril até formar uma linha reta, subindo a partir da cintura. Segure.</translation>
    </message>
    <message>
        <source>Lift your right knee and hold the shin with your free hand, drawing it gently toward your chest. Hold.</source>
        <translation>Levante o joelho direito e segure a canela com a mão livre, puxando-a suavemente em direção ao peito. Segure.</translation>
    </message>
    <message>
        <source>Lower it, turn so your other hand rests on the desk, then lift your left knee the same way and hold.</source>
        <translation>Abaixe-o, vire-se para apoiar a outra mão na mesa e então levante o joelho esquerdo do mesmo jeito e segure.</translation>
    </message>
    <message>
        <source>Don&apos;t yank the knee: a gentle pull is enough.</source>
        <translation>Não puxe o joelho com força: um puxão suave basta.</translation>
    </message>
    <message>
        <source>Lower, turn onto your left side and lift the same way. Hold.</source>
        <translation>Desça, vire para o lado esquerdo e suba da mesma forma. Segure.</translation>
    </message>
    <message>
        <source>The side of your waist working.</source>
        <translation>A lateral da cintura trabalhando.</translation>
    </message>
    <message>
        <source>Don&apos;t push up from the shoulder: lift from the waist.</source>
        <translation>Não empurre com o ombro: suba a partir da cintura.</translation>
    </message>
    <message>
        <source>Don&apos;t let the hips roll forward or sag.</source>
        <translation>Não deixe o quadril rolar para a frente nem cair.</translation>
    </message>
    <message>
        <source>Sphinx</source>
        <translation>Esfinge</translation>
    </message>
    <message>
        <source>Lie face down with your legs stretched out behind you.</source>
        <translation>Deite-se de barriga para baixo com as pernas estendidas para trás.</translation>
    </message>
    <message>
        <source>Rise onto your forearms, elbows under shoulders. Press your hips gently toward the floor and breathe slowly.</source>
        <translation>Apoie-se nos antebraços, cotovelos sob os ombros. Pressione suavemente o quadril em direção ao chão e respire devagar.</translation>
    </message>
    <message>
        <source>Your lower back gently switched on.</source>
        <translation>A lombar suavemente ativada.</translation>
    </message>
    <message>
        <source>Deep breaths in through the nose, out through the mouth.</source>
        <translation>Respirações profundas, inspirando pelo nariz e expirando pela boca.</translation>
    </message>
    <message>
        <source>Don&apos;t hunch your shoulders up to your ears.</source>
        <translation>Não encolha os ombros até as orelhas.</translation>
    </message>
    <message>
        <source>Don&apos;t push into pain.</source>
        <translation>Não force até sentir dor.</translation>
    </message>
    <message>
        <source>Standing back extension</source>
        <translation>Extensão das costas em pé</translation>
    </message>
    <message>
        <source>Stand tall, feet hip-width apart, hands on your lower back.</source>
        <translation>Fique em pé e ereto, pés afastados na largura do quadril, mãos na lombar.</translation>
    </message>
    <message>
        <source>Ease your hips forward and lift your chest, leaning back only a little. Pause, then come back upright.</source>
        <translation>Leve o quadril suavemente para a frente e erga o peito, inclinando-se só um pouco para trás. Faça uma pausa e volte à posição ereta.</translation>
    </message>
    <message>
        <source>Your lower back muscles working gently.</source>
        <translation>Os músculos da lombar trabalhando suavemente.</translation>
    </message>
    <message>
        <source>Your chest opening after sitting.</source>
        <translation>O peito se abrindo depois de ficar sentado.</translation>
    </message>
    <message>
        <source>Don&apos;t drop your head back: keep your eyes ahead.</source>
        <translation>Não jogue a cabeça para trás: mantenha o olhar à frente.</translation>
    </message>
    <message>
        <source>Don&apos;t lean further than feels easy.</source>
        <translation>Não incline mais do que for fácil.</translation>
    </message>
    <message>
        <source>Standing knee-to-chest</source>
        <translation>Joelho ao peito em pé</translation>
    </message>
    <message>
        <source>Stand tall next to your desk with one hand resting on it for balance.</source>
        <translation>Fique em pé e ereto ao lado da mesa, com uma mão apoiada nela para se equilibrar.</translation>
    </message>
    <message>
        <source>A gentle pull low in your back and behind the hip.</source>
        <translation>Um puxão suave na parte baixa das costas e atrás do quadril.</translation>
    </message>
    <message>
        <source>Don&apos;t sag on the standing leg; stay tall.</source>
        <translation>Não afunde sobre a perna de apoio; mantenha-se ereto.</translation>
    </message>
    <message>
        <source>Superman</source>
        <translation>Super-Homem</translation>
    </message>
    <message>
        <source>Lie face down, legs straight behind you, arms stretched past your head.</source>
        <translation>Deite-se de barriga para baixo, pernas esticadas para trás, braços estendidos além da cabeça.</translation>
    </message>
    <message>
        <source>Your back and buttocks working together.</source>
        <translation>As costas e os glúteos trabalhando juntos.</translation>
    </message>
    <message>
        <source>Don&apos;t lift high: a few centimetres is plenty.</source>
        <translation>Não suba muito: alguns centímetros bastam.</translation>
    </message>
    <message>
        <source>Keep your eyes on the floor rather than craning your neck.</source>
        <translation>Mantenha o olhar no chão em vez de esticar o pescoço.</translation>
    </message>
    <message>
        <source>The same person stepping backwards, the rear foot pushing the floor away.</source>
        <translation>A mesma pessoa dá um passo para trás, o pé de trás empurrando o chão.</translation>
    </message>
    <message>
        <source>A person standing tall, facing away from the free space behind them.</source>
        <translation>Uma pessoa em pé e ereta, de costas para o espaço livre atrás dela.</translation>
    </message>
    <message>
        <source>The same person lifting the hips from the knees to the shoulders in one line.</source>
        <translation>A mesma pessoa eleva o quadril, dos joelhos aos ombros em uma só linha.</translation>
    </message>
    <message>
        <source>A person lying on one side, knees bent back, propped on the forearm, the top arm up.</source>
        <translation>Uma pessoa deitada de lado, joelhos dobrados para trás, apoiada no antebraço, o braço de cima levantado.</translation>
    </message>
    <message>
        <source>The same person reaching one arm forward and the opposite leg back in one line.</source>
        <translation>A mesma pessoa estende um braço à frente e a perna oposta para trás, em uma só linha.</translation>
    </message>
    <message>
        <source>A person on hands and knees, back flat.</source>
        <translation>Uma pessoa de quatro apoios, com as costas retas.</translation>
    </message>
    <message>
        <source>The same person with the hips lifted, knees, hips and shoulders in one line.</source>
        <translation>A mesma pessoa com o quadril elevado, joelhos, quadril e ombros alinhados.</translation>
    </message>
    <message>
        <source>A person lying on their back, knees bent and feet flat on the floor.</source>
        <translation>Uma pessoa deitada de costas, joelhos dobrados e pés apoiados no chão.</translation>
    </message>
    <message>
        <source>The same person folded forward over the thighs, arms reaching long in front.</source>
        <translation>A mesma pessoa dobrada para a frente sobre as coxas, os braços estendidos à frente.</translation>
    </message>
    <message>
        <source>A person kneeling, sitting back on the heels, back upright.</source>
        <translation>Uma pessoa ajoelhada, sentada sobre os calcanhares, com as costas eretas.</translation>
    </message>
    <message>
        <source>The same person with hips high and arms and legs straight, an upside-down V.</source>
        <translation>A mesma pessoa com o quadril alto e braços e pernas estendidos, um V invertido.</translation>
    </message>
    <message>
        <source>A person on hands and knees, knees under the hips.</source>
        <translation>Uma pessoa de quatro apoios, joelhos sob o quadril.</translation>
    </message>
    <message>
        <source>The same person drawing the lower belly in, an arrow pointing inward.</source>
        <translation>A mesma pessoa recolhe o baixo-ventre, uma seta apontando para dentro.</translation>
    </message>
    <message>
        <source>A person sitting tall on a chair, belly relaxed.</source>
        <translation>Uma pessoa sentada ereta em uma cadeira, com a barriga relaxada.</translation>
    </message>
    <message>
        <source>The same person squeezing the buttocks, which are highlighted.</source>
        <translation>A mesma pessoa contrai os glúteos, que aparecem destacados.</translation>
    </message>
    <message>
        <source>A person standing tall beside a desk, feet hip-width apart.</source>
        <translation>Uma pessoa em pé e ereta ao lado de uma mesa, pés afastados na largura do quadril.</translation>
    </message>
    <message>
        <source>The same person tucking the tailbone under, the front of the back hip highlighted.</source>
        <translation>A mesma pessoa encaixa o cóccix, a frente do quadril de trás destacada.</translation>
    </message>
    <message>
        <source>A person in a short split stance, one hand on a desk, one foot back.</source>
        <translation>Uma pessoa em passada curta, uma mão na mesa, um pé atrás.</translation>
    </message>
    <message>
        <source>The same person drawing one knee toward the chest, a hand on the shin.</source>
        <translation>A mesma pessoa traz um joelho em direção ao peito, uma mão na canela.</translation>
    </message>
    <message>
        <source>The same person a stride later, the other foot in front.</source>
        <translation>A mesma pessoa um passo depois, com o outro pé à frente.</translation>
    </message>
    <message>
        <source>A person walking tall, head up, one foot in front.</source>
        <translation>Uma pessoa caminhando ereta, cabeça erguida, um pé à frente.</translation>
    </message>
    <message>
        <source>The same person on forearms and knees, head, shoulders, hips and knees in one line.</source>
        <translation>A mesma pessoa apoiada nos antebraços e joelhos, cabeça, ombros, quadril e joelhos alinhados.</translation>
    </message>
    <message>
        <source>Lift one arm and the opposite leg a few centimetres, then lower them. Next time lift the other arm and leg.</source>
        <translation>Levante um braço e a perna oposta alguns centímetros e abaixe-os. Na próxima vez, o outro braço e a outra perna.</translation>
    </message>
    <message>
        <source>right arm and left leg</source>
        <translation>braço direito e perna esquerda</translation>
    </message>
    <message>
        <source>left arm and right leg</source>
        <translation>braço esquerdo e perna direita</translation>
    </message>
    <message>
        <source>The same person letting the belly sink and the chest lift.</source>
        <translation>A mesma pessoa deixa a barriga descer e o peito subir.</translation>
    </message>
    <message>
        <source>A person on hands and knees, the back rounded up, tailbone and chin tucked.</source>
        <translation>Uma pessoa de quatro apoios, as costas arredondadas para cima, cóccix e queixo recolhidos.</translation>
    </message>
    <message>
        <source>A person lying face down, propped on the forearms, knees on the floor.</source>
        <translation>Uma pessoa deitada de bruços, apoiada nos antebraços, joelhos no chão.</translation>
    </message>
    <message>
        <source>Seen from above: the same person with both knees lowered to one side, shoulders down.</source>
        <translation>Vista de cima: a mesma pessoa com os dois joelhos inclinados para um lado, ombros no chão.</translation>
    </message>
    <message>
        <source>Seen from above: a person lying on their back on a mat, arms out in a T, knees drawn up.</source>
        <translation>Vista de cima: uma pessoa deitada de costas num colchonete, braços em T, joelhos dobrados para cima.</translation>
    </message>
    <message>
        <source>A person lying on their back with the legs relaxed.</source>
        <translation>Uma pessoa deitada de costas, com as pernas relaxadas.</translation>
    </message>
    <message>
        <source>The same person in a lunge: front knee over the ankle, back knee lowered, trunk upright.</source>
        <translation>A mesma pessoa em avanço: joelho da frente sobre o tornozelo, joelho de trás abaixado, tronco ereto.</translation>
    </message>
    <message>
        <source>A person standing tall with feet hip-width apart and space in front.</source>
        <translation>Uma pessoa em pé e ereta, pés na largura do quadril e espaço à frente.</translation>
    </message>
    <message>
        <source>The same person pressing the lower back into the floor by tipping the pelvis.</source>
        <translation>A mesma pessoa pressiona a lombar contra o chão inclinando a pelve.</translation>
    </message>
    <message>
        <source>A person lying on their back, knees bent, a small gap under the lower back.</source>
        <translation>Uma pessoa deitada de costas, joelhos dobrados, um pequeno vão sob a lombar.</translation>
    </message>
    <message>
        <source>The same person on forearms and toes, head, shoulders and hips in one straight line.</source>
        <translation>A mesma pessoa apoiada nos antebraços e na ponta dos pés, cabeça, ombros e quadril em linha reta.</translation>
    </message>
    <message>
        <source>A person lying face down, propped on the forearms, elbows under the shoulders.</source>
        <translation>Uma pessoa deitada de bruços, apoiada nos antebraços, cotovelos sob os ombros.</translation>
    </message>
    <message>
        <source>The same person tipping the pelvis back, the lower back pressed into the chair.</source>
        <translation>A mesma pessoa inclina a pelve para trás, a lombar pressionada contra a cadeira.</translation>
    </message>
    <message>
        <source>A person sitting on a chair, the pelvis tipped forward and a gap behind the lower back.</source>
        <translation>Uma pessoa sentada em uma cadeira, a pelve inclinada para a frente e um vão atrás da lombar.</translation>
    </message>
    <message>
        <source>The same person leaning to one side, the side of the waist highlighted.</source>
        <translation>A mesma pessoa inclinada para um lado, a lateral da cintura destacada.</translation>
    </message>
    <message>
        <source>A person seen from the front, sitting upright with feet wide apart.</source>
        <translation>Uma pessoa vista de frente, sentada ereta com os pés bem afastados.</translation>
    </message>
    <message>
        <source>The same person with the hips lifted, body in one straight line from feet to head.</source>
        <translation>A mesma pessoa com o quadril elevado, o corpo em linha reta dos pés à cabeça.</translation>
    </message>
    <message>
        <source>A person lying on one side, propped on the forearm under the shoulder, the top arm up.</source>
        <translation>Uma pessoa deitada de lado, apoiada no antebraço sob o ombro, o braço de cima levantado.</translation>
    </message>
    <message>
        <source>The same person resting on the forearms, elbows under the shoulders, chest lifted.</source>
        <translation>A mesma pessoa apoiada nos antebraços, cotovelos sob os ombros, peito elevado.</translation>
    </message>
    <message>
        <source>A person lying face down, legs stretched out behind.</source>
        <translation>Uma pessoa deitada de bruços, pernas estendidas para trás.</translation>
    </message>
    <message>
        <source>The same person easing the hips forward and leaning back a little.</source>
        <translation>A mesma pessoa leva o quadril suavemente para a frente e se inclina um pouco para trás.</translation>
    </message>
    <message>
        <source>A person standing tall with both hands on the lower back.</source>
        <translation>Uma pessoa em pé e ereta, com as duas mãos na lombar.</translation>
    </message>
    <message>
        <source>The same person holding one knee up toward the chest with the other hand.</source>
        <translation>A mesma pessoa segura um joelho levantado em direção ao peito com a outra mão.</translation>
    </message>
    <message>
        <source>A person standing tall next to a desk, one hand resting on it for balance.</source>
        <translation>Uma pessoa em pé e ereta ao lado de uma mesa, uma mão apoiada nela para se equilibrar.</translation>
    </message>
    <message>
        <source>The same person lifting one arm and the opposite leg a few centimetres.</source>
        <translation>A mesma pessoa levanta um braço e a perna oposta alguns centímetros.</translation>
    </message>
    <message>
        <source>A person lying face down, arms stretched past the head.</source>
        <translation>Uma pessoa deitada de bruços, braços estendidos além da cabeça.</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>See a doctor now, and do not exercise, if you have:</source>
        <translation>Procure um médico agora, e não faça exercícios, se você tiver:</translation>
    </message>
    <message>
        <source>Ask a doctor or physiotherapist before these exercises if:</source>
        <translation>Consulte um médico ou fisioterapeuta antes destes exercícios se:</translation>
    </message>
    <message>
        <source>Whenever you exercise:</source>
        <translation>Sempre que se exercitar:</translation>
    </message>
    <message>
        <source>Before you exercise — backbreak</source>
        <translation>Antes de se exercitar — backbreak</translation>
    </message>
    <message>
        <source>Tick what applies to you: backbreak then swaps in a gentler exercise or leaves that one out.</source>
        <translation>Marque o que se aplica a você: o backbreak troca por um exercício mais suave ou deixa esse de fora.</translation>
    </message>
    <message>
        <source>Keep these ticks</source>
        <translation>Manter estas marcações</translation>
    </message>
    <message>
        <source>What you ticked</source>
        <translation>O que você marcou</translation>
    </message>
    <message>
        <source>Open the safety screen…</source>
        <translation>Abrir a tela de segurança…</translation>
    </message>
    <message>
        <source>When to see a doctor, who should ask first, and the exercises to leave out</source>
        <translation>Quando procurar um médico, quem deve perguntar antes e quais exercícios deixar de fora</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Alternate stretches and walks</source>
        <translation>Alternar alongamentos e caminhadas</translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation>Alongamentos</translation>
    </message>
    <message>
        <source>Walks</source>
        <translation>Caminhadas</translation>
    </message>
    <message>
        <source>Automatic (follows your progress)</source>
        <translation>Automático (acompanha seu progresso)</translation>
    </message>
    <message>
        <source>Gentle</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Intenso</translation>
    </message>
    <message>
        <source>Settings — backbreak</source>
        <translation>Configurações — backbreak</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de configurações</translation>
    </message>
    <message>
        <source>Breaks, working hours, routines and general settings</source>
        <translation>Pausas, horário de trabalho, rotinas e configurações gerais</translation>
    </message>
    <message>
        <source>&amp;Breaks</source>
        <translation>&amp;Pausas</translation>
    </message>
    <message>
        <source>Working &amp;hours</source>
        <translation>&amp;Horário de trabalho</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>&amp;Rotinas</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Geral</translation>
    </message>
    <message>
        <source>Problem with the settings</source>
        <translation>Problema nas configurações</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Use these settings and close</source>
        <translation>Usar estas configurações e fechar</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Use these settings now and keep the dialog open</source>
        <translation>Usar estas configurações agora e manter a janela aberta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close without changing anything not yet applied</source>
        <translation>Fechar sem mudar nada que ainda não foi aplicado</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restaurar padrões</translation>
    </message>
    <message>
        <source>Put the default value in every field; nothing changes until you apply</source>
        <translation>Colocar o valor padrão em cada campo; nada muda até você aplicar</translation>
    </message>
    <message>
        <source>Interval between breaks</source>
        <translation>Intervalo entre pausas</translation>
    </message>
    <message>
        <source>Minutes of sitting before you are asked to get up</source>
        <translation>Minutos sentado antes de você ser chamado a levantar</translation>
    </message>
    <message>
        <source>Time away that counts as a break</source>
        <translation>Ausência que conta como pausa</translation>
    </message>
    <message>
        <source>Minutes away from the computer after which the break counts as taken</source>
        <translation>Minutos longe do computador depois dos quais a pausa conta como feita</translation>
    </message>
    <message>
        <source>Walk after standing</source>
        <translation>Caminhada depois de ficar em pé</translation>
    </message>
    <message>
        <source>Minutes of standing at your desk after which a short walk is suggested</source>
        <translation>Minutos em pé na mesa depois dos quais uma caminhada curta é sugerida</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Notice ahead of a break</source>
        <translation>Aviso antes de uma pausa</translation>
    </message>
    <message>
        <source>Seconds of warning before a break is due</source>
        <translation>Segundos de aviso antes da hora de uma pausa</translation>
    </message>
    <message>
        <source>Snooze length</source>
        <translation>Duração do adiamento</translation>
    </message>
    <message>
        <source>Minutes a snoozed break waits</source>
        <translation>Minutos que uma pausa adiada espera</translation>
    </message>
    <message>
        <source>No snoozing</source>
        <translation>Sem adiar</translation>
    </message>
    <message>
        <source>Snoozes per break</source>
        <translation>Limite de adiamentos por pausa</translation>
    </message>
    <message>
        <source>How many times one break can be put off</source>
        <translation>Quantas vezes uma pausa pode ser adiada</translation>
    </message>
    <message>
        <source>Hold breaks during &amp;calls (camera or microphone in use)</source>
        <translation>Segurar pausas durante &amp;chamadas (câmera ou microfone em uso)</translation>
    </message>
    <message>
        <source>Hold breaks during calls</source>
        <translation>Segurar pausas durante chamadas</translation>
    </message>
    <message>
        <source>A due break waits while another application uses the camera or the microphone</source>
        <translation>Uma pausa devida espera enquanto outro aplicativo usa a câmera ou o microfone</translation>
    </message>
    <message>
        <source>Do not wait</source>
        <translation>Não esperar</translation>
    </message>
    <message>
        <source>Wait for a pause in typing</source>
        <translation>Esperar uma pausa na digitação</translation>
    </message>
    <message>
        <source>Seconds without typing or moving the mouse before a due break is shown</source>
        <translation>Segundos sem digitar nem mover o mouse antes de mostrar uma pausa devida</translation>
    </message>
    <message>
        <source>Longest wait for a pause</source>
        <translation>Espera máxima por uma pausa</translation>
    </message>
    <message>
        <source>After this many seconds the break is shown even while you type</source>
        <translation>Depois destes segundos a pausa aparece mesmo enquanto você digita</translation>
    </message>
    <message>
        <source>&amp;Interval between breaks:</source>
        <translation>&amp;Intervalo entre pausas:</translation>
    </message>
    <message>
        <source>Time &amp;away that counts as a break:</source>
        <translation>&amp;Ausência que conta como pausa:</translation>
    </message>
    <message>
        <source>Suggest a walk after stan&amp;ding:</source>
        <translation>&amp;Sugerir uma caminhada após ficar em pé:</translation>
    </message>
    <message>
        <source>&amp;Notice ahead of a break:</source>
        <translation>A&amp;viso antes de uma pausa:</translation>
    </message>
    <message>
        <source>&amp;Snooze length:</source>
        <translation>&amp;Duração do adiamento:</translation>
    </message>
    <message>
        <source>Snoozes &amp;per break:</source>
        <translation>&amp;Limite de adiamentos por pausa:</translation>
    </message>
    <message>
        <source>Wait for a pause in &amp;typing:</source>
        <translation>Esperar uma pausa na &amp;digitação:</translation>
    </message>
    <message>
        <source>Longest &amp;wait for a pause:</source>
        <translation>Espera &amp;máxima por uma pausa:</translation>
    </message>
    <message>
        <source>Reduce m&amp;otion: show exercises as still pictures</source>
        <translation>Reduzir o mo&amp;vimento: mostrar os exercícios como imagens paradas</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>Reduzir o movimento</translation>
    </message>
    <message>
        <source>Show each exercise&apos;s start and end pose side by side instead of moving (also when the desktop asks for reduced motion)</source>
        <translation>Mostrar lado a lado a posição inicial e final de cada exercício em vez de animá-las (também quando a área de trabalho pede movimento reduzido)</translation>
    </message>
    <message>
        <source>Remind only &amp;during working hours</source>
        <translation>Lembrar só no horário de &amp;trabalho</translation>
    </message>
    <message>
        <source>Remind only during working hours</source>
        <translation>Lembrar só no horário de trabalho</translation>
    </message>
    <message>
        <source>When off, reminders come at any hour on any day</source>
        <translation>Quando desligado, os lembretes vêm a qualquer hora, em qualquer dia</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>Início do horário de trabalho</translation>
    </message>
    <message>
        <source>Time of day the first reminder can come</source>
        <translation>Hora a partir da qual o primeiro lembrete pode vir</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>Fim do horário de trabalho</translation>
    </message>
    <message>
        <source>Remind on this day during working hours</source>
        <translation>Lembrar neste dia durante o horário de trabalho</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>&amp;Início:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Fim:</translation>
    </message>
    <message>
        <source>Wor&amp;king days:</source>
        <translation>&amp;Dias de trabalho:</translation>
    </message>
    <message>
        <source>Once a day, with the first stretch</source>
        <translation>Uma vez por dia, no primeiro alongamento</translation>
    </message>
    <message>
        <source>With every stretch</source>
        <translation>Em todo alongamento</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Kind of break</source>
        <translation>Tipo de pausa</translation>
    </message>
    <message>
        <source>What a scheduled break offers: stretches, walks or both</source>
        <translation>O que uma pausa agendada oferece: alongamentos, caminhadas ou ambos</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <source>How demanding the stretches are</source>
        <translation>O quanto os alongamentos exigem</translation>
    </message>
    <message>
        <source>Walk length</source>
        <translation>Duração da caminhada</translation>
    </message>
    <message>
        <source>Minutes a walking break lasts</source>
        <translation>Minutos que dura uma pausa para caminhar</translation>
    </message>
    <message>
        <source>Pain check-in</source>
        <translation>Registro da dor</translation>
    </message>
    <message>
        <source>When a guided stretch asks how your back is, before and after; the answers adapt the routines</source>
        <translation>Quando um alongamento guiado pergunta como estão suas costas, antes e depois; as respostas adaptam as rotinas</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>Sem meta</translation>
    </message>
    <message>
        <source>Daily walking goal</source>
        <translation>Meta diária de caminhada</translation>
    </message>
    <message>
        <source>Minutes of walking a day counts toward its goal</source>
        <translation>Minutos de caminhada por dia que contam para a meta</translation>
    </message>
    <message>
        <source>&amp;Kind of break:</source>
        <translation>&amp;Tipo de pausa:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Nível:</translation>
    </message>
    <message>
        <source>&amp;Walk length:</source>
        <translation>Duração da &amp;caminhada:</translation>
    </message>
    <message>
        <source>&amp;Pain check-in:</source>
        <translation>Registro da &amp;dor:</translation>
    </message>
    <message>
        <source>Daily walking go&amp;al:</source>
        <translation>&amp;Meta diária de caminhada:</translation>
    </message>
    <message>
        <source>Sa&amp;fety:</source>
        <translation>&amp;Segurança:</translation>
    </message>
    <message>
        <source>Show &amp;notifications</source>
        <translation>Mostrar &amp;notificações</translation>
    </message>
    <message>
        <source>Show notifications</source>
        <translation>Mostrar notificações</translation>
    </message>
    <message>
        <source>Announce breaks with a desktop notification</source>
        <translation>Anunciar as pausas com uma notificação da área de trabalho</translation>
    </message>
    <message>
        <source>Play a &amp;sound with reminders</source>
        <translation>Tocar um &amp;som com os lembretes</translation>
    </message>
    <message>
        <source>Play a sound with reminders</source>
        <translation>Tocar um som com os lembretes</translation>
    </message>
    <message>
        <source>Play a short sound when a break is due</source>
        <translation>Tocar um som curto quando chegar a hora de uma pausa</translation>
    </message>
    <message>
        <source>Hold reminders while &amp;do not disturb is on</source>
        <translation>Segurar os lembretes no modo Não pert&amp;urbe</translation>
    </message>
    <message>
        <source>Hold reminders while do not disturb is on</source>
        <translation>Segurar os lembretes no modo Não perturbe</translation>
    </message>
    <message>
        <source>Wait until the desktop&apos;s do-not-disturb mode ends</source>
        <translation>Esperar o modo Não perturbe da área de trabalho terminar</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Language of backbreak&apos;s windows and messages</source>
        <translation>Idioma das janelas e mensagens do backbreak</translation>
    </message>
    <message>
        <source>Start at log&amp;in</source>
        <translation>Iniciar ao &amp;entrar na sessão</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Iniciar ao entrar na sessão</translation>
    </message>
    <message>
        <source>Start backbreak when you log in to the desktop</source>
        <translation>Iniciar o backbreak quando você entrar na área de trabalho</translation>
    </message>
    <message>
        <source>&amp;Monochrome tray icon</source>
        <translation>Ícone da bandeja &amp;monocromático</translation>
    </message>
    <message>
        <source>Monochrome tray icon</source>
        <translation>Ícone da bandeja monocromático</translation>
    </message>
    <message>
        <source>Draw the tray icon in one colour, like the panel&apos;s own icons</source>
        <translation>Desenhar o ícone em uma só cor, como os outros ícones do painel</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Working hours: the end must be later than the start.</source>
        <translation>Horário de trabalho: o fim deve ser depois do início.</translation>
    </message>
    <message>
        <source>Time of day reminders stop; must be after the start</source>
        <translation>Hora em que os lembretes param; deve ser depois do início</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Stretch now</source>
        <translation>Alongar agora</translation>
    </message>
    <message>
        <source>Take a walk</source>
        <translation>Fazer uma caminhada</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Pause for 30 minutes</source>
        <translation>Pausar por 30 minutos</translation>
    </message>
    <message>
        <source>Pause for 1 hour</source>
        <translation>Pausar por 1 hora</translation>
    </message>
    <message>
        <source>Show break prompt</source>
        <translation>Mostrar o lembrete de pausa</translation>
    </message>
    <message>
        <source>Show stretch</source>
        <translation>Mostrar o alongamento</translation>
    </message>
    <message>
        <source>Show walk</source>
        <translation>Mostrar a caminhada</translation>
    </message>
    <message>
        <source>Start a routine</source>
        <translation>Iniciar uma rotina</translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n minute(s)</source>
        <translation>
            <numerusform>Adiar %n minuto</numerusform>
            <numerusform>Adiar %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause for 2 hours</source>
        <translation>Pausar por 2 horas</translation>
    </message>
    <message>
        <source>Pause until tomorrow morning</source>
        <translation>Pausar até amanhã de manhã</translation>
    </message>
    <message>
        <source>Pause indefinitely</source>
        <translation>Pausar por tempo indeterminado</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>I&apos;m standing</source>
        <translation>Estou em pé</translation>
    </message>
    <message>
        <source>I&apos;m sitting</source>
        <translation>Estou sentado</translation>
    </message>
    <message>
        <source>Weekly history…</source>
        <translation>Histórico semanal…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausado</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>Pausado até %1</translation>
    </message>
    <message>
        <source>Break time</source>
        <translation>Hora da pausa</translation>
    </message>
    <message>
        <source>Break waiting until do-not-disturb ends</source>
        <translation>Pausa aguardando o fim do modo Não perturbe</translation>
    </message>
    <message>
        <source>Break waiting until your call ends</source>
        <translation>Pausa aguardando o fim da sua chamada</translation>
    </message>
    <message>
        <source>No break scheduled</source>
        <translation>Nenhuma pausa agendada</translation>
    </message>
    <message>
        <source>Outside working hours; next break %1</source>
        <translation>Fora do horário de trabalho; próxima pausa %1</translation>
    </message>
    <message>
        <source>Snoozed; next break at %1</source>
        <translation>Adiada; próxima pausa às %1</translation>
    </message>
    <message numerus="yes">
        <source>Next break at %1 (in %n min)</source>
        <translation>
            <numerusform>Próxima pausa às %1 (em %n min)</numerusform>
            <numerusform>Próxima pausa às %1 (em %n min)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Standing; a walk is suggested at %1 (in %n min)</source>
        <translation>
            <numerusform>Em pé; caminhada sugerida às %1 (em %n min)</numerusform>
            <numerusform>Em pé; caminhada sugerida às %1 (em %n min)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WalkCard</name>
    <message>
        <source>backbreak: walk</source>
        <translation>backbreak: caminhada</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>Caminhada</translation>
    </message>
    <message>
        <source>Time walked</source>
        <translation>Tempo caminhado</translation>
    </message>
    <message numerus="yes">
        <source>Walk for %n minute(s).</source>
        <translation>
            <numerusform>Caminhe por %n minuto.</numerusform>
            <numerusform>Caminhe por %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>I&apos;m back</source>
        <translation>Voltei</translation>
    </message>
    <message>
        <source>End the walk and record it</source>
        <translation>Encerrar a caminhada e registrá-la</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Agora não</translation>
    </message>
    <message>
        <source>Cancel the walk (Esc)</source>
        <translation>Cancelar a caminhada (Esc)</translation>
    </message>
</context>
<context>
    <name>WeeklyWindow</name>
    <message>
        <source>Trend of the last weeks</source>
        <translation>Tendência das últimas semanas</translation>
    </message>
    <message>
        <source>(%1 %)</source>
        <translation>(%1%)</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n natural break(s)</source>
        <translation>
            <numerusform>%n pausa natural</numerusform>
            <numerusform>%n pausas naturais</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved: %1</source>
        <translation>Em movimento: %1</translation>
    </message>
    <message>
        <source>Longest sitting: %1</source>
        <translation>Maior tempo sentado: %1</translation>
    </message>
    <message>
        <source>Skipped %1, snoozed %2, unanswered %3</source>
        <translation>Puladas: %1, adiadas: %2, sem resposta: %3</translation>
    </message>
    <message>
        <source>Daily goal met</source>
        <translation>Meta diária cumprida</translation>
    </message>
    <message>
        <source>Daily goal not met</source>
        <translation>Meta diária não cumprida</translation>
    </message>
    <message>
        <source>Breaks per day</source>
        <translation>Pausas por dia</translation>
    </message>
    <message>
        <source>Bar chart of breaks due, breaks taken and natural breaks per day. Left and right arrow keys select a day; its breaks are listed below.</source>
        <translation>Gráfico de barras das pausas previstas, pausas feitas e pausas naturais por dia. As setas para a esquerda e para a direita selecionam um dia; as pausas dele aparecem abaixo.</translation>
    </message>
    <message>
        <source>still to come</source>
        <translation>ainda por vir</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Em movimento</translation>
    </message>
    <message>
        <source>Longest sitting</source>
        <translation>Maior tempo sentado</translation>
    </message>
    <message>
        <source>Goal met</source>
        <translation>Meta cumprida</translation>
    </message>
    <message numerus="yes">
        <source>%n break(s) due</source>
        <translation>
            <numerusform>%n pausa prevista</numerusform>
            <numerusform>%n pausas previstas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n break(s) taken</source>
        <translation>
            <numerusform>%n pausa feita</numerusform>
            <numerusform>%n pausas feitas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n reminder(s) answered</source>
        <translation>
            <numerusform>%1: %2 de %n lembrete atendido</numerusform>
            <numerusform>%1: %2 de %n lembretes atendidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Back pain before</source>
        <translation>Dor nas costas antes</translation>
    </message>
    <message>
        <source>Back pain after</source>
        <translation>Dor nas costas depois</translation>
    </message>
    <message>
        <source>No reminders were due</source>
        <translation>Nenhum lembrete previsto</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n reminder(s) answered</source>
        <translation>
            <numerusform>%1 de %n lembrete atendido</numerusform>
            <numerusform>%1 de %n lembretes atendidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extra break(s)</source>
        <translation>
            <numerusform>%n pausa extra</numerusform>
            <numerusform>%n pausas extras</numerusform>
        </translation>
    </message>
    <message>
        <source>Sitting %1, standing %2</source>
        <translation>Sentado %1, em pé %2</translation>
    </message>
    <message>
        <source>Back pain (0 to 10): %1 before, %2 after</source>
        <translation>Dor nas costas (0 a 10): %1 antes, %2 depois</translation>
    </message>
    <message>
        <source>Reminders answered against reminders due per week. Left and right arrow keys show the week before or after.</source>
        <translation>Lembretes respondidos em relação aos lembretes devidos por semana. As setas esquerda e direita mostram a semana anterior ou seguinte.</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Sentado</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Em pé</translation>
    </message>
    <message numerus="yes">
        <source>%n natural break(s): you got up on your own</source>
        <translation>
            <numerusform>%n pausa natural: você levantou por conta própria</numerusform>
            <numerusform>%n pausas naturais: você levantou por conta própria</numerusform>
        </translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Previstas</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Feitas</translation>
    </message>
    <message>
        <source>Natural breaks</source>
        <translation>Pausas naturais</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Alongamento</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>Caminhada</translation>
    </message>
    <message>
        <source>Natural break</source>
        <translation>Pausa natural</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Feita em parte</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Pulada</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Adiada</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Sem resposta</translation>
    </message>
    <message>
        <source>Got up on my own</source>
        <translation>Levantei por conta própria</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Lembrete</translation>
    </message>
    <message>
        <source>Tray menu</source>
        <translation>Menu da bandeja</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Linha de comando</translation>
    </message>
    <message>
        <source>Away from the desk</source>
        <translation>Longe da mesa</translation>
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
            <numerusform>(%1 de %n passo)</numerusform>
            <numerusform>(%1 de %n passos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly history — backbreak</source>
        <translation>Histórico semanal — backbreak</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <source>Show the week before</source>
        <translation>Mostrar a semana anterior</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>Esta &amp;semana</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Go back to the current week</source>
        <translation>Voltar para a semana atual</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Próxima</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Próxima semana</translation>
    </message>
    <message>
        <source>Show the week after</source>
        <translation>Mostrar a semana seguinte</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exportar histórico</translation>
    </message>
    <message>
        <source>Save the whole break history as a CSV or JSON file</source>
        <translation>Salvar todo o histórico de pausas como arquivo CSV ou JSON</translation>
    </message>
    <message>
        <source>Week shown</source>
        <translation>Semana exibida</translation>
    </message>
    <message>
        <source>Reminders answered this week</source>
        <translation>Lembretes atendidos nesta semana</translation>
    </message>
    <message>
        <source>Minutes moved this week</source>
        <translation>Minutos em movimento nesta semana</translation>
    </message>
    <message>
        <source>Days the daily goal was met</source>
        <translation>Dias com a meta diária cumprida</translation>
    </message>
    <message>
        <source>Running streak</source>
        <translation>Sequência atual</translation>
    </message>
    <message numerus="yes">
        <source>Last %n week(s)</source>
        <translation>
            <numerusform>Última %n semana</numerusform>
            <numerusform>Últimas %n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Iniciada por</translation>
    </message>
    <message>
        <source>Breaks on the selected day</source>
        <translation>Pausas do dia selecionado</translation>
    </message>
    <message>
        <source>Every prompt and natural break of the day selected in the chart</source>
        <translation>Cada lembrete e pausa natural do dia selecionado no gráfico</translation>
    </message>
    <message>
        <source>Week %1: %2</source>
        <translation>Semana %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Daily goal met on %n day(s)</source>
        <translation>
            <numerusform>Meta diária cumprida em %n dia</numerusform>
            <numerusform>Meta diária cumprida em %n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n day(s) in a row</source>
        <translation>
            <numerusform>Sequência: %n dia seguido</numerusform>
            <numerusform>Sequência: %n dias seguidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was recorded in this week.</source>
        <translation>Nada foi registrado nesta semana.</translation>
    </message>
    <message>
        <source>Welcome! Your week will fill in here.

When backbreak asks you to stand up, each stretch or walk you take shows up as a bar for the day, with the minutes you moved.</source>
        <translation>Boas-vindas! Sua semana vai sendo preenchida aqui.

Quando o backbreak pedir para você levantar, cada alongamento ou caminhada que você fizer aparece como uma barra no dia, com os minutos em que você se movimentou.</translation>
    </message>
    <message>
        <source>No breaks yet this week. The first one will show up here.</source>
        <translation>Nenhuma pausa nesta semana ainda. A primeira vai aparecer aqui.</translation>
    </message>
    <message>
        <source>No breaks on this day.</source>
        <translation>Nenhuma pausa neste dia.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Arquivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Export break history</source>
        <translation>Exportar histórico de pausas</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome to backbreak</source>
        <translation>Boas-vindas ao backbreak</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
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
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>backbreak lives in the system tray. After %1 of sitting it asks you to stand up for a short guided stretch or a walk. Time away from the keyboard counts as a break.</source>
        <translation>O backbreak fica na bandeja do sistema. Depois de %1 sentado, ele pede para você levantar para um alongamento guiado curto ou uma caminhada. O tempo longe do teclado conta como pausa.</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Antes de começar</translation>
    </message>
    <message>
        <source>Safety note</source>
        <translation>Aviso de segurança</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message numerus="yes">
        <source>You have been sitting for %n minute(s), through a call.</source>
        <translation>
            <numerusform>Você está sentado há %n minuto, durante uma chamada.</numerusform>
            <numerusform>Você está sentado há %n minutos, durante uma chamada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have been sitting for %n second(s).</source>
        <translation>
            <numerusform>Você está sentado há %n segundo.</numerusform>
            <numerusform>Você está sentado há %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have been sitting for %n minute(s).</source>
        <translation>
            <numerusform>Você está sentado há %n minuto.</numerusform>
            <numerusform>Você está sentado há %n minutos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have been standing for %n minute(s). Standing still is not moving: a short walk gets your back and legs going.</source>
        <translation>
            <numerusform>Você está em pé há %n minuto. Ficar parado em pé não é se mexer: uma caminhada curta põe as costas e as pernas em movimento.</numerusform>
            <numerusform>Você está em pé há %n minutos. Ficar parado em pé não é se mexer: uma caminhada curta põe as costas e as pernas em movimento.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bending backwards hurts</source>
        <translation>Inclinar para trás dói</translation>
    </message>
    <message>
        <source>Kneeling or weight on the wrists hurts</source>
        <translation>Ajoelhar ou apoiar peso nos punhos dói</translation>
    </message>
    <message>
        <source>My balance is unsteady</source>
        <translation>Meu equilíbrio é instável</translation>
    </message>
    <message>
        <source>No room or wish to get on the floor</source>
        <translation>Sem espaço ou vontade de ir ao chão</translation>
    </message>
    <message>
        <source>Nothing ticked: every exercise is offered.</source>
        <translation>Nada marcado: todos os exercícios são oferecidos.</translation>
    </message>
    <message>
        <source>Ticked: %1.</source>
        <translation>Marcado: %1.</translation>
    </message>
</context>
</TS>
