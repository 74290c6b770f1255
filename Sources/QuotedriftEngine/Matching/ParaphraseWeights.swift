// Written by eval/train_paraphrase.py (the tuning half of the MRPC training split);
// do not edit. Feature order: ParaphraseFeatures.names.
/// The fitted weights of ``ParaphraseModel``: each feature's mean and spread on the
/// training rows, its weight, and the intercept.
enum ParaphraseWeights {
  static let intercept = 1.063725979940341
  static let means: [Double] = [
    0.617647, 0.726302, 0.442093, 0.524351, 0.33872, 0.404984, 0.26945, 0.325175, 0.676554,
    6.813543, 0.852746, 3.008832, 0.445535, 0.680055, 0.650055, 0.771755, 0.486261, 1.435231,
    1.070167, 0.044161, 0.512804, 2.263494, 4.107458,
  ]
  static let spreads: [Double] = [
    0.14495, 0.15498, 0.192449, 0.218921, 0.213437, 0.248815, 0.217599, 0.257575, 0.161553,
    3.668497, 0.098063, 2.154695, 0.497025, 0.163049, 0.161727, 0.167444, 0.913618, 1.648586,
    1.762515, 0.205453, 0.194987, 1.782796, 2.062501,
  ]
  static let weights: [Double] = [
    4.074504, -2.592267, -4.799522, 4.420556, 5.872418, -6.016053, -2.741901, 2.270739, 0.363057,
    0.473024, -0.866373, -0.178761, 0.143908, -0.17131, -0.009848, -0.214603, 0.157756, 0.072733,
    -0.259258, -0.248458, -0.753854, -0.61169, -0.221871,
  ]
}
