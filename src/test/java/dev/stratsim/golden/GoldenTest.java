package dev.stratsim.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The golden helper, without touching the flags of the JVM (a run with -Dgolden.update goes on updating). */
class GoldenTest {

  @Test
  void aDifferenceFailsAndNothingIsWritten(@TempDir Path dir) throws IOException {
    Path golden = Files.writeString(dir.resolve("case.expected"), "before\n");

    assertThatThrownBy(() -> Golden.check(golden, "after\n", false)).isInstanceOf(AssertionError.class);
    assertThat(Files.readString(golden)).isEqualTo("before\n");
  }

  @Test
  void updatingRecordsTheOutput(@TempDir Path dir) throws IOException {
    Path golden = Files.writeString(dir.resolve("case.expected"), "before\n");

    Golden.check(golden, "after\n", true);

    assertThat(Files.readString(golden)).isEqualTo("after\n");
  }

  @Test
  void theOneFlagUpdatesEveryKindAndAnOldFlagItsOwn() {
    assertThat(Golden.updating(Set.of("golden.update")::contains, "cli.golden.update")).isTrue();
    assertThat(Golden.updating(Set.of("golden.update")::contains)).isTrue();
    assertThat(Golden.updating(Set.of("cli.golden.update")::contains, "cli.golden.update")).isTrue();
    assertThat(Golden.updating(Set.of("cli.golden.update")::contains, "docs.examples.update")).isFalse();
    assertThat(Golden.updating(Set.of()::contains, "cli.golden.update")).isFalse();
  }
}
