#!/usr/bin/env python3
"""How far the two missed targets are from what passage matching reaches, on the same splits.

- PAN, a sentence-attribution oracle for the summaries: told where each summary starts and ends,
  it pairs each summary sentence with the source sentence sharing the most content stems (at
  least --shared), and its detection covers the source from the first paired sentence to the
  last. Scored overall with the binary's detections in the other categories and with perfect
  ones; and, for contrast, perfect summary detections with the binary's elsewhere, and the
  binary's summaries with perfect detections elsewhere.
- PAN, what 0.88 overall asks of the summaries: the summary plagdet needed even when every other
  case is detected perfectly (worked out from the case counts).
- PAN and the sample, "seed and extend" (what the PAN winners do): each detection grows sentence
  by sentence while the next sentence shares enough content stems (3, Dice 0.2) with a sentence
  of the other document near the detection, and detections near each other merge. Scored on PAN,
  and shown on every pair of sample articles: how far each statement would grow.
- MRPC: the best single threshold on the smaller share of its sentence a statement's passages
  cover, applied after `statements` (such a filter can only drop statements the binary found);
  the best threshold on content-word Dice, with no matcher; and what a classifier trained on the
  split reaches (logistic regression, 10-fold cross-validation, eval/classifier.py), on
  whole-sentence features alone and with the binary's output among them.

Sentences are split crudely (at . ! ? and line ends, so "Gen." ends one): enough for estimates.
Python 3 standard library; reuses evaluate.py. Prints the figures EVALUATION.md quotes.
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import classifier
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


def content_stems(text: str) -> list[str]:
    """The crude stems of the content words of `text`: letters only, not function words, longer
    than two letters."""
    return [
        stem(word)
        for word in re.findall(r"[A-Za-z]+", text)
        if word.lower() not in FUNCTION_WORDS and len(word) > 2
    ]


def dice(first: set[str], second: set[str]) -> float:
    """The Dice coefficient of two sets of stems."""
    return 2 * len(first & second) / (len(first) + len(second)) if first or second else 0.0


def sentences(text: str) -> list[tuple[int, int, set[str]]]:
    """(start, end, content stems) of each sentence of `text`."""
    found = []
    for match in re.finditer(r"[^.!?\n]+[.!?]?", text):
        stems = set(content_stems(match.group(0)))
        if stems:
            found.append((match.start(), match.end(), stems))
    return found


def summary_oracle(root: Path, case: evaluate.Annotation, shared: int) -> list[evaluate.Annotation]:
    """A sentence-attribution oracle's detection of a summary case: told where the summary is, it
    pairs each summary sentence with the source sentence sharing the most content stems (at least
    `shared`), and covers the source from the first paired sentence to the last."""
    suspicious, source = case.pair
    summary = (root / "susp" / suspicious).read_text(encoding="utf-8")[case.this[0] : case.this[1]]
    source_sentences = sentences((root / "src" / source).read_text(encoding="utf-8"))
    attributed = []
    for _, _, stems in sentences(summary):
        best = max(source_sentences, key=lambda sentence: len(sentence[2] & stems), default=None)
        if best and len(best[2] & stems) >= shared:
            attributed.append(best)
    if not attributed:
        return []
    stretch = (min(s[0] for s in attributed), max(s[1] for s in attributed))
    return [evaluate.Annotation(case.pair, case.this, stretch)]


@dataclass
class PanPair:
    """One PAN document pair: its category, cases, texts and the binary's detections."""

    category: str
    cases: list[evaluate.Annotation]
    texts: tuple[str, str]
    detections: list[evaluate.Annotation]


SUMMARY = "05-summary-obfuscation"


def run_pan(runner: evaluate.Runner, root: Path, jobs: int) -> list[PanPair]:
    """The binary's detections on every PAN pair, with the cases and both texts."""

    def run(item):
        category, suspicious, source, _ = item
        texts = tuple(
            (root / folder / name).read_text(encoding="utf-8", errors="replace")
            for folder, name in (("susp", suspicious), ("src", source))
        )
        return PanPair(
            category,
            evaluate.read_pan_cases(root / category, suspicious, source),
            texts,
            evaluate.statement_detections(
                runner, root / "susp" / suspicious, root / "src" / source, (suspicious, source)
            ),
        )

    return evaluate.parallel(run, evaluate.pan_pairs(root), jobs)


