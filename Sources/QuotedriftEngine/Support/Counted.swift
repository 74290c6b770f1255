/// A count with its noun, the noun singular for one: "1 statement", "2 statements",
/// "1 reuse region". `plural` is the plural when adding an "s" does not make it.
public func counted(_ count: Int, _ singular: String, plural: String? = nil) -> String {
  "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
}
