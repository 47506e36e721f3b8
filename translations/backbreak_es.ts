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
        <source>The history cannot be shown: %1</source>
        <translation>No se puede mostrar el historial: %1</translation>
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
        <source>safety notes come only with backbreak itself; expected [exercise] or [routine]</source>
        <translation>las notas de seguridad solo vienen con el propio backbreak; se esperaba [exercise] o [routine]</translation>
    </message>
    <message>
        <source>expected a file name ending in .svg (no folders), got %1</source>
        <translation>se esperaba un nombre de archivo terminado en .svg (sin carpetas), se encontró %1</translation>
    </message>
    <message>
        <source>file %1 not found in %2</source>
        <translation>no se encontró el archivo %1 en %2</translation>
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
        <source>If you already have back pain, ask your doctor or a physical therapist before doing these exercises: they can tell you which ones suit you.</source>
        <translation>Si ya tienes dolor de espalda, consulta a tu médico o a un fisioterapeuta antes de hacer estos ejercicios: te dirán cuáles te convienen.</translation>
    </message>
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
        <source>Check that the floor behind you is clear for a few steps.</source>
        <translation>Comprueba que el suelo detrás de ti está despejado durante unos pasos.</translation>
    </message>
    <message>
        <source>Walk slowly backwards, pushing the floor away with each foot. Then walk forwards to where you started.</source>
        <translation>Camina despacio hacia atrás, empujando el suelo con cada pie. Luego camina hacia delante hasta el punto de partida.</translation>
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
        <source>Reach one arm forward and the opposite leg back into one long line. Hold two or three seconds, come back, and switch sides.</source>
        <translation>Estira un brazo hacia delante y la pierna contraria hacia atrás formando una línea larga. Mantén dos o tres segundos, vuelve y cambia de lado.</translation>
    </message>
    <message>
        <source>Your trunk staying still and level while the arm and leg move.</source>
        <translation>El tronco quieto y nivelado mientras se mueven el brazo y la pierna.</translation>
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
        <source>Breathe out and lower both knees to the right. Breathe in and bring them back to the middle, then go to the left.</source>
        <translation>Espira y baja las dos rodillas hacia la derecha. Inspira y vuelve al centro; luego ve hacia la izquierda.</translation>
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
        <source>Lie face down, then rise onto your forearms and toes, elbows under shoulders. Use your knees instead of your toes for an easier version.</source>
        <translation>Túmbate boca abajo y luego apóyate en los antebrazos y las puntas de los pies, con los codos bajo los hombros. Para una versión más fácil, apoya las rodillas en lugar de los pies.</translation>
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
        <source>Lift your right knee and hold the shin, drawing it gently toward your chest. Hold.</source>
        <translation>Sube la rodilla derecha y sujeta la espinilla, llevándola suavemente hacia el pecho. Mantén.</translation>
    </message>
    <message>
        <source>Lower it, then lift your left knee the same way and hold.</source>
        <translation>Bájala y luego sube la rodilla izquierda de la misma forma y mantén.</translation>
    </message>
    <message>
        <source>A gentle pull low in your back and behind the hip.</source>
        <translation>Un tirón suave en la parte baja de la espalda y detrás de la cadera.</translation>
    </message>
    <message>
        <source>Don&apos;t yank the knee: let it be a moment of rest.</source>
        <translation>No tires bruscamente de la rodilla: que sea un momento de descanso.</translation>
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
        <source>Lift your left arm and right leg a few centimetres, lower them, then lift the right arm and left leg.</source>
        <translation>Levanta el brazo izquierdo y la pierna derecha unos centímetros, bájalos y luego levanta el brazo derecho y la pierna izquierda.</translation>
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
        <source>A person stepping backwards, an arrow pointing the way they walk.</source>
        <translation>Una persona camina hacia atrás, una flecha indica hacia dónde camina.</translation>
    </message>
    <message>
        <source>A person on hands and knees, one arm reaching forward and the opposite leg stretched back.</source>
        <translation>Una persona a cuatro patas estira un brazo hacia delante y la pierna contraria hacia atrás.</translation>
    </message>
    <message>
        <source>A person lying on their back with knees bent, lifting the hips, an arrow pointing up.</source>
        <translation>Una persona boca arriba con las rodillas dobladas levanta la cadera, una flecha apunta hacia arriba.</translation>
    </message>
    <message>
        <source>A person on hands and knees, rounding the back up like a cat.</source>
        <translation>Una persona a cuatro patas arquea la espalda hacia arriba como un gato.</translation>
    </message>
    <message>
        <source>A person kneeling and folded forward, arms stretched out along the floor.</source>
        <translation>Una persona de rodillas, inclinada hacia delante, con los brazos estirados sobre el suelo.</translation>
    </message>
    <message>
        <source>A person sitting upright on a chair, an arrow pointing in at the lower belly.</source>
        <translation>Una persona sentada erguida en una silla, una flecha apunta hacia la parte baja del vientre.</translation>
    </message>
    <message>
        <source>A person standing straight beside a desk, the buttocks marked.</source>
        <translation>Una persona de pie y erguida junto a un escritorio, con los glúteos marcados.</translation>
    </message>
    <message>
        <source>A person at a desk with one leg stepped back, stretching the front of the hip.</source>
        <translation>Una persona junto a un escritorio, con una pierna atrás, estira la parte delantera de la cadera.</translation>
    </message>
    <message>
        <source>A person lying on their back, arms out to the sides, bent knees lowered to one side.</source>
        <translation>Una persona boca arriba, con los brazos a los lados y las rodillas dobladas bajadas hacia un lado.</translation>
    </message>
    <message>
        <source>A person lying on their back, drawing one knee toward the chest.</source>
        <translation>Una persona boca arriba lleva una rodilla hacia el pecho.</translation>
    </message>
    <message>
        <source>A person holding a straight line from head to heels on the forearms and toes.</source>
        <translation>Una persona mantiene una línea recta de la cabeza a los talones, sobre los antebrazos y las puntas de los pies.</translation>
    </message>
    <message>
        <source>A person walking tall, an arrow pointing ahead.</source>
        <translation>Una persona camina erguida, una flecha apunta hacia delante.</translation>
    </message>
    <message>
        <source>A person sitting on a chair, tilting the pelvis, an arrow curving at the lower back.</source>
        <translation>Una persona sentada en una silla inclina la pelvis, una flecha curva en la zona lumbar.</translation>
    </message>
    <message>
        <source>A person sitting and bending to the side, one arm reaching over the head.</source>
        <translation>Una persona sentada se inclina hacia un lado, con un brazo por encima de la cabeza.</translation>
    </message>
    <message>
        <source>A person propped on one forearm, the hips lifted in a straight line, an arrow pointing up.</source>
        <translation>Una persona apoyada en un antebrazo, con la cadera levantada en línea recta, una flecha apunta hacia arriba.</translation>
    </message>
    <message>
        <source>A person lying face down, propped on the forearms with the chest lifted.</source>
        <translation>Una persona boca abajo, apoyada en los antebrazos, con el pecho levantado.</translation>
    </message>
    <message>
        <source>A person standing with hands on the lower back, leaning gently backwards.</source>
        <translation>Una persona de pie con las manos en la zona lumbar se inclina suavemente hacia atrás.</translation>
    </message>
    <message>
        <source>A person standing beside a desk, holding one knee up toward the chest.</source>
        <translation>Una persona de pie junto a un escritorio sostiene una rodilla hacia el pecho.</translation>
    </message>
    <message>
        <source>A person lying face down, lifting the arms and legs a little off the floor.</source>
        <translation>Una persona boca abajo levanta un poco los brazos y las piernas del suelo.</translation>
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
        <source>Daily walking go&amp;al:</source>
        <translation>&amp;Objetivo diario de caminata:</translation>
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
</context>
</TS>
