package dev.stratsim.scenario;

import java.util.stream.IntStream;

/** The years a scenario runs, both ends included. */
public record Period(int start, int end) {

  public IntStream years() {
    return IntStream.rangeClosed(start, end);
  }

  public boolean contains(int year) {
    return year >= start && year <= end;
  }
}
