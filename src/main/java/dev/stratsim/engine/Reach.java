package dev.stratsim.engine;

/**
 * What a holding has cost its target in a year, and whether the holder controlled it: the rules write
 * one for each holding at the end of its year, and the next year's session holds them, so that a hold
 * let go is measured by its change rather than read again from terms.
 *
 * @param year the year it describes
 * @param acquirer the holder
 * @param target the company held
 * @param charged the part of the target's output the holding has cost the target's neutrality for,
 *     0..1: what the holder could direct when the holding began, or less if it has let go since
 * @param control whether the holder controlled the target
 */
public record Reach(int year, String acquirer, String target, double charged, boolean control) {}
