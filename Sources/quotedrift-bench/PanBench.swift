import Foundation

/// Times `quotedrift statements --format json` on the PAN text-alignment training split (every
/// source and suspicious document, read in place), with this build's binary and a base binary
/// (a release build of an earlier commit) run alternately in the same run, so both see the same
/// machine load.
enum PanBench {
  /// One binary's runs on the split.
  struct Timing {
    var medianSeconds: Double
    var peakBytes: Int
    var statements: Int
  }

  struct Result {
    var documents: Int
    var bytes: Int
    var current: Timing
    /// The base binary's runs; `nil` when none was given.
    var base: Timing?
    /// Whether both binaries wrote the same bytes (`nil` without a base).
    var sameOutput: Bool?

    /// How many times faster this build is than the base.
    var speedUp: Double? { base.map { $0.medianSeconds / current.medianSeconds } }
  }

  /// The split's `src` and `susp` folders under `root`; `nil` when either is missing.
  static func inputs(root: String) -> [String]? {
    let folders = ["\(root)/src", "\(root)/susp"]
    var isFolder: ObjCBool = false
    for folder in folders {
      guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder),
        isFolder.boolValue
      else { return nil }
    }
    return folders
  }

  /// `options.runs` runs of each binary on `inputs`, alternating (base, then current), each
  /// with an empty cache of its own, as the generated corpora's runs have.
  static func measure(inputs: [String], options: BenchOptions) throws -> Result {
    let files = try inputs.flatMap { folder in
      try FileManager.default.contentsOfDirectory(atPath: folder).map { "\(folder)/\($0)" }
    }
    let bytes = try files.reduce(0) {
      $0 + (try FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int ?? 0)
    }
    try FileManager.default.createDirectory(
      atPath: options.corpora, withIntermediateDirectories: true)
    let currentOutput = "\(options.corpora)/pan-current.json"
    let baseOutput = "\(options.corpora)/pan-base.json"
    let cache = absolutePath("\(options.corpora)/pan-cache")
    var currentRuns: [BenchRunner.Measurement] = []
    var baseRuns: [BenchRunner.Measurement] = []
    func run(_ binary: String, writing output: String) throws -> BenchRunner.Measurement {
      try? FileManager.default.removeItem(atPath: cache)
      let measurement = BenchRunner.run(
        [binary, "statements", "--format", "json"] + inputs, stdoutPath: output,
        environment: ["XDG_CACHE_HOME": cache])
      guard measurement.status == 0 else {
        throw BenchError(
          "\(binary) failed on \(inputs.joined(separator: " ")) (status \(measurement.status))")
      }
      return measurement
    }
    for _ in 0..<options.runs {
      if let baseBinary = options.baseBinary {
        baseRuns.append(try run(baseBinary, writing: baseOutput))
      }
      currentRuns.append(try run(options.binary, writing: currentOutput))
    }
    func timing(_ runs: [BenchRunner.Measurement], output: String) throws -> Timing {
      Timing(
        medianSeconds: median(runs.map(\.seconds)), peakBytes: runs.map(\.peakBytes).max() ?? 0,
        statements: try statementCount(in: output))
    }
    return Result(
      documents: files.count, bytes: bytes,
      current: try timing(currentRuns, output: currentOutput),
      base: baseRuns.isEmpty ? nil : try timing(baseRuns, output: baseOutput),
      sameOutput: baseRuns.isEmpty
        ? nil
        : FileManager.default.contentsEqual(atPath: currentOutput, andPath: baseOutput))
  }

  /// The number of statements in a `statements --format json` output.
  static func statementCount(in path: String) throws -> Int {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any],
      let statements = object["statements"] as? [Any]
    else { throw BenchError("\(path): not a statements listing") }
    return statements.count
  }
}
