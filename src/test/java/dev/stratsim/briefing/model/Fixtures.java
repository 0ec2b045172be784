package dev.stratsim.briefing.model;

import dev.stratsim.batch.Progress;
import dev.stratsim.batch.StopSignal;
import dev.stratsim.engine.StockRules;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Briefings of the stock scenarios, built on the rules compiled once for the test run. */
public final class Fixtures {
  public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05.678Z"), ZoneOffset.UTC);

  private Fixtures() {}

  public static ReportRequest request(List<String> scenarios, String against, String focus, Path out) {
    return new ReportRequest(scenarios.stream().map(s -> Path.of("scenarios", s + ".yaml")).toList(),
        against == null ? null : Path.of("scenarios", against + ".yaml"), out, EnumSet.allOf(ReportFormat.class),
        focus, null, null, null, 2, false, false, "VERSION");
  }

  public static Briefing briefing(List<String> scenarios, String against) {
    return briefing(request(scenarios, against, null, Path.of("unused")));
  }

  /**
   * Briefings built by {@link #briefing(List, String, Integer, Long)}, by its arguments: a briefing
   * is a value (records and lists no one changes), the same for the same request, and the sampled
   * one of meta-scale-uncertain (200 samples, seed 7) costs more than a second of CPU, which three
   * test classes would otherwise each pay.
   */
  private static final Map<List<Object>, Briefing> BUILT = new ConcurrentHashMap<>();

  /** With {@code samples} null, no Monte Carlo section; built once per JVM for the same arguments. */
  public static Briefing briefing(List<String> scenarios, String against, Integer samples, Long seed) {
    return BUILT.computeIfAbsent(Arrays.asList(List.copyOf(scenarios), against, samples, samples == null ? null : seed),
        key -> {
          ReportRequest r = request(scenarios, against, null, Path.of("unused"));
          return briefing(new ReportRequest(r.scenarios(), r.against(), r.out(), r.formats(), null, null, samples,
              samples == null ? null : seed, r.threads(), false, false, r.version()));
        });
  }

  public static Briefing briefing(ReportRequest request) {
    return new Assembly(StockRules.get()).build(request, CLOCK, new MonteCarlo(request.threads(), Progress.NONE, StopSignal.manual()));
  }
}
