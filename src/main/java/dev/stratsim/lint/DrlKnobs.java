package dev.stratsim.lint;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * The knobs a DRL file reads by literal name, {@code $k.num("control_stake")}, found in the code
 * Drools' parser hands back: every constraint, eval, {@code from} and {@code accumulate} of a
 * rule's conditions however they are nested ({@code or}, {@code not}, {@code exists},
 * {@code forall}), its consequence, and the file's functions; not in comments.
 */
final class DrlKnobs {
  private static final Pattern KNOB = Pattern.compile("\\.num\\(\"([^\"]+)\"\\)");

  private DrlKnobs() {}

  /** The knobs read, in the order first read; empty if the text does not parse. */
  static Optional<Set<String>> read(String drl) {
    return DrlConditions.parse(drl).map(DrlKnobs::read);
  }

  private static Set<String> read(PackageDescr pkg) {
    List<String> code = new ArrayList<>();
    for (RuleDescr rule : pkg.getRules()) {
      collect(rule.getLhs(), code);
      code.add(String.valueOf(rule.getConsequence()));
    }
    for (FunctionDescr function : pkg.getFunctions()) {
      code.add(function.getBody());
    }
    Set<String> knobs = new LinkedHashSet<>();
    for (String text : code) {
      String masked = DrlText.mask(text);
      Matcher m = KNOB.matcher(text);
      while (m.find()) {
        if (masked.charAt(m.start()) == '.') {  // a comment is blanked; a string holds no .num(" unescaped
          knobs.add(m.group(1));
        }
      }
    }
    return knobs;
  }

  private static void collect(BaseDescr descr, List<String> code) {
    if (descr == null) {
      return;
    }
    if (descr instanceof ExprConstraintDescr expr) {
      code.add(expr.getExpression());
    } else if (descr instanceof EvalDescr eval) {
      code.add(String.valueOf(eval.getContent()));
    } else if (descr instanceof FromDescr from) {
      code.add(from.getExpression());
    } else if (descr instanceof AccumulateDescr acc) {
      code.add(String.valueOf(acc.getInitCode()));
      code.add(String.valueOf(acc.getActionCode()));
      code.add(String.valueOf(acc.getReverseCode()));
      code.add(String.valueOf(acc.getResultCode()));
      acc.getFunctions().forEach(f -> code.add(String.join(",", f.getParams())));
      acc.getDescrs().forEach(child -> collect(child, code));
      collect(acc.getInput(), code);
    } else if (descr instanceof CollectDescr coll) {
      collect(coll.getInputPattern(), code);
    }
    if (descr instanceof PatternDescr pattern) {
      pattern.getDescrs().forEach(child -> collect(child, code));
      collect(pattern.getSource(), code);
    } else if (descr instanceof ConditionalElementDescr ce && !(descr instanceof AccumulateDescr) && !(descr instanceof CollectDescr)) {
      ce.getDescrs().forEach(child -> collect(child, code));
    }
  }
}
