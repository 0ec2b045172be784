package dev.stratsim.model;

/**
 * A kind of actor, declared in {@code rules/roles.yaml}.
 *
 * @param arena the arena actors of this role are ranked in
 * @param sells the pillar its customers buy from it, or empty when it sells none
 */
public record RoleDef(String name, String arena, String sells, String about) {}
