"""The catalogue of mutants ``run.py`` applies: one exact snippet of one file, replaced.

Each is a boundary or a rule a test must guard: a comparison turned by one step, a line that
re-arms or moves something left out. ``tests`` are the test files expected to notice; run
``run.py --all`` to see every test that does. Changes that cannot be told apart from the
original by any behaviour are listed at the end of README.md in this folder, with the reason.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Mutant:
    name: str
    path: str
    old: str
    new: str
    what: str
    tests: tuple[str, ...]


POLICY = "backbreak/core/policy/machine.py"
PRESENCE = "backbreak/core/policy/presence.py"
COUNTDOWN = "backbreak/core/policy/countdown.py"
TIMETABLE = "backbreak/core/policy/timetable.py"
REPORT = "backbreak/core/policy/report.py"
HOURS = "backbreak/core/policy/working_hours.py"
HOLDS = "backbreak/core/policy/holds.py"
ABSENCE = "backbreak/core/policy/absence.py"
WEEKLY = "backbreak/core/history/weekly.py"
STORE = "backbreak/core/history/store_opening.py"
SCHEDULER = "backbreak/platform/qt_scheduler.py"

POLICY_TESTS = (
    "tests/test_policy_basics.py",
    "tests/test_policy_days.py",
    "tests/test_policy_properties.py",
    "tests/test_policy_boundaries.py",
    "tests/test_policy_holds.py",
)
WEEKLY_TESTS = ("tests/test_weekly.py", "tests/test_weekly_boundaries.py")
STORE_TESTS = (
    "tests/test_store.py",
    "tests/test_store_recovery.py",
    "tests/test_store_standing.py",
)
SCHEDULER_TESTS = (
    "tests/test_qt_scheduler.py",
    "tests/test_wakeup_scheduler.py",
    "tests/test_controller.py",
)


def _policy(name: str, old: str, new: str, what: str, path: str = POLICY) -> Mutant:
    return Mutant(f"policy.{name}", path, old, new, what, POLICY_TESTS)


def _weekly(name: str, old: str, new: str, what: str) -> Mutant:
    return Mutant(f"weekly.{name}", WEEKLY, old, new, what, WEEKLY_TESTS)


def _store(name: str, old: str, new: str, what: str) -> Mutant:
    return Mutant(f"store.{name}", STORE, old, new, what, STORE_TESTS)


def _scheduler(name: str, old: str, new: str, what: str) -> Mutant:
    return Mutant(f"scheduler.{name}", SCHEDULER, old, new, what, SCHEDULER_TESTS)


MUTANTS: tuple[Mutant, ...] = (
    # --- the break policy ---------------------------------------------------------------------
    _policy(
        "return-at-threshold",
        "if at - since >= _secs(self._settings.natural_break_s):",
        "if at - since > _secs(self._settings.natural_break_s):",
        "natural break on return from lock or suspend: `>=` to `>`",
        ABSENCE,
    ),
    _policy(
        "notice-rule-boundary",
        "2 * ahead < self._settings.interval_s",
        "2 * ahead <= self._settings.interval_s",
        "pre-break notice only when `2 * ahead < interval`: `<` to `<=`",
    ),
    _policy(
        "idle-away-at-threshold",
        "if not self._idle_judged() or now < quiet_at:",
        "if not self._idle_judged() or now <= quiet_at:",
        "idle as long as the natural break is away: `<` to `<=`",
        ABSENCE,
    ),
    _policy(
        "walk-away-at-threshold",
        "if self.walk_away_since is None and now - seen.idle_start >= WALK_AWAY:",
        "if self.walk_away_since is None and now - seen.idle_start > WALK_AWAY:",
        "idle a minute on a walk means gone: `>=` to `>`",
        PRESENCE,
    ),
    _policy(
        "walk-back-at-threshold",
        "at - self.walk_away_since >= WALK_AWAY:",
        "at - self.walk_away_since > WALK_AWAY:",
        "back from a walk of a minute is reported: `>=` to `>`",
        PRESENCE,
    ),
    _policy(
        "edge-natural-at-threshold",
        "if t - self.absent_since >= natural:",
        "if t - self.absent_since > natural:",
        "away when working hours end counts as a natural break: `>=` to `>`",
        PRESENCE,
    ),
    _policy(
        "away-withdraw-at-threshold",
        "and now - away_since >= natural:",
        "and now - away_since > natural:",
        "an open prompt is withdrawn once the user is away a natural break: `>=` to `>`",
    ),
    _policy(
        "prompt-at-due",
        "if counted >= self.due_after:\n            return Showing.PROMPT",
        "if counted > self.due_after:\n            return Showing.PROMPT",
        "the prompt at the due moment: `>=` to `>`",
        COUNTDOWN,
    ),
    _policy(
        "notice-at-its-moment",
        "if counted >= self.due_after - notice_ahead",
        "if counted > self.due_after - notice_ahead",
        "the notice at due minus ahead: `>=` to `>`",
        COUNTDOWN,
    ),
    _policy(
        "grace-ends-on-time",
        "return self.grace_until is not None and now < self.grace_until",
        "return self.grace_until is not None and now <= self.grace_until",
        "the quiet minute after a wake ends at its end: `<` to `<=`",
        PRESENCE,
    ),
    _policy(
        "no-wake-grace",
        "self.grace_until = at + WAKE_GRACE",
        "self.grace_until = at",
        "the quiet minute after a wake or unlock left out",
        PRESENCE,
    ),
    _policy(
        "snooze-limit",
        "if count.snoozes >= self._settings.snooze_limit:",
        "if count.snoozes > self._settings.snooze_limit:",
        "snooze refused at the limit: `>=` to `>`",
    ),
    _policy(
        "snooze-allowed-flag",
        "snooze_allowed=count.snoozes < self._settings.snooze_limit",
        "snooze_allowed=count.snoozes <= self._settings.snooze_limit",
        "the prompt's snooze button at the limit: `<` to `<=`",
    ),
    _policy(
        "snooze-length-positive",
        "if seconds is not None and seconds <= 0:",
        "if seconds is not None and seconds < 0:",
        "a snooze of 0 s refused: `<=` to `<`",
    ),
    _policy(
        "pause-until-now",
        "if until is not None and until <= now:",
        "if until is not None and until < now:",
        "a pause that ends now is no pause: `<=` to `<`",
    ),
    _policy(
        "dnd-waiting-at-due",
        "if grown is not None and counted >= count.due_after:",
        "if grown is not None and counted > count.due_after:",
        "status says waiting for DND from the due moment: `>=` to `>`",
        REPORT,
    ),
    _policy(
        "next-break-at-edge",
        "if self.next_edge is not None and self.next_edge <= moment:",
        "if self.next_edge is not None and self.next_edge < moment:",
        "a break due exactly when working hours end moves to the next day: `<=` to `<`",
        TIMETABLE,
    ),
    _policy(
        "late-suspend-report",
        "self._clocks.take_back(max(_ZERO, min(self._last, end) - max(start, span_start)))",
        "pass",
        "time ticked after a wake but before the suspend was reported counted as sitting",
        ABSENCE,
    ),
    _policy(
        "hours-start-inclusive",
        "self._start <= local.time() < self._end",
        "self._start < local.time() < self._end",
        "working hours include their start: `<=` to `<`",
        HOURS,
    ),
    _policy(
        "hours-end-exclusive",
        "self._start <= local.time() < self._end",
        "self._start <= local.time() <= self._end",
        "working hours exclude their end: `<` to `<=`",
        HOURS,
    ),
    _policy(
        "hours-empty-window",
        "self.restricted = settings.hours_enabled and self._start < self._end",
        "self.restricted = settings.hours_enabled and self._start <= self._end",
        "a window that ends where it starts restricts nothing: `<` to `<=`",
        HOURS,
    ),
    _policy(
        "call-recheck-on-time",
        "return now >= looked_at + CALL_RECHECK",
        "return now > looked_at + CALL_RECHECK",
        "a call (or a full-screen window) is looked at again once the recheck time has passed: "
        "`>=` to `>`",
        HOLDS,
    ),
    _policy(
        "still-in-call-look-at-the-moment",
        "looked_since = self._call_looked_at is not None and self._call_looked_at >= quiet_at",
        "looked_since = self._call_looked_at is not None and self._call_looked_at > quiet_at",
        "a call look made as the stillness grows long keeps the user present: `>=` to `>`",
        HOLDS,
    ),
    _policy(
        "still-in-call-is-away",
        "in_call = looked_since and self.call is not None",
        "in_call = False",
        "a still user in a call is present, not away",
        HOLDS,
    ),
    _policy(
        "quiet-look-on-time",
        "if quiet_at is None or quiet_at > now or quiet_at - natural < floor:",
        "if quiet_at is None or quiet_at >= now or quiet_at - natural < floor:",
        "the look comes when the stillness is exactly long enough to be away: `>` to `>=`",
        HOLDS,
    ),
    _policy(
        "quiet-look-from-the-floor",
        "if quiet_at is None or quiet_at > now or quiet_at - natural < floor:",
        "if quiet_at is None or quiet_at > now or quiet_at - natural <= floor:",
        "stillness from the idle floor itself is looked at: `<` to `<=`",
        HOLDS,
    ),
    _policy(
        "quiet-recheck-every-15s",
        "        return self._call_looked_at + CALL_RECHECK\n",
        "        return self._call_looked_at + 2 * CALL_RECHECK\n",
        "a call that keeps a still user present is looked at again after 15 s, not 30",
        HOLDS,
    ),
    _policy(
        "unreadable-stops-quiet-looks",
        "return quiet_at is not None and self._readable and self._quiet_look(now, quiet_at)",
        "return quiet_at is not None and self._quiet_look(now, quiet_at)",
        "after a look that read nothing, stillness is not looked at",
        HOLDS,
    ),
    _policy(
        "look-under-way-holds",
        "        if self.looking and self.settings.meeting_guard:\n            return True",
        "        if False:\n            return True",
        "a due notice or prompt waits for a call look under way",
        HOLDS,
    ),
    _policy(
        "look-under-way-no-timer",
        "        if self._holds.looking:\n            return None",
        "        if False:\n            return None",
        "while a call look is under way the policy arms no timer for the showing",
    ),
    _policy(
        "typing-pause-long-enough",
        "if self._input_idle >= self.settings.typing_pause_s:",
        "if self._input_idle > self.settings.typing_pause_s:",
        "a pause in typing as long as asked for lets the prompt show: `>=` to `>`",
        HOLDS,
    ),
    _policy(
        "typing-cap-reached",
        "return self._typing_since is not None and now - self._typing_since >= cap",
        "return self._typing_since is not None and now - self._typing_since > cap",
        "typing holds the prompt at most the longest wait: `>=` to `>`",
        HOLDS,
    ),
    _policy(
        "typing-hold-until-first",
        "self.held_until = min(pause_done, cap)",
        "self.held_until = max(pause_done, cap)",
        "a typing hold is asked again at the pause or the cap, whichever comes first",
        HOLDS,
    ),
    _policy(
        "typing-wait-off",
        "return self.settings.typing_pause_s > 0 and self.settings.typing_pause_cap_s > 0",
        "return self.settings.typing_pause_s > 0 and self.settings.typing_pause_cap_s >= 0",
        "a longest wait of 0 turns the typing pause off: `>` to `>=`",
        HOLDS,
    ),
    # --- weekly figures -----------------------------------------------------------------------
    _weekly(
        "ratio-2-places",
        "/ totals.due, 3)",  # whatever is counted over due (taken, or answered)
        "/ totals.due, 2)",
        "`taken_ratio` rounded to 2 places instead of 3",
    ),
    _weekly(
        "minutes-whole",
        "return round(seconds / 60, 1)",
        "return round(seconds / 60)",
        "minutes rounded to whole minutes instead of tenths",
    ),
    _weekly(
        "goal-walk-at-threshold",
        's["walk_minutes"] >= goal_walk_minutes * 60',
        's["walk_minutes"] > goal_walk_minutes * 60',
        "walking exactly the goal meets it: `>=` to `>`",
    ),
    _weekly(
        "goal-today-counts",
        "goal_met = d <= today and",
        "goal_met = d < today and",
        "today can meet the goal: `<=` to `<`",
    ),
    _weekly(
        "streak-first-day",
        "while day >= earliest:",
        "while day > earliest:",
        "the streak counts the first stored day: `>=` to `>`",
    ),
    _weekly(
        "touching-spans-merge",
        "if merged and a <= merged[-1][1]:",
        "if merged and a < merged[-1][1]:",
        "touching sitting spans are one sitting: `<=` to `<`",
    ),
    _weekly(
        "due-excludes-snoozed",
        "if row.source is Source.SCHEDULED and row.outcome is not Outcome.SNOOZED:",
        "if row.source is Source.SCHEDULED:",
        "a snoozed prompt is not a due break",
    ),
    _weekly(
        "extra-answers-nothing",
        'if row.source is Source.SCHEDULED:\n            yield "answered", 1',
        'if True:\n            yield "answered", 1',
        "a break from the tray or command line counted as an answered reminder",
    ),
    _weekly(
        "goal-wants-every-answer",
        'return s["answered"] == s["due"] and',
        'return s["answered"] >= s["due"] - 1 and',
        "the goal met with one reminder unanswered",
    ),
    _weekly(
        "trend-one-week",
        "if weeks < 1:",
        "if weeks <= 1:",
        "a trend of one week is allowed: `<` to `<=`",
    ),
    _weekly(
        "last-iso-week",
        "if not 1 <= week <= weeks_in_year:",
        "if not 1 <= week < weeks_in_year:",
        "week 53 of a 53-week year exists: `<=` to `<`",
    ),
    _weekly(
        "last-day-of-range",
        "if first <= d <= last:",
        "if first <= d < last:",
        "Sunday's rows belong to the week: `<=` to `<`",
    ),
    _weekly(
        "sitting-clipped-to-day",
        "(max(a, day_start), min(b, day_end))",
        "(a, b)",
        "sitting across midnight is split between the days",
    ),
    # --- store recovery -----------------------------------------------------------------------
    _store(
        "table-check-skipped-v1",
        "if version > 0:\n                self._check_tables(conn, version)",
        "if version > 1:\n                self._check_tables(conn, version)",
        "the table check skipped for version-1 history files",
    ),
    _store(
        "wal-not-moved",
        'os.replace(wal, aside.with_name(aside.name + "-wal"))',
        "pass",
        "a damaged file's `-wal` not moved aside",
    ),
    _store(
        "one-table-enough",
        "if not frozenset().union(*TABLES[:version]) <= names:",
        'if not frozenset().union(*TABLES[:version]) - {"sitting"} <= names:',
        "a file missing its `sitting` table passes the table check",
    ),
    _store(
        "not-damage-moved-aside",
        "if isinstance(e, sqlite3.OperationalError) and not _is_corruption(e):",
        "if False:",
        "a locked (not damaged) file moved aside",
    ),
    Mutant(
        "store.aside-overwrites",
        "backbreak/core/user_files.py",
        "while candidate.exists():",
        "if candidate.exists():",
        "a third damaged file in one second overwrites an earlier one",
        STORE_TESTS,
    ),
    _store(
        "newer-schema-boundary",
        "if version > SCHEMA_VERSION:",
        "if version >= SCHEMA_VERSION:",
        "a file of the current version refused as newer: `>` to `>=`",
    ),
    # --- the scheduler's Qt timer -------------------------------------------------------------
    _scheduler(
        "early-fire-trusted",
        "if self._now() < self._at:",
        "if False:",
        "a timer that runs out before the wall-clock moment (clock set back) calls back early",
    ),
    _scheduler(
        "no-clamp",
        "self._timer.start(min(max(0, wait_ms), MAX_WAIT_MS))",
        "self._timer.start(max(0, wait_ms))",
        "a wait beyond QTimer's range not clamped",
    ),
    _scheduler(
        "late-not-fired",
        "self._timer.start(min(max(0, wait_ms), MAX_WAIT_MS))",
        "if wait_ms >= 0:\n            self._timer.start(min(wait_ms, MAX_WAIT_MS))",
        "a wake-up already late is dropped instead of fired at once",
    ),
    _scheduler(
        "cancel-ignored",
        "self._at = at\n",
        "self._at = at or self._at\n",
        "`arm(None)` does not cancel the armed wake-up",
    ),
    _scheduler(
        "rearm-from-callback-lost",
        "self._at = None  # the callback may arm the next wake-up\n        self._callback()",
        "self._callback()\n        self._at = None",
        "a wake-up armed from inside the callback is forgotten",
    ),
    _scheduler(
        "shutdown-keeps-timer",
        "self._at = None\n        self._timer.stop()",
        "pass",
        "a wake-up still fires after shutdown",
    ),
    # --- checks that used to wait a fixed time -------------------------------------------------
    Mutant(
        "ui.rebuild-once",
        "backbreak/ui/rebuild.py",
        'if event.type() != QEvent.Type.LanguageChange or window.property("rebuild_due"):',
        "if event.type() != QEvent.Type.LanguageChange:",
        "a window rebuilt once per LanguageChange event instead of once per change",
        ("tests/test_settings_dialog.py", "tests/test_weekly_window.py"),
    ),
    Mutant(
        "control.sockets-kept",
        "backbreak/control/server.py",
        "QTimer.singleShot(0, self._closed.clear)",
        "pass",
        "the control server keeps every connection it ever had (closed, never let go)",
        ("tests/test_control_server.py",),
    ),
    Mutant(
        "control.local-sockets-kept",
        "backbreak/control/local_server.py",
        "QTimer.singleShot(0, partial(self._clients.discard, sock))",
        "pass",
        "the QLocalServer channel (Windows) keeps every connection it ever had",
        ("tests/test_control_server.py",),
    ),
)
