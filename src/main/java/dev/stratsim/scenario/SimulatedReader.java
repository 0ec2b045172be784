package dev.stratsim.scenario;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratsim.expect.Expr;
import dev.stratsim.expect.sample.Statistics;
import dev.stratsim.yaml.Checker;
import dev.stratsim.yaml.Location;
import dev.stratsim.yaml.Range;
import dev.stratsim.yaml.YamlPaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads {@code expect_simulated: {samples, seed, checks}}; each check is parsed with the statistical
 * functions and must read the samples only through them.
 */
final class SimulatedReader {
  static final String KEY = "expect_simulated";
  static final List<String> KEYS = List.of("samples", "seed", "checks");
  static final Range SAMPLES = new Range(1, 1_000_000);
  static final Range SEEDS = new Range(0, Integer.MAX_VALUE);
  private static final String EXAMPLE = "\"P(meta.rank@2029 <= 2) >= 0.6\"";

  private final Checker c;
  private final CheckReader reader;

  SimulatedReader(Checker checker, CheckReader reader) {
    this.c = checker;
    this.reader = reader;
  }

  SimulatedExpectations read(ObjectNode root) {
    Optional<ObjectNode> map = c.field(root, "", KEY)
        .map("a map like {samples: 2000, seed: 7, checks: [" + EXAMPLE + "]}");
    if (map.isEmpty()) {
      return SimulatedExpectations.NONE;
    }
    c.onlyKeys(map.get(), KEY, KEYS);
    OptionalInt samples = c.field(map.get(), KEY, "samples").requiredWhole(SAMPLES);
    // Unseeded samples would make a CI check pass on one run and fail on the next.
    OptionalInt seed = c.field(map.get(), KEY, "seed").requiredWhole(SEEDS);
    List<Expectation> checks = checks(map.get());
    if (samples.isEmpty() || seed.isEmpty() || checks.isEmpty()) {
      return SimulatedExpectations.NONE;
    }
    return new SimulatedExpectations(samples.getAsInt(), seed.getAsInt(), checks);
  }

  private List<Expectation> checks(ObjectNode map) {
    String path = YamlPaths.key(KEY, "checks");
    var field = c.field(map, KEY, "checks");
    if (field.missing()) {
      c.error(path, path + (field.node() == null ? " is required: " : " is empty; write ")
          + "a list of checks like [" + EXAMPLE + "]");
      return List.of();
    }
    List<Expectation> out = new ArrayList<>();
    Optional<ArrayNode> items = field.list("a list of checks like [" + EXAMPLE + "]");
    if (items.isPresent() && items.get().isEmpty()) {
      c.error(path, path + " is empty; write at least one check like " + EXAMPLE);
    }
    items.ifPresent(list -> {
      for (int i = 0; i < list.size(); i++) {
        String item = YamlPaths.index(path, i);
        Location at = c.location(item);
        c.at(item, list.get(i)).requiredText("a check like " + EXAMPLE)
            .filter(text -> vetted(item, text, at))
            .ifPresent(text -> out.add(new Expectation(text, at.file(), at.line(), at.column())));
      }
    });
    return out;
  }

  private boolean vetted(String path, String text, Location at) {
    Optional<Expr> check = reader.read(path, text, at, Statistics::parse, t -> "");
    Optional<String> misuse = check.flatMap(Statistics::misuse);
    misuse.ifPresent(why -> c.add(at.problem(path + " (\"" + text + "\") cannot be checked over samples: " + why)));
    return check.isPresent() && misuse.isEmpty();
  }
}
