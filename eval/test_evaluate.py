"""Tests of the scoring behind `make eval` and eval/ceiling.py, on hand-made cases whose figures
can be worked out by hand. Run by `make test` (python3 -m unittest discover -s eval)."""

from __future__ import annotations

import math
import tempfile
import unittest
from pathlib import Path

import ceiling
import classifier
import evaluate
from evaluate import Annotation

PAIR = ("suspicious-document1.txt", "source-document1.txt")


def case(this: tuple[int, int], source: tuple[int, int], pair=PAIR) -> Annotation:
    return Annotation(pair, this, source)


class SpanTests(unittest.TestCase):
    def test_overlap_is_the_shared_stretch_or_none(self):
        self.assertEqual(evaluate.overlap((0, 10), (5, 20)), (5, 10))
        self.assertIsNone(evaluate.overlap((0, 5), (5, 10)))

    def test_union_length_counts_shared_characters_once(self):
        self.assertEqual(evaluate.union_length([(0, 10), (5, 15), (20, 25)]), 20)
        self.assertEqual(evaluate.union_length([(0, 10), (2, 3)]), 10)

    def test_character_offsets_count_scalars_not_bytes(self):
        data = "aé€b".encode("utf-8")  # 1 + 2 + 3 + 1 bytes
        offsets = evaluate.character_offsets(data)
        self.assertEqual(offsets[len(data)], 4)
        self.assertEqual(offsets[data.index(b"b")], 3)


class PotthastMeasureTests(unittest.TestCase):
    def test_a_detection_must_overlap_the_case_in_both_documents(self):
        self.assertTrue(evaluate.detects(case((0, 10), (0, 10)), case((5, 6), (9, 20))))
        self.assertFalse(evaluate.detects(case((0, 10), (0, 10)), case((5, 6), (10, 20))))
        other = case((0, 10), (0, 10), pair=("suspicious-document2.txt", "source-document1.txt"))
        self.assertFalse(evaluate.detects(other, case((0, 10), (0, 10))))

    def test_recall_is_the_share_of_the_case_characters_detected(self):
        cases = [case((0, 100), (0, 100))]
        self.assertEqual(evaluate.macro_recall(cases, [case((0, 100), (0, 100))]), 1.0)
        self.assertEqual(evaluate.macro_recall(cases, [case((0, 50), (0, 50))]), 0.5)
        # Two detections of the same characters count them once.
        twice = [case((0, 50), (0, 50)), case((25, 50), (25, 50))]
        self.assertEqual(evaluate.macro_recall(cases, twice), 0.5)

    def test_recall_counts_each_side_of_a_case_by_its_characters(self):
        # 100 of 100 suspicious characters and 50 of 100 source characters: 150 of 200.
        cases = [case((0, 100), (0, 100))]
        self.assertEqual(evaluate.macro_recall(cases, [case((0, 100), (0, 50))]), 0.75)

    def test_recall_averages_over_cases_not_characters(self):
        # A short case found whole and a long one missed: (1 + 0) / 2, not 20 / 1020.
        cases = [case((0, 10), (0, 10)), case((100, 600), (100, 600))]
        self.assertEqual(evaluate.macro_recall(cases, [case((0, 10), (0, 10))]), 0.5)

    def test_characters_of_a_detection_missing_the_case_in_one_document_do_not_count(self):
        cases = [case((0, 100), (0, 100))]
        self.assertEqual(evaluate.macro_recall(cases, [case((0, 100), (200, 300))]), 0.0)

    def test_plagdet_is_the_harmonic_mean_when_granularity_is_one(self):
        score = evaluate.PanScore(cases=1, detections=1, precision=0.5, recall=1.0, granularity=1.0)
        self.assertAlmostEqual(score.plagdet, 2 / 3)

    def test_precision_is_recall_with_the_roles_swapped(self):
        cases = [case((0, 100), (0, 100))]
        wide = [case((0, 200), (0, 200))]
        score = evaluate.pan_score(cases, wide)
        self.assertEqual(score.precision, 0.5)
        self.assertEqual(score.recall, 1.0)

    def test_granularity_counts_detections_per_detected_case(self):
        cases = [case((0, 100), (0, 100)), case((500, 600), (500, 600))]
        detections = [
            case((0, 40), (0, 40)),
            case((60, 100), (60, 100)),
            case((500, 600), (500, 600)),
        ]
        self.assertEqual(evaluate.granularity(cases, detections), 1.5)

    def test_plagdet_divides_f1_by_log2_of_one_plus_granularity(self):
        cases = [case((0, 100), (0, 100))]
        split = [case((0, 50), (0, 50)), case((50, 100), (50, 100))]
        score = evaluate.pan_score(cases, split)
        self.assertEqual((score.precision, score.recall, score.granularity), (1.0, 1.0, 2.0))
        self.assertAlmostEqual(score.plagdet, 1 / math.log2(3))

    def test_a_detection_where_there_is_no_case_scores_precision_zero(self):
        score = evaluate.pan_score([], [case((0, 10), (0, 10))])
        self.assertEqual((score.precision, score.recall, score.plagdet), (0.0, 0.0, 0.0))


