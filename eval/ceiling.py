#!/usr/bin/env python3
"""How far the two missed targets are from what passage matching can reach, on the same splits.

- PAN: an oracle for the summaries. Each summary sentence is attributed to the source sentence
  sharing the most content stems with it (at least --shared), told where the summary starts and
  ends; the detection is the summary and the stretch of the source from the first attributed
  sentence to the last. It is scored overall twice: with the binary's own detections in the other
  categories, and with perfect ones there.
- MRPC: the best single threshold on the smaller share of its sentence a statement's passages
  cover, applied after `statements` (a filter can only drop statements the binary found).

Python 3 standard library; reuses evaluate.py. Prints the figures EVALUATION.md quotes.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

import evaluate

FUNCTION_WORDS = set(
    """a an the of to in on for and or but is are was were be been being has have had it its this
    that these those with by at from as he she they we you i his her their our not no will would
    can could said says also which who whom whose what when where there than then so if into
    about over after before more most some any all one two""".split()
)


def stem(word: str) -> str:
    """A crude suffix stripper: enough to pair "hurricanes" with "hurricane" in an estimate."""
    word = word.lower()
    for suffix in ("ations", "ation", "ings", "ing", "ies", "ed", "es", "s", "ly"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


def sentences(text: str) -> list[tuple[int, int, set[str]]]:
    """(start, end, content stems) of each sentence of `text`."""
    found = []
    for match in re.finditer(r"[^.!?\n]+[.!?]?", text):
        stems = {
            stem(word)
            for word in re.findall(r"[A-Za-z]+", match.group(0))
            if word.lower() not in FUNCTION_WORDS and len(word) > 2
        }
        if stems:
            found.append((match.start(), match.end(), stems))
    return found


def summary_oracle(root: Path, case: evaluate.Annotation, shared: int) -> list[evaluate.Annotation]:
    suspicious, source = case.pair
    summary = (root / "susp" / suspicious).read_text(encoding="utf-8")[case.this[0] : case.this[1]]
    source_sentences = sentences((root / "src" / source).read_text(encoding="utf-8"))
    attributed = []
    for _, _, stems in sentences(summary):
        best = max(source_sentences, key=lambda sentence: len(sentence[2] & stems))
        if len(best[2] & stems) >= shared:
            attributed.append(best)
    if not attributed:
        return []
    stretch = (min(s[0] for s in attributed), max(s[1] for s in attributed))
    return [evaluate.Annotation(case.pair, case.this, stretch)]


def pan_ceiling(runner: evaluate.Runner, root: Path, shared: int, jobs: int) -> list[str]:
    work = []
    for category in evaluate.PAN_CATEGORIES:
        lines = (root / category / "pairs").read_text().split("\n")
        work += [(category, *line.split()) for line in lines if line.strip()]

    def run(item):
        category, suspicious, source = item
        cases = evaluate.read_pan_cases(root / category, suspicious, source)
        return category, cases, evaluate.pan_detections(runner, root, suspicious, source)

    results = evaluate.parallel(run, work, jobs)
    summary = "05-summary-obfuscation"
    cases = [case for _, found, _ in results for case in found]
    summary_cases = [
        case for category, found, _ in results if category == summary for case in found
    ]
    oracle = [d for case in summary_cases for d in summary_oracle(root, case, shared)]
    ours = [d for category, _, found in results if category != summary for d in found]
    perfect = [case for category, found, _ in results if category != summary for case in found]
    lines = []
    for name, others in (("the binary's own", ours), ("perfect", perfect)):
        score = evaluate.pan_score(cases, oracle + others)
        lines.append(
            f"PAN, oracle summaries + {name} detections elsewhere: plagdet {score.plagdet:.3f} "
            f"(precision {score.precision:.3f}, recall {score.recall:.3f}, "
            f"granularity {score.granularity:.3f})"
        )
    alone = evaluate.pan_score(summary_cases, oracle)
    lines.append(f"PAN summaries, oracle: plagdet {alone.plagdet:.3f} (recall {alone.recall:.3f})")
    return lines


def mrpc_ceiling(runner: evaluate.Runner, root: Path, scratch: Path, jobs: int) -> list[str]:
    lines = (root / "msr_paraphrase_train.txt").read_text(encoding="utf-8-sig").split("\n")[1:]
    rows = [line.split("\t") for line in lines if line.strip()]

    def run(item):
        index, row = item
        paths = evaluate.write_pair(scratch / f"mrpc{index}", row[3], row[4])
        output = runner.statements(*paths)
        sizes = {str(path): path.stat().st_size for path in paths}
        best = 0.0
        for ranges in evaluate.passages_by_path(output):
            if len(ranges) == 2:
                shares = [
                    sum(end - start for start, end in found) / sizes[path]
                    for path, found in ranges.items()
                ]
                best = max(best, min(shares))
        return row[0] == "1", best

    results = evaluate.parallel(run, list(enumerate(rows)), jobs)
    found = list(results)

    def accuracy(threshold: float) -> float:
        return sum((share > 0 and share >= threshold) == gold for gold, share in found) / len(found)

    threshold = max((t / 100 for t in range(0, 100)), key=accuracy)
    always = sum(gold for gold, _ in found) / len(found)
    return [
        f"MRPC, as the binary decides: accuracy {accuracy(0):.3f}; always yes {always:.3f}",
        f"MRPC, best share filter ({threshold:.2f} of each sentence): "
        f"accuracy {accuracy(threshold):.3f}",
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", type=Path, default=evaluate.ROOT / ".build/release/quotedrift")
    parser.add_argument("--data", type=Path, default=evaluate.ROOT.parent / "shared/eval")
    parser.add_argument("--shared", type=int, default=3, help="content stems an attribution needs")
    parser.add_argument("--jobs", type=int, default=2)
    arguments = parser.parse_args()
    for needed in (arguments.binary, arguments.data):
        if not needed.exists():
            print(f"ceiling: {needed}: not found", file=sys.stderr)
            return 1
    with tempfile.TemporaryDirectory(prefix="quotedrift-ceiling-") as scratch:
        runner = evaluate.Runner(arguments.binary, None, Path(scratch))
        report = pan_ceiling(
            runner, arguments.data / "pan13-text-alignment-train", arguments.shared, arguments.jobs
        )
        report += mrpc_ceiling(runner, arguments.data / "mrpc-train", Path(scratch), arguments.jobs)
    print("\n".join(report))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except (RuntimeError, OSError) as error:
        print(f"ceiling: {error}", file=sys.stderr)
        sys.exit(1)
