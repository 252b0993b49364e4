"""Reading ids from what browsers send: only plain numbers a database integer can hold."""

import pytest

from home.ids import MAX_ID, id_from


@pytest.mark.parametrize(
    ("raw", "expected"), [("0", 0), ("42", 42), ("007", 7), (str(MAX_ID), MAX_ID)]
)
def test_plain_numbers_are_ids(raw, expected):
    assert id_from(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "",
        " 1",
        "1 ",
        "-1",
        "+1",
        "1.0",
        "1_0",
        "0x1",
        "²",
        "٣",
        "1\x00",
        str(MAX_ID + 1),
        "9" * 5000,
        None,
        5,
    ],
)
def test_anything_else_is_no_id(raw):
    assert id_from(raw) is None
