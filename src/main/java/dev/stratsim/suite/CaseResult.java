package dev.stratsim.suite;

import dev.stratsim.scenario.Expectation;

/**
 * One check of one scenario, as a test report shows it.
 *
 * @param kind where the check is written: {@code expect} or {@code expect_simulated}
 * @param detail what it saw ({@code meta.rank@2029 <= 2: meta.rank@2029 was 3})
 */
public record CaseResult(String kind, Expectation expectation, Status status, String detail) {

  public enum Status { PASSED, FAILED }

  /** {@code file:line:column}, or the file alone when the line is not known. */
  public String location() {
    return location(expectation);
  }

  static String location(Expectation e) {
    if (e.file() == null) {
      return "";
    }
    return e.file() + (e.line() > 0 ? ":" + e.line() + (e.column() > 0 ? ":" + e.column() : "") : "");
  }
}
