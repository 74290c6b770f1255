"""Tests of the article-extraction scoring (the benchmark's measure)."""

import unittest

from extraction import body_without_captions, halves, page_scores, score_pages, shingles


class ShingleTests(unittest.TestCase):
    def test_shingles_are_four_word_runs_counted(self):
        self.assertEqual(
            shingles("a b c d a b c d"),
            {("a", "b", "c", "d"): 2, ("b", "c", "d", "a"): 1, ("c", "d", "a", "b"): 1,
             ("d", "a", "b", "c"): 1},
        )
        self.assertEqual(shingles("only three words"), {("only", "three", "words"): 1})
        self.assertEqual(shingles(""), {})

    def test_punctuation_and_unicode_words(self):
        self.assertEqual(list(shingles("Café, crème — brûlée; été!")), [("Café", "crème", "brûlée", "été")])


class PageScoreTests(unittest.TestCase):
    def test_perfect_extraction(self):
        self.assertEqual(page_scores("one two three four five", "one two three four five"), (1.0, 1.0))

    def test_extra_and_missing_text(self):
        truth = "one two three four five"
        precision, recall = page_scores("one two three four five six", truth)
        self.assertAlmostEqual(precision, 2 / 3)
        self.assertEqual(recall, 1.0)
        precision, recall = page_scores("one two three four", truth)
        self.assertEqual(precision, 1.0)
        self.assertAlmostEqual(recall, 1 / 2)

    def test_pages_that_predict_nothing_count_only_for_recall(self):
        self.assertEqual(page_scores("", ""), (None, None))
        self.assertEqual(page_scores("", "one two three four"), (None, 0.0))
        self.assertEqual(page_scores("one two three four", ""), (0.0, None))

    def test_f1_is_that_of_the_averages(self):
        pages = [
            ({"text": "a b c d e"}, "a b c d e"),
            (None, "f g h i j"),
            ({"text": "k l m n o"}, "k l m n p"),
        ]
        score = score_pages(pages)
        # Precision over the two pages that predicted: (1 + 1/2) / 2; recall over all three.
        self.assertAlmostEqual(score.precision, 0.75)
        self.assertAlmostEqual(score.recall, 0.5)
        self.assertAlmostEqual(score.f1, 0.6)


class CaptionTests(unittest.TestCase):
    def test_caption_byte_ranges_are_left_out(self):
        text = "Café caption\n\nBody text"
        start = len("Café ".encode())
        end = len("Café caption".encode())
        article = {"text": text, "captions": [[start, end]]}
        self.assertEqual(body_without_captions(article), "Café \n\nBody text")


class HalvesTests(unittest.TestCase):
    def test_halves_are_fixed_by_sorted_place(self):
        split = halves(["d", "b", "a", "c", "e"])
        self.assertEqual(split["tune"], ["a", "c", "e"])
        self.assertEqual(split["report"], ["b", "d"])
        self.assertEqual(split["all"], ["a", "b", "c", "d", "e"])


if __name__ == "__main__":
    unittest.main()
