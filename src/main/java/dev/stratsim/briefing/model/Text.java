package dev.stratsim.briefing.model;

import dev.stratsim.evaluation.Outcome;
import dev.stratsim.expect.Expr;
import dev.stratsim.model.Dollars;
import dev.stratsim.model.Unit;
import dev.stratsim.model.Vocabulary;
import dev.stratsim.output.Numbers;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** How numbers read in a report: those of every other output (Numbers), and a report's own words. */
public final class Text {
  private Text() {}

  public static String fixed1(double value) {
    return Numbers.fixed1(value);
  }

  /** {@code +1.2}, {@code -0.4}, {@code 0.0}: a change with its sign. */
  public static String signed1(double delta) {
    return Numbers.signed1(delta);
  }

  /** The change between two numbers as shown to one decimal, so that a sentence adds up. */
  public static String shownChange(double from, double to) {
    return Numbers.changeAsShown(from, to);
  }

  /** How far apart two numbers are as shown to one decimal. */
  public static String shownDistance(double a, double b) {
    return Numbers.distanceAsShown(a, b);
  }

  public static String signed2(double delta) {
    BigDecimal r = round(delta, 2);
    return r.signum() > 0 ? "+" + r.toPlainString() : r.signum() == 0 ? "0.00" : r.toPlainString();
  }

  /** A number for JSON and CSV: at most four decimals, no exponent, no trailing zeros. */
  public static BigDecimal decimal(double value) {
    return Numbers.json(value);
  }

  /** A metric for people, as its unit says: points 0.0, dollars $B or $M, shares %, counts and levels whole. */
  public static String metric(Unit unit, double value) {
    return Numbers.metric(unit, value);
  }

  /** A metric's change, as its unit says: {@code +1.2}, {@code -$3.1B}, {@code +2.5 pts}, {@code -3}. */
  public static String metricChange(Unit unit, double delta) {
    return Numbers.metricChange(unit, delta);
  }

  /**
   * A metric's name beside its value: {@code valuation} for {@code valuation_usd}, whose value
   * already shows the dollar sign; other names as they are.
   */
  public static String label(String metric, Unit unit) {
    return unit == Unit.USD ? Dollars.withoutSuffix(metric) : metric;
  }

  /**
   * A check's line as a briefing shows it: amounts in dollars of a million or more as $B or $M,
   * as every other dollar figure of the report; every other number as the check writes it (two
   * decimals, so that a near miss shows). Which numbers are dollars is read from the check's
   * parts, never from its text: a value seen is in its metric's unit (metrics.yaml), a literal
   * in the unit of what it is compared with or added to ({@link Expr#unit}); a large count or
   * score stays a number. The line stays plain where it is made ({@code evaluation}, below
   * {@code output}), since {@code check}, {@code run} and their JSON and JUnit XML write it as
   * the source reads; the outputs format its numbers, through {@link Numbers} alone.
   */
  public static String detail(Outcome outcome, Vocabulary vocabulary) {
    return outcome.detail((value, written, measured) -> Math.abs(value) >= 1e6
        && Expr.unit(measured, vocabulary::unitOf) == Unit.USD
        ? (value < 0 ? "-" : "") + usd(Math.abs(value)) : written);
  }

  public static String usd(double value) {
    return Numbers.usd(value);
  }

  public static String percent(double share) {
    return round(share * 100, 0).toPlainString() + "%";
  }

  /** A share as {@code simulate} prints it: {@code 48.1%}. */
  public static String percent1(double share) {
    return round(share * 100, 1).toPlainString() + "%";
  }

  /** 1st, 2nd, 3rd, 4th ... 11th, 12th, 13th, 21st. */
  public static String ordinal(int n) {
    int tens = n % 100;
    String suffix = tens >= 11 && tens <= 13 ? "th"
        : switch (n % 10) {
          case 1 -> "st";
          case 2 -> "nd";
          case 3 -> "rd";
          default -> "th";
        };
    return n + suffix;
  }

  /** "a", "a and b", "a, b and c". */
  public static String and(java.util.List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }

  public static String quoted(String text) {
    return "\u201c" + text + "\u201d";
  }

  private static BigDecimal round(double value, int scale) {
    return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_EVEN);
  }

  public static String capitalized(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
