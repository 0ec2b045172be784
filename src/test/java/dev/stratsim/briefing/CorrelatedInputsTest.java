package dev.stratsim.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratsim.briefing.model.Briefing;
import dev.stratsim.briefing.model.Fixtures;
import dev.stratsim.briefing.model.ReportFormat;
import dev.stratsim.briefing.model.ReportRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scenario's {@code correlations:} change what the samples mean (two inputs move together), so
 * the uncertainty section names the pairs, by the inputs' names for people, with the coefficient
 * and the scenario's reason; a scenario without them gets no such table.
 */
class CorrelatedInputsTest {
  @Test
  void theUncertaintySectionNamesTheInputsDrawnTogether(@TempDir Path dir) throws IOException {
    for (String file : List.of("baseline.yaml", "meta-scale-deal.yaml", "meta-scale-uncertain.yaml")) {
      Files.copy(Path.of("scenarios", file), dir.resolve(file));
    }
    Path scenario = dir.resolve("meta-scale-uncertain.yaml");
    Files.writeString(scenario, Files.readString(scenario).replace("\nexpect_simulated:", """

        correlations:
          - between: [assumptions.supplier_switch_years, assumptions.synthetic_data_substitution]
            rank: -0.5
            source: "judgement: a market that switches fast also finds substitutes fast"
        expect_simulated:"""));
    ReportRequest r = Fixtures.request(List.of("meta-scale-uncertain"), null, null, Path.of("unused"));
    Briefing b = Fixtures.briefing(new ReportRequest(List.of(scenario), null, r.out(), r.formats(), null, null, 40, 3L,
        r.threads(), false, false, r.version()));
    var out = Reports.render(b, EnumSet.allOf(ReportFormat.class));
    String md = new String(out.get("report.md"), StandardCharsets.UTF_8);
    String html = new String(out.get("report.html"), StandardCharsets.UTF_8);
    String json = new String(out.get("report.json"), StandardCharsets.UTF_8);

    assertThat(md).contains("| supplier switch years | synthetic data substitution | -0.50 | judgement: a market"
        + " that switches fast also finds substitutes fast |");
    assertThat(html).contains("id=\"mc-correlations\"").contains("synthetic data substitution");
    var pair = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).at("/uncertainty/correlations/0");
    assertThat(pair.get("between").toString())
        .isEqualTo("[\"assumptions.supplier_switch_years.value\",\"assumptions.synthetic_data_substitution.value\"]");
    assertThat(pair.get("names").toString()).isEqualTo("[\"supplier switch years\",\"synthetic data substitution\"]");
    assertThat(pair.get("rank").doubleValue()).isEqualTo(-0.5);
    assertThat(pair.get("source").asText()).isEqualTo("judgement: a market that switches fast also finds substitutes fast");
  }

  @Test
  void withoutCorrelationsThereIsNoTable() {
    Briefing b = Fixtures.briefing(List.of("meta-scale-uncertain"), null, 40, 3L);
    String md = new String(Reports.render(b, EnumSet.of(ReportFormat.markdown)).get("report.md"), StandardCharsets.UTF_8);

    assertThat(md).doesNotContain("Inputs drawn together");
  }
}
