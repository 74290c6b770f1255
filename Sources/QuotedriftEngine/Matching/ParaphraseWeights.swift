// Written by eval/train_paraphrase.py (the tuning half of the MRPC training split);
// do not edit. Feature order: ParaphraseFeatures.names.
/// The fitted weights of ``ParaphraseModel``: each feature's mean and spread on the
/// training rows, its weight, and the intercept.
enum ParaphraseWeights {
  static let intercept = 1.0637066141379479
  static let means: [Double] = [
    0.617647, 0.726302, 0.442093, 0.524351, 0.33872, 0.404984, 0.26945, 0.325175, 0.676689,
    6.804711, 0.852746, 3.008832, 0.445535, 0.680055, 0.650272, 0.771762, 0.486261, 1.435231,
    1.070167, 0.044161, 0.512804, 2.262022, 4.100098,
  ]
  static let spreads: [Double] = [
    0.14495, 0.15498, 0.192449, 0.218921, 0.213437, 0.248815, 0.217599, 0.257575, 0.161565,
    3.666834, 0.098063, 2.154695, 0.497025, 0.163049, 0.161687, 0.16747, 0.913618, 1.648586,
    1.762515, 0.205453, 0.194987, 1.782325, 2.059896,
  ]
  static let weights: [Double] = [
    4.071286, -2.586454, -4.808323, 4.42796, 5.88759, -6.023795, -2.755158, 2.278591, 0.353851,
    0.469273, -0.866398, -0.184137, 0.143458, -0.172562, 0.009346, -0.230556, 0.157171, 0.071947,
    -0.25966, -0.248728, -0.754529, -0.626484, -0.20531,
  ]
}
