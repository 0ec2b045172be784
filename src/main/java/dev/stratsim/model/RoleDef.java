package dev.stratsim.model;

import java.util.List;

/**
 * A kind of actor, declared in {@code rules/roles.yaml}.
 *
 * @param arena the arena actors of this role are ranked in
 * @param sells the pillar its customers buy from it, or empty when it sells none
 * @param maker whether it makes what it sells (chips, systems): its score on that pillar is the
 *     standing of its products, not capacity it owns
 * @param also other names scenarios use for the same role (chip-maker for chipmaker, say)
 */
public record RoleDef(String name, String arena, String sells, boolean maker, List<String> also, String about) {

  public RoleDef {
    also = List.copyOf(also);
  }

  /** Whether a scenario's role is this one, by its name or another name for it. */
  public boolean answersTo(String role) {
    return name.equals(role) || also.contains(role);
  }
}
