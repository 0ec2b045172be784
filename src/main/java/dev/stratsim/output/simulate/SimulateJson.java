package dev.stratsim.output.simulate;

import dev.stratsim.analysis.simulate.Report;
import dev.stratsim.analysis.simulate.Simulation;
import dev.stratsim.analysis.simulate.SimulationResult;
import dev.stratsim.analysis.simulate.Summary;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.stratsim.output.Json;
import dev.stratsim.scenario.Actor;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of {@code simulate}, documented in docs/json-output.md: the records below, through
 * {@link Json#MAPPER}.
 */
final class SimulateJson implements SimulateFormat {

  @Override
  public void write(Report report, PrintWriter out) {
    SimulationResult r = report.result();
    Simulation.Convergence c = r.convergence();
    Json.write(out, new Document(report.scenario().id(), report.scenario().title(),
        new Fingerprint(report.version(), report.rulesSha256(), report.scenario().sha256()),
        r.done(), r.settings().seed(), r.settings().sampling().name(),
        c == null ? null : new UntilStable(c.asked().tolerance(), c.asked().batch(), c.batches(), c.moved(),
            c.converged()),
        r.stopped(), r.year(),
        r.template().inputs().stream().map(in -> new Input(in.path(), in.distribution().describe(),
            in.distribution().central())).toList(),
        r.template().correlation().pairs().stream().map(pair -> new Correlation(
            List.of(r.template().inputs().get(pair.first()).path(), r.template().inputs().get(pair.second()).path()),
            pair.rank())).toList(),
        report.byMeanIndex().stream().map(actor -> actor(report, actor, r.done())).toList(),
        report.extraSummaries().stream().map(s -> s.metric().isCheck()
            ? new Metric(s.metric().text(), s.probability(), null)
            : new Metric(s.metric().text(), null, stats(s))).toList()));
  }

  @JsonInclude(Include.ALWAYS)
  record Document(String scenario, String title, Fingerprint fingerprint, int samples, long seed, String sampling,
      @JsonInclude(Include.NON_NULL) UntilStable untilStable, boolean stopped, int year, List<Input> inputs,
      List<Correlation> correlations, List<ActorStats> actors, List<Metric> metrics) {}

  @JsonInclude(Include.ALWAYS)
  record Fingerprint(String stratsim, String rulesSha256, String scenarioSha256) {}

  record UntilStable(@JsonSerialize(using = Json.Rounded.class) double tolerance, int batchSize, int batches,
      @JsonSerialize(using = Json.Rounded.class) double moved, boolean converged) {}

  @JsonInclude(Include.ALWAYS)
  record Input(String path, String distribution, @JsonSerialize(using = Json.Rounded.class) JsonNode central) {}

  record Correlation(List<String> between, @JsonSerialize(using = Json.Rounded.class) double rank) {}

  /** The index's mean and percentiles, and the share of samples in each rank. */
  @JsonInclude(Include.ALWAYS)
  record ActorStats(String id, String arena, @JsonSerialize(contentUsing = Json.Rounded.class) Map<String, Double> index,
      @JsonSerialize(contentUsing = Json.Rounded.class) Map<String, Double> rank) {}

  /** A check's probability, or another metric's mean and percentiles. */
  record Metric(String metric, @JsonSerialize(using = Json.Rounded.class) Double probability,
      @JsonSerialize(contentUsing = Json.Rounded.class) Map<String, Double> value) {}

  private static ActorStats actor(Report report, Actor actor, int done) {
    Map<String, Double> rank = new LinkedHashMap<>();
    report.rank(actor).counts().forEach((at, count) -> rank.put(Integer.toString(at.intValue()), count / (double) done));
    return new ActorStats(actor.id(), report.arenas().getOrDefault(actor.id(), ""), stats(report.index(actor)), rank);
  }

  /** {@code mean}, then {@code p5} .. {@code p95}. */
  private static Map<String, Double> stats(Summary s) {
    Map<String, Double> stats = new LinkedHashMap<>();
    stats.put("mean", s.mean());
    double[] p = s.percentiles(PERCENTILES);
    for (int i = 0; i < p.length; i++) {
      stats.put("p" + (int) PERCENTILES[i], p[i]);
    }
    return stats;
  }
}
