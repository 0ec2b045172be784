package dev.stratsim.cli;

import dev.stratsim.model.VocabularyLoader;
import dev.stratsim.schema.Schemas;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = {"Print a JSON Schema: 'report' for report.json, 'scenario' for scenario files (with the metrics",
        "and assumptions of the rules folder), or the JSON a command prints with --format json: 'run', 'compare',",
        "'sweep', 'simulate', 'sensitivity', 'check', 'diff' or 'calibrate' (docs/json-output.md)."})
final class SchemaCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Verbosity verbosity;

  enum Kind { report, scenario, run, compare, sweep, simulate, sensitivity, check, diff, calibrate }

  @Parameters(paramLabel = "KIND", description = "report, scenario, run, compare, sweep, simulate, sensitivity, check,"
      + " diff or calibrate.")
  Kind kind;

  @Mixin RulesOption rules;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.print(switch (kind) {
      case report -> Schemas.report();
      case scenario -> Schemas.scenario(VocabularyLoader.load(rules.dir));
      case run -> Schemas.run();
      case calibrate -> Schemas.calibrate();
      default -> Schemas.output(kind.name());
    });
    out.flush();
    return ExitCodes.EXIT_OK;
  }
}
