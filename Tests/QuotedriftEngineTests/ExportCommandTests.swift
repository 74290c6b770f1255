import Foundation
import Testing

@testable import QuotedriftEngine

/// `quotedrift export` through the real binary, and the atomic writer under it.
@Suite struct ExportCommandTests {
  let command = CommandLineTests()

  @Test func markdownShowsTheButlerVersionsWithTheirDrift() throws {
    let result = try command.run(["export", "--format", "md", "--statement", "s1", "Articles"])
    #expect(result.status == 0)
    #expect(result.output.hasPrefix("# quotedrift: 1 statement\n"))
    #expect(
      result.output.contains("## S1 · Col\\. Dave Butler")
        || result.output.contains("## S1 · Col. Dave Butler"))
    #expect(result.output.contains("**lowering**"))
    #expect(result.output.contains("~~with~~"))
    #expect(result.output.contains("| reference | a2 ·"))
  }

  @Test(arguments: ["html", "md", "tei", "json", "ansi", "text"])
  func hostileTextIsExportedSafely(format: String) throws {
    let folder = TemporaryFolder()
    let quote =
      "The chairman regularly communicates with defense chiefs across the world, including China and Russia."
    folder.write(
      "a.txt",
      "First <script>alert('x')</script> & \"quotes\"\n\n\(quote) \u{1B}]0;title\u{07}<b>bold</b> & more."
    )
    folder.write("b.txt", "Second story\n\n\(quote) <script>alert(1)</script>")
    let result = try command.run(["export", "--format", format, folder.path])
    #expect(result.status == 0)
    #expect(!result.output.contains("]0;title\u{07}"), "no raw escape sequence")
    if ["md", "html", "tei"].contains(format) {
      #expect(!result.output.contains("<script>"))
      #expect(result.output.contains("&lt;script&gt;"))
    }
    if format != "ansi" { #expect(!result.output.contains("\u{1B}")) }
  }

  /// Runs xmllint on `file`; its exit status and what it reported.
  func xmllint(_ arguments: [String]) throws -> (Int32, String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["xmllint"] + arguments
    return try process.runReadingErrors()
  }

  @Test func teiIsWellFormedWithWitnessesAndApparatus() throws {
    let folder = TemporaryFolder()
    let path = folder.url.appendingPathComponent("out.xml").path
    #expect(try command.run(["export", "--format", "tei", "-o", path, "Articles"]).status == 0)
    let (status, errors) = try xmllint(["--noout", path])
    #expect(status == 0, "\(errors)")
    let tei = try String(contentsOfFile: path, encoding: .utf8)
    #expect(tei.contains("<listWit>"))
    #expect(tei.contains("<witness xml:id=\"a2\">"))
    #expect(tei.contains("<app><lem wit=\"#a2\">reducing</lem>"))
    #expect(tei.contains(">lowering</rdg>"))
  }

  @Test func htmlIsSelfContainedParsesAndShowsTheButlerVersions() throws {
    let folder = TemporaryFolder()
    let path = folder.url.appendingPathComponent("out.html").path
    #expect(try command.run(["export", "--format", "html", "-o", path, "Articles"]).status == 0)
    let (status, errors) = try xmllint(["--html", "--noout", path])
    #expect(status == 0)
    let unexpected = errors.split(separator: "\n").filter {
      $0.contains("error") && !$0.contains("invalid")
    }
    #expect(unexpected.isEmpty, "\(errors)")
    let html = try String(contentsOfFile: path, encoding: .utf8)
    #expect(!html.contains("<script") && !html.contains("http://") && !html.contains("https://"))
    for column in ["Credits", "Quotation", "Kept", "Exact", "Flags"] {
      #expect(html.contains("<th scope=\"col\">\(column)</th>"), "\(column)")
    }
    #expect(
      html.contains(
        "class=\"d-synonym\" title=\"synonym: a synonym (reference: “reducing”)\">lowering</span>"))
    #expect(html.contains("<del title=\"omitted"))
    #expect(html.contains("@media print"))
  }

  static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  /// A screenshot of `html` by headless Chromium; its size in bytes.
  func screenshot(of html: String, in folder: TemporaryFolder, named name: String) throws -> Int {
    let page = folder.write("\(name).html", html)
    let picture = folder.url.appendingPathComponent("\(name).png").path
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Self.chromium!)
    process.arguments = [
      "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1100,1000",
      "--screenshot=\(picture)", "file://\(page)",
    ]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    let attributes = try FileManager.default.attributesOfItem(atPath: picture)
    return (attributes[.size] as? Int) ?? 0
  }

  @Test(
    .enabled(
      if: chromium != nil,
      "chromium is missing, so the HTML export is not rendered: make deps installs it"))
  func theHTMLExportRendersInHeadlessChromium() throws {
    let folder = TemporaryFolder()
    let export = try command.run(["export", "--format", "html", "--statement", "s1", "Articles"])
    #expect(export.status == 0)
    let blank = try screenshot(
      of: "<!DOCTYPE html><html><body></body></html>", in: folder, named: "blank")
    let rendered = try screenshot(of: export.output, in: folder, named: "butler")
    #expect(blank > 0)
    #expect(
      rendered > blank * 10,
      "the page is not blank (\(rendered) bytes against \(blank) for a blank page)")
  }

  @Test func compareShowsTheArticlesSideBySideWithTintedPassages() throws {
    let result = try command.run([
      "export", "--format", "html", "--compare", "Articles/000_072c7aa62f21f068.txt",
      "Articles/001_8edeff3be66b5690.txt",
    ])
    #expect(result.status == 0)
    #expect(result.output.contains("<h2>Side by side</h2>"))
    #expect(result.output.contains("grid-template-columns:repeat(2,1fr)"))
    #expect(result.output.contains("<h3>a1 · Milley’s alleged calls"))
    #expect(result.output.contains("<mark class=\"d-synonym\" style=\"background:"))
    #expect(
      try command.run(["export", "--compare", "Articles/000_072c7aa62f21f068.txt"]).status != 0)
  }

  static var canMountTmpfs: Bool {
    getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/bin/mount")
  }

  /// A small tmpfs mounted at `name` inside `folder` with `options`; nil (and an issue recorded)
  /// when it cannot be mounted.
  func mountTmpfs(in folder: TemporaryFolder, named name: String, options: String) throws -> String?
  {
    let mountPoint = folder.url.appendingPathComponent(name).path
    try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
    let mount = Process()
    mount.executableURL = URL(fileURLWithPath: "/bin/mount")
    mount.arguments = ["-t", "tmpfs", "-o", options, "tmpfs", mountPoint]
    try mount.run()
    mount.waitUntilExit()
    guard mount.terminationStatus == 0 else {
      Issue.record("could not mount a tmpfs (\(options)) at \(mountPoint)")
      return nil
    }
    return mountPoint
  }

  func unmount(_ mountPoint: String) {
    let unmount = Process()
    unmount.executableURL = URL(fileURLWithPath: "/bin/umount")
    unmount.arguments = [mountPoint]
    try? unmount.run()
    unmount.waitUntilExit()
  }

  @Test(
    .enabled(if: canMountTmpfs, "mounting a small tmpfs needs root"),
    arguments: [
      (options: "size=64k", format: "json", reason: "no space left on device"),
      (options: "size=64k,ro", format: "html", reason: "read-only file system"),
    ])
  func anUnwritableTargetIsAClearErrorAndLeavesNothing(
    options: String, format: String, reason: String
  ) throws {
    let folder = TemporaryFolder()
    guard let mountPoint = try mountTmpfs(in: folder, named: "target", options: options) else {
      return
    }
    defer { unmount(mountPoint) }
    let target = mountPoint + "/out." + format
    let result = try command.run(["export", "--format", format, "-o", target, "Articles"])
    #expect(result.status == 2)
    #expect(result.errors == "quotedrift: error: \(target): cannot write (\(reason))\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: mountPoint).isEmpty)
  }

  static var canDropPrivileges: Bool {
    getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")
  }

  @Test(.enabled(if: canDropPrivileges, "reading as another user needs root and setpriv"))
  func anUnreadableArticleIsSkippedWithAWarning() throws {
    let folder = TemporaryFolder()
    try FileManager.default.setAttributes(
      [.posixPermissions: 0o755], ofItemAtPath: folder.path)
    let quote = "The chairman regularly communicates with defense chiefs across the world."
    let first = folder.write("a.txt", "First\n\n\(quote)")
    folder.write("b.txt", "Second\n\n\(quote)")
    let locked = folder.write("locked.txt", "Locked\n\n\(quote)")
    for path in [first, folder.path + "/b.txt"] {
      try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
    }
    try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: locked)
    // A copy of the binary the other user can reach, wherever the project was cloned.
    let binaries = TemporaryFolder()
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: binaries.path)
    let binary = binaries.path + "/quotedrift"
    try FileManager.default.copyItem(atPath: CommandLineTests.binary, toPath: binary)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: binary)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
    process.arguments = [
      "--reuid=65534", "--regid=65534", "--clear-groups", binary, "statements", "--no-cache",
      folder.path,
    ]
    process.currentDirectoryURL = URL(fileURLWithPath: "/")
    process.environment = ["HOME": "/nonexistent", "PATH": "/usr/bin:/bin"]
    let (status, errors) = try process.runReadingErrors()
    #expect(status == 0)
    #expect(errors == "quotedrift: warning: \(locked): skipped: cannot read (permission denied)\n")
  }

  @Test func aFileIsWrittenWholeAndReplacedWhole() throws {
    let folder = TemporaryFolder()
    let path = folder.write("out.md", "old contents that are longer than nothing")
    let result = try command.run(["export", "-o", path, "--statement", "s3"])
    #expect(result.status == 0)
    #expect(result.errors == "quotedrift: wrote \(path)\n")
    let written = try String(contentsOfFile: path, encoding: .utf8)
    #expect(written.hasPrefix("# quotedrift: 1 statement"))
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.md"],
      "no temporary file left")
  }

  @Test func anUnwritableTargetIsAOneLineErrorAndLeavesNothing() throws {
    let result = try command.run(["export", "-o", "/no/such/folder/out.md"])
    #expect(result.status == 2)
    #expect(
      result.errors
        == "quotedrift: error: /no/such/folder/out.md: cannot write (no such file or directory)\n")
  }

  @Test func theWriterReplacesAFileAndCleansUpAfterAFailedRename() throws {
    let folder = TemporaryFolder()
    let target = folder.write("out.txt", "old")
    try AtomicFileWriter.write(Array("new".utf8), to: target)
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "new")
    // A folder where the file should go: the rename fails, and the temporary file goes too.
    let blocked = folder.url.appendingPathComponent("blocked").path
    try FileManager.default.createDirectory(
      atPath: blocked + "/inside", withIntermediateDirectories: true)
    #expect(throws: AtomicFileWriter.Failure.self) {
      try AtomicFileWriter.write(Array("x".utf8), to: blocked)
    }
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
        "blocked", "out.txt",
      ])
  }

  @Test func anUnknownStatementIsAnError() throws {
    let result = try command.run(["export", "--statement", "s99"])
    #expect(result.status == 2)
    #expect(result.errors.hasPrefix("quotedrift: error: no statement s99"))
  }
}
