/// The version `quotedrift --version` prints.
public enum QuotedriftVersion {
  public static let current = "0.1.0"
}
