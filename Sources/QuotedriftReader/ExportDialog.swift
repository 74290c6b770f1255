import QuotedriftEngine
import QuotedriftTerminal

/// The export dialog, drawn over the screen it exports: the formats (Tab picks), the file
/// (typed), and what Enter and Esc do. Enter hands the loop the bytes to write; the loop answers
/// with ``ReaderAction/exportNeedsConfirmation`` or ``ReaderAction/exportFinished(path:error:)``.
struct ExportDialog: ReaderScreen {
  var kind: ScreenKind { .export }
  var search = SearchState()
  var coversScreen: Bool { false }
  var format: ExportFormat = .html
  /// The file to write, as typed.
  var path: String
  /// The file exists and Enter again overwrites it.
  var confirmingOverwrite = false
  /// The statements exported, as shown (a collation keeps its chosen reference).
  var statements: [Statement]
  /// The analysis they belong to.
  let analysis: Analysis

  init(statements: [Statement], of analysis: Analysis) {
    self.statements = statements
    self.analysis = analysis
    let label =
      statements.count == 1 ? "\(statements[0].id) \(statements[0].label)" : "statements"
    path = "exports/" + format.fileName(for: label)
  }

  static let bindings: [KeyBinding] = [
    KeyBinding("export_write", [.enter], .exportSubmit, "write the file (again to overwrite)"),
    KeyBinding("export_cancel", [.escape], .exportCancel, "close the dialog"),
    KeyBinding("export_format", [.tab], .exportNextFormat, "the next format"),
    KeyBinding("export_erase", [.backspace], .exportBackspace, "erase the last character"),
  ]

  /// Every character typed goes into the file name.
  func textInput(for key: Key) -> ReaderAction? {
    if case .character(let character) = key { return .exportInput(character) }
    return nil
  }

  mutating func update(_ action: ReaderAction, _ context: inout ScreenContext) -> ScreenOutcome {
    switch action {
    case .exportNextFormat:
      let formats = ExportFormat.allCases
      let next = formats[(formats.firstIndex(of: format)! + 1) % formats.count]
      if path.hasSuffix("." + format.fileExtension) {
        path = String(path.dropLast(format.fileExtension.count)) + next.fileExtension
      }
      format = next
      confirmingOverwrite = false
    case .exportInput(let character):
      path.append(character)
      confirmingOverwrite = false
    case .exportBackspace:
      if !path.isEmpty { path.removeLast() }
      confirmingOverwrite = false
    case .exportCancel:
      return .back
    case .exportSubmit:
      guard !path.isEmpty else {
        context.message = "type a file name"
        return .stay
      }
      let bytes = format.render(statements, of: analysis)
      return .effect(.export(path: path, bytes: bytes, overwrite: confirmingOverwrite))
    case .exportNeedsConfirmation:
      confirmingOverwrite = true
      context.message = "the file exists: Enter overwrites it, Esc cancels"
    case .exportFinished(let path, let error):
      context.message = error ?? "wrote \(path)"
      return .back
    default:
      break
    }
    return .stay
  }

  func render(into buffer: inout ScreenBuffer, _ context: ScreenContext) {
    let geometry = context.geometry
    let theme = context.theme
    let width = min(geometry.width - 2, 72)
    let box = Rect(
      x: (geometry.width - width) / 2, y: max(1, geometry.height / 2 - 3), width: width, height: 6)
    buffer.fill(box, style: theme.statusBar)
    let count = statements.count
    buffer.put(
      " Export \(counted(count, "statement"))", x: box.x, y: box.y,
      style: theme.statusKey, limit: box.width)
    var x = box.x + 1
    buffer.put("Format ", x: x, y: box.y + 2, style: theme.statusBar)
    x += 7
    for candidate in ExportFormat.allCases {
      let label = candidate == format ? "[\(candidate.rawValue)]" : " \(candidate.rawValue) "
      x += buffer.put(
        label, x: x, y: box.y + 2,
        style: candidate == format ? theme.statusKey : theme.statusBar, limit: box.maxX - x)
    }
    buffer.put("  Tab", x: x, y: box.y + 2, style: theme.statusBar, limit: max(0, box.maxX - x))
    buffer.put("File   ", x: box.x + 1, y: box.y + 3, style: theme.statusBar)
    let field = box.width - 9
    let shown = String(path.suffix(max(1, field - 1)))
    buffer.put(shown + "▏", x: box.x + 8, y: box.y + 3, style: theme.statusKey, limit: field)
    let hint = confirmingOverwrite ? " Enter overwrite   Esc cancel" : " Enter write   Esc cancel"
    buffer.put(hint, x: box.x, y: box.y + 5, style: theme.statusBar, limit: box.width)
  }
}
