"""Article-body extraction scored with the scrapinghub article-extraction-benchmark's measure.

Tokens are `\\w+` runs (Unicode); each text becomes the multiset of its 4-token shingles (a text of
fewer than four tokens is one shorter shingle); per page TP, FP and FN count shared, predicted-only
and true-only shingles; precision = TP / (TP + FP) is averaged over the pages that predicted
something, recall = TP / (TP + FN) over the pages with a true body (a page whose FP and FN are both
0 scores 1); F1 is that of the two means. This is the benchmark's `evaluate.py`, rewritten.

The body is what `quotedrift articles --format json --with-text` reports as an article's text,
less the byte ranges it marks as captions. Metadata counts as found when the field is not null.

The pages are split once into two fixed halves by their place in the sorted list of page ids:
even places tune, odd places report. A change that helps only the tuning half is no gain.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

TOKEN = re.compile(r"\w+")


def shingles(text: str, size: int = 4) -> Counter:
    """The multiset of `size`-token shingles of `text`; fewer tokens make one shorter shingle."""
    tokens = TOKEN.findall(text)
    runs = (tuple(tokens[i : i + size]) for i in range(max(1, len(tokens) - size + 1)))
    return Counter(run for run in runs if run)


def page_counts(predicted: str, truth: str) -> tuple[int, int, int]:
    """True positive, false positive and false negative shingles of one page."""
    found, wanted = shingles(predicted), shingles(truth)
    return (
        sum((found & wanted).values()),
        sum((found - wanted).values()),
        sum((wanted - found).values()),
    )


def page_scores(predicted: str, truth: str) -> tuple[float | None, float | None]:
    """Precision and recall of one page; `None` where the page does not count (nothing predicted
    for precision, nothing true for recall)."""
    tp, fp, fn = page_counts(predicted, truth)
    if fp == fn == 0:
        return (1.0 if tp + fp else None), (1.0 if tp + fn else None)
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / (tp + fn) if tp + fn else None
    return precision, recall


def body_without_captions(article: dict) -> str:
    """The article's text less the caption byte ranges it reports."""
    data = article.get("text", "").encode("utf-8")
    kept, cursor = bytearray(), 0
    for start, end in sorted(article.get("captions") or []):
        kept += data[cursor:start]
        cursor = max(cursor, end)
    kept += data[cursor:]
    return kept.decode("utf-8", "replace")


@dataclass
class ExtractionScore:
    pages: int
    precision: float
    recall: float
    titles: int
    outlets: int
    dates: int

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def score_pages(pages: list[tuple[dict | None, str]]) -> ExtractionScore:
    """Scores (article or None when nothing was extracted, ground-truth body) pairs."""
    precisions, recalls = [], []
    titles = outlets = dates = 0
    for article, truth in pages:
        predicted = body_without_captions(article) if article else ""
        precision, recall = page_scores(predicted, truth)
        if precision is not None:
            precisions.append(precision)
        if recall is not None:
            recalls.append(recall)
        if article:
            titles += article.get("title") is not None
            outlets += article.get("outlet") is not None
            dates += article.get("date") is not None
    return ExtractionScore(
        len(pages),
        sum(precisions) / max(len(precisions), 1),
        sum(recalls) / max(len(recalls), 1),
        titles,
        outlets,
        dates,
    )


def halves(ids: list[str]) -> dict[str, list[str]]:
    """The fixed tuning and report halves of the sorted page ids."""
    ordered = sorted(ids)
    return {"tune": ordered[0::2], "report": ordered[1::2], "all": ordered}


def evaluate_extraction(runner, root: Path) -> dict:
    """Runs `articles` on every page of the split and scores each half and the whole."""
    truth = json.loads((root / "ground-truth.json").read_text())
    paths = {page: root / "html" / f"{page}.html.gz" for page in truth}
    output = runner.articles(*sorted(paths.values()))
    by_path = {Path(article["path"]).name: article for article in output["articles"]}
    results = {}
    for name, ids in halves(list(truth)).items():
        pages = [(by_path.get(paths[page].name), truth[page]["articleBody"]) for page in ids]
        results[name] = score_pages(pages)
    return results
