package dev.stratsim.lint;

import dev.stratsim.drl.DrlTree;
import dev.stratsim.drl.Tokens;
import dev.stratsim.drl.Tokens.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * The role and metric literals a rule's conditions require: {@code Actor(role == "robotaxi")},
 * {@code State(metric == "capex_usd")}, read from the descriptor tree of Drools' own DRL parser.
 * A literal inside {@code not}, {@code forall}, or the input of {@code accumulate} or
 * {@code collect}, or in a constraint with {@code ||}, may be absent and the rule still fire, so
 * it is left out; of the branches of an {@code or}, only the literals every branch needs count.
 * A literal under {@code exists} is needed.
 */
final class DrlConditions {
  /** A literal every match of the rule needs; {@code line} counts from 0 at the rule's first line. */
  record Literal(String kind, String value, int line) {}

  /** The fields of {@code Actor} and {@code State} whose literal a rule can ask for that no scenario has. */
  private static final Set<String> FIELDS = Set.of("role", "metric");

  private DrlConditions() {}

  /** The literals of the one rule {@code ruleText} declares; none if it does not parse. */
  static List<Literal> required(String ruleText) {
    return DrlTree.parse(ruleText).filter(p -> p.getRules().size() == 1).map(p -> {
      RuleDescr rule = p.getRules().get(0);
      return required(rule.getLhs()).stream()
          .map(l -> new Literal(l.kind(), l.value(), l.line() - rule.getLine()))
          .toList();
    }).orElse(List.of());
  }

  /** What every match of {@code descr} needs, with lines as the parser counts them. */
  private static List<Literal> required(BaseDescr descr) {
    List<Literal> found = new ArrayList<>();
    if (descr instanceof PatternDescr pattern) {
      // The pattern's own constraints; an accumulate's or collect's input may match nothing.
      for (BaseDescr constraint : pattern.getDescrs()) {
        if (constraint instanceof ExprConstraintDescr expr) {
          found.addAll(literals(expr));
        }
      }
    } else if (descr instanceof AndDescr || descr instanceof ExistsDescr) {
      ((ConditionalElementDescr) descr).getDescrs().forEach(child -> found.addAll(required(child)));
    } else if (descr instanceof OrDescr or) {
      found.addAll(everyBranch(or));
    }
    // not, forall, eval and the rest: the rule can fire without a match of what they hold.
    return found;
  }

  /** The literals each branch of an {@code or} needs, at the place of the first branch. */
  private static List<Literal> everyBranch(OrDescr or) {
    Map<String, Literal> common = null;
    for (BaseDescr branch : or.getDescrs()) {
      Map<String, Literal> these = new LinkedHashMap<>();
      required(branch).forEach(l -> these.putIfAbsent(l.kind() + "\0" + l.value(), l));
      if (common == null) {
        common = these;
      } else {
        common.keySet().retainAll(these.keySet());
      }
    }
    return common == null ? List.of() : List.copyOf(common.values());
  }

  /** The role and metric literals of one constraint; none if it has an {@code ||}, as either side may hold. */
  private static List<Literal> literals(ExprConstraintDescr constraint) {
    List<Token> tokens = Tokens.of(constraint.getExpression());
    if (tokens.stream().anyMatch(t -> t.is(Tokens.Kind.SYMBOL, "||"))) {
      return List.of();
    }
    return Tokens.equalsLiteral(tokens, FIELDS).stream()
        .map(c -> new Literal(c.field().text(), c.literal().text(), constraint.getLine() + c.literal().line()))
        .toList();
  }
}
