package dev.stratsim.scenario;

import dev.stratsim.problem.DidYouMean;
import dev.stratsim.problem.UserText;
import dev.stratsim.yaml.Field;
import java.util.Optional;
import java.util.Set;

/** Checks that relations and deals name actors the scenario declares. */
final class ActorRefs {
  private final Set<String> ids;

  /** {@code ids}: every declared actor id, even of actors with errors, to avoid echo problems. */
  ActorRefs(Set<String> ids) {
    this.ids = ids;
  }

  Optional<String> actor(Field field) {
    String known = ids.isEmpty() ? "an actor id declared under actors"
        : "an actor id (" + UserText.list(ids) + ")";
    return field.requiredText(known).filter(id -> {
      if (ids.contains(id)) {
        return true;
      }
      String otherwise = ids.isEmpty() ? "declare it under actors"
          : "use one of " + UserText.list(ids);
      field.error(field.path() + " '" + id + "' is not an actor in this scenario"
          + DidYouMean.hint(id, ids, otherwise));
      return false;
    });
  }

  /** Reports {@code second} naming the same actor as {@code first}. */
  static void different(Field first, Field second, Optional<String> a, Optional<String> b) {
    if (a.isPresent() && a.equals(b)) {
      second.error(second.path() + " must be a different actor than " + first.path() + " ('"
          + a.get() + "')");
    }
  }
}
