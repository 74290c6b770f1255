#!/usr/bin/env python3
"""Measure quotedrift on the public training splits in ../shared/eval and write EVALUATION.md.

Runs the real binary on every pair of every data set, the way a user would, and scores what it
reports against the ground truth, on fixed tuning and report halves:

- PAN 2013 text alignment: the regions of `quotedrift reuse --format json` against the cases,
  character-level macro precision and recall, granularity and plagdet (Potthast et al. 2010),
  overall and per obfuscation category, and the no-plagiarism pairs with any detection.
- MRPC (`statements`): a pair is "the same statement" exactly when a statement has passages in
  both sentences and the paraphrase model calls its versions the same statement; accuracy,
  precision, recall and F1 of that decision.
- Article extraction (60 saved web pages): `quotedrift articles --format json --with-text` on
  each page, its body scored with the benchmark's own 4-token shingle measure (see
  extraction.py), on the fixed tuning half, the report half and all pages.
- SemEval-2016 headlines: the word alignment inside matched passages against the gold chunk
  alignments (aligned token pairs), and the words marked changed against the gold's non-EQUI and
  unaligned tokens.

Python 3 standard library only. The data is read in place and never copied.
"""

from __future__ import annotations

import argparse
import bisect
import concurrent.futures
import json
import math
import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from extraction import evaluate_extraction

ROOT = Path(__file__).resolve().parent.parent
PAN_CATEGORIES = [
    "01-no-plagiarism",
    "02-no-obfuscation",
    "03-random-obfuscation",
    "04-translation-obfuscation",
    "05-summary-obfuscation",
]


# Running the binary ---------------------------------------------------------------------------


class Runner:
    """Runs `quotedrift statements --format json` on files and returns the decoded output."""

    def __init__(self, binary: Path, sensitivity: float | None, config_home: Path):
        self.binary = binary
        self.sensitivity = sensitivity
        self.config_home = config_home

    def statements(self, *paths: Path) -> dict:
        """`quotedrift statements --format json` on `paths`."""
        return self.run("statements", *paths)

    def reuse(self, *paths: Path) -> dict:
        """`quotedrift reuse --format json` on `paths`."""
        return self.run("reuse", *paths)

    def run(self, subcommand: str, *paths: Path) -> dict:
        command = [str(self.binary), subcommand, "--format", "json"]
        if self.sensitivity is not None:
            command += ["--sensitivity", str(self.sensitivity)]
        command += [str(path) for path in paths]
        environment = dict(os.environ, XDG_CONFIG_HOME=str(self.config_home))
        result = subprocess.run(command, capture_output=True, env=environment, check=False)
        if result.returncode != 0:
            message = result.stderr.decode("utf-8", "replace").strip()
            raise RuntimeError(f"{' '.join(command)}: exit {result.returncode}: {message}")
        return json.loads(result.stdout)

    def articles(self, *paths: Path) -> dict:
        """`quotedrift articles --format json --with-text` on `paths`."""
        command = [str(self.binary), "articles", "--format", "json", "--with-text"]
        command += [str(path) for path in paths]
        result = subprocess.run(command, capture_output=True, check=False)
        if result.returncode != 0:
            message = result.stderr.decode("utf-8", "replace").strip()
            raise RuntimeError(f"{' '.join(command[:5])} …: exit {result.returncode}: {message}")
        return json.loads(result.stdout)


def passages_by_path(output: dict) -> list[dict[str, list[tuple[int, int]]]]:
    """For each statement, its passages' byte ranges keyed by article path."""
    statements = []
    for statement in output["statements"]:
        ranges: dict[str, list[tuple[int, int]]] = {}
        for passage in statement["passages"]:
            ranges.setdefault(passage["path"], []).append((passage["start"], passage["end"]))
        statements.append(ranges)
    return statements


def parallel(function, items, jobs: int):
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(function, items))


# PAN 2013 -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Annotation:
    """A case or a detection: a span of the suspicious document and one of the source."""

    pair: tuple[str, str]
    this: tuple[int, int]  # [start, end) in characters
    source: tuple[int, int]


def overlap(a: tuple[int, int], b: tuple[int, int]) -> tuple[int, int] | None:
    start, end = max(a[0], b[0]), min(a[1], b[1])
    return (start, end) if start < end else None


def union_length(spans: list[tuple[int, int]]) -> int:
    total, reach = 0, -1
    for start, end in sorted(spans):
        if end <= reach:
            continue
        total += end - max(start, reach)
        reach = end
    return total


