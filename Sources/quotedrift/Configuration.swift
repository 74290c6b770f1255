import Foundation
import QuotedriftEngine
import QuotedriftReader
import QuotedriftTerminal
import TOMLKit

/// The user's settings from `$XDG_CONFIG_HOME/quotedrift/config.toml` (or
/// `~/.config/quotedrift/config.toml`): matching sensitivity and thresholds, colour, mouse, colour
/// scheme and key bindings. Options on the command line win over the file; a missing file means the defaults.
struct Configuration: Equatable {
  /// The matching thresholds, with the file's values in place of the defaults.
  var matching = MatchingSettings()
  var color: ColorChoice = .auto
  var mouse = true
  /// Forces a colour scheme: auto (from the terminal), 256, 16 or mono.
  var scheme = "auto"
  /// Key bindings by name, in place of the standard keys.
  var keys: [String: [String]] = [:]

  static let schemes = ["auto", "256", "16", "mono"]

  /// Why the file cannot be used: one line naming the file and the reason.
  struct Invalid: Error, CustomStringConvertible {
    var description: String
  }

  /// Where the file is looked for.
  static var path: String {
    let environment = ProcessInfo.processInfo.environment
    let base =
      environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
    return base + "/quotedrift/config.toml"
  }

  /// The configuration in `path`; the defaults when there is no such file.
  static func load(from path: String = Configuration.path) throws(Invalid) -> Configuration {
    guard FileManager.default.fileExists(atPath: path) else { return Configuration() }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw Invalid(description: "\(path): cannot read")
    }
    let table: TOMLTable
    do {
      table = try TOMLTable(string: String(decoding: data, as: UTF8.self))
    } catch let error as TOMLParseError {
      throw Invalid(
        description:
          "\(path):\(error.source.begin.line):\(error.source.begin.column): \(error.description)")
    } catch {
      throw Invalid(description: "\(path): \(error)")
    }
    return try parse(table, path: path)
  }

  static func parse(_ table: TOMLTable, path: String) throws(Invalid) -> Configuration {
    var configuration = Configuration()
    func fail(_ reason: String) -> Invalid { Invalid(description: "\(path): \(reason)") }
    for key in table.keys where !["matching", "display", "keys"].contains(key) {
      throw fail("unknown section [\(key)]")
    }
    if let matching = table["matching"]?.table {
      for key in matching.keys {
        guard let threshold = MatchingSettings.threshold(named: key) else {
          throw fail("unknown setting matching.\(key)")
        }
        let range = threshold.range
        let kind = threshold.isInteger ? "a whole number" : "a number"
        guard let value = matching[key]?.double ?? matching[key]?.int.map(Double.init),
          let changed = threshold.setting(value, in: configuration.matching)
        else {
          throw fail(
            "matching.\(key) must be \(kind) from \(threshold.formatted(range.lowerBound)) to "
              + threshold.formatted(range.upperBound))
        }
        configuration.matching = changed
      }
    }
    if let display = table["display"]?.table {
      for key in display.keys where !["color", "mouse", "scheme"].contains(key) {
        throw fail("unknown setting display.\(key)")
      }
      if let value = display["color"] {
        guard let text = value.string, let color = ColorChoice(rawValue: text) else {
          throw fail("display.color must be \"auto\", \"always\" or \"never\"")
        }
        configuration.color = color
      }
      if let value = display["mouse"] {
        guard let mouse = value.bool else { throw fail("display.mouse must be true or false") }
        configuration.mouse = mouse
      }
      if let value = display["scheme"] {
        guard let scheme = value.string, schemes.contains(scheme) else {
          throw fail(
            "display.scheme must be one of \(schemes.map { "\"\($0)\"" }.joined(separator: ", "))")
        }
        configuration.scheme = scheme
      }
    }
    if let keys = table["keys"]?.table {
      for name in keys.keys {
        guard let array = keys[name]?.array else {
          throw fail("keys.\(name) must be a list of keys")
        }
        var names: [String] = []
        for element in array {
          guard let key = element.string else { throw fail("keys.\(name) must be a list of keys") }
          names.append(key)
        }
        configuration.keys[name] = names
      }
      do {
        _ = try Keymap.standard.overriding(configuration.keys)
      } catch {
        throw fail(error.description)
      }
    }
    return configuration
  }

  /// The key bindings, with the file's overrides.
  var keymap: Keymap { (try? Keymap.standard.overriding(keys)) ?? .standard }

  /// The colours to draw with, for a terminal with `terminalColors` colours (0 when colour is off).
  func colorCount(terminalColors: Int) -> Int {
    switch scheme {
    case "256": terminalColors > 0 ? 256 : 0
    case "16": terminalColors > 0 ? 16 : 0
    case "mono": 0
    default: terminalColors
    }
  }

  /// The default file, every setting and binding written out with its default value.
  static var defaultText: String {
    var text = """
      # quotedrift configuration: \(path)
      # Options given on the command line win over this file.

      [matching]

      """
    let defaults = MatchingSettings()
    for threshold in MatchingSettings.thresholds {
      text += "# \(threshold.summary)\n"
      text += "\(threshold.name) = \(threshold.formatted(threshold.value(in: defaults)))\n"
    }
    text += """

      [display]
      # auto (colour on a terminal unless NO_COLOR is set), always, never
      color = "auto"
      # false leaves the terminal's own selection and copy alone
      mouse = true
      # auto (from the terminal), "256", "16" or "mono"
      scheme = "auto"

      [keys]
      # Keys: a single character, "Space", "Ctrl-" and a letter, Enter, Esc, Tab, Shift-Tab,
      # Backspace, Up, Down, Left, Right, Home, End, PgUp, PgDn. An empty list unbinds.

      """
    for binding in Keymap.standard.bindings {
      let keys = binding.keys.map {
        "\"\($0.configName.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\""))\""
      }
      text += "\(binding.name) = [\(keys.joined(separator: ", "))]  # \(binding.help)\n"
    }
    return text
  }
}
