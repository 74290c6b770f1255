#!/usr/bin/env python3
"""How far the two missed targets are from what passage matching can reach, on the same splits.

- PAN: an oracle for the summaries. Each summary sentence is attributed to the source sentence
  sharing the most content stems with it (at least --shared), told where the summary starts and
  ends; the detection is the summary and the stretch of the source from the first attributed
  sentence to the last. It is scored overall twice: with the binary's own detections in the other
  categories, and with perfect ones there.
- PAN and the sample, "seed and extend" (what the PAN winners do): each detection grows sentence
  by sentence while the next sentence shares enough content stems (3, Dice 0.2) with a sentence
  of the other document near the detection, and detections near each other merge. Scored on PAN,
  and shown on every pair of sample articles: how far each statement would grow.
- MRPC: the best single threshold on the smaller share of its sentence a statement's passages
  cover, applied after `statements` (a filter can only drop statements the binary found).

Python 3 standard library; reuses evaluate.py. Prints the figures EVALUATION.md quotes.
"""

from __future__ import annotations

import argparse
import itertools
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
    def run(item):
        category, suspicious, source = item
        cases = evaluate.read_pan_cases(root / category, suspicious, source)
        return category, cases, evaluate.pan_detections(runner, root, suspicious, source)

    results = evaluate.parallel(run, evaluate.pan_pairs(root), jobs)
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


def best_partner(stems: set[str], others, window: range) -> int | None:
    """The sentence in `window` of `others` sharing the most content stems with `stems`, when it
    shares at least 3 and a Dice coefficient of 0.2."""
    best, best_index = (0, 0.0), None
    for index in window:
        shared = len(stems & others[index][2])
        score = (shared, 2 * shared / (len(stems) + len(others[index][2])))
        if shared >= 3 and score[1] >= 0.2 and score > best:
            best, best_index = score, index
    return best_index


def extended(this_text: str, source_text: str, detection: evaluate.Annotation):
    """`detection` grown sentence by sentence, as seed-and-extend systems grow their seeds: every
    sentence of the suspicious side takes its best partner among the source sentences near the
    detection, and up to 6 sentences on either side join while they have one."""
    this, source = sentences(this_text), sentences(source_text)

    def inside(spans, stretch):
        found = [
            i for i, (start, end, _) in enumerate(spans) if end > stretch[0] and start < stretch[1]
        ]
        return (found[0], found[-1]) if found else None

    this_range, source_range = inside(this, detection.this), inside(source, detection.source)
    if not this_range or not source_range:
        return detection
    (low, high), (source_low, source_high) = this_range, source_range
    window = range(max(0, source_low - 60), min(len(source), source_high + 61))
    for index in range(low, high + 1):
        partner = best_partner(this[index][2], source, window)
        if partner is not None:
            source_low, source_high = min(source_low, partner), max(source_high, partner)
    for step in (-1, 1):
        for _ in range(6):
            index = low - 1 if step < 0 else high + 1
            if not 0 <= index < len(this):
                break
            partner = best_partner(this[index][2], source, window)
            if partner is None:
                break
            low, high = (index, high) if step < 0 else (low, index)
            source_low, source_high = min(source_low, partner), max(source_high, partner)
    return evaluate.Annotation(
        detection.pair,
        (min(detection.this[0], this[low][0]), max(detection.this[1], this[high][1])),
        (
            min(detection.source[0], source[source_low][0]),
            max(detection.source[1], source[source_high][1]),
        ),
    )


def merged(detections: list[evaluate.Annotation], gap: int) -> list[evaluate.Annotation]:
    """Detections at most `gap` characters apart in both documents, merged into one."""

    def near(a, b):
        return a[0] <= b[1] + gap and b[0] <= a[1] + gap

    result: list[evaluate.Annotation] = []
    for detection in detections:
        def touches(other):
            return near(other.this, detection.this) and near(other.source, detection.source)

        while partner := next((other for other in result if touches(other)), None):
            result.remove(partner)
            detection = evaluate.Annotation(
                detection.pair,
                (min(partner.this[0], detection.this[0]), max(partner.this[1], detection.this[1])),
                (
                    min(partner.source[0], detection.source[0]),
                    max(partner.source[1], detection.source[1]),
                ),
            )
        result.append(detection)
    return result


def extension_figures(runner: evaluate.Runner, data: Path, jobs: int) -> list[str]:
    root = data / "pan13-text-alignment-train"
    def run(item):
        category, suspicious, source = item
        cases = evaluate.read_pan_cases(root / category, suspicious, source)
        texts = [
            (root / folder / name).read_text(encoding="utf-8", errors="replace")
            for folder, name in (("susp", suspicious), ("src", source))
        ]
        detections = evaluate.pan_detections(runner, root, suspicious, source)
        grown = [extended(*texts, detection) for detection in detections]
        return cases, merged(grown, 1000)

    results = evaluate.parallel(run, evaluate.pan_pairs(root), jobs)
    score = evaluate.pan_score(
        [c for cases, _ in results for c in cases], [d for _, found in results for d in found]
    )
    lines = [
        f"PAN, the binary's detections extended and merged: plagdet {score.plagdet:.3f} "
        f"(precision {score.precision:.3f}, recall {score.recall:.3f}, "
        f"granularity {score.granularity:.3f})"
    ]
    articles = sorted((evaluate.ROOT / "Articles").glob("*.txt"))
    for first, second in itertools.combinations(articles, 2):
        output = runner.statements(first, second)
        texts = [path.read_text(encoding="utf-8") for path in (first, second)]
        offsets = [evaluate.character_offsets(path.read_bytes()) for path in (first, second)]
        for ranges in evaluate.passages_by_path(output):
            found = [ranges.get(str(path)) for path in (first, second)]
            if not all(found):
                continue
            hulls = [
                (table[min(s for s, _ in spans)], table[max(e for _, e in spans)])
                for table, spans in zip(offsets, found)
            ]
            detection = evaluate.Annotation((first.name, second.name), hulls[0], hulls[1])
            grown = extended(*texts, detection)
            sides = ((detection.this, grown.this), (detection.source, grown.source))
            growth = [(after[1] - after[0]) / (before[1] - before[0]) for before, after in sides]
            lines.append(
                f"sample {first.name[:3]} and {second.name[:3]}: a statement of "
                f"{hulls[0][1] - hulls[0][0]} and {hulls[1][1] - hulls[1][0]} characters grows "
                f"{growth[0]:.1f} and {growth[1]:.1f} times"
            )
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
        report += extension_figures(runner, arguments.data, arguments.jobs)
        report += mrpc_ceiling(runner, arguments.data / "mrpc-train", Path(scratch), arguments.jobs)
    print("\n".join(report))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except (RuntimeError, OSError) as error:
        print(f"ceiling: {error}", file=sys.stderr)
        sys.exit(1)
