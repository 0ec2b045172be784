package dev.stratsim.bench;

import dev.stratsim.engine.RuleSet;
import dev.stratsim.engine.Simulator;
import dev.stratsim.scenario.Scenario;
import dev.stratsim.scenario.ScenarioLoader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;

final class QuickProbe {
  public static void main(String[] args) {
    RuleSet rules = RuleSet.load(Path.of("rules"));
    RuleSet floor = Floor.emptyLike(rules);
    Scenario s = new ScenarioLoader(rules.vocabulary()).load(Path.of("scenarios/meta-scale-deal.yaml"));
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    for (RuleSet r : args.length > 0 ? new RuleSet[] {rules} : new RuleSet[] {rules, floor, rules, floor}) {
      Simulator sim = new Simulator(r);
      for (int i = 0; i < 300; i++) sim.run(s);
      long t0 = mx.getCurrentThreadCpuTime();
      int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
      for (int i = 0; i < n; i++) sim.run(s);
      long t1 = mx.getCurrentThreadCpuTime();
      System.out.println((r == floor ? "floor " : "rules ") + (t1 - t0) / 1e6 / n + " ms cpu per run");
    }
  }
}
