package dev.stratsim.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --rules DIR}, the same for every command that runs or checks rules. */
final class RulesOption {
  @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
      description = "Rules folder: *.drl, metrics.yaml, assumptions.yaml (default: ${DEFAULT-VALUE}).")
  Path dir;
}
