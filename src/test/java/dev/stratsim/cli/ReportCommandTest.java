package dev.stratsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
  @TempDir Path dir;

  @Test
  void writesHtmlAndMarkdownByDefaultAndSaysWhere() throws IOException {
    Path out = dir.resolve("out");

    Cli.Result result = Cli.run("report", "scenarios/meta-scale-deal.yaml", "--against", "scenarios/baseline.yaml",
        "--out", out.toString(), "--title", "Meta and Scale AI: the deal against no deal");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).isEqualTo("wrote " + out.resolve("report.html") + "\nwrote " + out.resolve("report.md")
        + "\nwrote " + out.resolve("report-full.md") + "\n");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .containsExactly(".stratsim-manifest", "report-full.md", "report.html", "report.md");
    }
    assertThat(Files.readString(out.resolve("report.md"))).startsWith("# Meta and Scale AI: the deal against no deal\n");
    assertThat(Files.readString(out.resolve("report.html"))).contains("<h1>Meta and Scale AI: the deal against no deal</h1>")
        .doesNotContain("Generated 2");
  }

  @Test
  void refusesToOverwriteAFileItDidNotWriteAndChangesNothing() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("report.json"), "{\"mine\": true}");

    Cli.Result result = Cli.run("report", "scenarios/meta-scale-deal.yaml", "--out", out.toString(),
        "--format", "markdown,json", "--timestamp");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.EXIT_INVALID_INPUT);
    assertThat(result.err()).isEqualTo("error: " + out.resolve("report.json")
        + ": exists and was not written by stratsim, or was changed since; move it away or pass --force to overwrite it\n");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files).containsExactly(out.resolve("report.json"));
    }
    assertThat(Files.readString(out.resolve("report.json"))).isEqualTo("{\"mine\": true}");
  }

  @Test
  void aManifestThatIsAFolderStopsTheReportBeforeAnyFileIsWrittenEvenWithForce() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out/.stratsim-manifest")).getParent();

    Cli.Result result = Cli.run("report", "scenarios/meta-scale-deal.yaml", "--out", out.toString(), "--force");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.EXIT_INVALID_INPUT);
    assertThat(result.err()).isEqualTo("error: " + out.resolve(".stratsim-manifest") + ": is not a file (stratsim"
        + " keeps the list of the files it wrote here in it); move it away\n");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files).containsExactly(out.resolve(".stratsim-manifest"));
    }
  }

  @Test
  void anOutThatIsADanglingLinkSaysWhereItPoints() throws IOException {
    Path out = Files.createSymbolicLink(dir.resolve("out"), dir.resolve("gone"));

    Cli.Result result = Cli.run("report", "scenarios/meta-scale-deal.yaml", "--out", out.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.EXIT_INVALID_INPUT);
    assertThat(result.err()).isEqualTo("error: " + out + ": is a symbolic link to " + dir.resolve("gone")
        + ", which does not exist; fix the link or give another path\n");
  }

  @Test
  void schemaPrintsTheSchemasKeptInTheRepository() throws IOException {
    assertThat(Cli.run("schema", "report").out())
        .isEqualTo(Files.readString(Path.of("schema/report.schema.json"), StandardCharsets.UTF_8));
    assertThat(Cli.run("schema", "scenario").out())
        .isEqualTo(Files.readString(Path.of("schema/scenario.schema.json"), StandardCharsets.UTF_8));
  }
}
