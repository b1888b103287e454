"""The `make eval` table: held-out sets are summed in one total column, retired (analysed) sets in another."""

from bench.eval.run import _RETIRED_UP_TO, Outcome, _table

# set names follow the retirement line, so the tests hold when a round retires more sets
LAST_RETIRED = f"heldout{_RETIRED_UP_TO}"
FIRST_UNSEEN = f"heldout{_RETIRED_UP_TO + 1}"
SECOND_UNSEEN = f"heldout{_RETIRED_UP_TO + 2}"


def _outcome(part: str, kind: str, ok: bool) -> Outcome:
    return Outcome(part, kind, f"{part}-{kind}", "text", "django", "django" if ok else "flask", ok)


def _row(lines: list[str], kind: str) -> list[str]:
    line = next(line for line in lines if line.startswith(f"| {kind} "))
    return [cell.strip() for cell in line.strip("|").split("|")]


def test_held_out_sets_are_summed_in_one_column_after_dev() -> None:
    lines = _table(
        [
            _outcome("dev", "terse", True),
            _outcome(FIRST_UNSEEN, "terse", True),
            _outcome(SECOND_UNSEEN, "terse", False),
            _outcome(SECOND_UNSEEN, "thread turn", True),
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
            _outcome(LAST_RETIRED, "terse", True),
            _outcome(FIRST_UNSEEN, "terse", True),
        ]
    )
    header = [cell.strip() for cell in lines[0].strip("|").split("|")]
    assert header[1:3] == ["**all held-out**", f"analysed (retired 1–{_RETIRED_UP_TO})"]
    assert _row(lines, "terse")[1:3] == ["1/1 (100%)", "1/2 (50%)"]
