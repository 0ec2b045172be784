package dev.stratsim.cli;

import dev.stratsim.engine.Simulator;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import java.time.Duration;
import picocli.CommandLine.Option;

/** {@code --year-timeout SECONDS}, the same for every command that runs rules. */
final class YearTimeout {
  /** A day: anything longer is no limit at all. */
  static final double MAX_SECONDS = 86_400;

  @Option(names = "--year-timeout", paramLabel = "SECONDS",
      description = "Stop the rules of one year of one run that take longer than this on the clock, naming the"
          + " rule (exit 3); default: 30.")
  Double seconds;

  Duration duration() {
    if (seconds == null) {
      return Simulator.DEFAULT_YEAR_TIMEOUT;
    }
    if (!(seconds > 0 && seconds <= MAX_SECONDS)) {
      throw new InvalidInputException(Problem.general("--year-timeout must be a number of seconds above 0 and at"
          + " most " + (long) MAX_SECONDS + ", e.g. 60, not " + (Double.isFinite(seconds)
          ? java.math.BigDecimal.valueOf(seconds).stripTrailingZeros().toPlainString() : seconds)));
    }
    return Duration.ofNanos(Math.max(1_000_000, Math.round(seconds * 1e9)));
  }
}
