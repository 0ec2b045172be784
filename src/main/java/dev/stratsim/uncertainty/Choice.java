package dev.stratsim.uncertainty;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.List;

/**
 * One of several values, each with its probability: {@code {dist: choice, values: {closed: 0.55,
 * collapsed: 0.45}}}. Values may be text, numbers or true/false, as the field needs.
 *
 * @param options in the order written; draws walk them in that order
 */
public record Choice(String describe, List<Option> options) implements Distribution {

  /** A value as written ({@code label}), as the field reads it ({@code value}), and its weight. */
  public record Option(String label, JsonNode value, double weight) {}

  public Choice {
    options = List.copyOf(options);
  }

  @Override
  public JsonNode central() {
    Option best = options.get(0);
    for (Option option : options) {
      if (option.weight() > best.weight()) {
        best = option;
      }
    }
    return best.value();
  }

  @Override
  public JsonNode at(double u) {
    double cumulative = 0;
    for (Option option : options) {
      cumulative += option.weight();
      if (u < cumulative) {
        return option.value();
      }
    }
    // Weights add up to 1 only within rounding: the last value takes what is left.
    return options.get(options.size() - 1).value();
  }

  /** Whether every value is a number, so the choice has percentiles. */
  public boolean numeric() {
    return options.stream().allMatch(o -> o.value().isNumber());
  }

  /** The smallest value whose cumulative probability reaches {@code p}; numeric choices only. */
  public JsonNode quantile(double p) {
    List<Option> sorted = options.stream()
        .sorted(Comparator.comparingDouble(o -> o.value().doubleValue())).toList();
    double cumulative = 0;
    for (Option option : sorted) {
      cumulative += option.weight();
      if (cumulative >= p - 1e-12) {
        return option.value();
      }
    }
    return sorted.get(sorted.size() - 1).value();
  }
}
