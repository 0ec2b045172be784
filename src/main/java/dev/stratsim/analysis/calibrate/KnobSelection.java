package dev.stratsim.analysis.calibrate;

import dev.stratsim.engine.KnobRead;
import dev.stratsim.engine.RuleSet;
import dev.stratsim.model.KnobDef;
import dev.stratsim.problem.DidYouMean;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import dev.stratsim.yaml.Numbers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The knobs a calibration searches: those named with {@code --knobs NAME[=MIN..MAX],...}, else
 * every knob marked {@code calibrate: true}, each with its bounds. Every mistake is found before
 * anything runs.
 */
public final class KnobSelection {
  private static final Pattern SPEC = Pattern.compile("([^=]+)(?:=(.*))?");

  private KnobSelection() {}

  /**
   * @param specs {@code NAME} or {@code NAME=MIN..MAX} each; empty for every calibratable knob
   * @throws InvalidInputException naming each unknown knob, inverted or out-of-range bound, knob
   *     without bounds and knob that no rule reads
   */
  public static List<FitKnob> resolve(RuleSet rules, List<String> specs) {
    Map<String, KnobDef> knobs = rules.vocabulary().knobs();
    Set<String> read = rules.knobReads().stream().map(KnobRead::knob).collect(Collectors.toSet());
    List<Problem> problems = new ArrayList<>();
    Map<String, FitKnob> chosen = new LinkedHashMap<>();
    if (specs.isEmpty()) {
      knobs.values().stream().filter(KnobDef::calibratable)
          .forEach(k -> chosen.put(k.name(), knob(k, k.fit().min(), k.fit().max())));
      if (chosen.isEmpty()) {
        throw new InvalidInputException(Problem.general("no knob in " + rules.dir().resolve("assumptions.yaml")
            + " is marked calibrate: true; mark some or name them with --knobs NAME,..."));
      }
    }
    for (String spec : specs) {
      Matcher m = SPEC.matcher(spec.strip());
      String name = m.matches() ? m.group(1).strip() : spec;
      KnobDef def = knobs.get(name);
      if (def == null) {
        problems.add(Problem.general("--knobs: unknown knob '" + name + "'"
            + DidYouMean.hint(name, knobs.keySet(), "the knobs are declared in " + rules.dir().resolve("assumptions.yaml"))));
        continue;
      }
      if (chosen.containsKey(name)) {
        problems.add(Problem.general("--knobs names " + name + " twice; name each knob once"));
        continue;
      }
      bounds(def, m.group(2), problems).ifPresent(b -> chosen.put(name, knob(def, b[0], b[1])));
    }
    for (FitKnob k : chosen.values()) {
      if (!read.contains(k.name())) {
        problems.add(Problem.general("knob " + k.name() + " is read by no rule in " + rules.dir()
            + ", so the suite cannot tell its values apart; leave it out of the calibration"));
      }
    }
    InvalidInputException.throwIfAny(problems);
    return List.copyOf(chosen.values());
  }

  /** {@code MIN..MAX} from the command line, else the knob's fit bounds, else its own. */
  private static java.util.Optional<double[]> bounds(KnobDef def, String written, List<Problem> problems) {
    String name = def.name();
    double low;
    double high;
    if (written != null) {
      String[] ends = written.split("\\.\\.", -1);
      Double from = ends.length == 2 ? number(ends[0].strip()) : null;
      Double to = ends.length == 2 ? number(ends[1].strip()) : null;
      if (from == null || to == null) {
        problems.add(Problem.general("--knobs " + name + "=" + written + ": write the bounds as MIN..MAX, e.g. "
            + name + "=" + Numbers.format(def.min()) + ".." + Numbers.format(def.max())));
        return java.util.Optional.empty();
      }
      low = from;
      high = to;
    } else if (def.fit() != null) {
      low = def.fit().min();
      high = def.fit().max();
    } else {
      low = def.min();
      high = def.max();
      if (!Double.isFinite(low) || !Double.isFinite(high)) {
        problems.add(Problem.general("--knobs: " + name + " has no " + (Double.isFinite(low) ? "upper" : "lower")
            + " bound to search to; give one, e.g. --knobs " + name + "=MIN..MAX"));
        return java.util.Optional.empty();
      }
    }
    if (low >= high) {
      problems.add(Problem.general("--knobs " + name + "=" + Numbers.format(low) + ".." + Numbers.format(high)
          + ": the bounds are inverted or empty; write the lower bound first, MIN..MAX"));
      return java.util.Optional.empty();
    }
    if (low < def.min() || high > def.max()) {
      problems.add(Problem.general("--knobs " + name + "=" + Numbers.format(low) + ".." + Numbers.format(high)
          + ": outside what the knob allows, " + Numbers.format(def.min()) + ".." + Numbers.format(def.max())));
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new double[] {low, high});
  }

  private static Double number(String text) {
    try {
      double value = Double.parseDouble(text);
      return Double.isFinite(value) ? value : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static FitKnob knob(KnobDef def, double low, double high) {
    return new FitKnob(def, low, high, Math.max(low, Math.min(high, def.defaultValue())));
  }
}
