package dev.stratsim.output.calibrate;

import dev.stratsim.analysis.calibrate.CalibrationResult;
import static dev.stratsim.output.calibrate.CalibrationFormat.held;
import static dev.stratsim.output.calibrate.CalibrationFormat.num;
import static dev.stratsim.output.calibrate.CalibrationFormat.score;

import java.io.PrintWriter;

/** {@code calibrate --format markdown}: the figures and the knob table, for a pull request. */
final class CalibrationMarkdown implements CalibrationFormat {

  @Override
  public void write(CalibrationResult r, PrintWriter out) {
    out.println("## stratsim calibrate: " + r.knobs().size() + " knobs on `" + r.suite() + "`");
    out.println();
    out.println("Seed " + r.seed() + ", " + r.budget() + " evaluations per fit; suite sha256 `" + r.suiteSha256()
        + "`, rules sha256 `" + r.rulesSha256() + "`, stratsim " + r.stratsim() + ".");
    out.println();
    out.println("| | held | score |");
    out.println("| --- | ---: | ---: |");
    out.println("| as the knobs were | " + held(r.before().held(), r.before().total()) + " | " + score(r.before().score()) + " |");
    out.println("| fitted, in sample | " + held(r.fitted().held(), r.fitted().total()) + " | " + score(r.fitted().score()) + " |");
    if (r.crossValidated() != null) {
      out.println("| cross-validated (leave one file out) | " + held(r.crossValidated().held(), r.crossValidated().total())
          + " | " + score(r.crossValidated().score()) + " |");
    }
    out.println();
    out.println("| knob | start | fitted | bounds | credit lost at 1/10 (checks) | nearly as good | refits | |");
    out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
    for (CalibrationResult.Knob k : r.knobs()) {
      out.println("| `" + k.name() + "` | " + num(k.start()) + " | " + num(k.fitted()) + " | " + num(k.low()) + ".."
          + num(k.high()) + " | " + (k.drop() == null ? "-" : CalibrationFormat.drop(k.drop())) + " | " + num(k.nearlyLow()) + ".."
          + num(k.nearlyHigh()) + " | " + (k.foldLow() == null ? "-" : num(k.foldLow()) + ".." + num(k.foldHigh()))
          + " | " + CalibrationText.remark(k) + " |");
    }
    out.println();
    out.println("| file | checks | held before | fitted | out of sample |");
    out.println("| --- | ---: | ---: | ---: | ---: |");
    for (CalibrationResult.CaseFit c : r.cases()) {
      out.println("| `" + c.file() + "` | " + c.checks() + " | " + c.heldBefore() + " | " + c.heldFitted() + " | "
          + (c.heldOutOfSample() == null ? "-" : c.heldOutOfSample()) + " |");
    }
    var changed = CalibrationText.changed(r);
    if (!changed.isEmpty()) {
      out.println();
      out.println("Checks whose outcome the fit changes:");
      out.println();
      changed.forEach(line -> out.println("- `" + line.replace("`", "'") + "`"));
    }
    if (!r.notes().isEmpty()) {
      out.println();
      r.notes().forEach(note -> out.println("- " + note));
    }
    out.flush();
  }
}
