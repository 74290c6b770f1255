import QuotedriftEngine
import QuotedriftTerminal

/// The export dialog, drawn over the screen: the formats (Tab picks), the file (typed), and what
/// Enter and Esc do.
enum ExportDialogView {
  static func render(
    _ dialog: ExportDialog, theme: Theme, into buffer: inout ScreenBuffer,
    _ geometry: ReaderGeometry
  ) {
    let width = min(geometry.width - 2, 72)
    let box = Rect(
      x: (geometry.width - width) / 2, y: max(1, geometry.height / 2 - 3), width: width, height: 6)
    buffer.fill(box, style: theme.statusBar)
    let count = dialog.statements.count
    buffer.put(
      " Export \(count) statement\(count == 1 ? "" : "s")", x: box.x, y: box.y,
      style: theme.statusKey, limit: box.width)
    var x = box.x + 1
    buffer.put("Format ", x: x, y: box.y + 2, style: theme.statusBar)
    x += 7
    for format in ExportFormat.allCases {
      let label = format == dialog.format ? "[\(format.rawValue)]" : " \(format.rawValue) "
      x += buffer.put(
        label, x: x, y: box.y + 2,
        style: format == dialog.format ? theme.statusKey : theme.statusBar, limit: box.maxX - x)
    }
    buffer.put("  Tab", x: x, y: box.y + 2, style: theme.statusBar, limit: max(0, box.maxX - x))
    buffer.put("File   ", x: box.x + 1, y: box.y + 3, style: theme.statusBar)
    let field = box.width - 9
    let shown = String(dialog.path.suffix(max(1, field - 1)))
    buffer.put(shown + "▏", x: box.x + 8, y: box.y + 3, style: theme.statusKey, limit: field)
    let hint =
      dialog.confirmingOverwrite ? " Enter overwrite   Esc cancel" : " Enter write   Esc cancel"
    buffer.put(hint, x: box.x, y: box.y + 5, style: theme.statusBar, limit: box.width)
  }
}