def scored(name: str, score: evaluate.PanScore) -> str:
    """One line of the report for a PAN score."""
    return (
        f"PAN, {name}: plagdet {score.plagdet:.3f} (precision {score.precision:.3f}, "
        f"recall {score.recall:.3f}, granularity {score.granularity:.3f})"
    )


def summary_figures(pairs: list[PanPair], root: Path, shared: int) -> list[str]:
    """PAN overall with the summaries detected by the oracle, by the binary or perfectly, and the
    other categories by the binary or perfectly; and the summary plagdet 0.88 overall needs."""
    cases = [case for pair in pairs for case in pair.cases]
    summary_cases = [case for pair in pairs if pair.category == SUMMARY for case in pair.cases]
    oracle = [d for case in summary_cases for d in summary_oracle(root, case, shared)]
    ours = [d for pair in pairs if pair.category != SUMMARY for d in pair.detections]
    perfect = [case for pair in pairs if pair.category != SUMMARY for case in pair.cases]
    binary_summaries = [d for pair in pairs if pair.category == SUMMARY for d in pair.detections]
    return [
        scored("summaries alone, by the oracle", evaluate.pan_score(summary_cases, oracle)),
        scored("oracle summaries + the binary elsewhere", evaluate.pan_score(cases, oracle + ours)),
        scored("oracle summaries + perfect elsewhere", evaluate.pan_score(cases, oracle + perfect)),
        scored(
            "perfect summaries + the binary elsewhere",
            evaluate.pan_score(cases, summary_cases + ours),
        ),
        scored(
            "the binary's summaries + perfect elsewhere",
            evaluate.pan_score(cases, binary_summaries + perfect),
        ),
        f"PAN, summary plagdet needed for 0.88 overall even with perfect detections elsewhere: "
        f"{summary_plagdet_needed(len(perfect), len(summary_cases), 0.88):.3f}",
    ]


def summary_plagdet_needed(other_cases: int, summary_cases: int, target: float) -> float:
    """The summary plagdet an overall plagdet of `target` needs when every other case is detected
    perfectly and the summary detections are at their best apart from recall (precision 1,
    granularity 1). Then plagdet is 2R / (1 + R) for the overall macro recall R, the case-weighted
    mean of 1 (other cases) and the summaries' recall r; so R must reach target / (2 - target)."""
    overall_recall = target / (2 - target)
    recall = (overall_recall * (other_cases + summary_cases) - other_cases) / summary_cases
    return 2 * recall / (1 + recall)


def best_partner(stems: set[str], others, window: range) -> int | None:
    """The sentence in `window` of `others` sharing the most content stems with `stems`, when it
    shares at least 3 and a Dice coefficient of 0.2."""
    best, best_index = (0, 0.0), None
    for index in window:
        shared = len(stems & others[index][2])
        score = (shared, dice(stems, others[index][2]))
        if shared >= 3 and score[1] >= 0.2 and score > best:
            best, best_index = score, index
    return best_index


def extended(
    this: list[tuple[int, int, set[str]]],
    source: list[tuple[int, int, set[str]]],
    detection: evaluate.Annotation,
) -> evaluate.Annotation:
    """`detection` grown sentence by sentence, as seed-and-extend systems grow their seeds: every
    sentence of the suspicious side takes its best partner among the source sentences near the
    detection, and up to 6 sentences on either side join while they have one."""

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
    """Detections of one document pair at most `gap` characters apart in both documents, merged
    into one."""

    def near(a: tuple[int, int], b: tuple[int, int]) -> bool:
        return a[0] <= b[1] + gap and b[0] <= a[1] + gap

    def touching(first: evaluate.Annotation, second: evaluate.Annotation) -> bool:
        return (
            first.pair == second.pair
            and near(first.this, second.this)
            and near(first.source, second.source)
        )

    result: list[evaluate.Annotation] = []
    for detection in detections:
        while partner := next((other for other in result if touching(other, detection)), None):
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