class CaseFileTests(unittest.TestCase):
    def test_cases_are_read_as_character_spans_on_both_sides(self):
        with tempfile.TemporaryDirectory() as folder:
            xml = (
                '<document reference="suspicious-document1.txt">\n'
                '<feature name="plagiarism" obfuscation="none" this_offset="10" this_length="5"'
                ' source_reference="source-document1.txt" source_offset="100" source_length="7"/>\n'
                "</document>\n"
            )
            (Path(folder) / "suspicious-document1-source-document1.xml").write_text(xml)
            cases = evaluate.read_pan_cases(Path(folder), *PAIR)
        self.assertEqual(cases, [case((10, 15), (100, 107))])


class MRPCDecisionTests(unittest.TestCase):
    def test_confusion_figures(self):
        confusion = evaluate.Confusion()
        outcomes = [(True, True), (True, True), (True, False), (False, True), (False, False)]
        for gold, said in outcomes:
            confusion.add(gold, said)
        self.assertEqual(confusion.accuracy, 3 / 5)
        self.assertEqual(confusion.precision, 2 / 3)
        self.assertEqual(confusion.recall, 2 / 3)


class CeilingTests(unittest.TestCase):
    def test_each_summary_sentence_is_attributed_to_its_best_source_sentence(self):
        source = (
            "Hurricane experts expect six Atlantic storms this season. "
            "The weather bureau moved offices last week. "
            "Coastal populations grew rapidly during quiet hurricane years, officials warned. "
            "Lunch was served."
        )
        summary = (
            "Experts expect six Atlantic hurricanes this season. "
            "Officials warned that coastal populations grew rapidly."
        )
        suspicious = "Unrelated opening text here. " + summary + " Unrelated ending."
        with tempfile.TemporaryDirectory() as folder:
            root = Path(folder)
            (root / "susp").mkdir()
            (root / "src").mkdir()
            (root / "susp" / PAIR[0]).write_text(suspicious)
            (root / "src" / PAIR[1]).write_text(source)
            start = suspicious.index(summary)
            the_case = case((start, start + len(summary)), (0, len(source)))
            detections = ceiling.summary_oracle(root, the_case, shared=3)
        self.assertEqual(len(detections), 1)
        self.assertEqual(detections[0].this, the_case.this)
        # From the first sentence to the third; "Lunch was served." is left out.
        self.assertEqual(detections[0].source, (0, source.index(" Lunch")))

    def test_extension_grows_a_detection_over_sentences_sharing_words(self):
        source = (
            "Storm experts expect six Atlantic hurricanes this season. "
            "Coastal populations grew rapidly during quiet hurricane years. "
            "Lunch was served."
        )
        suspicious = (
            "Experts expect six Atlantic hurricanes this season. "
            "Coastal populations grew rapidly in quiet hurricane years. "
            "Lunch was served."
        )
        first = suspicious.index(" Coastal")
        seed = case((0, first), (0, source.index(" Coastal")))
        split = [ceiling.sentences(text) for text in (suspicious, source)]
        grown = ceiling.extended(*split, seed)
        # The second sentence joins on both sides; the third shares too few words.
        self.assertEqual(grown.this, (0, suspicious.index(" Lunch")))
        self.assertEqual(grown.source, (0, source.index(" Lunch")))

    def test_detections_near_each_other_in_both_documents_merge(self):
        detections = [case((0, 10), (0, 10)), case((15, 20), (12, 20)), case((15, 20), (500, 600))]
        self.assertEqual(
            ceiling.merged(detections, gap=5), [case((0, 20), (0, 20)), case((15, 20), (500, 600))]
        )

    def test_crude_stems_pair_plurals(self):
        self.assertEqual(ceiling.stem("Hurricanes"), ceiling.stem("hurricane"))

    def test_the_summary_plagdet_needed_gives_the_target_through_the_real_measures(self):
        others, summaries, target = 3, 5, 0.88
        needed = ceiling.summary_plagdet_needed(others, summaries, target)
        recall = needed / (2 - needed)  # plagdet 2r / (1 + r) with precision 1, granularity 1
        length = 10_000
        covered = round(length * recall)
        cases, detections = [], []
        for number in range(others + summaries):
            pair = (f"suspicious{number}.txt", f"source{number}.txt")
            cases.append(case((0, length), (0, length), pair))
            end = length if number < others else covered
            detections.append(case((0, end), (0, end), pair))
        score = evaluate.pan_score(cases, detections)
        self.assertAlmostEqual(score.plagdet, target, places=3)
        summary_score = evaluate.pan_score(cases[others:], detections[others:])
        self.assertAlmostEqual(summary_score.plagdet, needed, places=3)

    def test_with_no_other_cases_the_summaries_need_the_target_itself(self):
        self.assertAlmostEqual(ceiling.summary_plagdet_needed(0, 10, 0.88), 0.88)


