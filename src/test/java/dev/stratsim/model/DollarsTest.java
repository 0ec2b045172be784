package dev.stratsim.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The naming rule every output shares for amounts no unit: declares (the briefing, run --sample's draws). */
class DollarsTest {
  @Test
  void aNameOrPathWithUsdCountsDollars() {
    assertThat(Dollars.named("deals[0].amount_usd")).isTrue();
    assertThat(Dollars.named("assumptions.compute_usd_per_hardware_point.value")).isTrue();
    assertThat(Dollars.named("deals[0].stake")).isFalse();
  }

  @Test
  void aKnobDeclaresDollarsAtTheStartOfItsUnit() {
    assertThat(Dollars.declared(" usd per year")).isTrue();
    assertThat(Dollars.declared("share of the deal amount")).isFalse();
  }

  @Test
  void aDeclaredUnitDecidesAndOnlyWhatDeclaresNoneGoesByItsName() {
    assertThat(Dollars.in("usd per point", "compute_per_hardware_point")).isTrue();
    assertThat(Dollars.in("share", "stake_usd")).isFalse();
    assertThat(Dollars.in(null, "deals[0].compute_usd")).isTrue();
    assertThat(Dollars.in(null, "deals[0].board_seats")).isFalse();
  }

  @Test
  void aLabelLeavesTheDollarsToTheValue() {
    assertThat(Dollars.withoutSuffix("valuation_usd")).isEqualTo("valuation");
    assertThat(Dollars.withoutSuffix("compute_usd_per_hardware_point")).isEqualTo("compute_usd_per_hardware_point");
    assertThat(Dollars.unmentioned("compute_usd_per_hardware_point")).isEqualTo("compute_per_hardware_point");
  }
}
