"""The `make eval` table: every held-out set also counts in one total column."""

from bench.eval.run import Outcome, _table


def _outcome(part: str, kind: str, ok: bool) -> Outcome:
    return Outcome(part, kind, f"{part}-{kind}", "text", "django", "django" if ok else "flask", ok)


def test_held_out_sets_are_summed_in_one_column_after_dev() -> None:
    lines = _table(
        [
            _outcome("dev", "terse", True),
            _outcome("heldout", "terse", True),
            _outcome("heldout2", "terse", False),
            _outcome("heldout2", "thread turn", True),
        ]
    )
    header = [cell.strip() for cell in lines[0].strip("|").split("|")]
    assert header[:3] == ["kind", "dev", "**all held-out**"]
    terse = [cell.strip() for cell in lines[2].strip("|").split("|")]
    assert terse[:5] == ["terse", "1/1 (100%)", "1/2 (50%)", "1/1 (100%)", "0/1 (0%)"]
    thread = next(line for line in lines if line.startswith("| thread turn"))
    assert "1/1 (100%)" in thread.split("|")[3]  # threads count in the total, not in "all one-line"
