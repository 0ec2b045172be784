package dev.stratsim.analysis.calibrate;

import dev.stratsim.expect.Expr;
import dev.stratsim.scenario.Expectation;

/**
 * One check of a suite scenario that the calibration scores: an {@code expect:} entry or a
 * {@code followed:} entry, parsed once.
 *
 * @param kind {@code expect} or {@code followed}
 */
public record Check(String kind, Expectation entry, Expr expr) {
  public static final String EXPECT = "expect";
  public static final String FOLLOWED = "followed";

  /** {@code file:line:column} of the entry. */
  public String location() {
    return entry.file() + (entry.line() > 0 ? ":" + entry.line() + (entry.column() > 0 ? ":" + entry.column() : "") : "");
  }
}
