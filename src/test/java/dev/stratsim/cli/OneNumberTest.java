package dev.stratsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One number, one value: Meta's index in 2029 reads the same in run, compare, diff, sensitivity
 * and the report, and every difference shown beside its two ends is the difference of the ends as
 * they are shown (a reader who subtracts gets the number printed).
 */
class OneNumberTest {
  private static final String DEAL = "scenarios/meta-scale-deal.yaml";
  private static final String BASELINE = "scenarios/baseline.yaml";
  private static final String UNCERTAIN = "scenarios/meta-scale-uncertain.yaml";

  @TempDir Path dir;

  @Test
  void runShowsTheChangeSinceTheStartAsTheDifferenceOfTheValuesShown() {
    Cli.Result table = Cli.run("run", DEAL);
    assertThat(table.exitCode()).as(table.err()).isZero();

    // Meta's index from the start to 2029: the table shows the difference of the values shown.
    StockFigures deal = StockFigures.of(DEAL);
    double from = deal.index("meta", 0);
    double to = deal.index("meta", 2029);
    String shown = StockFigures.shown(to) + " (" + StockFigures.change(from, to) + ")";
    assertThat(metaRow(table.out())).contains(shown);
    assertThat(metaRow(Cli.run("run", DEAL, "--format", "markdown").out())).contains(shown);
  }

  @Test
  void compareAndTheReportAgreeOnTheIndexAndTheDifference(@TempDir Path out) throws IOException {
    Cli.Result compare = Cli.run("compare", BASELINE, DEAL);
    Cli.Result report = Cli.run("report", DEAL, "--against", BASELINE, "--out", out.toString(), "--format", "markdown");
    assertThat(report.exitCode()).as(report.err()).isZero();
    String md = Files.readString(out.resolve("report.md"));

    double base = StockFigures.of(BASELINE).index("meta", 2029);
    double deal = StockFigures.of(DEAL).index("meta", 2029);
    String end = StockFigures.shown(deal).toPlainString();
    String change = StockFigures.change(base, deal);
    assertThat(compare.out()).contains(end + " (" + change + ")");
    assertThat(md).contains("with an index " + change.replace("+", "") + " points higher (" + end + " against "
        + StockFigures.shown(base) + ")");
    assertThat(md).contains("| " + end + " | " + change + " |");
    // the difference of the unrounded values, rounded, where it differs from the one shown, is not shown
    String unrounded = BigDecimal.valueOf(deal - base).setScale(1, java.math.RoundingMode.HALF_EVEN).toPlainString();
    if (!("+" + unrounded).equals(change)) {
      for (String text : List.of(compare.out(), md)) {
        assertThat(text).doesNotContain(end + " (+" + unrounded + ")");
      }
    }
  }

  @Test
  void sensitivityAndTheReportShowTheSameTornado(@TempDir Path out) throws IOException {
    Cli.Result sensitivity = Cli.run("sensitivity", UNCERTAIN);
    Cli.Result report = Cli.run("report", UNCERTAIN, "--samples", "20", "--out", out.toString(), "--format", "markdown");
    assertThat(sensitivity.exitCode()).as(sensitivity.err()).isZero();
    assertThat(report.exitCode()).as(report.err()).isZero();
    String md = Files.readString(out.resolve("report.md"));

    List<String> tornado = sensitivity.out().lines().filter(l -> l.startsWith("  deals[0]") || l.startsWith("  assumptions"))
        .toList();
    assertThat(tornado).isNotEmpty();
    for (String line : tornado) {
      String[] cells = line.trim().split("\\s{2,}");
      BigDecimal low = new BigDecimal(cells[3]);
      BigDecimal high = new BigDecimal(cells[4]);
      assertThat(cells[5]).as(line).isEqualTo(high.subtract(low).abs().toPlainString());
      assertThat(md).as("the report's row for " + cells[0]).contains("| " + cells[3] + " | " + cells[4] + " | " + cells[5] + " |");
    }
  }

  @Test
  void diffShowsAChangeAsTheDifferenceOfTheValuesShown() throws IOException {
    Path base = dir.resolve("base");
    copyRules(base);
    Path knobs = base.resolve("assumptions.yaml");
    Files.writeString(knobs, Files.readString(knobs).replace("data_uplift_rate:\n  default: 0.5", "data_uplift_rate:\n  default: 0.3"));
    Cli.Result diff = Cli.run("diff", "--base-rules", base.toString(), DEAL);
    assertThat(diff.exitCode()).as(diff.err()).isZero();

    List<String> checked = new ArrayList<>();
    Matcher m = Pattern.compile("(\\d+\\.\\d) -> (\\d+\\.\\d) \\(([+-]?\\d+\\.\\d)\\)").matcher(diff.out());
    while (m.find()) {
      BigDecimal change = new BigDecimal(m.group(2)).subtract(new BigDecimal(m.group(1)));
      assertThat(new BigDecimal(m.group(3))).as(m.group()).isEqualByComparingTo(change);
      checked.add(m.group());
    }
    assertThat(checked).as(diff.out()).isNotEmpty();
  }

  private static String metaRow(String table) {
    return table.lines().filter(l -> l.replace("|", " ").trim().startsWith("Meta ")).findFirst().orElseThrow();
  }

  private static void copyRules(Path to) throws IOException {
    Files.createDirectories(to);
    try (var files = Files.list(Path.of("rules"))) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
  }
}
