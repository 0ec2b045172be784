package dev.stratsim.expect;

/** What an expression produces; checked while parsing so a mistyped check never reaches a run. */
public enum Kind {
  NUMBER("a number"),
  BOOLEAN("a true/false value"),
  /** Only string literals have it, and only as function arguments such as fired("..."). */
  STRING("a string");

  private final String phrase;

  Kind(String phrase) {
    this.phrase = phrase;
  }

  /** The kind as error messages name it, with its article: "a number". */
  public String phrase() {
    return phrase;
  }
}
