package dev.stratsim.scenario;

import dev.stratsim.uncertainty.Distribution;
import dev.stratsim.yaml.Location;

/**
 * A value a scenario gives as a distribution.
 *
 * @param path where, as {@code --set} writes it: {@code deals[0].outcome}
 * @param location where the distribution is written
 */
public record UncertainInput(String path, Distribution distribution, Location location) {}
