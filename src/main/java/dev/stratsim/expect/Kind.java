package dev.stratsim.expect;

/** What an expression produces; checked while parsing so a mistyped check never reaches a run. */
public enum Kind {
  NUMBER("a number"),
  BOOLEAN("a true/false value"),
  /** Only string literals have it, and only as function arguments such as fired("..."). */
  STRING("a string"),
  /**
   * Only in a {@link FunctionSpec}: a parameter that takes a number or a true/false value, or a
   * result of the kind of the first argument, as {@code nodeal(...)} has. No expression has it.
   */
  ANY("a number or a true/false value");

  private final String phrase;

  Kind(String phrase) {
    this.phrase = phrase;
  }

  /** The kind as error messages name it, with its article: "a number". */
  public String phrase() {
    return phrase;
  }
}