def mrpc_pair(first: str, second: str, statements: list[dict]) -> ceiling.MrpcPair:
    sizes = {"first.txt": len(first.encode()) + 1, "second.txt": len(second.encode()) + 1}
    return ceiling.MrpcPair(True, (first, second), {"statements": statements}, sizes)


def passage(path: str, start: int, end: int, drifts: list[str], **extra) -> dict:
    words = [{"drift": drift} for drift in drifts]
    found = {"path": path, "start": start, "end": end, "words": words, "omitted": [], "flags": []}
    return found | extra


class MRPCFeatureTests(unittest.TestCase):
    def test_the_covered_share_is_the_smaller_share_of_the_best_two_sided_statement(self):
        first, second = "a" * 99, "b" * 49
        statements = [
            {"passages": [passage("first.txt", 0, 50, []), passage("second.txt", 0, 40, [])]},
            {"passages": [passage("first.txt", 0, 90, []), passage("first.txt", 0, 10, [])]},
        ]
        self.assertEqual(ceiling.covered_share(mrpc_pair(first, second, statements)), 0.5)

    def test_a_statement_in_one_sentence_only_is_no_statement_found(self):
        statements = [{"passages": [passage("first.txt", 0, 5, ["same"])]}]
        features = ceiling.statement_features(mrpc_pair("one two", "three", statements))
        self.assertEqual(features, [0.0] * 9)

    def test_drift_omissions_and_flags_are_counted_over_the_words_of_both_sentences(self):
        statements = [
            {
                "passages": [
                    passage("first.txt", 0, 5, ["same", "synonym", "added", "moved"]),
                    passage(
                        "second.txt",
                        0,
                        5,
                        ["same", "inflection", "reworded"],
                        omitted=[[0, 3]],
                        flags=["number", "negation"],
                    ),
                ]
            }
        ]
        features = ceiling.statement_features(mrpc_pair("a b c d", "e f g h", statements))
        self.assertEqual(features[0], 1.0)
        # same, similar, reworded, moved, added, omitted stretches, flags; over 8 words
        self.assertEqual(features[2:], [2 / 8, 2 / 8, 1 / 8, 1 / 8, 1 / 8, 1 / 8, 2 / 8])

    def test_lexical_features_of_identical_sentences(self):
        same = ceiling.lexical_features("Shares rose 5 percent.", "Shares rose 5 percent.")
        self.assertEqual(same, [1.0, 1.0, 1.0, 1.0, 0.0, 0.0])

    def test_lexical_features_of_a_sentence_and_a_longer_one(self):
        # shares, rose, 5, percent against shares, rose, 7, percent, today, markets
        found = ceiling.lexical_features(
            "Shares rose 5 percent.", "Shares rose 7 percent today in markets."
        )
        self.assertAlmostEqual(found[0], 2 * 3 / (4 + 6))  # Dice
        self.assertAlmostEqual(found[1], 3 / 6)  # overlap of the larger
        self.assertAlmostEqual(found[2], 3 / 4)  # overlap of the smaller
        self.assertAlmostEqual(found[3], 4 / 7)  # length ratio in words
        self.assertEqual(found[4], 1.0)  # the numbers differ
        self.assertAlmostEqual(found[5], 3 / 6)  # the longer one's unshared content

    def test_the_best_threshold_says_yes_at_the_threshold_itself(self):
        threshold, accuracy = ceiling.best_threshold([0.2, 0.5, 0.5, 0.9], [False, True, True, True])
        self.assertEqual(accuracy, 1.0)
        self.assertGreater(threshold, 0.2)
        self.assertLessEqual(threshold, 0.5)


