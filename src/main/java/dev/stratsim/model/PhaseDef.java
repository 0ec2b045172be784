package dev.stratsim.model;

/**
 * One layer of a year's evaluation, declared in {@code rules/phases.yaml}: the rules of an agenda
 * group, which run after every phase above them is done.
 *
 * @param atStart whether the phase also runs alone on a scenario's own values, to give the
 *     starting position every change is measured from
 */
public record PhaseDef(String name, boolean atStart, String about) {}
