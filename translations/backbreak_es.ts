<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Could not export the history to %1: %2</source>
        <translation>No se pudo exportar el historial a %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more; see &apos;backbreak config check&apos;.</source>
        <translation>
            <numerusform>…y %n más; consulta «backbreak config check».</numerusform>
            <numerusform>…y %n más; consulta «backbreak config check».</numerusform>
        </translation>
    </message>
    <message>
        <source>backbreak: some files have problems</source>
        <translation>backbreak: algunos archivos tienen problemas</translation>
    </message>
    <message>
        <source>backbreak: settings not saved</source>
        <translation>backbreak: no se guardaron los ajustes</translation>
    </message>
    <message>
        <source>backbreak: start at login</source>
        <translation>backbreak: iniciar al entrar</translation>
    </message>
    <message>
        <source>Weekly history</source>
        <translation>Historial semanal</translation>
    </message>
    <message>
        <source>Nothing in this routine suits what you ticked in the safety screen; choose another one, or change the ticks in Settings.</source>
        <translation>Nada de esta rutina encaja con lo que marcaste en la pantalla de seguridad; elige otra o cambia las marcas en Ajustes.</translation>
    </message>
    <message>
        <source>The history cannot be shown: %1</source>
        <translation>No se puede mostrar el historial: %1</translation>
    </message>
