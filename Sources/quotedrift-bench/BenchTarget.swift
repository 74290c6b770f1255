import Foundation

/// One line of BENCHMARKS.md's targets: what is aimed for, the figure measured, and whether the
/// figure meets it (`nil` when the run did not measure it, the figure then saying why).
struct BenchTarget {
  var goal: String
  var figure: String
  var met: Bool?

  var line: String {
    let verdict = met.map { $0 ? "met" : "missed" } ?? "not measured"
    return "- \(goal): \(figure) (\(verdict))"
  }

  /// A target on a figure that may not have been measured: `figure` formats it, `meets` judges
  /// it, and `missing` says why there is none.
  static func on<Value>(
    _ goal: String, _ value: Value?, missing: String, figure: (Value) -> String,
    meets: (Value) -> Bool
  ) -> BenchTarget {
    guard let value else { return BenchTarget(goal: goal, figure: missing, met: nil) }
    return BenchTarget(goal: goal, figure: figure(value), met: meets(value))
  }
}

/// A byte count in MiB, rounded to whole ones.
func mebibytes(_ bytes: Int) -> String {
  String(format: "%.0f MiB", Double(bytes) / 1_048_576)
}
