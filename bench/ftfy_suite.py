"""ftfy's own test cases: the reader's repair beside `ftfy.fix_encoding`.

Uses the copy of ftfy's suite beside the repository (../shared/data/ftfy-cases). A case is
right when the result is its `fixed-encoding` text (or `fixed`, when it has none). Cases
whose expected text is the original must stay byte-identical: changing one is harm. The
reader repairs as `reader repair` does, with and without `--diacritics`. Targets: right in
every case ftfy gets right, and no must-stay text changed. `-v` lists the cases missed.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import ftfy

from reader.data import repair_file_text

SHARED = Path(__file__).resolve().parents[2] / "shared"
CASES = SHARED / "data" / "ftfy-cases"
FILES = ("in-the-wild", "synthetic", "negative", "language-names", "known-failures")


@dataclass(frozen=True)
class Case:
    """One test case of ftfy's suite."""

    group: str
    label: str
    original: str
    expected: str
    ftfy_passes: bool
    """ftfy's own verdict: `expect` is "pass" (known failures are "fail")."""

    @property
    def must_stay(self) -> bool:
        """Whether the text is correct as it is."""
        return self.expected == self.original


def read_cases() -> list[Case]:
    """Every case of the suite, in file order."""
    cases = []
    for group in FILES:
        for case in json.loads((CASES / f"{group}.json").read_text(encoding="utf-8")):
            expected = case.get("fixed-encoding", case["fixed"])
            passes = case["expect"] == "pass"
            cases.append(Case(group, case["label"], case["original"], expected, passes))
    return cases


def repairs() -> dict[str, Callable[[str], str]]:
    """The repairs compared, by name."""
    return {
        "ftfy.fix_encoding": ftfy.fix_encoding,
        "reader repair": lambda text: repair_file_text(text, restore=False).text,
        "reader repair --diacritics": lambda text: repair_file_text(text, restore=True).text,
    }


def main() -> int:
    """Print the table; exit 1 when a target is missed."""
    if not CASES.is_dir():
        print(f"no ftfy cases at {CASES}: nothing to measure")
        return 1
    verbose = "-v" in sys.argv[1:]
    cases = read_cases()
    damaged = [case for case in cases if case.ftfy_passes and not case.must_stay]
    stay = [case for case in cases if case.must_stay]
    bonus = [case for case in cases if not case.ftfy_passes and not case.must_stay]
    outputs = {
        name: [repair(case.original) for case in cases] for name, repair in repairs().items()
    }
    print(
        f"ftfy's suite: {len(damaged)} damaged cases ftfy passes, {len(stay)} must stay, "
        f"{len(bonus)} known failures"
    )
    print(f"| {'repair':<28} | right (of ftfy's) | must-stay changed | known failures right |")
    print(f"| {'-' * 28} | ---: | ---: | ---: |")
    met = True
    ftfy_right = {
        i for i, case in enumerate(cases) if outputs["ftfy.fix_encoding"][i] == case.expected
    }
    for name, results in outputs.items():
        by_case = dict(zip(map(id, cases), results, strict=True))
        right = sum(by_case[id(case)] == case.expected for case in damaged)
        harmed = sum(by_case[id(case)] != case.original for case in stay)
        extra = sum(by_case[id(case)] == case.expected for case in bonus)
        print(
            f"| {name:<28} | {right} of {len(damaged)} | {harmed} of {len(stay)} "
            f"| {extra} of {len(bonus)} |"
        )
        if name != "ftfy.fix_encoding":
            missed = [i for i in ftfy_right if results[i] != cases[i].expected]
            met = met and not missed and not harmed
            if verbose:
                for index in sorted(missed):
                    case = cases[index]
                    print(f"  {name} missed {case.group}: {case.label}")
                    print(
                        f"    {case.original!r}\n    → {results[index]!r}\n    ≠ {case.expected!r}"
                    )
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
