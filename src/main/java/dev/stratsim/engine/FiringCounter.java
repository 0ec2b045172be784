package dev.stratsim.engine;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/** Counts firings per rule and remembers which rule is firing, to name it if it fails. */
final class FiringCounter extends DefaultAgendaEventListener {
  // Hashed while firing, sorted once at the end: this runs on every firing.
  private final Map<String, Integer> counts = new HashMap<>();
  private volatile String current;

  @Override
  public void beforeMatchFired(BeforeMatchFiredEvent event) {
    current = event.getMatch().getRule().getName();
  }

  @Override
  public void afterMatchFired(AfterMatchFiredEvent event) {
    counts.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
    current = null;
  }

  SortedMap<String, Integer> counts() {
    return new TreeMap<>(counts);
  }

  /** The rule whose consequence was running when something went wrong, if any. */
  String current() {
    return current;
  }

  /** The rules that fired most, for a message about rules that keep firing. */
  String busiest(int limit) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(limit)
        .map(e -> "\"" + e.getKey() + "\" (" + e.getValue() + " times)")
        .collect(Collectors.joining(", "));
  }
}
