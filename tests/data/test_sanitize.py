"""Tests for neutralise_controls: nothing that steers a terminal survives."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.data.load.sanitize import neutralise_controls

UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@pytest.mark.parametrize(
    ("hostile", "safe"),
    [
        ("a\x1b[31mred\x1b[0m b", "ared b"),
        ("x\x1b]0;window title\x07y", "xy"),
        ("x\x1b]8;;http://example.com\x1b\\link\x1b]8;;\x1b\\z", "xlinkz"),
        ("q\x1b]52;c;Zm9v\x07w", "qw"),
        ("d\x1bP+q544e\x1b\\e", "de"),
        ("\x9b31m8-bit CSI", "8-bit CSI"),
        ("entity &#27;[31m &#x1B; &#x9b; kept &#65; &#x10ffff0;", "entity [31m   kept &#65; "),
        ("nested &#&#27;27;", "nested "),
        ("bidi \u202eevil\u2066 x", "bidi evil x"),
        ("tab\tand\nnewline stay\x00\x08\x7f\x85", "tab\tand\nnewline stay"),
        ("Příliš „žluťoučký“ kůň – 📰", "Příliš „žluťoučký“ kůň – 📰"),
    ],
    ids=[
        "csi",
        "osc-title",
        "osc-8-link",
        "osc-52-clipboard",
        "dcs",
        "8-bit-csi",
        "entities",
        "nested-entities",
        "bidi",
        "c0-c1",
        "clean",
    ],
)
def test_neutralise_controls_removes_what_steers_a_terminal(hostile: str, safe: str) -> None:
    """Escape sequences with their payload, controls, bidi overrides and their entities go."""
    assert neutralise_controls(hostile)[0] == safe


@given(st.text())
def test_neutralised_text_has_no_controls_and_is_stable(text: str) -> None:
    """Whatever the input, the output has no unsafe character and neutralising it again
    changes nothing."""
    safe, _ = neutralise_controls(text)
    assert not UNSAFE.search(safe)
    assert neutralise_controls(safe) == (safe, 0)
