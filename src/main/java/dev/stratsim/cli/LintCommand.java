package dev.stratsim.cli;

import dev.stratsim.lint.Lint;
import dev.stratsim.lint.LintReport;
import dev.stratsim.problem.InvalidInputException;
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
    LintReport report = Lint.run(rules.dir, paths, strict);
    // The warnings first, so that they stand above the errors they may explain.
    PrintWriter err = spec.commandLine().getErr();
    report.warnings().forEach(w -> err.println(ErrorHandler.line("warning: ", w.toString())));
    err.flush();
    InvalidInputException.throwIfAny(report.problems());
    int files = report.scenarios();
    int warnings = report.warnings().size();
    PrintWriter out = spec.commandLine().getOut();
    out.println("ok: " + report.rules() + " rules, " + files + " scenario" + (files == 1 ? "" : "s") + ", "
        + (warnings == 0 ? "no problems" : warnings + " warning" + (warnings == 1 ? "" : "s")));
    out.flush();
    return ExitCodes.EXIT_OK;
  }
}
