package dev.stratsim.briefing.view;

import dev.stratsim.analysis.calibrate.CalibrationResult;
import dev.stratsim.briefing.model.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The calibration section ({@code report --calibration FILE}): how well the knobs fit the suite
 * before, fitted and out of sample, the knob table, and each file and check in and out of sample.
 */
final class CalibrationView {
  private CalibrationView() {}

  record Block(String intro, Table figures, Table knobs, Table files, Table checks, List<String> notes) {
    boolean hasNotes() {
      return !notes.isEmpty();
    }
  }

  static Block block(CalibrationResult r) {
    String intro = "The knobs below were fitted with stratsim calibrate to " + r.suite() + " (" + r.cases().size()
        + " scenario files, " + r.before().total() + " checks; suite SHA-256 " + r.suiteSha256().substring(0, 12)
        + "..., seed " + r.seed() + ", stratsim " + r.stratsim() + "). Held " + r.before().held() + " of "
        + r.before().total() + " checks as the knobs were and " + r.fitted().held() + " fitted"
        + (r.crossValidated() == null ? "" : "; with each file scored on knobs fitted without it (leave-one-out"
            + " cross-validation, the honest figure), " + r.crossValidated().held())
        + ". The score is the mean credit of the checks' margins (1 when every check holds by half a point or"
        + " more; docs/calibration.md).";
    return new Block(intro, figures(r), knobs(r), files(r), checks(r), r.notes());
  }

  private static Table figures(CalibrationResult r) {
    Table.Builder t = new Table.Builder("cal-figures", "Checks held on " + r.suite());
    t.header("Knobs").numberHeader("Held", "Share", "Score");
    row(t, "as they were", r.before());
    row(t, "fitted, in sample", r.fitted());
    if (r.crossValidated() != null) {
      row(t, "fitted without the file scored (cross-validated)", r.crossValidated());
    }
    return t.build();
  }

  private static void row(Table.Builder t, String label, CalibrationResult.Figures f) {
    t.row(List.of(Table.Cell.text(label), Table.Cell.number(f.held() + " of " + f.total()),
        Table.Cell.number(Text.percent1(f.share())), Table.Cell.number(String.format(Locale.ROOT, "%.3f", f.score()))));
  }

  private static Table knobs(CalibrationResult r) {
    Table.Builder t = new Table.Builder("cal-knobs", "Knobs: fitted value, bounds searched, how sharply the suite"
        + " pins it (credit lost a tenth of the bounds away, in checks) and the values that fit nearly as well");
    t.header("Knob").numberHeader("Start", "Fitted", "Bounds", "Credit lost", "Nearly as good", "Refits")
        .header("Remark");
    for (CalibrationResult.Knob k : r.knobs()) {
      List<String> remarks = new ArrayList<>();
      if (k.atBound() != null) {
        remarks.add("at " + (k.atBound().equals("low") ? "lower" : "upper") + " bound");
      }
      if (k.flat()) {
        remarks.add("flat: the suite cannot tell");
      }
      t.row(List.of(Table.Cell.text(k.name()), Table.Cell.number(num(k.start())), Table.Cell.number(num(k.fitted())),
          Table.Cell.number(num(k.low()) + "-" + num(k.high())),
          Table.Cell.number(k.drop() == null ? "-" : String.format(Locale.ROOT, "%.2f", k.drop())),
          Table.Cell.number(num(k.nearlyLow()) + "-" + num(k.nearlyHigh())),
          Table.Cell.number(k.foldLow() == null ? "-" : num(k.foldLow()) + "-" + num(k.foldHigh())),
          Table.Cell.text(String.join(", ", remarks))));
    }
    return t.build();
  }

  private static Table files(CalibrationResult r) {
    Table.Builder t = new Table.Builder("cal-files", "Checks held per scenario file (a file is one deal's case,"
        + " or two deals on one target)");
    t.header("File").numberHeader("Checks", "As they were", "Fitted", "Out of sample");
    for (CalibrationResult.CaseFit c : r.cases()) {
      t.row(List.of(Table.Cell.text(c.file()), Table.Cell.number(String.valueOf(c.checks())),
          Table.Cell.number(String.valueOf(c.heldBefore())), Table.Cell.number(String.valueOf(c.heldFitted())),
          Table.Cell.number(c.heldOutOfSample() == null ? "-" : String.valueOf(c.heldOutOfSample()))));
    }
    return t.build();
  }

  private static Table checks(CalibrationResult r) {
    Table.Builder t = new Table.Builder("cal-checks", "Every check as the knobs were, fitted and out of sample"
        + " (margin: how far it holds, or fails if negative, as a share of its metric's range)");
    t.header("File", "Check", "Kind", "As they were", "Fitted", "Out of sample").numberHeader("Margin fitted");
    for (CalibrationResult.CaseFit c : r.cases()) {
      for (CalibrationResult.CheckFit check : c.results()) {
        t.row(List.of(Table.Cell.text(c.scenario() + ":" + check.line()), Table.Cell.text(check.check()),
            Table.Cell.text(check.kind()), Table.Cell.text(holds(check.before())), Table.Cell.text(holds(check.fitted())),
            Table.Cell.text(check.outOfSample() == null ? "-" : holds(check.outOfSample())),
            Table.Cell.number(String.format(Locale.ROOT, "%.4f", check.marginFitted()))));
      }
    }
    return t.build();
  }

  private static String holds(boolean holds) {
    return holds ? "holds" : "fails";
  }

  private static String num(double value) {
    return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
  }
}
