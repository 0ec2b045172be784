package dev.stratsim.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The role and metric literals a rule's conditions require: {@code Actor(role == "robotaxi")},
 * {@code State(metric == "capex_usd")}. A literal inside {@code not}, {@code accumulate},
 * {@code collect} or {@code forall}, or next to {@code ||}, may be absent and the rule still
 * fire, so it is left out; so is every literal of a rule whose conditions use {@code or}.
 */
final class DrlConditions {
  /** A literal every match of the rule needs; {@code line} counts from 0 at the rule's first line. */
  record Literal(String kind, String value, int line) {}

  private static final Pattern LITERAL = Pattern.compile("\\b(role|metric)\\s*==\\s*\"([^\"]*)\"");
  private static final Pattern CONDITIONS = Pattern.compile("(?s)\\bwhen\\b(.*?)\\bthen\\b");
  private static final Pattern LAST_WORD = Pattern.compile("([A-Za-z_]\\w*)\\s*$");
  private static final Pattern OR = Pattern.compile("\\bor\\b");
  private static final Set<String> OPTIONAL = Set.of("not", "accumulate", "collect", "forall");

  private DrlConditions() {}

  static List<Literal> required(String ruleText) {
    String masked = DrlText.mask(ruleText);
    Matcher conditions = CONDITIONS.matcher(masked);
    if (!conditions.find() || OR.matcher(conditions.group(1)).find()) {
      return List.of();
    }
    List<Literal> found = new ArrayList<>();
    Matcher literal = LITERAL.matcher(masked).region(conditions.start(1), conditions.end(1));
    while (literal.find()) {
      if (required(masked, conditions.start(1), literal.start())) {
        int line = (int) masked.substring(0, literal.start()).chars().filter(c -> c == '\n').count();
        found.add(new Literal(literal.group(1), ruleText.substring(literal.start(2), literal.end(2)), line));
      }
    }
    return found;
  }

  /** Whether every match needs the condition at {@code at}, judged by the brackets around it. */
  private static boolean required(String masked, int from, int at) {
    List<Integer> open = new ArrayList<>();
    for (int i = from; i < at; i++) {
      if (masked.charAt(i) == '(') {
        open.add(i);
      } else if (masked.charAt(i) == ')' && !open.isEmpty()) {
        open.remove(open.size() - 1);
      }
    }
    if (!open.isEmpty() && group(masked, open.get(open.size() - 1)).contains("||")) {
      return false;
    }
    for (int paren : open) {
      // The word before a bracket is a pattern's type or a keyword; the word before the type may be 'not'.
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

  /** The text between the bracket at {@code open} and the one that closes it. */
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
