package dev.stratsim.scenario;

import dev.stratsim.model.KnobDef;
import dev.stratsim.model.MetricDef;
import dev.stratsim.model.Vocabulary;
import dev.stratsim.yaml.Range;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which values of a scenario may be distributions, and what each must stay within. */
final class VaryingFields {
  static final String WHICH = "only the numbers and choices of actors, relations, deals,"
      + " assumptions and weights can vary";
  private static final Pattern METRIC = Pattern.compile("actors\\.[^.\\[\\]]+\\.([a-z_][a-z0-9_]*)");
  private static final Pattern RELATION = Pattern.compile("relations\\[\\d+]\\.(share|revenue_share)");
  private static final Pattern DEAL = Pattern.compile("deals\\[\\d+]\\.([a-z_]+)");
  private static final Pattern KNOB = Pattern.compile("assumptions\\.([a-z_][a-z0-9_]*)(\\.value)?");
  private static final Pattern WEIGHT = Pattern.compile("weights\\.[a-z_][a-z0-9_]*");

  /**
   * What a varying value must be.
   *
   * @param range the numbers allowed, for a field that takes any number in a range
   * @param choiceOnly what the field takes when only a choice can stand for it (a whole number,
   *     an outcome), or null
   */
  record Field(Range range, String choiceOnly) {}

  private VaryingFields() {}

  static Optional<Field> at(String path, Vocabulary vocabulary) {
    Matcher m;
    if ((m = METRIC.matcher(path)).matches()) {
      if (ActorsReader.FIELDS.contains(m.group(1))) {
        return Optional.empty();
      }
      MetricDef def = vocabulary.metrics().get(m.group(1));
      return Optional.of(number(def == null ? Range.ANY : new Range(def.min(), def.max())));
    }
    if (RELATION.matcher(path).matches() || WEIGHT.matcher(path).matches()) {
      return Optional.of(number(path.startsWith("weights") ? Range.NON_NEGATIVE : Range.SHARE));
    }
    if ((m = KNOB.matcher(path)).matches()) {
      KnobDef knob = vocabulary.knobs().get(m.group(1));
      return Optional.of(number(knob == null ? Range.ANY : new Range(knob.min(), knob.max())));
    }
    if ((m = DEAL.matcher(path)).matches()) {
      return deal(m.group(1));
    }
    return Optional.empty();
  }

  private static Optional<Field> deal(String key) {
    return switch (key) {
      case "stake" -> Optional.of(number(Range.SHARE));
      case "amount_usd", "stock_usd", "investment_usd", "compute_usd", "supply_usd" -> Optional.of(number(Range.NON_NEGATIVE));
      case "year", "board_seats" -> Optional.of(new Field(null, "a whole number"));
      case "voting", "distribution", "unsolicited" -> Optional.of(new Field(null, "true or false"));
      case "licence" -> Optional.of(new Field(null, "one of " + String.join(", ", Deal.LICENCES)));
      case "compute_exclusivity" -> Optional.of(new Field(null, "one of " + String.join(", ", Deal.COMPUTE_EXCLUSIVITIES)));
      case "review" -> Optional.of(new Field(null, "one of " + String.join(", ", Deal.REVIEWS)));
      case "exclusivity" -> Optional.of(new Field(null, "one of " + String.join(", ", Deal.EXCLUSIVITIES)));
      case "outcome" -> Optional.of(new Field(null, "one of " + String.join(", ", Deal.OUTCOMES)));
      default -> Optional.empty();
    };
  }

  private static Field number(Range range) {
    return new Field(range, null);
  }
}
