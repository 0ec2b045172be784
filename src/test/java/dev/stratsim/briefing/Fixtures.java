package dev.stratsim.briefing;

import dev.stratsim.engine.StockRules;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** Briefings of the stock scenarios, built on the rules compiled once for the test run. */
final class Fixtures {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05.678Z"), ZoneOffset.UTC);

  private Fixtures() {}

  static ReportRequest request(List<String> scenarios, String against, String focus, Path out) {
    return new ReportRequest(scenarios.stream().map(s -> Path.of("scenarios", s + ".yaml")).toList(),
        against == null ? null : Path.of("scenarios", against + ".yaml"), out, EnumSet.allOf(ReportFormat.class),
        focus, null, null, null, false, false, "VERSION");
  }

  static Briefing briefing(List<String> scenarios, String against) {
    return briefing(request(scenarios, against, null, Path.of("unused")));
  }

  static Briefing briefing(ReportRequest request) {
    return new Assembly(StockRules.get()).build(request, CLOCK, Optional.empty());
  }
}
