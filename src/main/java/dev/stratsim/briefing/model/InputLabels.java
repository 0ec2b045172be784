package dev.stratsim.briefing.model;

import dev.stratsim.model.Dollars;
import dev.stratsim.scenario.Deal;
import dev.stratsim.scenario.Relation;
import dev.stratsim.scenario.Scenario;
import dev.stratsim.output.Numbers;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An uncertain input as people name it: {@code the outcome of Meta's deal for Scale AI} for
 * {@code deals[0].outcome}, {@code data uplift rate} for {@code assumptions.data_uplift_rate.value},
 * and its values with their units ({@code $14.3B}, not {@code 14300000000}).
 */
public final class InputLabels {
  private static final Pattern DEAL = Pattern.compile("deals\\[(\\d+)]\\.(\\w+)(?:\\..*)?");
  private static final Pattern RELATION = Pattern.compile("relations\\[(\\d+)]\\.(\\w+)(?:\\..*)?");
  private static final Pattern ASSUMPTION = Pattern.compile("assumptions\\.(\\w+)(?:\\.value)?");
  private static final Pattern ACTOR = Pattern.compile("actors\\.([\\w-]+)\\.(\\w+)(?:\\..*)?");
  private static final Pattern WEIGHT = Pattern.compile("weights\\.(\\w+)");

  private InputLabels() {}

  public static String of(String path, Scenario scenario, Function<String, String> names) {
    Matcher m = DEAL.matcher(path);
    if (m.matches() && Integer.parseInt(m.group(1)) < scenario.deals().size()) {
      Deal d = scenario.deals().get(Integer.parseInt(m.group(1)));
      return "the " + field(m.group(2)) + " of " + names.apply(d.acquirer()) + "'s deal for " + names.apply(d.target());
    }
    m = RELATION.matcher(path);
    if (m.matches() && Integer.parseInt(m.group(1)) < scenario.relations().size()) {
      Relation r = scenario.relations().get(Integer.parseInt(m.group(1)));
      return names.apply(r.customer()) + "'s " + field(m.group(2)) + " of " + names.apply(r.supplier());
    }
    m = ASSUMPTION.matcher(path);
    if (m.matches()) {
      return field(m.group(1));
    }
    m = ACTOR.matcher(path);
    if (m.matches()) {
      return names.apply(m.group(1)) + "'s " + field(m.group(2));
    }
    m = WEIGHT.matcher(path);
    if (m.matches()) {
      return "the weight of " + field(m.group(1));
    }
    return path;
  }

  /** A value an input takes, as people read it: dollars as $B or $M, other values as they are. */
  public static String value(String path, String value) {
    if (Dollars.named(path)) {
      try {
        return Numbers.usd(Double.parseDouble(value));
      } catch (NumberFormatException e) {
        return value;
      }
    }
    return value;
  }

  /** {@code amount_usd} reads {@code price}; other names with spaces for underscores. */
  private static String field(String name) {
    return switch (name) {
      case "amount_usd" -> "price";
      case "investment_usd" -> "investment";
      case "compute_usd" -> "compute commitment";
      default -> Dollars.unmentioned(name).replace('_', ' ');
    };
  }
}