class ClassifierTests(unittest.TestCase):
    def test_gaussian_elimination_solves_a_system_needing_a_pivot(self):
        matrix = [[0.0, 2.0, 1.0], [1.0, 1.0, 0.0], [2.0, 0.0, 3.0]]
        solution = classifier.solve(matrix, [7.0, 3.0, 11.0])
        for found, expected in zip(solution, [1.0, 2.0, 3.0]):
            self.assertAlmostEqual(found, expected)

    def test_a_fitted_model_learns_a_threshold(self):
        rows = [[i / 20] for i in range(21)]
        labels = [row[0] > 0.5 for row in rows]
        model = classifier.fit(rows, labels)
        self.assertFalse(model.predict([0.2]))
        self.assertTrue(model.predict([0.8]))

    def test_a_fitted_model_reaches_the_maximum_likelihood(self):
        # Four groups whose rates of "yes" (1/4, 2/4, 2/4, 3/4) a logistic model of two features
        # fits exactly (log-odds -log 3, 0, 0, log 3): the best fit gives each group its rate.
        groups = {(0.0, 0.0): 1, (1.0, 0.0): 2, (0.0, 1.0): 2, (1.0, 1.0): 3}
        rows, labels = [], []
        for features, yes in groups.items():
            rows += [list(features)] * 4
            labels += [True] * yes + [False] * (4 - yes)
        model = classifier.fit(rows, labels)
        for features, yes in groups.items():
            self.assertAlmostEqual(model.probability(list(features)), yes / 4, places=3)

    def test_a_held_out_row_never_trains_the_model_that_judges_it(self):
        # Nothing to learn: each held-out row leaves its own label in the minority of the
        # training rows, so a model that never saw it calls it wrong every time.
        rows = [[0.0] for _ in range(10)]
        labels = [i % 2 == 0 for i in range(10)]
        self.assertEqual(classifier.cross_validated_accuracy(rows, labels, folds=10), 0.0)

    def test_a_learnable_split_is_judged_right_on_held_out_rows(self):
        rows = [[i / 40, (i * 7) % 5] for i in range(40)]
        labels = [row[0] >= 0.5 for row in rows]
        self.assertGreaterEqual(classifier.cross_validated_accuracy(rows, labels, folds=5), 0.9)


if __name__ == "__main__":
    unittest.main()
