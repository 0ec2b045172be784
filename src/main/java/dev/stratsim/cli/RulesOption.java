package dev.stratsim.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --rules DIR}, declared once for every command that reads rules ({@code @Mixin
 * RulesOption rules;}, then {@code rules.dir}), so that its name, default and help are the same
 * everywhere.
 */
final class RulesOption {
  @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
      description = "Rules folder (default: ${DEFAULT-VALUE}).")
  Path dir;
}