def extension_figures(pairs: list[PanPair]) -> list[str]:
    """PAN with the binary's detections extended and merged."""
    cases = [case for pair in pairs for case in pair.cases]
    grown = []
    for pair in pairs:
        split = [sentences(text) for text in pair.texts]
        grown += merged([extended(*split, d) for d in pair.detections], 1000)
    return [scored("the binary's detections extended and merged", evaluate.pan_score(cases, grown))]


def sample_growth(runner: evaluate.Runner) -> list[str]:
    """How far each statement of every pair of sample articles would grow by extension."""
    lines = []
    articles = sorted((evaluate.ROOT / "Articles").glob("*.txt"))
    for first, second in itertools.combinations(articles, 2):
        split = [sentences(path.read_text(encoding="utf-8")) for path in (first, second)]
        for detection in evaluate.statement_detections(
            runner, first, second, (first.name, second.name)
        ):
            grown = extended(*split, detection)
            sides = ((detection.this, grown.this), (detection.source, grown.source))
            sizes = [before[1] - before[0] for before, _ in sides]
            growth = [(after[1] - after[0]) / size for (_, after), size in zip(sides, sizes)]
            lines.append(
                f"sample {first.name[:3]} and {second.name[:3]}: a statement of "
                f"{sizes[0]} and {sizes[1]} characters grows "
                f"{growth[0]:.1f} and {growth[1]:.1f} times"
            )
    return lines


@dataclass
class MrpcPair:
    """One MRPC sentence pair: the gold label, both sentences, and what the binary reported."""

    gold: bool
    sentences: tuple[str, str]
    output: dict
    sizes: dict[str, int]


def run_mrpc(runner: evaluate.Runner, root: Path, scratch: Path, jobs: int) -> list[MrpcPair]:
    """The binary's output on every MRPC pair, each sentence written to a file of its own."""
    rows = evaluate.mrpc_rows(root)

    def run(item):
        index, row = item
        paths = evaluate.write_pair(scratch / f"mrpc{index}", row[3], row[4])
        sizes = {str(path): path.stat().st_size for path in paths}
        return MrpcPair(row[0] == "1", (row[3], row[4]), runner.statements(*paths), sizes)

    return evaluate.parallel(run, list(enumerate(rows)), jobs)


def two_sided(pair: MrpcPair) -> list[dict]:
    """The statements with passages in both sentences: the binary's "same statement"."""
    return [
        statement
        for statement in pair.output["statements"]
        if len({passage["path"] for passage in statement["passages"]}) == 2
    ]


def covered_share(pair: MrpcPair) -> float:
    """The smaller share of its sentence (in bytes) the best two-sided statement covers; 0 when
    there is none."""
    best = 0.0
    for ranges in evaluate.passages_by_path(pair.output):
        if len(ranges) == 2:
            shares = [
                sum(end - start for start, end in found) / pair.sizes[path]
                for path, found in ranges.items()
            ]
            best = max(best, min(shares))
    return best


def lexical_features(first: str, second: str) -> list[float]:
    """Whole-sentence features without the matcher: Dice and overlap of content stems and
    numbers, length ratio, whether the numbers differ, and the larger share of a sentence's
    content stems and numbers the other sentence lacks."""
    numbers = [re.findall(r"[0-9][0-9.,]*[0-9]|[0-9]", text) for text in (first, second)]
    stems = [content_stems(first) + numbers[0], content_stems(second) + numbers[1]]
    sets = [set(found) for found in stems]
    shared = len(sets[0] & sets[1])
    lengths = [len(re.findall(r"\w+", text)) for text in (first, second)]
    unique = [
        sum(word not in sets[1 - side] for word in stems[side]) / max(1, len(stems[side]))
        for side in (0, 1)
    ]
    return [
        dice(sets[0], sets[1]),
        shared / max(1, len(sets[0]), len(sets[1])),
        shared / max(1, min(len(sets[0]), len(sets[1]))),
        min(lengths) / max(1, max(lengths)),
        float(set(numbers[0]) != set(numbers[1])),
        max(unique),
    ]


