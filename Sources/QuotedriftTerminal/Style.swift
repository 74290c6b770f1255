/// A terminal colour: the terminal's default, one of the 16 ANSI colours, or one of 256.
public enum TerminalColor: Sendable, Hashable {
  case terminalDefault
  /// 0–15: black, red, green, yellow, blue, magenta, cyan, white, then their bright forms.
  case ansi(UInt8)
  /// 0–255 in the xterm palette.
  case indexed(UInt8)
}

/// Text attributes a cell may carry.
public struct TextAttributes: OptionSet, Sendable, Hashable {
  public let rawValue: UInt8
  public init(rawValue: UInt8) { self.rawValue = rawValue }

  public static let bold = TextAttributes(rawValue: 1 << 0)
  public static let dim = TextAttributes(rawValue: 1 << 1)
  public static let italic = TextAttributes(rawValue: 1 << 2)
  public static let underline = TextAttributes(rawValue: 1 << 3)
  public static let reverse = TextAttributes(rawValue: 1 << 4)
  public static let strikethrough = TextAttributes(rawValue: 1 << 5)
}

/// How a cell looks: foreground, background and attributes.
public struct Style: Sendable, Hashable {
  public var foreground: TerminalColor
  public var background: TerminalColor
  public var attributes: TextAttributes

  public init(
    foreground: TerminalColor = .terminalDefault, background: TerminalColor = .terminalDefault,
    attributes: TextAttributes = []
  ) {
    self.foreground = foreground
    self.background = background
    self.attributes = attributes
  }

  public static let plain = Style()

  /// This style with `other`'s colours where they are set, and both styles' attributes.
  public func patched(with other: Style) -> Style {
    Style(
      foreground: other.foreground == .terminalDefault ? foreground : other.foreground,
      background: other.background == .terminalDefault ? background : other.background,
      attributes: attributes.union(other.attributes))
  }
}
