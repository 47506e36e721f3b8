<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Could not export the history to %1: %2</source>
        <translation>Impossible d&apos;exporter l&apos;historique vers %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more; see &apos;backbreak config check&apos;.</source>
        <translation>
            <numerusform>…et %n autre ; voir « backbreak config check ».</numerusform>
            <numerusform>…et %n autres ; voir « backbreak config check ».</numerusform>
        </translation>
    </message>
    <message>
        <source>backbreak: some files have problems</source>
        <translation>backbreak : certains fichiers posent problème</translation>
    </message>
    <message>
        <source>backbreak: settings not saved</source>
        <translation>backbreak : paramètres non enregistrés</translation>
    </message>
    <message>
        <source>backbreak: start at login</source>
        <translation>backbreak : lancement à la connexion</translation>
    </message>
    <message>
        <source>Weekly history</source>
        <translation>Historique de la semaine</translation>
    </message>
    <message>
        <source>Nothing in this routine suits what you ticked in the safety screen; choose another one, or change the ticks in Settings.</source>
        <translation>Rien dans cette routine ne convient à ce que vous avez coché dans l’écran de sécurité ; choisissez-en une autre ou modifiez les cases dans les Paramètres.</translation>
    </message>
    <message>
        <source>The history cannot be shown: %1</source>
        <translation>Impossible d’afficher l’historique : %1</translation>
    </message>
</context>
<context>
    <name>Checkin</name>
    <message>
        <source>Pain from 0, no pain, to 10, worst pain</source>
        <translation>Douleur de 0, aucune douleur, à 10, pire douleur</translation>
    </message>
    <message>
        <source>Digits 0 to 9, arrow keys, Home and End choose</source>
        <translation>Les chiffres 0 à 9, les flèches, Début et Fin choisissent</translation>
    </message>
    <message>
        <source>Nothing chosen yet; digits 0 to 9, arrow keys, Home and End</source>
        <translation>Rien de choisi pour l&apos;instant ; chiffres 0 à 9, flèches, Début et Fin</translation>
    </message>
    <message>
        <source>How is your back right now?</source>
        <translation>Comment va votre dos en ce moment ?</translation>
    </message>
    <message>
        <source>And now?</source>
        <translation>Et maintenant ?</translation>
    </message>
    <message>
        <source>Choose a number: 0 to 9 on the keyboard, or the arrow keys and End for 10. Return confirms; S skips.</source>
        <translation>Choisissez un nombre : 0 à 9 au clavier, ou les flèches et Fin pour 10. Entrée valide ; S passe.</translation>
    </message>
    <message>
        <source>no pain</source>
        <translation>aucune douleur</translation>
    </message>
    <message>
        <source>worst pain</source>
        <translation>pire douleur</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Go on without answering (S or Esc)</source>
        <translation>Continuer sans répondre (S ou Échap)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Give this score (Return)</source>
        <translation>Donner cette note (Entrée)</translation>
    </message>
    <message>
        <source>A word from backbreak</source>
        <translation>Un mot de backbreak</translation>
    </message>
    <message>
        <source>Safety…</source>
        <translation>Sécurité…</translation>
    </message>
    <message>
        <source>The urgent signs that mean seeing a doctor now</source>
        <translation>Les signes d&apos;alerte qui demandent de voir un médecin tout de suite</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Go on (Return)</source>
        <translation>Continuer (Entrée)</translation>
    </message>
    <message>
        <source>Choose a number from 0 to 10 first, or press S to skip.</source>
        <translation>Choisissez d&apos;abord un nombre de 0 à 10, ou appuyez sur S pour passer.</translation>
    </message>
    <message>
        <source>Your back has scored 7 or more on three days in a row. Pain that stays this high deserves a proper look: please make an appointment with a physiotherapist or your doctor. Until then, stay gently active within what feels comfortable, and leave out any movement that makes the pain worse.</source>
        <translation>Votre dos a été noté 7 ou plus trois jours de suite. Une douleur qui reste aussi forte mérite un vrai bilan : prenez rendez-vous chez un kinésithérapeute ou votre médecin. D&apos;ici là, restez doucement actif dans les limites de ce qui est confortable, et laissez de côté tout mouvement qui augmente la douleur.</translation>
    </message>
    <message>
        <source>Your back felt 3 or more points worse after this routine than before it. Take it easy for the rest of the day and leave out what provoked it. If the pain has not settled within a day or two, or this keeps happening, please see a physiotherapist or your doctor.</source>
        <translation>Votre dos allait 3 points ou plus moins bien après cette séance qu&apos;avant. Ménagez-vous pour le reste de la journée et laissez de côté ce qui a déclenché la douleur. Si elle ne s&apos;est pas calmée d&apos;ici un jour ou deux, ou si cela se répète, consultez un kinésithérapeute ou votre médecin.</translation>
    </message>
    <message>
        <source>If you notice any of the urgent signs listed under Safety, see a doctor straight away.</source>
        <translation>Si vous remarquez l&apos;un des signes d&apos;alerte listés sous « Sécurité », consultez un médecin sans attendre.</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>No more snoozes in a row; please take this break.</source>
        <translation>Plus de report possible : prenez cette pause, s’il vous plaît.</translation>
    </message>
    <message>
        <source>There is no break to skip right now.</source>
        <translation>Il n’y a aucune pause à passer pour le moment.</translation>
    </message>
    <message>
        <source>While the screen is locked you count as sitting.</source>
        <translation>Tant que l&apos;écran est verrouillé, vous êtes compté comme assis.</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message numerus="yes">
        <source>Break in %n second(s)</source>
        <translation>
            <numerusform>Pause dans %n seconde</numerusform>
            <numerusform>Pause dans %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish your sentence; a short stretch is coming up.</source>
        <translation>Terminez votre phrase : une courte séance d’étirements arrive.</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Commencer maintenant</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Time to stand up</source>
        <translation>Il est temps de se lever</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>Aller marcher</translation>
    </message>
    <message>
        <source>Time for a walk</source>
        <translation>Il est temps d&apos;aller marcher</translation>
    </message>
</context>
<context>
    <name>Pace</name>
    <message>
        <source>up</source>
        <translation>monter</translation>
    </message>
    <message>
        <source>down</source>
        <translation>descendre</translation>
    </message>
    <message>
        <source>lift</source>
        <translation>lever</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>reposer</translation>
    </message>
    <message>
        <source>reach</source>
        <translation>allonger</translation>
    </message>
    <message>
        <source>come back</source>
        <translation>revenir</translation>
    </message>
    <message>
        <source>back</source>
        <translation>en arrière</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>en avant</translation>
    </message>
    <message>
        <source>tighten</source>
        <translation>contracter</translation>
    </message>
    <message>
        <source>let go</source>
        <translation>relâcher</translation>
    </message>
    <message>
        <source>breathe in</source>
        <translation>inspirer</translation>
    </message>
    <message>
        <source>breathe out</source>
        <translation>expirer</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>tenir</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>repos</translation>
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
        <translation>Une répétition : %1</translation>
    </message>
    <message>
        <source>Repetition %1 of %2 (%3): %4</source>
        <comment>%3: the side this repetition works, e.g. &apos;knees to the right&apos;</comment>
        <translation>Répétition %1 sur %2 (%3) : %4</translation>
    </message>
    <message>
        <source>Repetition %1 of %2: %3</source>
        <translation>Répétition %1 sur %2 : %3</translation>
    </message>
