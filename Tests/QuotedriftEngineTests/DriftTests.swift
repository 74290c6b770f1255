import Testing

@testable import QuotedriftEngine

/// Collation of a version against its reference: one synthetic pair of articles shows every drift
/// class and meaning flag.
@Suite struct DriftTests {
  static let reference = """
    Weather in Paris was mild today.

    The chairman regularly communicates with defense chiefs across the world, including China and Russia. These conversations remain vital to improving mutual understanding, reducing tensions and avoiding unintended consequences or conflict in 2021. The calls may continue and are not secret.
    """
  static let version = """
    Football results came in late.

    The Chairman communicated with defense chiefs across the world, including Russia and China, Butler said. These conversations remain vital to improving mutual understanding, lowering tensions and avoiding unintended consequences or paperwork in 2020. The calls will surely continue and are secret.
    """

  /// The statement, collated against the first article.
  static let statement: Statement = {
    let analysis = analyze([reference, version])
    let found = analysis.statements.first!
    let referenceIndex = found.versions.firstIndex { $0.article == 0 }!
    return analysis.rebased(found, onVersion: referenceIndex)
  }()

  static let corpus = analyze([reference, version]).corpus

  /// Drift of each word of the version, by its text (first occurrence).
  static let kinds: [String: DriftKind] = {
    let version = statement.versions.first { $0.article == 1 }!
    let article = corpus.articles[1]
    var kinds: [String: DriftKind] = [:]
    for drift in version.passages.flatMap(\.drift)
    where kinds[article.text(ofWord: drift.word)] == nil {
      kinds[article.text(ofWord: drift.word)] = drift.kind
    }
    return kinds
  }()

  @Test func findsOneStatementAcrossBothArticles() {
    let analysis = analyze([Self.reference, Self.version])
    #expect(analysis.statements.count == 1)
    #expect(Set(analysis.statements[0].versions.map(\.article)) == [0, 1])
    #expect(Self.statement.reference.article == 0)
  }

  @Test func theReferenceIsAllSame() {
    #expect(Self.statement.reference.passages.flatMap(\.drift).allSatisfy { $0.kind == .same })
    #expect(Self.statement.reference.kept == 1 && Self.statement.reference.exact == 1)
    #expect(Self.statement.reference.flags.isEmpty)
  }

  @Test(arguments: [
    ("chiefs", DriftKind.same), ("Chairman", .variant), ("communicated", .inflection),
    ("lowering", .synonym), ("paperwork", .reworded), ("surely", .added), ("Butler", .attribution),
    ("said", .attribution),
    ("Russia", .moved),
  ])
  func classifiesEachWord(word: String, kind: DriftKind) {
    #expect(Self.kinds[word] == kind, "\(word)")
  }

  @Test func alignedWordsPointAtTheirReferenceWords() {
    let version = Self.statement.versions.first { $0.article == 1 }!
    let referenceArticle = Self.corpus.articles[0]
    let article = Self.corpus.articles[1]
    for drift in version.passages.flatMap(\.drift) {
      switch drift.kind {
      case .added, .attribution: #expect(drift.referenceWord == nil)
      case .same:
        #expect(
          referenceArticle.text(ofWord: drift.referenceWord!) == article.text(ofWord: drift.word))
      case .synonym where article.text(ofWord: drift.word) == "lowering":
        #expect(referenceArticle.text(ofWord: drift.referenceWord!) == "reducing")
      default: #expect(drift.referenceWord != nil)
      }
    }
  }

  @Test func listsOmittedReferenceWords() {
    let version = Self.statement.versions.first { $0.article == 1 }!
    let omitted = version.omitted.map { Self.corpus.articles[0].text(ofWord: $0) }
    #expect(omitted.contains("regularly"))
    #expect(omitted.contains("not"))
  }

  @Test func flagsNumberNegationAndModalChanges() {
    let version = Self.statement.versions.first { $0.article == 1 }!
    #expect(version.flags == [.number, .negation, .modal])
  }

  @Test func keptIsTheShareOfReferenceWordsTheVersionCarries() {
    let version = Self.statement.versions.first { $0.article == 1 }!
    let referenceWords = Self.statement.reference.passages.reduce(0) { $0 + $1.words.count }
    #expect(version.kept > 0.5 && version.kept < 1)
    #expect(
      abs(version.kept - Double(referenceWords - version.omitted.count) / Double(referenceWords))
        < 1e-9)
  }

  @Test func exactIsTheShareOfTheVersionsOwnWordsThatAreTheReferencesVerbatim() {
    let version = Self.statement.versions.first { $0.article == 1 }!
    let own = version.passages.flatMap(\.drift).filter { $0.kind != .attribution }
    let verbatim = own.filter { [.same, .variant].contains($0.kind) }.count
    #expect(version.exact > 0.5 && version.exact < 1)
    #expect(abs(version.exact - Double(verbatim) / Double(own.count)) < 1e-9)
  }

  @Test func rebasingMakesTheOtherVersionTheReference() {
    let analysis = analyze([Self.reference, Self.version])
    let statement = analysis.statements[0]
    let other = statement.versions.firstIndex { $0.article == 1 }!
    let rebased = analysis.rebased(statement, onVersion: other)
    #expect(rebased.reference.article == 1)
    #expect(rebased.id == statement.id)
    let first = rebased.versions.first { $0.article == 0 }!
    #expect(first.passages.flatMap(\.drift).contains { $0.kind == .synonym })
  }

  @Test func unrelatedArticlesShareNoStatement() {
    let analysis = analyze([
      "The weather in Paris was mild today and the markets rose slightly in early trading.",
      "Football results came in late as the home team lost its third match in a row.",
    ])
    #expect(analysis.statements.isEmpty)
  }
}
