package dev.stratsim.expect;

/**
 * A value an evaluation looked at, to explain its result: {@code meta.rank@2029 was 3}.
 *
 * @param what the metric path or function call, as canonical source
 * @param value the value as people read it: at most two decimals, {@code true}, {@code false}
 */
public record Observation(String what, String value) {
  @Override
  public String toString() {
    return what + " was " + value;
  }
}
