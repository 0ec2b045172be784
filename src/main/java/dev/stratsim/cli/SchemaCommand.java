package dev.stratsim.cli;

import dev.stratsim.model.VocabularyLoader;
import dev.stratsim.schema.Schemas;
import java.io.PrintWriter;
import java.nio.file.Path;
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
    description = {"Print a JSON Schema: 'report' for report.json (its $defs/run is run --format json),",
        "'scenario' for scenario files, with the metrics and assumptions of the rules folder."})
final class SchemaCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Verbosity verbosity;

  enum Kind { report, scenario }

  @Parameters(paramLabel = "KIND", description = "report or scenario.")
  Kind kind;

  @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
      description = "Rules folder whose vocabulary the scenario schema names (default: ${DEFAULT-VALUE}).")
  Path rules;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.print(kind == Kind.report ? Schemas.report() : Schemas.scenario(VocabularyLoader.load(rules)));
    out.flush();
    return ExitCodes.EXIT_OK;
  }
}
