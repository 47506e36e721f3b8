"""The ``backbreak status --json`` object, built without Qt from a policy status."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from backbreak.app.status_reply import status_reply
from backbreak.core.history.weekly import Counters
from backbreak.core.policy.vocabulary import PolicyState, PolicyStatus, StatusDetail

NOW = datetime(2026, 11, 16, 9, 10, tzinfo=UTC)


def reply(st: PolicyStatus, idle_known: bool = True, tz: Any = UTC) -> dict[str, Any]:
    return status_reply(
        st,
        tz,
        idle_source="mutter" if idle_known else "none",
        idle_known=idle_known,
        notifications="dbus",
        meeting_guard="on",
        history="/data/history.sqlite3",
        today=Counters(due=4, answered=2, extra=1, taken=3),
    )


def paused(detail: StatusDetail | None = None, reason: str = "") -> PolicyStatus:
    return PolicyStatus(
        state=PolicyState.PAUSED,
        detail=detail,
        next_break_at=NOW + timedelta(minutes=70),
        sitting_seconds=612,
        paused_until=NOW + timedelta(hours=1),
        snoozes_in_row=2,
        waiting_reason=reason,
    )


def test_every_field_of_the_contract() -> None:
    assert reply(paused(StatusDetail.LOCKED)) == {
        "state": "paused",
        "detail": "locked",
        "next_break_at": "2026-11-16T10:20:00+00:00",
        "sitting_seconds": 612,
        "posture": "sitting",
        "standing_seconds": 0,
        "paused_until": "2026-11-16T10:10:00+00:00",
        "snoozes_in_row": 2,
        "waiting_reason": None,
        "idle_source": "mutter",
        "notifications": "dbus",
        "meeting_guard": "on",
        "history": "/data/history.sqlite3",
        "today": {"due": 4, "answered": 2, "extra": 1, "taken": 3},
    }


def test_times_are_local_to_the_zone_given_and_absent_ones_null() -> None:
    st = PolicyStatus(PolicyState.RUNNING, None, None, 0, None, 0, "camera")
    out = reply(st)
    assert out["next_break_at"] is None and out["paused_until"] is None
    assert out["waiting_reason"] == "camera"
    berlin = reply(paused(), tz=ZoneInfo("Europe/Berlin"))
    assert berlin["paused_until"] == "2026-11-16T11:10:00+01:00"


def test_without_an_idle_source_the_detail_says_so_unless_it_has_more_to_say() -> None:
    assert reply(paused(), idle_known=True)["detail"] == ""
    assert reply(paused(), idle_known=False)["detail"] == "idle-unknown"
    assert reply(paused(StatusDetail.AWAY), idle_known=False)["detail"] == "away"
