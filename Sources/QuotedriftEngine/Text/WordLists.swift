/// Closed word classes of English that matching and drift classification need.
public enum WordLists {
  /// Words that carry grammar rather than content: articles, pronouns, prepositions,
  /// conjunctions, auxiliaries, determiners. They align like any word but weigh little as
  /// evidence, never index a passage, and have no synonyms.
  public static let functionWords: Set<String> = [
    "a", "an", "the", "this", "that", "these", "those", "some", "any", "each", "every", "all",
    "both", "either", "neither", "such", "other", "another", "own", "same",
    "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your",
    "yours", "yourself", "yourselves", "he", "him", "his", "himself", "she", "her", "hers",
    "herself", "it", "its", "itself", "they", "them", "their", "theirs", "themselves", "who",
    "whom", "whose", "which", "what", "whatever", "whoever", "one", "ones",
    "i'm", "i've", "i'll", "i'd", "you're", "you've", "you'll", "you'd", "he's", "he'll", "he'd",
    "she's", "she'll", "she'd", "it's", "it'll", "we're", "we've", "we'll", "we'd", "they're",
    "they've", "they'll", "they'd", "that's", "there's", "here's", "what's", "who's", "let's",
    "of", "in", "on", "at", "by", "for", "with", "about", "against", "between", "into", "through",
    "during", "before", "after", "above", "below", "to", "from", "up", "down", "out", "off",
    "over", "under", "again", "further", "then", "once", "upon", "within", "without", "across",
    "along", "among", "around", "behind", "beyond", "per", "via", "toward", "towards", "onto",
    "amid", "amidst", "amongst", "near", "despite", "throughout", "versus", "since", "until",
    "till", "than", "as", "like",
    "and", "or", "but", "nor", "so", "yet", "if", "because", "while", "although", "though",
    "whether", "unless", "whereas", "also", "too", "very", "just", "only", "even", "still",
    "be", "am", "is", "are", "was", "were", "been", "being", "have", "has", "had", "having",
    "do", "does", "did", "doing", "done", "will", "would", "shall", "should", "can", "could",
    "may", "might", "must", "ought",
    "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "doesn't", "don't",
    "didn't", "won't", "wouldn't", "shan't", "shouldn't", "can't", "cannot", "couldn't",
    "mustn't", "not", "no", "never",
    "there", "here", "when", "where", "why", "how", "now", "more", "most", "less", "least",
    "much", "many", "few", "several", "there's", "s", "t", "'s",
  ]

  /// Words that attribute speech rather than carry it ("said", "according", "spokesperson"):
  /// matching treats them like function words, so "…, Butler said in a statement" is no evidence
  /// that two passages carry the same statement.
  public static let attributionWords: Set<String> = [
    "said", "says", "say", "saying", "told", "tells", "tell", "stated", "states", "statement",
    "added", "adds", "according", "reported", "reports", "reportedly", "noted", "notes",
    "claimed", "claims", "asked", "wrote", "writes", "continued", "explained", "spokesperson",
    "spokesman", "spokeswoman", "allegedly", "alleged",
  ]

  /// Words that open a sentence often enough to end one after an abbreviation ("… in
  /// Washington, D.C. His statement …").
  public static let sentenceStarters: Set<String> = [
    "the", "a", "an", "this", "that", "these", "those", "he", "she", "it", "they", "we", "i",
    "you", "his", "her", "its", "their", "our", "my", "but", "and", "so", "yet", "in", "on",
    "at", "after", "before", "when", "while", "if", "there", "here", "what", "who", "why", "how",
    "as", "for", "meanwhile", "however", "still", "also", "one",
  ]

  /// Words that negate: when a version has a different count of them than the reference, the
  /// meaning may have flipped.
  public static let negations: Set<String> = [
    "not", "no", "never", "none", "nor", "neither", "nobody", "nothing", "nowhere", "without",
    "cannot", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "doesn't",
    "don't", "didn't", "won't", "wouldn't", "shan't", "shouldn't", "can't", "couldn't",
    "mustn't", "n't",
  ]

  /// Modal verbs, with the modal they stand for ("won't" stands for "will").
  public static let modals: [String: String] = [
    "may": "may", "might": "might", "will": "will", "would": "would", "can": "can",
    "could": "could", "shall": "shall", "should": "should", "must": "must", "ought": "ought",
    "won't": "will", "wouldn't": "would", "can't": "can", "cannot": "can", "couldn't": "could",
    "shouldn't": "should", "mustn't": "must", "shan't": "shall", "i'll": "will", "you'll": "will",
    "he'll": "will", "she'll": "will", "it'll": "will", "we'll": "will", "they'll": "will",
    "i'd": "would", "you'd": "would", "he'd": "would", "she'd": "would", "we'd": "would",
    "they'd": "would",
  ]

  /// The form numbers and dates are stemmed as, so that writings of one number or date match:
  /// number words as digits ("two" and "2"), month abbreviations as the month ("Oct." and
  /// "October"). Ordinals and "second" (a unit of time too) keep their own forms.
  public static let canonicalForms: [String: String] = {
    let numbers = [
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
      "nineteen", "twenty",
    ]
    var forms = Dictionary(uniqueKeysWithValues: numbers.enumerated().map { ($1, String($0)) })
    for (tens, word) in ["thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
      .enumerated()
    {
      forms[word] = String(30 + 10 * tens)
    }
    let months = [
      "jan": "january", "feb": "february", "mar": "march", "apr": "april", "jun": "june",
      "jul": "july", "aug": "august", "sep": "september", "sept": "september", "oct": "october",
      "nov": "november", "dec": "december",
    ]
    forms.merge(months) { first, _ in first }
    return forms
  }()

  /// Words that name a date: a changed one changes a fact just as a changed number does.
  public static let dateWords: Set<String> = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "yesterday", "today", "tomorrow",
  ]

  /// Number words, which count as numbers for the meaning flags.
  public static let numberWords: Set<String> = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    "hundred", "thousand", "million", "billion", "trillion", "dozen", "first", "second", "third",
    "fourth", "fifth", "half", "twice", "once",
  ]

  /// Abbreviations that stand before a name and never end a sentence ("Gen. Mark Milley").
  public static let titleAbbreviations: Set<String> = [
    "mr", "mrs", "ms", "dr", "gen", "col", "sen", "sens", "rep", "reps", "gov", "lt", "sgt",
    "capt", "maj", "adm", "cmdr", "pres", "prof", "rev", "st", "hon", "gens", "cpl", "pvt",
    "brig", "supt", "insp", "det", "fr", "sr", "jr", "messrs", "mme", "mlle", "no", "nos", "vs",
    "v", "ft", "mt", "rt",
  ]

  /// The length in bytes of the longest of ``titleAbbreviations`` and ``abbreviations``: a longer
  /// word is neither, without looking it up.
  static let longestAbbreviation = titleAbbreviations.union(abbreviations).map(\.utf8.count)
    .max()!

  /// Other abbreviations that end with a period and usually do not end the sentence.
  public static let abbreviations: Set<String> = [
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc",
    "corp", "co", "ltd", "llc", "etc", "approx", "est", "dept", "univ", "assn", "bros", "al",
    "ave", "blvd", "rd", "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill",
    "ind", "kan", "kans", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb",
    "nev", "okla", "ore", "pa", "penn", "tenn", "tex", "va", "vt", "wash", "wis", "wyo", "fig",
    "vol", "pp", "cf", "ed", "eds", "p", "op", "cit", "ibid", "mins", "hrs", "sec",
  ]
}
