package dev.stratsim.suite;

import dev.stratsim.problem.UserText;
import java.io.PrintWriter;
import java.util.List;

/** {@code check --format markdown}: fit for a CI job summary or a pull-request comment. */
final class CheckMarkdown implements CheckFormat {

  @Override
  public void write(CheckReport report, PrintWriter out) {
    out.println("## stratsim check: " + report.summary());
    out.println();
    row(out, List.of("Scenario", "Passed", "Failed"));
    row(out, List.of("---", "---:", "---:"));
    for (ScenarioResult s : report.scenarios()) {
      row(out, List.of("`" + s.scenario().file() + "`", String.valueOf(s.count(CaseResult.Status.PASSED)),
          String.valueOf(s.count(CaseResult.Status.FAILED))));
    }
    out.println();
    List<CaseResult> failed = report.scenarios().stream().flatMap(s -> s.cases().stream())
        .filter(c -> c.status() == CaseResult.Status.FAILED).toList();
    if (!failed.isEmpty()) {
      out.println("**Failed**");
      out.println();
      for (CaseResult c : failed) {
        out.println("- **FAIL** `" + UserText.escape(c.location().toString()) + "` " + code(c.detail()));
      }
      out.println();
    }
    if (report.followed().any()) {
      writeFollowed(report, out);
    }
    if (report.held().minimum().isPresent()) {
      out.println("### " + report.held().summary());
      out.println();
    }
    if (report.showCoverage() || report.minCoverage().isPresent()) {
      writeCoverage(report, out);
    }
    out.flush();
  }

  private static void writeFollowed(CheckReport report, PrintWriter out) {
    FollowedShare share = report.followed();
    out.println("### " + share.summary());
    out.println();
    row(out, List.of("Scenario", "Held", "Entries", "Only with the deals"));
    row(out, List.of("---", "---:", "---:", "---:"));
    for (ScenarioResult s : report.scenarios()) {
      if (s.followed().isEmpty()) {
        continue;
      }
      boolean deals = s.followed().get(0).heldWithoutDeals() != null;
      row(out, List.of("`" + s.scenario().file() + "`", String.valueOf(s.followed().stream().filter(FollowedResult::held).count()),
          String.valueOf(s.followed().size()),
          deals ? String.valueOf(s.followed().stream().filter(FollowedResult::onlyWithDeals).count()) : "-"));
    }
    out.println();
    List<FollowedResult> missed = report.notFollowed();
    if (!missed.isEmpty()) {
      out.println("**Did not hold**");
      out.println();
      missed.forEach(f -> out.println("- `" + UserText.escape(f.location().toString()) + "` " + code(f.detail())));
      out.println();
    }
  }

  private static void writeCoverage(CheckReport report, PrintWriter out) {
    Coverage coverage = report.coverage();
    String minimum = report.minCoverage().stream()
        .mapToObj(m -> ", minimum " + CheckFormat.percent(m) + (report.coverageBelowMinimum() ? " **not met**" : " met"))
        .findFirst().orElse("");
    out.println("### Rule coverage: " + coverage.fired() + " of " + coverage.rules() + " rules fired ("
        + CheckFormat.percent(coverage.ratio()) + ")" + minimum);
    out.println();
    if (!report.showCoverage() && !report.coverageBelowMinimum()) {
      return;
    }
    row(out, List.of("Rule file", "Fired", "Rules", "Coverage"));
    row(out, List.of("---", "---:", "---:", "---:"));
    for (Coverage.FileCoverage file : coverage.files()) {
      row(out, List.of("`" + file.file() + "`", String.valueOf(file.fired()), String.valueOf(file.rules().size()),
          CheckFormat.percent(file.ratio())));
    }
    out.println();
    if (!coverage.neverFired().isEmpty()) {
      out.println("**Never fired**");
      out.println();
      coverage.neverFired().forEach(r ->
          out.println("- `" + r.rule().file() + ":" + r.rule().line() + "` " + escape(r.rule().name())));
      out.println();
    }
  }

  private static void row(PrintWriter out, List<String> cells) {
    out.println("| " + String.join(" | ", cells.stream().map(CheckMarkdown::escapePipes).toList()) + " |");
  }

  /** Inline code that survives backticks in the text. */
  private static String code(String raw) {
    String text = UserText.escape(raw);
    return text.contains("`") ? "``" + text + "``" : "`" + text + "`";
  }

  private static String escapePipes(String text) {
    return UserText.escape(text).replace("|", "\\|");
  }

  private static String escape(String text) {
    return UserText.escape(text).replace("|", "\\|").replace("*", "\\*").replace("_", "\\_");
  }
}
