/// Statements packed into bytes and back, for a cache: every stored field of ``Statement`` and
/// what it holds, as variable-length integers, IEEE doubles and UTF-8 strings, enumerations by
/// their place among their cases. The statements go in chunks, each with its length first, so
/// that both packing and unpacking run on every core. Unpacking checks every length and value,
/// so bytes that are not such a list give `nil`, never a trap. A field added to those types must
/// be added here (unpacking builds them field by field, so the compiler asks for it) and
/// ``AnalysisRevision`` raised.
public enum StatementArchive {
  /// `statements` as bytes.
  public static func pack(_ statements: [Statement]) -> [UInt8] {
    let chunks = Parallel.mapChunks(count: statements.count, chunks: maximumChunks) { range in
      var writer = PackedWriter()
      writer.list(statements[range]) { writer, statement in
        writer.string(statement.id)
        writer.string(statement.label)
        writer.optional(statement.speaker) { $0.string($1) }
        writer.list(statement.versions) { $0.version($1) }
        writer.integer(statement.referenceIndex)
        writer.code(statement.referenceBasis, of: Cases.referenceBases)
      }
      return writer.bytes
    }
    var writer = PackedWriter()
    writer.list(chunks) { $0.bytes($1) }
    return writer.bytes
  }

  /// The statements `bytes` hold; nil when they are not what ``pack(_:)`` wrote.
  public static func unpack(_ bytes: [UInt8]) -> [Statement]? {
    var reader = PackedReader(bytes)
    guard let chunks = reader.list({ $0.bytesRange() }), reader.isAtEnd else { return nil }
    let unpacked = Parallel.map(count: chunks.count) { chunk -> [Statement]? in
      var reader = PackedReader(bytes, in: chunks[chunk])
      let statements = reader.list { reader -> Statement? in
        guard let id = reader.string(), let label = reader.string(),
          let speaker = reader.optional({ $0.string() }),
          let versions = reader.list({ $0.version() }), let referenceIndex = reader.integer(),
          let basis = reader.code(of: Cases.referenceBases)
        else { return nil }
        return Statement(
          id: id, label: label, speaker: speaker, versions: versions,
          referenceIndex: referenceIndex, referenceBasis: basis)
      }
      return reader.isAtEnd ? statements : nil
    }
    var statements: [Statement] = []
    for chunk in unpacked {
      guard let chunk else { return nil }
      statements.append(contentsOf: chunk)
    }
    return statements
  }

  /// At most this many chunks: enough to keep every core busy, few enough that each is long.
  private static let maximumChunks = 64

  /// The cases of each enumeration stored, in the order their codes count.
  fileprivate enum Cases {
    static let referenceBases = Array(ReferenceBasis.allCases)
    static let driftKinds = Array(DriftKind.allCases)
    static let quotations = Array(Quotation.allCases)
    static let flags = Array(MeaningFlag.allCases)
    static let attributionKinds = Array(Attribution.Kind.allCases)
  }
}

extension PackedWriter {
  fileprivate mutating func version(_ version: StatementVersion) {
    integer(version.article)
    list(version.passages) { $0.passage($1) }
    double(version.kept)
    double(version.exact)
    list(version.flagged) { writer, flagged in
      writer.code(flagged.flag, of: StatementArchive.Cases.flags)
      writer.list(flagged.words) { $0.integer($1) }
      writer.list(flagged.referenceWords) { $0.integer($1) }
    }
    list(version.omitted) { $0.integer($1) }
    code(version.quotation, of: StatementArchive.Cases.quotations)
    list(version.attributions) { writer, attribution in
      writer.string(attribution.speaker)
      writer.code(attribution.kind, of: StatementArchive.Cases.attributionKinds)
      writer.range(attribution.words)
      writer.integer(attribution.start)
      writer.integer(attribution.end)
    }
    optional(version.sameStatement) { $0.double($1) }
  }

  fileprivate mutating func passage(_ passage: Passage) {
    string(passage.id)
    integer(passage.article)
    range(passage.words)
    integer(passage.start)
    integer(passage.end)
    list(passage.drift) { writer, drift in
      writer.integer(drift.word)
      writer.code(drift.kind, of: StatementArchive.Cases.driftKinds)
      writer.optional(drift.referenceWord) { $0.integer($1) }
      writer.integer(drift.quoted ? 1 : 0)
    }
    list(passage.pieces) { writer, piece in
      writer.range(piece.words)
      writer.integer(piece.start)
      writer.integer(piece.end)
      writer.code(piece.quotation, of: StatementArchive.Cases.quotations)
    }
  }
}

extension PackedReader {
  fileprivate mutating func version() -> StatementVersion? {
    guard let article = integer(), let passages = list({ $0.passage() }), let kept = double(),
      let exact = double(),
      let flagged = list({ reader -> FlaggedWords? in
        guard let flag = reader.code(of: StatementArchive.Cases.flags),
          let words = reader.list({ $0.integer() }),
          let referenceWords = reader.list({ $0.integer() })
        else { return nil }
        return FlaggedWords(flag: flag, words: words, referenceWords: referenceWords)
      }),
      let omitted = list({ $0.integer() }),
      let quotation = code(of: StatementArchive.Cases.quotations),
      let attributions = list({ reader -> Attribution? in
        guard let speaker = reader.string(),
          let kind = reader.code(of: StatementArchive.Cases.attributionKinds),
          let words = reader.range(), let start = reader.integer(), let end = reader.integer()
        else { return nil }
        return Attribution(speaker: speaker, kind: kind, words: words, start: start, end: end)
      }),
      let sameStatement = optional({ $0.double() })
    else { return nil }
    return StatementVersion(
      article: article, passages: passages, kept: kept, exact: exact, flagged: flagged,
      omitted: omitted, quotation: quotation, attributions: attributions,
      sameStatement: sameStatement)
  }

  fileprivate mutating func passage() -> Passage? {
    guard let id = string(), let article = integer(), let words = range(),
      let start = integer(), let end = integer(),
      let drift = list({ reader -> WordDrift? in
        guard let word = reader.integer(),
          let kind = reader.code(of: StatementArchive.Cases.driftKinds),
          let referenceWord = reader.optional({ $0.integer() }), let quoted = reader.integer()
        else { return nil }
        return WordDrift(word: word, kind: kind, referenceWord: referenceWord, quoted: quoted == 1)
      }),
      let pieces = list({ reader -> PassagePiece? in
        guard let words = reader.range(), let start = reader.integer(), let end = reader.integer(),
          let quotation = reader.code(of: StatementArchive.Cases.quotations)
        else { return nil }
        return PassagePiece(words: words, start: start, end: end, quotation: quotation)
      })
    else { return nil }
    return Passage(
      id: id, article: article, words: words, start: start, end: end, drift: drift, pieces: pieces)
  }
}
