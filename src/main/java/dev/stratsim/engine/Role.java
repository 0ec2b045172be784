package dev.stratsim.engine;

/**
 * What an actor is in the year being evaluated: its role (after any change of role), the arena it
 * competes in and the pillar it sells, as {@code rules/roles.yaml} declares them.
 *
 * @param arena "" when the rules declare no arenas
 * @param sells "" when its role sells no pillar
 * @param maker whether it makes what it sells (chips, systems) rather than selling capacity it owns
 * @param rivalArenas the other arenas whose companies sell against its own
 */
public record Role(String actor, String role, String arena, String sells, boolean maker, java.util.List<String> rivalArenas) {}
