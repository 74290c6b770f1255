"""Article-body extraction scored with the scrapinghub article-extraction-benchmark's measure.

Tokens are `\\w+` runs (Unicode); each text becomes the multiset of its 4-token shingles; per page
precision = TP / (TP + FP) and recall = TP / (TP + FN), where TP counts shingles shared by the
extracted body and the ground truth; precision and recall are averaged over pages (a page with
nothing predicted and nothing true scores 1 on both); F1 is that of the two means.

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
    """The multiset of `size`-token shingles of `text`."""
    tokens = TOKEN.findall(text)
    return Counter(tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


def page_scores(predicted: str, truth: str) -> tuple[float, float]:
    """Precision and recall of one page's extracted body against its ground truth."""
    found, wanted = shingles(predicted), shingles(truth)
    true_positive = sum((found & wanted).values())
    false_positive = sum((found - wanted).values())
    false_negative = sum((wanted - found).values())
    if true_positive + false_positive + false_negative == 0:
        return 1.0, 1.0
    precision = true_positive / (true_positive + false_positive) if found else 0.0
    recall = true_positive / (true_positive + false_negative) if wanted else 1.0
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
        precisions.append(precision)
        recalls.append(recall)
        if article:
            titles += article.get("title") is not None
            outlets += article.get("outlet") is not None
            dates += article.get("date") is not None
    count = max(len(pages), 1)
    return ExtractionScore(
        len(pages), sum(precisions) / count, sum(recalls) / count, titles, outlets, dates
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