def detects(detection: Annotation, case: Annotation) -> bool:
    return (
        detection.pair == case.pair
        and overlap(detection.this, case.this) is not None
        and overlap(detection.source, case.source) is not None
    )


def macro_recall(cases: list[Annotation], detections: list[Annotation]) -> float:
    """Potthast et al.: the mean over cases of the share of their characters detected."""
    if not cases and not detections:
        return 1.0
    if not cases or not detections:
        return 0.0
    total = 0.0
    for case in cases:
        hits = [d for d in detections if detects(d, case)]
        this = union_length([o for d in hits if (o := overlap(d.this, case.this))])
        source = union_length([o for d in hits if (o := overlap(d.source, case.source))])
        size = (case.this[1] - case.this[0]) + (case.source[1] - case.source[0])
        total += (this + source) / size
    return total / len(cases)


def granularity(cases: list[Annotation], detections: list[Annotation]) -> float:
    counts = [sum(detects(d, case) for d in detections) for case in cases]
    detected = [count for count in counts if count > 0]
    return sum(detected) / len(detected) if detected else 1.0


@dataclass
class PanScore:
    cases: int
    detections: int
    precision: float
    recall: float
    granularity: float

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def plagdet(self) -> float:
        return self.f1 / math.log2(1 + self.granularity)


def pan_score(cases: list[Annotation], detections: list[Annotation]) -> PanScore:
    return PanScore(
        cases=len(cases),
        detections=len(detections),
        precision=macro_recall(detections, cases),
        recall=macro_recall(cases, detections),
        granularity=granularity(cases, detections),
    )


def character_offsets(data: bytes) -> list[int]:
    """For every byte offset, the character (Unicode scalar) offset at or before it."""
    offsets = [0] * (len(data) + 1)
    characters = 0
    for index, byte in enumerate(data):
        offsets[index] = characters
        if byte & 0xC0 != 0x80:
            characters += 1
    offsets[len(data)] = characters
    return offsets


def read_pan_cases(folder: Path, suspicious: str, source: str) -> list[Annotation]:
    name = f"{Path(suspicious).stem}-{Path(source).stem}.xml"
    xml = (folder / name).read_text(encoding="utf-8")
    cases = []
    for feature in re.finditer(r"<feature[^>]*name=\"plagiarism\"[^>]*/>", xml):
        attributes = dict(re.findall(r"(\w+)=\"([^\"]*)\"", feature.group(0)))
        this_start, this_length = int(attributes["this_offset"]), int(attributes["this_length"])
        source_start = int(attributes["source_offset"])
        source_length = int(attributes["source_length"])
        cases.append(
            Annotation(
                (suspicious, source),
                (this_start, this_start + this_length),
                (source_start, source_start + source_length),
            )
        )
    return cases


def pan_detections(runner: Runner, root: Path, suspicious: str, source: str) -> list[Annotation]:
    """The detections of one PAN pair (see ``reuse_detections``)."""
    return reuse_detections(
        runner, root / "susp" / suspicious, root / "src" / source, (suspicious, source)
    )


def reuse_detections(
    runner: Runner, first: Path, second: Path, pair: tuple[str, str]
) -> list[Annotation]:
    """One detection per reuse region `quotedrift reuse` reports between the two files, in
    characters (`this` in `first`, `source` in `second`)."""
    output = runner.reuse(first, second)
    offsets = {str(path): character_offsets(path.read_bytes()) for path in (first, second)}
    found = []
    for region in output["regions"]:
        sides = {region[side]["path"]: region[side] for side in ("first", "second")}
        if set(sides) != {str(first), str(second)}:
            continue
        spans = [
            (offsets[str(path)][sides[str(path)]["start"]], offsets[str(path)][sides[str(path)]["end"]])
            for path in (first, second)
        ]
        found.append(Annotation(pair, spans[0], spans[1]))
    return found


def statement_detections(
    runner: Runner, first: Path, second: Path, pair: tuple[str, str]
) -> list[Annotation]:
    """One detection per statement with passages in both files: the stretch, in characters, its
    passages cover in each (`this` in `first`, `source` in `second`)."""
    output = runner.statements(first, second)
    offsets = {str(path): character_offsets(path.read_bytes()) for path in (first, second)}
    found = []
    for ranges in passages_by_path(output):
        spans = []
        for path in (first, second):
            passages = ranges.get(str(path))
            if not passages:
                break
            table = offsets[str(path)]
            spans.append((table[min(s for s, _ in passages)], table[max(e for _, e in passages)]))
        else:
            found.append(Annotation(pair, spans[0], spans[1]))
    return found


