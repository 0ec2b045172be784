package dev.stratsim.cli;

import dev.stratsim.output.Colours;
import dev.stratsim.suite.CaseResult;
import dev.stratsim.suite.CheckReport;
import dev.stratsim.suite.ScenarioResult;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code check --watch}: the checks that passed before and fail now, or the other way round. */
final class Flips {
  private Flips() {}

  static void write(CheckReport before, CheckReport now, PrintWriter out) {
    Map<String, Check> was = checks(before);
    Map<String, Check> is = checks(now);
    out.println();
    out.println("Since the previous run: " + before.summary() + " -> " + now.summary());
    is.forEach((key, check) -> {
      Check then = was.get(key);
      if (then == null) {
        out.println("  new    " + check.shown());
      } else if (then.status() != check.status()) {
        out.println("  " + (check.status() == CaseResult.Status.PASSED ? Colours.good(out, "fixed") + "  "
            : Colours.bad(out, "broken") + " ") + check.shown());
      }
    });
    was.forEach((key, check) -> {
      if (!is.containsKey(key)) {
        out.println("  gone   " + check.shown());
      }
    });
    out.flush();
  }

  /** One check as last seen: {@code shown} is its scenario and text. */
  private record Check(String shown, CaseResult.Status status) {}

  /**
   * Each check by scenario, kind and place in its list: an edited check is still the same check,
   * and its status is what tells whether the edit broke or fixed it.
   */
  private static Map<String, Check> checks(CheckReport report) {
    Map<String, Check> checks = new LinkedHashMap<>();
    for (ScenarioResult scenario : report.scenarios()) {
      Map<String, Integer> places = new LinkedHashMap<>();
      for (CaseResult c : scenario.cases()) {
        int place = places.merge(c.kind(), 1, Integer::sum);
        checks.put(scenario.scenario().file() + "#" + c.kind() + "#" + place,
            new Check(scenario.scenario().id() + ": " + c.expectation().text(), c.status()));
      }
    }
    return checks;
  }
}
