package dev.stratsim.analysis.calibrate;

/**
 * One check scored at one point: whether it holds and by how much (see {@link Margin}).
 *
 * @param detail what it saw, as {@code check} reports it
 */
public record CheckResult(Check check, boolean held, double margin, String detail) {}
