package dev.stratsim.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratsim.model.Vocabulary;
import dev.stratsim.problem.UserText;
import dev.stratsim.yaml.Checker;
import dev.stratsim.yaml.Field;
import dev.stratsim.yaml.Numbers;
import dev.stratsim.yaml.Range;
import dev.stratsim.yaml.YamlPaths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads {@code relations:}. A relation that leaves out {@code revenue_share} gets an equal part of
 * what the supplier's other relations leave over.
 */
final class RelationsReader {
  static final List<String> KEYS =
      List.of("customer", "supplier", "share", "revenue_share", "pillar", "commitment", "sources");
  private static final double EPSILON = 1e-9;

  private final Checker c;
  private final ActorRefs refs;
  private final Vocabulary vocabulary;
  private final Map<String, Actor> actors;

  /** A valid relation whose revenue share may still be open (NaN). */
  private record Draft(
      String path, String customer, String supplier, double share, double revenueShare,
      String pillar, String commitment, List<String> sources) {}

  RelationsReader(Checker checker, ActorRefs refs, Vocabulary vocabulary, Map<String, Actor> actors) {
    this.c = checker;
    this.refs = refs;
    this.vocabulary = vocabulary;
    this.actors = actors;
  }

  List<Relation> read(ObjectNode root) {
    List<Draft> drafts = new ArrayList<>();
    Map<String, String> pairs = new HashMap<>();
    c.field(root, "", "relations")
        .list("a list of relations like {customer: a, supplier: b, share: 0.3}")
        .ifPresent(items -> {
          for (int i = 0; i < items.size(); i++) {
            String path = YamlPaths.index("relations", i);
            c.at(path, items.get(i)).requiredMap("a map with customer, supplier and share")
                .flatMap(m -> draft(path, m, pairs)).ifPresent(drafts::add);
          }
        });
    return split(drafts);
  }

  private Optional<Draft> draft(String path, ObjectNode m, Map<String, String> pairs) {
    c.onlyKeys(m, path, KEYS);
    Field customerField = c.field(m, path, "customer");
    Field supplierField = c.field(m, path, "supplier");
    Optional<String> customer = refs.actor(customerField);
    Optional<String> supplier = refs.actor(supplierField);
    ActorRefs.different(customerField, supplierField, customer, supplier);
    OptionalDouble share = c.field(m, path, "share").requiredNumber(Range.SHARE);
    OptionalDouble revenueShare = c.field(m, path, "revenue_share").number(Range.SHARE);
    Optional<String> pillar = c.field(m, path, "pillar").choice(vocabulary.pillars());
    String commitment = c.field(m, path, "commitment").choice(Relation.COMMITMENTS).orElse("none");
    List<String> sources = c.field(m, path, "sources").texts();
    if (customer.isEmpty() || supplier.isEmpty() || customer.equals(supplier)
        || share.isEmpty()) {
      return Optional.empty();
    }
    String first = pairs.putIfAbsent(customer.get() + " " + supplier.get(), path);
    if (first != null) {
      c.error(path, path + " repeats customer '" + customer.get() + "' and supplier '"
          + supplier.get() + "' of " + first + "; merge them into one relation");
      return Optional.empty();
    }
    return Optional.of(new Draft(path, customer.get(), supplier.get(), share.getAsDouble(),
        revenueShare.orElse(Double.NaN), pillar.orElseGet(() -> sold(supplier.get())), commitment,
        List.copyOf(sources)));
  }

  /** What a supplier sells by its role, or data, which every relation supplied before roles did. */
  private String sold(String supplier) {
    Actor actor = actors.get(supplier);
    String sells = actor == null ? "" : vocabulary.sells(actor.role());
    return sells.isEmpty() ? Relation.DEFAULT_PILLAR : sells;
  }

  private List<Relation> split(List<Draft> drafts) {
    Map<String, List<Draft>> bySupplier = new LinkedHashMap<>();
    drafts.forEach(d -> bySupplier.computeIfAbsent(d.supplier(), s -> new ArrayList<>()).add(d));
    Map<Draft, Double> open = new HashMap<>();
    bySupplier.forEach((supplier, group) -> {
      List<Draft> given = group.stream().filter(d -> !Double.isNaN(d.revenueShare())).toList();
      double sum = given.stream().mapToDouble(Draft::revenueShare).sum();
      if (sum > 1 + EPSILON) {
        Draft last = given.get(given.size() - 1);
        c.error(last.path() + ".revenue_share", "revenue_share of the relations with supplier '"
            + supplier + "' adds up to " + Numbers.format(sum) + " ("
            + UserText.list(given.stream().map(Draft::path).toList())
            + "); lower them to a total of at most 1");
      }
      long missing = group.size() - given.size();
      group.stream().filter(d -> Double.isNaN(d.revenueShare()))
          .forEach(d -> open.put(d, Math.max(0, 1 - sum) / missing));
    });
    return drafts.stream().map(d -> new Relation(d.customer(), d.supplier(), d.share(),
        open.getOrDefault(d, d.revenueShare()), d.pillar(), d.commitment(), d.sources())).toList();
  }
}
