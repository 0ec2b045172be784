package dev.stratsim.analysis.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** On a rule set where data grows by a + 2b + c, the tornado's order and sizes are known. */
class TornadoTest {
  @Test
  void inputsAreSortedByTheirKnownSwingAndRulesByWhatTheyCarry() {
    TornadoWorld world = TornadoWorld.load();

    Tornado t = Tornado.of(world.template(), TornadoWorld.DATA, world.simulator(), world.rules().rules(),
        TornadoWorld.batch());

    // Central: a = 0.5, b = 0.5, c = 2, so data = 10 + 0.5 + 1 + 2.
    assertThat(t.base()).isCloseTo(13.5, within(1e-9));
    assertThat(t.bars()).extracting(b -> b.input().path())
        .containsExactly("assumptions.c", "assumptions.b", "assumptions.a");
    assertThat(t.bars()).extracting(Tornado.Bar::swing)
        .satisfiesExactly(
            c -> assertThat(c).isCloseTo(3.2, within(1e-9)),
            b -> assertThat(b).isCloseTo(1.6, within(1e-9)),
            a -> assertThat(a).isCloseTo(0.8, within(1e-9)));
    assertThat(t.bars().get(0).low()).isCloseTo(10 + 0.5 + 1 + 0.4, within(1e-9));
    assertThat(t.rules()).extracting(Tornado.RuleOff::rule).containsExactly(
        "Knob c adds to data", "Knob b adds twice to data", "Knob a adds to data");
    assertThat(t.rules()).extracting(Tornado.RuleOff::change)
        .satisfiesExactly(
            c -> assertThat(c).isCloseTo(-2, within(1e-9)),
            b -> assertThat(b).isCloseTo(-1, within(1e-9)),
            a -> assertThat(a).isCloseTo(-0.5, within(1e-9)));
  }
}
