// Written by eval/train_paraphrase.py (the tuning half of the MRPC training split);
// do not edit. Feature order: ParaphraseFeatures.names.
/// The fitted weights of ``ParaphraseModel``: each feature's mean and spread on the
/// training rows, its weight, and the intercept.
enum ParaphraseWeights {
  static let intercept = 1.0324804287551832
  static let means: [Double] = [
    0.617647, 0.726302, 0.442093, 0.524351, 0.33872, 0.404984, 0.26945, 0.325175, 0.676554,
    6.813543, 0.852746, 3.008832, 0.445535, 0.680055,
  ]
  static let spreads: [Double] = [
    0.14495, 0.15498, 0.192449, 0.218921, 0.213437, 0.248815, 0.217599, 0.257575, 0.161553,
    3.668497, 0.098063, 2.154695, 0.497025, 0.163049,
  ]
  static let weights: [Double] = [
    4.220072, -2.753765, -5.063128, 4.571373, 5.779276, -5.886265, -1.999455, 1.611232, 0.183657,
    -0.15757, -0.840772, -0.171222, 0.010502, 0.602405,
  ]
}
