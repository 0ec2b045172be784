package dev.stratsim.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Predicate;

/**
 * The golden files of the tests: an output compared byte for byte with the file that records it,
 * and one flag to record them all again. {@code mvn test -Dgolden.update=true} rewrites every kind
 * (CLI cases, {@code run} JSON, briefings, expression printouts, the examples in README and
 * docs/); look at {@code git diff} before committing what it wrote. The flags each kind had before
 * still work for that kind alone: {@code cli.golden.update}, {@code docs.examples.update},
 * {@code expect.golden.update}.
 */
public final class Golden {
  /** The flag that updates every golden file. */
  public static final String UPDATE = "golden.update";

  private Golden() {}

  /** Whether this run records golden files instead of checking them; {@code aliases} are a kind's old flags. */
  public static boolean updating(String... aliases) {
    return updating(Boolean::getBoolean, aliases);
  }

  /** {@link #updating(String...)} with {@code set} telling whether a flag is set to true. */
  static boolean updating(Predicate<String> set, String... aliases) {
    return set.test(UPDATE) || Arrays.stream(aliases).anyMatch(set);
  }

  /**
   * Checks that {@code actual} is the text {@code golden} holds; when updating, writes it there
   * first. {@code aliases} are the kind's old update flags.
   */
  public static void check(Path golden, String actual, String... aliases) {
    check(golden, actual, updating(aliases));
  }

  /** {@link #check(Path, String, String...)}, recording first when {@code update}. */
  static void check(Path golden, String actual, boolean update) {
    try {
      if (update) {
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
      }
      assertThat(Files.exists(golden)).as("%s exists; record it with -D%s=true", golden, UPDATE).isTrue();
      assertThat(actual).as(golden.toString()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