HALVES = ("tune", "report")


def half_of(place: int) -> str:
    """The fixed half an item belongs to, by its place in its data set (its category for PAN):
    even places tune, odd places report. Chosen once; never changed."""
    return HALVES[place % 2]


def pan_pairs(root: Path, limit: int | None = None) -> list[tuple[str, str, str, str]]:
    """(category, suspicious document, source document, half) of every listed pair, `limit` per
    category."""
    work = []
    for category in PAN_CATEGORIES:
        lines = (root / category / "pairs").read_text().split("\n")
        pairs = [tuple(line.split()) for line in lines if line.strip()]
        work += [
            (category, suspicious, source, half_of(place))
            for place, (suspicious, source) in enumerate(pairs[:limit])
        ]
    return work


def pan_half_score(results: list, halves: tuple[str, ...]) -> dict:
    """Per category and overall scores of the results in `halves`, and the share of
    no-plagiarism pairs with any detection."""
    chosen = [r for r in results if r[3] in halves]
    by_category = {}
    all_cases, all_detections = [], []
    for category in PAN_CATEGORIES:
        cases = [c for name, found, _, _ in chosen if name == category for c in found]
        detections = [d for name, _, found, _ in chosen if name == category for d in found]
        by_category[category] = pan_score(cases, detections)
        all_cases += cases
        all_detections += detections
    clean = [found for name, _, found, _ in chosen if name == PAN_CATEGORIES[0]]
    return {
        "pairs": len(chosen),
        "overall": pan_score(all_cases, all_detections),
        "categories": by_category,
        "clean_pairs_detected": ratio(sum(1 for found in clean if found), len(clean)),
    }


def evaluate_pan(runner: Runner, root: Path, jobs: int, limit: int | None) -> dict:
    work = pan_pairs(root, limit)

    def run(item):
        category, suspicious, source, half = item
        cases = read_pan_cases(root / category, suspicious, source)
        return category, cases, pan_detections(runner, root, suspicious, source), half

    started = time.monotonic()
    results = parallel(run, work, jobs)
    seconds = time.monotonic() - started
    scores = {half: pan_half_score(results, (half,)) for half in HALVES}
    scores["all"] = pan_half_score(results, HALVES)
    return {"pairs": len(work), "seconds": seconds, **scores["all"], "halves": scores}


# MRPC -----------------------------------------------------------------------------------------


@dataclass
class Confusion:
    true_positive: int = 0
    false_positive: int = 0
    true_negative: int = 0
    false_negative: int = 0

    def add(self, gold: bool, said: bool):
        if gold and said:
            self.true_positive += 1
        elif said:
            self.false_positive += 1
        elif gold:
            self.false_negative += 1
        else:
            self.true_negative += 1

    @property
    def total(self) -> int:
        return self.true_positive + self.false_positive + self.true_negative + self.false_negative

    @property
    def accuracy(self) -> float:
        return (self.true_positive + self.true_negative) / self.total if self.total else 0.0

    @property
    def precision(self) -> float:
        said = self.true_positive + self.false_positive
        return self.true_positive / said if said else 0.0

    @property
    def recall(self) -> float:
        gold = self.true_positive + self.false_negative
        return self.true_positive / gold if gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def write_pair(folder: Path, first: str, second: str) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = (folder / "first.txt", folder / "second.txt")
    for path, text in zip(paths, (first, second)):
        path.write_text(text + "\n", encoding="utf-8")
    return paths


def mrpc_rows(root: Path, limit: int | None = None) -> list[list[str]]:
    """The first `limit` rows of the MRPC training split: quality, the two ids, the two sentences.
    UTF-8 with a byte-order mark, tab-separated, a header line first."""
    lines = (root / "msr_paraphrase_train.txt").read_text(encoding="utf-8-sig").split("\n")[1:]
    return [line.split("\t") for line in lines if line.strip()][:limit]


def restates(output: dict) -> bool:
    """The decision users see: a statement has passages in both articles, and the paraphrase
    model judges every version the same statement as the reference (`sameStatement` >= 0.5),
    not a part of it."""
    for statement in output["statements"]:
        passages = statement["passages"]
        if len({p["path"] for p in passages}) == 2 and all(
            p["sameStatement"] is None or p["sameStatement"] >= 0.5 for p in passages
        ):
            return True
    return False


