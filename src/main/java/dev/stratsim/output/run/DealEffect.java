package dev.stratsim.output.run;

import dev.stratsim.engine.Projection;
import dev.stratsim.model.Unit;
import dev.stratsim.model.Vocabulary;
import dev.stratsim.output.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A snapshot beside the same year of the same scenario without its deals ({@code run --nodeal}):
 * each number without the deals and the deal effect, the difference of the two as shown, so that
 * what a reader sees adds up: without + effect = with.
 */
record DealEffect(Snapshot with, Snapshot without) {

  static DealEffect of(Snapshot with, Vocabulary vocabulary) {
    Projection without = with.projection().withoutDeals();
    return new DealEffect(with, Snapshot.of(without, with.year(), vocabulary));
  }

  /** The same actor's row without the deals; every actor has one, in the table of its kind. */
  Snapshot.Row without(Snapshot.Row row) {
    List<Snapshot.Row> rows = row.rank() != null ? without.competitors() : without.others();
    return rows.stream().filter(r -> r.id().equals(row.id())).findFirst().orElse(null);
  }

  /** {@code 5 (-2)}: the rank without the deals and how many places the deals move it. */
  /** A competitor's rank, index and pillars without the deals, each with its deal effect. */
  List<String> numbers(Snapshot.Row row, List<String> pillars, UnaryOperator<String> escape) {
    List<String> cells = new ArrayList<>(List.of(rank(row), escape.apply(cell(row, "index"))));
    pillars.forEach(p -> cells.add(escape.apply(cell(row, p))));
    return cells;
  }

  String rank(Snapshot.Row row) {
    Snapshot.Row other = without(row);
    if (other == null) {
      return "-";
    }
    int effect = row.rank() - other.rank();
    return other.rank() + " (" + (effect > 0 ? "+" : "") + effect + ")";
  }

  /** {@code 74.2 (+5.5)}: the value without the deals and the deal effect, or "-" without one. */
  String cell(Snapshot.Row row, String metric) {
    Optional<Snapshot.Value> now = value(row, metric);
    Optional<Snapshot.Value> then = Optional.ofNullable(without(row)).flatMap(r -> value(r, metric));
    if (now.isEmpty() || then.isEmpty()) {
      return "-";
    }
    Unit unit = now.get().unit();
    return Numbers.metric(unit, then.get().now()) + " ("
        + Numbers.differenceAsShown(unit, then.get().now(), now.get().now()) + ")";
  }

  /** {@code +8.5 (62.0 without the deals)}, for a number {@code --explain} explains. */
  String explain(String actor, String metric, Unit unit, double with) {
    var value = without.projection().year(without.year()).metric(actor, metric);
    if (value.isEmpty()) {
      return "";
    }
    return Numbers.differenceAsShown(unit, value.getAsDouble(), with) + " ("
        + Numbers.metric(unit, value.getAsDouble()) + " without the deals)";
  }

  private static Optional<Snapshot.Value> value(Snapshot.Row row, String metric) {
    if (metric.equals("index")) {
      return Optional.ofNullable(row.index());
    }
    return row.values().stream().filter(v -> v.metric().equals(metric)).findFirst();
  }
}
