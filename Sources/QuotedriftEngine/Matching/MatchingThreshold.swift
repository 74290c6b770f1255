/// One threshold of ``MatchingSettings`` by the name the configuration file gives it, so that
/// every threshold can be set in `[matching]` and listed with its meaning and default.
public struct MatchingThreshold: Sendable {
  /// The key in the configuration file's `[matching]` table.
  public let name: String
  /// What the threshold does, for the default configuration and EVALUATION.md.
  public let summary: String
  /// Whether the value is a whole number.
  public let isInteger: Bool
  /// The smallest and largest value that makes sense.
  public let range: ClosedRange<Double>
  private let read: @Sendable (MatchingSettings) -> Double
  private let write: @Sendable (inout MatchingSettings, Double) -> Void

  init(
    _ name: String, _ path: WritableKeyPath<MatchingSettings, Float> & Sendable,
    in range: ClosedRange<Double>, _ summary: String
  ) {
    self.name = name
    self.summary = summary
    self.isInteger = false
    self.range = range
    read = { Double($0[keyPath: path]) }
    write = { $0[keyPath: path] = Float($1) }
  }

  init(
    _ name: String, _ path: WritableKeyPath<MatchingSettings, Int> & Sendable,
    in range: ClosedRange<Double>, _ summary: String
  ) {
    self.name = name
    self.summary = summary
    self.isInteger = true
    self.range = range
    read = { Double($0[keyPath: path]) }
    write = { $0[keyPath: path] = Int($1) }
  }

  /// The threshold's value in `settings`.
  public func value(in settings: MatchingSettings) -> Double { read(settings) }

  /// `settings` with the threshold set to `value`; nil when `value` is out of range or not whole
  /// where it must be.
  public func setting(_ value: Double, in settings: MatchingSettings) -> MatchingSettings? {
    guard range.contains(value), !isInteger || value.rounded() == value else { return nil }
    var result = settings
    write(&result, value)
    return result
  }

  /// The value as the configuration file writes it.
  public func formatted(_ value: Double) -> String {
    isInteger ? String(Int(value)) : String(Float(value))
  }
}
