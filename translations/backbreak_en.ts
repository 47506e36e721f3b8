<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>App</name>
    <message numerus="yes">
        <source>…and %n more; see &apos;backbreak config check&apos;.</source>
        <translation>
            <numerusform>…and %n more; see &apos;backbreak config check&apos;.</numerusform>
            <numerusform>…and %n more; see &apos;backbreak config check&apos;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message numerus="yes">
        <source>Break in %n second(s)</source>
        <translation>
            <numerusform>Break in %n second</numerusform>
            <numerusform>Break in %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Player</name>
    <message numerus="yes">
        <source>%n repetition(s)</source>
        <translation>
            <numerusform>%n repetition</numerusform>
            <numerusform>%n repetitions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is taken from the article(s) %2.</source>
        <translation>
            <numerusform>“%1” is taken from the article %2.</numerusform>
            <numerusform>“%1” is taken from the articles %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n second left</numerusform>
            <numerusform>%n seconds left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromptCard</name>
    <message numerus="yes">
        <source>Stretch (%n min)</source>
        <translation>
            <numerusform>Stretch (%n min)</numerusform>
            <numerusform>Stretch (%n min)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n min</source>
        <translation>
            <numerusform>Snooze %n min</numerusform>
            <numerusform>Snooze %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <source>Snooze %n minute(s)</source>
        <translation>
            <numerusform>Snooze %n minute</numerusform>
            <numerusform>Snooze %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next break at %1 (in %n min)</source>
        <translation>
            <numerusform>Next break at %1 (in %n min)</numerusform>
            <numerusform>Next break at %1 (in %n min)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Standing; a walk is suggested at %1 (in %n min)</source>
        <translation>
            <numerusform>Standing; a walk is suggested at %1 (in %n min)</numerusform>
            <numerusform>Standing; a walk is suggested at %1 (in %n min)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WalkCard</name>
    <message numerus="yes">
        <source>Walk for %n minute(s).</source>
        <translation>
            <numerusform>Walk for %n minute.</numerusform>
            <numerusform>Walk for %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeeklyWindow</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n reminder(s) answered</source>
        <translation>
            <numerusform>%1: %2 of %n reminder answered</numerusform>
            <numerusform>%1: %2 of %n reminders answered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n reminder(s) answered</source>
        <translation>
            <numerusform>%1 of %n reminder answered</numerusform>
            <numerusform>%1 of %n reminders answered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extra break(s)</source>
        <translation>
            <numerusform>%n extra break</numerusform>
            <numerusform>%n extra breaks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n natural break(s)</source>
        <translation>
            <numerusform>%n natural break</numerusform>
            <numerusform>%n natural breaks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n break(s) due</source>
        <translation>
            <numerusform>%n break due</numerusform>
            <numerusform>%n breaks due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n break(s) taken</source>
        <translation>
            <numerusform>%n break taken</numerusform>
            <numerusform>%n breaks taken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n natural break(s): you got up on your own</source>
        <translation>
            <numerusform>%n natural break: you got up on your own</numerusform>
            <numerusform>%n natural breaks: you got up on your own</numerusform>
        </translation>
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
            <numerusform>(%1 of %n step)</numerusform>
            <numerusform>(%1 of %n steps)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n week(s)</source>
        <translation>
            <numerusform>Last %n week</numerusform>
            <numerusform>Last %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Daily goal met on %n day(s)</source>
        <translation>
            <numerusform>Daily goal met on %n day</numerusform>
            <numerusform>Daily goal met on %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n day(s) in a row</source>
        <translation>
            <numerusform>Streak: %n day in a row</numerusform>
            <numerusform>Streak: %n days in a row</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
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
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message numerus="yes">
        <source>You have been sitting for %n minute(s), through a call.</source>
        <translation>
            <numerusform>You have been sitting for %n minute, through a call.</numerusform>
            <numerusform>You have been sitting for %n minutes, through a call.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have been sitting for %n second(s).</source>
        <translation>
            <numerusform>You have been sitting for %n second.</numerusform>
            <numerusform>You have been sitting for %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have been sitting for %n minute(s).</source>
        <translation>
            <numerusform>You have been sitting for %n minute.</numerusform>
            <numerusform>You have been sitting for %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have been standing for %n minute(s). Standing still is not moving: a short walk gets your back and legs going.</source>
        <translation>
            <numerusform>You have been standing for %n minute. Standing still is not moving: a short walk gets your back and legs going.</numerusform>
            <numerusform>You have been standing for %n minutes. Standing still is not moving: a short walk gets your back and legs going.</numerusform>
        </translation>
    </message>
</context>
</TS>
