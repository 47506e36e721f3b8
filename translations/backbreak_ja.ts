<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Weekly history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message numerus="yes">
        <source>Break in %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Finish your sentence; a short stretch is coming up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to stand up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more snoozes in a row; please take this break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no break to skip right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break waiting until do-not-disturb ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No break scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside working hours; next break %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed; next break at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Next break at %1 (in %n min)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Player</name>
    <message>
        <source>backbreak: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided stretch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illustration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back one step (Left arrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume the countdown (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next step (Right arrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the routine (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the rest of the routine (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to stop and who should ask a professional first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n repetition(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptCard</name>
    <message>
        <source>backbreak: time to stand up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the guided stretch now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a short walk instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask again in a few minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to stand up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next up: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stretch (%n min)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Routines</name>
    <message>
        <source>If you already have back pain, ask your doctor or a physical therapist before doing these exercises: they can tell you which ones suit you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move slowly and with control. A mild stretch is enough; nothing should hurt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop at once if you feel a sharp pain, and don&apos;t push through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If discomfort keeps going, keeps coming back or limits your day, see a health professional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backbreak reminds you to move; it is not medical advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch on your core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find your deep belly and buttock muscles, then stand and use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hip and lower-back opener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gentle stretches for hips and back that have been folded in a chair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seated reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three moves you can do without leaving your chair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand-up reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four standing moves beside your desk to wake up your glutes and ease your lower back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At home: floor routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A longer session on a mat: warm up, strengthen your core, then stretch and rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posture walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short walk with your belly and buttocks gently working and your head up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few steps backwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the floor behind you is clear for a few steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk slowly backwards, pushing the floor away with each foot. Then walk forwards to where you started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your buttock muscles tightening with each backward step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A strong, purposeful stride.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t rush.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance over your shoulder rather than stepping blind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bird-dog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Come onto hands and knees: wrists under shoulders, knees under hips, back flat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach one arm forward and the opposite leg back into one long line. Hold two or three seconds, come back, and switch sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your trunk staying still and level while the arm and leg move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t lift the hand or heel higher than your back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t let the hips twist open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie on your back, knees bent, feet flat on the floor and hip-width apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press through your heels and lift your hips until knees, hips and shoulders make one line. Hold a few seconds, then lower slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your buttocks and the backs of your thighs doing the lifting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t arch your back to lift higher: control matters more than height.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t drop down fast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cat-cow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Come onto hands and knees with a flat back, wrists under shoulders, knees under hips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe in and let the belly sink as the chest lifts. Breathe out and round your back, tucking tailbone and chin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your whole spine moving, a little at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow breaths leading the movement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t move faster than your breath.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t force either end of the movement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s pose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kneel with your knees a little apart and sit your hips back toward your heels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fold forward over your thighs with your arms reaching long in front. Rest and breathe deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your back widening and softening with each breath.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t fold deeper than is comfortable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Come up slowly, one part of your back at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abdominal drawing-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit tall near the front of your chair, feet flat, shoulders loose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gently pull your lower belly in, as if closing a belt by one notch. Hold for a breath or two, then let go completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A light tightening low in your belly, below the navel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your lower back feeling held from the inside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t hold your breath: keep breathing normally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t squeeze hard: this is control, not force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing glute squeeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand tall beside your desk, feet hip-width apart, knees soft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Squeeze your buttocks firmly for about three seconds, then relax them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both buttocks firming up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The front of your hips lengthening a little with each squeeze.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t clench your jaw or lift your shoulders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t lean back to help the squeeze.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing hip-flexor stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest one hand on your desk and step your right foot back into a short split stance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Squeeze the buttock of the back leg and tuck your tailbone under a little. Hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap: left foot back, squeeze that side, and hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stretch along the front of the hip of the back leg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buttock of the back leg working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t arch your lower back to go further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t bounce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knee rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie on your back with your arms out to the sides in a T and your knees drawn up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe out and lower both knees to the right. Breathe in and bring them back to the middle, then go to the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gentle twist through your lower back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both shoulders on the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t let the knees drop fast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knee-to-chest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie on your back with your legs relaxed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw your right knee toward your chest until you feel a mild pull, and rest there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let it down slowly and draw up your left knee the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mild, easy pull in your lower back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t pull hard: let gravity help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the other leg relaxed on the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie face down, then rise onto your forearms and toes, elbows under shoulders. Use your knees instead of your toes for an easier version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep head, shoulders and hips in one straight line and breathe steadily.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmness through your whole trunk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t let your hips sag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t hold your breath.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk at an easy, steady pace, keeping your belly and buttocks gently working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abs and glutes gently engaged, not clenched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head up, eyes ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoulders relaxed and low.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steady, easy breathing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t slouch or lean back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seated pelvic tilt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit back in your chair, feet flat and hip-width apart, hands resting on your thighs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tighten your lower belly and tip your pelvis back so your lower back presses into the chair. Hold briefly, then release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your lower belly doing the work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The small of your back flattening against the backrest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t push with your legs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seated side bend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit upright with your feet flat and comfortably wide apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grow tall, then lean slowly to the right without slumping. Stay where you feel a mild stretch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Come back through the middle and lean to the left the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mild stretch along the side of your waist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your spine staying long as the side opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t collapse forward or twist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop well before any sharp feeling: mild is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side plank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie on your right side, propped on your forearm with the elbow under the shoulder, legs stacked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift your hips into a straight line, lifting from the waist. Hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower, turn onto your left side and lift the same way. Hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The side of your waist working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t push up from the shoulder: lift from the waist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t let the hips roll forward or sag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sphinx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie face down with your legs stretched out behind you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rise onto your forearms, elbows under shoulders. Press your hips gently toward the floor and breathe slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your lower back gently switched on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep breaths in through the nose, out through the mouth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t hunch your shoulders up to your ears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t push into pain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing back extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand tall, feet hip-width apart, hands on your lower back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ease your hips forward and lift your chest, leaning back only a little. Pause, then come back upright.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your lower back muscles working gently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your chest opening after sitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t drop your head back: keep your eyes ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t lean further than feels easy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing knee-to-chest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand tall next to your desk with one hand resting on it for balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift your right knee and hold the shin, drawing it gently toward your chest. Hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower it, then lift your left knee the same way and hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gentle pull low in your back and behind the hip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t yank the knee: let it be a moment of rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t sag on the standing leg; stay tall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie face down, legs straight behind you, arms stretched past your head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift your left arm and right leg a few centimetres, lower them, then lift the right arm and left leg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your back and buttocks working together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t lift high: a few centimetres is plenty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your eyes on the floor rather than craning your neck.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Alternate stretches and walks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (follows your progress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gentle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings — backbreak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours: the end must be later than the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of day reminders stop; must be after the start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Stretch now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause for 30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause for 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause for 2 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause until tomorrow morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause indefinitely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalkCard</name>
    <message>
        <source>backbreak: walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Walk for %n minute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>I&apos;m back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the walk and record it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) walked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeeklyWindow</name>
    <message>
        <source>Trend of the last weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n due break(s) taken</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n due break(s) taken</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n natural break(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest sitting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped %1, snoozed %2, unanswered %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily goal met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily goal not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar chart of breaks due, breaks taken and natural breaks per day. Left and right arrow keys select a day; its breaks are listed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal met</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n break(s) due</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n break(s) taken</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 % of due)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n natural break(s): you got up on your own</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Natural breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Natural break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Got up on my own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tray menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away from the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%1 of %n step(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly history — backbreak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the week before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the current week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the week after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the whole break history as a CSV or JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks taken this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes moved this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days the daily goal was met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last %n week(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Selected day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks on the selected day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every prompt and natural break of the day selected in the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No breaks were due; %n taken</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n due break(s) taken (%2 %)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Daily goal met on %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n day(s) in a row</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was recorded in this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome! Your week will fill in here.

When backbreak asks you to stand up, each stretch or walk you take shows up as a bar for the day, with the minutes you moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No breaks yet this week. The first one will show up here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No breaks on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export break history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message numerus="yes">
        <source>You have been sitting for %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have been sitting for %n minute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
