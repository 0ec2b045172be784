package dev.stratsim.lint;

import dev.stratsim.engine.RuleInfo;
import dev.stratsim.engine.RuleSet;
import dev.stratsim.model.MetricDef;
import dev.stratsim.problem.Problem;
import dev.stratsim.scenario.Actor;
import dev.stratsim.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules whose conditions require an actor with a role, or a metric, that none of the scenarios
 * has: {@code Actor(role == "robotaxi")} or {@code State(metric == "capex_usd")}. Only conditions
 * every match needs count; one inside {@code not}, {@code accumulate}, {@code collect},
 * {@code forall} or next to an {@code ||} or {@code or} may be absent and the rule still fire.
 */
final class UnmatchedLiterals {
  private static final Pattern LITERAL = Pattern.compile("\\b(role|metric)\\s*==\\s*\"([^\"]*)\"");
  private static final Pattern CONDITIONS = Pattern.compile("(?s)\\bwhen\\b(.*?)\\bthen\\b");
  private static final Pattern LAST_WORD = Pattern.compile("([A-Za-z_]\\w*)\\s*$");
  private static final Pattern OR = Pattern.compile("\\bor\\b");
  private static final Set<String> OPTIONAL = Set.of("not", "accumulate", "collect", "forall");

  private UnmatchedLiterals() {}

  static List<Problem> find(RuleSet rules, List<Scenario> scenarios) {
    Set<String> roles = new TreeSet<>();
    Set<String> metrics = new TreeSet<>();
    for (Scenario scenario : scenarios) {
      for (Actor actor : scenario.actors().values()) {
        roles.add(actor.role());
        metrics.addAll(actor.metrics().keySet());
      }
    }
    // Derived metrics are the rules' own output: whether one exists is not up to a scenario.
    rules.vocabulary().metrics().values().stream().filter(MetricDef::derived).forEach(m -> metrics.add(m.name()));
    String checked = scenarios.size() + " scenario" + (scenarios.size() == 1 ? "" : "s") + " checked";
    List<Problem> found = new ArrayList<>();
    for (RuleInfo rule : rules.rules()) {
      String text = rules.ruleText(rule.name());
      String masked = DrlText.mask(text);
      Matcher conditions = CONDITIONS.matcher(masked);
      if (!conditions.find()) {
        continue;
      }
      if (OR.matcher(conditions.group(1)).find()) {
        continue;  // With alternatives, any one condition may be absent and the rule still fire.
      }
      Matcher literal = LITERAL.matcher(masked).region(conditions.start(1), conditions.end(1));
      while (literal.find()) {
        if (!required(masked, conditions.start(1), literal.start())) {
          continue;
        }
        String kind = literal.group(1);
        String value = text.substring(literal.start(2), literal.end(2));
        int line = rule.line() + (int) text.substring(0, literal.start()).chars().filter(c -> c == '\n').count();
        String why = null;
        if (kind.equals("metric") && !rules.vocabulary().metrics().containsKey(value)) {
          why = "which " + rules.dir().resolve("metrics.yaml") + " does not declare, so it can never fire; check the name";
        } else if (!(kind.equals("role") ? roles : metrics).contains(value)) {
          why = "which no actor has in the " + checked + ", so the rule never fires there;"
              + " check the name or add a scenario with such an actor";
        }
        if (why != null) {
          found.add(Problem.at(rule.file(), line, 0, "rule \"" + rule.name() + "\" needs " + kind + " \"" + value
              + "\", " + why));
        }
      }
    }
    return found;
  }

  /** Whether every match of the rule needs the condition at {@code at}. */
  private static boolean required(String masked, int from, int at) {
    List<Integer> open = new ArrayList<>();
    for (int i = from; i < at; i++) {
      if (masked.charAt(i) == '(') {
        open.add(i);
      } else if (masked.charAt(i) == ')' && !open.isEmpty()) {
        open.remove(open.size() - 1);
      }
    }
    if (open.isEmpty()) {
      return true;
    }
    if (group(masked, open.get(open.size() - 1)).contains("||")) {
      return false;
    }
    for (int paren : open) {
      Matcher word = LAST_WORD.matcher(masked.substring(from, paren));
      if (word.find()) {
        if (OPTIONAL.contains(word.group(1))) {
          return false;
        }
        Matcher before = LAST_WORD.matcher(masked.substring(from, from + word.start()));
        if (before.find() && OPTIONAL.contains(before.group(1))) {
          return false;
        }
      }
    }
    return true;
  }

  /** The text between the parenthesis at {@code open} and the one that closes it. */
  private static String group(String masked, int open) {
    int depth = 0;
    for (int i = open; i < masked.length(); i++) {
      char c = masked.charAt(i);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (depth == 0) {
        return masked.substring(open + 1, i);
      }
    }
    return masked.substring(open + 1);
  }
}
