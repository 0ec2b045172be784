package dev.stratsim.suite;

import dev.stratsim.analysis.simulate.SimulationResult;
import dev.stratsim.analysis.simulate.Summary;
import dev.stratsim.expect.Expr;
import dev.stratsim.expect.sample.Samples;

/** A finished simulation as statistical checks read it: each statistic's argument was one metric. */
record SampleSummaries(SimulationResult result) implements Samples {

  @Override
  public double probability(Expr check) {
    return summary(check).probability();
  }

  @Override
  public double percentile(Expr number, double p) {
    return summary(number).percentile(p);
  }

  @Override
  public double mean(Expr number) {
    return summary(number).mean();
  }

  private Summary summary(Expr argument) {
    return result.summary(SimulatedStep.metric(argument));
  }
}
