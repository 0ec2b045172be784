package dev.stratsim.scenario;

import java.util.List;
import java.util.SortedMap;

/**
 * A company in a scenario. Rules match on its {@code role}; its numbers are starting values of the
 * metrics declared in {@code rules/metrics.yaml}.
 *
 * @param sources reported facts behind the numbers
 * @param judgement how the numbers that are judgement calls were reached, or empty
 * @param roleChanges later roles, in order of year
 */
public record Actor(
    String id,
    String name,
    String role,
    SortedMap<String, Double> metrics,
    List<String> sources,
    String judgement,
    List<RoleChange> roleChanges) {

  /** A role the actor takes from {@code year} on: a lab turned enterprise supplier, say. */
  public record RoleChange(int year, String role, List<String> sources) {}

  public Actor(String id, String name, String role, SortedMap<String, Double> metrics, List<String> sources,
      String judgement) {
    this(id, name, role, metrics, sources, judgement, List.of());
  }

  /** The actor's role in {@code year}: the last change made by then, else its first role. */
  public String roleIn(int year) {
    String current = role;
    for (RoleChange change : roleChanges) {
      if (change.year() <= year) {
        current = change.role();
      }
    }
    return current;
  }
}
