package dev.stratsim.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratsim.engine.StockRules;
import dev.stratsim.model.KnobDef;
import dev.stratsim.model.MetricDef;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/model.md states every knob with its default and every metric with its unit, so the prose
 * cannot drift from the rules.
 */
class ModelDocsTest {

  @Test
  void everyKnobIsDocumentedWithItsDefault() throws IOException {
    String docs = Files.readString(Path.of("docs/model.md"));
    for (KnobDef knob : StockRules.get().vocabulary().knobs().values()) {
      String value = BigDecimal.valueOf(knob.defaultValue()).stripTrailingZeros().toPlainString();
      assertThat(docs).as("docs/model.md row for %s", knob.name())
          .contains("| `" + knob.name() + "` | " + value + " | " + knob.unit() + " | " + knob.why().strip() + " |");
    }
  }

  @Test
  void everyMetricIsDocumentedWithItsUnit() throws IOException {
    String docs = Files.readString(Path.of("docs/model.md"));
    for (MetricDef metric : StockRules.get().vocabulary().metrics().values()) {
      assertThat(docs).as("docs/model.md row for %s", metric.name())
          .containsPattern("\\| (`[a-z_]+`, )*`" + metric.name() + "`(, `[a-z_]+`)* \\| " + metric.unit().word() + " \\|");
    }
  }

  @Test
  void everyRuleFileIsDescribed() throws IOException {
    String docs = Files.readString(Path.of("docs/model.md"));
    try (var files = Files.list(Path.of("rules"))) {
      files.filter(p -> p.toString().endsWith(".drl"))
          .forEach(p -> assertThat(docs).contains("### `" + p.getFileName() + "`"));
    }
  }
}
