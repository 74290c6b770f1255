import QuotedriftEngine
import QuotedriftTerminal

/// The reader's look: a style for every role, in one of three schemes chosen from what the
/// terminal can show. In the monochrome scheme every drift class is still told apart by its
/// attributes (dim, underline, bold, reverse, italic and their combinations); omitted words are
/// also shown in `[-brackets]`, since ncurses cannot rely on strike-through.
public struct Theme: Sendable {
  /// How many colours the scheme uses.
  public enum Scheme: String, Sendable { case monochrome, ansi16, color256 }

  public let scheme: Scheme

  /// The scheme for a terminal with `colorCount` colours (0 when colour is off).
  public init(colorCount: Int) {
    scheme = colorCount >= 256 ? .color256 : colorCount >= 8 ? .ansi16 : .monochrome
  }

  public var title: Style { Style(attributes: [.bold]) }
  public var subtle: Style {
    scheme == .monochrome ? Style(attributes: [.dim]) : Style(foreground: .ansi(8))
  }
  public var selection: Style { Style(attributes: [.reverse]) }
  public var marked: Style {
    scheme == .monochrome
      ? Style(attributes: [.bold]) : Style(foreground: .ansi(3), attributes: [.bold])
  }
  public var statusBar: Style {
    scheme == .monochrome
      ? Style(attributes: [.reverse]) : Style(foreground: .ansi(0), background: .ansi(7))
  }
  public var statusKey: Style { statusBar.patched(with: Style(attributes: [.bold])) }
  public var focusedHeader: Style {
    scheme == .monochrome
      ? Style(attributes: [.bold, .underline]) : Style(foreground: .ansi(6), attributes: [.bold])
  }
  public var flag: Style {
    scheme == .monochrome
      ? Style(attributes: [.bold, .reverse]) : Style(foreground: .ansi(1), attributes: [.bold])
  }
  public var searchMatch: Style {
    scheme == .monochrome
      ? Style(attributes: [.reverse, .underline])
      : Style(foreground: .ansi(0), background: .ansi(3))
  }
  public var warning: Style {
    scheme == .monochrome ? Style(attributes: [.bold]) : Style(foreground: .ansi(1))
  }

  /// The tint of statement number `index`: a background in 256 colours, a foreground in 16, and
  /// nothing in monochrome (the gutter marks passages there).
  public func tint(_ index: Int) -> Style {
    switch scheme {
    case .color256:
      let backgrounds: [UInt8] = [17, 22, 53, 58, 23, 52, 54, 24]
      return Style(background: .indexed(backgrounds[index % backgrounds.count]))
    case .ansi16:
      let foregrounds: [UInt8] = [4, 2, 5, 6, 3, 1]
      return Style(foreground: .ansi(foregrounds[index % foregrounds.count]))
    case .monochrome:
      return Style()
    }
  }

  /// The gutter mark of statement number `index`.
  public func gutter(_ index: Int) -> Style {
    switch scheme {
    case .color256:
      let colors: [UInt8] = [33, 40, 170, 178, 37, 160, 135, 39]
      return Style(foreground: .indexed(colors[index % colors.count]))
    case .ansi16: return tint(index)
    case .monochrome: return Style(attributes: [.bold])
    }
  }

  /// How a word of drift `kind` looks.
  public func drift(_ kind: DriftKind) -> Style {
    let attributes: TextAttributes
    switch kind {
    case .same: attributes = []
    case .variant: attributes = [.dim]
    case .inflection: attributes = [.underline]
    case .synonym: attributes = [.bold]
    case .reworded: attributes = [.reverse]
    case .added: attributes = [.bold, .underline]
    case .moved: attributes = [.dim, .underline]
    case .attribution: attributes = [.italic]
    }
    guard scheme == .color256 else { return Style(attributes: attributes) }
    let colors: [DriftKind: UInt8] = [
      .variant: 117, .inflection: 150, .synonym: 222, .reworded: 213, .added: 81, .moved: 45,
      .attribution: 244,
    ]
    guard let color = colors[kind] else { return Style() }
    return Style(
      foreground: .indexed(color),
      attributes: kind == .reworded ? [.bold] : attributes.subtracting(.dim))
  }

  /// How reference words a version leaves out look.
  public var omitted: Style {
    scheme == .color256
      ? Style(foreground: .indexed(203), attributes: [.strikethrough])
      : Style(attributes: [.strikethrough, .dim])
  }
}
