"""Repair accuracy on real Czech news: corrupt it as the seeds were, repair it, score it.

Uses the team's tools and data beside the repository (../shared): corrupt.py damages the
dev set exactly as seeds 000 and 001 were damaged, `reader repair --out` repairs every file,
and score.py compares the result with the original. The clean dev set goes through the same
command and must come back byte-identical. Targets: at least 99.95% of words exact and no
untouched word changed.
"""

from __future__ import annotations

import filecmp
import json
import subprocess
import sys
import tempfile
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
TOOLS = SHARED / "tools"
DEV_SET = SHARED / "data" / "czech-dev"
WORD_ACCURACY_TARGET = 99.95


def repair_folder(source: Path, out: Path) -> None:
    """Run `reader repair --out` on every .txt file of `source`."""
    files = sorted(str(path) for path in source.glob("*.txt"))
    command = [sys.executable, "-m", "reader", "repair", "--out", str(out), *files]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)


def main() -> int:
    """Print the accuracy figures; exit 1 when a target is missed."""
    if not DEV_SET.is_dir():
        print(f"no dev set at {DEV_SET}: nothing to measure")
        return 1
    with tempfile.TemporaryDirectory() as work:
        corrupted, repaired, clean = Path(work, "corrupted"), Path(work, "repaired"), Path(work)
        corrupted.mkdir()
        subprocess.run(
            [sys.executable, str(TOOLS / "corrupt.py"), str(DEV_SET), str(corrupted)], check=True
        )
        repair_folder(corrupted, repaired)
        scored = subprocess.run(
            [sys.executable, str(TOOLS / "score.py"), str(DEV_SET), str(repaired), "--json"],
            check=True,
            capture_output=True,
            text=True,
        )
        repair_folder(DEV_SET, clean / "clean")
        names = [path.name for path in sorted(DEV_SET.glob("*.txt"))]
        _, mismatched, errors = filecmp.cmpfiles(DEV_SET, clean / "clean", names, shallow=False)
    figures = json.loads(scored.stdout)
    word_accuracy = 100 * figures["word_accuracy"]
    print(f"documents {figures['docs']}, repaired exactly {figures['docs_exact']}")
    print(f"words {figures['words']}, wrong {figures['word_errors']}")
    print(f"words the damage touched: accuracy {100 * figures['touched_accuracy']:.3f}%")
    unchanged = not mismatched and not errors
    print(f"word accuracy {word_accuracy:.3f}% (target ≥ {WORD_ACCURACY_TARGET}%)")
    print(f"untouched words changed wrongly: {figures['changed_wrongly']} (target 0)")
    print(f"clean dev set byte-identical: {unchanged} ({len(mismatched) + len(errors)} differ)")
    met = word_accuracy >= WORD_ACCURACY_TARGET and figures["changed_wrongly"] == 0 and unchanged
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
