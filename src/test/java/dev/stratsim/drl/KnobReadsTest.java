package dev.stratsim.drl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratsim.drl.KnobReads.Read;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KnobReadsTest {
  /** A rule using or, exists, forall, not, accumulate, from and eval, a consequence and a function. */
  static final Path ALL_FORMS = Path.of("src/test/resources/lint/all-forms/all-forms.drl");

  @Test
  void knobsAreReadWhereverTheConditionsNestThemOnTheirOwnLines() throws IOException {
    String drl = Files.readString(ALL_FORMS);

    assertThat(KnobReads.in(drl, DrlTree.parse(drl))).containsExactly(
        new Read("in_function", 9),
        new Read("plain", 17),
        new Read("in_or", 18),
        new Read("in_exists", 19),
        new Read("in_forall", 20),
        new Read("in_not", 21),
        new Read("in_accumulate", 22),
        new Read("in_accumulate_function", 23),
        new Read("in_from", 25),
        new Read("in_eval", 26),
        new Read("in_consequence", 30));
  }

  @Test
  void aFileTheParserRejectsIsReadByItsTokens() {
    String drl = "rule \"r\" when\n  // $k.num(\"commented\")\n  State(value > $k.num(\"a\")\nthen\n  $k.num(\"b\");\nend\n";

    assertThat(DrlTree.parse(drl)).isEmpty();
    assertThat(KnobReads.in(drl, Optional.empty())).containsExactly(new Read("a", 3), new Read("b", 5));
  }

  @Test
  void theSameCodeTwiceInARuleIsReadWhereEachStands() {
    String drl = "rule \"r\" when\n  State(value > $k.num(\"a\"))\n  State(value > $k.num(\"a\"))\nthen\nend\n";

    assertThat(KnobReads.in(drl, DrlTree.parse(drl))).containsExactly(new Read("a", 2), new Read("a", 3));
  }
}
