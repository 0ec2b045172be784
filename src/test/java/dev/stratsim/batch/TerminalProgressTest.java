package dev.stratsim.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {

  @Test
  void aBarIsShownOnlyOnATerminalAndNotWhenQuiet() {
    assertThat(TerminalProgress.show(false, true)).isTrue();
    assertThat(TerminalProgress.show(true, true)).isFalse();
    assertThat(TerminalProgress.show(false, false)).isFalse();
  }

  @Test
  void offATerminalNothingIsWritten() {
    // The tests' stderr is a file, never a terminal.
    StringWriter err = new StringWriter();
    try (Progress p = TerminalProgress.create("simulate", 5, false, new PrintWriter(err))) {
      for (int i = 0; i < 5; i++) {
        p.step();
      }
    }
    assertThat(TerminalProgress.stderrIsTerminal()).isFalse();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void theBarShowsTheTaskItsCountAndItsRate() {
    StringWriter err = new StringWriter();
    try (Progress p = TerminalProgress.bar("simulate", 4, new PrintWriter(err))) {
      for (int i = 0; i < 4; i++) {
        p.step();
      }
    }
    assertThat(err.toString()).contains("simulate").contains("4/4").contains("/s");
  }
}
