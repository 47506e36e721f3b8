"""The reply to ``backbreak status``: the JSON object of ``status --json`` (a contract, see the
README), built from the policy's status and the services in use. Pure (no Qt)."""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import TYPE_CHECKING, Any

from backbreak.core.policy.vocabulary import PolicyStatus, StatusDetail

if TYPE_CHECKING:  # the statistics are imported when first asked for
    from backbreak.core.history.weekly import Counters


def status_reply(
    status: PolicyStatus,
    tz: tzinfo | None,
    *,
    idle_source: str,
    idle_known: bool,
    notifications: str,
    meeting_guard: str,
    history: str,
    today: Counters,
) -> dict[str, Any]:
    detail = status.detail
    if detail is None and not idle_known:
        detail = StatusDetail.IDLE_UNKNOWN
    return {
        "state": status.state.value,
        "detail": "" if detail is None else detail.value,
        "next_break_at": _iso(status.next_break_at, tz),
        "sitting_seconds": status.sitting_seconds,
        "posture": status.posture.value,
        "standing_seconds": status.standing_seconds,
        "paused_until": _iso(status.paused_until, tz),
        "snoozes_in_row": status.snoozes_in_row,
        "waiting_reason": status.waiting_reason or None,
        "idle_source": idle_source,
        "notifications": notifications,
        "meeting_guard": meeting_guard,
        "history": history,
        "today": {
            "due": today.due,
            "answered": today.answered,
            "extra": today.extra,
            "taken": today.taken,
        },
    }


def _iso(t: datetime | None, tz: tzinfo | None) -> str | None:
    return None if t is None else t.astimezone(tz).isoformat(timespec="seconds")
