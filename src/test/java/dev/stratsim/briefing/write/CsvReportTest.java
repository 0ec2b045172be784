package dev.stratsim.briefing.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.stratsim.briefing.Reports;
import dev.stratsim.briefing.model.Briefing;
import dev.stratsim.briefing.model.Fixtures;
import dev.stratsim.briefing.model.ReportFormat;
import dev.stratsim.engine.Projection;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The CSV tables read back by a CSV parser hold the report's numbers, one row per fact. */
class CsvReportTest {
  private static Briefing briefing;
  private static Map<String, byte[]> files;

  @BeforeAll
  static void render() {
    briefing = Fixtures.briefing(List.of("meta-scale-deal"), "baseline");
    files = Reports.render(briefing, EnumSet.of(ReportFormat.csv));
  }

  private static List<CSVRecord> read(String name) throws IOException {
    String text = new String(files.get(name), StandardCharsets.UTF_8);
    assertThat(text).doesNotContain("\r");
    return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))
        .getRecords();
  }

  @Test
  void positionsHoldEveryCompetitorInEveryYearOfEveryScenario() throws IOException {
    List<CSVRecord> rows = read("positions.csv");

    int expected = 0;
    for (Projection p : briefing.projections()) {
      expected += (p.years().size() + 1) * p.last().rank().size();
    }
    assertThat(rows).hasSize(expected);
    CSVRecord meta = rows.stream().filter(r -> r.get("scenario").equals("meta-scale-deal") && r.get("year").equals("2029")
        && r.get("actor").equals("meta")).findFirst().orElseThrow();
    Projection deal = briefing.cases().get(0).projection();
    assertThat(meta.get("rank")).isEqualTo(String.valueOf(deal.last().rank().get("meta")));
    assertThat(Double.parseDouble(meta.get("index"))).isCloseTo(deal.last().index().get("meta"), within(1e-4));
  }

  @Test
  void effectsAreTheCaseEffectsWithCommasQuoted() throws IOException {
    List<CSVRecord> rows = read("effects.csv");

    assertThat(rows).hasSize(briefing.cases().get(0).projection().effects().size());
    assertThat(rows).anyMatch(r -> r.get("reason").contains(","));
  }

  @Test
  void theAttributionAddsUpFromStartToEnd() throws IOException {
    List<CSVRecord> rows = read("attribution.csv");

    BigDecimal sum = rows.stream().filter(r -> !r.get("kind").equals("end"))
        .map(r -> new BigDecimal(r.get("index_points"))).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal end = new BigDecimal(rows.get(rows.size() - 1).get("index_points"));
    assertThat(rows.get(0).get("kind")).isEqualTo("start");
    assertThat(rows.get(rows.size() - 1).get("kind")).isEqualTo("end");
    // Each value is rounded to four decimals, so the sum may be off by half a unit per row.
    assertThat(sum.subtract(end).abs().doubleValue()).isLessThan(rows.size() * 0.00005);
  }
}
