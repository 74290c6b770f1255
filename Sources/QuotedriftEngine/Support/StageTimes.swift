import Foundation

/// Wall-clock time of each stage of a run, written to standard error when the environment sets
/// `QUOTEDRIFT_STAGE_TIMES` (not empty): how `make bench`'s figures split between loading,
/// matching, collation and output, and how much of each stage runs on one core.
public enum StageTimes {
  private static let isEnabled: Bool = {
    guard let value = ProcessInfo.processInfo.environment["QUOTEDRIFT_STAGE_TIMES"] else {
      return false
    }
    return !value.isEmpty
  }()

  /// Reports how many `things` a stage handled, when enabled; `value` is not counted otherwise.
  public static func count(_ name: String, _ value: @autoclosure () -> Int, _ things: String) {
    guard isEnabled else { return }
    FileHandle.standardError.write(
      Data("quotedrift: stage \(name): \(value()) \(things)\n".utf8))
  }

  /// Runs `body`, reporting its wall time and CPU time under `name` when enabled.
  public static func measure<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
    guard isEnabled else { return try body() }
    let wall = DispatchTime.now().uptimeNanoseconds
    let cpu = clock()
    let result = try body()
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - wall) / 1e9
    let cpuSeconds = Double(clock() - cpu) / Double(CLOCKS_PER_SEC)
    let line = String(
      format: "quotedrift: stage %@: %.3f s wall, %.3f s CPU\n", name, seconds, cpuSeconds)
    FileHandle.standardError.write(Data(line.utf8))
    return result
  }
}
