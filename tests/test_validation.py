"""The checks shared by the readers of user files (core.validation): each accepts exactly its
range and says "expected X, got Y" otherwise."""

from __future__ import annotations

import pytest

from backbreak.core.validation import (
    BIDI_CONTROLS,
    Invalid,
    TomlError,
    line_of_text,
    number,
    one_of,
    printable_key,
    read_toml,
    show,
    table,
    true_or_false,
    whole_number,
)


def message(check: object, *args: object) -> str:
    with pytest.raises(Invalid) as refused:
        check(*args)  # type: ignore[operator]
    return str(refused.value.text)


def test_show_names_the_type_and_cuts_long_values() -> None:
    assert show("x") == "str 'x'"
    assert show(3) == "int 3"
    assert show([1]) == "list [1]"
    long = show("a" * 100)
    assert long.startswith("str 'aaaa") and long.endswith("…")
    assert len(long) == len("str ") + 40 + 1


def test_show_and_number_survive_an_integer_python_will_not_print() -> None:
    huge = 10**5000
    assert show(huge) == "int with more digits than Python will print"
    assert number(huge) == "a number with thousands of digits"
    assert number(42) == "42"


def test_whole_number_takes_its_bounds_and_nothing_outside() -> None:
    assert whole_number(1, 1, 5) == 1
    assert whole_number(5, 1, 5) == 5
    assert message(whole_number, 0, 1, 5) == "expected a whole number from 1 to 5, got 0"
    assert message(whole_number, 6, 1, 5) == "expected a whole number from 1 to 5, got 6"
    assert message(whole_number, True, 0, 5) == "expected a whole number from 0 to 5, got bool True"
    assert message(whole_number, 2.0, 0, 5) == "expected a whole number from 0 to 5, got float 2.0"
    assert message(whole_number, "3", 0, 5) == "expected a whole number from 0 to 5, got str '3'"


def test_true_or_false_takes_only_booleans() -> None:
    assert true_or_false(False) is False
    assert message(true_or_false, 0) == "expected true or false, got int 0"
    assert message(true_or_false, "true") == "expected true or false, got str 'true'"


def test_one_of_names_the_options_and_shows_the_value_as_asked() -> None:
    assert one_of("b", ("a", "b")) == "b"
    assert message(one_of, "c", ("a", "b")) == "expected one of a, b, got str 'c'"
    assert message(one_of, "c", ("a", "b"), repr) == "expected one of a, b, got 'c'"
    assert message(one_of, 1, ("a", "b")) == "expected one of a, b, got int 1"


def test_table_takes_only_tables() -> None:
    assert table({"a": 1}) == {"a": 1}
    assert message(table, [1]) == "expected a table, got list [1]"


def test_line_of_text_strips_and_bounds_it() -> None:
    assert line_of_text("  Sit tall.  ", 20) == "Sit tall."
    assert line_of_text("x" * 20, 20) == "x" * 20
    assert message(line_of_text, "x" * 21, 20) == "expected at most 20 characters, got 21"
    assert message(line_of_text, "   ", 20) == "expected a non-empty text"
    assert message(line_of_text, "one\ntwo", 20) == "expected a single line of text"


@pytest.mark.parametrize("control", sorted(BIDI_CONTROLS))
def test_line_of_text_refuses_every_bidirectional_control(control: str) -> None:
    got = message(line_of_text, f"Stand {control}live", 200)
    assert got == (
        f"expected text without bidirectional control characters, got U+{ord(control):04X}"
    )


def test_the_bidirectional_controls_are_the_ones_unicode_names() -> None:
    expected = {0x200E, 0x200F, 0x061C, *range(0x202A, 0x202F), *range(0x2066, 0x206A)}
    assert {ord(c) for c in BIDI_CONTROLS} == expected


def test_right_to_left_writing_itself_is_welcome() -> None:
    for text in ("קום ולך", "قف وامش", "Stand — ну же", "立ってください"):
        assert line_of_text(text, 200) == text


def test_printable_key_escapes_only_what_reorders() -> None:
    assert printable_key("ab\u202ecd") == "ab\\u202ecd"
    assert printable_key("שלום-key") == "שלום-key"


def test_read_toml_gives_the_line_of_a_syntax_error() -> None:
    with pytest.raises(TomlError) as bad:
        read_toml('a = 1\nb = "\n')
    assert bad.value.line == 2


@pytest.mark.parametrize(
    "text",
    [
        "n = " + "9" * 5000,  # more digits than int() takes: ValueError inside tomllib
        "n = " + "[" * 100_000 + "]" * 100_000,  # RecursionError inside tomllib
    ],
    ids=["huge-integer", "deep-nesting"],
)
def test_read_toml_turns_what_the_parser_raises_into_one_error(text: str) -> None:
    with pytest.raises(TomlError) as bad:
        read_toml(text)
    assert bad.value.reason
    assert bad.value.line is None
