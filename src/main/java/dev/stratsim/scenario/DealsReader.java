package dev.stratsim.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratsim.yaml.Checker;
import dev.stratsim.yaml.Field;
import dev.stratsim.yaml.Numbers;
import dev.stratsim.yaml.Range;
import dev.stratsim.yaml.YamlPaths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Reads {@code deals:}. A deal's year may lie before the scenario's period (a holding the period
 * starts with) but not after it; its amendments fall after it, in order.
 */
final class DealsReader {
  /** The terms an amendment may change; the rest of a deal is fixed when it is struck. */
  static final List<String> AMENDABLE = List.of("stake", "voting", "board_seats", "exclusivity",
      "licence", "compute_usd", "compute_exclusivity", "supply_usd", "distribution");
  static final List<String> KEYS = List.of("id", "year", "acquirer", "target", "amount_usd",
      "stock_usd", "stake", "voting", "board_seats", "exclusivity", "talent", "licence", "investment_usd",
      "compute_usd", "compute_exclusivity", "supply_usd", "distribution", "review", "outcome",
      "unsolicited", "amendments", "sources");

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
            c.at(path, items.get(i)).requiredMap("a map with year, acquirer, target, amount_usd"
                + " and outcome").flatMap(m -> deal(path, m)).ifPresent(deals::add);
          }
        });
    return List.copyOf(deals);
  }

  private Optional<Deal> deal(String path, ObjectNode m) {
    c.onlyKeys(m, path, KEYS);
    Field idField = c.field(m, path, "id");
    Optional<String> givenId = idField.text().filter(id -> validId(idField, id));
    OptionalInt year = year(c.field(m, path, "year"), false);
    Field acquirerField = c.field(m, path, "acquirer");
    Field targetField = c.field(m, path, "target");
    Optional<String> acquirer = refs.actor(acquirerField);
    Optional<String> target = refs.actor(targetField);
    ActorRefs.different(acquirerField, targetField, acquirer, target);
    OptionalDouble amount = c.field(m, path, "amount_usd").requiredNumber(Range.NON_NEGATIVE);
    List<String> talent = talent(c.field(m, path, "talent"));
    double investment = usd(m, path, "investment_usd", 0);
    double stock = usd(m, path, "stock_usd", 0);
    String review = c.field(m, path, "review").choice(Deal.REVIEWS).orElse("predicted");
    Optional<String> outcome = c.field(m, path, "outcome").requiredChoice(Deal.OUTCOMES);
    boolean unsolicited = c.field(m, path, "unsolicited").bool().orElse(false);
    List<String> sources = c.field(m, path, "sources").texts();
    if (year.isEmpty() || acquirer.isEmpty() || target.isEmpty() || acquirer.equals(target)
        || amount.isEmpty() || outcome.isEmpty() || (!idField.missing() && givenId.isEmpty())) {
      return Optional.empty();
    }
    String id = givenId.orElse(acquirer.get() + "-" + target.get() + "-" + year.getAsInt());
    Deal blank = new Deal(id, year.getAsInt(), acquirer.get(), target.get(), amount.getAsDouble(), stock,
        0, false, 0, "none", talent, "none", investment, 0, "none", 0, false, review,
        outcome.get(), unsolicited, List.of(), year.getAsInt(), year.getAsInt(), List.copyOf(sources));
    Deal deal = terms(path, m, blank, year.getAsInt());
    if (stock > deal.amountUsd()) {
      c.error(path + ".stock_usd", path + ".stock_usd (" + Numbers.format(stock) + ") is more than amount_usd ("
          + Numbers.format(deal.amountUsd()) + "); the part paid in shares is part of what the acquirer pays");
    }
    if (investment > deal.amountUsd()) {
      c.error(path + ".investment_usd", path + ".investment_usd (" + Numbers.format(investment)
          + ") is more than amount_usd (" + Numbers.format(deal.amountUsd())
          + "); the money put into the target is part of what the acquirer pays");
    }
    List<Deal.Amendment> amendments = amendments(path, m, deal);
    return unique(path, idField, id).map(unused -> withAmendments(deal, amendments));
  }

  private static Deal withAmendments(Deal d, List<Deal.Amendment> amendments) {
    return new Deal(d.id(), d.year(), d.acquirer(), d.target(), d.amountUsd(), d.stockUsd(), d.stake(), d.voting(),
        d.boardSeats(), d.exclusivity(), d.talent(), d.licence(), d.investmentUsd(), d.computeUsd(),
        d.computeExclusivity(), d.supplyUsd(), d.distribution(), d.review(), d.outcome(),
        d.unsolicited(), List.copyOf(amendments), d.computeFrom(), d.supplyFrom(), d.sources());
  }

  /**
   * The amendable terms of {@code m}, each defaulting to its value in {@code before}; money terms
   * it sets are spent from {@code from}.
   */
  private Deal terms(String path, ObjectNode m, Deal before, int from) {
    double stake = c.field(m, path, "stake").number(Range.SHARE).orElse(before.stake());
    boolean voting = c.field(m, path, "voting").bool().orElse(before.voting());
    int boardSeats = c.field(m, path, "board_seats").whole(Range.NON_NEGATIVE).orElse(before.boardSeats());
    String exclusivity = c.field(m, path, "exclusivity").choice(Deal.EXCLUSIVITIES).orElse(before.exclusivity());
    String licence = c.field(m, path, "licence").choice(Deal.LICENCES).orElse(before.licence());
    double compute = usd(m, path, "compute_usd", before.computeUsd());
    String computeExclusivity = c.field(m, path, "compute_exclusivity").choice(Deal.COMPUTE_EXCLUSIVITIES)
        .orElse(before.computeExclusivity());
    double supply = usd(m, path, "supply_usd", before.supplyUsd());
    boolean distribution = c.field(m, path, "distribution").bool().orElse(before.distribution());
    int computeFrom = m.hasNonNull("compute_usd") ? from : before.computeFrom();
    int supplyFrom = m.hasNonNull("supply_usd") ? from : before.supplyFrom();
    return new Deal(before.id(), before.year(), before.acquirer(), before.target(), before.amountUsd(),
        before.stockUsd(), stake, voting, boardSeats, exclusivity, before.talent(), licence, before.investmentUsd(), compute,
        computeExclusivity, supply, distribution, before.review(), before.outcome(), before.unsolicited(), List.of(),
        computeFrom, supplyFrom, before.sources());
  }

  private double usd(ObjectNode m, String path, String key, double otherwise) {
    return c.field(m, path, key).number(Range.NON_NEGATIVE).orElse(otherwise);
  }

  private List<Deal.Amendment> amendments(String path, ObjectNode m, Deal deal) {
    List<Deal.Amendment> amendments = new ArrayList<>();
    Field field = c.field(m, path, "amendments");
    field.list("a list of amendments like {year: 2026, exclusivity: none}").ifPresent(items -> {
      Deal before = deal;
      int last = deal.year();
      for (int i = 0; i < items.size(); i++) {
        String at = YamlPaths.index(field.path(), i);
        Optional<ObjectNode> map = c.at(at, items.get(i)).requiredMap("a map with year and the terms that change");
        if (map.isEmpty()) {
          continue;
        }
        List<String> allowed = new ArrayList<>(List.of("year", "sources"));
        allowed.addAll(AMENDABLE);
        c.onlyKeys(map.get(), at, allowed);
        OptionalInt year = year(c.field(map.get(), at, "year"), true);
        List<String> sources = c.field(map.get(), at, "sources").texts();
        if (year.isEmpty()) {
          continue;
        }
        if (year.getAsInt() <= last) {
          c.error(at + ".year", at + ".year " + year.getAsInt() + " must come after " + last
              + " (the deal's year or the amendment before); list amendments in order");
          continue;
        }
        if (map.get().size() == 1 + (map.get().has("sources") ? 1 : 0)) {
          c.error(at, at + " changes no term; add one of " + String.join(", ", AMENDABLE));
          continue;
        }
        before = terms(at, map.get(), before, year.getAsInt());
        last = year.getAsInt();
        amendments.add(new Deal.Amendment(year.getAsInt(), before, List.copyOf(sources)));
      }
    });
    return amendments;
  }

  /** A deal may predate the period; an amendment must fall inside it. */
  private OptionalInt year(Field field, boolean insidePeriod) {
    OptionalInt year = field.requiredWhole(ScenarioReader.YEARS);
    if (year.isPresent() && period.isPresent()) {
      Period p = period.get();
      int y = year.getAsInt();
      if (y > p.end() || (insidePeriod && y < p.start())) {
        field.error(field.path() + " " + y + " is outside the period " + p.start() + ".." + p.end()
            + "; use a year in the period or widen period");
        return OptionalInt.empty();
      }
    }
    return year;
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
