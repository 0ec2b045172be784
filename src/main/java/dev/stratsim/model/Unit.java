package dev.stratsim.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a metric's numbers count, declared as {@code unit:} in {@code rules/metrics.yaml}. Every
 * output reads it to show a number (one decimal, dollars, a percentage, a whole number), so a new
 * metric needs only its declaration. The set is closed on purpose: each formatter switches over
 * it without a default, so a new unit does not compile until every output knows how to show it.
 */
public enum Unit {
  /** A score on the metric's own scale, such as the 0-100 pillars: {@code 71.0}. */
  POINTS("points"),
  /** US dollars: {@code $24.8B}, {@code $350.0M}. */
  USD("usd"),
  /** A part of a whole, from 0 to 1: {@code 21.3%}; a change is in percentage points. */
  SHARE("share"),
  /** How many of something: {@code 3}. */
  COUNT("count"),
  /** A step on a small ordinal scale, such as 0-3: {@code 2}; fractions between steps are not shown. */
  LEVEL("level");

  /** The words metrics.yaml accepts, in declaration order. */
  public static final List<String> NAMES = Arrays.stream(values()).map(Unit::word).toList();

  private final String word;

  Unit(String word) {
    this.word = word;
  }

  /** How metrics.yaml writes it. */
  public String word() {
    return word;
  }

  public static Optional<Unit> named(String word) {
    return Arrays.stream(values()).filter(u -> u.word.equals(word)).findFirst();
  }
}
