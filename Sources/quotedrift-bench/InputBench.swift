import Foundation

/// Times reading what users bring besides text files: saved web pages (the article-extraction
/// split's 60 pages, read in place, and one generated 50 MB page) through `quotedrift articles`,
/// and an archive of many articles in one JSON Lines file through `quotedrift statements`.
enum InputBench {
  /// One `articles` run over web pages.
  struct PageSpeed {
    var pages: Int
    /// The pages' HTML, decompressed.
    var htmlBytes: Int
    var seconds: Double
    var peakBytes: Int

    var pagesPerSecond: Double { Double(pages) / seconds }
    var megabytesPerSecond: Double { Double(htmlBytes) / 1_048_576 / seconds }
  }

  /// `quotedrift articles --format json` on every `.html.gz` page in `folder`, the median of
  /// `runs`; `nil` when the folder is not there.
  static func savedPages(binary: String, folder: String, scratch: String, runs: Int) throws
    -> PageSpeed?
  {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
      return nil
    }
    let pages = names.filter { $0.hasSuffix(".html.gz") }.sorted().map { "\(folder)/\($0)" }
    guard !pages.isEmpty else { return nil }
    let htmlBytes = try pages.reduce(0) { $0 + (try inflatedSize(of: $1)) }
    return try articlesRun(
      binary: binary, pages: pages, htmlBytes: htmlBytes, scratch: scratch, runs: runs)
  }

  /// One page of about 50 MB: a news article's paragraphs among 200,000 blocks of chrome
  /// (navigation, link lists, share bars), written once into `corpora`.
  static func largePage(binary: String, corpora: String, runs: Int) throws -> PageSpeed {
    let path = "\(corpora)/large-page.html"
    if !FileManager.default.fileExists(atPath: path) {
      try FileManager.default.createDirectory(atPath: corpora, withIntermediateDirectories: true)
      var page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Large page</title>"
      page += "</head><body><nav><ul>"
      var index = 0
      while page.utf8.count < 50 * 1_048_576 {
        page += "<li class=\"menu-item\"><a href=\"/s\(index)\">Section \(index)</a></li>"
        if index % 50 == 0 {
          page += "</ul></nav><div class=\"share-bar\"><a href=\"#\">Share</a></div>"
          page += "<article><p>Paragraph \(index) of the story, in which the council said on "
          page += "Tuesday that the works would go on, and residents asked for more notice.</p>"
          page += "</article><nav><ul>"
        }
        index += 1
      }
      page += "</ul></nav></body></html>"
      try page.write(toFile: path, atomically: true, encoding: .utf8)
    }
    let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
    return try articlesRun(
      binary: binary, pages: [path], htmlBytes: size, scratch: corpora, runs: runs)
  }

  private static func articlesRun(
    binary: String, pages: [String], htmlBytes: Int, scratch: String, runs: Int
  ) throws -> PageSpeed {
    var times: [Double] = []
    var peak = 0
    for _ in 0..<runs {
      let measurement = BenchRunner.run(
        [binary, "articles", "--format", "json"] + pages, stdoutPath: "\(scratch)/pages.json")
      guard measurement.status == 0 else {
        throw BenchError("quotedrift articles failed on \(pages[0]) (status \(measurement.status))")
      }
      times.append(measurement.seconds)
      peak = max(peak, measurement.peakBytes)
    }
    return PageSpeed(
      pages: pages.count, htmlBytes: htmlBytes, seconds: median(times),
      peakBytes: peak)
  }

  /// The decompressed size of a gzip file, from `gzip -dc`.
  private static func inflatedSize(of path: String) throws -> Int {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/gzip")
    process.arguments = ["-dc", path]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return data.count
  }

  /// The articles of a generated corpus folder as one JSON Lines archive (record N is the Nth
  /// file in name order, its whole text the record's `text`), and the planted passages moved to
  /// the records' paths (`FILE#N`; offsets into a record's text are the file's).
  static func archive(of folder: String, planted: [PlantedPassage], into path: String) throws
    -> [PlantedPassage]
  {
    let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    var recordPath: [String: String] = [:]
    if !FileManager.default.fileExists(atPath: path) {
      var lines = Data()
      for name in names {
        let text = try String(contentsOfFile: "\(folder)/\(name)", encoding: .utf8)
        let record: [String: Any] = [
          "title": String(text.prefix { $0 != "\n" }), "source": "Bench Wire", "text": text,
        ]
        lines.append(try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]))
        lines.append(0x0A)
      }
      try lines.write(to: URL(fileURLWithPath: path))
    }
    for (index, name) in names.enumerated() {
      recordPath["\(folder)/\(name)"] = "\(path)#\(index + 1)"
    }
    return planted.map { plant in
      var moved = plant
      moved.path = recordPath[plant.path] ?? plant.path
      return moved
    }
  }
}
