package dev.stratsim.yaml;

import dev.stratsim.problem.InvalidInputException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.BiFunction;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;

/**
 * SnakeYAML's parser events as {@link TreeComposer} consumes them: the events of the content only,
 * with what cannot be read (a key that is not text, a value its tag cannot read, a control
 * character) turned into one located problem.
 *
 * <p>Events are pulled one at a time, never peeked, so a failure SnakeYAML gives no place of its
 * own is placed after the last event read, where it was when Jackson drove the same parser.
 */
final class EventStream {
  private final Parser events;
  private final BiFunction<Integer, Integer, Location> at;
  private Event last;

  /** {@code at} maps a 1-based line and column to a location. */
  EventStream(Parser events, BiFunction<Integer, Integer, Location> at) {
    this.events = events;
    this.at = at;
  }

  /** The kind of a scalar value, read as soon as it is met so that a bad one stops the reading. */
  ScalarTypes.Kind kind(Event event) {
    if (!(event instanceof ScalarEvent scalar)) {
      return null;
    }
    try {
      return ScalarTypes.kind(scalar);
    } catch (ScalarTypes.Unreadable e) {
      throw syntax(scalar.getEndMark(), e.getMessage());
    }
  }

  /** The next event that is part of a document's content; null at the end of the text. */
  Event next() {
    while (true) {
      Event event = read();
      last = event;
      if (event.is(Event.ID.StreamEnd)) {
        return null;
      }
      if (!event.is(Event.ID.StreamStart) && !event.is(Event.ID.DocumentStart)
          && !event.is(Event.ID.DocumentEnd)) {
        return event;
      }
    }
  }

  private Event read() {
    try {
      return events.getEvent();
    } catch (MarkedYAMLException e) {
      throw e;
    } catch (YAMLException e) {
      // Without a place of its own (a control character, too much text): after the last event.
      for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof MarkedYAMLException marked) {
          throw marked;
        }
      }
      throw syntax(last == null ? null : last.getEndMark(), e.getMessage());
    } catch (NumberFormatException e) {
      // SnakeYAML has let these out of its scanner on fuzzed input.
      throw syntax(last == null ? null : last.getEndMark(), "Malformed Number token: failed to"
          + " tokenize due to (" + e.getClass().getName() + "): " + e.getMessage());
    }
  }

  /**
   * A key is the text of a scalar, whatever its tag or quotes ({@code 1:} is the key "1"). A list,
   * map or alias as a key is refused in the words stratsim always used for it.
   */
  String key(Event event) {
    if (event instanceof ScalarEvent scalar) {
      return scalar.getValue();
    }
    throw syntax(event.getEndMark(),
        "Expected a field name (Scalar value in YAML), got this instead: " + event);
  }

  /**
   * Passes over the value of a refused key (a duplicate, or '<<') without building, counting or
   * anchoring anything in it; keys and scalars in it must still be readable. A loop, not recursion,
   * so no depth is too deep to pass over.
   */
  void skip(Event first) {
    kind(first);
    Deque<Open> open = new ArrayDeque<>();
    if (first instanceof CollectionStartEvent) {
      open.push(new Open(first.is(Event.ID.MappingStart)));
    }
    while (!open.isEmpty()) {
      Event event = next();
      Open inside = open.peek();
      if (event.is(Event.ID.MappingEnd) || event.is(Event.ID.SequenceEnd)) {
        open.pop();
        if (!open.isEmpty()) {
          open.peek().valueDone();
        }
      } else if (inside.atKey) {
        key(event);
        inside.atKey = false;
      } else if (event instanceof CollectionStartEvent) {
        open.push(new Open(event.is(Event.ID.MappingStart)));
      } else {
        kind(event);
        inside.valueDone();
      }
    }
  }

  /** A map or list being passed over; a map alternates between keys and values. */
  private static final class Open {
    private final boolean map;
    private boolean atKey;

    Open(boolean map) {
      this.map = map;
      this.atKey = map;
    }

    void valueDone() {
      atKey = map;
    }
  }

  /** Where an event starts: where a value, key or alias was written. */
  Location here(Event event) {
    return place(event.getStartMark());
  }

  private Location place(Mark mark) {
    return mark == null ? at.apply(0, 0) : at.apply(mark.getLine() + 1, mark.getColumn() + 1);
  }

  /** Text that cannot be read: one problem, and none of those found before it. */
  InvalidInputException syntax(Mark mark, String message) {
    return new InvalidInputException(place(mark).problem(SyntaxErrors.message(message)));
  }
}
