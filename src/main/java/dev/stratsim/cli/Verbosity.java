package dev.stratsim.cli;

import picocli.CommandLine.Option;

/** {@code --verbose}, accepted by every command; Main and the error handler act on it. */
final class Verbosity {
  @Option(names = "--verbose", description = "Show Drools' log and stack traces of errors.")
  boolean verbose;
}