</context>
<context>
    <name>Player</name>
    <message>
        <source>backbreak: %1</source>
        <translation>backbreak : %1</translation>
    </message>
    <message>
        <source>Guided stretch: %1</source>
        <translation>Étirements guidés : %1</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Go back one step (Left arrow)</source>
        <translation>Revenir d’une étape (flèche gauche)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or resume the countdown (Space)</source>
        <translation>Mettre en pause ou reprendre le compte à rebours (Espace)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Go to the next step (Right arrow)</source>
        <translation>Passer à l’étape suivante (flèche droite)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Finish the routine (Enter)</source>
        <translation>Terminer la séance (Entrée)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Skip the rest of the routine (Esc)</source>
        <translation>Passer le reste de la séance (Échap)</translation>
    </message>
    <message>
        <source>Safety…</source>
        <translation>Sécurité…</translation>
    </message>
    <message>
        <source>When to stop and who should ask a professional first</source>
        <translation>Quand s’arrêter et qui doit d’abord demander l’avis d’un professionnel</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n repetition(s)</source>
        <translation>
            <numerusform>%n répétition</numerusform>
            <numerusform>%n répétitions</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is common practice in physiotherapy; it is not from the articles.</source>
        <translation>« %1 » est une pratique courante en kinésithérapie ; cet exercice ne vient pas des articles.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>an article&apos;s title</comment>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between article titles</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is taken from the article(s) %2.</source>
        <translation>
            <numerusform>« %1 » est tiré de l’article %2.</numerusform>
            <numerusform>« %1 » est tiré des articles %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n seconde restante</numerusform>
            <numerusform>%n secondes restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Temps restant pour cette étape</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>the day a swap ends: a QLocale date pattern (d day, MMMM month)</comment>
        <translation>d MMMM</translation>
    </message>
    <message>
        <source>you ticked “%1”</source>
        <translation>vous avez coché « %1 »</translation>
    </message>
    <message>
        <source>your back felt worse after it</source>
        <translation>votre dos allait moins bien après</translation>
    </message>
    <message>
        <source>%1 left out until %2 (%3)</source>
        <translation>%1 retiré jusqu’au %2 (%3)</translation>
    </message>
    <message>
        <source>%1 instead of %2 until %3 (%4)</source>
        <translation>%1 au lieu de %2 jusqu’au %3 (%4)</translation>
    </message>
    <message>
        <source>%1 left out (%2)</source>
        <translation>%1 retiré (%2)</translation>
    </message>
    <message>
        <source>%1 instead of %2 (%3)</source>
        <translation>%1 au lieu de %2 (%3)</translation>
    </message>
    <message>
        <source>Changed for you: %1.</source>
        <translation>Adapté pour vous : %1.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>empty duration; expected e.g. 90s, 5m or 1h30m</source>
        <translation>durée vide ; attendu par ex. 90s, 5m or 1h30m</translation>
    </message>
    <message>
        <source>%1… is too long for a duration; expected e.g. 1h30m</source>
        <translation>%1… est trop long pour une durée ; attendu par ex. 1h30m</translation>
    </message>
    <message>
        <source>%1 is not a duration; expected e.g. 90s, 5m or 1h30m</source>
        <translation>%1 n’est pas une durée ; attendu par ex. 90s, 5m or 1h30m</translation>
    </message>
    <message>
        <source>%1 is zero; a duration must be longer than that</source>
        <translation>%1 vaut zéro ; une durée doit être plus longue</translation>
    </message>
    <message>
        <source>%1 backbreak keeps running without history.</source>
        <translation>%1 backbreak continue de fonctionner sans historique.</translation>
    </message>
    <message>
        <source>The history file could not be read; it was moved to %1 and a new history was started in %2.</source>
        <translation>Le fichier d’historique n’a pas pu être lu ; il a été déplacé vers %1 et un nouvel historique a été commencé dans %2.</translation>
    </message>
    <message>
        <source>%1: cannot open the history</source>
        <translation>%1 : impossible d’ouvrir l’historique</translation>
    </message>
    <message>
        <source>unknown field; expected one of %1</source>
        <translation>champ inconnu ; attendu un champ parmi %1</translation>
    </message>
    <message>
        <source>missing; expected a text</source>
        <translation>manquant ; attendu un texte</translation>
    </message>
    <message>
        <source>expected a text, got %1</source>
        <translation>attendu un texte, trouvé %1</translation>
    </message>
    <message>
        <source>expected a non-empty text</source>
        <translation>attendu un texte non vide</translation>
    </message>
    <message>
        <source>expected a single line of text</source>
        <translation>attendu une seule ligne de texte</translation>
    </message>
    <message>
        <source>expected at most %1 characters, got %2</source>
        <translation>attendu %1 caractères au plus, trouvé %2</translation>
    </message>
    <message>
        <source>expected lowercase letters, digits and &apos;-&apos; (at most 40), got %1</source>
        <translation>attendu des minuscules, des chiffres et &apos;-&apos; (40 au plus), trouvé %1</translation>
    </message>
    <message>
        <source>expected one of %1, got %2</source>
        <translation>attendu une valeur parmi %1, trouvé %2</translation>
    </message>
    <message>
        <source>missing; expected a whole number from %1 to %2</source>
        <translation>manquant ; attendu un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, got %3</source>
        <translation>attendu un nombre entier de %1 à %2, trouvé %3</translation>
    </message>
    <message>
        <source>missing; expected a list of texts (at least %1)</source>
        <translation>manquant ; attendu une liste de textes (au moins %1)</translation>
    </message>
    <message>
        <source>expected a list of texts, got %1</source>
        <translation>attendu une liste de textes, trouvé %1</translation>
    </message>
    <message>
        <source>expected %1 to %2 lines, got %3</source>
        <translation>attendu de %1 à %2 lignes, trouvé %3</translation>
    </message>
    <message>
        <source>line %1: expected a text, got %2</source>
        <translation>ligne %1 : attendu un texte, trouvé %2</translation>
    </message>
    <message>
        <source>missing; expected a [%1] table</source>
        <translation>manquant ; attendu une table [%1]</translation>
    </message>
    <message>
        <source>expected a table, got %1</source>
        <translation>attendu une table, trouvé %1</translation>
    </message>
    <message>
        <source>expected gentle &lt;= standard &lt;= strong, got %1 &lt;= %2 &lt;= %3</source>
        <translation>attendu gentle &lt;= standard &lt;= strong, trouvé %1 &lt;= %2 &lt;= %3</translation>
    </message>
    <message>
        <source>expected %1 columns (%2), got %3</source>
        <translation>attendu %1 colonnes (%2), trouvé %3</translation>
    </message>
    <message>
        <source>expected CSV (%1)</source>
        <translation>attendu du CSV (%1)</translation>
    </message>
    <message>
        <source>expected an ISO 8601 time such as %1, got %2</source>
        <translation>attendu une heure ISO 8601, comme %1, trouvé %2</translation>
    </message>
    <message>
        <source>expected a time with a UTC offset such as %1, got %2</source>
        <translation>attendu une heure avec décalage UTC, comme %1, trouvé %2</translation>
    </message>
    <message>
        <source>expected a time from %1 to %2 (UTC), got %3</source>
        <translation>attendu une heure du %1 au %2 (UTC), trouvé %3</translation>
    </message>
    <message>
        <source>expected a pain score from 0 to 10, or empty, got %1</source>
        <translation>attendu un score de douleur de 0 à 10, ou vide, trouvé %1</translation>
    </message>
    <message>
        <source>expected at most %1 exercises, got %2</source>
        <translation>attendu %1 exercices au plus, trouvé %2</translation>
    </message>
    <message>
        <source>expected exercise ids of lowercase letters, digits and &apos;-&apos; (at most 40), separated by spaces, got %1</source>
        <translation>attendu des identifiants d’exercice en minuscules, chiffres et « - » (40 au plus), séparés par des espaces, trouvé %1</translation>
    </message>
    <message>
        <source>expected at most steps_total (%1), got %2</source>
        <translation>attendu steps_total (%1) au plus, trouvé %2</translation>
    </message>
    <message>
        <source>expected a time not before started_at (%1), got %2</source>
        <translation>attendu une heure qui ne précède pas started_at (%1), trouvé %2</translation>
    </message>
    <message>
        <source>expected a list of exercise ids or null, got %1</source>
        <translation>attendu une liste d’identifiants d’exercice ou null, trouvé %1</translation>
    </message>
    <message>
        <source>expected a pain score from 0 to 10, or null, got %1</source>
        <translation>attendu un score de douleur de 0 à 10, ou null, trouvé %1</translation>
    </message>
    <message>
        <source>expected an object with started_at and ended_at, got %1</source>
        <translation>attendu un objet avec started_at et ended_at, trouvé %1</translation>
    </message>
    <message>
        <source>expected at most %1 days after started_at, got %2</source>
        <translation>attendu %1 jours au plus après started_at, trouvé %2</translation>
    </message>
    <message>
        <source>expected an object with the CSV columns as keys, got %1</source>
        <translation>attendu un objet ayant les colonnes du CSV pour clés, trouvé %1</translation>
    </message>
    <message>
        <source>expected a flat break record, got one nested too deeply</source>
        <translation>attendu un enregistrement de pause plat, trouvé un enregistrement trop imbriqué</translation>
    </message>
    <message>
        <source>expected valid JSON (%1)</source>
        <translation>attendu du JSON valide (%1)</translation>
    </message>
    <message>
        <source>expected a value of at most %1 characters (a break record is a few hundred), got a longer one</source>
        <translation>attendu une valeur de %1 caractères au plus (un enregistrement de pause en compte quelques centaines), trouvé une valeur plus longue</translation>
    </message>
    <message>
        <source>expected a list of break records, got %1</source>
        <translation>attendu une liste d’enregistrements de pause, trouvé %1</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>attendu %1, trouvé %2</translation>
    </message>
    <message>
        <source>expected %1 or lower, got %2</source>
        <translation>attendu %1 ou moins, trouvé %2</translation>
    </message>
    <message>
        <source>expected a list of standing spans, got %1</source>
        <translation>attendu une liste de périodes debout, trouvé %1</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>un tube nommé (FIFO)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>un périphérique en mode caractère</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>un périphérique en mode bloc</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>illisible (%1)</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>autre chose</translation>
    </message>
    <message>
        <source>expected a regular file (a backbreak CSV or JSON export), got %1</source>
        <translation>attendu un fichier ordinaire (un export CSV ou JSON de backbreak), trouvé %1</translation>
    </message>
    <message>
        <source>expected at most %1 (many years of history), got more</source>
        <translation>attendu %1 au plus (de nombreuses années d’historique), trouvé davantage</translation>
    </message>
    <message>
        <source>expected at most %1 (many years of history), got %2</source>
        <translation>attendu %1 au plus (de nombreuses années d’historique), trouvé %2</translation>
    </message>
    <message>
        <source>expected a row of at most %1 characters (a history row is a few hundred), got a longer one</source>
        <translation>attendu une ligne de %1 caractères au plus (une ligne d’historique en compte quelques centaines), trouvé une ligne plus longue</translation>
    </message>
    <message>
        <source>the file is %1 bytes; expected at most %2</source>
        <translation>le fichier fait %1 octets ; attendu %2 au plus</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>impossible de lire le fichier (%1)</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte %1)</source>
        <translation>pas du texte UTF-8 (octet %1)</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>attendu : %1</translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1 : ligne %2 : %3</translation>
    </message>
    <message>
        <source>%1: line %2, %3: %4</source>
        <translation>%1 : ligne %2, %3 : %4</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>attendu un objet JSON</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>%1; nothing was imported from it, and it could not be moved aside: %2</source>
        <translation>%1 ; rien n’en a été importé, et il n’a pas pu être mis de côté : %2</translation>
    </message>
    <message>
        <source>%1; nothing was imported from it; it was moved to %2</source>
        <translation>%1 ; rien n’en a été importé ; il a été déplacé vers %2</translation>
    </message>
    <message>
        <source>expected exactly one of seed (the article) or source = &quot;common-practice&quot;</source>
        <translation>attendu exactement un de seed (l’article) ou source = &quot;common-practice&quot;</translation>
    </message>
    <message>
        <source>expected %1 (or a seed instead), got %2</source>
        <translation>attendu %1 (ou un seed à la place), reçu %2</translation>
    </message>
    <message>
        <source>a pace says what one repetition is; expected reps beside it</source>
        <translation>pace décrit une répétition ; reps attendu à côté</translation>
    </message>
    <message>
        <source>expected an even number of moving phases (out and back), got %1</source>
        <translation>attendu un nombre pair de phases de mouvement (aller et retour), reçu %1</translation>
    </message>
    <message>
        <source>expected one repetition of %1 to %2 seconds, got %3</source>
        <translation>attendu une répétition de %1 à %2 secondes, reçu %3</translation>
    </message>
    <message>
        <source>expected a list of cautions, got %1</source>
        <translation>attendu une liste de précautions, reçu %1</translation>
    </message>
    <message>
        <source>expected an exercise id (lowercase letters, digits, &apos;-&apos;), got %1</source>
        <translation>attendu un identifiant d’exercice (minuscules, chiffres, &apos;-&apos;), reçu %1</translation>
    </message>
    <message>
        <source>expected another exercise than this one</source>
        <translation>attendu un autre exercice que celui-ci</translation>
    </message>
    <message>
        <source>expected two different sides, got %1 twice</source>
        <translation>attendu deux côtés différents, reçu deux fois %1</translation>
    </message>
    <message>
        <source>sides that alternate each repetition need reps; expected reps beside it</source>
        <translation>des côtés qui alternent à chaque répétition demandent des répétitions ; reps attendu à côté</translation>
    </message>
    <message>
        <source>expected one work step when each repetition alternates sides, got %1</source>
        <translation>attendu une seule étape d’exercice quand chaque répétition change de côté, reçu %1</translation>
    </message>
    <message>
        <source>expected an even number of repetitions at every level (as many on each side), got %1</source>
        <translation>attendu un nombre pair de répétitions à chaque niveau (autant de chaque côté), reçu %1</translation>
    </message>
    <message>
        <source>unknown seed article %1; expected one of %2</source>
        <translation>article source inconnu %1 ; attendu l’un de %2</translation>
    </message>
    <message>
        <source>an alternative is played only for a caution; expected cautions beside it</source>
        <translation>une alternative ne sert qu’en cas de précaution ; cautions attendu à côté</translation>
    </message>
    <message>
        <source>alternative %1 has every caution of this exercise (%2), so it is never a safer swap; expected one without at least one of them</source>
        <translation>l’alternative %1 a toutes les précautions de cet exercice (%2) : elle n’est donc jamais plus sûre ; attendu une alternative sans au moins l’une d’elles</translation>
    </message>
    <message>
        <source>%1 says %2 = %3, not this exercise; expected the two to agree</source>
        <translation>%1 indique %2 = %3, et non cet exercice ; attendu que les deux concordent</translation>
    </message>
    <message>
        <source>following %1 comes back to %2; expected no loop</source>
        <translation>suivre %1 ramène à %2 ; attendu aucune boucle</translation>
    </message>
    <message>
        <source>not valid TOML: %1</source>
        <translation>TOML non valide : %1</translation>
    </message>
    <message>
        <source>expected exactly one top-level table, [exercise] or [routine], got %1</source>
        <translation>attendu exactement une table de premier niveau, [exercise] ou [routine], trouvé %1</translation>
    </message>
    <message>
        <source>expected a [%1] table, got %2</source>
        <translation>attendu une table [%1], trouvé %2</translation>
    </message>
    <message>
        <source>expected a file name ending in .svg (no folders), got %1</source>
        <translation>attendu un nom de fichier se terminant par .svg (sans dossier), trouvé %1</translation>
    </message>
    <message>
        <source>expected fewer set-up steps than steps (%1) so at least one work step remains, got %2</source>
        <translation>attendu moins d’étapes de mise en place que d’étapes (%1) pour qu’il reste au moins une étape d’exercice, trouvé %2</translation>
    </message>
    <message>
        <source>expected exactly one of reps or hold_seconds</source>
        <translation>attendu une seule clé parmi reps et hold_seconds</translation>
    </message>
    <message>
        <source>missing; expected a list of exercise ids</source>
        <translation>manquant ; attendu une liste d’identifiants d’exercices</translation>
    </message>
    <message>
        <source>expected a non-empty list of exercise ids, got %1</source>
        <translation>attendu une liste non vide d’identifiants d’exercices, trouvé %1</translation>
    </message>
    <message>
        <source>expected at most 20 exercises, got %1</source>
        <translation>attendu 20 exercices au plus, trouvé %1</translation>
    </message>
    <message>
        <source>expected exercise ids (lowercase letters, digits, &apos;-&apos;), got %1</source>
        <translation>attendu des identifiants d’exercices (minuscules, chiffres, &apos;-&apos;), trouvé %1</translation>
    </message>
    <message>
        <source>%1 is not in this routine&apos;s exercises</source>
        <translation>%1 ne fait pas partie des exercices de cette séance</translation>
    </message>
    <message>
        <source>levels need reps or hold_seconds beside them</source>
        <translation>levels doit être accompagné de reps ou hold_seconds</translation>
    </message>
    <message>
        <source>expected 1 to %1 seed articles, got %2</source>
        <translation>attendu 1 à %1 articles sources, reçu %2</translation>
    </message>
    <message>
        <source>expected a list such as [&quot;balance&quot;] (of %1), got %2</source>
        <translation>attendu une liste comme [&quot;balance&quot;] (parmi %1), reçu %2</translation>
    </message>
    <message>
        <source>expected text without bidirectional control characters, got U+%1</source>
        <translation>attendu un texte sans caractères de contrôle bidirectionnels, trouvé U+%1</translation>
    </message>
    <message>
        <source>unknown exercise id %1; expected one of the loaded exercises (%2)</source>
        <translation>identifiant d’exercice inconnu %1 ; attendu un des exercices chargés (%2)</translation>
    </message>
    <message>
        <source>exercise %1 has position %2; a %3 routine takes only %4</source>
        <translation>l’exercice %1 a la position %2 ; une séance %3 n’accepte que %4</translation>
    </message>
    <message>
        <source>exercise %1 counts %2, not %3</source>
        <translation>l’exercice %1 se compte en %2, pas en %3</translation>
    </message>
    <message>
        <source>id %1 is already used by %2; rename it to load this file</source>
        <translation>l’identifiant %1 est déjà utilisé par %2 ; renommez-le pour charger ce fichier</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>id %1 is already used by a built-in one; rename it</source>
        <translation>l’identifiant %1 est déjà utilisé par un élément intégré à backbreak ; renommez-le</translation>
    </message>
    <message>
        <source>the other frame of %1 is missing: %2</source>
        <translation>l’autre image de %1 manque : %2</translation>
    </message>
    <message>
        <source>file %1 (or %2 and %3) not found in %4</source>
        <translation>fichier %1 (ou %2 et %3) introuvable dans %4</translation>
    </message>
    <message>
        <source>expected a duration string such as &quot;30m&quot;, got %1</source>
        <translation>attendu une durée en texte, comme &quot;30m&quot;, trouvé %1</translation>
    </message>
    <message>
        <source>expected between %1 and %2, got %3</source>
        <translation>attendu entre %1 et %2, trouvé %3</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>attendu true ou false, trouvé %1</translation>
    </message>
    <message>
        <source>expected a time of day such as &quot;08:00&quot;, got %1</source>
        <translation>attendu une heure comme &quot;08:00&quot;, trouvé %1</translation>
    </message>
    <message>
        <source>expected the header %1 (or an earlier one: the same without the last column, or without the last three), got an empty file</source>
        <translation>attendu l’en-tête %1 (ou un plus ancien : le même sans la dernière colonne, ou sans les trois dernières), trouvé un fichier vide</translation>
    </message>
    <message>
        <source>expected the header %1 (or an earlier one: the same without the last column, or without the last three), got %2</source>
        <translation>attendu l’en-tête %1 (ou un plus ancien : le même sans la dernière colonne, ou sans les trois dernières), trouvé %2</translation>
    </message>
    <message>
        <source>expected outcome natural exactly when kind is natural (a natural break), got outcome %1 with kind %2</source>
        <translation>attendu outcome natural exactement quand kind vaut natural (une pause naturelle), trouvé outcome %1 avec kind %2</translation>
    </message>
    <message>
        <source>expected UTF-8 text (a backbreak CSV or JSON export); byte %1 is not UTF-8</source>
        <translation>attendu du texte UTF-8 (un export CSV ou JSON de backbreak) ; l’octet %1 n’est pas de l’UTF-8</translation>
    </message>
    <message>
        <source>[%1] comes only with backbreak itself; expected [exercise] or [routine]</source>
        <translation>[%1] n’est fourni qu’avec backbreak lui-même ; attendu [exercise] ou [routine]</translation>
    </message>
    <message>
        <source>expected a list of days such as [&quot;mon&quot;, &quot;tue&quot;], got %1</source>
        <translation>attendu une liste de jours comme [&quot;mon&quot;, &quot;tue&quot;], trouvé %1</translation>
    </message>
    <message>
        <source>expected days among %1, got %2</source>
        <translation>attendu des jours parmi %1, trouvé %2</translation>
    </message>
    <message>
        <source>expected a locale name such as &quot;de&quot; or &quot;pt_BR&quot; (empty: system), got %1</source>
        <translation>attendu un code de langue comme &quot;de&quot; ou &quot;pt_BR&quot; (vide : langue du système), trouvé %1</translation>
    </message>
    <message>
        <source>not valid TOML (%1); using all defaults</source>
        <translation>TOML non valide (%1) ; toutes les valeurs par défaut sont utilisées</translation>
    </message>
    <message>
        <source>unknown section; expected one of %1</source>
        <translation>section inconnue ; attendu une section parmi %1</translation>
    </message>
    <message>
        <source>unknown key; expected one of %1</source>
        <translation>clé inconnue ; attendu une clé parmi %1</translation>
    </message>
    <message>
        <source>%1; using the default</source>
        <translation>%1 ; valeur par défaut utilisée</translation>
    </message>
    <message>
        <source>expected a time after working_hours.start; using the default working hours</source>
        <translation>attendu une heure après working_hours.start ; heures de travail par défaut utilisées</translation>
    </message>
    <message>
        <source>the file is %1 bytes; expected at most %2; using all defaults</source>
        <translation>le fichier fait %1 octets ; attendu %2 au plus ; toutes les valeurs par défaut sont utilisées</translation>
    </message>
    <message>
        <source>cannot be read (%1); using all defaults</source>
        <translation>illisible (%1) ; toutes les valeurs par défaut sont utilisées</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte %1); using all defaults</source>
        <translation>pas du texte UTF-8 (octet %1) ; toutes les valeurs par défaut sont utilisées</translation>
    </message>
    <message>
        <source>%1: cannot create the history file: %2</source>
        <translation>%1 : impossible de créer le fichier d’historique : %2</translation>
    </message>
    <message>
        <source>%1: cannot open the history: %2</source>
        <translation>%1 : impossible d’ouvrir l’historique : %2</translation>
    </message>
    <message>
        <source>%1: cannot start a fresh history: %2</source>
        <translation>%1 : impossible de commencer un nouvel historique : %2</translation>
    </message>
    <message>
        <source>%1: written by a newer backbreak (schema version %2; this version reads up to %3). The file was left untouched; upgrade backbreak to use it.</source>
        <translation>%1 : écrit par une version plus récente de backbreak (version de schéma %2 ; cette version lit jusqu’à la %3). Le fichier n’a pas été modifié ; mettez à jour backbreak pour l’utiliser.</translation>
    </message>
    <message>
        <source>%1: the file is damaged and could not be moved aside to %2: %3</source>
        <translation>%1 : le fichier est endommagé et n’a pas pu être mis de côté dans %2 : %3</translation>
    </message>
    <message>
        <source>%1: could not write the history: %2</source>
        <translation>%1 : impossible d’écrire l’historique : %2</translation>
    </message>
    <message>
        <source>%1: could not write the history (%2)</source>
        <translation>%1 : impossible d’écrire l’historique (%2)</translation>
    </message>
    <message>
        <source>%1; breaks are kept in memory and written when it works again</source>
        <translation>%1 ; les pauses sont gardées en mémoire et seront écrites quand l’historique fonctionnera de nouveau</translation>
    </message>
    <message>
        <source>%1: no history row with id %2</source>
        <translation>%1 : aucune ligne d’historique avec l’identifiant %2</translation>
    </message>
    <message>
        <source>%1; the history cannot be read until it can be opened</source>
        <translation>%1 ; l’historique restera illisible tant qu’il ne pourra pas être ouvert</translation>
    </message>
    <message>
        <source>%1: could not read the history: %2</source>
        <translation>%1 : impossible de lire l’historique : %2</translation>
    </message>