</context>
<context>
    <name>Checkin</name>
    <message>
        <source>Pain from 0, no pain, to 10, worst pain</source>
        <translation>Dolor de 0, sin dolor, a 10, el peor dolor</translation>
    </message>
    <message>
        <source>Digits 0 to 9, arrow keys, Home and End choose</source>
        <translation>Los dígitos 0 a 9, las flechas, Inicio y Fin eligen</translation>
    </message>
    <message>
        <source>Nothing chosen yet; digits 0 to 9, arrow keys, Home and End</source>
        <translation>Aún no hay nada elegido; dígitos 0 a 9, flechas, Inicio y Fin</translation>
    </message>
    <message>
        <source>How is your back right now?</source>
        <translation>¿Cómo está tu espalda ahora mismo?</translation>
    </message>
    <message>
        <source>And now?</source>
        <translation>¿Y ahora?</translation>
    </message>
    <message>
        <source>Choose a number: 0 to 9 on the keyboard, or the arrow keys and End for 10. Return confirms; S skips.</source>
        <translation>Elige un número: 0 a 9 en el teclado, o las flechas y Fin para el 10. Intro confirma; S omite.</translation>
    </message>
    <message>
        <source>no pain</source>
        <translation>sin dolor</translation>
    </message>
    <message>
        <source>worst pain</source>
        <translation>el peor dolor</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Go on without answering (S or Esc)</source>
        <translation>Seguir sin responder (S o Esc)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Give this score (Return)</source>
        <translation>Dar esta puntuación (Intro)</translation>
    </message>
    <message>
        <source>A word from backbreak</source>
        <translation>Una nota de backbreak</translation>
    </message>
    <message>
        <source>Safety…</source>
        <translation>Seguridad…</translation>
    </message>
    <message>
        <source>The urgent signs that mean seeing a doctor now</source>
        <translation>Las señales de alarma que requieren ver a un médico ya</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Go on (Return)</source>
        <translation>Seguir (Intro)</translation>
    </message>
    <message>
        <source>Choose a number from 0 to 10 first, or press S to skip.</source>
        <translation>Elige primero un número del 0 al 10, o pulsa S para omitir.</translation>
    </message>
    <message>
        <source>Your back has scored 7 or more on three days in a row. Pain that stays this high deserves a proper look: please make an appointment with a physiotherapist or your doctor. Until then, stay gently active within what feels comfortable, and leave out any movement that makes the pain worse.</source>
        <translation>Tu espalda ha puntuado 7 o más tres días seguidos. Un dolor que se mantiene tan alto merece una valoración: pide cita con un fisioterapeuta o con tu médico. Mientras tanto, mantente activo con suavidad dentro de lo que te resulte cómodo y deja de lado cualquier movimiento que aumente el dolor.</translation>
    </message>
    <message>
        <source>Your back felt 3 or more points worse after this routine than before it. Take it easy for the rest of the day and leave out what provoked it. If the pain has not settled within a day or two, or this keeps happening, please see a physiotherapist or your doctor.</source>
        <translation>Tu espalda estaba 3 puntos o más peor después de esta rutina que antes. Tómatelo con calma el resto del día y deja de lado lo que lo provocó. Si el dolor no se ha calmado en uno o dos días, o esto se repite, consulta a un fisioterapeuta o a tu médico.</translation>
    </message>
    <message>
        <source>If you notice any of the urgent signs listed under Safety, see a doctor straight away.</source>
        <translation>Si notas alguna de las señales de alarma que aparecen en «Seguridad», ve al médico de inmediato.</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>No more snoozes in a row; please take this break.</source>
        <translation>No se puede posponer más veces seguidas; haz esta pausa, por favor.</translation>
    </message>
    <message>
        <source>There is no break to skip right now.</source>
        <translation>Ahora mismo no hay ninguna pausa que omitir.</translation>
    </message>
    <message>
        <source>While the screen is locked you count as sitting.</source>
        <translation>Mientras la pantalla está bloqueada, cuenta como sentado.</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message numerus="yes">
        <source>Break in %n second(s)</source>
        <translation>
            <numerusform>Pausa en %n segundo</numerusform>
            <numerusform>Pausa en %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish your sentence; a short stretch is coming up.</source>
        <translation>Termina la frase: enseguida viene un breve estiramiento.</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Empezar ahora</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Time to stand up</source>
        <translation>Hora de levantarse</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>Dar un paseo</translation>
    </message>
    <message>
        <source>Time for a walk</source>
        <translation>Hora de dar un paseo</translation>
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
        <translation>bajar</translation>
    </message>
    <message>
        <source>lift</source>
        <translation>elevar</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>bajar</translation>
    </message>
    <message>
        <source>reach</source>
        <translation>estirar</translation>
    </message>
    <message>
        <source>come back</source>
        <translation>volver</translation>
    </message>
    <message>
        <source>back</source>
        <translation>atrás</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>adelante</translation>
    </message>
    <message>
        <source>tighten</source>
        <translation>contraer</translation>
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
        <translation>espirar</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>mantener</translation>
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
        <translation>Una repetición: %1</translation>
    </message>
    <message>
        <source>Repetition %1 of %2 (%3): %4</source>
        <comment>%3: the side this repetition works, e.g. &apos;knees to the right&apos;</comment>
        <translation>Repetición %1 de %2 (%3): %4</translation>
    </message>
    <message>
        <source>Repetition %1 of %2: %3</source>
        <translation>Repetición %1 de %2: %3</translation>
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
        <translation>Estiramiento guiado: %1</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Go back one step (Left arrow)</source>
        <translation>Volver un paso (flecha izquierda)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Pause or resume the countdown (Space)</source>
        <translation>Pausar o reanudar la cuenta atrás (Espacio)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Go to the next step (Right arrow)</source>
        <translation>Ir al paso siguiente (flecha derecha)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Finish the routine (Enter)</source>
        <translation>Terminar la rutina (Intro)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Skip the rest of the routine (Esc)</source>
        <translation>Omitir el resto de la rutina (Esc)</translation>
    </message>
    <message>
        <source>Safety…</source>
        <translation>Seguridad…</translation>
    </message>
    <message>
        <source>When to stop and who should ask a professional first</source>
        <translation>Cuándo parar y quién debe consultar antes a un profesional</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n repetition(s)</source>
        <translation>
            <numerusform>%n repetición</numerusform>
            <numerusform>%n repeticiones</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is common practice in physiotherapy; it is not from the articles.</source>
        <translation>«%1» es habitual en fisioterapia; no procede de los artículos.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>an article&apos;s title</comment>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between article titles</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is taken from the article(s) %2.</source>
        <translation>
            <numerusform>«%1» procede del artículo %2.</numerusform>
            <numerusform>«%1» procede de los artículos %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>Queda %n segundo</numerusform>
            <numerusform>Quedan %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Tiempo restante de este paso</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>the day a swap ends: a QLocale date pattern (d day, MMMM month)</comment>
        <translation>d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>you ticked “%1”</source>
        <translation>marcaste «%1»</translation>
    </message>
    <message>
        <source>your back felt worse after it</source>
        <translation>tu espalda estaba peor después</translation>
    </message>
    <message>
        <source>%1 left out until %2 (%3)</source>
        <translation>%1 omitido hasta el %2 (%3)</translation>
    </message>
    <message>
        <source>%1 instead of %2 until %3 (%4)</source>
        <translation>%1 en lugar de %2 hasta el %3 (%4)</translation>
    </message>
    <message>
        <source>%1 left out (%2)</source>
        <translation>%1 omitido (%2)</translation>
    </message>
    <message>
        <source>%1 instead of %2 (%3)</source>
        <translation>%1 en lugar de %2 (%3)</translation>
    </message>
    <message>
        <source>Changed for you: %1.</source>
        <translation>Adaptado para ti: %1.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>empty duration; expected e.g. 90s, 5m or 1h30m</source>
        <translation>duración vacía; se esperaba p. ej. 90s, 5m o 1h30m</translation>
    </message>
    <message>
        <source>%1… is too long for a duration; expected e.g. 1h30m</source>
        <translation>%1… es demasiado largo para una duración; se esperaba p. ej. 1h30m</translation>
    </message>
    <message>
        <source>%1 is not a duration; expected e.g. 90s, 5m or 1h30m</source>
        <translation>%1 no es una duración; se esperaba p. ej. 90s, 5m o 1h30m</translation>
    </message>
    <message>
        <source>%1 is zero; a duration must be longer than that</source>
        <translation>%1 es cero; una duración debe ser mayor</translation>
    </message>
    <message>
        <source>%1 backbreak keeps running without history.</source>
        <translation>%1 backbreak sigue funcionando sin historial.</translation>
    </message>
    <message>
        <source>The history file could not be read; it was moved to %1 and a new history was started in %2.</source>
        <translation>No se pudo leer el archivo del historial; se ha movido a %1 y se ha empezado un historial nuevo en %2.</translation>
    </message>
    <message>
        <source>%1: cannot open the history</source>
        <translation>%1: no se puede abrir el historial</translation>
    </message>
    <message>
        <source>unknown field; expected one of %1</source>
        <translation>campo desconocido; se esperaba uno de estos: %1</translation>
    </message>
    <message>
        <source>missing; expected a text</source>
        <translation>falta; se esperaba un texto</translation>
    </message>
    <message>
        <source>expected a text, got %1</source>
        <translation>se esperaba un texto, se encontró %1</translation>
    </message>
    <message>
        <source>expected a non-empty text</source>
        <translation>se esperaba un texto no vacío</translation>
    </message>
    <message>
        <source>expected a single line of text</source>
        <translation>se esperaba una sola línea de texto</translation>
    </message>
    <message>
        <source>expected at most %1 characters, got %2</source>
        <translation>se esperaban como máximo %1 caracteres, se encontraron %2</translation>
    </message>
    <message>
        <source>expected lowercase letters, digits and &apos;-&apos; (at most 40), got %1</source>
        <translation>se esperaban letras minúsculas, cifras y &apos;-&apos; (como máximo 40), se encontró %1</translation>
    </message>
    <message>
        <source>expected one of %1, got %2</source>
        <translation>se esperaba uno de estos: %1; se encontró %2</translation>
    </message>
    <message>
        <source>missing; expected a whole number from %1 to %2</source>
        <translation>falta; se esperaba un número entero de %1 a %2</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, got %3</source>
        <translation>se esperaba un número entero de %1 a %2, se encontró %3</translation>
    </message>
    <message>
        <source>missing; expected a list of texts (at least %1)</source>
        <translation>falta; se esperaba una lista de textos (al menos %1)</translation>
    </message>
    <message>
        <source>expected a list of texts, got %1</source>
        <translation>se esperaba una lista de textos, se encontró %1</translation>
    </message>
    <message>
        <source>expected %1 to %2 lines, got %3</source>
        <translation>se esperaban de %1 a %2 líneas, se encontraron %3</translation>
    </message>
    <message>
        <source>line %1: expected a text, got %2</source>
        <translation>línea %1: se esperaba un texto, se encontró %2</translation>
    </message>
    <message>
        <source>missing; expected a [%1] table</source>
        <translation>falta; se esperaba una tabla [%1]</translation>
    </message>
    <message>
        <source>expected a table, got %1</source>
        <translation>se esperaba una tabla, se encontró %1</translation>
    </message>
    <message>
        <source>expected gentle &lt;= standard &lt;= strong, got %1 &lt;= %2 &lt;= %3</source>
        <translation>se esperaba gentle &lt;= standard &lt;= strong, se encontró %1 &lt;= %2 &lt;= %3</translation>
    </message>
    <message>
        <source>expected %1 columns (%2), got %3</source>
        <translation>se esperaban %1 columnas (%2), se encontraron %3</translation>
    </message>
    <message>
        <source>expected CSV (%1)</source>
        <translation>se esperaba CSV (%1)</translation>
    </message>
    <message>
        <source>expected an ISO 8601 time such as %1, got %2</source>
        <translation>se esperaba una hora ISO 8601, como %1, se encontró %2</translation>
    </message>
    <message>
        <source>expected a time with a UTC offset such as %1, got %2</source>
        <translation>se esperaba una hora con desfase UTC, como %1, se encontró %2</translation>
    </message>
    <message>
        <source>expected a time from %1 to %2 (UTC), got %3</source>
        <translation>se esperaba una hora de %1 a %2 (UTC), se encontró %3</translation>
    </message>
    <message>
        <source>expected a pain score from 0 to 10, or empty, got %1</source>
        <translation>se esperaba una puntuación de dolor de 0 a 10, o vacío, se encontró %1</translation>
    </message>
    <message>
        <source>expected at most %1 exercises, got %2</source>
        <translation>se esperaban como máximo %1 ejercicios, se encontraron %2</translation>
    </message>
    <message>
        <source>expected exercise ids of lowercase letters, digits and &apos;-&apos; (at most 40), separated by spaces, got %1</source>
        <translation>se esperaban identificadores de ejercicio con minúsculas, dígitos y &apos;-&apos; (como máximo 40), separados por espacios, se encontró %1</translation>
    </message>
    <message>
        <source>expected at most steps_total (%1), got %2</source>
        <translation>se esperaba como máximo steps_total (%1), se encontró %2</translation>
    </message>
    <message>
        <source>expected a time not before started_at (%1), got %2</source>
        <translation>se esperaba una hora no anterior a started_at (%1), se encontró %2</translation>
    </message>
    <message>
        <source>expected a list of exercise ids or null, got %1</source>
        <translation>se esperaba una lista de identificadores de ejercicio o null, se encontró %1</translation>
    </message>
    <message>
        <source>expected a pain score from 0 to 10, or null, got %1</source>
        <translation>se esperaba una puntuación de dolor de 0 a 10, o null, se encontró %1</translation>
    </message>
    <message>
        <source>expected an object with started_at and ended_at, got %1</source>
        <translation>se esperaba un objeto con started_at y ended_at, se encontró %1</translation>
    </message>
    <message>
        <source>expected at most %1 days after started_at, got %2</source>
        <translation>se esperaban como máximo %1 días después de started_at, se encontró %2</translation>
    </message>
    <message>
        <source>expected an object with the CSV columns as keys, got %1</source>
        <translation>se esperaba un objeto con las columnas del CSV como claves, se encontró %1</translation>
    </message>
    <message>
        <source>expected a flat break record, got one nested too deeply</source>
        <translation>se esperaba un registro de pausa plano, se encontró uno anidado demasiado</translation>
    </message>
    <message>
        <source>expected valid JSON (%1)</source>
        <translation>se esperaba JSON válido (%1)</translation>
    </message>
    <message>
        <source>expected a value of at most %1 characters (a break record is a few hundred), got a longer one</source>
        <translation>se esperaba un valor de como máximo %1 caracteres (un registro de pausa tiene unos cientos), se encontró uno más largo</translation>
    </message>
    <message>
        <source>expected a list of break records, got %1</source>
        <translation>se esperaba una lista de registros de pausa, se encontró %1</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>se esperaba %1, se encontró %2</translation>
    </message>
    <message>
        <source>expected %1 or lower, got %2</source>
        <translation>se esperaba %1 o menos, se encontró %2</translation>
    </message>
    <message>
        <source>expected a list of standing spans, got %1</source>
        <translation>se esperaba una lista de periodos de pie, se encontró %1</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>una carpeta</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>una tubería con nombre (FIFO)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>un dispositivo de caracteres</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>un dispositivo de bloques</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>no se puede leer (%1)</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>otra cosa</translation>
    </message>
    <message>
        <source>expected a regular file (a backbreak CSV or JSON export), got %1</source>
        <translation>se esperaba un archivo normal (una exportación CSV o JSON de backbreak), se encontró %1</translation>
    </message>
    <message>
        <source>expected at most %1 (many years of history), got more</source>
        <translation>se esperaba como máximo %1 (muchos años de historial), se encontró más</translation>
    </message>
    <message>
        <source>expected at most %1 (many years of history), got %2</source>
        <translation>se esperaba como máximo %1 (muchos años de historial), se encontró %2</translation>
    </message>
    <message>
        <source>expected a row of at most %1 characters (a history row is a few hundred), got a longer one</source>
        <translation>se esperaba una fila de como máximo %1 caracteres (una fila del historial tiene unos cientos), se encontró una más larga</translation>
    </message>
    <message>
        <source>the file is %1 bytes; expected at most %2</source>
        <translation>el archivo ocupa %1 bytes; se esperaban como máximo %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>no se puede leer el archivo (%1)</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte %1)</source>
        <translation>no es texto UTF-8 (byte %1)</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>se esperaba %1</translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1: línea %2: %3</translation>
    </message>
    <message>
        <source>%1: line %2, %3: %4</source>
        <translation>%1: línea %2, %3: %4</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>se esperaba un objeto JSON</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>%1; nothing was imported from it, and it could not be moved aside: %2</source>
        <translation>%1; no se ha importado nada de él y no se ha podido apartar: %2</translation>
    </message>
    <message>
        <source>%1; nothing was imported from it; it was moved to %2</source>
        <translation>%1; no se ha importado nada de él; se ha movido a %2</translation>
    </message>
    <message>
        <source>expected exactly one of seed (the article) or source = &quot;common-practice&quot;</source>
        <translation>se esperaba exactamente uno de seed (el artículo) o source = &quot;common-practice&quot;</translation>
    </message>
    <message>
        <source>expected %1 (or a seed instead), got %2</source>
        <translation>se esperaba %1 (o un seed en su lugar), se obtuvo %2</translation>
    </message>
    <message>
        <source>a pace says what one repetition is; expected reps beside it</source>
        <translation>pace describe una repetición; se esperaba reps junto a él</translation>
    </message>
    <message>
        <source>expected an even number of moving phases (out and back), got %1</source>
        <translation>se esperaba un número par de fases de movimiento (ida y vuelta), se obtuvo %1</translation>
    </message>
    <message>
        <source>expected one repetition of %1 to %2 seconds, got %3</source>
        <translation>se esperaba una repetición de %1 a %2 segundos, se obtuvo %3</translation>
    </message>
    <message>
        <source>expected a list of cautions, got %1</source>
        <translation>se esperaba una lista de precauciones, se obtuvo %1</translation>
    </message>
    <message>
        <source>expected an exercise id (lowercase letters, digits, &apos;-&apos;), got %1</source>
        <translation>se esperaba un id de ejercicio (minúsculas, dígitos, &apos;-&apos;), se obtuvo %1</translation>
    </message>
    <message>
        <source>expected another exercise than this one</source>
        <translation>se esperaba un ejercicio distinto de este</translation>
    </message>
    <message>
        <source>expected two different sides, got %1 twice</source>
        <translation>se esperaban dos lados distintos, se obtuvo %1 dos veces</translation>
    </message>
    <message>
        <source>sides that alternate each repetition need reps; expected reps beside it</source>
        <translation>los lados que se alternan en cada repetición necesitan repeticiones; se esperaba reps junto a él</translation>
    </message>
    <message>
        <source>expected one work step when each repetition alternates sides, got %1</source>
        <translation>se esperaba un solo paso de ejercicio cuando cada repetición cambia de lado, se obtuvo %1</translation>
    </message>
    <message>
        <source>expected an even number of repetitions at every level (as many on each side), got %1</source>
        <translation>se esperaba un número par de repeticiones en cada nivel (las mismas de cada lado), se obtuvo %1</translation>
    </message>
    <message>
        <source>unknown seed article %1; expected one of %2</source>
        <translation>artículo de origen desconocido %1; se esperaba uno de %2</translation>
    </message>
    <message>
        <source>an alternative is played only for a caution; expected cautions beside it</source>
        <translation>una alternativa solo se usa por una precaución; se esperaba cautions junto a ella</translation>
    </message>
    <message>
        <source>alternative %1 has every caution of this exercise (%2), so it is never a safer swap; expected one without at least one of them</source>
        <translation>la alternativa %1 tiene todas las precauciones de este ejercicio (%2), así que nunca es un cambio más seguro; se esperaba una sin al menos una de ellas</translation>
    </message>
    <message>
        <source>%1 says %2 = %3, not this exercise; expected the two to agree</source>
        <translation>%1 indica %2 = %3, no este ejercicio; se esperaba que ambos coincidan</translation>
    </message>
    <message>
        <source>following %1 comes back to %2; expected no loop</source>
        <translation>seguir %1 vuelve a %2; se esperaba que no hubiera bucles</translation>
    </message>
    <message>
        <source>not valid TOML: %1</source>
        <translation>no es TOML válido: %1</translation>
    </message>
    <message>
        <source>expected exactly one top-level table, [exercise] or [routine], got %1</source>
        <translation>se esperaba exactamente una tabla de nivel superior, [exercise] o [routine]; se encontró %1</translation>
    </message>
    <message>
        <source>expected a [%1] table, got %2</source>
        <translation>se esperaba una tabla [%1], se encontró %2</translation>
    </message>
    <message>
        <source>expected a file name ending in .svg (no folders), got %1</source>
        <translation>se esperaba un nombre de archivo terminado en .svg (sin carpetas), se encontró %1</translation>
    </message>
    <message>
        <source>expected fewer set-up steps than steps (%1) so at least one work step remains, got %2</source>
        <translation>se esperaban menos pasos de preparación que pasos (%1), para que quede al menos un paso de ejercicio; se encontraron %2</translation>
    </message>
    <message>
        <source>expected exactly one of reps or hold_seconds</source>
        <translation>se esperaba exactamente uno de reps o hold_seconds</translation>
    </message>
    <message>
        <source>missing; expected a list of exercise ids</source>
        <translation>falta; se esperaba una lista de ids de ejercicio</translation>
    </message>
    <message>
        <source>expected a non-empty list of exercise ids, got %1</source>
        <translation>se esperaba una lista no vacía de ids de ejercicio, se encontró %1</translation>
    </message>
    <message>
        <source>expected at most 20 exercises, got %1</source>
        <translation>se esperaban como máximo 20 ejercicios, se encontraron %1</translation>
    </message>
    <message>
        <source>expected exercise ids (lowercase letters, digits, &apos;-&apos;), got %1</source>
        <translation>se esperaban ids de ejercicio (letras minúsculas, cifras, &apos;-&apos;), se encontró %1</translation>
    </message>
    <message>
        <source>%1 is not in this routine&apos;s exercises</source>
        <translation>%1 no está entre los ejercicios de esta rutina</translation>
    </message>
    <message>
        <source>levels need reps or hold_seconds beside them</source>
        <translation>levels requiere reps o hold_seconds junto a él</translation>
    </message>
    <message>
        <source>expected 1 to %1 seed articles, got %2</source>
        <translation>se esperaban de 1 a %1 artículos de origen, se obtuvo %2</translation>
    </message>
    <message>
        <source>expected a list such as [&quot;balance&quot;] (of %1), got %2</source>
        <translation>se esperaba una lista como [&quot;balance&quot;] (de %1), se obtuvo %2</translation>
    </message>
    <message>
        <source>expected text without bidirectional control characters, got U+%1</source>
        <translation>se esperaba un texto sin caracteres de control bidireccional, se encontró U+%1</translation>
    </message>
    <message>
        <source>unknown exercise id %1; expected one of the loaded exercises (%2)</source>
        <translation>id de ejercicio desconocido %1; se esperaba uno de los ejercicios cargados (%2)</translation>
    </message>
    <message>
        <source>exercise %1 has position %2; a %3 routine takes only %4</source>
        <translation>el ejercicio %1 tiene la posición %2; una rutina de tipo %3 solo admite %4</translation>
    </message>
    <message>
        <source>exercise %1 counts %2, not %3</source>
        <translation>el ejercicio %1 se mide en %2, no en %3</translation>
    </message>
    <message>
        <source>id %1 is already used by %2; rename it to load this file</source>
        <translation>el id %1 ya lo usa %2; cámbialo para cargar este archivo</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>id %1 is already used by a built-in one; rename it</source>
        <translation>el id %1 ya lo usa uno incluido en backbreak; cámbialo</translation>
    </message>
    <message>
        <source>the other frame of %1 is missing: %2</source>
        <translation>falta la otra imagen de %1: %2</translation>
    </message>
    <message>
        <source>file %1 (or %2 and %3) not found in %4</source>
        <translation>no se encontró el archivo %1 (ni %2 y %3) en %4</translation>
    </message>
    <message>
        <source>expected a duration string such as &quot;30m&quot;, got %1</source>
        <translation>se esperaba una duración como &quot;30m&quot;, se encontró %1</translation>
    </message>
    <message>
        <source>expected between %1 and %2, got %3</source>
        <translation>se esperaba un valor entre %1 y %2, se encontró %3</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>se esperaba true o false, se encontró %1</translation>
    </message>
    <message>
        <source>expected a time of day such as &quot;08:00&quot;, got %1</source>
        <translation>se esperaba una hora como &quot;08:00&quot;, se encontró %1</translation>
    </message>
    <message>
        <source>expected the header %1 (or an earlier one: the same without the last column, or without the last three), got an empty file</source>
        <translation>se esperaba el encabezado %1 (o uno anterior: el mismo sin la última columna, o sin las tres últimas), se encontró un archivo vacío</translation>
    </message>
    <message>
        <source>expected the header %1 (or an earlier one: the same without the last column, or without the last three), got %2</source>
        <translation>se esperaba el encabezado %1 (o uno anterior: el mismo sin la última columna, o sin las tres últimas), se encontró %2</translation>
    </message>
    <message>
        <source>expected outcome natural exactly when kind is natural (a natural break), got outcome %1 with kind %2</source>
        <translation>se esperaba outcome natural exactamente cuando kind es natural (una pausa natural), se encontró outcome %1 con kind %2</translation>
    </message>
    <message>
        <source>expected UTF-8 text (a backbreak CSV or JSON export); byte %1 is not UTF-8</source>
        <translation>se esperaba texto UTF-8 (una exportación CSV o JSON de backbreak); el byte %1 no es UTF-8</translation>
    </message>
    <message>
        <source>[%1] comes only with backbreak itself; expected [exercise] or [routine]</source>
        <translation>[%1] solo viene con el propio backbreak; se esperaba [exercise] o [routine]</translation>
    </message>
    <message>
        <source>expected a list of days such as [&quot;mon&quot;, &quot;tue&quot;], got %1</source>
        <translation>se esperaba una lista de días como [&quot;mon&quot;, &quot;tue&quot;], se encontró %1</translation>
    </message>
    <message>
        <source>expected days among %1, got %2</source>
        <translation>se esperaban días de entre %1; se encontró %2</translation>
    </message>
    <message>
        <source>expected a locale name such as &quot;de&quot; or &quot;pt_BR&quot; (empty: system), got %1</source>
        <translation>se esperaba un código de idioma como &quot;de&quot; o &quot;pt_BR&quot; (vacío: el del sistema), se encontró %1</translation>
    </message>
    <message>
        <source>not valid TOML (%1); using all defaults</source>
        <translation>no es TOML válido (%1); se usan todos los valores predeterminados</translation>
    </message>
    <message>
        <source>unknown section; expected one of %1</source>
        <translation>sección desconocida; se esperaba una de estas: %1</translation>
    </message>
    <message>
        <source>unknown key; expected one of %1</source>
        <translation>clave desconocida; se esperaba una de estas: %1</translation>
    </message>
    <message>
        <source>%1; using the default</source>
        <translation>%1; se usa el valor predeterminado</translation>
    </message>
    <message>
        <source>expected a time after working_hours.start; using the default working hours</source>
        <translation>se esperaba una hora posterior a working_hours.start; se usa el horario laboral predeterminado</translation>
    </message>
    <message>
        <source>the file is %1 bytes; expected at most %2; using all defaults</source>
        <translation>el archivo ocupa %1 bytes; se esperaban como máximo %2; se usan todos los valores predeterminados</translation>
    </message>
    <message>
        <source>cannot be read (%1); using all defaults</source>
        <translation>no se puede leer (%1); se usan todos los valores predeterminados</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte %1); using all defaults</source>
        <translation>no es texto UTF-8 (byte %1); se usan todos los valores predeterminados</translation>
    </message>
    <message>
        <source>%1: cannot create the history file: %2</source>
        <translation>%1: no se puede crear el archivo del historial: %2</translation>
    </message>
    <message>
        <source>%1: cannot open the history: %2</source>
        <translation>%1: no se puede abrir el historial: %2</translation>
    </message>
    <message>
        <source>%1: cannot start a fresh history: %2</source>
        <translation>%1: no se puede empezar un historial nuevo: %2</translation>
    </message>
    <message>
        <source>%1: written by a newer backbreak (schema version %2; this version reads up to %3). The file was left untouched; upgrade backbreak to use it.</source>
        <translation>%1: lo escribió una versión más reciente de backbreak (versión de esquema %2; esta versión lee hasta la %3). No se ha modificado el archivo; actualiza backbreak para usarlo.</translation>
    </message>
    <message>
        <source>%1: the file is damaged and could not be moved aside to %2: %3</source>
        <translation>%1: el archivo está dañado y no se pudo apartar a %2: %3</translation>
    </message>
    <message>
        <source>%1: could not write the history: %2</source>
        <translation>%1: no se pudo escribir el historial: %2</translation>
    </message>
    <message>
        <source>%1: could not write the history (%2)</source>
        <translation>%1: no se pudo escribir el historial (%2)</translation>
    </message>
    <message>
        <source>%1; breaks are kept in memory and written when it works again</source>
        <translation>%1; las pausas se guardan en memoria y se escribirán cuando vuelva a funcionar</translation>
    </message>
    <message>
        <source>%1: no history row with id %2</source>
        <translation>%1: no hay ninguna fila del historial con el id %2</translation>
    </message>
    <message>
        <source>%1; the history cannot be read until it can be opened</source>
        <translation>%1; no se puede leer el historial hasta que se pueda abrir</translation>
    </message>
    <message>
        <source>%1: could not read the history: %2</source>
        <translation>%1: no se pudo leer el historial: %2</translation>
    </message>
