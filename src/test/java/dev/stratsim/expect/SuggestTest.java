package dev.stratsim.expect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SuggestTest {
  private static final List<String> ACTORS = List.of("google", "meta", "openai", "scale-ai");

  @Test
  void suggestsCloseNamesClosestFirst() {
    assertThat(Suggest.close("gogle", ACTORS)).containsExactly("google");
    assertThat(Suggest.close("metta", List.of("beta", "metal-co", "meta")))
        .containsExactly("meta", "beta");
  }

  @Test
  void ignoresCase() {
    assertThat(Suggest.close("Meta", ACTORS)).containsExactly("meta");
  }

  @Test
  void listsFewKnownNamesWhenNoneIsClose() {
    assertThat(Suggest.hint("amazon", ACTORS))
        .isEqualTo(" (known: google, meta, openai, scale-ai)");
  }

  @Test
  void saysNothingUsefulAboutManyUnrelatedNames() {
    List<String> many = IntStream.range(0, 20).mapToObj(i -> "actor" + i).toList();
    assertThat(Suggest.hint("zzzzzz", many)).isEmpty();
  }

  @Test
  void explainsHyphensEvenWithoutSuggestions() {
    assertThat(Suggest.hint("rank-1", List.of()))
        .isEqualTo(" (a '-' inside a name is part of it, put spaces around '-' to subtract)");
  }
}
