package dev.stratsim.expect;

/**
 * What an expression is evaluated against: one finished run. The engine implements it.
 *
 * <p>Report unknown names with {@link EvaluationException#unknown} and {@link
 * EvaluationException#unknownYear}, so messages look alike and suggest close names.
 */
public interface Facts {
  /**
   * The value of {@code metric} for {@code actor} at the end of {@code year}.
   *
   * @param year null for the last year of the run
   * @throws EvaluationException for an unknown actor, metric or year
   */
  double metric(String actor, String metric, Integer year);

  /**
   * The scenario's own value of {@code metric} for {@code actor} before the first year, as
   * {@code actor.metric@start} reads it.
   *
   * @throws EvaluationException for an unknown actor or metric, or where no run has a start
   */
  default double start(String actor, String metric) {
    throw new EvaluationException(actor + "." + metric + "@start: there is no start to read here");
  }

  /**
   * The facts of the same scenario without its deals, which {@code effect(...)} and {@code
   * nodeal(...)} read. Implementations should make that run once, however often it is asked for.
   *
   * @throws EvaluationException where there is no such run to read
   */
  default Facts withoutDeals() {
    throw new EvaluationException("effect(...) and nodeal(...) read the same scenario without its deals,"
        + " which is not available here");
  }

  /**
   * Whether the rule named {@code rule} fired at any time in the run.
   *
   * @throws EvaluationException if no rule has that name, if the engine can tell
   */
  boolean fired(String rule);
}
