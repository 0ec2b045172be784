package dev.stratsim.scenario;

import dev.stratsim.engine.RuleSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One deal between two labs, written with the terms a test gives and read back as the stock rules read it. */
public final class OneDeal {
  private OneDeal() {}

  /**
   * @param terms the deal's keys beyond year, parties, amount and outcome, as YAML flow entries
   *     (e.g. {@code "stake: 1, voting: true"}), or empty
   */
  public static Deal written(Path dir, String amountUsd, String outcome, String terms) {
    Path file = dir.resolve("deal.yaml");
    try {
      Files.writeString(file, """
          title: A deal
          period: { start: 2025, end: 2025 }
          actors:
            buyer: { name: Buyer, role: lab, data: 50, hardware: 50, algorithms: 50 }
            target: { name: Target, role: lab, data: 40, hardware: 40, algorithms: 40 }
          deals:
            - { year: 2025, acquirer: buyer, target: target, amount_usd: %s, outcome: %s%s }
          """.formatted(amountUsd, outcome, terms.isEmpty() ? "" : ", " + terms));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ScenarioLoader(RuleSet.vocabulary(Path.of("rules"))).load(file).deals().get(0);
  }
}
