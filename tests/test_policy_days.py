"""Scripted days: a fake clock and a fake idle source, exact prompt times."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from policy_helpers import (
    BERLIN,
    Sim,
    hm,
    ignore,
    local,
    skip_each,
    snooze_while_allowed,
    stretch_each,
)

from backbreak.core.model import Outcome
from backbreak.core.policy.machine import (
    NaturalBreak,
    PolicyState,
    ShowNotice,
    ShowPrompt,
    SittingSpan,
    WithdrawPrompt,
    until_tomorrow_morning,
)
from backbreak.core.settings import Settings

WORKDAY = Settings()  # Mon-Fri 08:00-18:00, 30 min interval, 5 min natural break
EVERY_DAY = Settings(work_days=(0, 1, 2, 3, 4, 5, 6))
HALF_HOURS = [f"{h:02d}:{m:02d}" for h in range(8, 18) for m in (0, 30)][1:]  # 08:30..17:30


def monday(hour: int = 0, minute: int = 0) -> datetime:
    return local(2026, 11, 16, hour, minute)


def times(sim: Sim, day: str) -> list[str]:
    return [t[4:] for t in sim.prompt_times() if t.startswith(day)]


def test_normal_day_answering_each_prompt_by_skipping() -> None:
    sim = Sim(WORKDAY, monday(7), responder=skip_each)
    sim.run_until(monday(20))
    assert times(sim, "Mon") == HALF_HOURS
    notices = [hm(t) for t, _ in sim.of(ShowNotice)]
    assert notices[:2] == ["Mon 08:29", "Mon 08:59"]  # 30 s ahead, shown at hh:29:30
    assert all(e.due_at == t + timedelta(seconds=30) for t, e in sim.of(ShowNotice))


def test_normal_day_with_two_minute_stretches() -> None:
    sim = Sim(WORKDAY, monday(7), responder=stretch_each(2))
    sim.run_until(monday(20))
    expected, t = [], monday(8, 30)
    while t < monday(18):
        expected.append(hm(t))
        t += timedelta(minutes=32)  # 30 of sitting after each 2-minute stretch
    assert sim.prompt_times() == expected
    assert expected[:3] == ["Mon 08:30", "Mon 09:02", "Mon 09:34"]


def test_long_lunch_away_is_a_natural_break() -> None:
    sim = Sim(WORKDAY, monday(7), responder=skip_each)
    sim.away_between(monday(12, 10), monday(13, 10))
    sim.run_until(monday(20))
    assert times(sim, "Mon") == [
        "08:30", "09:00", "09:30", "10:00", "10:30", "11:00", "11:30", "12:00",
        "13:40", "14:10", "14:40", "15:10", "15:40", "16:10", "16:40", "17:10", "17:40"]
    [(_, lunch)] = sim.of(NaturalBreak)
    assert lunch == NaturalBreak(monday(12, 10), monday(13, 10))
    spans = [e for _, e in sim.of(SittingSpan)]
    assert SittingSpan(monday(8), monday(12, 10)) in spans  # sitting ended when lunch began


def test_lunch_away_while_a_prompt_is_open_withdraws_it() -> None:
    sim = Sim(WORKDAY, monday(7), responder=ignore)
    sim.away_between(monday(8, 29), monday(9, 0))
    sim.run_until(monday(9, 40))
    assert sim.prompt_times() == ["Mon 08:30", "Mon 09:30"]
    withdrawn = [(hm(t), e.reason) for t, e in sim.of(WithdrawPrompt)]
    assert withdrawn == [("Mon 08:34", "away")]  # idle reached 5 min at 08:34
    assert [e for _, e in sim.of(NaturalBreak)] == [NaturalBreak(monday(8, 29), monday(9))]


def test_short_idle_spells_count_as_sitting() -> None:
    sim = Sim(WORKDAY, monday(7), responder=skip_each)
    sim.away_between(monday(8, 10), monday(8, 14))  # reading for 4 minutes
    sim.run_until(monday(9, 10))
    assert sim.prompt_times() == ["Mon 08:30", "Mon 09:00"]
    assert sim.of(NaturalBreak) == []


def test_suspend_overnight() -> None:
    sim = Sim(WORKDAY, monday(7), responder=skip_each)
    sim.run_until(monday(17, 45))
    sim.suspend(monday(17, 50), local(2026, 11, 17, 8, 20))  # lid closed until Tuesday
    sim.run_until(local(2026, 11, 17, 10))
    assert times(sim, "Mon")[-1] == "17:30"
    assert times(sim, "Tue") == ["08:50", "09:20", "09:50"]
    breaks = [e for _, e in sim.of(NaturalBreak)]
    assert breaks == [NaturalBreak(monday(17, 50), monday(18)),
                      NaturalBreak(local(2026, 11, 17, 8), local(2026, 11, 17, 8, 20))]


def test_suspend_of_ten_minutes_resets_the_clock() -> None:
    sim = Sim(WORKDAY, monday(7), responder=skip_each)
    sim.suspend(monday(8, 20), monday(8, 30))
    sim.run_until(monday(9, 10))
    assert sim.prompt_times() == ["Mon 09:00"]
    assert [e for _, e in sim.of(NaturalBreak)] == [NaturalBreak(monday(8, 20), monday(8, 30))]


def test_short_suspend_holds_the_clock() -> None:
    sim = Sim(WORKDAY, monday(7), responder=skip_each)
    sim.suspend(monday(8, 20), monday(8, 23))
    sim.run_until(monday(9, 10))
    assert sim.prompt_times() == ["Mon 08:33", "Mon 09:03"]
    assert sim.of(NaturalBreak) == []


def test_no_prompt_in_the_first_minute_after_waking_and_no_burst() -> None:
    sim = Sim(WORKDAY, monday(7), responder=ignore)
    sim.suspend(monday(8, 29, ), monday(8, 32))  # 3 min: clock holds at 29 min
    sim.run_until(monday(8, 40))
    # due at 08:33 by the clock, but the first minute after waking is quiet
    assert [(hm(t), e.due_at) for t, e in sim.of(ShowPrompt)] == [("Mon 08:33", monday(8, 33))]
    sim2 = Sim(WORKDAY, monday(7), responder=ignore)
    sim2.suspend(monday(8, 29, ), monday(8, 29) + timedelta(minutes=3, seconds=50))
    sim2.run_until(monday(8, 40))
    assert [t for t, _ in sim2.of(ShowPrompt)] == [monday(8, 33) + timedelta(seconds=50)]


def test_working_hours_edges() -> None:
    sim = Sim(WORKDAY, local(2026, 11, 20, 7, 59), responder=skip_each)  # a Friday
    sim.run_until(local(2026, 11, 23, 9, 10))  # Monday
    assert times(sim, "Fri") == HALF_HOURS
    assert times(sim, "Sat") == times(sim, "Sun") == []
    assert times(sim, "Mon") == ["08:30", "09:00"]

    weekend = Sim(WORKDAY, local(2026, 11, 20, 17), responder=skip_each)
    weekend.run_until(local(2026, 11, 21, 12))
    assert weekend.policy.status(local(2026, 11, 21, 12)).state is PolicyState.OUTSIDE_HOURS


def test_prompt_open_at_the_end_of_the_day_is_withdrawn() -> None:
    sim = Sim(WORKDAY, monday(7), responder=ignore)
    sim.run_until(monday(8, 30) + timedelta(days=1, minutes=1))
    withdrawn = [(hm(t), e.reason) for t, e in sim.of(WithdrawPrompt)]
    assert withdrawn == [("Mon 18:00", "outside-hours")]
    assert sim.prompt_times() == ["Mon 08:30", "Tue 08:30"]  # one open prompt all day


def test_status_outside_hours_names_the_next_working_morning() -> None:
    sim = Sim(WORKDAY, local(2026, 11, 20, 19), responder=skip_each)  # Friday evening
    status = sim.policy.status(local(2026, 11, 20, 19))
    assert status.state is PolicyState.OUTSIDE_HOURS
    assert status.next_break_at == local(2026, 11, 23, 8, 30)


def test_snooze_limit_day() -> None:
    sim = Sim(WORKDAY, monday(7), responder=snooze_while_allowed)
    sim.run_until(monday(9, 16))
    assert sim.prompt_times() == ["Mon 08:30", "Mon 08:35", "Mon 08:40", "Mon 08:45",
                                  "Mon 09:15"]
    allowed = [e.snooze_allowed for _, e in sim.of(ShowPrompt)]
    assert allowed == [True, True, True, False, True]  # the limit (3) resets after a skip


def _dst_weekend(sat: datetime, mon_end: datetime) -> Sim:
    sim = Sim(EVERY_DAY, sat, responder=skip_each)
    sim.run_until(mon_end)
    return sim


def test_dst_spring_forward_keeps_local_working_hours() -> None:
    sim = _dst_weekend(local(2026, 3, 28, 7), local(2026, 3, 30, 19))  # Sunday 29 March
    for day in ("Sat", "Sun", "Mon"):
        assert times(sim, day) == HALF_HOURS
    sunday = [t for t, _ in sim.of(ShowPrompt) if hm(t).startswith("Sun")]
    assert sunday[0] == datetime(2026, 3, 29, 6, 30, tzinfo=UTC)  # CEST, UTC+2


def test_dst_fall_back_keeps_local_working_hours() -> None:
    sim = _dst_weekend(local(2026, 10, 24, 7), local(2026, 10, 26, 19))  # Sunday 25 October
    for day in ("Sat", "Sun", "Mon"):
        assert times(sim, day) == HALF_HOURS
    sunday = [t for t, _ in sim.of(ShowPrompt) if hm(t).startswith("Sun")]
    assert sunday[0] == datetime(2026, 10, 25, 7, 30, tzinfo=UTC)  # CET, UTC+1


def test_dst_change_while_sitting_measures_elapsed_time() -> None:
    always = Settings(hours_enabled=False)
    sim = Sim(always, local(2026, 3, 29, 1, 45), responder=ignore)
    sim.run_until(local(2026, 3, 29, 4))
    # 01:45 CET + 30 minutes of sitting = 03:15 CEST (the clock jumped 02:00 -> 03:00)
    assert sim.prompt_times() == ["Sun 03:15"]


def test_pause_until_tomorrow_across_midnight() -> None:
    sim = Sim(WORKDAY, monday(7), responder=skip_each)
    sim.run_until(monday(16, 10))
    until = until_tomorrow_morning(monday(16, 10), WORKDAY, BERLIN)
    assert until == local(2026, 11, 17, 8)
    sim.record(monday(16, 10), sim.policy.pause(monday(16, 10), until))
    status = sim.policy.status(monday(23, 59))
    assert status.state is PolicyState.PAUSED and status.paused_until == until
    sim.run_until(local(2026, 11, 17, 9, 10))
    assert times(sim, "Mon")[-1] == "16:00"
    assert times(sim, "Tue") == ["08:30", "09:00"]


def test_pause_holds_the_clock_across_midnight_without_working_hours() -> None:
    always = Settings(hours_enabled=False)
    sim = Sim(always, monday(23, 30), responder=skip_each)
    sim.run_until(monday(23, 40))
    until = until_tomorrow_morning(monday(23, 40), always, BERLIN)
    assert until == local(2026, 11, 17, 8)
    sim.record(monday(23, 40), sim.policy.pause(monday(23, 40), until))
    sim.run_until(local(2026, 11, 17, 9))
    assert sim.prompt_times() == ["Tue 08:20", "Tue 08:50"]  # 10 min before + 20 after


def test_time_zone_change_while_running_moves_only_working_hours() -> None:
    new_york = ZoneInfo("America/New_York")
    sim = Sim(WORKDAY, monday(7), responder=skip_each)
    sim.run_until(monday(10, 10))
    sim.record(monday(10, 10), sim.policy.set_timezone(monday(10, 10), new_york))
    sim.run_until(monday(14, 50))  # 08:50 in New York
    assert times(sim, "Mon") == ["08:30", "09:00", "09:30", "10:00", "14:30"]
    assert hm(sim.of(ShowPrompt)[-1][0], new_york) == "Mon 08:30"


def test_time_zone_change_without_working_hours_moves_nothing() -> None:
    always = Settings(hours_enabled=False)
    sim = Sim(always, monday(10), responder=skip_each)
    sim.run_until(monday(10, 10))
    sim.record(monday(10, 10), sim.policy.set_timezone(monday(10, 10), ZoneInfo("Asia/Tokyo")))
    sim.run_until(monday(11, 10))
    assert sim.prompt_times() == ["Mon 10:30", "Mon 11:00"]


def test_wall_clock_jump_back_is_clamped() -> None:
    always = Settings(hours_enabled=False)
    sim = Sim(always, monday(10), responder=ignore)
    sim.run_until(monday(10, 10))
    sim.clock.jump(-3600)  # the wall clock goes back an hour: 09:10
    sim.next_sample = sim.clock.now()
    sim.record(sim.clock.now(), sim.policy.tick(sim.clock.now()))
    sim.run_until(monday(10))
    assert sim.prompt_times() == ["Mon 09:30"]  # 20 more minutes of real time
    for _, span in sim.of(SittingSpan):
        assert span.end >= span.start
    wake = sim.policy.next_wakeup()
    assert wake is None or wake >= monday(10)


def test_a_simulated_week_runs_and_counts() -> None:
    sim = Sim(WORKDAY, monday(0), responder=stretch_each(3))
    sim.away_between(monday(12), monday(12, 45))
    sim.run_until(monday(0) + timedelta(days=7))
    per_day = {d: len(times(sim, d)) for d in ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")}
    assert per_day["Sat"] == per_day["Sun"] == 0
    assert per_day["Tue"] == len([t for t in range(0, 600, 33) if 30 + t < 600])
    answered = [o for _, o in sim.log if isinstance(o, ShowPrompt)]
    assert len(answered) == sum(per_day.values())


def test_skip_from_status_outcome_is_reset() -> None:
    sim = Sim(WORKDAY, monday(7), responder=ignore)
    sim.run_until(monday(8, 31))
    sim.record(monday(8, 31), sim.policy.answer_prompt(monday(8, 31), Outcome.SKIPPED))
    sim.run_until(monday(9, 5))
    assert sim.prompt_times() == ["Mon 08:30", "Mon 09:01"]
