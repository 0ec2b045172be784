package dev.stratsim.suite;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.stratsim.output.Json;
import dev.stratsim.output.Numbers;
import dev.stratsim.scenario.SimulatedExpectations;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code check --format json}: every check of every scenario, the summary, what followed and the
 * coverage. Scenarios without {@code followed:} entries have no {@code followed} array, and a
 * suite without any no {@code followed} object, so their output is as before. The document is the
 * records below, through {@link Json#MAPPER}: every field is written, null included, except those
 * marked {@link Include#NON_NULL}, which are left out when there is nothing to say.
 */
final class CheckJson implements CheckFormat {

  @Override
  public void write(CheckReport report, PrintWriter out) {
    Json.write(out, Document.of(report));
  }

  @JsonInclude(Include.ALWAYS)
  record Document(String stratsim, Map<String, Object> summary,
      @JsonInclude(Include.NON_NULL) Followed followed, @JsonInclude(Include.NON_NULL) Held held,
      List<Scenario> scenarios, @JsonInclude(Include.NON_NULL) Covered coverage) {
    static Document of(CheckReport report) {
      Map<String, Object> summary = new LinkedHashMap<>();
      summary.put("scenarios", report.scenarios().size());
      for (CaseResult.Status status : CaseResult.Status.values()) {
        summary.put(name(status), report.count(status));
      }
      summary.put("succeeded", report.succeeded());
      FollowedShare share = report.followed();
      Followed followed = share.any() ? new Followed(share.held(), share.total(), Numbers.json(share.ratio()),
          share.onlyWithDeals(), Numbers.json(share.minimum()), share.meets()) : null;
      Held held = report.held().minimum().isPresent() ? new Held(report.held().held(), report.held().total(),
          Numbers.json(report.held().ratio()), Numbers.json(report.held().minimum().getAsDouble()),
          report.held().meets()) : null;
      return new Document(report.version(), summary, followed, held,
          report.scenarios().stream().map(Scenario::of).toList(),
          report.showCoverage() || report.minCoverage().isPresent() ? Covered.of(report) : null);
    }
  }

  @JsonInclude(Include.ALWAYS)
  record Followed(int held, int total, BigDecimal ratio, Integer onlyWithDeals, BigDecimal minimum,
      boolean meetsMinimum) {}

  @JsonInclude(Include.ALWAYS)
  record Held(int held, int total, BigDecimal ratio, BigDecimal minimum, boolean meetsMinimum) {}

  @JsonInclude(Include.ALWAYS)
  record Scenario(String scenario, String file, String rulesSha256, String scenarioSha256,
      @JsonInclude(Include.NON_NULL) Sampling expectSimulated, List<Check> checks,
      @JsonInclude(Include.NON_NULL) List<FollowedCheck> followed) {
    static Scenario of(ScenarioResult scenario) {
      SimulatedExpectations simulated = scenario.scenario().simulated();
      return new Scenario(scenario.scenario().id(), String.valueOf(scenario.scenario().file()),
          scenario.rulesSha256(), scenario.scenario().sha256(),
          simulated.isEmpty() ? null : new Sampling(simulated.samples(), simulated.seed()),
          scenario.cases().stream().map(Check::of).toList(),
          scenario.followed().isEmpty() ? null : scenario.followed().stream().map(FollowedCheck::of).toList());
    }
  }

  record Sampling(int samples, long seed) {}

  /** Only the map form of an entry has sources; without them the entry reads as it always did. */
  @JsonInclude(Include.ALWAYS)
  record Check(String kind, String expect, @JsonInclude(Include.NON_NULL) List<String> sources, String status,
      String detail, int line, int column) {
    static Check of(CaseResult c) {
      return new Check(c.kind(), c.expectation().text(),
          c.expectation().sources().isEmpty() ? null : c.expectation().sources(), name(c.status()), c.detail(),
          c.expectation().line(), c.expectation().column());
    }
  }

  @JsonInclude(Include.ALWAYS)
  record FollowedCheck(String check, List<String> sources, boolean held, Boolean heldWithoutDeals,
      boolean onlyWithDeals, String detail, int line, int column) {
    static FollowedCheck of(FollowedResult f) {
      return new FollowedCheck(f.entry().text(), f.entry().sources(), f.held(), f.heldWithoutDeals(),
          f.onlyWithDeals(), f.detail(), f.entry().line(), f.entry().column());
    }
  }

  @JsonInclude(Include.ALWAYS)
  record Covered(long fired, int total, BigDecimal ratio, @JsonInclude(Include.NON_NULL) BigDecimal minimum,
      @JsonInclude(Include.NON_NULL) Boolean meetsMinimum, List<FileCoverage> files, List<String> neverFired) {
    static Covered of(CheckReport report) {
      Coverage coverage = report.coverage();
      boolean minimum = report.minCoverage().isPresent();
      return new Covered(coverage.fired(), coverage.rules(), Numbers.json(coverage.ratio()),
          minimum ? Numbers.json(report.minCoverage().getAsDouble()) : null,
          minimum ? !report.coverageBelowMinimum() : null,
          coverage.files().stream().map(f -> new FileCoverage(f.file().toString(), f.fired(), f.rules().size(),
              Numbers.json(f.ratio()), f.rules().stream().map(r -> new Rule(r.rule().name(), r.rule().line(),
                  r.scenarios())).toList())).toList(),
          coverage.neverFired().stream().map(r -> r.rule().name()).toList());
    }
  }

  @JsonInclude(Include.ALWAYS)
  record FileCoverage(String file, long fired, int total, BigDecimal ratio, List<Rule> rules) {}

  record Rule(String rule, int line, int scenarios) {}

  private static String name(CaseResult.Status status) {
    return status.name().toLowerCase(Locale.ROOT);
  }
}
