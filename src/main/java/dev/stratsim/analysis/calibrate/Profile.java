package dev.stratsim.analysis.calibrate;

import java.util.ArrayList;
import java.util.List;

/**
 * What the suite says about each knob around the fit, the others held at their fitted values:
 * how much the score drops when it moves a tenth of its bounds either way (its identifiability)
 * and over what range it still fits nearly as well (the uncertainty the fit leaves).
 *
 * <p>"Nearly as well" means no check that held stops holding and the score stays within one
 * check's worth ({@code 1 / checks}: one check sliding from holding comfortably to the edge) of
 * the fit's. The range is found on a grid of eleven points across the bounds, walking out from
 * the fitted value, then narrowed by bisection to a 160th of the bounds. It is a conditional
 * profile: knobs that can make up for each other would together range wider.
 *
 * @param drop what the fit loses, in checks' credit (the score times the number of checks), on
 *     average over the two sides, at a tenth of the bounds away: 1 is as much as one check
 *     going from holding comfortably to the edge
 * @param low the lowest value that fits nearly as well
 * @param high the highest
 */
record Profile(double drop, double low, double high) {
  static final int GRID = 10;
  static final int BISECTIONS = 4;

  /** Whether the suite cannot tell the knob's values apart anywhere in its bounds. */
  boolean flat(FitKnob knob) {
    return low <= knob.low() && high >= knob.high();
  }

  /** The profiles of every knob at {@code fitted}, scored in parallel; null when stopped. */
  static List<Profile> of(SuiteRun run, int[] cases, double[] fitted, Score at, Workers workers) {
    List<FitKnob> knobs = run.knobs();
    double tolerance = 1.0 / Math.max(1, at.total());
    // First batch: per knob, the grid and the two points a tenth of the bounds away.
    List<double[]> points = new ArrayList<>();
    for (int k = 0; k < knobs.size(); k++) {
      FitKnob knob = knobs.get(k);
      double step = (knob.high() - knob.low()) / GRID;
      for (int j = 0; j <= GRID; j++) {
        points.add(moved(fitted, k, knob.low() + j * step));
      }
      points.add(moved(fitted, k, Math.max(knob.low(), fitted[k] - step)));
      points.add(moved(fitted, k, Math.min(knob.high(), fitted[k] + step)));
    }
    List<Score> scores = workers.map(points.size(), i -> run.score(points.get(i).clone(), cases));
    if (scores.size() < points.size()) {
      return null;
    }
    int per = GRID + 3;
    double[][] inner = new double[knobs.size()][2];
    double[][] outer = new double[knobs.size()][2];
    double[] drops = new double[knobs.size()];
    for (int k = 0; k < knobs.size(); k++) {
      FitKnob knob = knobs.get(k);
      double step = (knob.high() - knob.low()) / GRID;
      List<Score> grid = scores.subList(k * per, k * per + GRID + 1);
      drops[k] = drop(at, scores.get(k * per + GRID + 1), scores.get(k * per + GRID + 2), fitted[k], knob);
      // Walk out from the fitted value to the first grid point that fits worse, on each side.
      int below = (int) Math.floor((fitted[k] - knob.low()) / step + 1e-9);
      inner[k][0] = fitted[k];
      outer[k][0] = Double.NaN;
      for (int j = Math.min(below, GRID); j >= 0; j--) {
        double value = knob.low() + j * step;
        if (value > fitted[k]) {
          continue;
        }
        if (!nearly(grid.get(j), at, tolerance)) {
          outer[k][0] = value;
          break;
        }
        inner[k][0] = value;
      }
      inner[k][1] = fitted[k];
      outer[k][1] = Double.NaN;
      for (int j = Math.max(0, below); j <= GRID; j++) {
        double value = knob.low() + j * step;
        if (value < fitted[k]) {
          continue;
        }
        if (!nearly(grid.get(j), at, tolerance)) {
          outer[k][1] = value;
          break;
        }
        inner[k][1] = value;
      }
    }
    // Then bisect each side that ended on a worse point, all sides of all knobs in one batch.
    for (int round = 0; round < BISECTIONS; round++) {
      List<double[]> middles = new ArrayList<>();
      List<int[]> which = new ArrayList<>();
      for (int k = 0; k < knobs.size(); k++) {
        for (int side = 0; side < 2; side++) {
          if (!Double.isNaN(outer[k][side])) {
            middles.add(moved(fitted, k, (inner[k][side] + outer[k][side]) / 2));
            which.add(new int[] {k, side});
          }
        }
      }
      List<Score> mid = workers.map(middles.size(), i -> run.score(middles.get(i).clone(), cases));
      if (mid.size() < middles.size()) {
        return null;
      }
      for (int i = 0; i < mid.size(); i++) {
        int k = which.get(i)[0];
        int side = which.get(i)[1];
        double value = (inner[k][side] + outer[k][side]) / 2;
        if (nearly(mid.get(i), at, tolerance)) {
          inner[k][side] = value;
        } else {
          outer[k][side] = value;
        }
      }
    }
    List<Profile> profiles = new ArrayList<>();
    for (int k = 0; k < knobs.size(); k++) {
      profiles.add(new Profile(drops[k], inner[k][0], inner[k][1]));
    }
    return profiles;
  }

  private static boolean nearly(Score score, Score at, double tolerance) {
    return score.held() >= at.held() && score.value() >= at.value() - tolerance;
  }

  /** The mean drop over the sides the bounds leave room for; 0 for a knob that cannot move. */
  private static double drop(Score at, Score down, Score up, double value, FitKnob knob) {
    double sum = 0;
    int sides = 0;
    if (value > knob.low()) {
      sum += at.value() - down.value();
      sides++;
    }
    if (value < knob.high()) {
      sum += at.value() - up.value();
      sides++;
    }
    return sides == 0 ? 0 : sum / sides * at.total();
  }

  private static double[] moved(double[] values, int k, double value) {
    double[] moved = values.clone();
    moved[k] = value;
    return moved;
  }
}
