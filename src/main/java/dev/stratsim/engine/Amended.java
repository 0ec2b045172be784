package dev.stratsim.engine;

import dev.stratsim.scenario.Deal;

/**
 * A change of a deal's terms made by its year or before: the terms that stood until then and
 * those from then on. The session holds each deal only as it stands this year, so rules read what
 * an amendment ended or began (a licence that lapses, a hold let go) from these.
 *
 * @param year the year the new terms bind from
 * @param before the deal's terms the year before
 * @param after the deal's terms from {@code year}
 */
public record Amended(int year, Deal before, Deal after) {}
