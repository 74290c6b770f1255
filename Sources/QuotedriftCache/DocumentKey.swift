import QuotedriftEngine

/// The key a document is cached under: the analysis it was made from, what made it (the
/// command and every option that shapes its bytes), and the program (``CacheSchema/stamp``),
/// so that another build never reads a document this one wrote.
public struct DocumentKey: Hashable, Sendable {
  let hash: ContentHash
  /// The analysis the document was made from.
  let analysis: AnalysisKey

  /// The document `kind` (say `statements json`) of the analysis cached under `analysis`.
  public init(analysis: AnalysisKey, kind: String) {
    self.analysis = analysis
    var hasher = ContentHasher()
    hasher.add(CacheSchema.stamp)
    hasher.add(analysis.hash.bytes)
    hasher.add(kind)
    hash = hasher.finish()
  }

  /// The name of its file in the documents folder: the hash in hexadecimal.
  var fileName: String { Self.fileName(of: hash.bytes) }

  /// The file name of the key whose hash is `bytes`.
  static func fileName(of bytes: [UInt8]) -> String {
    bytes.map { String(format: "%02x", $0) }.joined()
  }
}
