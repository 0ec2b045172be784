package dev.stratsim.analysis.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import dev.stratsim.yaml.YamlReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code --vary}: a scenario path and the values it takes, either a range
 * {@code PATH=FROM..TO:STEP} (both ends included) or a list {@code PATH=closed,collapsed}.
 */
public record Vary(String path, List<JsonNode> values, String origin) {
  private static final String NUMBER = "(-?[0-9][0-9_]*(?:\\.[0-9]+)?(?:[eE][-+]?[0-9]+)?)";
  private static final Pattern RANGE =
      Pattern.compile(NUMBER + "\\s*\\.\\.\\s*" + NUMBER + "\\s*:\\s*" + NUMBER);
  private static final Pattern NO_STEP = Pattern.compile(NUMBER + "\\s*\\.\\.\\s*" + NUMBER);
  /** A range longer than this is surely a mistake in its step. */
  static final int MAX_VALUES = 1_000_000;

  public static Vary parse(String arg) {
    String origin = "--vary " + arg;
    int eq = arg.indexOf('=');
    if (eq <= 0 || arg.substring(eq + 1).isBlank()) {
      throw fail(origin, "expected PATH=FROM..TO:STEP or PATH=A,B,C, e.g. --vary"
          + " deals[0].stake=0.1..0.9:0.1");
    }
    String path = arg.substring(0, eq).strip();
    String spec = arg.substring(eq + 1).strip();
    Matcher range = RANGE.matcher(spec);
    if (!range.matches() && NO_STEP.matcher(spec).matches()) {
      throw fail(origin, "a range needs a step: write " + spec + ":STEP, e.g. --vary " + path + "=" + spec + ":0.1");
    }
    List<JsonNode> values = range.matches()
        ? range(origin, number(origin, range.group(1)), number(origin, range.group(2)),
            number(origin, range.group(3)))
        : list(origin, spec);
    return new Vary(path, List.copyOf(values), origin);
  }

  private static List<JsonNode> range(String origin, BigDecimal from, BigDecimal to,
      BigDecimal step) {
    if (step.signum() <= 0) {
      throw fail(origin, "the step must be above 0");
    }
    if (from.compareTo(to) > 0) {
      throw fail(origin, "the range is empty: FROM (" + from.stripTrailingZeros().toPlainString()
          + ") is above TO (" + to.stripTrailingZeros().toPlainString() + ")");
    }
    // Counted in doubles first: with extreme exponents (0..1:1e-999) decimal arithmetic would
    // build numbers of millions of digits before the count could be refused.
    double estimate = (to.doubleValue() - from.doubleValue()) / step.doubleValue();
    if (!(estimate < MAX_VALUES)
        || to.subtract(from).divideToIntegralValue(step).compareTo(BigDecimal.valueOf(MAX_VALUES)) >= 0) {
      throw fail(origin, "the range has more than " + MAX_VALUES + " values; use a larger step");
    }
    List<JsonNode> values = new ArrayList<>();
    // Decimal steps, so 0.1..0.9:0.1 ends at 0.9 exactly instead of 0.8999999999999999.
    for (BigDecimal v = from; v.compareTo(to) <= 0; v = v.add(step)) {
      values.add(DoubleNode.valueOf(v.doubleValue()));
    }
    return values;
  }

  private static List<JsonNode> list(String origin, String spec) {
    List<JsonNode> values = new ArrayList<>();
    for (String item : spec.split(",", -1)) {
      if (item.isBlank()) {
        throw fail(origin, "a value in the list is empty; separate values with single commas");
      }
      JsonNode value = YamlReader.readValue(item.strip(), origin).root();
      values.add(value instanceof DecimalNode d ? DoubleNode.valueOf(d.doubleValue()) : value);
    }
    return values;
  }

  /** A number of a range, as the double it will be, written back as its shortest decimal. */
  private static BigDecimal number(String origin, String text) {
    double value = Double.parseDouble(text.replace("_", ""));
    if (!Double.isFinite(value)) {
      throw fail(origin, "the number " + text + " is too large");
    }
    return BigDecimal.valueOf(value);
  }

  private static InvalidInputException fail(String origin, String message) {
    return new InvalidInputException(Problem.general(origin + ": " + message));
  }
}
