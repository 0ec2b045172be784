package dev.stratsim.analysis.diff;

import dev.stratsim.engine.RuleInfo;
import dev.stratsim.model.KnobDef;
import dev.stratsim.model.Vocabulary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** How the current rules folder differs from the base one as text: rules, knobs and metrics. */
public record ModelChanges(List<RuleEdit> rules, List<KnobChange> knobs, List<String> metricsAdded,
    List<String> metricsRemoved) {

  /** A rule added, removed or rewritten; {@code file} is on the side that has it (current if both). */
  public record RuleEdit(String rule, Edit edit, Path file, int line) {}

  public enum Edit { ADDED, REMOVED, CHANGED }

  /** A knob whose default changed; NaN on the side that does not declare it. */
  public record KnobChange(String knob, double base, double current) {}

  public ModelChanges {
    rules = List.copyOf(rules);
    knobs = List.copyOf(knobs);
    metricsAdded = List.copyOf(metricsAdded);
    metricsRemoved = List.copyOf(metricsRemoved);
  }

  public boolean isEmpty() {
    return rules.isEmpty() && knobs.isEmpty() && metricsAdded.isEmpty() && metricsRemoved.isEmpty();
  }

  static ModelChanges of(RuleSide base, RuleSide current) {
    List<RuleEdit> rules = new ArrayList<>();
    List<String> baseNames = base.rules().rules().stream().map(RuleInfo::name).toList();
    List<String> currentNames = current.rules().rules().stream().map(RuleInfo::name).toList();
    for (RuleInfo rule : current.rules().rules()) {
      if (!baseNames.contains(rule.name())) {
        rules.add(new RuleEdit(rule.name(), Edit.ADDED, current.shown(rule.file()), rule.line()));
      } else if (!normalized(base.rules().ruleText(rule.name())).equals(normalized(current.rules().ruleText(rule.name())))) {
        rules.add(new RuleEdit(rule.name(), Edit.CHANGED, current.shown(rule.file()), rule.line()));
      }
    }
    for (RuleInfo rule : base.rules().rules()) {
      if (!currentNames.contains(rule.name())) {
        rules.add(new RuleEdit(rule.name(), Edit.REMOVED, base.shown(rule.file()), rule.line()));
      }
    }
    Vocabulary was = base.rules().vocabulary();
    Vocabulary is = current.rules().vocabulary();
    return new ModelChanges(rules, knobs(was.knobs(), is.knobs()),
        is.metrics().keySet().stream().filter(m -> !was.metrics().containsKey(m)).toList(),
        was.metrics().keySet().stream().filter(m -> !is.metrics().containsKey(m)).toList());
  }

  private static List<KnobChange> knobs(Map<String, KnobDef> was, Map<String, KnobDef> is) {
    List<KnobChange> changes = new ArrayList<>();
    is.forEach((name, knob) -> {
      KnobDef old = was.get(name);
      if (old == null || !Objects.equals(old.defaultValue(), knob.defaultValue())) {
        changes.add(new KnobChange(name, old == null ? Double.NaN : old.defaultValue(), knob.defaultValue()));
      }
    });
    was.forEach((name, knob) -> {
      if (!is.containsKey(name)) {
        changes.add(new KnobChange(name, knob.defaultValue(), Double.NaN));
      }
    });
    return changes;
  }

  /** Whitespace and comments do not change what a rule does. */
  private static String normalized(String drl) {
    return drl.replaceAll("(?m)(^|\\s)//.*$", "").replaceAll("\\s+", " ").strip();
  }
}
