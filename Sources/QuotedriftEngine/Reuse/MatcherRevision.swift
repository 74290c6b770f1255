/// The revision of everything that decides what matching finds from two articles' text: the
/// tokenizer and sentence splitter, the noise filter, the candidate keys and the sentence pair
/// match. A cache of matching results (QuotedriftCache) keys every entry by it, so raising it
/// rebuilds every cache. Raise it with any change to those that can change a result.
public enum MatcherRevision {
  public static let current = 1
}