def evaluate_mrpc(runner: Runner, root: Path, scratch: Path, jobs: int, limit: int | None) -> dict:
    rows = mrpc_rows(root, limit)

    def run(item):
        index, row = item
        gold, first, second = row[0] == "1", row[3], row[4]
        paths = write_pair(scratch / f"mrpc{index}", first, second)
        return gold, restates(runner.statements(*paths))

    started = time.monotonic()
    results = parallel(run, list(enumerate(rows)), jobs)
    halves = {half: Confusion() for half in (*HALVES, "all")}
    for place, (gold, said) in enumerate(results):
        halves[half_of(place)].add(gold, said)
        halves["all"].add(gold, said)
    return {
        "pairs": len(rows),
        "seconds": time.monotonic() - started,
        "confusion": halves["all"],
        "halves": halves,
    }


# SemEval-2016 headlines -----------------------------------------------------------------------


@dataclass
class HeadlinePair:
    """Two tokenised headlines and the gold alignment between their tokens (1-based)."""

    number: int
    first: list[str]
    second: list[str]
    partners: dict[tuple[int, int], set[int]] = field(default_factory=dict)  # (side, token)
    changed: set[tuple[int, int]] = field(default_factory=set)
    strong: set[tuple[int, int]] = field(default_factory=set)  # aligned with a score of 4 or 5

    @property
    def strong_share(self) -> float:
        """The share of both headlines' tokens the gold aligns with a score of 4 or more."""
        return ratio(len(self.strong), len(self.first) + len(self.second))


def read_headlines(path: Path) -> list[HeadlinePair]:
    text = path.read_text(encoding="utf-8", errors="replace")
    pairs = []
    for match in re.finditer(r"<sentence id=\"(\d+)\"[^>]*>(.*?)</sentence>", text, re.S):
        body = match.group(2)
        sides = []
        for tag in ("source", "translation"):
            block = re.search(rf"<{tag}>\n(.*?)</{tag}>", body, re.S).group(1)
            tokens = [re.match(r"\d+ (.*?) ?:$", line).group(1) for line in block.splitlines()]
            sides.append(tokens)
        pair = HeadlinePair(int(match.group(1)), sides[0], sides[1])
        aligned = set()
        block = re.search(r"<alignment>\n(.*?)</alignment>", body, re.S).group(1)
        for line in block.splitlines():
            chunks, kind, score = line.split(" // ")[0:3]
            left, right = chunks.split(" <==> ")
            firsts = [int(t) for t in left.split() if t != "0"]
            seconds = [int(t) for t in right.split() if t != "0"]
            if kind.startswith("NOALI") or not firsts or not seconds:
                continue
            if score.strip().isdigit() and int(score) >= 4:
                pair.strong.update({(0, t) for t in firsts} | {(1, t) for t in seconds})
            for token in firsts:
                pair.partners.setdefault((0, token), set()).update(seconds)
                aligned.add((0, token))
                if kind != "EQUI":
                    pair.changed.add((0, token))
            for token in seconds:
                pair.partners.setdefault((1, token), set()).update(firsts)
                aligned.add((1, token))
                if kind != "EQUI":
                    pair.changed.add((1, token))
        for side, tokens in enumerate(sides):
            for token in range(1, len(tokens) + 1):
                if (side, token) not in aligned:
                    pair.changed.add((side, token))
        pairs.append(pair)
    return pairs


def token_offsets(tokens: list[str]) -> list[int]:
    """Byte offset of each token in the tokens joined by single spaces (the headline written)."""
    offsets, offset = [], 0
    for token in tokens:
        offsets.append(offset)
        offset += len(token.encode("utf-8")) + 1
    return offsets


def token_at(offsets: list[int], byte: int) -> int:
    """The 1-based token a word starting at `byte` lies in (a word may split a gold token)."""
    return bisect.bisect_right(offsets, byte)


# Drift kinds that keep the meaning: the gold calls such tokens EQUI.
KEPT_MEANING = {"same", "variant", "inflection", "synonym", "moved"}


@dataclass
class AlignmentCounts:
    """Counts for precision and recall of aligned token pairs and of tokens marked changed."""

    matched: int = 0
    pairs_said: int = 0
    pairs_right: int = 0
    tokens_gold: int = 0
    tokens_found: int = 0
    changed_said: int = 0
    changed_right: int = 0
    changed_gold: int = 0

    def add(self, other: "AlignmentCounts"):
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


def ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def score_headline(pair: HeadlinePair, output: dict, paths: tuple[Path, Path]) -> AlignmentCounts:
    """Scores the word alignment of the statement that has passages in both headlines.

    Aligned pairs: each version word linked to a reference word is one pair; it is right when
    the gold aligns the two tokens' chunks. Token recall: of the tokens the gold aligns, those
    linked to one of their gold partners. Changed: version words drifted in meaning (reworded,
    added) and reference words left unlinked (omitted), against the gold's non-EQUI and unaligned
    tokens, within the matched passages.
    """
    counts = AlignmentCounts()
    side_of = {str(paths[0]): 0, str(paths[1]): 1}
    offsets = [token_offsets(pair.first), token_offsets(pair.second)]
    statement = next(
        (s for s in output["statements"] if len({p["path"] for p in s["passages"]}) == 2), None
    )
    if statement is None:
        return counts
    counts.matched = 1
    reference_path = next(
        p["path"] for p in statement["passages"] if p["id"] == statement["reference"]
    )
    reference_side = side_of[reference_path]
    links: set[tuple[int, int]] = set()  # (token of headline 1, token of headline 2)
    inside: set[tuple[int, int]] = set()  # (side, token)
    marked: set[tuple[int, int]] = set()
    for passage in statement["passages"]:
        side = side_of[passage["path"]]
        for word in passage["words"]:
            token = token_at(offsets[side], word["start"])
            inside.add((side, token))
            if side == reference_side:
                continue
            if word["drift"] not in KEPT_MEANING:
                marked.add((side, token))
            if word["ref"] is not None:
                partner = token_at(offsets[reference_side], word["ref"][0])
                links.add((token, partner) if side == 0 else (partner, token))
    linked = {(0, a) for a, _ in links} | {(1, b) for _, b in links}
    marked |= {key for key in inside if key[0] == reference_side and key not in linked}
    counts.pairs_said = len(links)
    counts.pairs_right = sum(b in pair.partners.get((0, a), set()) for a, b in links)
    for side, tokens in enumerate((pair.first, pair.second)):
        for token in range(1, len(tokens) + 1):
            partners = pair.partners.get((side, token))
            if not partners:
                continue
            counts.tokens_gold += 1
            mine = {b for a, b in links if a == token} if side == 0 else {
                a for a, b in links if b == token
            }
            counts.tokens_found += bool(mine & partners)
    counts.changed_said = len(marked)
    counts.changed_right = len(marked & pair.changed)
    counts.changed_gold = len(inside & pair.changed)
    return counts


def evaluate_semeval(
    runner: Runner, root: Path, scratch: Path, jobs: int, limit: int | None
) -> dict:
    pairs = read_headlines(root / "headlines_train_gs.wa")[:limit]

    def run(pair: HeadlinePair) -> AlignmentCounts:
        paths = write_pair(scratch / f"sts{pair.number}", " ".join(pair.first), " ".join(pair.second))
        return score_headline(pair, runner.statements(*paths), paths)

    started = time.monotonic()
    halves = {half: HeadlineScores() for half in (*HALVES, "all")}
    for place, (pair, counts) in enumerate(zip(pairs, parallel(run, pairs, jobs))):
        for half in (half_of(place), "all"):
            halves[half].add(pair, counts)
    return {
        "pairs": len(pairs),
        "seconds": time.monotonic() - started,
        "counts": halves["all"].counts,
        "halves": halves,
    }


# Gold shares that make a headline pair a near paraphrase, or a pair that says different things.
NEAR_PARAPHRASE_SHARE = 0.75
DIFFERENT_SHARE = 0.40


@dataclass
class HeadlineScores:
    """Alignment counts over some headline pairs, and how often near paraphrases (the gold aligns
    at least 75% of their tokens with a score of 4 or 5) and different pairs (under 40%) are
    reported as one statement."""

    counts: AlignmentCounts = field(default_factory=AlignmentCounts)
    pairs: int = 0
    near: int = 0
    near_matched: int = 0
    different: int = 0
    different_matched: int = 0

    def add(self, pair: HeadlinePair, counts: AlignmentCounts):
        self.counts.add(counts)
        self.pairs += 1
        if pair.strong_share >= NEAR_PARAPHRASE_SHARE:
            self.near += 1
            self.near_matched += counts.matched
        elif pair.strong_share < DIFFERENT_SHARE:
            self.different += 1
            self.different_matched += counts.matched


# Report ---------------------------------------------------------------------------------------


