package dev.stratsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A value put in place of what the scenario says, like {@code --set} but already parsed.
 *
 * @param path as {@code --set} writes it: {@code deals[0].stake}, {@code assumptions.x}
 * @param origin the argument a problem with the value is reported against, e.g.
 *     {@code --vary deals[0].stake=0.1..0.9:0.1}; null to report it where the file wrote the value
 */
public record Edit(String path, JsonNode value, String origin) {}
