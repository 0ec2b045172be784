package dev.stratsim.cli;

import dev.stratsim.engine.RuleSet;
import dev.stratsim.engine.Simulator;
import dev.stratsim.evaluation.Expectations;
import dev.stratsim.lint.RuleChecks;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import dev.stratsim.scenario.Scenario;
import dev.stratsim.scenario.Scenarios;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    description = "Compile the rules and load every scenario, reporting every problem found; warn about"
        + " knobs no rule reads and rules no scenario can fire.")
final class LintCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Verbosity verbosity;
  @Mixin CacheOption cache;

  @Parameters(arity = "0..*", paramLabel = "PATH",
      description = "Scenario files or folders to check (default: scenarios/).")
  List<Path> paths = new ArrayList<>();

  @Mixin RulesOption rules;

  @Option(names = "--strict", description = "Treat warnings as errors (exit 2).")
  boolean strict;

  @Override
  public Integer call() {
    RuleSet ruleSet = RuleSet.load(rules.dir);
    if (ruleSet.rules().isEmpty()) {
      // As check refuses a folder without scenarios: nothing to lint is a mistake, not a clean bill.
      throw new InvalidInputException(Problem.inFile(rules.dir, "is a rules folder whose .drl files hold no rule;"
          + " write rules in them or give the rules folder with --rules"));
    }
    List<Path> files = ScenarioFiles.find(paths);
    List<Problem> problems = new ArrayList<>();
    List<Scenario> loaded = new ArrayList<>();
    for (Path file : files) {
      try {
        List<Scenario> one = Scenarios.loadAll(ruleSet.vocabulary(), List.of(file), List.of());
        problems.addAll(Expectations.unknownRules(one, ruleSet));
        loaded.addAll(one);
      } catch (InvalidInputException e) {
        problems.addAll(e.problems());
      }
    }
    // Each scenario run once, so that a check naming an actor, metric or year the run does not
    // have (the customers of a competitor, say, which only a supplier counts) is a mistake here
    // rather than a failed check later.
    if (problems.isEmpty()) {
      Simulator simulator = new Simulator(ruleSet);
      loaded.forEach(s -> problems.addAll(Expectations.unevaluable(simulator.run(s))));
    }
    // A scenario that did not load has unknown roles; judging the rules by the others would mislead.
    List<Problem> warnings = RuleChecks.warnings(ruleSet, problems.isEmpty() ? loaded : List.of());
    if (strict) {
      problems.addAll(warnings);
    } else {
      PrintWriter err = spec.commandLine().getErr();
      warnings.forEach(w -> err.println(ErrorHandler.line("warning: ", w.toString())));
      err.flush();
    }
    InvalidInputException.throwIfAny(problems);
    PrintWriter out = spec.commandLine().getOut();
    out.println("ok: " + ruleSet.rules().size() + " rules, " + files.size() + " scenario"
        + (files.size() == 1 ? "" : "s") + ", " + (warnings.isEmpty() ? "no problems"
        : warnings.size() + " warning" + (warnings.size() == 1 ? "" : "s")));
    out.flush();
    return ExitCodes.EXIT_OK;
  }
}
