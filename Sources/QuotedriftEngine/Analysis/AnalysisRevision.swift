/// The revision of everything that decides which statements an analysis finds in a set of
/// articles: loading, tokenizing, matching, chaining, collating, attributing. A cache of analyses
/// (QuotedriftCache) is stamped with it and rebuilt when it differs, so raise it with any change
/// that can change a statement. (The cache is also rebuilt whenever the binary is.)
public enum AnalysisRevision {
  public static let current = 4
}
