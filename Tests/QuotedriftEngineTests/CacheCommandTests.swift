import Foundation
import GRDB
import Testing

@testable import QuotedriftCache

/// The cache through the real binary: `--no-cache`, `quotedrift cache`, and the faults it must
/// survive (a kill mid-write, a read-only folder, a full disk, a second process).
@Suite struct CacheCommandTests {
  let command = CommandLineTests()

  /// `statements --format json Articles` with its cache in `home`.
  func statements(home: String, _ extra: [String] = [], environment: [String: String] = [:])
    throws -> CommandLineTests.Run
  {
    try command.run(
      ["statements", "--format", "json"] + extra + ["Articles"],
      environment: environment.merging(["XDG_CACHE_HOME": home]) { $1 })
  }

  func analyses(in home: String) throws -> Int {
    let database = try DatabaseQueue(path: CacheLocation.database(in: home + "/quotedrift"))
    defer { try? database.close() }
    return try database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM analyses") ?? 0
    }
  }

  /// When the cached analysis was last used (a hit marks it), in milliseconds.
  func lastUse(in home: String) throws -> Int64? {
    let database = try DatabaseQueue(path: CacheLocation.database(in: home + "/quotedrift"))
    defer { try? database.close() }
    return try database.read { db in try Int64.fetchOne(db, sql: "SELECT max(used) FROM analyses") }
  }

  @Test func aSecondRunLoadsTheFirstRunsAnalysis() throws {
    let home = TemporaryFolder()
    let first = try statements(home: home.path)
    let stored = try #require(try lastUse(in: home.path))
    Thread.sleep(forTimeInterval: 0.01)
    let second = try statements(home: home.path)
    #expect(second.output == first.output && second.errors.isEmpty)
    #expect(try analyses(in: home.path) == 1)
    #expect(try #require(try lastUse(in: home.path)) > stored, "the second run read the cache")
  }

  @Test func filesUnchangedSinceTheLastRunAreNotReadAgainAndChangedOnesAre() throws {
    let home = TemporaryFolder()
    let folder = TemporaryFolder()
    let quote = "The calls were routine and consistent with his duties, the spokesman said."
    folder.write("a.txt", "First report\n\n\(quote)")
    let b = folder.write("b.txt", "Second report\n\n\(quote)")
    // Older than the two seconds in which a change may go unseen by the file's times.
    Thread.sleep(forTimeInterval: 2.1)
    func run() throws -> CommandLineTests.Run {
      try command.run(
        ["statements", "--format", "json", folder.path],
        environment: ["XDG_CACHE_HOME": home.path, "QUOTEDRIFT_STAGE_TIMES": "1"])
    }
    let first = try run()
    #expect(first.errors.contains("stage loading: 0 files unpacked from the cache"))
    // Every file's status is the one remembered: the document comes back, no file is read.
    let second = try run()
    #expect(second.errors.contains("stage status check"))
    #expect(!second.errors.contains("stage loading"))
    #expect(second.output == first.output)
    // Touched, not changed: read again, the same text, so the same document.
    try FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: b)
    let touched = try run()
    #expect(touched.errors.contains("stage loading: 1 files unpacked from the cache"))
    #expect(touched.errors.contains("stage document read"))
    #expect(!touched.errors.contains("stage cache read"))
    #expect(touched.output == first.output)
    // The same size, other words: the file's times tell it changed.
    try Data(
      ("Second report\n\n" + quote.replacingOccurrences(of: "routine", with: "ordinary")).utf8
    )
    .write(to: URL(fileURLWithPath: b))
    let third = try run()
    #expect(third.errors.contains("stage loading: 1 files unpacked from the cache"))
    #expect(third.output.contains("ordinary"))
    #expect(third.output != first.output)
  }

  @Test func theCacheCommandShowsAndClearsTheFolder() throws {
    let home = TemporaryFolder()
    let environment = ["XDG_CACHE_HOME": home.path]
    #expect(
      try command.run(["cache", "--path"], environment: environment).output == home.path
        + "/quotedrift\n")
    #expect(try statements(home: home.path, ["--no-cache"]).status == 0)
    #expect(
      !FileManager.default.fileExists(atPath: home.path + "/quotedrift"),
      "--no-cache writes nothing")
    let first = try statements(home: home.path)
    #expect(first.status == 0 && first.errors.isEmpty)
    #expect(try analyses(in: home.path) == 1)
    #expect(try command.run(["cache"], environment: environment).output.contains("index.sqlite: "))
    #expect(try command.run(["cache", "--clear"], environment: environment).status == 0)
    #expect(try command.run(["cache"], environment: environment).output.hasSuffix(": empty\n"))
    #expect(try statements(home: home.path).output == first.output)
    #expect(try command.run(["cache", "--path", "--clear"], environment: environment).status != 0)
  }

  /// Runs `statements --format json Articles` with its cache in `home` and the debug hook
  /// `variable` set, kills it with SIGKILL once it says it stalled, and returns what it said on
  /// standard error and how it ended.
  func killedWhenStalled(home: String, asking variable: String) throws -> (
    said: String, reason: Process.TerminationReason
  ) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: CommandLineTests.binary)
    process.arguments = ["statements", "--format", "json", "Articles"]
    process.currentDirectoryURL = packageRoot
    process.environment = ProcessInfo.processInfo.environment.merging([
      "XDG_CACHE_HOME": home, variable: "1",
    ]) { $1 }
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    var said = Data()
    while !String(decoding: said, as: UTF8.self).contains("stalled") {
      let chunk = errors.fileHandleForReading.availableData
      if chunk.isEmpty { break }
      said.append(chunk)
    }
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    return (String(decoding: said, as: UTF8.self), process.terminationReason)
  }

  @Test func aKillMidWriteLeavesTheLastWholeStateAndTheNextRunIsRight() throws {
    let home = TemporaryFolder()
    let expected = try statements(home: home.path, ["--no-cache"]).output
    let killed = try killedWhenStalled(
      home: home.path, asking: "QUOTEDRIFT_DEBUG_STALL_CACHE_WRITE")
    #expect(killed.said.contains("quotedrift: debug: stalled"))
    #expect(killed.reason == .uncaughtSignal)
    #expect(try analyses(in: home.path) == 0, "the killed transaction left nothing")
    let again = try statements(home: home.path)
    #expect(again.status == 0 && again.errors.isEmpty)
    #expect(again.output == expected)
    #expect(try analyses(in: home.path) == 1)
    #expect(try statements(home: home.path).output == expected)
  }

  @Test func twoProcessesAtOnceShareTheCache() throws {
    let home = TemporaryFolder()
    let expected = try statements(home: home.path, ["--no-cache"]).output
    let results = [0, 1].map { _ in
      let process = Process()
      process.executableURL = URL(fileURLWithPath: CommandLineTests.binary)
      process.arguments = ["statements", "--format", "json", "Articles"]
      process.currentDirectoryURL = packageRoot
      process.environment = ProcessInfo.processInfo.environment.merging([
        "XDG_CACHE_HOME": home.path
      ]) { $1 }
      let output = Pipe()
      process.standardOutput = output
      return (process, output)
    }
    for (process, _) in results { try process.run() }
    for (process, output) in results {
      let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      process.waitUntilExit()
      #expect(process.terminationStatus == 0)
      #expect(text == expected)
    }
    #expect(try analyses(in: home.path) == 1)
  }

  @Test func aCacheThatCannotGrowIsAWarningAndTheStatementsStillCome() throws {
    let home = TemporaryFolder()
    let expected = try statements(home: home.path, ["--no-cache"]).output
    // SQLite's own limit on pages: the tables fit, the statements do not, as on a full disk.
    let result = try statements(
      home: home.path, environment: ["QUOTEDRIFT_DEBUG_CACHE_PAGES": "10"])
    #expect(result.status == 0)
    #expect(result.output == expected)
    #expect(
      result.errors
        == "quotedrift: warning: \(home.path)/quotedrift: cache not used (the disk is full)\n")
    #expect(try analyses(in: home.path) == 0, "the failed write left nothing")
    #expect(try statements(home: home.path).errors.isEmpty)
    #expect(try analyses(in: home.path) == 1)
  }

  @Test func aKillWhileKeepingTheDocumentLeavesNoneAndTheNextRunIsRight() throws {
    let home = TemporaryFolder()
    let expected = try statements(home: home.path, ["--no-cache"]).output
    let killed = try killedWhenStalled(
      home: home.path, asking: "QUOTEDRIFT_DEBUG_STALL_DOCUMENT_WRITE")
    #expect(killed.said.contains("quotedrift: debug: stalled"))
    let documents = CacheLocation.documents(in: home.path + "/quotedrift")
    let left = try FileManager.default.contentsOfDirectory(atPath: documents)
    #expect(left.count == 1 && left[0].hasPrefix("."), "only the killed run's temporary file")
    #expect(try documentRows(in: home.path) == 0)
    let again = try statements(home: home.path)
    #expect(again.status == 0 && again.errors.isEmpty)
    #expect(again.output == expected)
    let kept = try FileManager.default.contentsOfDirectory(atPath: documents)
    #expect(kept.count == 1 && !kept[0].hasPrefix("."), "the abandoned file is gone")
    #expect(try documentRows(in: home.path) == 1)
    #expect(try statements(home: home.path).output == expected)
  }

  @Test func aDocumentThatDoesNotFitIsAWarningAndTheStatementsStillCome() throws {
    let home = TemporaryFolder()
    let expected = try statements(home: home.path, ["--no-cache"]).output
    let result = try statements(
      home: home.path, environment: ["QUOTEDRIFT_DEBUG_DOCUMENT_BYTES": "1000"])
    #expect(result.status == 0)
    #expect(result.output == expected)
    #expect(
      result.errors
        == "quotedrift: warning: \(home.path)/quotedrift: cache not used (the disk is full)\n")
    #expect(try documentRows(in: home.path) == 0)
    #expect(try analyses(in: home.path) == 1, "the analysis fitted")
    let again = try statements(home: home.path)
    #expect(again.errors.isEmpty && again.output == expected)
    #expect(try documentRows(in: home.path) == 1)
  }

  @Test func textAndJSONAreKeptApart() throws {
    let home = TemporaryFolder()
    let environment = ["XDG_CACHE_HOME": home.path]
    let text = try command.run(["statements", "--no-cache", "Articles"]).output
    #expect(try command.run(["statements", "Articles"], environment: environment).output == text)
    let json = try statements(home: home.path)
    #expect(json.output == (try statements(home: home.path, ["--no-cache"])).output)
    #expect(try command.run(["statements", "Articles"], environment: environment).output == text)
    #expect(try documentRows(in: home.path) == 2)
  }

  func documentRows(in home: String) throws -> Int {
    let database = try DatabaseQueue(path: CacheLocation.database(in: home + "/quotedrift"))
    defer { try? database.close() }
    return try database.read { db in
      try Int.fetchOne(db, sql: "SELECT count(*) FROM documents") ?? 0
    }
  }

  /// Runs `mount` with `arguments`; whether it worked.
  func mount(_ arguments: [String]) throws -> Bool {
    let mount = Process()
    mount.executableURL = URL(fileURLWithPath: "/bin/mount")
    mount.arguments = arguments
    try mount.run()
    mount.waitUntilExit()
    return mount.terminationStatus == 0
  }

  @Test(.enabled(if: ExportCommandTests.canMountTmpfs, "mounting a small tmpfs needs root"))
  func aFullDiskIsAWarningAndTheStatementsStillCome() throws {
    let folder = TemporaryFolder()
    let expected = try statements(home: folder.path, ["--no-cache"]).output
    let exports = ExportCommandTests()
    guard let mountPoint = try exports.mountTmpfs(in: folder, named: "cache", options: "size=8k")
    else { return }
    defer { exports.unmount(mountPoint) }
    let result = try statements(home: mountPoint)
    #expect(result.status == 0)
    #expect(result.output == expected)
    #expect(
      result.errors
        == "quotedrift: warning: \(mountPoint)/quotedrift: cache not used (the disk is full)\n")
  }

  @Test(.enabled(if: ExportCommandTests.canMountTmpfs, "mounting a small tmpfs needs root"))
  func aReadOnlyCacheFolderIsAWarningAndTheStatementsStillCome() throws {
    let folder = TemporaryFolder()
    let exports = ExportCommandTests()
    guard let mountPoint = try exports.mountTmpfs(in: folder, named: "cache", options: "size=1m")
    else { return }
    defer { exports.unmount(mountPoint) }
    let expected = try statements(home: mountPoint).output
    #expect(try analyses(in: mountPoint) == 1)
    #expect(try mount(["-o", "remount,ro", mountPoint]))
    let result = try statements(home: mountPoint)
    #expect(result.status == 0)
    #expect(result.output == expected)
    #expect(
      result.errors
        == "quotedrift: warning: \(mountPoint)/quotedrift: cache not used (the folder is read-only)\n"
    )
  }
}
