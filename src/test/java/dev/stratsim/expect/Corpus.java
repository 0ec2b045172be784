package dev.stratsim.expect;

import java.util.stream.Stream;

/** Valid expressions shared by tests that must hold for any input. */
final class Corpus {
  private Corpus() {}

  static Stream<String> valid() {
    return Stream.of(
        "meta.rank@2029 <= 2",
        "meta.data@2029 > meta.data@2025",
        "fired(\"Neutrality loss drives customers away\")",
        "scale-ai.neutrality < 50 and not fired(\"A regulator's block\")",
        "(google.index@2027 - meta.index@2027) / 2 > -5",
        "1 - 2 - 3",
        "1 - (2 - 3)",
        "2 * 3 + 4",
        "2 * (3 + 4)",
        "- -2 * -(3 - -4)",
        "not not (true or false) and not false",
        "((a.x < 1) == (b.y >= 2)) != false",
        "a.x / (b.y * c.z) / 2",
        "0.125 + 1e-9 + 70e9 + 1E+300",
        "true == (false or true)",
        "fired(\"a \\\"quoted\\\" \\\\ name\") or not fired(\"\")",
        "x.y@2025 + x.y@2026 + x.y@2027 >= 3 * x.y",
        "meta.data@2029 - meta.data@start > 5",
        "google.share:scale-ai@2029 < google.share:scale-ai@start / 2",
        "effect(meta.index@2029) > 2 and not nodeal(meta.rank@2029 <= 3)",
        "nodeal(fired(\"A regulator's block\")) != fired(\"A regulator's block\")");
  }
}