def statement_features(pair: MrpcPair) -> list[float]:
    """What the binary reported: a statement in both sentences or not, the share it covers, and,
    over the words of both sentences, its words by drift (same; variant, inflection or synonym;
    reworded; moved; added), its omitted stretches and its meaning flags."""
    words = max(1, sum(len(re.findall(r"\w+", text)) for text in pair.sentences))
    counts = dict.fromkeys(("same", "similar", "reworded", "moved", "added", "omitted", "flags"), 0)
    statements = two_sided(pair)
    for statement in statements:
        for passage in statement["passages"]:
            counts["omitted"] += len(passage["omitted"])
            counts["flags"] += len(passage["flags"])
            for word in passage["words"]:
                kind = word["drift"]
                counts["similar" if kind in ("variant", "inflection", "synonym") else kind] += 1
    return [float(bool(statements)), covered_share(pair)] + [
        count / words for count in counts.values()
    ]


def best_threshold(scores: list[float], labels: list[bool]) -> tuple[float, float]:
    """The threshold on `scores` (a hundredth apart) whose "yes at or above" is most accurate,
    and that accuracy."""

    def accuracy(threshold: float) -> float:
        right = sum((score >= threshold) == gold for score, gold in zip(scores, labels))
        return right / len(labels)

    threshold = max((t / 100 for t in range(1, 101)), key=accuracy)
    return threshold, accuracy(threshold)


def mrpc_figures(pairs: list[MrpcPair]) -> list[str]:
    """MRPC accuracy as the binary decides; with the best threshold on the share each statement
    covers; with the best threshold on the Dice of content stems and numbers (no matcher); and by
    logistic regressions trained on the split (10-fold cross-validation), on whole-sentence
    features alone and with the binary's output added. Thresholds are picked on the whole split."""
    labels = [pair.gold for pair in pairs]
    decided = sum(bool(two_sided(pair)) == pair.gold for pair in pairs) / len(pairs)
    share_threshold, share_accuracy = best_threshold([covered_share(p) for p in pairs], labels)
    lexical = [lexical_features(*pair.sentences) for pair in pairs]
    dice_threshold, dice_accuracy = best_threshold([row[0] for row in lexical], labels)
    combined = [row + statement_features(pair) for row, pair in zip(lexical, pairs)]
    trained = classifier.cross_validated_accuracy(lexical, labels)
    trained_with_ours = classifier.cross_validated_accuracy(combined, labels)
    return [
        f"MRPC, as the binary decides: accuracy {decided:.3f}; always yes "
        f"{sum(labels) / len(labels):.3f}",
        f"MRPC, best threshold on the covered share ({share_threshold:.2f} of each sentence): "
        f"accuracy {share_accuracy:.3f}",
        f"MRPC, best threshold on the Dice of content stems and numbers, no matcher "
        f"({dice_threshold:.2f}): "
        f"accuracy {dice_accuracy:.3f}",
        f"MRPC, logistic regression trained on {len(lexical[0])} whole-sentence features "
        f"(10-fold cross-validation): accuracy {trained:.3f}",
        f"MRPC, the same with the binary's {len(combined[0]) - len(lexical[0])} statement features "
        f"added: accuracy {trained_with_ours:.3f}",
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
        root = arguments.data / "pan13-text-alignment-train"
        pairs = run_pan(runner, root, arguments.jobs)
        report = summary_figures(pairs, root, arguments.shared)
        report += extension_figures(pairs)
        report += sample_growth(runner)
        mrpc = run_mrpc(runner, arguments.data / "mrpc-train", Path(scratch), arguments.jobs)
        report += mrpc_figures(mrpc)
    print("\n".join(report))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except (RuntimeError, OSError) as error:
        print(f"ceiling: {error}", file=sys.stderr)
        sys.exit(1)
