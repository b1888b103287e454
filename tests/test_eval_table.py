"""The `make eval` table: held-out sets are summed in one total column, retired (analysed) sets in another."""

from bench.eval.run import Outcome, _table


def _outcome(part: str, kind: str, ok: bool) -> Outcome:
    return Outcome(part, kind, f"{part}-{kind}", "text", "django", "django" if ok else "flask", ok)


def _row(lines: list[str], kind: str) -> list[str]:
    line = next(line for line in lines if line.startswith(f"| {kind} "))
    return [cell.strip() for cell in line.strip("|").split("|")]


def test_held_out_sets_are_summed_in_one_column_after_dev() -> None:
    lines = _table(
        [
            _outcome("dev", "terse", True),
            _outcome("heldout17", "terse", True),
            _outcome("heldout18", "terse", False),
            _outcome("heldout18", "thread turn", True),
        ]
    )
    header = [cell.strip() for cell in lines[0].strip("|").split("|")]
    assert header[:3] == ["kind", "dev", "**all held-out**"]
    assert _row(lines, "terse")[:5] == ["terse", "1/1 (100%)", "1/2 (50%)", "1/1 (100%)", "0/1 (0%)"]
    assert "1/1 (100%)" in _row(lines, "thread turn")[2]  # threads count in the total, not in "all one-line"


def test_retired_sets_count_apart_from_the_held_out_total() -> None:
    lines = _table(
        [
            _outcome("heldout", "terse", False),
            _outcome("heldout16", "terse", True),
            _outcome("heldout17", "terse", True),
        ]
    )
    header = [cell.strip() for cell in lines[0].strip("|").split("|")]
    assert header[1:3] == ["**all held-out**", "analysed (retired 1–18)"]
    assert _row(lines, "terse")[1:3] == ["1/1 (100%)", "1/2 (50%)"]
