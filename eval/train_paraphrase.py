#!/usr/bin/env python3
"""Fit the paraphrase model on the tuning half of the MRPC training split and write its weights.

Runs `quotedrift paraphrase-features` (the features exactly as the engine computes them) on every
sentence pair of the tuning half (even rows, as in evaluate.py), fits a logistic regression
(classifier.py), reports its accuracy on both halves, and writes
Sources/QuotedriftEngine/Matching/ParaphraseWeights.swift. The data is read in place from
../shared/eval and never copied; only the fitted weights enter the source.

    python3 eval/train_paraphrase.py [--binary .build/release/quotedrift] [--check]

`--check` fits and reports without writing.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from classifier import fit
from evaluate import ROOT, half_of, mrpc_rows, parallel, write_pair

WEIGHTS = ROOT / "Sources/QuotedriftEngine/Matching/ParaphraseWeights.swift"


def features(binary: Path, first: Path, second: Path) -> tuple[list[str], list[float]]:
    result = subprocess.run(
        [str(binary), "paraphrase-features", str(first), str(second)],
        capture_output=True,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(result.stderr.decode("utf-8", "replace").strip())
    values = json.loads(result.stdout)
    values.pop("probability")
    names = sorted(values)
    return names, [float(values[name]) for name in names]


def swift_array(values: list[float]) -> str:
    return "[" + ", ".join(repr(round(v, 6)) for v in values) + "]"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", type=Path, default=ROOT / ".build/release/quotedrift")
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared/eval/mrpc-train")
    parser.add_argument("--check", action="store_true", help="report without writing")
    arguments = parser.parse_args()
    rows = mrpc_rows(arguments.data)
    with tempfile.TemporaryDirectory(prefix="quotedrift-train-") as scratch:

        def run(item):
            index, row = item
            paths = write_pair(Path(scratch) / f"pair{index}", row[3], row[4])
            return features(arguments.binary, *paths)

        results = parallel(run, list(enumerate(rows)), os.cpu_count() or 1)
    names = results[0][0]
    order = [
        "unigram_low", "unigram_high", "bigram_low", "bigram_high", "trigram_low",
        "trigram_high", "fourgram_low", "fourgram_high", "content_dice", "unshared_content",
        "length_ratio", "length_difference", "numbers_differ", "common_subsequence",
        "related_low", "related_high", "synonym_only", "unshared_names", "numbers_unshared",
        "negations_differ", "edit_distance", "unshared_low", "unshared_high",
    ]
    columns = [names.index(name) for name in order]
    table = [[values[c] for c in columns] for _, values in results]
    labels = [row[0] == "1" for row in rows]
    tune = [i for i in range(len(rows)) if half_of(i) == "tune"]
    model = fit([table[i] for i in tune], [labels[i] for i in tune])
    for half in ("tune", "report"):
        chosen = [i for i in range(len(rows)) if half_of(i) == half]
        right = sum(model.predict(table[i]) == labels[i] for i in chosen)
        print(f"{half}: accuracy {right / len(chosen):.3f} ({len(chosen)} pairs)")
    if arguments.check:
        return 0
    intercept, *weights = model.weights
    WEIGHTS.write_text(
        "// Written by eval/train_paraphrase.py (the tuning half of the MRPC training split);\n"
        "// do not edit. Feature order: ParaphraseFeatures.names.\n"
        "/// The fitted weights of ``ParaphraseModel``: each feature's mean and spread on the\n"
        "/// training rows, its weight, and the intercept.\n"
        "enum ParaphraseWeights {\n"
        f"  static let intercept = {intercept!r}\n"
        f"  static let means: [Double] = {swift_array(model.scaling.means)}\n"
        f"  static let spreads: [Double] = {swift_array(model.scaling.spreads)}\n"
        f"  static let weights: [Double] = {swift_array(weights)}\n"
        "}\n"
    )
    print(f"wrote {WEIGHTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except (RuntimeError, OSError) as error:
        print(f"train_paraphrase: {error}", file=sys.stderr)
        sys.exit(1)