def settings_table(binary: Path, overrides: dict[str, str]) -> list[str]:
    """Every matching threshold with its value and meaning, from `quotedrift config`."""
    printed = subprocess.run(
        [str(binary), "config", "--print-default"], capture_output=True, text=True, check=True
    ).stdout
    section = printed.split("[matching]\n", 1)[1].split("\n[", 1)[0]
    rows, meaning = [], ""
    for line in section.splitlines():
        if line.startswith("# "):
            meaning = line[2:].replace("|", "\\|")
        elif " = " in line:
            name, value = line.split(" = ", 1)
            if name in overrides:
                value = f"**{overrides[name]}** (default {value})"
            rows.append(f"| `{name}` | {value} | {meaning} |")
    return ["| setting | value | meaning |", "| --- | ---: | --- |"] + rows


def figure(value: float) -> str:
    """A measure as the report prints it: three decimals."""
    return f"{value:.3f}"


def targets(results: dict) -> list[str]:
    """The issues' targets on the report half of each training split, each with the figure
    measured against it and the tuning half's beside it."""
    rows = []  # (measure, target, tune, report, met)

    def at_least(name, target, tune, report):
        rows.append((name, f"≥ {target}", tune, report, report >= target))

    def at_most(name, target, tune, report):
        rows.append((name, f"≤ {target}", tune, report, report <= target))

    if "pan" in results:
        tune, report = (results["pan"]["halves"][half] for half in HALVES)
        for category, target in PAN_TARGETS:
            at_least(
                f"PAN plagdet, {category[3:]}",
                target,
                tune["categories"][category].plagdet,
                report["categories"][category].plagdet,
            )
        at_most(
            "PAN granularity, overall",
            1.1,
            tune["overall"].granularity,
            report["overall"].granularity,
        )
        at_most(
            "PAN no-plagiarism pairs with a detection",
            0.02,
            tune["clean_pairs_detected"],
            report["clean_pairs_detected"],
        )
    if "mrpc" in results:
        tune, report = (results["mrpc"]["halves"][half].accuracy for half in HALVES)
        at_least("MRPC accuracy", 0.76, tune, report)
    if "semeval" in results:
        tune, report = (results["semeval"]["halves"][half] for half in HALVES)
        at_least(
            "SemEval near paraphrases reported as one statement",
            0.85,
            ratio(tune.near_matched, tune.near),
            ratio(report.near_matched, report.near),
        )
        at_most(
            "SemEval different pairs reported as one statement",
            0.10,
            ratio(tune.different_matched, tune.different),
            ratio(report.different_matched, report.different),
        )
        at_least(
            "SemEval word-link precision",
            0.95,
            ratio(tune.counts.pairs_right, tune.counts.pairs_said),
            ratio(report.counts.pairs_right, report.counts.pairs_said),
        )
    if "extraction" in results:
        extraction = results["extraction"]
        at_least("Extraction F1", 0.96, extraction["tune"].f1, extraction["report"].f1)

        def least(score):
            return min(score.titles, score.outlets, score.dates) / max(score.pages, 1)

        at_least(
            "Title, outlet and date found (least)",
            0.90,
            least(extraction["tune"]),
            least(extraction["report"]),
        )
    lines = [
        "## Targets",
        "",
        "Judged on the report half; the tuning half is shown beside it.",
        "",
        "| measure | target | tune | report | |",
        "| --- | --- | ---: | ---: | --- |",
    ]
    for name, target, tune, report, met in rows:
        lines.append(
            f"| {name} | {target} | {tune:.3f} | {report:.3f} | {'met' if met else '**missed**'} |"
        )
    return lines + [""]


# Issue #15's PAN targets, per category, on the report half.
PAN_TARGETS = [
    ("02-no-obfuscation", 0.92),
    ("03-random-obfuscation", 0.85),
    ("04-translation-obfuscation", 0.85),
    ("05-summary-obfuscation", 0.55),
]