</context>
<context>
    <name>PromptCard</name>
    <message>
        <source>backbreak: time to stand up</source>
        <translation>backbreak : il est temps de se lever</translation>
    </message>
    <message>
        <source>Break reminder</source>
        <translation>Rappel de pause</translation>
    </message>
    <message>
        <source>Start the guided stretch now</source>
        <translation>Commencer les étirements guidés maintenant</translation>
    </message>
    <message>
        <source>Walk instead</source>
        <translation>Marcher plutôt</translation>
    </message>
    <message>
        <source>Take a short walk instead</source>
        <translation>Faire plutôt une courte marche</translation>
    </message>
    <message>
        <source>Ask again in a few minutes</source>
        <translation>Redemander dans quelques minutes</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Skip this break (Esc)</source>
        <translation>Passer cette pause (Échap)</translation>
    </message>
    <message>
        <source>Time to stand up</source>
        <translation>Il est temps de se lever</translation>
    </message>
    <message>
        <source>Next up: %1.</source>
        <translation>Ensuite : %1.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences, one after the other</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Time for a walk</source>
        <translation>Il est temps d&apos;aller marcher</translation>
    </message>
    <message>
        <source>Take a walk</source>
        <translation>Aller marcher</translation>
    </message>
    <message numerus="yes">
        <source>Stretch (%n min)</source>
        <translation>
            <numerusform>S’étirer (%n min)</numerusform>
            <numerusform>S’étirer (%n min)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n min</source>
        <translation>
            <numerusform>Dans %n min</numerusform>
            <numerusform>Dans %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Routines</name>
    <message>
        <source>Move slowly and with control. A mild stretch is enough; nothing should hurt.</source>
        <translation>Bougez lentement et avec contrôle. Un étirement léger suffit ; rien ne doit faire mal.</translation>
    </message>
    <message>
        <source>Stop at once if you feel a sharp pain, and don&apos;t push through it.</source>
        <translation>Arrêtez immédiatement si vous ressentez une douleur vive, et ne forcez pas.</translation>
    </message>
    <message>
        <source>If discomfort keeps going, keeps coming back or limits your day, see a health professional.</source>
        <translation>Si une gêne persiste, revient souvent ou vous limite au quotidien, consultez un professionnel de santé.</translation>
    </message>
    <message>
        <source>backbreak reminds you to move; it is not medical advice.</source>
        <translation>backbreak vous rappelle de bouger ; ce n’est pas un avis médical.</translation>
    </message>
    <message>
        <source>Switch on your core</source>
        <translation>Activez votre sangle abdominale</translation>
    </message>
    <message>
        <source>Find your deep belly and buttock muscles, then stand and use them.</source>
        <translation>Repérez vos muscles profonds du ventre et des fessiers, puis levez-vous et servez-vous-en.</translation>
    </message>
    <message>
        <source>Hip and lower-back opener</source>
        <translation>Détente des hanches et du bas du dos</translation>
    </message>
    <message>
        <source>Gentle stretches for hips and back that have been folded in a chair.</source>
        <translation>Des étirements doux pour les hanches et le dos restés pliés sur une chaise.</translation>
    </message>
    <message>
        <source>Seated reset</source>
        <translation>Pause assise</translation>
    </message>
    <message>
        <source>Three moves you can do without leaving your chair.</source>
        <translation>Trois mouvements à faire sans quitter votre chaise.</translation>
    </message>
    <message>
        <source>Stand-up reset</source>
        <translation>Pause debout</translation>
    </message>
    <message>
        <source>Four standing moves beside your desk to wake up your glutes and ease your lower back.</source>
        <translation>Quatre mouvements debout à côté de votre bureau pour réveiller vos fessiers et soulager le bas du dos.</translation>
    </message>
    <message>
        <source>At home: floor routine</source>
        <translation>À la maison : séance au sol</translation>
    </message>
    <message>
        <source>A longer session on a mat: warm up, strengthen your core, then stretch and rest.</source>
        <translation>Une séance plus longue sur un tapis : échauffement, renforcement de la sangle abdominale, puis étirements et repos.</translation>
    </message>
    <message>
        <source>Posture walk</source>
        <translation>Marche posturale</translation>
    </message>
    <message>
        <source>A short walk with your belly and buttocks gently working and your head up.</source>
        <translation>Une courte marche, ventre et fessiers légèrement engagés, tête haute.</translation>
    </message>
    <message>
        <source>A few steps backwards</source>
        <translation>Quelques pas en arrière</translation>
    </message>
    <message>
        <source>Your buttock muscles tightening with each backward step.</source>
        <translation>Vos fessiers qui se contractent à chaque pas en arrière.</translation>
    </message>
    <message>
        <source>A strong, purposeful stride.</source>
        <translation>Une foulée ferme et décidée.</translation>
    </message>
    <message>
        <source>Don&apos;t rush.</source>
        <translation>Ne vous précipitez pas.</translation>
    </message>
    <message>
        <source>Glance over your shoulder rather than stepping blind.</source>
        <translation>Jetez un coup d’œil par-dessus l’épaule plutôt que d’avancer à l’aveugle.</translation>
    </message>
    <message>
        <source>Bird-dog</source>
        <translation>Chien d’arrêt (bird-dog)</translation>
    </message>
    <message>
        <source>Come onto hands and knees: wrists under shoulders, knees under hips, back flat.</source>
        <translation>Mettez-vous à quatre pattes : poignets sous les épaules, genoux sous les hanches, dos plat.</translation>
    </message>
    <message>
        <source>Don&apos;t lift the hand or heel higher than your back.</source>
        <translation>Ne montez pas la main ou le talon plus haut que le dos.</translation>
    </message>
    <message>
        <source>Don&apos;t let the hips twist open.</source>
        <translation>Ne laissez pas les hanches pivoter sur le côté.</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>Pont</translation>
    </message>
    <message>
        <source>Lie on your back, knees bent, feet flat on the floor and hip-width apart.</source>
        <translation>Allongez-vous sur le dos, genoux pliés, pieds à plat au sol et écartés de la largeur des hanches.</translation>
    </message>
    <message>
        <source>Press through your heels and lift your hips until knees, hips and shoulders make one line. Hold a few seconds, then lower slowly.</source>
        <translation>Poussez dans vos talons et soulevez les hanches jusqu’à aligner genoux, hanches et épaules. Tenez quelques secondes, puis redescendez lentement.</translation>
    </message>
    <message>
        <source>Your buttocks and the backs of your thighs doing the lifting.</source>
        <translation>Vos fessiers et l’arrière de vos cuisses qui font le travail.</translation>
    </message>
    <message>
        <source>Don&apos;t arch your back to lift higher: control matters more than height.</source>
        <translation>Ne cambrez pas le dos pour monter plus haut : le contrôle compte plus que la hauteur.</translation>
    </message>
    <message>
        <source>Don&apos;t drop down fast.</source>
        <translation>Ne redescendez pas d’un coup.</translation>
    </message>
    <message>
        <source>Cat-cow</source>
        <translation>Chat-vache</translation>
    </message>
    <message>
        <source>Come onto hands and knees with a flat back, wrists under shoulders, knees under hips.</source>
        <translation>Mettez-vous à quatre pattes, dos plat, poignets sous les épaules, genoux sous les hanches.</translation>
    </message>
    <message>
        <source>Breathe in and let the belly sink as the chest lifts. Breathe out and round your back, tucking tailbone and chin.</source>
        <translation>Inspirez en laissant le ventre descendre et la poitrine s’ouvrir. Expirez en arrondissant le dos, coccyx et menton rentrés.</translation>
    </message>
    <message>
        <source>Your whole spine moving, a little at a time.</source>
        <translation>Toute votre colonne qui bouge, petit à petit.</translation>
    </message>
    <message>
        <source>Slow breaths leading the movement.</source>
        <translation>Une respiration lente qui guide le mouvement.</translation>
    </message>
    <message>
        <source>Don&apos;t move faster than your breath.</source>
        <translation>Ne bougez pas plus vite que votre respiration.</translation>
    </message>
    <message>
        <source>Don&apos;t force either end of the movement.</source>
        <translation>Ne forcez à aucune extrémité du mouvement.</translation>
    </message>
    <message>
        <source>Child&apos;s pose</source>
        <translation>Posture de l’enfant</translation>
    </message>
    <message>
        <source>Kneel with your knees a little apart and sit your hips back toward your heels.</source>
        <translation>Agenouillez-vous, genoux un peu écartés, et reculez les fesses vers les talons.</translation>
    </message>
    <message>
        <source>Fold forward over your thighs with your arms reaching long in front. Rest and breathe deeply.</source>
        <translation>Penchez-vous en avant sur vos cuisses, bras allongés devant vous. Reposez-vous et respirez profondément.</translation>
    </message>
    <message>
        <source>Your back widening and softening with each breath.</source>
        <translation>Votre dos qui s’élargit et se relâche à chaque respiration.</translation>
    </message>
    <message>
        <source>Don&apos;t fold deeper than is comfortable.</source>
        <translation>Ne descendez pas plus bas que ce qui est confortable.</translation>
    </message>
    <message>
        <source>Come up slowly, one part of your back at a time.</source>
        <translation>Remontez lentement, en déroulant le dos petit à petit.</translation>
    </message>
    <message>
        <source>Abdominal drawing-in</source>
        <translation>Rentrer le ventre</translation>
    </message>
    <message>
        <source>Sit tall near the front of your chair, feet flat, shoulders loose.</source>
        <translation>Asseyez-vous bien droit sur l’avant de la chaise, pieds à plat, épaules relâchées.</translation>
    </message>
    <message>
        <source>Gently pull your lower belly in, as if closing a belt by one notch. Hold for a breath or two, then let go completely.</source>
        <translation>Rentrez doucement le bas du ventre, comme pour serrer votre ceinture d’un cran. Tenez une ou deux respirations, puis relâchez complètement.</translation>
    </message>
    <message>
        <source>A light tightening low in your belly, below the navel.</source>
        <translation>Une légère contraction en bas du ventre, sous le nombril.</translation>
    </message>
    <message>
        <source>Your lower back feeling held from the inside.</source>
        <translation>Le bas du dos comme maintenu de l’intérieur.</translation>
    </message>
    <message>
        <source>Don&apos;t hold your breath: keep breathing normally.</source>
        <translation>Ne bloquez pas votre respiration : respirez normalement.</translation>
    </message>
    <message>
        <source>Don&apos;t squeeze hard: this is control, not force.</source>
        <translation>Ne serrez pas fort : c’est une question de contrôle, pas de force.</translation>
    </message>
    <message>
        <source>Standing glute squeeze</source>
        <translation>Contraction des fessiers debout</translation>
    </message>
    <message>
        <source>Stand tall beside your desk, feet hip-width apart, knees soft.</source>
        <translation>Tenez-vous droit à côté de votre bureau, pieds écartés de la largeur des hanches, genoux souples.</translation>
    </message>
    <message>
        <source>Squeeze your buttocks firmly for about three seconds, then relax them.</source>
        <translation>Serrez fermement les fessiers pendant environ trois secondes, puis relâchez.</translation>
    </message>
    <message>
        <source>Both buttocks firming up.</source>
        <translation>Les deux fessiers qui se raffermissent.</translation>
    </message>
    <message>
        <source>The front of your hips lengthening a little with each squeeze.</source>
        <translation>L’avant des hanches qui s’allonge un peu à chaque contraction.</translation>
    </message>
    <message>
        <source>Don&apos;t clench your jaw or lift your shoulders.</source>
        <translation>Ne serrez pas les mâchoires et ne montez pas les épaules.</translation>
    </message>
    <message>
        <source>Don&apos;t lean back to help the squeeze.</source>
        <translation>Ne vous penchez pas en arrière pour aider.</translation>
    </message>
    <message>
        <source>Standing hip-flexor stretch</source>
        <translation>Étirement des fléchisseurs de hanche debout</translation>
    </message>
    <message>
        <source>Rest one hand on your desk and step your right foot back into a short split stance.</source>
        <translation>Posez une main sur votre bureau et reculez le pied droit en petite fente.</translation>
    </message>
    <message>
        <source>Squeeze the buttock of the back leg and tuck your tailbone under a little. Hold.</source>
        <translation>Serrez le fessier de la jambe arrière et rentrez un peu le coccyx. Tenez.</translation>
    </message>
    <message>
        <source>Swap: left foot back, squeeze that side, and hold.</source>
        <translation>Changez : pied gauche en arrière, serrez ce côté et tenez.</translation>
    </message>
    <message>
        <source>A stretch along the front of the hip of the back leg.</source>
        <translation>Un étirement à l’avant de la hanche de la jambe arrière.</translation>
    </message>
    <message>
        <source>The buttock of the back leg working.</source>
        <translation>Le fessier de la jambe arrière qui travaille.</translation>
    </message>
    <message>
        <source>Don&apos;t arch your lower back to go further.</source>
        <translation>Ne cambrez pas le bas du dos pour aller plus loin.</translation>
    </message>
    <message>
        <source>Don&apos;t bounce.</source>
        <translation>Pas d’à-coups.</translation>
    </message>
    <message>
        <source>Knee rotation</source>
        <translation>Rotation des genoux</translation>
    </message>
    <message>
        <source>Lie on your back with your arms out to the sides in a T and your knees drawn up.</source>
        <translation>Allongez-vous sur le dos, bras écartés en T, genoux repliés.</translation>
    </message>
    <message>
        <source>A gentle twist through your lower back.</source>
        <translation>Une torsion douce dans le bas du dos.</translation>
    </message>
    <message>
        <source>Keep both shoulders on the floor.</source>
        <translation>Gardez les deux épaules au sol.</translation>
    </message>
    <message>
        <source>Don&apos;t let the knees drop fast.</source>
        <translation>Ne laissez pas tomber les genoux d’un coup.</translation>
    </message>
    <message>
        <source>knees to your right</source>
        <translation>genoux vers la droite</translation>
    </message>
    <message>
        <source>knees to your left</source>
        <translation>genoux vers la gauche</translation>
    </message>
    <message>
        <source>Knee-to-chest</source>
        <translation>Genou contre la poitrine</translation>
    </message>
    <message>
        <source>Lie on your back with your legs relaxed.</source>
        <translation>Allongez-vous sur le dos, jambes relâchées.</translation>
    </message>
    <message>
        <source>Draw your right knee toward your chest until you feel a mild pull, and rest there.</source>
        <translation>Ramenez le genou droit vers la poitrine jusqu’à sentir une légère tension, et restez là.</translation>
    </message>
    <message>
        <source>Let it down slowly and draw up your left knee the same way.</source>
        <translation>Redescendez-le lentement et ramenez le genou gauche de la même façon.</translation>
    </message>
    <message>
        <source>A mild, easy pull in your lower back.</source>
        <translation>Une tension légère et agréable dans le bas du dos.</translation>
    </message>
    <message>
        <source>Don&apos;t pull hard: let gravity help.</source>
        <translation>Ne tirez pas fort : laissez la pesanteur aider.</translation>
    </message>
    <message>
        <source>Leave the other leg relaxed on the floor.</source>
        <translation>Laissez l’autre jambe relâchée au sol.</translation>
    </message>
    <message>
        <source>Plank</source>
        <translation>Planche</translation>
    </message>
    <message>
        <source>Keep head, shoulders and hips in one straight line and breathe steadily.</source>
        <translation>Gardez tête, épaules et hanches bien alignées et respirez régulièrement.</translation>
    </message>
    <message>
        <source>Firmness through your whole trunk.</source>
        <translation>Tout votre tronc gainé.</translation>
    </message>
    <message>
        <source>Don&apos;t let your hips sag.</source>
        <translation>Ne laissez pas les hanches s’affaisser.</translation>
    </message>
    <message>
        <source>Don&apos;t hold your breath.</source>
        <translation>Ne bloquez pas votre respiration.</translation>
    </message>
    <message>
        <source>New numbness, tingling or weakness in a leg or foot.</source>
        <translation>Un engourdissement, des fourmillements ou une faiblesse nouveaux dans une jambe ou un pied.</translation>
    </message>
    <message>
        <source>Changes in bladder or bowel control, or numbness between your legs.</source>
        <translation>Des changements dans le contrôle de la vessie ou des intestins, ou un engourdissement entre les jambes.</translation>
    </message>
    <message>
        <source>Back pain after a fall or an accident.</source>
        <translation>Un mal de dos après une chute ou un accident.</translation>
    </message>
    <message>
        <source>Back pain with a fever, or while you feel generally unwell.</source>
        <translation>Un mal de dos avec de la fièvre, ou alors que vous vous sentez mal en général.</translation>
    </message>
    <message>
        <source>Pain that wakes you at night, or that no position eases.</source>
        <translation>Une douleur qui vous réveille la nuit, ou qu’aucune position ne soulage.</translation>
    </message>
    <message>
        <source>You are pregnant, or had a baby in the last few months.</source>
        <translation>Vous êtes enceinte, ou vous avez accouché ces derniers mois.</translation>
    </message>
    <message>
        <source>You had surgery recently, above all on your back, belly or hips.</source>
        <translation>Vous avez été opéré récemment, surtout au dos, au ventre ou aux hanches.</translation>
    </message>
    <message>
        <source>You have osteoporosis (fragile bones).</source>
        <translation>Vous avez de l’ostéoporose (des os fragiles).</translation>
    </message>
    <message>
        <source>You have a diagnosed spine condition, such as a slipped disc or a narrowed spinal canal.</source>
        <translation>Vous avez une affection de la colonne diagnostiquée, comme une hernie discale ou un canal rachidien rétréci.</translation>
    </message>
    <message>
        <source>You already have back pain: a professional can tell you which of these exercises suit you.</source>
        <translation>Vous avez déjà mal au dos : un professionnel peut vous dire lesquels de ces exercices vous conviennent.</translation>
    </message>
    <message>
        <source>Simple habit to help keep your lower back strong and healthy (Dr. Ben Kim)</source>
        <translation>Une habitude simple pour garder le bas du dos fort et en bonne santé (Dr Ben Kim)</translation>
    </message>
    <message>
        <source>Does walking strengthen the lower back? (Simple Strong Facts)</source>
        <translation>La marche renforce-t-elle le bas du dos ? (Simple Strong Facts)</translation>
    </message>
    <message>
        <source>How to strengthen lower back health (wikiHow, with trainer Pete Cerqua)</source>
        <translation>Comment renforcer la santé du bas du dos (wikiHow, avec l’entraîneur Pete Cerqua)</translation>
    </message>
    <message>
        <source>How to strengthen the lower back (Synergy Release Sports Chiropractor, Atlanta)</source>
        <translation>Comment renforcer le bas du dos (Synergy Release Sports Chiropractor, Atlanta)</translation>
    </message>
    <message>
        <source>Exercise and lower back pain</source>
        <translation>L’exercice et la douleur du bas du dos</translation>
    </message>
    <message>
        <source>Check that the floor behind you is clear for a few steps, with your desk or a wall within reach.</source>
        <translation>Vérifiez que le sol derrière vous est dégagé sur quelques pas, avec votre bureau ou un mur à portée de main.</translation>
    </message>
    <message>
        <source>Take four slow steps backwards, pushing the floor away with each foot, then four steps forwards to where you began.</source>
        <translation>Faites quatre pas lents en arrière en repoussant le sol à chaque pied, puis quatre pas en avant jusqu’à votre point de départ.</translation>
    </message>
    <message>
        <source>Side plank on bent knees</source>
        <translation>Planche latérale sur genoux pliés</translation>
    </message>
    <message>
        <source>Lie on your right side, propped on your forearm with the elbow under the shoulder, knees bent behind you.</source>
        <translation>Allongez-vous sur le côté droit, appuyé sur l’avant-bras, coude sous l’épaule, genoux pliés derrière vous.</translation>
    </message>
    <message>
        <source>Lift your hips until knees, hips and shoulders make one line, lifting from the waist. Hold.</source>
        <translation>Soulevez les hanches depuis la taille jusqu’à aligner genoux, hanches et épaules. Tenez.</translation>
    </message>
    <message>
        <source>Right arm and left leg: reach them out into one long line, hold, then bring them back.</source>
        <translation>Bras droit et jambe gauche : allongez-les en une longue ligne, tenez, puis ramenez-les.</translation>
    </message>
    <message>
        <source>Now the left arm and right leg the same way.</source>
        <translation>Maintenant le bras gauche et la jambe droite de la même façon.</translation>
    </message>
    <message>
        <source>Your trunk staying still and level while the arm and leg move, as if a glass of water sat on your back.</source>
        <translation>Votre tronc reste immobile et à plat pendant que le bras et la jambe bougent, comme si un verre d’eau était posé sur votre dos.</translation>
    </message>
    <message>
        <source>Downward-facing dog</source>
        <translation>Chien tête en bas</translation>
    </message>
    <message>
        <source>Come onto hands and knees, knees under hips, hands just ahead of your shoulders.</source>
        <translation>Mettez-vous à quatre pattes, genoux sous les hanches, mains juste devant les épaules.</translation>
    </message>
    <message>
        <source>Breathe out, tuck your toes and lift your hips up and back into an upside-down V, arms long and neck relaxed.</source>
        <translation>Expirez, repliez les orteils et montez les hanches vers le haut et l’arrière en V inversé, bras longs et nuque détendue.</translation>
    </message>
    <message>
        <source>Stay and breathe slowly. With each breath out, let your heels sink toward the floor. Then lower your knees.</source>
        <translation>Restez et respirez lentement. À chaque expiration, laissez les talons descendre vers le sol. Puis reposez les genoux.</translation>
    </message>
    <message>
        <source>A long stretch along the backs of your legs and your spine.</source>
        <translation>Un long étirement à l’arrière des jambes et le long de la colonne.</translation>
    </message>
    <message>
        <source>Your weight pressed up and away from your wrists.</source>
        <translation>Votre poids poussé vers le haut, loin des poignets.</translation>
    </message>
    <message>
        <source>Don&apos;t lock your knees: bend them a little if your back rounds.</source>
        <translation>Ne verrouillez pas les genoux : pliez-les un peu si votre dos s’arrondit.</translation>
    </message>
    <message>
        <source>Plank on the knees</source>
        <translation>Planche sur les genoux</translation>
    </message>
    <message>
        <source>Lie face down, then rise onto your forearms and knees, elbows under shoulders.</source>
        <translation>Allongez-vous sur le ventre, puis montez sur les avant-bras et les genoux, coudes sous les épaules.</translation>
    </message>
    <message>
        <source>Keep head, shoulders, hips and knees in one straight line and breathe steadily.</source>
        <translation>Gardez la tête, les épaules, les hanches et les genoux alignés et respirez régulièrement.</translation>
    </message>
    <message>
        <source>Breathe out and lower both knees to one side; breathe in and bring them back to the middle. Next time go to the other side.</source>
        <translation>Expirez et descendez les deux genoux d’un côté ; inspirez et ramenez-les au centre. La fois suivante, allez de l’autre côté.</translation>
    </message>
    <message>
        <source>Lunge</source>
        <translation>Fente</translation>
    </message>
    <message>
        <source>Stand tall, feet hip-width apart, with a stride of clear floor in front of you and your desk within reach.</source>
        <translation>Tenez-vous droit, pieds écartés de la largeur des hanches, avec une grande enjambée de sol dégagé devant vous et votre bureau à portée de main.</translation>
    </message>
    <message>
        <source>Right leg: step forward and lower your back knee until the front knee is bent at a right angle above the ankle. Hold, then push back to standing.</source>
        <translation>Jambe droite : faites un pas en avant et descendez le genou arrière jusqu’à ce que le genou avant soit plié à angle droit au-dessus de la cheville. Tenez, puis poussez pour revenir debout.</translation>
    </message>
    <message>
        <source>Now step forward with the left leg the same way.</source>
        <translation>Maintenant, avancez la jambe gauche de la même façon.</translation>
    </message>
    <message>
        <source>Your front thigh and buttock doing the work.</source>
        <translation>La cuisse et le fessier de la jambe avant font le travail.</translation>
    </message>
    <message>
        <source>Your body upright in one line from the head to the back knee.</source>
        <translation>Votre corps droit, aligné de la tête au genou arrière.</translation>
    </message>
    <message>
        <source>Don&apos;t lean forward over the front leg.</source>
        <translation>Ne vous penchez pas au-dessus de la jambe avant.</translation>
    </message>
    <message>
        <source>Don&apos;t let the front knee drift past your toes or fall inward.</source>
        <translation>Ne laissez pas le genou avant dépasser les orteils ni rentrer vers l’intérieur.</translation>
    </message>
    <message>
        <source>Pelvic tilt</source>
        <translation>Bascule du bassin</translation>
    </message>
    <message>
        <source>Lie on your back with your knees bent, feet flat on the floor and hip-width apart.</source>
        <translation>Allongez-vous sur le dos, genoux pliés, pieds à plat au sol et écartés de la largeur des hanches.</translation>
    </message>
    <message>
        <source>Tighten your lower belly and press the small of your back into the floor. Hold while you breathe, then let go.</source>
        <translation>Contractez le bas du ventre et plaquez le creux du dos contre le sol. Tenez en respirant, puis relâchez.</translation>
    </message>
    <message>
        <source>Your lower belly working.</source>
        <translation>Le bas de votre ventre travaille.</translation>
    </message>
    <message>
        <source>The small of your back flattening onto the floor.</source>
        <translation>Le creux de votre dos s’aplatit contre le sol.</translation>
    </message>
    <message>
        <source>Don&apos;t push with your legs or lift your hips.</source>
        <translation>Ne poussez pas avec les jambes et ne levez pas les hanches.</translation>
    </message>
    <message>
        <source>Lie face down, then rise onto your forearms and toes, elbows under shoulders.</source>
        <translation>Allongez-vous sur le ventre, puis montez sur les avant-bras et les orteils, coudes sous les épaules.</translation>
    </message>
    <message>
        <source>Walk at an easy, steady pace, keeping your belly and buttocks gently working.</source>
        <translation>Marchez d’un pas tranquille et régulier, ventre et fessiers légèrement engagés.</translation>
    </message>
    <message>
        <source>Abs and glutes gently engaged, not clenched.</source>
        <translation>Abdominaux et fessiers légèrement engagés, sans crispation.</translation>
    </message>
    <message>
        <source>Head up, eyes ahead.</source>
        <translation>Tête haute, regard devant.</translation>
    </message>
    <message>
        <source>Shoulders relaxed and low.</source>
        <translation>Épaules relâchées et basses.</translation>
    </message>
    <message>
        <source>Steady, easy breathing.</source>
        <translation>Une respiration calme et régulière.</translation>
    </message>
    <message>
        <source>Don&apos;t slouch or lean back.</source>
        <translation>Ne vous avachissez pas et ne vous penchez pas en arrière.</translation>
    </message>
    <message>
        <source>Seated pelvic tilt</source>
        <translation>Bascule du bassin assis</translation>
    </message>
    <message>
        <source>Sit back in your chair, feet flat and hip-width apart, hands resting on your thighs.</source>
        <translation>Asseyez-vous au fond de votre chaise, pieds à plat et écartés de la largeur des hanches, mains posées sur les cuisses.</translation>
    </message>
    <message>
        <source>Tighten your lower belly and tip your pelvis back so your lower back presses into the chair. Hold briefly, then release.</source>
        <translation>Contractez le bas du ventre et basculez le bassin vers l’arrière pour que le bas du dos appuie contre la chaise. Tenez un instant, puis relâchez.</translation>
    </message>
    <message>
        <source>Your lower belly doing the work.</source>
        <translation>Le bas du ventre qui fait le travail.</translation>
    </message>
    <message>
        <source>The small of your back flattening against the backrest.</source>
        <translation>Le creux du dos qui se plaque contre le dossier.</translation>
    </message>
    <message>
        <source>Don&apos;t push with your legs.</source>
        <translation>Ne poussez pas avec les jambes.</translation>
    </message>
    <message>
        <source>Seated side bend</source>
        <translation>Inclinaison latérale assise</translation>
    </message>
    <message>
        <source>Sit upright with your feet flat and comfortably wide apart.</source>
        <translation>Asseyez-vous bien droit, pieds à plat et confortablement écartés.</translation>
    </message>
    <message>
        <source>Grow tall, then lean slowly to the right without slumping. Stay where you feel a mild stretch.</source>
        <translation>Grandissez-vous, puis penchez-vous lentement vers la droite sans vous affaisser. Restez là où vous sentez un léger étirement.</translation>
    </message>
    <message>
        <source>Come back through the middle and lean to the left the same way.</source>
        <translation>Revenez au centre et penchez-vous vers la gauche de la même façon.</translation>
    </message>
    <message>
        <source>A mild stretch along the side of your waist.</source>
        <translation>Un léger étirement sur le côté de la taille.</translation>
    </message>
    <message>
        <source>Your spine staying long as the side opens.</source>
        <translation>Votre colonne qui reste allongée pendant que le côté s’ouvre.</translation>
    </message>
    <message>
        <source>Don&apos;t collapse forward or twist.</source>
        <translation>Ne vous effondrez pas vers l’avant et ne tournez pas le buste.</translation>
    </message>
    <message>
        <source>Stop well before any sharp feeling: mild is enough.</source>
        <translation>Arrêtez bien avant toute sensation vive : un étirement léger suffit.</translation>
    </message>
    <message>
        <source>Side plank</source>
        <translation>Planche latérale</translation>
    </message>
    <message>
        <source>Lie on your right side, propped on your forearm with the elbow under the shoulder, legs stacked.</source>
        <translation>Allongez-vous sur le côté droit, appuyé sur l’avant-bras, coude sous l’épaule, jambes l’une sur l’autre.</translation>
    </message>
    <message>
        <source>Lift your hips into a straight line, lifting from the waist. Hold.</source>
        <translation>Soulevez les hanches pour former une ligne droite, en montant depuis la taille. Tenez.</translation>
    </message>
    <message>
        <source>Lift your right knee and hold the shin with your free hand, drawing it gently toward your chest. Hold.</source>
        <translation>Levez le genou droit et tenez le tibia avec votre main libre en le ramenant doucement vers la poitrine. Tenez.</translation>
    </message>
    <message>
        <source>Lower it, turn so your other hand rests on the desk, then lift your left knee the same way and hold.</source>
        <translation>Reposez-le, tournez-vous pour poser l’autre main sur le bureau, puis levez le genou gauche de la même façon et tenez.</translation>
    </message>
    <message>
        <source>Don&apos;t yank the knee: a gentle pull is enough.</source>
        <translation>Ne tirez pas brusquement sur le genou : une traction douce suffit.</translation>
    </message>
    <message>
        <source>Lower, turn onto your left side and lift the same way. Hold.</source>
        <translation>Redescendez, tournez-vous sur le côté gauche et montez de la même façon. Tenez.</translation>
    </message>
    <message>
        <source>The side of your waist working.</source>
        <translation>Le côté de la taille qui travaille.</translation>
    </message>
    <message>
        <source>Don&apos;t push up from the shoulder: lift from the waist.</source>
        <translation>Ne poussez pas depuis l’épaule : montez depuis la taille.</translation>
    </message>
    <message>
        <source>Don&apos;t let the hips roll forward or sag.</source>
        <translation>Ne laissez pas les hanches basculer vers l’avant ni s’affaisser.</translation>
    </message>
    <message>
        <source>Sphinx</source>
        <translation>Sphinx</translation>
    </message>
    <message>
        <source>Lie face down with your legs stretched out behind you.</source>
        <translation>Allongez-vous sur le ventre, jambes tendues derrière vous.</translation>
    </message>
    <message>
        <source>Rise onto your forearms, elbows under shoulders. Press your hips gently toward the floor and breathe slowly.</source>
        <translation>Redressez-vous sur les avant-bras, coudes sous les épaules. Poussez doucement les hanches vers le sol et respirez lentement.</translation>
    </message>
    <message>
        <source>Your lower back gently switched on.</source>
        <translation>Le bas du dos doucement activé.</translation>
    </message>
    <message>
        <source>Deep breaths in through the nose, out through the mouth.</source>
        <translation>Inspirez profondément par le nez, expirez par la bouche.</translation>
    </message>
    <message>
        <source>Don&apos;t hunch your shoulders up to your ears.</source>
        <translation>Ne remontez pas les épaules vers les oreilles.</translation>
    </message>
    <message>
        <source>Don&apos;t push into pain.</source>
        <translation>Ne forcez pas dans la douleur.</translation>
    </message>
    <message>
        <source>Standing back extension</source>
        <translation>Extension du dos debout</translation>
    </message>
    <message>
        <source>Stand tall, feet hip-width apart, hands on your lower back.</source>
        <translation>Tenez-vous droit, pieds écartés de la largeur des hanches, mains sur le bas du dos.</translation>
    </message>
    <message>
        <source>Ease your hips forward and lift your chest, leaning back only a little. Pause, then come back upright.</source>
        <translation>Avancez doucement les hanches et soulevez la poitrine en vous penchant juste un peu en arrière. Marquez une pause, puis revenez droit.</translation>
    </message>
    <message>
        <source>Your lower back muscles working gently.</source>
        <translation>Les muscles du bas du dos qui travaillent en douceur.</translation>
    </message>
    <message>
        <source>Your chest opening after sitting.</source>
        <translation>Votre poitrine qui s’ouvre après la position assise.</translation>
    </message>
    <message>
        <source>Don&apos;t drop your head back: keep your eyes ahead.</source>
        <translation>Ne laissez pas tomber la tête en arrière : regardez devant vous.</translation>
    </message>
    <message>
        <source>Don&apos;t lean further than feels easy.</source>
        <translation>Ne vous penchez pas plus loin que ce qui reste facile.</translation>
    </message>
    <message>
        <source>Standing knee-to-chest</source>
        <translation>Genou contre la poitrine debout</translation>
    </message>
    <message>
        <source>Stand tall next to your desk with one hand resting on it for balance.</source>
        <translation>Tenez-vous droit à côté de votre bureau, une main posée dessus pour l’équilibre.</translation>
    </message>
    <message>
        <source>A gentle pull low in your back and behind the hip.</source>
        <translation>Une légère tension en bas du dos et derrière la hanche.</translation>
    </message>
    <message>
        <source>Don&apos;t sag on the standing leg; stay tall.</source>
        <translation>Ne vous affaissez pas sur la jambe d’appui ; restez grand.</translation>
    </message>
    <message>
        <source>Superman</source>
        <translation>Superman</translation>
    </message>
    <message>
        <source>Lie face down, legs straight behind you, arms stretched past your head.</source>
        <translation>Allongez-vous sur le ventre, jambes tendues derrière vous, bras tendus au-delà de la tête.</translation>
    </message>
    <message>
        <source>Your back and buttocks working together.</source>
        <translation>Votre dos et vos fessiers qui travaillent ensemble.</translation>
    </message>
    <message>
        <source>Don&apos;t lift high: a few centimetres is plenty.</source>
        <translation>Ne montez pas haut : quelques centimètres suffisent largement.</translation>
    </message>
    <message>
        <source>Keep your eyes on the floor rather than craning your neck.</source>
        <translation>Gardez les yeux vers le sol plutôt que de tendre le cou.</translation>
    </message>
    <message>
        <source>The same person stepping backwards, the rear foot pushing the floor away.</source>
        <translation>La même personne recule d’un pas, le pied arrière repoussant le sol.</translation>
    </message>
    <message>
        <source>A person standing tall, facing away from the free space behind them.</source>
        <translation>Une personne debout bien droite, dos à l’espace libre derrière elle.</translation>
    </message>
    <message>
        <source>The same person lifting the hips from the knees to the shoulders in one line.</source>
        <translation>La même personne soulève les hanches, des genoux aux épaules en une seule ligne.</translation>
    </message>
    <message>
        <source>A person lying on one side, knees bent back, propped on the forearm, the top arm up.</source>
        <translation>Une personne allongée sur le côté, genoux pliés vers l’arrière, appuyée sur l’avant-bras, le bras du dessus levé.</translation>
    </message>
    <message>
        <source>The same person reaching one arm forward and the opposite leg back in one line.</source>
        <translation>La même personne tend un bras vers l’avant et la jambe opposée vers l’arrière, en une seule ligne.</translation>
    </message>
    <message>
        <source>A person on hands and knees, back flat.</source>
        <translation>Une personne à quatre pattes, le dos plat.</translation>
    </message>
    <message>
        <source>The same person with the hips lifted, knees, hips and shoulders in one line.</source>
        <translation>La même personne, les hanches soulevées, genoux, hanches et épaules alignés.</translation>
    </message>
    <message>
        <source>A person lying on their back, knees bent and feet flat on the floor.</source>
        <translation>Une personne allongée sur le dos, genoux pliés et pieds à plat au sol.</translation>
    </message>
    <message>
        <source>The same person folded forward over the thighs, arms reaching long in front.</source>
        <translation>La même personne repliée vers l’avant sur les cuisses, les bras allongés devant.</translation>
    </message>
    <message>
        <source>A person kneeling, sitting back on the heels, back upright.</source>
        <translation>Une personne à genoux, assise sur les talons, le dos droit.</translation>
    </message>
    <message>
        <source>The same person with hips high and arms and legs straight, an upside-down V.</source>
        <translation>La même personne, hanches hautes, bras et jambes tendus, en V inversé.</translation>
    </message>
    <message>
        <source>A person on hands and knees, knees under the hips.</source>
        <translation>Une personne à quatre pattes, genoux sous les hanches.</translation>
    </message>
    <message>
        <source>The same person drawing the lower belly in, an arrow pointing inward.</source>
        <translation>La même personne rentre le bas du ventre, une flèche pointée vers l’intérieur.</translation>
    </message>
    <message>
        <source>A person sitting tall on a chair, belly relaxed.</source>
        <translation>Une personne assise bien droite sur une chaise, le ventre relâché.</translation>
    </message>
    <message>
        <source>The same person squeezing the buttocks, which are highlighted.</source>
        <translation>La même personne serre les fessiers, mis en évidence.</translation>
    </message>
    <message>
        <source>A person standing tall beside a desk, feet hip-width apart.</source>
        <translation>Une personne debout bien droite près d’un bureau, pieds écartés de la largeur des hanches.</translation>
    </message>
    <message>
        <source>The same person tucking the tailbone under, the front of the back hip highlighted.</source>
        <translation>La même personne rentre le coccyx, l’avant de la hanche arrière mis en évidence.</translation>
    </message>
    <message>
        <source>A person in a short split stance, one hand on a desk, one foot back.</source>
        <translation>Une personne en fente courte, une main sur un bureau, un pied en arrière.</translation>
    </message>
    <message>
        <source>The same person drawing one knee toward the chest, a hand on the shin.</source>
        <translation>La même personne ramène un genou vers la poitrine, une main sur le tibia.</translation>
    </message>
    <message>
        <source>The same person a stride later, the other foot in front.</source>
        <translation>La même personne un pas plus loin, l’autre pied devant.</translation>
    </message>
    <message>
        <source>A person walking tall, head up, one foot in front.</source>
        <translation>Une personne qui marche bien droite, tête haute, un pied devant.</translation>
    </message>
    <message>
        <source>The same person on forearms and knees, head, shoulders, hips and knees in one line.</source>
        <translation>La même personne sur les avant-bras et les genoux, tête, épaules, hanches et genoux alignés.</translation>
    </message>
    <message>
        <source>Lift one arm and the opposite leg a few centimetres, then lower them. Next time lift the other arm and leg.</source>
        <translation>Soulevez un bras et la jambe opposée de quelques centimètres, puis reposez-les. La fois suivante, l’autre bras et l’autre jambe.</translation>
    </message>
    <message>
        <source>right arm and left leg</source>
        <translation>bras droit et jambe gauche</translation>
    </message>
    <message>
        <source>left arm and right leg</source>
        <translation>bras gauche et jambe droite</translation>
    </message>
    <message>
        <source>The same person letting the belly sink and the chest lift.</source>
        <translation>La même personne laisse descendre le ventre et soulève la poitrine.</translation>
    </message>
    <message>
        <source>A person on hands and knees, the back rounded up, tailbone and chin tucked.</source>
        <translation>Une personne à quatre pattes, le dos arrondi vers le haut, coccyx et menton rentrés.</translation>
    </message>
    <message>
        <source>A person lying face down, propped on the forearms, knees on the floor.</source>
        <translation>Une personne allongée sur le ventre, appuyée sur les avant-bras, genoux au sol.</translation>
    </message>
    <message>
        <source>Seen from above: the same person with both knees lowered to one side, shoulders down.</source>
        <translation>Vue du dessus : la même personne, les deux genoux basculés d’un côté, épaules au sol.</translation>
    </message>
    <message>
        <source>Seen from above: a person lying on their back on a mat, arms out in a T, knees drawn up.</source>
        <translation>Vue du dessus : une personne allongée sur le dos sur un tapis, bras en T, genoux ramenés.</translation>
    </message>
    <message>
        <source>A person lying on their back with the legs relaxed.</source>
        <translation>Une personne allongée sur le dos, les jambes relâchées.</translation>
    </message>
    <message>
        <source>The same person in a lunge: front knee over the ankle, back knee lowered, trunk upright.</source>
        <translation>La même personne en fente : genou avant au-dessus de la cheville, genou arrière abaissé, buste droit.</translation>
    </message>
    <message>
        <source>A person standing tall with feet hip-width apart and space in front.</source>
        <translation>Une personne debout bien droite, pieds écartés de la largeur des hanches, de l’espace devant.</translation>
    </message>
    <message>
        <source>The same person pressing the lower back into the floor by tipping the pelvis.</source>
        <translation>La même personne plaque le bas du dos au sol en basculant le bassin.</translation>
    </message>
    <message>
        <source>A person lying on their back, knees bent, a small gap under the lower back.</source>
        <translation>Une personne allongée sur le dos, genoux pliés, un petit creux sous le bas du dos.</translation>
    </message>
    <message>
        <source>The same person on forearms and toes, head, shoulders and hips in one straight line.</source>
        <translation>La même personne sur les avant-bras et la pointe des pieds, tête, épaules et hanches bien alignées.</translation>
    </message>
    <message>
        <source>A person lying face down, propped on the forearms, elbows under the shoulders.</source>
        <translation>Une personne allongée sur le ventre, appuyée sur les avant-bras, coudes sous les épaules.</translation>
    </message>
    <message>
        <source>The same person tipping the pelvis back, the lower back pressed into the chair.</source>
        <translation>La même personne bascule le bassin vers l’arrière, le bas du dos plaqué contre la chaise.</translation>
    </message>
    <message>
        <source>A person sitting on a chair, the pelvis tipped forward and a gap behind the lower back.</source>
        <translation>Une personne assise sur une chaise, le bassin basculé vers l’avant, un creux derrière le bas du dos.</translation>
    </message>
    <message>
        <source>The same person leaning to one side, the side of the waist highlighted.</source>
        <translation>La même personne penchée sur le côté, le flanc mis en évidence.</translation>
    </message>
    <message>
        <source>A person seen from the front, sitting upright with feet wide apart.</source>
        <translation>Une personne vue de face, assise bien droite, pieds largement écartés.</translation>
    </message>
    <message>
        <source>The same person with the hips lifted, body in one straight line from feet to head.</source>
        <translation>La même personne, les hanches soulevées, le corps aligné des pieds à la tête.</translation>
    </message>
    <message>
        <source>A person lying on one side, propped on the forearm under the shoulder, the top arm up.</source>
        <translation>Une personne allongée sur le côté, appuyée sur l’avant-bras sous l’épaule, le bras du dessus levé.</translation>
    </message>
    <message>
        <source>The same person resting on the forearms, elbows under the shoulders, chest lifted.</source>
        <translation>La même personne en appui sur les avant-bras, coudes sous les épaules, poitrine soulevée.</translation>
    </message>
    <message>
        <source>A person lying face down, legs stretched out behind.</source>
        <translation>Une personne allongée sur le ventre, jambes tendues derrière.</translation>
    </message>
    <message>
        <source>The same person easing the hips forward and leaning back a little.</source>
        <translation>La même personne avance doucement les hanches et se penche un peu en arrière.</translation>
    </message>
    <message>
        <source>A person standing tall with both hands on the lower back.</source>
        <translation>Une personne debout bien droite, les deux mains sur le bas du dos.</translation>
    </message>
    <message>
        <source>The same person holding one knee up toward the chest with the other hand.</source>
        <translation>La même personne tient un genou levé vers la poitrine avec l’autre main.</translation>
    </message>
    <message>
        <source>A person standing tall next to a desk, one hand resting on it for balance.</source>
        <translation>Une personne debout bien droite près d’un bureau, une main posée dessus pour l’équilibre.</translation>
    </message>
    <message>
        <source>The same person lifting one arm and the opposite leg a few centimetres.</source>
        <translation>La même personne soulève un bras et la jambe opposée de quelques centimètres.</translation>
    </message>
    <message>
        <source>A person lying face down, arms stretched past the head.</source>
        <translation>Une personne allongée sur le ventre, bras tendus au-delà de la tête.</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>See a doctor now, and do not exercise, if you have:</source>
        <translation>Consultez un médecin maintenant, sans faire d’exercices, si vous avez :</translation>
    </message>
    <message>
        <source>Ask a doctor or physiotherapist before these exercises if:</source>
        <translation>Demandez l’avis d’un médecin ou d’un kinésithérapeute avant ces exercices si :</translation>
    </message>
    <message>
        <source>Whenever you exercise:</source>
        <translation>Chaque fois que vous faites de l’exercice :</translation>
    </message>
    <message>
        <source>Before you exercise — backbreak</source>
        <translation>Avant de faire de l’exercice — backbreak</translation>
    </message>
    <message>
        <source>Tick what applies to you: backbreak then swaps in a gentler exercise or leaves that one out.</source>
        <translation>Cochez ce qui vous concerne : backbreak propose alors un exercice plus doux ou retire celui-là.</translation>
    </message>
    <message>
        <source>Keep these ticks</source>
        <translation>Garder ces choix</translation>
    </message>
    <message>
        <source>What you ticked</source>
        <translation>Ce que vous avez coché</translation>
    </message>
    <message>
        <source>Open the safety screen…</source>
        <translation>Ouvrir l’écran de sécurité…</translation>
    </message>
    <message>
        <source>When to see a doctor, who should ask first, and the exercises to leave out</source>
        <translation>Quand consulter un médecin, qui doit demander avant, et les exercices à retirer</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Alternate stretches and walks</source>
        <translation>Alterner étirements et marche</translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation>Étirements</translation>
    </message>
    <message>
        <source>Walks</source>
        <translation>Marche</translation>
    </message>
    <message>
        <source>Automatic (follows your progress)</source>
        <translation>Automatique (suit vos progrès)</translation>
    </message>
    <message>
        <source>Gentle</source>
        <translation>Doux</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Soutenu</translation>
    </message>
    <message>
        <source>Settings — backbreak</source>
        <translation>Paramètres — backbreak</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <source>Breaks, working hours, routines and general settings</source>
        <translation>Pauses, heures de travail, séances et paramètres généraux</translation>
    </message>
    <message>
        <source>&amp;Breaks</source>
        <translation>&amp;Pauses</translation>
    </message>
    <message>
        <source>Working &amp;hours</source>
        <translation>&amp;Heures de travail</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>&amp;Séances</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>Problem with the settings</source>
        <translation>Problème dans les paramètres</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Use these settings and close</source>
        <translation>Utiliser ces paramètres et fermer</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Use these settings now and keep the dialog open</source>
        <translation>Utiliser ces paramètres maintenant sans fermer la fenêtre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close without changing anything not yet applied</source>
        <translation>Fermer sans changer ce qui n’a pas encore été appliqué</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <source>Put the default value in every field; nothing changes until you apply</source>
        <translation>Mettre la valeur par défaut dans chaque champ ; rien ne change avant d’appliquer</translation>
    </message>
    <message>
        <source>Interval between breaks</source>
        <translation>Intervalle entre les pauses</translation>
    </message>
    <message>
        <source>Minutes of sitting before you are asked to get up</source>
        <translation>Minutes assis avant qu’on vous invite à vous lever</translation>
    </message>
    <message>
        <source>Time away that counts as a break</source>
        <translation>Absence comptée comme pause</translation>
    </message>
    <message>
        <source>Minutes away from the computer after which the break counts as taken</source>
        <translation>Minutes loin de l’ordinateur après lesquelles la pause compte comme prise</translation>
    </message>
    <message>
        <source>Walk after standing</source>
        <translation>Marche après la station debout</translation>
    </message>
    <message>
        <source>Minutes of standing at your desk after which a short walk is suggested</source>
        <translation>Minutes debout au bureau après lesquelles une courte marche est proposée</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Notice ahead of a break</source>
        <translation>Avertissement avant une pause</translation>
    </message>
    <message>
        <source>Seconds of warning before a break is due</source>
        <translation>Secondes d’avertissement avant l’heure d’une pause</translation>
    </message>
    <message>
        <source>Snooze length</source>
        <translation>Durée du report</translation>
    </message>
    <message>
        <source>Minutes a snoozed break waits</source>
        <translation>Minutes d’attente d’une pause reportée</translation>
    </message>
    <message>
        <source>No snoozing</source>
        <translation>Aucun report</translation>
    </message>
    <message>
        <source>Snoozes per break</source>
        <translation>Reports par pause</translation>
    </message>
    <message>
        <source>How many times one break can be put off</source>
        <translation>Nombre de fois qu’une pause peut être reportée</translation>
    </message>
    <message>
        <source>Hold breaks during &amp;calls (camera or microphone in use)</source>
        <translation>Retenir les pauses pendant les &amp;appels (caméra ou micro utilisés)</translation>
    </message>
    <message>
        <source>Hold breaks during calls</source>
        <translation>Retenir les pauses pendant les appels</translation>
    </message>
    <message>
        <source>A due break waits while another application uses the camera or the microphone</source>
        <translation>Une pause due attend tant qu&apos;une autre application utilise la caméra ou le micro</translation>
    </message>
    <message>
        <source>Do not wait</source>
        <translation>Ne pas attendre</translation>
    </message>
    <message>
        <source>Wait for a pause in typing</source>
        <translation>Attendre une pause de frappe</translation>
    </message>
    <message>
        <source>Seconds without typing or moving the mouse before a due break is shown</source>
        <translation>Secondes sans frappe ni mouvement de souris avant d&apos;afficher une pause due</translation>
    </message>
    <message>
        <source>Longest wait for a pause</source>
        <translation>Attente maximale d&apos;une pause de frappe</translation>
    </message>
    <message>
        <source>After this many seconds the break is shown even while you type</source>
        <translation>Après ce nombre de secondes, la pause s&apos;affiche même si vous tapez</translation>
    </message>
    <message>
        <source>&amp;Interval between breaks:</source>
        <translation>&amp;Intervalle entre les pauses :</translation>
    </message>
    <message>
        <source>Time &amp;away that counts as a break:</source>
        <translation>&amp;Absence comptée comme pause :</translation>
    </message>
    <message>
        <source>Suggest a walk after stan&amp;ding:</source>
        <translation>Proposer une marche après s&amp;tation debout :</translation>
    </message>
    <message>
        <source>&amp;Notice ahead of a break:</source>
        <translation>A&amp;vertissement avant une pause :</translation>
    </message>
    <message>
        <source>&amp;Snooze length:</source>
        <translation>&amp;Durée du report :</translation>
    </message>
    <message>
        <source>Snoozes &amp;per break:</source>
        <translation>&amp;Reports par pause :</translation>
    </message>
    <message>
        <source>Wait for a pause in &amp;typing:</source>
        <translation>Attendre une pause de &amp;frappe :</translation>
    </message>
    <message>
        <source>Longest &amp;wait for a pause:</source>
        <translation>Attente &amp;maximale d&apos;une pause de frappe :</translation>
    </message>
    <message>
        <source>Reduce m&amp;otion: show exercises as still pictures</source>
        <translation>&amp;Réduire les mouvements : montrer les exercices en images fixes</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>Réduire les mouvements</translation>
    </message>
    <message>
        <source>Show each exercise&apos;s start and end pose side by side instead of moving (also when the desktop asks for reduced motion)</source>
        <translation>Afficher côte à côte la position de départ et d’arrivée de chaque exercice au lieu de l’animer (aussi quand le bureau demande de réduire les animations)</translation>
    </message>
    <message>
        <source>Remind only &amp;during working hours</source>
        <translation>Rappeler uniquement pendant les heures de &amp;travail</translation>
    </message>
    <message>
        <source>Remind only during working hours</source>
        <translation>Rappeler uniquement pendant les heures de travail</translation>
    </message>
    <message>
        <source>When off, reminders come at any hour on any day</source>
        <translation>Désactivé, les rappels arrivent à toute heure, tous les jours</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>Début des heures de travail</translation>
    </message>
    <message>
        <source>Time of day the first reminder can come</source>
        <translation>Heure à partir de laquelle le premier rappel peut arriver</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>Fin des heures de travail</translation>
    </message>
    <message>
        <source>Remind on this day during working hours</source>
        <translation>Rappeler ce jour-là pendant les heures de travail</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Fin :</translation>
    </message>
    <message>
        <source>Wor&amp;king days:</source>
        <translation>&amp;Jours travaillés :</translation>
    </message>
    <message>
        <source>Once a day, with the first stretch</source>
        <translation>Une fois par jour, au premier étirement</translation>
    </message>
    <message>
        <source>With every stretch</source>
        <translation>À chaque étirement</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Kind of break</source>
        <translation>Type de pause</translation>
    </message>
    <message>
        <source>What a scheduled break offers: stretches, walks or both</source>
        <translation>Ce que propose une pause planifiée : étirements, marche ou les deux</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>How demanding the stretches are</source>
        <translation>Intensité des étirements</translation>
    </message>
    <message>
        <source>Walk length</source>
        <translation>Durée de la marche</translation>
    </message>
    <message>
        <source>Minutes a walking break lasts</source>
        <translation>Durée en minutes d’une pause marche</translation>
    </message>
    <message>
        <source>Pain check-in</source>
        <translation>Suivi de la douleur</translation>
    </message>
    <message>
        <source>When a guided stretch asks how your back is, before and after; the answers adapt the routines</source>
        <translation>Quand une séance guidée demande comment va votre dos, avant et après ; les réponses adaptent les séances</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>Aucun objectif</translation>
    </message>
    <message>
        <source>Daily walking goal</source>
        <translation>Objectif de marche quotidien</translation>
    </message>
    <message>
        <source>Minutes of walking a day counts toward its goal</source>
        <translation>Minutes de marche par jour qui comptent pour l’objectif</translation>
    </message>
    <message>
        <source>&amp;Kind of break:</source>
        <translation>&amp;Type de pause :</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Niveau :</translation>
    </message>
    <message>
        <source>&amp;Walk length:</source>
        <translation>Durée de la &amp;marche :</translation>
    </message>
    <message>
        <source>&amp;Pain check-in:</source>
        <translation>Suivi de la &amp;douleur :</translation>
    </message>
    <message>
        <source>Daily walking go&amp;al:</source>
        <translation>&amp;Objectif de marche quotidien :</translation>
    </message>
    <message>
        <source>Sa&amp;fety:</source>
        <translation>&amp;Sécurité :</translation>
    </message>
    <message>
        <source>Show &amp;notifications</source>
        <translation>Afficher les &amp;notifications</translation>
    </message>
    <message>
        <source>Show notifications</source>
        <translation>Afficher les notifications</translation>
    </message>
    <message>
        <source>Announce breaks with a desktop notification</source>
        <translation>Annoncer les pauses par une notification du bureau</translation>
    </message>
    <message>
        <source>Play a &amp;sound with reminders</source>
        <translation>&amp;Jouer un son avec les rappels</translation>
    </message>
    <message>
        <source>Play a sound with reminders</source>
        <translation>Jouer un son avec les rappels</translation>
    </message>
    <message>
        <source>Play a short sound when a break is due</source>
        <translation>Jouer un son court quand une pause arrive</translation>
    </message>
    <message>
        <source>Hold reminders while &amp;do not disturb is on</source>
        <translation>Retenir les rappels en mode Ne pas &amp;déranger</translation>
    </message>
    <message>
        <source>Hold reminders while do not disturb is on</source>
        <translation>Retenir les rappels en mode Ne pas déranger</translation>
    </message>
    <message>
        <source>Wait until the desktop&apos;s do-not-disturb mode ends</source>
        <translation>Attendre la fin du mode Ne pas déranger du bureau</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Language of backbreak&apos;s windows and messages</source>
        <translation>Langue des fenêtres et des messages de backbreak</translation>
    </message>
    <message>
        <source>Start at log&amp;in</source>
        <translation>Lancer à l’&amp;ouverture de session</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Lancer à l’ouverture de session</translation>
    </message>
    <message>
        <source>Start backbreak when you log in to the desktop</source>
        <translation>Lancer backbreak quand vous ouvrez votre session</translation>
    </message>
    <message>
        <source>&amp;Monochrome tray icon</source>
        <translation>Icône de notification &amp;monochrome</translation>
    </message>
    <message>
        <source>Monochrome tray icon</source>
        <translation>Icône de notification monochrome</translation>
    </message>
    <message>
        <source>Draw the tray icon in one colour, like the panel&apos;s own icons</source>
        <translation>Dessiner l’icône d’une seule couleur, comme les autres icônes du panneau</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Working hours: the end must be later than the start.</source>
        <translation>Heures de travail : la fin doit être après le début.</translation>
    </message>
    <message>
        <source>Time of day reminders stop; must be after the start</source>
        <translation>Heure à laquelle les rappels s’arrêtent ; doit être après le début</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Stretch now</source>
        <translation>S’étirer maintenant</translation>
    </message>
    <message>
        <source>Take a walk</source>
        <translation>Aller marcher</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Mettre en pause</translation>
    </message>
    <message>
        <source>Pause for 30 minutes</source>
        <translation>Pause de 30 minutes</translation>
    </message>
    <message>
        <source>Pause for 1 hour</source>
        <translation>Pause de 1 heure</translation>
    </message>
    <message>
        <source>Show break prompt</source>
        <translation>Afficher le rappel de pause</translation>
    </message>
    <message>
        <source>Show stretch</source>
        <translation>Afficher les étirements</translation>
    </message>
    <message>
        <source>Show walk</source>
        <translation>Afficher la marche</translation>
    </message>
    <message>
        <source>Start a routine</source>
        <translation>Lancer une routine</translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n minute(s)</source>
        <translation>
            <numerusform>Reporter de %n minute</numerusform>
            <numerusform>Reporter de %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause for 2 hours</source>
        <translation>Pause de 2 heures</translation>
    </message>
    <message>
        <source>Pause until tomorrow morning</source>
        <translation>Pause jusqu’à demain matin</translation>
    </message>
    <message>
        <source>Pause indefinitely</source>
        <translation>Pause illimitée</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>I&apos;m standing</source>
        <translation>Je suis debout</translation>
    </message>
    <message>
        <source>I&apos;m sitting</source>
        <translation>Je suis assis</translation>
    </message>
    <message>
        <source>Weekly history…</source>
        <translation>Historique de la semaine…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>En pause jusqu’à %1</translation>
    </message>
    <message>
        <source>Break time</source>
        <translation>C’est l’heure de la pause</translation>
    </message>
    <message>
        <source>Break waiting until do-not-disturb ends</source>
        <translation>Pause en attente de la fin du mode Ne pas déranger</translation>
    </message>
    <message>
        <source>Break waiting until your call ends</source>
        <translation>Pause en attente de la fin de votre appel</translation>
    </message>
    <message>
        <source>No break scheduled</source>
        <translation>Aucune pause prévue</translation>
    </message>
    <message>
        <source>Outside working hours; next break %1</source>
        <translation>En dehors des heures de travail ; prochaine pause %1</translation>
    </message>
    <message>
        <source>Snoozed; next break at %1</source>
        <translation>Reportée ; prochaine pause à %1</translation>
    </message>
    <message numerus="yes">
        <source>Next break at %1 (in %n min)</source>
        <translation>
            <numerusform>Prochaine pause à %1 (dans %n min)</numerusform>
            <numerusform>Prochaine pause à %1 (dans %n min)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Standing; a walk is suggested at %1 (in %n min)</source>
        <translation>
            <numerusform>Debout ; marche proposée à %1 (dans %n min)</numerusform>
            <numerusform>Debout ; marche proposée à %1 (dans %n min)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WalkCard</name>
    <message>
        <source>backbreak: walk</source>
        <translation>backbreak : marche</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>Marche</translation>
    </message>
    <message>
        <source>Time walked</source>
        <translation>Temps de marche</translation>
    </message>
    <message numerus="yes">
        <source>Walk for %n minute(s).</source>
        <translation>
            <numerusform>Marchez pendant %n minute.</numerusform>
            <numerusform>Marchez pendant %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>I&apos;m back</source>
        <translation>Je suis de retour</translation>
    </message>
    <message>
        <source>End the walk and record it</source>
        <translation>Terminer la marche et l’enregistrer</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Cancel the walk (Esc)</source>
        <translation>Annuler la marche (Échap)</translation>
    </message>
