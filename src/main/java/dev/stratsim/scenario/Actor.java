package dev.stratsim.scenario;

import java.util.List;
import java.util.SortedMap;

/**
 * A company in a scenario. Rules match on its {@code role}; its numbers are starting values of the
 * metrics declared in {@code rules/metrics.yaml}.
 *
 * @param sources reported facts behind the numbers
 * @param judgement how the numbers that are judgement calls were reached, or empty
 */
public record Actor(
    String id,
    String name,
    String role,
    SortedMap<String, Double> metrics,
    List<String> sources,
    String judgement) {}
