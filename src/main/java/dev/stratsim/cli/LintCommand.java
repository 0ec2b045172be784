package dev.stratsim.cli;

import dev.stratsim.check.Expectations;
import dev.stratsim.engine.RuleSet;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import dev.stratsim.scenario.Scenarios;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    description = "Compile the rules and load every scenario, reporting every problem found.")
final class LintCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Verbosity verbosity;

  @Parameters(arity = "0..*", paramLabel = "PATH",
      description = "Scenario files or folders to check (default: scenarios/).")
  List<Path> paths = new ArrayList<>();

  @Mixin RulesOption rules;

  @Override
  public Integer call() {
    RuleSet ruleSet = RuleSet.load(rules.dir);
    List<Path> files = Scenarios.find(paths.isEmpty() ? List.of(Path.of("scenarios")) : paths);
    List<Problem> problems = new ArrayList<>();
    for (Path file : files) {
      try {
        problems.addAll(Expectations.unknownRules(
            Scenarios.loadAll(ruleSet.vocabulary(), List.of(file), List.of()), ruleSet));
      } catch (InvalidInputException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("ok: " + ruleSet.rules().size() + " rules, " + files.size() + " scenario"
        + (files.size() == 1 ? "" : "s") + ", no problems");
    out.flush();
    return ExitCodes.EXIT_OK;
  }
}