</context>
<context>
    <name>WeeklyWindow</name>
    <message>
        <source>Trend of the last weeks</source>
        <translation>Tendance des dernières semaines</translation>
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
            <numerusform>%n pause naturelle</numerusform>
            <numerusform>%n pauses naturelles</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved: %1</source>
        <translation>En mouvement : %1</translation>
    </message>
    <message>
        <source>Longest sitting: %1</source>
        <translation>Plus longue période assise : %1</translation>
    </message>
    <message>
        <source>Skipped %1, snoozed %2, unanswered %3</source>
        <translation>Passées : %1, reportées : %2, sans réponse : %3</translation>
    </message>
    <message>
        <source>Daily goal met</source>
        <translation>Objectif du jour atteint</translation>
    </message>
    <message>
        <source>Daily goal not met</source>
        <translation>Objectif du jour non atteint</translation>
    </message>
    <message>
        <source>Breaks per day</source>
        <translation>Pauses par jour</translation>
    </message>
    <message>
        <source>Bar chart of breaks due, breaks taken and natural breaks per day. Left and right arrow keys select a day; its breaks are listed below.</source>
        <translation>Histogramme des pauses prévues, des pauses prises et des pauses naturelles par jour. Les flèches gauche et droite sélectionnent un jour ; ses pauses sont listées en dessous.</translation>
    </message>
    <message>
        <source>still to come</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>En mouvement</translation>
    </message>
    <message>
        <source>Longest sitting</source>
        <translation>Plus longue période assise</translation>
    </message>
    <message>
        <source>Goal met</source>
        <translation>Objectif atteint</translation>
    </message>
    <message numerus="yes">
        <source>%n break(s) due</source>
        <translation>
            <numerusform>%n pause prévue</numerusform>
            <numerusform>%n pauses prévues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n break(s) taken</source>
        <translation>
            <numerusform>%n pause prise</numerusform>
            <numerusform>%n pauses prises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n reminder(s) answered</source>
        <translation>
            <numerusform>%1 : %2 rappel suivi sur %n</numerusform>
            <numerusform>%1 : %2 rappels suivis sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Back pain before</source>
        <translation>Douleur au dos avant</translation>
    </message>
    <message>
        <source>Back pain after</source>
        <translation>Douleur au dos après</translation>
    </message>
    <message>
        <source>No reminders were due</source>
        <translation>Aucun rappel prévu</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n reminder(s) answered</source>
        <translation>
            <numerusform>%1 rappel suivi sur %n</numerusform>
            <numerusform>%1 rappels suivis sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extra break(s)</source>
        <translation>
            <numerusform>%n pause en plus</numerusform>
            <numerusform>%n pauses en plus</numerusform>
        </translation>
    </message>
    <message>
        <source>Sitting %1, standing %2</source>
        <translation>Assis %1, debout %2</translation>
    </message>
    <message>
        <source>Back pain (0 to 10): %1 before, %2 after</source>
        <translation>Douleur au dos (0 à 10) : %1 avant, %2 après</translation>
    </message>
    <message>
        <source>Reminders answered against reminders due per week. Left and right arrow keys show the week before or after.</source>
        <translation>Rappels traités par rapport aux rappels dus, par semaine. Les flèches gauche et droite montrent la semaine d&apos;avant ou d&apos;après.</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Assis</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Debout</translation>
    </message>
    <message numerus="yes">
        <source>%n natural break(s): you got up on your own</source>
        <translation>
            <numerusform>%n pause naturelle : vous vous êtes levé de vous-même</numerusform>
            <numerusform>%n pauses naturelles : vous vous êtes levé de vous-même</numerusform>
        </translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Prévues</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Prises</translation>
    </message>
    <message>
        <source>Natural breaks</source>
        <translation>Pauses naturelles</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Étirements</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>Marche</translation>
    </message>
    <message>
        <source>Natural break</source>
        <translation>Pause naturelle</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Faite en partie</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Passée</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Reportée</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Got up on my own</source>
        <translation>Levé de moi-même</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Tray menu</source>
        <translation>Menu de la zone de notification</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Ligne de commande</translation>
    </message>
    <message>
        <source>Away from the desk</source>
        <translation>Loin du bureau</translation>
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
            <numerusform>(%1 étape sur %n)</numerusform>
            <numerusform>(%1 étapes sur %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly history — backbreak</source>
        <translation>Historique de la semaine — backbreak</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Précédente</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semaine précédente</translation>
    </message>
    <message>
        <source>Show the week before</source>
        <translation>Afficher la semaine d’avant</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>&amp;Cette semaine</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Go back to the current week</source>
        <translation>Revenir à la semaine en cours</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivante</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semaine suivante</translation>
    </message>
    <message>
        <source>Show the week after</source>
        <translation>Afficher la semaine d’après</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exporter l’historique</translation>
    </message>
    <message>
        <source>Save the whole break history as a CSV or JSON file</source>
        <translation>Enregistrer tout l’historique des pauses dans un fichier CSV ou JSON</translation>
    </message>
    <message>
        <source>Week shown</source>
        <translation>Semaine affichée</translation>
    </message>
    <message>
        <source>Reminders answered this week</source>
        <translation>Rappels suivis cette semaine</translation>
    </message>
    <message>
        <source>Minutes moved this week</source>
        <translation>Minutes en mouvement cette semaine</translation>
    </message>
    <message>
        <source>Days the daily goal was met</source>
        <translation>Jours où l’objectif a été atteint</translation>
    </message>
    <message>
        <source>Running streak</source>
        <translation>Série en cours</translation>
    </message>
    <message numerus="yes">
        <source>Last %n week(s)</source>
        <translation>
            <numerusform>%n dernière semaine</numerusform>
            <numerusform>%n dernières semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Déclenchée par</translation>
    </message>
    <message>
        <source>Breaks on the selected day</source>
        <translation>Pauses du jour sélectionné</translation>
    </message>
    <message>
        <source>Every prompt and natural break of the day selected in the chart</source>
        <translation>Chaque rappel et chaque pause naturelle du jour sélectionné dans le graphique</translation>
    </message>
    <message>
        <source>Week %1: %2</source>
        <translation>Semaine %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Daily goal met on %n day(s)</source>
        <translation>
            <numerusform>Objectif du jour atteint %n jour</numerusform>
            <numerusform>Objectif du jour atteint %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n day(s) in a row</source>
        <translation>
            <numerusform>Série : %n jour d’affilée</numerusform>
            <numerusform>Série : %n jours d’affilée</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was recorded in this week.</source>
        <translation>Rien n’a été enregistré cette semaine-là.</translation>
    </message>
    <message>
        <source>Welcome! Your week will fill in here.

When backbreak asks you to stand up, each stretch or walk you take shows up as a bar for the day, with the minutes you moved.</source>
        <translation>Bienvenue ! Votre semaine se remplira ici.

Quand backbreak vous invite à vous lever, chaque séance d’étirements ou marche apparaît sous forme de barre pour la journée, avec les minutes passées en mouvement.</translation>
    </message>
    <message>
        <source>No breaks yet this week. The first one will show up here.</source>
        <translation>Pas encore de pause cette semaine. La première apparaîtra ici.</translation>
    </message>
    <message>
        <source>No breaks on this day.</source>
        <translation>Aucune pause ce jour-là.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Export break history</source>
        <translation>Exporter l’historique des pauses</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome to backbreak</source>
        <translation>Bienvenue dans backbreak</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
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
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>backbreak lives in the system tray. After %1 of sitting it asks you to stand up for a short guided stretch or a walk. Time away from the keyboard counts as a break.</source>
        <translation>backbreak se trouve dans la zone de notification. Après %1 en position assise, il vous invite à vous lever pour de courts étirements guidés ou une marche. Le temps passé loin du clavier compte comme une pause.</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Avant de commencer</translation>
    </message>
    <message>
        <source>Safety note</source>
        <translation>Consignes de sécurité</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message numerus="yes">
        <source>You have been sitting for %n minute(s), through a call.</source>
        <translation>
            <numerusform>Vous êtes assis depuis %n minute, pendant un appel.</numerusform>
            <numerusform>Vous êtes assis depuis %n minutes, pendant un appel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have been sitting for %n second(s).</source>
        <translation>
            <numerusform>Vous êtes assis depuis %n seconde.</numerusform>
            <numerusform>Vous êtes assis depuis %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have been sitting for %n minute(s).</source>
        <translation>
            <numerusform>Vous êtes assis depuis %n minute.</numerusform>
            <numerusform>Vous êtes assis depuis %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have been standing for %n minute(s). Standing still is not moving: a short walk gets your back and legs going.</source>
        <translation>
            <numerusform>Vous êtes debout depuis %n minute. Rester debout sans bouger n&apos;est pas bouger : une courte marche remet le dos et les jambes en mouvement.</numerusform>
            <numerusform>Vous êtes debout depuis %n minutes. Rester debout sans bouger n&apos;est pas bouger : une courte marche remet le dos et les jambes en mouvement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bending backwards hurts</source>
        <translation>Me pencher en arrière fait mal</translation>
    </message>
    <message>
        <source>Kneeling or weight on the wrists hurts</source>
        <translation>Être à genoux ou en appui sur les poignets fait mal</translation>
    </message>
    <message>
        <source>My balance is unsteady</source>
        <translation>Mon équilibre est instable</translation>
    </message>
    <message>
        <source>No room or wish to get on the floor</source>
        <translation>Pas de place ou pas envie de me mettre au sol</translation>
    </message>
    <message>
        <source>Nothing ticked: every exercise is offered.</source>
        <translation>Rien de coché : tous les exercices sont proposés.</translation>
    </message>
    <message>
        <source>Ticked: %1.</source>
        <translation>Coché : %1.</translation>
    </message>
</context>
</TS>
