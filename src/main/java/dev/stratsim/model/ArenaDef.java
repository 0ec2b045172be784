package dev.stratsim.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A field of competition, declared in {@code rules/roles.yaml}: actors are ranked only against
 * the actors of their own arena.
 *
 * @param weights the weight of each pillar in the index of this arena's actors; empty to use the
 *     scenario's weights
 * @param fallback whether actors whose role names no arena compete here
 */
public record ArenaDef(String name, Map<String, Double> weights, boolean fallback, String about) {

  public ArenaDef {
    weights = Collections.unmodifiableSortedMap(new TreeMap<>(weights));
  }
}
