package dev.stratsim.output.compare;

import dev.stratsim.analysis.compare.Comparison;
import dev.stratsim.engine.Projection;
import dev.stratsim.output.Numbers;
import dev.stratsim.output.Sheet;
import dev.stratsim.scenario.Actor;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code compare} as a table, Markdown or CSV: one row per competitor and scenario, the
 * baseline's row first, each other row with its difference to the baseline in brackets.
 */
public sealed interface CompareFormat permits CompareText, CompareJson {

  void write(Comparison comparison, PrintWriter out);

  static CompareFormat named(String name) {
    return name.equals("json") ? new CompareJson() : new CompareText(name);
  }

  /** The rows people read: "3 (+1)", "77.1 (-3.1)". */
  static Sheet readable(Comparison c) {
    List<String> header = new ArrayList<>(List.of("Competitor", "Scenario", "Rank", "Index"));
    c.pillars().forEach(p -> header.add(Character.toUpperCase(p.charAt(0)) + p.substring(1)));
    Sheet sheet = new Sheet(header, 2);
    boolean arenas = c.severalArenas();
    for (Actor actor : c.competitors()) {
      boolean first = true;
      // Ranks count within an arena: with several, each competitor says which it is ranked in.
      String name = arenas ? actor.name() + " (" + c.arena(actor.id()) + ")" : actor.name();
      for (Projection p : ordered(c)) {
        List<String> row = new ArrayList<>(List.of(first ? name : "", p.scenario().id()));
        first = false;
        Optional<Comparison.Position> now = c.position(p, actor.id());
        // Differences are taken from the numbers as shown, so each row adds up against the first.
        Optional<Comparison.Position> base = p == c.baseline() || c.delta(p, actor.id()).isEmpty()
            ? Optional.empty() : c.position(c.baseline(), actor.id());
        if (now.isEmpty()) {
          c.pillars().forEach(x -> row.add("-"));
          row.addAll(List.of("-", "-"));
        } else {
          Comparison.Position at = now.get();
          row.add(at.rank() + base.map(b -> " (" + signedWhole(at.rank() - b.rank()) + ")").orElse(""));
          row.add(Numbers.fixed1(at.index())
              + base.map(b -> " (" + Numbers.changeAsShown(b.index(), at.index()) + ")").orElse(""));
          for (String pillar : c.pillars()) {
            row.add(Numbers.fixed1(at.pillars().get(pillar)) + base.map(b -> " ("
                + Numbers.changeAsShown(b.pillars().get(pillar), at.pillars().get(pillar)) + ")").orElse(""));
          }
        }
        sheet.row(row);
      }
    }
    return sheet;
  }

  /** Plain numbers for a spreadsheet, with the differences in their own columns. */
  static Sheet csv(Comparison c) {
    List<String> header = new ArrayList<>(List.of("actor", "scenario", "rank", "index"));
    header.addAll(c.pillars());
    header.addAll(List.of("rank_delta", "index_delta"));
    c.pillars().forEach(p -> header.add(p + "_delta"));
    Sheet sheet = new Sheet(header);
    for (Actor actor : c.competitors()) {
      for (Projection p : ordered(c)) {
        List<String> row = new ArrayList<>(List.of(actor.id(), p.scenario().id()));
        Optional<Comparison.Position> now = c.position(p, actor.id());
        Optional<Comparison.Position> delta = c.delta(p, actor.id());
        row.addAll(values(now, c));
        row.addAll(values(delta, c));
        sheet.row(row);
      }
    }
    return sheet;
  }

  private static List<String> values(Optional<Comparison.Position> position, Comparison c) {
    List<String> cells = new ArrayList<>();
    cells.add(position.map(x -> Integer.toString(x.rank())).orElse(""));
    cells.add(position.map(x -> Numbers.json(x.index()).toPlainString()).orElse(""));
    for (String pillar : c.pillars()) {
      cells.add(position.map(x -> Numbers.json(x.pillars().get(pillar)).toPlainString()).orElse(""));
    }
    return cells;
  }

  /** The baseline first, then the others in the order given. */
  static List<Projection> ordered(Comparison c) {
    List<Projection> out = new ArrayList<>(List.of(c.baseline()));
    c.projections().stream().filter(p -> p != c.baseline()).forEach(out::add);
    return out;
  }

  private static String signedWhole(int delta) {
    return delta > 0 ? "+" + delta : Integer.toString(delta);
  }
}
