package dev.stratsim.output.diff;

import dev.stratsim.analysis.diff.Move;
import dev.stratsim.analysis.diff.RuleChange;
import dev.stratsim.analysis.diff.SampledDiff;
import dev.stratsim.analysis.simulate.Simulation;
import dev.stratsim.output.Numbers;
import java.util.stream.Collectors;

/** How the numbers of a diff read to people, the same in text and Markdown. */
final class Shown {
  private Shown() {}

  /** {@code index 80.2 -> 81.5 (+1.3)}, with {@code in 2027} when the move is not in the last year. */
  static String move(Move m, int lastYear, String arrow) {
    String change = m.kind() == Move.Kind.RANK || Double.isNaN(m.base()) || Double.isNaN(m.current())
        ? "" : " (" + Numbers.differenceAsShown(m.unit(), m.base(), m.current()) + ")";
    return m.measure() + " " + value(m, m.base()) + " " + arrow + " " + value(m, m.current()) + change
        + (m.year() == lastYear ? "" : " in " + m.year());
  }

  static String value(Move m, double value) {
    return Double.isNaN(value) ? "-" : Numbers.metric(m.unit(), value);
  }

  /** {@code meta.data +10.1 -> +12.3}. */
  static String effect(RuleChange.EffectMove e, String arrow) {
    return e.actor() + "." + e.metric() + " " + Numbers.metricChange(e.unit(), e.base()) + " " + arrow + " "
        + Numbers.metricChange(e.unit(), e.current());
  }

  static String effects(RuleChange change, String arrow) {
    if (change.effects().isEmpty()) {
      return "fires " + change.baseFirings() + " " + arrow + " " + change.currentFirings() + " times";
    }
    return change.effects().stream().map(e -> effect(e, arrow)).collect(Collectors.joining(", "));
  }

  static String knob(double value) {
    return Double.isNaN(value) ? "-" : Numbers.json(value).toPlainString();
  }

  static String kind(RuleChange.Kind kind) {
    return switch (kind) {
      case NEWLY_FIRING -> "newly firing";
      case NO_LONGER_FIRING -> "no longer firing";
      case DIFFERENT_EFFECT -> "different effect";
    };
  }

  /** {@code 200 samples, seed 1}. */
  static String sampling(Simulation.Settings settings) {
    return settings.samples() + " sample" + (settings.samples() == 1 ? "" : "s") + ", seed " + settings.seed();
  }

  /** {@code mean index 70.3 -> 71.0 (+0.7)}. */
  static String meanIndex(SampledDiff.Actor a, String arrow) {
    return "mean index " + Numbers.fixed1(a.baseMeanIndex()) + " " + arrow + " " + Numbers.fixed1(a.currentMeanIndex())
        + " (" + Numbers.changeAsShown(a.baseMeanIndex(), a.currentMeanIndex()) + ")";
  }

  /** {@code rank 1 40.0% -> 55.0%}. */
  static String rankShare(SampledDiff.RankShare r, String arrow) {
    return "rank " + r.rank() + " " + percent(r.base()) + " " + arrow + " " + percent(r.current());
  }

  /** {@code another rank in 30 of 200 samples}. */
  static String rankChanged(SampledDiff.Actor a, int samples) {
    return "another rank in " + a.rankChanged() + " of " + samples + " samples";
  }

  static String percent(double share) {
    return Numbers.fixed1(share * 100) + "%";
  }
}
