package dev.stratsim.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratsim.yaml.Checker;
import dev.stratsim.yaml.Field;
import dev.stratsim.yaml.Range;
import dev.stratsim.yaml.YamlPaths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** Reads {@code deals:}; a deal's year must fall inside the scenario's period. */
final class DealsReader {
  static final List<String> KEYS = List.of("id", "year", "acquirer", "target", "amount_usd",
      "stake", "voting", "board_seats", "exclusivity", "talent", "outcome", "sources");

  private final Checker c;
  private final ActorRefs refs;
  private final Optional<Period> period;
  private final Map<String, String> ids = new HashMap<>();

  DealsReader(Checker checker, ActorRefs refs, Optional<Period> period) {
    this.c = checker;
    this.refs = refs;
    this.period = period;
  }

  List<Deal> read(ObjectNode root) {
    List<Deal> deals = new ArrayList<>();
    c.field(root, "", "deals")
        .list("a list of deals like {year: 2025, acquirer: a, target: b, ...}")
        .ifPresent(items -> {
          for (int i = 0; i < items.size(); i++) {
            String path = YamlPaths.index("deals", i);
            c.at(path, items.get(i)).requiredMap("a map with year, acquirer, target, amount_usd,"
                + " stake and outcome").flatMap(m -> deal(path, m)).ifPresent(deals::add);
          }
        });
    return List.copyOf(deals);
  }

  private Optional<Deal> deal(String path, ObjectNode m) {
    c.onlyKeys(m, path, KEYS);
    Field idField = c.field(m, path, "id");
    Optional<String> givenId = idField.text().filter(id -> validId(idField, id));
    OptionalInt year = year(c.field(m, path, "year"));
    Field acquirerField = c.field(m, path, "acquirer");
    Field targetField = c.field(m, path, "target");
    Optional<String> acquirer = refs.actor(acquirerField);
    Optional<String> target = refs.actor(targetField);
    ActorRefs.different(acquirerField, targetField, acquirer, target);
    OptionalDouble amount = c.field(m, path, "amount_usd").requiredNumber(Range.NON_NEGATIVE);
    OptionalDouble stake = positive(path, c.field(m, path, "stake").requiredNumber(Range.SHARE));
    boolean voting = c.field(m, path, "voting").bool().orElse(false);
    int boardSeats = c.field(m, path, "board_seats").whole(Range.NON_NEGATIVE).orElse(0);
    String exclusivity =
        c.field(m, path, "exclusivity").choice(Deal.EXCLUSIVITIES).orElse("none");
    List<String> talent = talent(c.field(m, path, "talent"));
    Optional<String> outcome = c.field(m, path, "outcome").requiredChoice(Deal.OUTCOMES);
    List<String> sources = c.field(m, path, "sources").texts();
    if (year.isEmpty() || acquirer.isEmpty() || target.isEmpty() || acquirer.equals(target)
        || amount.isEmpty() || stake.isEmpty() || outcome.isEmpty()
        || (!idField.missing() && givenId.isEmpty())) {
      return Optional.empty();
    }
    String id = givenId.orElse(acquirer.get() + "-" + target.get() + "-" + year.getAsInt());
    return unique(path, idField, id).map(unused -> new Deal(id, year.getAsInt(),
        acquirer.get(), target.get(), amount.getAsDouble(), stake.getAsDouble(), voting,
        boardSeats, exclusivity, talent, outcome.get(), List.copyOf(sources)));
  }

  private OptionalInt year(Field field) {
    OptionalInt year = field.requiredWhole(ScenarioReader.YEARS);
    if (year.isPresent() && period.isPresent() && !period.get().contains(year.getAsInt())) {
      Period p = period.get();
      field.error(field.path() + " " + year.getAsInt() + " is outside the period " + p.start()
          + ".." + p.end() + "; use a year in the period or widen period");
      return OptionalInt.empty();
    }
    return year;
  }

  private OptionalDouble positive(String path, OptionalDouble stake) {
    if (stake.isPresent() && stake.getAsDouble() == 0) {
      c.error(path + ".stake", path + ".stake must be above 0: a deal transfers some stake;"
          + " remove the deal or give the stake it buys");
      return OptionalDouble.empty();
    }
    return stake;
  }

  private List<String> talent(Field field) {
    List<String> talent = new ArrayList<>();
    field.list("a list of " + String.join(", ", Deal.TALENT)).ifPresent(items -> {
      for (int i = 0; i < items.size(); i++) {
        String path = YamlPaths.index(field.path(), i);
        c.at(path, items.get(i)).choice(Deal.TALENT).ifPresent(group -> {
          if (talent.contains(group)) {
            c.error(path, path + " lists " + group + " a second time; list each group once");
          } else {
            talent.add(group);
          }
        });
      }
    });
    return List.copyOf(talent);
  }

  private static boolean validId(Field field, String id) {
    if (!Ids.valid(id)) {
      field.error(field.path() + " '" + id + "' " + Ids.RULE);
    }
    return Ids.valid(id);
  }

  /** Deal ids are unique, whether written or made up from acquirer, target and year. */
  private Optional<String> unique(String path, Field field, String id) {
    String first = ids.putIfAbsent(id, path);
    if (first != null) {
      c.error(field.missing() ? path : field.path(), path + " has the id '" + id
          + "' already used by " + first + "; set id: to a name of its own");
      return Optional.empty();
    }
    return Optional.of(id);
  }
}