</context>
<context>
    <name>PromptCard</name>
    <message>
        <source>backbreak: time to stand up</source>
        <translation>backbreak: hora de levantarse</translation>
    </message>
    <message>
        <source>Break reminder</source>
        <translation>Recordatorio de pausa</translation>
    </message>
    <message>
        <source>Start the guided stretch now</source>
        <translation>Empezar ahora el estiramiento guiado</translation>
    </message>
    <message>
        <source>Walk instead</source>
        <translation>Mejor caminar</translation>
    </message>
    <message>
        <source>Take a short walk instead</source>
        <translation>Dar un paseo corto en su lugar</translation>
    </message>
    <message>
        <source>Ask again in a few minutes</source>
        <translation>Volver a preguntar en unos minutos</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Skip this break (Esc)</source>
        <translation>Saltar esta pausa (Esc)</translation>
    </message>
    <message>
        <source>Time to stand up</source>
        <translation>Hora de levantarse</translation>
    </message>
    <message>
        <source>Next up: %1.</source>
        <translation>A continuación: %1.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences, one after the other</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Time for a walk</source>
        <translation>Hora de dar un paseo</translation>
    </message>
    <message>
        <source>Take a walk</source>
        <translation>Dar un paseo</translation>
    </message>
    <message numerus="yes">
        <source>Stretch (%n min)</source>
        <translation>
            <numerusform>Estirar (%n min)</numerusform>
            <numerusform>Estirar (%n min)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n min</source>
        <translation>
            <numerusform>Posponer %n min</numerusform>
            <numerusform>Posponer %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Routines</name>
    <message>
        <source>Move slowly and with control. A mild stretch is enough; nothing should hurt.</source>
        <translation>Muévete despacio y con control. Basta con un estiramiento suave; nada debería doler.</translation>
    </message>
    <message>
        <source>Stop at once if you feel a sharp pain, and don&apos;t push through it.</source>
        <translation>Para de inmediato si sientes un dolor agudo, y no sigas forzando.</translation>
    </message>
    <message>
        <source>If discomfort keeps going, keeps coming back or limits your day, see a health professional.</source>
        <translation>Si la molestia continúa, vuelve una y otra vez o te limita en el día a día, consulta a un profesional sanitario.</translation>
    </message>
    <message>
        <source>backbreak reminds you to move; it is not medical advice.</source>
        <translation>backbreak te recuerda que te muevas; no es consejo médico.</translation>
    </message>
    <message>
        <source>Switch on your core</source>
        <translation>Activa tu zona media</translation>
    </message>
    <message>
        <source>Find your deep belly and buttock muscles, then stand and use them.</source>
        <translation>Localiza los músculos profundos del abdomen y los glúteos; después, ponte de pie y úsalos.</translation>
    </message>
    <message>
        <source>Hip and lower-back opener</source>
        <translation>Apertura de cadera y zona lumbar</translation>
    </message>
    <message>
        <source>Gentle stretches for hips and back that have been folded in a chair.</source>
        <translation>Estiramientos suaves para la cadera y la espalda tras estar doblados en una silla.</translation>
    </message>
    <message>
        <source>Seated reset</source>
        <translation>Pausa sentado</translation>
    </message>
    <message>
        <source>Three moves you can do without leaving your chair.</source>
        <translation>Tres movimientos que puedes hacer sin levantarte de la silla.</translation>
    </message>
    <message>
        <source>Stand-up reset</source>
        <translation>Pausa de pie</translation>
    </message>
    <message>
        <source>Four standing moves beside your desk to wake up your glutes and ease your lower back.</source>
        <translation>Cuatro movimientos de pie junto a tu mesa para despertar los glúteos y aliviar la zona lumbar.</translation>
    </message>
    <message>
        <source>At home: floor routine</source>
        <translation>En casa: rutina en el suelo</translation>
    </message>
    <message>
        <source>A longer session on a mat: warm up, strengthen your core, then stretch and rest.</source>
        <translation>Una sesión más larga sobre una esterilla: calienta, fortalece la zona media y luego estira y descansa.</translation>
    </message>
    <message>
        <source>Posture walk</source>
        <translation>Paseo con buena postura</translation>
    </message>
    <message>
        <source>A short walk with your belly and buttocks gently working and your head up.</source>
        <translation>Un paseo corto con el abdomen y los glúteos trabajando suavemente y la cabeza alta.</translation>
    </message>
    <message>
        <source>A few steps backwards</source>
        <translation>Unos pasos hacia atrás</translation>
    </message>
    <message>
        <source>Your buttock muscles tightening with each backward step.</source>
        <translation>Los glúteos se contraen con cada paso hacia atrás.</translation>
    </message>
    <message>
        <source>A strong, purposeful stride.</source>
        <translation>Un paso firme y decidido.</translation>
    </message>
    <message>
        <source>Don&apos;t rush.</source>
        <translation>No te apresures.</translation>
    </message>
    <message>
        <source>Glance over your shoulder rather than stepping blind.</source>
        <translation>Mira por encima del hombro en vez de pisar a ciegas.</translation>
    </message>
    <message>
        <source>Bird-dog</source>
        <translation>Perro de caza (bird-dog)</translation>
    </message>
    <message>
        <source>Come onto hands and knees: wrists under shoulders, knees under hips, back flat.</source>
        <translation>Ponte a cuatro patas: muñecas bajo los hombros, rodillas bajo las caderas, espalda recta.</translation>
    </message>
    <message>
        <source>Don&apos;t lift the hand or heel higher than your back.</source>
        <translation>No subas la mano ni el talón por encima de la espalda.</translation>
    </message>
    <message>
        <source>Don&apos;t let the hips twist open.</source>
        <translation>No dejes que la cadera gire hacia un lado.</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>Puente</translation>
    </message>
    <message>
        <source>Lie on your back, knees bent, feet flat on the floor and hip-width apart.</source>
        <translation>Túmbate boca arriba, con las rodillas dobladas y los pies apoyados en el suelo, separados al ancho de la cadera.</translation>
    </message>
    <message>
        <source>Press through your heels and lift your hips until knees, hips and shoulders make one line. Hold a few seconds, then lower slowly.</source>
        <translation>Empuja con los talones y eleva la cadera hasta que rodillas, cadera y hombros formen una línea. Mantén unos segundos y baja despacio.</translation>
    </message>
    <message>
        <source>Your buttocks and the backs of your thighs doing the lifting.</source>
        <translation>Los glúteos y la parte posterior de los muslos hacen el esfuerzo.</translation>
    </message>
    <message>
        <source>Don&apos;t arch your back to lift higher: control matters more than height.</source>
        <translation>No arquees la espalda para subir más: importa más el control que la altura.</translation>
    </message>
    <message>
        <source>Don&apos;t drop down fast.</source>
        <translation>No bajes de golpe.</translation>
    </message>
    <message>
        <source>Cat-cow</source>
        <translation>Gato-vaca</translation>
    </message>
    <message>
        <source>Come onto hands and knees with a flat back, wrists under shoulders, knees under hips.</source>
        <translation>Ponte a cuatro patas con la espalda recta, muñecas bajo los hombros y rodillas bajo las caderas.</translation>
    </message>
    <message>
        <source>Breathe in and let the belly sink as the chest lifts. Breathe out and round your back, tucking tailbone and chin.</source>
        <translation>Inspira y deja que el abdomen baje mientras el pecho se eleva. Espira y redondea la espalda, metiendo el coxis y la barbilla.</translation>
    </message>
    <message>
        <source>Your whole spine moving, a little at a time.</source>
        <translation>Toda la columna se mueve, poco a poco.</translation>
    </message>
    <message>
        <source>Slow breaths leading the movement.</source>
        <translation>Respiraciones lentas que guían el movimiento.</translation>
    </message>
    <message>
        <source>Don&apos;t move faster than your breath.</source>
        <translation>No te muevas más rápido que tu respiración.</translation>
    </message>
    <message>
        <source>Don&apos;t force either end of the movement.</source>
        <translation>No fuerces ninguno de los extremos del movimiento.</translation>
    </message>
    <message>
        <source>Child&apos;s pose</source>
        <translation>Postura del niño</translation>
    </message>
    <message>
        <source>Kneel with your knees a little apart and sit your hips back toward your heels.</source>
        <translation>Arrodíllate con las rodillas un poco separadas y lleva la cadera hacia atrás, hacia los talones.</translation>
    </message>
    <message>
        <source>Fold forward over your thighs with your arms reaching long in front. Rest and breathe deeply.</source>
        <translation>Inclínate hacia delante sobre los muslos con los brazos estirados al frente. Descansa y respira hondo.</translation>
    </message>
    <message>
        <source>Your back widening and softening with each breath.</source>
        <translation>La espalda se ensancha y se relaja con cada respiración.</translation>
    </message>
    <message>
        <source>Don&apos;t fold deeper than is comfortable.</source>
        <translation>No bajes más de lo que te resulte cómodo.</translation>
    </message>
    <message>
        <source>Come up slowly, one part of your back at a time.</source>
        <translation>Sube despacio, desenrollando la espalda poco a poco.</translation>
    </message>
    <message>
        <source>Abdominal drawing-in</source>
        <translation>Meter el abdomen</translation>
    </message>
    <message>
        <source>Sit tall near the front of your chair, feet flat, shoulders loose.</source>
        <translation>Siéntate erguido en la parte delantera de la silla, con los pies apoyados y los hombros sueltos.</translation>
    </message>
    <message>
        <source>Gently pull your lower belly in, as if closing a belt by one notch. Hold for a breath or two, then let go completely.</source>
        <translation>Mete suavemente la parte baja del abdomen, como si apretaras el cinturón un agujero. Mantén una o dos respiraciones y suelta por completo.</translation>
    </message>
    <message>
        <source>A light tightening low in your belly, below the navel.</source>
        <translation>Una ligera tensión en la parte baja del abdomen, bajo el ombligo.</translation>
    </message>
    <message>
        <source>Your lower back feeling held from the inside.</source>
        <translation>La zona lumbar se siente sujeta desde dentro.</translation>
    </message>
    <message>
        <source>Don&apos;t hold your breath: keep breathing normally.</source>
        <translation>No contengas la respiración: sigue respirando con normalidad.</translation>
    </message>
    <message>
        <source>Don&apos;t squeeze hard: this is control, not force.</source>
        <translation>No aprietes fuerte: se trata de control, no de fuerza.</translation>
    </message>
    <message>
        <source>Standing glute squeeze</source>
        <translation>Contracción de glúteos de pie</translation>
    </message>
    <message>
        <source>Stand tall beside your desk, feet hip-width apart, knees soft.</source>
        <translation>Ponte erguido junto a tu mesa, con los pies al ancho de la cadera y las rodillas sin bloquear.</translation>
    </message>
    <message>
        <source>Squeeze your buttocks firmly for about three seconds, then relax them.</source>
        <translation>Aprieta los glúteos con firmeza unos tres segundos y luego relájalos.</translation>
    </message>
    <message>
        <source>Both buttocks firming up.</source>
        <translation>Los dos glúteos se endurecen.</translation>
    </message>
    <message>
        <source>The front of your hips lengthening a little with each squeeze.</source>
        <translation>La parte delantera de la cadera se alarga un poco con cada contracción.</translation>
    </message>
    <message>
        <source>Don&apos;t clench your jaw or lift your shoulders.</source>
        <translation>No aprietes la mandíbula ni subas los hombros.</translation>
    </message>
    <message>
        <source>Don&apos;t lean back to help the squeeze.</source>
        <translation>No te inclines hacia atrás para ayudarte.</translation>
    </message>
    <message>
        <source>Standing hip-flexor stretch</source>
        <translation>Estiramiento de flexores de cadera de pie</translation>
    </message>
    <message>
        <source>Rest one hand on your desk and step your right foot back into a short split stance.</source>
        <translation>Apoya una mano en la mesa y lleva el pie derecho hacia atrás en una zancada corta.</translation>
    </message>
    <message>
        <source>Squeeze the buttock of the back leg and tuck your tailbone under a little. Hold.</source>
        <translation>Aprieta el glúteo de la pierna de atrás y mete un poco el coxis. Mantén.</translation>
    </message>
    <message>
        <source>Swap: left foot back, squeeze that side, and hold.</source>
        <translation>Cambia: pie izquierdo atrás, aprieta ese lado y mantén.</translation>
    </message>
    <message>
        <source>A stretch along the front of the hip of the back leg.</source>
        <translation>Un estiramiento en la parte delantera de la cadera de la pierna de atrás.</translation>
    </message>
    <message>
        <source>The buttock of the back leg working.</source>
        <translation>El glúteo de la pierna de atrás trabajando.</translation>
    </message>
    <message>
        <source>Don&apos;t arch your lower back to go further.</source>
        <translation>No arquees la zona lumbar para llegar más lejos.</translation>
    </message>
    <message>
        <source>Don&apos;t bounce.</source>
        <translation>No hagas rebotes.</translation>
    </message>
    <message>
        <source>Knee rotation</source>
        <translation>Rotación de rodillas</translation>
    </message>
    <message>
        <source>Lie on your back with your arms out to the sides in a T and your knees drawn up.</source>
        <translation>Túmbate boca arriba con los brazos abiertos en T y las rodillas dobladas.</translation>
    </message>
    <message>
        <source>A gentle twist through your lower back.</source>
        <translation>Una torsión suave en la zona lumbar.</translation>
    </message>
    <message>
        <source>Keep both shoulders on the floor.</source>
        <translation>Mantén los dos hombros en el suelo.</translation>
    </message>
    <message>
        <source>Don&apos;t let the knees drop fast.</source>
        <translation>No dejes caer las rodillas de golpe.</translation>
    </message>
    <message>
        <source>knees to your right</source>
        <translation>rodillas hacia la derecha</translation>
    </message>
    <message>
        <source>knees to your left</source>
        <translation>rodillas hacia la izquierda</translation>
    </message>
    <message>
        <source>Knee-to-chest</source>
        <translation>Rodilla al pecho</translation>
    </message>
    <message>
        <source>Lie on your back with your legs relaxed.</source>
        <translation>Túmbate boca arriba con las piernas relajadas.</translation>
    </message>
    <message>
        <source>Draw your right knee toward your chest until you feel a mild pull, and rest there.</source>
        <translation>Lleva la rodilla derecha hacia el pecho hasta notar un ligero tirón y quédate ahí.</translation>
    </message>
    <message>
        <source>Let it down slowly and draw up your left knee the same way.</source>
        <translation>Bájala despacio y lleva la rodilla izquierda de la misma forma.</translation>
    </message>
    <message>
        <source>A mild, easy pull in your lower back.</source>
        <translation>Un tirón suave y agradable en la zona lumbar.</translation>
    </message>
    <message>
        <source>Don&apos;t pull hard: let gravity help.</source>
        <translation>No tires fuerte: deja que ayude la gravedad.</translation>
    </message>
    <message>
        <source>Leave the other leg relaxed on the floor.</source>
        <translation>Deja la otra pierna relajada en el suelo.</translation>
    </message>
    <message>
        <source>Plank</source>
        <translation>Plancha</translation>
    </message>
    <message>
        <source>Keep head, shoulders and hips in one straight line and breathe steadily.</source>
        <translation>Mantén la cabeza, los hombros y la cadera en línea recta y respira de forma regular.</translation>
    </message>
    <message>
        <source>Firmness through your whole trunk.</source>
        <translation>Firmeza en todo el tronco.</translation>
    </message>
    <message>
        <source>Don&apos;t let your hips sag.</source>
        <translation>No dejes que la cadera se hunda.</translation>
    </message>
    <message>
        <source>Don&apos;t hold your breath.</source>
        <translation>No contengas la respiración.</translation>
    </message>
    <message>
        <source>New numbness, tingling or weakness in a leg or foot.</source>
        <translation>Entumecimiento, hormigueo o debilidad nuevos en una pierna o un pie.</translation>
    </message>
    <message>
        <source>Changes in bladder or bowel control, or numbness between your legs.</source>
        <translation>Cambios en el control de la vejiga o del intestino, o entumecimiento entre las piernas.</translation>
    </message>
    <message>
        <source>Back pain after a fall or an accident.</source>
        <translation>Dolor de espalda tras una caída o un accidente.</translation>
    </message>
    <message>
        <source>Back pain with a fever, or while you feel generally unwell.</source>
        <translation>Dolor de espalda con fiebre, o sintiéndote mal en general.</translation>
    </message>
    <message>
        <source>Pain that wakes you at night, or that no position eases.</source>
        <translation>Dolor que te despierta por la noche o que no alivia ninguna postura.</translation>
    </message>
    <message>
        <source>You are pregnant, or had a baby in the last few months.</source>
        <translation>Estás embarazada o has dado a luz en los últimos meses.</translation>
    </message>
    <message>
        <source>You had surgery recently, above all on your back, belly or hips.</source>
        <translation>Te han operado hace poco, sobre todo de la espalda, el abdomen o las caderas.</translation>
    </message>
    <message>
        <source>You have osteoporosis (fragile bones).</source>
        <translation>Tienes osteoporosis (huesos frágiles).</translation>
    </message>
    <message>
        <source>You have a diagnosed spine condition, such as a slipped disc or a narrowed spinal canal.</source>
        <translation>Tienes una afección de columna diagnosticada, como una hernia de disco o un canal vertebral estrecho.</translation>
    </message>
    <message>
        <source>You already have back pain: a professional can tell you which of these exercises suit you.</source>
        <translation>Ya tienes dolor de espalda: un profesional puede decirte cuáles de estos ejercicios te convienen.</translation>
    </message>
    <message>
        <source>Simple habit to help keep your lower back strong and healthy (Dr. Ben Kim)</source>
        <translation>Un hábito sencillo para mantener la zona lumbar fuerte y sana (Dr. Ben Kim)</translation>
    </message>
    <message>
        <source>Does walking strengthen the lower back? (Simple Strong Facts)</source>
        <translation>¿Caminar fortalece la zona lumbar? (Simple Strong Facts)</translation>
    </message>
    <message>
        <source>How to strengthen lower back health (wikiHow, with trainer Pete Cerqua)</source>
        <translation>Cómo fortalecer la salud de la zona lumbar (wikiHow, con el entrenador Pete Cerqua)</translation>
    </message>
    <message>
        <source>How to strengthen the lower back (Synergy Release Sports Chiropractor, Atlanta)</source>
        <translation>Cómo fortalecer la zona lumbar (Synergy Release Sports Chiropractor, Atlanta)</translation>
    </message>
    <message>
        <source>Exercise and lower back pain</source>
        <translation>El ejercicio y el dolor lumbar</translation>
    </message>
    <message>
        <source>Check that the floor behind you is clear for a few steps, with your desk or a wall within reach.</source>
        <translation>Comprueba que el suelo detrás de ti está despejado unos pasos y que tienes la mesa o una pared al alcance.</translation>
    </message>
    <message>
        <source>Take four slow steps backwards, pushing the floor away with each foot, then four steps forwards to where you began.</source>
        <translation>Da cuatro pasos lentos hacia atrás, empujando el suelo con cada pie, y luego cuatro hacia delante hasta donde empezaste.</translation>
    </message>
    <message>
        <source>Side plank on bent knees</source>
        <translation>Plancha lateral con rodillas flexionadas</translation>
    </message>
    <message>
        <source>Lie on your right side, propped on your forearm with the elbow under the shoulder, knees bent behind you.</source>
        <translation>Túmbate sobre el lado derecho, apoyado en el antebrazo con el codo bajo el hombro y las rodillas flexionadas hacia atrás.</translation>
    </message>
    <message>
        <source>Lift your hips until knees, hips and shoulders make one line, lifting from the waist. Hold.</source>
        <translation>Eleva las caderas desde la cintura hasta que rodillas, caderas y hombros formen una línea. Mantén.</translation>
    </message>
    <message>
        <source>Right arm and left leg: reach them out into one long line, hold, then bring them back.</source>
        <translation>Brazo derecho y pierna izquierda: estíralos en una línea larga, mantén y vuelve a traerlos.</translation>
    </message>
    <message>
        <source>Now the left arm and right leg the same way.</source>
        <translation>Ahora el brazo izquierdo y la pierna derecha igual.</translation>
    </message>
    <message>
        <source>Your trunk staying still and level while the arm and leg move, as if a glass of water sat on your back.</source>
        <translation>Tu tronco quieto y nivelado mientras se mueven el brazo y la pierna, como si tuvieras un vaso de agua sobre la espalda.</translation>
    </message>
    <message>
        <source>Downward-facing dog</source>
        <translation>Perro boca abajo</translation>
    </message>
    <message>
        <source>Come onto hands and knees, knees under hips, hands just ahead of your shoulders.</source>
        <translation>Ponte a cuatro patas, con las rodillas bajo las caderas y las manos un poco por delante de los hombros.</translation>
    </message>
    <message>
        <source>Breathe out, tuck your toes and lift your hips up and back into an upside-down V, arms long and neck relaxed.</source>
        <translation>Espira, apoya los dedos de los pies y sube las caderas hacia arriba y atrás formando una V invertida, con los brazos largos y el cuello relajado.</translation>
    </message>
    <message>
        <source>Stay and breathe slowly. With each breath out, let your heels sink toward the floor. Then lower your knees.</source>
        <translation>Quédate ahí y respira despacio. Con cada espiración, deja que los talones bajen hacia el suelo. Luego baja las rodillas.</translation>
    </message>
    <message>
        <source>A long stretch along the backs of your legs and your spine.</source>
        <translation>Un estiramiento largo por la parte de atrás de las piernas y a lo largo de la columna.</translation>
    </message>
    <message>
        <source>Your weight pressed up and away from your wrists.</source>
        <translation>Tu peso empujado hacia arriba, lejos de las muñecas.</translation>
    </message>
    <message>
        <source>Don&apos;t lock your knees: bend them a little if your back rounds.</source>
        <translation>No bloquees las rodillas: dóblalas un poco si la espalda se redondea.</translation>
    </message>
    <message>
        <source>Plank on the knees</source>
        <translation>Plancha con las rodillas apoyadas</translation>
    </message>
    <message>
        <source>Lie face down, then rise onto your forearms and knees, elbows under shoulders.</source>
        <translation>Túmbate boca abajo y luego súbete sobre los antebrazos y las rodillas, con los codos bajo los hombros.</translation>
    </message>
    <message>
        <source>Keep head, shoulders, hips and knees in one straight line and breathe steadily.</source>
        <translation>Mantén la cabeza, los hombros, las caderas y las rodillas en línea recta y respira con calma.</translation>
    </message>
    <message>
        <source>Breathe out and lower both knees to one side; breathe in and bring them back to the middle. Next time go to the other side.</source>
        <translation>Espira y baja las dos rodillas hacia un lado; inspira y vuelve a llevarlas al centro. La siguiente vez, hacia el otro lado.</translation>
    </message>
    <message>
        <source>Lunge</source>
        <translation>Zancada</translation>
    </message>
    <message>
        <source>Stand tall, feet hip-width apart, with a stride of clear floor in front of you and your desk within reach.</source>
        <translation>Ponte erguido, con los pies a la anchura de las caderas, una zancada de suelo libre delante y la mesa al alcance.</translation>
    </message>
    <message>
        <source>Right leg: step forward and lower your back knee until the front knee is bent at a right angle above the ankle. Hold, then push back to standing.</source>
        <translation>Pierna derecha: da un paso adelante y baja la rodilla de atrás hasta que la rodilla delantera forme un ángulo recto sobre el tobillo. Mantén y empuja para volver a estar de pie.</translation>
    </message>
    <message>
        <source>Now step forward with the left leg the same way.</source>
        <translation>Ahora da el paso adelante con la pierna izquierda igual.</translation>
    </message>
    <message>
        <source>Your front thigh and buttock doing the work.</source>
        <translation>El muslo y el glúteo de delante hacen el trabajo.</translation>
    </message>
    <message>
        <source>Your body upright in one line from the head to the back knee.</source>
        <translation>Tu cuerpo erguido en una línea de la cabeza a la rodilla de atrás.</translation>
    </message>
    <message>
        <source>Don&apos;t lean forward over the front leg.</source>
        <translation>No te inclines sobre la pierna de delante.</translation>
    </message>
    <message>
        <source>Don&apos;t let the front knee drift past your toes or fall inward.</source>
        <translation>No dejes que la rodilla de delante pase de los dedos del pie ni se vaya hacia dentro.</translation>
    </message>
    <message>
        <source>Pelvic tilt</source>
        <translation>Basculación pélvica</translation>
    </message>
    <message>
        <source>Lie on your back with your knees bent, feet flat on the floor and hip-width apart.</source>
        <translation>Túmbate boca arriba con las rodillas flexionadas y los pies apoyados en el suelo, a la anchura de las caderas.</translation>
    </message>
    <message>
        <source>Tighten your lower belly and press the small of your back into the floor. Hold while you breathe, then let go.</source>
        <translation>Contrae la parte baja del abdomen y presiona la zona lumbar contra el suelo. Mantén mientras respiras y luego suelta.</translation>
    </message>
    <message>
        <source>Your lower belly working.</source>
        <translation>La parte baja del abdomen trabajando.</translation>
    </message>
    <message>
        <source>The small of your back flattening onto the floor.</source>
        <translation>La zona lumbar aplanándose contra el suelo.</translation>
    </message>
    <message>
        <source>Don&apos;t push with your legs or lift your hips.</source>
        <translation>No empujes con las piernas ni levantes las caderas.</translation>
    </message>
    <message>
        <source>Lie face down, then rise onto your forearms and toes, elbows under shoulders.</source>
        <translation>Túmbate boca abajo y luego súbete sobre los antebrazos y las puntas de los pies, con los codos bajo los hombros.</translation>
    </message>
    <message>
        <source>Walk at an easy, steady pace, keeping your belly and buttocks gently working.</source>
        <translation>Camina a un ritmo tranquilo y constante, con el abdomen y los glúteos trabajando suavemente.</translation>
    </message>
    <message>
        <source>Abs and glutes gently engaged, not clenched.</source>
        <translation>Abdomen y glúteos ligeramente activos, sin apretar.</translation>
    </message>
    <message>
        <source>Head up, eyes ahead.</source>
        <translation>Cabeza alta, mirada al frente.</translation>
    </message>
    <message>
        <source>Shoulders relaxed and low.</source>
        <translation>Hombros relajados y bajos.</translation>
    </message>
    <message>
        <source>Steady, easy breathing.</source>
        <translation>Respiración tranquila y regular.</translation>
    </message>
    <message>
        <source>Don&apos;t slouch or lean back.</source>
        <translation>No te encorves ni te eches hacia atrás.</translation>
    </message>
    <message>
        <source>Seated pelvic tilt</source>
        <translation>Basculación pélvica sentado</translation>
    </message>
    <message>
        <source>Sit back in your chair, feet flat and hip-width apart, hands resting on your thighs.</source>
        <translation>Siéntate al fondo de la silla, con los pies apoyados y separados al ancho de la cadera y las manos sobre los muslos.</translation>
    </message>
    <message>
        <source>Tighten your lower belly and tip your pelvis back so your lower back presses into the chair. Hold briefly, then release.</source>
        <translation>Contrae la parte baja del abdomen e inclina la pelvis hacia atrás para que la zona lumbar presione contra la silla. Mantén un momento y suelta.</translation>
    </message>
    <message>
        <source>Your lower belly doing the work.</source>
        <translation>La parte baja del abdomen hace el trabajo.</translation>
    </message>
    <message>
        <source>The small of your back flattening against the backrest.</source>
        <translation>La zona lumbar se apoya plana contra el respaldo.</translation>
    </message>
    <message>
        <source>Don&apos;t push with your legs.</source>
        <translation>No empujes con las piernas.</translation>
    </message>
    <message>
        <source>Seated side bend</source>
        <translation>Inclinación lateral sentado</translation>
    </message>
    <message>
        <source>Sit upright with your feet flat and comfortably wide apart.</source>
        <translation>Siéntate erguido con los pies apoyados y cómodamente separados.</translation>
    </message>
    <message>
        <source>Grow tall, then lean slowly to the right without slumping. Stay where you feel a mild stretch.</source>
        <translation>Estírate hacia arriba y luego inclínate despacio a la derecha sin hundirte. Quédate donde notes un estiramiento suave.</translation>
    </message>
    <message>
        <source>Come back through the middle and lean to the left the same way.</source>
        <translation>Vuelve por el centro e inclínate a la izquierda de la misma forma.</translation>
    </message>
    <message>
        <source>A mild stretch along the side of your waist.</source>
        <translation>Un estiramiento suave en el costado de la cintura.</translation>
    </message>
    <message>
        <source>Your spine staying long as the side opens.</source>
        <translation>La columna sigue alargada mientras se abre el costado.</translation>
    </message>
    <message>
        <source>Don&apos;t collapse forward or twist.</source>
        <translation>No te dejes caer hacia delante ni gires el tronco.</translation>
    </message>
    <message>
        <source>Stop well before any sharp feeling: mild is enough.</source>
        <translation>Para mucho antes de cualquier sensación aguda: basta con algo suave.</translation>
    </message>
    <message>
        <source>Side plank</source>
        <translation>Plancha lateral</translation>
    </message>
    <message>
        <source>Lie on your right side, propped on your forearm with the elbow under the shoulder, legs stacked.</source>
        <translation>Túmbate sobre el lado derecho, apoyado en el antebrazo con el codo bajo el hombro y las piernas una sobre otra.</translation>
    </message>
    <message>
        <source>Lift your hips into a straight line, lifting from the waist. Hold.</source>
        <translation>Eleva la cadera hasta formar una línea recta, subiendo desde la cintura. Mantén.</translation>
    </message>
    <message>
        <source>Lift your right knee and hold the shin with your free hand, drawing it gently toward your chest. Hold.</source>
        <translation>Levanta la rodilla derecha y sujeta la espinilla con la mano libre, llevándola suavemente hacia el pecho. Mantén.</translation>
    </message>
    <message>
        <source>Lower it, turn so your other hand rests on the desk, then lift your left knee the same way and hold.</source>
        <translation>Bájala, gírate para apoyar la otra mano en la mesa y luego levanta la rodilla izquierda igual y mantén.</translation>
    </message>
    <message>
        <source>Don&apos;t yank the knee: a gentle pull is enough.</source>
        <translation>No tires bruscamente de la rodilla: basta con un tirón suave.</translation>
    </message>
    <message>
        <source>Lower, turn onto your left side and lift the same way. Hold.</source>
        <translation>Baja, gírate sobre el lado izquierdo y sube de la misma forma. Mantén.</translation>
    </message>
    <message>
        <source>The side of your waist working.</source>
        <translation>El costado de la cintura trabajando.</translation>
    </message>
    <message>
        <source>Don&apos;t push up from the shoulder: lift from the waist.</source>
        <translation>No empujes desde el hombro: sube desde la cintura.</translation>
    </message>
    <message>
        <source>Don&apos;t let the hips roll forward or sag.</source>
        <translation>No dejes que la cadera se vaya hacia delante ni se hunda.</translation>
    </message>
    <message>
        <source>Sphinx</source>
        <translation>Esfinge</translation>
    </message>
    <message>
        <source>Lie face down with your legs stretched out behind you.</source>
        <translation>Túmbate boca abajo con las piernas estiradas hacia atrás.</translation>
    </message>
    <message>
        <source>Rise onto your forearms, elbows under shoulders. Press your hips gently toward the floor and breathe slowly.</source>
        <translation>Apóyate en los antebrazos, con los codos bajo los hombros. Lleva suavemente la cadera hacia el suelo y respira despacio.</translation>
    </message>
    <message>
        <source>Your lower back gently switched on.</source>
        <translation>La zona lumbar suavemente activada.</translation>
    </message>
    <message>
        <source>Deep breaths in through the nose, out through the mouth.</source>
        <translation>Inspira hondo por la nariz y espira por la boca.</translation>
    </message>
    <message>
        <source>Don&apos;t hunch your shoulders up to your ears.</source>
        <translation>No subas los hombros hacia las orejas.</translation>
    </message>
    <message>
        <source>Don&apos;t push into pain.</source>
        <translation>No fuerces hasta el dolor.</translation>
    </message>
    <message>
        <source>Standing back extension</source>
        <translation>Extensión de espalda de pie</translation>
    </message>
    <message>
        <source>Stand tall, feet hip-width apart, hands on your lower back.</source>
        <translation>Ponte erguido, con los pies al ancho de la cadera y las manos en la zona lumbar.</translation>
    </message>
    <message>
        <source>Ease your hips forward and lift your chest, leaning back only a little. Pause, then come back upright.</source>
        <translation>Lleva suavemente la cadera hacia delante y eleva el pecho, inclinándote solo un poco hacia atrás. Haz una pausa y vuelve a la posición erguida.</translation>
    </message>
    <message>
        <source>Your lower back muscles working gently.</source>
        <translation>Los músculos lumbares trabajan suavemente.</translation>
    </message>
    <message>
        <source>Your chest opening after sitting.</source>
        <translation>El pecho se abre después de estar sentado.</translation>
    </message>
    <message>
        <source>Don&apos;t drop your head back: keep your eyes ahead.</source>
        <translation>No dejes caer la cabeza hacia atrás: mira al frente.</translation>
    </message>
    <message>
        <source>Don&apos;t lean further than feels easy.</source>
        <translation>No te inclines más de lo que te resulte fácil.</translation>
    </message>
    <message>
        <source>Standing knee-to-chest</source>
        <translation>Rodilla al pecho de pie</translation>
    </message>
    <message>
        <source>Stand tall next to your desk with one hand resting on it for balance.</source>
        <translation>Ponte erguido junto a tu mesa con una mano apoyada en ella para mantener el equilibrio.</translation>
    </message>
    <message>
        <source>A gentle pull low in your back and behind the hip.</source>
        <translation>Un tirón suave en la parte baja de la espalda y detrás de la cadera.</translation>
    </message>
    <message>
        <source>Don&apos;t sag on the standing leg; stay tall.</source>
        <translation>No te hundas sobre la pierna de apoyo; mantente erguido.</translation>
    </message>
    <message>
        <source>Superman</source>
        <translation>Supermán</translation>
    </message>
    <message>
        <source>Lie face down, legs straight behind you, arms stretched past your head.</source>
        <translation>Túmbate boca abajo, con las piernas estiradas hacia atrás y los brazos extendidos por delante de la cabeza.</translation>
    </message>
    <message>
        <source>Your back and buttocks working together.</source>
        <translation>La espalda y los glúteos trabajando juntos.</translation>
    </message>
    <message>
        <source>Don&apos;t lift high: a few centimetres is plenty.</source>
        <translation>No subas mucho: unos centímetros son más que suficientes.</translation>
    </message>
    <message>
        <source>Keep your eyes on the floor rather than craning your neck.</source>
        <translation>Mira al suelo en lugar de estirar el cuello.</translation>
    </message>
    <message>
        <source>The same person stepping backwards, the rear foot pushing the floor away.</source>
        <translation>La misma persona da un paso atrás, empujando el suelo con el pie de atrás.</translation>
    </message>
    <message>
        <source>A person standing tall, facing away from the free space behind them.</source>
        <translation>Una persona de pie y erguida, de espaldas al espacio libre que tiene detrás.</translation>
    </message>
    <message>
        <source>The same person lifting the hips from the knees to the shoulders in one line.</source>
        <translation>La misma persona eleva la cadera, de las rodillas a los hombros en una línea.</translation>
    </message>
    <message>
        <source>A person lying on one side, knees bent back, propped on the forearm, the top arm up.</source>
        <translation>Una persona tumbada de lado, con las rodillas dobladas hacia atrás, apoyada en el antebrazo y el brazo de arriba levantado.</translation>
    </message>
    <message>
        <source>The same person reaching one arm forward and the opposite leg back in one line.</source>
        <translation>La misma persona estira un brazo hacia delante y la pierna contraria hacia atrás, en una línea.</translation>
    </message>
    <message>
        <source>A person on hands and knees, back flat.</source>
        <translation>Una persona a cuatro patas, con la espalda recta.</translation>
    </message>
    <message>
        <source>The same person with the hips lifted, knees, hips and shoulders in one line.</source>
        <translation>La misma persona con la cadera elevada, rodillas, cadera y hombros en línea.</translation>
    </message>
    <message>
        <source>A person lying on their back, knees bent and feet flat on the floor.</source>
        <translation>Una persona tumbada boca arriba, con las rodillas dobladas y los pies apoyados en el suelo.</translation>
    </message>
    <message>
        <source>The same person folded forward over the thighs, arms reaching long in front.</source>
        <translation>La misma persona inclinada hacia delante sobre los muslos, con los brazos estirados al frente.</translation>
    </message>
    <message>
        <source>A person kneeling, sitting back on the heels, back upright.</source>
        <translation>Una persona de rodillas, sentada sobre los talones, con la espalda erguida.</translation>
    </message>
    <message>
        <source>The same person with hips high and arms and legs straight, an upside-down V.</source>
        <translation>La misma persona con la cadera alta y brazos y piernas estirados, como una V invertida.</translation>
    </message>
    <message>
        <source>A person on hands and knees, knees under the hips.</source>
        <translation>Una persona a cuatro patas, con las rodillas bajo la cadera.</translation>
    </message>
    <message>
        <source>The same person drawing the lower belly in, an arrow pointing inward.</source>
        <translation>La misma persona mete la parte baja del vientre, con una flecha que apunta hacia dentro.</translation>
    </message>
    <message>
        <source>A person sitting tall on a chair, belly relaxed.</source>
        <translation>Una persona sentada erguida en una silla, con el vientre relajado.</translation>
    </message>
    <message>
        <source>The same person squeezing the buttocks, which are highlighted.</source>
        <translation>La misma persona aprieta los glúteos, que aparecen resaltados.</translation>
    </message>
    <message>
        <source>A person standing tall beside a desk, feet hip-width apart.</source>
        <translation>Una persona de pie y erguida junto a un escritorio, con los pies separados al ancho de la cadera.</translation>
    </message>
    <message>
        <source>The same person tucking the tailbone under, the front of the back hip highlighted.</source>
        <translation>La misma persona mete el coxis, con la parte delantera de la cadera de atrás resaltada.</translation>
    </message>
    <message>
        <source>A person in a short split stance, one hand on a desk, one foot back.</source>
        <translation>Una persona en una zancada corta, con una mano en el escritorio y un pie atrás.</translation>
    </message>
    <message>
        <source>The same person drawing one knee toward the chest, a hand on the shin.</source>
        <translation>La misma persona lleva una rodilla hacia el pecho, con una mano en la espinilla.</translation>
    </message>
    <message>
        <source>The same person a stride later, the other foot in front.</source>
        <translation>La misma persona un paso después, con el otro pie delante.</translation>
    </message>
    <message>
        <source>A person walking tall, head up, one foot in front.</source>
        <translation>Una persona que camina erguida, con la cabeza alta y un pie delante.</translation>
    </message>
    <message>
        <source>The same person on forearms and knees, head, shoulders, hips and knees in one line.</source>
        <translation>La misma persona sobre antebrazos y rodillas, con cabeza, hombros, cadera y rodillas en línea.</translation>
    </message>
    <message>
        <source>Lift one arm and the opposite leg a few centimetres, then lower them. Next time lift the other arm and leg.</source>
        <translation>Levanta un brazo y la pierna contraria unos centímetros y bájalos. La siguiente vez, el otro brazo y la otra pierna.</translation>
    </message>
    <message>
        <source>right arm and left leg</source>
        <translation>brazo derecho y pierna izquierda</translation>
    </message>
    <message>
        <source>left arm and right leg</source>
        <translation>brazo izquierdo y pierna derecha</translation>
    </message>
    <message>
        <source>The same person letting the belly sink and the chest lift.</source>
        <translation>La misma persona deja bajar el vientre y eleva el pecho.</translation>
    </message>
    <message>
        <source>A person on hands and knees, the back rounded up, tailbone and chin tucked.</source>
        <translation>Una persona a cuatro patas, con la espalda arqueada hacia arriba y el coxis y la barbilla recogidos.</translation>
    </message>
    <message>
        <source>A person lying face down, propped on the forearms, knees on the floor.</source>
        <translation>Una persona tumbada boca abajo, apoyada en los antebrazos, con las rodillas en el suelo.</translation>
    </message>
    <message>
        <source>Seen from above: the same person with both knees lowered to one side, shoulders down.</source>
        <translation>Vista desde arriba: la misma persona con ambas rodillas bajadas hacia un lado y los hombros en el suelo.</translation>
    </message>
    <message>
        <source>Seen from above: a person lying on their back on a mat, arms out in a T, knees drawn up.</source>
        <translation>Vista desde arriba: una persona tumbada boca arriba en una esterilla, con los brazos en T y las rodillas recogidas.</translation>
    </message>
    <message>
        <source>A person lying on their back with the legs relaxed.</source>
        <translation>Una persona tumbada boca arriba, con las piernas relajadas.</translation>
    </message>
    <message>
        <source>The same person in a lunge: front knee over the ankle, back knee lowered, trunk upright.</source>
        <translation>La misma persona en zancada: rodilla delantera sobre el tobillo, rodilla trasera bajada y el tronco erguido.</translation>
    </message>
    <message>
        <source>A person standing tall with feet hip-width apart and space in front.</source>
        <translation>Una persona de pie y erguida, con los pies al ancho de la cadera y espacio delante.</translation>
    </message>
    <message>
        <source>The same person pressing the lower back into the floor by tipping the pelvis.</source>
        <translation>La misma persona presiona la zona lumbar contra el suelo inclinando la pelvis.</translation>
    </message>
    <message>
        <source>A person lying on their back, knees bent, a small gap under the lower back.</source>
        <translation>Una persona tumbada boca arriba, con las rodillas dobladas y un pequeño hueco bajo la zona lumbar.</translation>
    </message>
    <message>
        <source>The same person on forearms and toes, head, shoulders and hips in one straight line.</source>
        <translation>La misma persona sobre antebrazos y puntas de los pies, con cabeza, hombros y cadera en línea recta.</translation>
    </message>
    <message>
        <source>A person lying face down, propped on the forearms, elbows under the shoulders.</source>
        <translation>Una persona tumbada boca abajo, apoyada en los antebrazos, con los codos bajo los hombros.</translation>
    </message>
    <message>
        <source>The same person tipping the pelvis back, the lower back pressed into the chair.</source>
        <translation>La misma persona inclina la pelvis hacia atrás, con la zona lumbar apoyada contra la silla.</translation>
    </message>
    <message>
        <source>A person sitting on a chair, the pelvis tipped forward and a gap behind the lower back.</source>
        <translation>Una persona sentada en una silla, con la pelvis inclinada hacia delante y un hueco detrás de la zona lumbar.</translation>
    </message>
    <message>
        <source>The same person leaning to one side, the side of the waist highlighted.</source>
        <translation>La misma persona inclinada hacia un lado, con el costado de la cintura resaltado.</translation>
    </message>
    <message>
        <source>A person seen from the front, sitting upright with feet wide apart.</source>
        <translation>Una persona vista de frente, sentada erguida con los pies bien separados.</translation>
    </message>
    <message>
        <source>The same person with the hips lifted, body in one straight line from feet to head.</source>
        <translation>La misma persona con la cadera elevada, el cuerpo en línea recta de los pies a la cabeza.</translation>
    </message>
    <message>
        <source>A person lying on one side, propped on the forearm under the shoulder, the top arm up.</source>
        <translation>Una persona tumbada de lado, apoyada en el antebrazo bajo el hombro y con el brazo de arriba levantado.</translation>
    </message>
    <message>
        <source>The same person resting on the forearms, elbows under the shoulders, chest lifted.</source>
        <translation>La misma persona apoyada en los antebrazos, con los codos bajo los hombros y el pecho elevado.</translation>
    </message>
    <message>
        <source>A person lying face down, legs stretched out behind.</source>
        <translation>Una persona tumbada boca abajo, con las piernas estiradas hacia atrás.</translation>
    </message>
    <message>
        <source>The same person easing the hips forward and leaning back a little.</source>
        <translation>La misma persona adelanta suavemente la cadera y se inclina un poco hacia atrás.</translation>
    </message>
    <message>
        <source>A person standing tall with both hands on the lower back.</source>
        <translation>Una persona de pie y erguida, con ambas manos en la zona lumbar.</translation>
    </message>
    <message>
        <source>The same person holding one knee up toward the chest with the other hand.</source>
        <translation>La misma persona sujeta una rodilla levantada hacia el pecho con la otra mano.</translation>
    </message>
    <message>
        <source>A person standing tall next to a desk, one hand resting on it for balance.</source>
        <translation>Una persona de pie y erguida junto a un escritorio, con una mano apoyada en él para mantener el equilibrio.</translation>
    </message>
    <message>
        <source>The same person lifting one arm and the opposite leg a few centimetres.</source>
        <translation>La misma persona levanta un brazo y la pierna contraria unos centímetros.</translation>
    </message>
    <message>
        <source>A person lying face down, arms stretched past the head.</source>
        <translation>Una persona tumbada boca abajo, con los brazos estirados por encima de la cabeza.</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>See a doctor now, and do not exercise, if you have:</source>
        <translation>Ve al médico ahora, y no hagas ejercicio, si tienes:</translation>
    </message>
    <message>
        <source>Ask a doctor or physiotherapist before these exercises if:</source>
        <translation>Consulta a un médico o fisioterapeuta antes de estos ejercicios si:</translation>
    </message>
    <message>
        <source>Whenever you exercise:</source>
        <translation>Siempre que hagas ejercicio:</translation>
    </message>
    <message>
        <source>Before you exercise — backbreak</source>
        <translation>Antes de hacer ejercicio — backbreak</translation>
    </message>
    <message>
        <source>Tick what applies to you: backbreak then swaps in a gentler exercise or leaves that one out.</source>
        <translation>Marca lo que te corresponda: backbreak pondrá un ejercicio más suave o quitará ese.</translation>
    </message>
    <message>
        <source>Keep these ticks</source>
        <translation>Guardar estas marcas</translation>
    </message>
    <message>
        <source>What you ticked</source>
        <translation>Lo que marcaste</translation>
    </message>
    <message>
        <source>Open the safety screen…</source>
        <translation>Abrir la pantalla de seguridad…</translation>
    </message>
    <message>
        <source>When to see a doctor, who should ask first, and the exercises to leave out</source>
        <translation>Cuándo ir al médico, quién debe consultar antes y qué ejercicios quitar</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Alternate stretches and walks</source>
        <translation>Alternar estiramientos y paseos</translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation>Estiramientos</translation>
    </message>
    <message>
        <source>Walks</source>
        <translation>Paseos</translation>
    </message>
    <message>
        <source>Automatic (follows your progress)</source>
        <translation>Automático (según tu progreso)</translation>
    </message>
    <message>
        <source>Gentle</source>
        <translation>Suave</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Intenso</translation>
    </message>
    <message>
        <source>Settings — backbreak</source>
        <translation>Configuración — backbreak</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de configuración</translation>
    </message>
    <message>
        <source>Breaks, working hours, routines and general settings</source>
        <translation>Pausas, horario laboral, rutinas y configuración general</translation>
    </message>
    <message>
        <source>&amp;Breaks</source>
        <translation>&amp;Pausas</translation>
    </message>
    <message>
        <source>Working &amp;hours</source>
        <translation>&amp;Horario laboral</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>&amp;Rutinas</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>Problem with the settings</source>
        <translation>Problema con la configuración</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Use these settings and close</source>
        <translation>Usar esta configuración y cerrar</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Use these settings now and keep the dialog open</source>
        <translation>Usar esta configuración ahora sin cerrar el diálogo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close without changing anything not yet applied</source>
        <translation>Cerrar sin cambiar nada de lo que aún no se ha aplicado</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restaurar valores predeterminados</translation>
    </message>
    <message>
        <source>Put the default value in every field; nothing changes until you apply</source>
        <translation>Poner el valor predeterminado en cada campo; nada cambia hasta que apliques</translation>
    </message>
    <message>
        <source>Interval between breaks</source>
        <translation>Intervalo entre pausas</translation>
    </message>
    <message>
        <source>Minutes of sitting before you are asked to get up</source>
        <translation>Minutos sentado antes de que se te pida levantarte</translation>
    </message>
    <message>
        <source>Time away that counts as a break</source>
        <translation>Ausencia que cuenta como pausa</translation>
    </message>
    <message>
        <source>Minutes away from the computer after which the break counts as taken</source>
        <translation>Minutos lejos del ordenador tras los que la pausa cuenta como hecha</translation>
    </message>
    <message>
        <source>Walk after standing</source>
        <translation>Paseo tras estar de pie</translation>
    </message>
    <message>
        <source>Minutes of standing at your desk after which a short walk is suggested</source>
        <translation>Minutos de pie ante el escritorio tras los que se sugiere un paseo corto</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Notice ahead of a break</source>
        <translation>Aviso antes de una pausa</translation>
    </message>
    <message>
        <source>Seconds of warning before a break is due</source>
        <translation>Segundos de aviso antes de que toque una pausa</translation>
    </message>
    <message>
        <source>Snooze length</source>
        <translation>Duración al posponer</translation>
    </message>
    <message>
        <source>Minutes a snoozed break waits</source>
        <translation>Minutos que espera una pausa pospuesta</translation>
    </message>
    <message>
        <source>No snoozing</source>
        <translation>Sin posponer</translation>
    </message>
    <message>
        <source>Snoozes per break</source>
        <translation>Límite de posposiciones por pausa</translation>
    </message>
    <message>
        <source>How many times one break can be put off</source>
        <translation>Cuántas veces se puede posponer una pausa</translation>
    </message>
    <message>
        <source>Hold breaks during &amp;calls (camera or microphone in use)</source>
        <translation>Retener los descansos durante &amp;llamadas (cámara o micrófono en uso)</translation>
    </message>
    <message>
        <source>Hold breaks during calls</source>
        <translation>Retener los descansos durante llamadas</translation>
    </message>
    <message>
        <source>A due break waits while another application uses the camera or the microphone</source>
        <translation>Un descanso pendiente espera mientras otra aplicación usa la cámara o el micrófono</translation>
    </message>
    <message>
        <source>Do not wait</source>
        <translation>No esperar</translation>
    </message>
    <message>
        <source>Wait for a pause in typing</source>
        <translation>Esperar una pausa al escribir</translation>
    </message>
    <message>
        <source>Seconds without typing or moving the mouse before a due break is shown</source>
        <translation>Segundos sin escribir ni mover el ratón antes de mostrar un descanso pendiente</translation>
    </message>
    <message>
        <source>Longest wait for a pause</source>
        <translation>Espera máxima a una pausa</translation>
    </message>
    <message>
        <source>After this many seconds the break is shown even while you type</source>
        <translation>Tras estos segundos el descanso se muestra aunque esté escribiendo</translation>
    </message>
    <message>
        <source>&amp;Interval between breaks:</source>
        <translation>&amp;Intervalo entre pausas:</translation>
    </message>
    <message>
        <source>Time &amp;away that counts as a break:</source>
        <translation>&amp;Ausencia que cuenta como pausa:</translation>
    </message>
    <message>
        <source>Suggest a walk after stan&amp;ding:</source>
        <translation>Sugerir un paseo tras es&amp;tar de pie:</translation>
    </message>
    <message>
        <source>&amp;Notice ahead of a break:</source>
        <translation>A&amp;viso antes de una pausa:</translation>
    </message>
    <message>
        <source>&amp;Snooze length:</source>
        <translation>&amp;Duración al posponer:</translation>
    </message>
    <message>
        <source>Snoozes &amp;per break:</source>
        <translation>&amp;Límite de posposiciones por pausa:</translation>
    </message>
    <message>
        <source>Wait for a pause in &amp;typing:</source>
        <translation>Esperar una pausa al &amp;escribir:</translation>
    </message>
    <message>
        <source>Longest &amp;wait for a pause:</source>
        <translation>Espera &amp;máxima a una pausa:</translation>
    </message>
    <message>
        <source>Reduce m&amp;otion: show exercises as still pictures</source>
        <translation>Reducir el mo&amp;vimiento: mostrar los ejercicios como imágenes fijas</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>Reducir el movimiento</translation>
    </message>
    <message>
        <source>Show each exercise&apos;s start and end pose side by side instead of moving (also when the desktop asks for reduced motion)</source>
        <translation>Mostrar la postura inicial y final de cada ejercicio una al lado de la otra en lugar de animarlas (también cuando el escritorio pide reducir el movimiento)</translation>
    </message>
    <message>
        <source>Remind only &amp;during working hours</source>
        <translation>Avisar solo en horario &amp;laboral</translation>
    </message>
    <message>
        <source>Remind only during working hours</source>
        <translation>Avisar solo en horario laboral</translation>
    </message>
    <message>
        <source>When off, reminders come at any hour on any day</source>
        <translation>Si está desactivado, los avisos llegan a cualquier hora y cualquier día</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>Inicio del horario laboral</translation>
    </message>
    <message>
        <source>Time of day the first reminder can come</source>
        <translation>Hora a partir de la cual puede llegar el primer aviso</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>Fin del horario laboral</translation>
    </message>
    <message>
        <source>Remind on this day during working hours</source>
        <translation>Avisar este día en horario laboral</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Fin:</translation>
    </message>
    <message>
        <source>Wor&amp;king days:</source>
        <translation>&amp;Días laborables:</translation>
    </message>
    <message>
        <source>Once a day, with the first stretch</source>
        <translation>Una vez al día, con el primer estiramiento</translation>
    </message>
    <message>
        <source>With every stretch</source>
        <translation>Con cada estiramiento</translation>
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
        <translation>Qué ofrece una pausa programada: estiramientos, paseos o ambos</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>How demanding the stretches are</source>
        <translation>Lo exigentes que son los estiramientos</translation>
    </message>
    <message>
        <source>Walk length</source>
        <translation>Duración del paseo</translation>
    </message>
    <message>
        <source>Minutes a walking break lasts</source>
        <translation>Minutos que dura una pausa para caminar</translation>
    </message>
    <message>
        <source>Pain check-in</source>
        <translation>Registro del dolor</translation>
    </message>
    <message>
        <source>When a guided stretch asks how your back is, before and after; the answers adapt the routines</source>
        <translation>Cuándo un estiramiento guiado pregunta cómo está tu espalda, antes y después; las respuestas adaptan las rutinas</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>Sin objetivo</translation>
    </message>
    <message>
        <source>Daily walking goal</source>
        <translation>Objetivo diario de caminata</translation>
    </message>
    <message>
        <source>Minutes of walking a day counts toward its goal</source>
        <translation>Minutos de caminata al día que cuentan para el objetivo</translation>
    </message>
    <message>
        <source>&amp;Kind of break:</source>
        <translation>&amp;Tipo de pausa:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Nivel:</translation>
    </message>
    <message>
        <source>&amp;Walk length:</source>
        <translation>Duración del pa&amp;seo:</translation>
    </message>
    <message>
        <source>&amp;Pain check-in:</source>
        <translation>Registro del &amp;dolor:</translation>
    </message>
    <message>
        <source>Daily walking go&amp;al:</source>
        <translation>&amp;Objetivo diario de caminata:</translation>
    </message>
    <message>
        <source>Sa&amp;fety:</source>
        <translation>Se&amp;guridad:</translation>
    </message>
    <message>
        <source>Show &amp;notifications</source>
        <translation>Mostrar &amp;notificaciones</translation>
    </message>
    <message>
        <source>Show notifications</source>
        <translation>Mostrar notificaciones</translation>
    </message>
    <message>
        <source>Announce breaks with a desktop notification</source>
        <translation>Anunciar las pausas con una notificación del escritorio</translation>
    </message>
    <message>
        <source>Play a &amp;sound with reminders</source>
        <translation>Reproducir un &amp;sonido con los avisos</translation>
    </message>
    <message>
        <source>Play a sound with reminders</source>
        <translation>Reproducir un sonido con los avisos</translation>
    </message>
    <message>
        <source>Play a short sound when a break is due</source>
        <translation>Reproducir un sonido corto cuando toca una pausa</translation>
    </message>
    <message>
        <source>Hold reminders while &amp;do not disturb is on</source>
        <translation>Retener los avisos con No &amp;molestar activado</translation>
    </message>
    <message>
        <source>Hold reminders while do not disturb is on</source>
        <translation>Retener los avisos con No molestar activado</translation>
    </message>
    <message>
        <source>Wait until the desktop&apos;s do-not-disturb mode ends</source>
        <translation>Esperar a que termine el modo No molestar del escritorio</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Language of backbreak&apos;s windows and messages</source>
        <translation>Idioma de las ventanas y los mensajes de backbreak</translation>
    </message>
    <message>
        <source>Start at log&amp;in</source>
        <translation>Iniciar al &amp;entrar en la sesión</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Iniciar al entrar en la sesión</translation>
    </message>
    <message>
        <source>Start backbreak when you log in to the desktop</source>
        <translation>Iniciar backbreak cuando entres en el escritorio</translation>
    </message>
    <message>
        <source>&amp;Monochrome tray icon</source>
        <translation>Icono de bandeja mono&amp;cromo</translation>
    </message>
    <message>
        <source>Monochrome tray icon</source>
        <translation>Icono de bandeja monocromo</translation>
    </message>
    <message>
        <source>Draw the tray icon in one colour, like the panel&apos;s own icons</source>
        <translation>Dibujar el icono en un solo color, como los demás iconos del panel</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Working hours: the end must be later than the start.</source>
        <translation>Horario laboral: el fin debe ser posterior al inicio.</translation>
    </message>
    <message>
        <source>Time of day reminders stop; must be after the start</source>
        <translation>Hora en que dejan de llegar avisos; debe ser posterior al inicio</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Stretch now</source>
        <translation>Estirar ahora</translation>
    </message>
    <message>
        <source>Take a walk</source>
        <translation>Dar un paseo</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Pause for 30 minutes</source>
        <translation>Pausar 30 minutos</translation>
    </message>
    <message>
        <source>Pause for 1 hour</source>
        <translation>Pausar 1 hora</translation>
    </message>
    <message>
        <source>Show break prompt</source>
        <translation>Mostrar el recordatorio de pausa</translation>
    </message>
    <message>
        <source>Show stretch</source>
        <translation>Mostrar el estiramiento</translation>
    </message>
    <message>
        <source>Show walk</source>
        <translation>Mostrar el paseo</translation>
    </message>
    <message>
        <source>Start a routine</source>
        <translation>Empezar una rutina</translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n minute(s)</source>
        <translation>
            <numerusform>Posponer %n minuto</numerusform>
            <numerusform>Posponer %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause for 2 hours</source>
        <translation>Pausar 2 horas</translation>
    </message>
    <message>
        <source>Pause until tomorrow morning</source>
        <translation>Pausar hasta mañana por la mañana</translation>
    </message>
    <message>
        <source>Pause indefinitely</source>
        <translation>Pausar indefinidamente</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>I&apos;m standing</source>
        <translation>Estoy de pie</translation>
    </message>
    <message>
        <source>I&apos;m sitting</source>
        <translation>Estoy sentado</translation>
    </message>
    <message>
        <source>Weekly history…</source>
        <translation>Historial semanal…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>En pausa hasta las %1</translation>
    </message>
    <message>
        <source>Break time</source>
        <translation>Hora de la pausa</translation>
    </message>
    <message>
        <source>Break waiting until do-not-disturb ends</source>
        <translation>Pausa en espera hasta que termine el modo No molestar</translation>
    </message>
    <message>
        <source>Break waiting until your call ends</source>
        <translation>Descanso en espera hasta que termine su llamada</translation>
    </message>
    <message>
        <source>No break scheduled</source>
        <translation>No hay ninguna pausa programada</translation>
    </message>
    <message>
        <source>Outside working hours; next break %1</source>
        <translation>Fuera del horario laboral; próxima pausa %1</translation>
    </message>
    <message>
        <source>Snoozed; next break at %1</source>
        <translation>Pospuesta; próxima pausa a las %1</translation>
    </message>
    <message numerus="yes">
        <source>Next break at %1 (in %n min)</source>
        <translation>
            <numerusform>Próxima pausa a las %1 (en %n min)</numerusform>
            <numerusform>Próxima pausa a las %1 (en %n min)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Standing; a walk is suggested at %1 (in %n min)</source>
        <translation>
            <numerusform>De pie; paseo sugerido a las %1 (en %n min)</numerusform>
            <numerusform>De pie; paseo sugerido a las %1 (en %n min)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WalkCard</name>
    <message>
        <source>backbreak: walk</source>
        <translation>backbreak: paseo</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>Paseo</translation>
    </message>
    <message>
        <source>Time walked</source>
        <translation>Tiempo caminado</translation>
    </message>
    <message numerus="yes">
        <source>Walk for %n minute(s).</source>
        <translation>
            <numerusform>Camina durante %n minuto.</numerusform>
            <numerusform>Camina durante %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>I&apos;m back</source>
        <translation>Ya he vuelto</translation>
    </message>
    <message>
        <source>End the walk and record it</source>
        <translation>Terminar el paseo y registrarlo</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Cancel the walk (Esc)</source>
        <translation>Cancelar el paseo (Esc)</translation>
    </message>
