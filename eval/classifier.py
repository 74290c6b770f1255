"""Logistic regression fitted by Newton's method, and its k-fold cross-validated accuracy.

Python 3 standard library. eval/ceiling.py uses it to measure what a classifier *trained* on the
MRPC split reaches with the binary's output among its features: the kind of decision the
published systems make, which `statements` does not.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass
class Scaling:
    """Each feature's mean and spread on the training rows, so that every feature counts alike."""

    means: list[float]
    spreads: list[float]

    @staticmethod
    def of(rows: list[list[float]]) -> "Scaling":
        columns = list(zip(*rows))
        means = [sum(column) / len(column) for column in columns]
        spreads = [
            math.sqrt(sum((value - mean) ** 2 for value in column) / len(column)) or 1.0
            for column, mean in zip(columns, means)
        ]
        return Scaling(means, spreads)

    def apply(self, row: list[float]) -> list[float]:
        """The row standardised, with a constant 1 in front for the intercept."""
        return [1.0] + [(v - m) / s for v, m, s in zip(row, self.means, self.spreads)]


@dataclass
class Model:
    """A fitted logistic regression: its scaling and one weight per feature plus the intercept."""

    scaling: Scaling
    weights: list[float]

    def probability(self, row: list[float]) -> float:
        score = sum(w * x for w, x in zip(self.weights, self.scaling.apply(row)))
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, score))))

    def predict(self, row: list[float]) -> bool:
        return self.probability(row) >= 0.5


def solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """x with matrix · x = vector, by Gaussian elimination with partial pivoting."""
    size = len(vector)
    augmented = [list(row) + [value] for row, value in zip(matrix, vector)]
    for column in range(size):
        pivot = max(range(column, size), key=lambda row: abs(augmented[row][column]))
        augmented[column], augmented[pivot] = augmented[pivot], augmented[column]
        for row in range(column + 1, size):
            factor = augmented[row][column] / augmented[column][column]
            for k in range(column, size + 1):
                augmented[row][k] -= factor * augmented[column][k]
    solution = [0.0] * size
    for row in reversed(range(size)):
        known = sum(augmented[row][k] * solution[k] for k in range(row + 1, size))
        solution[row] = (augmented[row][size] - known) / augmented[row][row]
    return solution


def fit(
    rows: list[list[float]], labels: list[bool], penalty: float = 1e-3, steps: int = 15
) -> Model:
    """Logistic regression with a small L2 penalty, by Newton's method (at most `steps` steps)."""
    scaling = Scaling.of(rows)
    scaled = [scaling.apply(row) for row in rows]
    size = len(scaled[0])
    weights = [0.0] * size
    for _ in range(steps):
        gradient = [penalty * w for w in weights]
        hessian = [[penalty if i == j else 0.0 for j in range(size)] for i in range(size)]
        for row, label in zip(scaled, labels):
            score = max(-30.0, min(30.0, sum(w * x for w, x in zip(weights, row))))
            p = 1 / (1 + math.exp(-score))
            error, curvature = p - float(label), p * (1 - p)
            for i in range(size):
                gradient[i] += error * row[i]
                weighted = curvature * row[i]
                hessian_row = hessian[i]
                for j in range(i + 1):
                    hessian_row[j] += weighted * row[j]
        for i in range(size):
            for j in range(i):
                hessian[j][i] = hessian[i][j]
        step = solve(hessian, gradient)
        weights = [w - s for w, s in zip(weights, step)]
        if max(abs(s) for s in step) < 1e-6:
            break
    return Model(scaling, weights)


def cross_validated_accuracy(rows: list[list[float]], labels: list[bool], folds: int = 10) -> float:
    """Accuracy on held-out rows: row i is held out in fold i mod `folds`, and the model that
    judges it was fitted on the other folds only."""
    right = 0
    for fold in range(folds):
        held_out = range(fold, len(rows), folds)
        training = [i for i in range(len(rows)) if i % folds != fold]
        model = fit([rows[i] for i in training], [labels[i] for i in training])
        right += sum(model.predict(rows[i]) == labels[i] for i in held_out)
    return right / len(rows)
