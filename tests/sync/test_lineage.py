"""Positions counted in one incarnation, as they hold in a later chain (sync/lineage.py)."""

from __future__ import annotations

from asn_desktop.sync.lineage import Life, carried, valid_upto

A, B, C, D = (Life("a", 0, 0, 0), Life("b", 40, 400, 1), Life("c", 25, 250, 2),
              Life("d", 60, 600, 3))


def test_a_position_in_the_chain_holds_up_to_where_later_incarnations_began() -> None:
    assert valid_upto([A, B], "a", 100) == 40
    assert valid_upto([A, B], "b", 100) == 100
    assert valid_upto([A, B], "x", 100) == 0
    assert carried([A], "a", 100, [A, B]) == 40  # the same as valid_upto when it is there


def test_a_branch_left_by_a_later_restore_holds_through_the_shared_incarnation() -> None:
    # known as [a, b] counted in b; the file from before b was put back: [a, c]
    assert carried([A, B], "b", 100, [A, C]) == 25
    assert carried([A, B], "b", 10, [A, C]) == 10
    assert carried([A, B], "b", 30, [A, C]) == 25
    # two incarnations on the lost branch: the lowest point where it left a counts
    assert carried([A, C, D], "d", 100, [A, B]) == 25


def test_nothing_shared_or_an_unknown_incarnation_holds_nothing() -> None:
    assert carried([B], "b", 100, [A, C]) == 0
    assert carried([A, B], "x", 100, [A, C]) == 0
