package dev.stratsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What the stock rules project for a stock scenario, read from {@code run --format json}: tests
 * that check how a figure is shown (rounded once, a difference as the difference of its ends as
 * shown) take the figure from here instead of writing it down, so a change of the rules that moves
 * the stock numbers does not break them. Rounding is done here with BigDecimal, independently of
 * the product's own formatting.
 */
public final class StockFigures {
  private final JsonNode run;

  private StockFigures(JsonNode run) {
    this.run = run;
  }

  public static StockFigures of(String scenario) {
    Cli.Result r = Cli.run("run", scenario, "--format", "json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    try {
      return new StockFigures(new ObjectMapper().readTree(r.out()));
    } catch (java.io.IOException e) {
      throw new AssertionError("run --format json printed no JSON", e);
    }
  }

  /** The actor's index in {@code year}, or at the start of the period when {@code year} is 0. */
  public double index(String actor, int year) {
    JsonNode at = year == 0 ? run.get("start") : yearNode(year);
    for (JsonNode a : at.get("actors")) {
      if (a.get("id").asText().equals(actor)) {
        return a.get("index").asDouble();
      }
    }
    throw new AssertionError(actor + " has no index in " + (year == 0 ? "the start" : year));
  }

  private JsonNode yearNode(int year) {
    for (JsonNode y : run.get("years")) {
      if (y.get("year").asInt() == year) {
        return y;
      }
    }
    throw new AssertionError("no year " + year);
  }

  /** A figure as tables show it: one decimal, half to even. */
  public static BigDecimal shown(double value) {
    return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_EVEN);
  }

  /** A difference as tables show it beside its ends: the difference of the ends as shown, with its sign. */
  public static String change(double from, double to) {
    BigDecimal d = shown(to).subtract(shown(from));
    return (d.signum() > 0 ? "+" : "") + d.toPlainString();
  }
}
