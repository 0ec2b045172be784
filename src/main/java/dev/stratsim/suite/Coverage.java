package dev.stratsim.suite;

import dev.stratsim.engine.Projection;
import dev.stratsim.engine.RuleInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which rules a suite of scenarios exercises: a rule counts as covered when it fired in at least
 * one year of at least one scenario.
 */
public record Coverage(List<FileCoverage> files) {

  /** The rules of one DRL file, in reading order. */
  public record FileCoverage(Path file, List<RuleCoverage> rules) {
    public long fired() {
      return rules.stream().filter(RuleCoverage::fired).count();
    }

    public double ratio() {
      return Coverage.ratio(fired(), rules.size());
    }
  }

  public Coverage {
    files = List.copyOf(files);
  }

  static Coverage of(List<RuleInfo> rules, List<Projection> projections) {
    Map<Path, List<RuleCoverage>> byFile = new LinkedHashMap<>();
    for (RuleInfo rule : rules) {
      int scenarios = (int) projections.stream().filter(p -> p.fired(rule.name())).count();
      byFile.computeIfAbsent(rule.file(), f -> new ArrayList<>()).add(new RuleCoverage(rule, scenarios));
    }
    List<FileCoverage> files = new ArrayList<>();
    byFile.forEach((file, covered) -> files.add(new FileCoverage(file, List.copyOf(covered))));
    return new Coverage(files);
  }

  public int rules() {
    return files.stream().mapToInt(f -> f.rules().size()).sum();
  }

  public long fired() {
    return files.stream().mapToLong(FileCoverage::fired).sum();
  }

  /** The share of rules that fired; a rule set without rules counts as fully covered. */
  public double ratio() {
    return ratio(fired(), rules());
  }

  public List<RuleCoverage> neverFired() {
    return files.stream().flatMap(f -> f.rules().stream()).filter(r -> !r.fired()).toList();
  }

  /** Whether the ratio reaches {@code minimum}; exact in fractions, so 9 of 10 meets 0.9. */
  public boolean meets(double minimum) {
    return fired() >= Math.ceil(minimum * rules() - 1e-9);
  }

  private static double ratio(long fired, int total) {
    return total == 0 ? 1 : (double) fired / total;
  }
}
