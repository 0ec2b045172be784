package dev.stratsim.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A field of competition, declared in {@code rules/roles.yaml}: actors are ranked only against
 * the actors of their own arena.
 *
 * @param weights the weight of each pillar in the index of this arena's actors; empty to use the
 *     scenario's weights
 * @param fallback whether actors whose role names no arena compete here
 * @param rivals other arenas whose companies sell products against this arena's (a model builder's
 *     own assistants and apps against an application company's): rivals for who may be trusted
 *     with a supplier, though each is ranked in its own arena. Either side may declare it.
 */
public record ArenaDef(String name, Map<String, Double> weights, boolean fallback, List<String> rivals, String about) {

  public ArenaDef {
    weights = Collections.unmodifiableSortedMap(new TreeMap<>(weights));
    rivals = List.copyOf(rivals);
  }
}
