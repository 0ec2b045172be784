package dev.stratsim.drl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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
 * The knobs a DRL file reads by literal name, {@code $k.num("control_stake")}, with the line of
 * each read: found in every piece of code of Drools' descriptor tree, each constraint, eval,
 * {@code from} and {@code accumulate} of a rule's conditions however {@code or}, {@code not},
 * {@code exists} and {@code forall} nest them, its consequence, and the file's functions.
 */
public final class KnobReads {
  /** A knob read, with the line of the file (from 1) it is read on. */
  public record Read(String knob, int line) {}

  /**
   * A piece of code the tree holds as a string, and a character offset of the file at or before
   * which it starts: the tree knows where a constraint starts, but not where a consequence does.
   */
  private record Code(String text, int near) {}

  private KnobReads() {}

  /** The knobs the file reads, in the order they stand in it; a file the parser rejects is read by its tokens. */
  public static List<Read> in(String drl, Optional<PackageDescr> tree) {
    return tree.map(pkg -> in(drl, pkg)).orElseGet(() -> read(drl, new Code(drl, 0), lineStarts(drl)));
  }

  private static List<Read> in(String drl, PackageDescr pkg) {
    List<Code> code = new ArrayList<>();
    for (RuleDescr rule : pkg.getRules()) {
      conditions(rule.getLhs(), rule.getStartCharacter(), code);
      int afterConditions = rule.getLhs() == null ? rule.getStartCharacter() : rule.getLhs().getEndCharacter();
      code.add(new Code(String.valueOf(rule.getConsequence()), afterConditions));
    }
    for (FunctionDescr function : pkg.getFunctions()) {
      code.add(new Code(function.getBody(), function.getStartCharacter()));
    }
    int[] lineStarts = lineStarts(drl);
    List<Read> reads = new ArrayList<>();
    code.forEach(piece -> reads.addAll(read(drl, piece, lineStarts)));
    reads.sort(Comparator.comparingInt(Read::line));
    return reads;
  }

  /** Every piece of code in conditions, with the offset its own descriptor or the nearest enclosing one starts at. */
  private static void conditions(BaseDescr descr, int near, List<Code> code) {
    if (descr == null) {
      return;
    }
    int here = descr.getStartCharacter() >= 0 ? descr.getStartCharacter() : near;
    if (descr instanceof ExprConstraintDescr expr) {
      code.add(new Code(expr.getExpression(), here));
    } else if (descr instanceof EvalDescr eval) {
      code.add(new Code(String.valueOf(eval.getContent()), here));
    } else if (descr instanceof FromDescr from) {
      code.add(new Code(from.getExpression(), here));
    } else if (descr instanceof AccumulateDescr acc) {
      conditions(acc.getInput(), here, code);
      acc.getDescrs().forEach(child -> conditions(child, here, code));
      // The functions and the custom code follow the input; looked for after it, not in it.
      int afterInput = acc.getInput() == null ? here : Math.max(here, acc.getInput().getEndCharacter());
      for (String text : new String[] {acc.getInitCode(), acc.getActionCode(), acc.getReverseCode(), acc.getResultCode()}) {
        if (text != null) {
          code.add(new Code(text, afterInput));
        }
      }
      acc.getFunctions().forEach(f -> code.add(new Code(String.join(",", f.getParams()), afterInput)));
    } else if (descr instanceof CollectDescr collect) {
      conditions(collect.getInputPattern(), here, code);
    } else if (descr instanceof PatternDescr pattern) {
      pattern.getDescrs().forEach(child -> conditions(child, here, code));
      conditions(pattern.getSource(), here, code);
    } else if (descr instanceof ConditionalElementDescr element) {
      // and, or, not, exists, forall: what they hold is code all the same.
      element.getDescrs().forEach(child -> conditions((BaseDescr) child, here, code));
    }
  }

  /** The knobs a piece of code reads, on the lines of the file where the piece is found. */
  private static List<Read> read(String drl, Code piece, int[] lineStarts) {
    int at = drl.indexOf(piece.text(), Math.max(0, piece.near()));
    at = at >= 0 ? at : Math.max(0, Math.max(drl.indexOf(piece.text()), piece.near()));
    int first = lineOf(at, lineStarts);
    return Tokens.knobNames(Tokens.of(piece.text())).stream()
        .map(name -> new Read(name.text(), first + name.line()))
        .toList();
  }

  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The line, from 1, of a character offset; with no line starts known, line 1. */
  private static int lineOf(int offset, int[] lineStarts) {
    int line = Arrays.binarySearch(lineStarts, offset);
    return line >= 0 ? line + 1 : -line - 1;
  }
}