</context>
<context>
    <name>WeeklyWindow</name>
    <message>
        <source>Trend of the last weeks</source>
        <translation>Tendencia de las últimas semanas</translation>
    </message>
    <message>
        <source>(%1 %)</source>
        <translation>(%1 %)</translation>
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
            <numerusform>%n pausas naturales</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved: %1</source>
        <translation>En movimiento: %1</translation>
    </message>
    <message>
        <source>Longest sitting: %1</source>
        <translation>Mayor tiempo sentado: %1</translation>
    </message>
    <message>
        <source>Skipped %1, snoozed %2, unanswered %3</source>
        <translation>Omitidas: %1, pospuestas: %2, sin respuesta: %3</translation>
    </message>
    <message>
        <source>Daily goal met</source>
        <translation>Objetivo diario cumplido</translation>
    </message>
    <message>
        <source>Daily goal not met</source>
        <translation>Objetivo diario no cumplido</translation>
    </message>
    <message>
        <source>Breaks per day</source>
        <translation>Pausas por día</translation>
    </message>
    <message>
        <source>Bar chart of breaks due, breaks taken and natural breaks per day. Left and right arrow keys select a day; its breaks are listed below.</source>
        <translation>Gráfico de barras de las pausas previstas, las pausas hechas y las pausas naturales de cada día. Las flechas izquierda y derecha seleccionan un día; sus pausas aparecen debajo.</translation>
    </message>
    <message>
        <source>still to come</source>
        <translation>por llegar</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>En movimiento</translation>
    </message>
    <message>
        <source>Longest sitting</source>
        <translation>Mayor tiempo sentado</translation>
    </message>
    <message>
        <source>Goal met</source>
        <translation>Objetivo cumplido</translation>
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
            <numerusform>%n pausa hecha</numerusform>
            <numerusform>%n pausas hechas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n reminder(s) answered</source>
        <translation>
            <numerusform>%1: %2 de %n recordatorio atendido</numerusform>
            <numerusform>%1: %2 de %n recordatorios atendidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Back pain before</source>
        <translation>Dolor de espalda antes</translation>
    </message>
    <message>
        <source>Back pain after</source>
        <translation>Dolor de espalda después</translation>
    </message>
    <message>
        <source>No reminders were due</source>
        <translation>No había recordatorios previstos</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n reminder(s) answered</source>
        <translation>
            <numerusform>%1 de %n recordatorio atendido</numerusform>
            <numerusform>%1 de %n recordatorios atendidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extra break(s)</source>
        <translation>
            <numerusform>%n pausa extra</numerusform>
            <numerusform>%n pausas extra</numerusform>
        </translation>
    </message>
    <message>
        <source>Sitting %1, standing %2</source>
        <translation>Sentado %1, de pie %2</translation>
    </message>
    <message>
        <source>Back pain (0 to 10): %1 before, %2 after</source>
        <translation>Dolor de espalda (0 a 10): %1 antes, %2 después</translation>
    </message>
    <message>
        <source>Reminders answered against reminders due per week. Left and right arrow keys show the week before or after.</source>
        <translation>Recordatorios respondidos frente a recordatorios pendientes por semana. Las flechas izquierda y derecha muestran la semana anterior o siguiente.</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Sentado</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>De pie</translation>
    </message>
    <message numerus="yes">
        <source>%n natural break(s): you got up on your own</source>
        <translation>
            <numerusform>%n pausa natural: te levantaste por tu cuenta</numerusform>
            <numerusform>%n pausas naturales: te levantaste por tu cuenta</numerusform>
        </translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Previstas</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Hechas</translation>
    </message>
    <message>
        <source>Natural breaks</source>
        <translation>Pausas naturales</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Estiramiento</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>Paseo</translation>
    </message>
    <message>
        <source>Natural break</source>
        <translation>Pausa natural</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Hecha en parte</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Pospuesta</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Got up on my own</source>
        <translation>Me levanté por mi cuenta</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>Tray menu</source>
        <translation>Menú de la bandeja</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Línea de órdenes</translation>
    </message>
    <message>
        <source>Away from the desk</source>
        <translation>Lejos del escritorio</translation>
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
            <numerusform>(%1 de %n paso)</numerusform>
            <numerusform>(%1 de %n pasos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly history — backbreak</source>
        <translation>Historial semanal — backbreak</translation>
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
        <translation>Mostrar la semana anterior</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>Es&amp;ta semana</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Go back to the current week</source>
        <translation>Volver a la semana actual</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semana siguiente</translation>
    </message>
    <message>
        <source>Show the week after</source>
        <translation>Mostrar la semana siguiente</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exportar historial</translation>
    </message>
    <message>
        <source>Save the whole break history as a CSV or JSON file</source>
        <translation>Guardar todo el historial de pausas como archivo CSV o JSON</translation>
    </message>
    <message>
        <source>Week shown</source>
        <translation>Semana mostrada</translation>
    </message>
    <message>
        <source>Reminders answered this week</source>
        <translation>Recordatorios atendidos esta semana</translation>
    </message>
    <message>
        <source>Minutes moved this week</source>
        <translation>Minutos en movimiento esta semana</translation>
    </message>
    <message>
        <source>Days the daily goal was met</source>
        <translation>Días con el objetivo diario cumplido</translation>
    </message>
    <message>
        <source>Running streak</source>
        <translation>Racha actual</translation>
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
        <translation>Activo</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Iniciada por</translation>
    </message>
    <message>
        <source>Breaks on the selected day</source>
        <translation>Pausas del día seleccionado</translation>
    </message>
    <message>
        <source>Every prompt and natural break of the day selected in the chart</source>
        <translation>Cada aviso y cada pausa natural del día seleccionado en el gráfico</translation>
    </message>
    <message>
        <source>Week %1: %2</source>
        <translation>Semana %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Daily goal met on %n day(s)</source>
        <translation>
            <numerusform>Objetivo diario cumplido %n día</numerusform>
            <numerusform>Objetivo diario cumplido %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n day(s) in a row</source>
        <translation>
            <numerusform>Racha: %n día seguido</numerusform>
            <numerusform>Racha: %n días seguidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was recorded in this week.</source>
        <translation>No se registró nada en esta semana.</translation>
    </message>
    <message>
        <source>Welcome! Your week will fill in here.

When backbreak asks you to stand up, each stretch or walk you take shows up as a bar for the day, with the minutes you moved.</source>
        <translation>¡Bienvenido! Aquí se irá llenando tu semana.

Cuando backbreak te pida que te levantes, cada estiramiento o paseo que hagas aparecerá como una barra en ese día, con los minutos que te moviste.</translation>
    </message>
    <message>
        <source>No breaks yet this week. The first one will show up here.</source>
        <translation>Todavía no hay pausas esta semana. La primera aparecerá aquí.</translation>
    </message>
    <message>
        <source>No breaks on this day.</source>
        <translation>No hay pausas este día.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Export break history</source>
        <translation>Exportar el historial de pausas</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome to backbreak</source>
        <translation>Te damos la bienvenida a backbreak</translation>
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
        <translation>backbreak vive en la bandeja del sistema. Tras %1 sentado, te pide que te levantes para un breve estiramiento guiado o un paseo. El tiempo lejos del teclado cuenta como pausa.</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <source>Safety note</source>
        <translation>Nota de seguridad</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message numerus="yes">
        <source>You have been sitting for %n minute(s), through a call.</source>
        <translation>
            <numerusform>Lleva %n minuto sentado, durante una llamada.</numerusform>
            <numerusform>Lleva %n minutos sentado, durante una llamada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have been sitting for %n second(s).</source>
        <translation>
            <numerusform>Llevas %n segundo sentado.</numerusform>
            <numerusform>Llevas %n segundos sentado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have been sitting for %n minute(s).</source>
        <translation>
            <numerusform>Llevas %n minuto sentado.</numerusform>
            <numerusform>Llevas %n minutos sentado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have been standing for %n minute(s). Standing still is not moving: a short walk gets your back and legs going.</source>
        <translation>
            <numerusform>Lleva %n minuto de pie. Estar de pie quieto no es moverse: un paseo corto pone en marcha la espalda y las piernas.</numerusform>
            <numerusform>Lleva %n minutos de pie. Estar de pie quieto no es moverse: un paseo corto pone en marcha la espalda y las piernas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bending backwards hurts</source>
        <translation>Inclinarme hacia atrás me duele</translation>
    </message>
    <message>
        <source>Kneeling or weight on the wrists hurts</source>
        <translation>Arrodillarme o apoyar peso en las muñecas me duele</translation>
    </message>
    <message>
        <source>My balance is unsteady</source>
        <translation>Mi equilibrio es inestable</translation>
    </message>
    <message>
        <source>No room or wish to get on the floor</source>
        <translation>No tengo sitio o no quiero ponerme en el suelo</translation>
    </message>
    <message>
        <source>Nothing ticked: every exercise is offered.</source>
        <translation>Nada marcado: se ofrecen todos los ejercicios.</translation>
    </message>
    <message>
        <source>Ticked: %1.</source>
        <translation>Marcado: %1.</translation>
    </message>
</context>
</TS>