def report(results: dict, arguments) -> str:
    lines = [
        "# Evaluation",
        "",
        "Written by `make eval` (`eval/evaluate.py`), which runs the release binary,",
        "`quotedrift reuse --format json` (PAN) and `quotedrift statements --format json` (the",
        "others), on the public training splits in `../shared/eval` and scores what it reports.",
        "Targets are judged on the report half of each split; the tuning half is beside it. The",
        "data is read in place, never copied. Machine: "
        f"{os.cpu_count()} cores, {arguments.jobs} runs at a time.",
        "",
    ]
    if arguments.sensitivity is not None:
        lines += [f"Sensitivity: {arguments.sensitivity} (not the default).", ""]
    if arguments.overrides:
        lines += ["Not the defaults: the settings in bold below.", ""]
    if "pan" in results:
        pan = results["pan"]
        lines += [
            "## PAN 2013 text alignment",
            "",
            f"{pan['pairs']} document pairs, one `reuse` run each: {pan['seconds']:.0f} s.",
            "Each reuse region (`quotedrift reuse --format json`) is one detection.",
            "Character-level macro precision and recall, granularity and plagdet as defined by",
            "Potthast et al. (2010); a detection detects a case when it overlaps it in both",
            "documents. Category 01 has no cases: any detection there scores precision 0.",
            "The halves are fixed: even places in each category's `pairs` list tune, odd places",
            "report.",
            "",
            "| category | half | cases | detections | precision | recall | granularity | plagdet |",
            "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for name in [*PAN_CATEGORIES, "overall"]:
            for half in (*HALVES, "all"):
                scores = pan["halves"][half]
                score = scores["overall"] if name == "overall" else scores["categories"][name]
                lines.append(
                    f"| {name} | {half} | {score.cases} | {score.detections} | "
                    f"{figure(score.precision)} | {figure(score.recall)} | "
                    f"{figure(score.granularity)} | {figure(score.plagdet)} |"
                )
        clean = pan["halves"]
        lines += [
            "",
            "No-plagiarism pairs with any detection: "
            + ", ".join(f"{half} {100 * clean[half]['clean_pairs_detected']:.0f}%" for half in HALVES)
            + ".",
            "",
        ]
    if "mrpc" in results:
        mrpc = results["mrpc"]
        c = mrpc["confusion"]
        lines += [
            "## MRPC (training split)",
            "",
            f"{mrpc['pairs']} sentence pairs, each written to two files and run through",
            f"`statements`: {mrpc['seconds']:.0f} s. \"Same statement\" exactly when a statement has",
            "passages in both sentences and its versions are judged the same statement, not a part",
            "of it (`sameStatement` at least 0.5, the paraphrase model fitted on the tuning half).",
            "",
            "Halves: even rows tune, odd rows report.",
            "",
            "| half | accuracy | precision | recall | F1 | true pos. | false pos. | true neg. | false neg. |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for half in (*HALVES, "all"):
            c = mrpc["halves"][half]
            lines.append(
                f"| {half} | {figure(c.accuracy)} | {figure(c.precision)} | {figure(c.recall)} | "
                f"{figure(c.f1)} | {c.true_positive} | {c.false_positive} | {c.true_negative} | "
                f"{c.false_negative} |"
            )
        lines.append("")
    if "semeval" in results:
        semeval = results["semeval"]
        t = semeval["counts"]
        pair_precision = ratio(t.pairs_right, t.pairs_said)
        token_recall = ratio(t.tokens_found, t.tokens_gold)
        changed_precision = ratio(t.changed_right, t.changed_said)
        changed_recall = ratio(t.changed_right, t.changed_gold)
        lines += [
            "## SemEval-2016 Task 2, headlines (training split)",
            "",
            f"{semeval['pairs']} headline pairs, each written as two files (gold tokens joined by",
            f"spaces): {semeval['seconds']:.0f} s. {t.matched} pairs "
            f"({100 * ratio(t.matched, semeval['pairs']):.1f}%) are matched as one statement; the",
            "word alignment inside those passages is scored against the gold chunk alignments.",
            "An aligned pair (a version word linked to a reference word) is right when the gold",
            "aligns the chunks of the two tokens (any type but NOALI). Recall: of the tokens of both",
            "headlines the gold aligns, the share linked to one of their gold partners.",
            "",
            "| measure | precision | recall | F1 |",
            "| --- | ---: | ---: | ---: |",
            f"| aligned token pairs | {figure(pair_precision)} | {figure(token_recall)} | "
            f"{figure(f1(pair_precision, token_recall))} |",
            f"| tokens marked changed | {figure(changed_precision)} | {figure(changed_recall)} | "
            f"{figure(f1(changed_precision, changed_recall))} |",
            "",
            "Changed: version words reworded or added, and reference words left unlinked",
            "(omitted), against the gold's tokens in non-EQUI alignments and unaligned tokens,",
            "counted within the matched passages. Same, variant, inflection, synonym and moved",
            "words keep the meaning.",
            "",
            "Reported as one statement, by how much of a pair the gold aligns with a score of 4 or",
            "5 (halves: even pairs tune, odd pairs report):",
            "",
            "| half | pairs | near paraphrases (≥ 75%) | one statement | different (< 40%) | one statement | link precision |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for half in (*HALVES, "all"):
            h = semeval["halves"][half]
            lines.append(
                f"| {half} | {h.pairs} | {h.near} | {figure(ratio(h.near_matched, h.near))} | "
                f"{h.different} | {figure(ratio(h.different_matched, h.different))} | "
                f"{figure(ratio(h.counts.pairs_right, h.counts.pairs_said))} |"
            )
        lines.append("")
    if "extraction" in results:
        extraction = results["extraction"]
        lines += [
            "## Article extraction (scrapinghub article-extraction-benchmark, training split)",
            "",
            f"{extraction['all'].pages} saved pages (gzip-compressed HTML), read in one `quotedrift",
            f"articles --format json --with-text` run: {extraction['seconds']:.1f} s. The body is",
            "the article's text less the captions it marks; 4-token shingles, precision and recall",
            "averaged over pages (the benchmark's measure). The halves are fixed: even places in",
            "the sorted page ids tune, odd places report. Published tools on all 60 pages, same",
            "measure: rs-trafilatura 0.969, trafilatura 0.956, Readability.js 0.940.",
            "",
            "| pages | count | precision | recall | F1 | title found | outlet found | date found |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for half in ("tune", "report", "all"):
            score = extraction[half]
            lines.append(
                f"| {half} | {score.pages} | {figure(score.precision)} | {figure(score.recall)} | "
                f"{figure(score.f1)} | {score.titles} | {score.outlets} | {score.dates} |"
            )
        lines.append("")
    lines += targets(results)
    lines += [
        "## Settings",
        "",
        "`MatchingSettings` (Sources/QuotedriftEngine/Matching), as `quotedrift config",
        "--print-default` lists them; each can be set in the `[matching]` table of the",
        "configuration file.",
        "",
    ]
    lines += settings_table(arguments.binary, arguments.overrides)
    return "\n".join(lines) + "\n"


BEGIN, END = "<!-- measured by make eval: begin -->", "<!-- measured by make eval: end -->"


def write_keeping_notes(path: Path, measured: str):
    """Writes the measured report into `path` between the markers, keeping the notes around it."""
    block = f"{BEGIN}\n{measured}{END}\n"
    old = path.read_text() if path.exists() else ""
    if BEGIN in old and END in old:
        before, rest = old.split(BEGIN, 1)
        after = rest.split(END, 1)[1].lstrip("\n")
        text = before + block + ("\n" + after if after else "")
    else:
        text = block
    temporary = path.with_suffix(".tmp")
    temporary.write_text(text)
    temporary.replace(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", type=Path, default=ROOT / ".build/release/quotedrift")
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared/eval")
    parser.add_argument(
        "--only", default="pan,mrpc,semeval,extraction", help="comma-separated data sets"
    )
    parser.add_argument("--sensitivity", type=float)
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a [matching] threshold in place of its default (repeatable)",
    )
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--limit", type=int, help="pairs per data set (category), for a quick look")
    parser.add_argument("--output", type=Path, help="write the report here (else print it)")
    arguments = parser.parse_args()
    for needed in (arguments.binary, arguments.data):
        if not needed.exists():
            print(f"evaluate: {needed}: not found", file=sys.stderr)
            return 1
    arguments.overrides = dict(setting.split("=", 1) for setting in arguments.set)
    chosen = arguments.only.split(",")
    results = {}
    with tempfile.TemporaryDirectory(prefix="quotedrift-eval-") as scratch:
        config = Path(scratch) / "config/quotedrift/config.toml"
        config.parent.mkdir(parents=True)
        config.write_text(
            "[matching]\n" + "".join(f"{k} = {v}\n" for k, v in arguments.overrides.items())
        )
        runner = Runner(arguments.binary, arguments.sensitivity, config.parent.parent)
        if "pan" in chosen:
            results["pan"] = evaluate_pan(
                runner, arguments.data / "pan13-text-alignment-train", arguments.jobs, arguments.limit
            )
        if "mrpc" in chosen:
            results["mrpc"] = evaluate_mrpc(
                runner, arguments.data / "mrpc-train", Path(scratch), arguments.jobs, arguments.limit
            )
        if "semeval" in chosen:
            results["semeval"] = evaluate_semeval(
                runner,
                arguments.data / "semeval2016-headlines-train",
                Path(scratch),
                arguments.jobs,
                arguments.limit,
            )
        if "extraction" in chosen:
            started = time.monotonic()
            results["extraction"] = evaluate_extraction(
                runner, arguments.data / "article-extraction-train"
            )
            results["extraction"]["seconds"] = time.monotonic() - started
    text = report(results, arguments)
    if arguments.output:
        write_keeping_notes(arguments.output, text)
    print(text)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except (RuntimeError, OSError) as error:
        print(f"evaluate: {error}", file=sys.stderr)
        sys.exit(1)
