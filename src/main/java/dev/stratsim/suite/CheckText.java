package dev.stratsim.suite;

import dev.stratsim.output.Colours;
import dev.stratsim.output.TextTable;
import dev.stratsim.problem.UserText;
import java.io.PrintWriter;
import java.util.List;

/**
 * The terminal report of {@code check}: one line per check that failed and per {@code followed:}
 * entry that did not hold, the coverage table when asked for, and the summary lines.
 */
final class CheckText implements CheckFormat {

  @Override
  public void write(CheckReport report, PrintWriter out) {
    boolean listed = false;
    for (ScenarioResult scenario : report.scenarios()) {
      for (CaseResult c : scenario.cases()) {
        if (c.status() == CaseResult.Status.FAILED) {
          out.println(Colours.bad(out, "FAIL") + "  " + UserText.escape(c.location() + ": " + c.detail()));
          listed = true;
        }
      }
    }
    if (listed) {
      out.println();
    }
    List<FollowedResult> notFollowed = report.notFollowed();
    if (!notFollowed.isEmpty()) {
      out.println("Followed entries that did not hold");
      notFollowed.forEach(f -> out.println("  " + UserText.escape(f.location() + ": " + f.detail())));
      out.println();
    }
    if (report.showCoverage()) {
      writeCoverage(report, out);
    }
    if (report.coverageBelowMinimum()) {
      writeShortfall(report, out);
    } else if (report.minCoverage().isPresent() && !report.showCoverage()) {
      out.println("Rule coverage " + CheckFormat.percent(report.coverage().ratio()) + " meets the minimum "
          + CheckFormat.percent(report.minCoverage().getAsDouble()));
    }
    if (report.followed().any()) {
      out.println(report.followed().summary());
    }
    if (report.held().minimum().isPresent()) {
      out.println(report.held().summary());
    }
    out.println(report.summary() + " (" + report.scenarios().size() + " scenario"
        + (report.scenarios().size() == 1 ? "" : "s") + ")");
    out.flush();
  }

  private static void writeCoverage(CheckReport report, PrintWriter out) {
    Coverage coverage = report.coverage();
    out.println("Rule coverage: " + coverage.fired() + " of " + coverage.rules() + " rules fired ("
        + CheckFormat.percent(coverage.ratio()) + ")"
        + report.minCoverage().stream().mapToObj(m -> ", minimum " + CheckFormat.percent(m)).findFirst().orElse(""));
    TextTable table = new TextTable().row(List.of("Rule file", "Fired", "Rules", "Coverage"));
    for (Coverage.FileCoverage file : coverage.files()) {
      table.row(List.of(file.file().toString(), String.valueOf(file.fired()),
          String.valueOf(file.rules().size()), CheckFormat.percent(file.ratio())));
    }
    table.print(out, "  ");
    if (!coverage.neverFired().isEmpty() && !report.coverageBelowMinimum()) {
      out.println("Never fired");
      neverFired(coverage, out);
    }
    out.println();
  }

  private static void writeShortfall(CheckReport report, PrintWriter out) {
    Coverage coverage = report.coverage();
    out.println("Rule coverage " + CheckFormat.percent(coverage.ratio()) + " is below the minimum "
        + CheckFormat.percent(report.minCoverage().getAsDouble()) + "; never fired in any scenario:");
    neverFired(coverage, out);
    out.println();
  }

  private static void neverFired(Coverage coverage, PrintWriter out) {
    List<RuleCoverage> rules = coverage.neverFired();
    int width = rules.stream().mapToInt(r -> where(r).length()).max().orElse(0);
    rules.forEach(r -> out.println("  " + where(r) + " ".repeat(width - where(r).length()) + "  " + r.rule().name()));
  }

  private static String where(RuleCoverage rule) {
    return rule.rule().file() + ":" + rule.rule().line();
  }
}
