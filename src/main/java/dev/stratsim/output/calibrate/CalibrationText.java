package dev.stratsim.output.calibrate;

import dev.stratsim.analysis.calibrate.CalibrationResult;
import static dev.stratsim.output.calibrate.CalibrationFormat.held;
import static dev.stratsim.output.calibrate.CalibrationFormat.num;
import static dev.stratsim.output.calibrate.CalibrationFormat.score;

import dev.stratsim.output.TextTable;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** {@code calibrate --format text}: the figures, the knob table, the files and the checks that changed. */
final class CalibrationText implements CalibrationFormat {

  @Override
  public void write(CalibrationResult r, PrintWriter out) {
    int files = r.cases().size();
    out.println("calibrate: " + r.knobs().size() + " knob" + (r.knobs().size() == 1 ? "" : "s") + " on " + r.suite()
        + " (" + files + " file" + (files == 1 ? "" : "s") + ", " + r.before().total() + " checks), seed " + r.seed()
        + ", " + r.budget() + " evaluations per fit");
    out.println();
    TextTable figures = new TextTable().row(List.of("", "held", "score"))
        .row(List.of("as the knobs were", held(r.before().held(), r.before().total()), score(r.before().score())))
        .row(List.of("fitted, in sample", held(r.fitted().held(), r.fitted().total()), score(r.fitted().score())));
    if (r.crossValidated() != null) {
      figures.row(List.of("cross-validated" + (r.folds() < files ? " (" + r.folds() + " of " + files + " files)" : ""),
          held(r.crossValidated().held(), r.crossValidated().total()), score(r.crossValidated().score())));
    }
    figures.print(out, "  ");
    if (r.crossValidated() != null) {
      out.println("  (cross-validated: each file scored with the knobs fitted on the other files)");
    }
    out.println();
    out.println("Knobs (drop: the credit lost a tenth of the bounds away, in checks; nearly as good: the values");
    out.println("that lose no check and at most one check's credit, the other knobs as fitted; refits: the");
    out.println("values fitted with each file left out)");
    TextTable knobs = new TextTable().row(List.of("Knob", "Start", "Fitted", "Bounds", "Drop", "Nearly as good",
        "Refits", ""));
    for (CalibrationResult.Knob k : r.knobs()) {
      knobs.row(List.of(k.name(), num(k.start()), num(k.fitted()), num(k.low()) + ".." + num(k.high()),
          k.drop() == null ? "-" : CalibrationFormat.drop(k.drop()), num(k.nearlyLow()) + ".." + num(k.nearlyHigh()),
          k.foldLow() == null ? "-" : num(k.foldLow()) + ".." + num(k.foldHigh()), remark(k)));
    }
    knobs.print(out, "  ", 1);
    out.println();
    out.println("Files: checks held as the knobs were, fitted" + (r.crossValidated() == null ? "" : ", out of sample"));
    TextTable cases = new TextTable();
    for (CalibrationResult.CaseFit c : r.cases()) {
      List<String> row = new ArrayList<>(List.of(c.file(), c.heldBefore() + "/" + c.checks(),
          c.heldFitted() + "/" + c.checks()));
      if (r.crossValidated() != null) {
        row.add(c.heldOutOfSample() == null ? "-" : c.heldOutOfSample() + "/" + c.checks());
      }
      cases.row(row);
    }
    cases.print(out, "  ");
    List<String> changed = changed(r);
    if (!changed.isEmpty()) {
      out.println();
      out.println("Checks whose outcome the fit changes");
      changed.forEach(line -> out.println("  " + line));
    }
    if (!r.notes().isEmpty()) {
      out.println();
      out.println("Notes");
      r.notes().forEach(note -> out.println("  - " + note));
    }
    out.flush();
  }

  static String remark(CalibrationResult.Knob k) {
    List<String> remarks = new ArrayList<>();
    if (k.atBound() != null) {
      remarks.add("at " + (k.atBound().equals("low") ? "lower" : "upper") + " bound");
    }
    if (k.flat()) {
      remarks.add("flat: the suite cannot tell");
    }
    return String.join(", ", remarks);
  }

  /** {@code holds now  file:line:column  check}, for every check whose outcome moved. */
  static List<String> changed(CalibrationResult r) {
    List<String> lines = new ArrayList<>();
    for (CalibrationResult.CaseFit c : r.cases()) {
      for (CalibrationResult.CheckFit check : c.results()) {
        String where = c.file() + ":" + check.line() + ":" + check.column() + "  " + check.check();
        if (check.before() != check.fitted()) {
          lines.add((check.fitted() ? "holds when fitted  " : "fails when fitted  ") + where);
        }
        if (check.outOfSample() != null && check.outOfSample() != check.fitted()) {
          lines.add((check.outOfSample() ? "holds out of sample" : "fails out of sample") + " " + where);
        }
      }
    }
    return lines;
  }
}
