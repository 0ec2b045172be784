package dev.stratsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratsim.engine.RuleSet;
import dev.stratsim.output.Numbers;
import dev.stratsim.spark.LocalSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code simulate --samples-out DIR --engine spark}: the executors write the local CSV's rows as a
 * folder of CSV or Parquet part files, the same rows whatever the partitions, whole or not at all,
 * never over a folder stratsim did not write. One Spark context serves every test.
 */
class SparkSamplesOutTest {
  private static final String UNCERTAIN = "scenarios/meta-scale-uncertain.yaml";
  /** A check, a number, and a header cell that needs quoting: a comma and a quote in it. */
  private static final String[] SIMULATE = {"simulate", UNCERTAIN, "--samples", "30", "--seed", "7",
      "--metric", "meta.rank@2029 <= 3", "--metric", "meta.index - google.index", "--metric",
      "fired(\"no, such rule\")", "--quiet"};

  @TempDir Path dir;

  @BeforeAll
  static void spark() {
    LocalSpark.start();
  }

  private static Cli.Result run(String[] base, String... more) {
    List<String> all = new ArrayList<>(List.of(base));
    all.addAll(List.of(more));
    return Cli.run(all.toArray(String[]::new));
  }

  private static Cli.Result spark(Path out, int partitions, String... more) {
    List<String> all = new ArrayList<>(List.of("--samples-out", out.toString(), "--engine", "spark", "--master",
        "local[2]", "--partitions", Integer.toString(partitions)));
    all.addAll(List.of(more));
    return run(SIMULATE, all.toArray(String[]::new));
  }

  /** What the local run printed, its samples written to local.csv. */
  private Cli.Result local() {
    Cli.Result local = run(SIMULATE, "--samples-out", dir.resolve("local.csv").toString());
    assertThat(local.exitCode()).as(local.err()).isZero();
    return local;
  }

  private static List<Path> parts(Path folder, String extension) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().startsWith("part-")
          && f.getFileName().toString().endsWith(extension)).sorted().toList();
    }
  }

  @Test
  void csvPartsHoldTheLocalRowsWhateverThePartitions() throws IOException {
    Cli.Result printed = local();
    String local = Files.readString(dir.resolve("local.csv"));
    String header = local.substring(0, local.indexOf("\r\n") + 2);
    List<String> localRows = rows(local.substring(header.length()));
    assertThat(header).contains(",\"fired(\"\"no, such rule\"\")\"");

    for (int partitions : new int[] {2, 7}) {
      Path out = dir.resolve("samples-" + partitions);
      Cli.Result spark = spark(out, partitions);
      assertThat(spark.exitCode()).as(spark.err()).isZero();
      assertThat(spark.err()).isEqualTo(printed.err());
      assertThat(spark.out()).isEqualTo(printed.out());

      assertThat(parts(out, ".csv")).as(partitions + " partitions").hasSize(partitions);
      assertThat(sortedRows(out, header)).as(partitions + " partitions").isEqualTo(localRows);
      assertThat(out.resolve(".stratsim-manifest")).isRegularFile();
      assertThat(LocalSpark.session().read().option("header", "true").csv(out.toString()).count()).isEqualTo(30);
    }
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("stratsim-tmp"));
    }
  }

  /** The rows of every CSV part, each part's header checked, in sample order. */
  private static List<String> sortedRows(Path folder, String header) throws IOException {
    List<String> rows = new ArrayList<>();
    for (Path part : parts(folder, ".csv")) {
      String text = Files.readString(part);
      assertThat(text).as(part.toString()).startsWith(header);
      rows.addAll(rows(text.substring(header.length())));
    }
    rows.sort(Comparator.comparingLong(row -> Long.parseLong(row.substring(0, row.indexOf(',')))));
    return rows;
  }

  /** Latin hypercube batches under --until-stable: the executors draw each batch's design again. */
  @Test
  void latinHypercubeBatchesGiveTheLocalRows() throws IOException {
    String[] lhs = {"simulate", UNCERTAIN, "--samples", "40", "--seed", "3", "--sampling", "lhs", "--until-stable",
        "--batch-size", "20", "--tolerance", "0.5", "--quiet"};
    Path csv = dir.resolve("lhs.csv");
    assertThat(run(lhs, "--samples-out", csv.toString()).exitCode()).isZero();
    Path out = dir.resolve("lhs");
    Cli.Result spark = run(lhs, "--samples-out", out.toString(), "--engine", "spark", "--master", "local[2]",
        "--partitions", "7");
    assertThat(spark.exitCode()).as(spark.err()).isZero();

    String local = Files.readString(csv);
    String header = local.substring(0, local.indexOf("\r\n") + 2);
    assertThat(sortedRows(out, header)).isEqualTo(rows(local.substring(header.length())));
  }

  /** Rows of CRLF-ended lines; no cell of these rows holds a line break. */
  private static List<String> rows(String text) {
    return new ArrayList<>(Arrays.asList(text.split("\r\n")));
  }

  @Test
  void parquetPartsHoldTheLocalValuesTyped() throws IOException {
    List<CSVRecord> local;
    local();
    try (var reader = Files.newBufferedReader(dir.resolve("local.csv"))) {
      local = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
    }
    for (int partitions : new int[] {2, 7}) {
      Path out = dir.resolve("samples-" + partitions + ".parquet");
      Cli.Result spark = spark(out, partitions, "--samples-format", "parquet");
      assertThat(spark.exitCode()).as(spark.err()).isZero();
      assertThat(parts(out, ".parquet")).hasSize(partitions);

      Dataset<Row> read = LocalSpark.session().read().parquet(out.toString()).orderBy("sample");
      List<String> columns = List.of(read.columns());
      assertThat(columns).isEqualTo(local.get(0).getParser().getHeaderNames());
      assertThat(read.schema().apply("sample").dataType().typeName()).isEqualTo("long");
      assertThat(read.schema().apply("deals[0].outcome").dataType().typeName()).isEqualTo("string");
      assertThat(read.schema().apply("meta.rank@2029 <= 3").dataType().typeName()).isEqualTo("boolean");
      assertThat(read.schema().apply("meta.index - google.index").dataType().typeName()).isEqualTo("double");
      List<Row> rows = read.collectAsList();
      assertThat(rows).hasSameSizeAs(local);
      for (int i = 0; i < rows.size(); i++) {
        for (int c = 0; c < columns.size(); c++) {
          Object value = rows.get(i).get(c);
          String text = value instanceof Double d ? Numbers.exact(d) : String.valueOf(value);
          assertThat(text).as("sample " + i + ", " + columns.get(c)).isEqualTo(local.get(i).get(c));
        }
      }
    }
  }

  @Test
  void aFolderStratsimWroteIsReplacedAndOneItDidNotWriteOnlyWithForce() throws IOException {
    Path out = dir.resolve("samples");
    assertThat(spark(out, 2).exitCode()).isZero();
    assertThat(spark(out, 3).exitCode()).as("its own folder, unchanged").isZero();
    assertThat(parts(out, ".csv")).hasSize(3);

    Files.writeString(out.resolve("notes.txt"), "mine");
    Cli.Result refused = spark(out, 2);
    assertThat(refused.exitCode()).isEqualTo(ExitCodes.EXIT_INVALID_INPUT);
    assertThat(refused.err()).isEqualTo("error: " + out + ": is a folder stratsim did not write, or its files changed"
        + " since; move it away or pass --force to replace it and all it holds\n");
    assertThat(out.resolve("notes.txt")).hasContent("mine");
    assertThat(parts(out, ".csv")).hasSize(3);

    Cli.Result forced = spark(out, 2, "--force");
    assertThat(forced.exitCode()).as(forced.err()).isZero();
    assertThat(out.resolve("notes.txt")).doesNotExist();
    assertThat(parts(out, ".csv")).hasSize(2);

    Path empty = Files.createDirectory(dir.resolve("empty"));
    assertThat(spark(empty, 2).exitCode()).as("an empty folder loses nothing").isZero();
  }

  @Test
  void aMetricThatRepeatsAColumnIsRefusedBeforeTheSamplesRun() {
    Path out = dir.resolve("samples");
    Cli.Result refused = Cli.run("simulate", UNCERTAIN, "--samples", "5", "--metric", "meta.index", "--samples-out",
        out.toString(), "--engine", "spark", "--master", "local[2]");

    assertThat(refused.exitCode()).isEqualTo(ExitCodes.EXIT_INVALID_INPUT);
    assertThat(refused.err()).isEqualTo("error: --samples-out with --engine spark: two columns would be named"
        + " 'meta.index' (case aside), which part files do not allow; leave out the --metric that repeats it (each"
        + " competitor's index and rank are columns already)\n");
    assertThat(out).doesNotExist();
  }

  /** A dead run's temporary folder (its lock free) is deleted by the next run into the same folder. */
  @Test
  void aDeadRunsTemporaryFolderIsDeleted() throws IOException {
    Path dead = Files.createDirectories(dir.resolve(".samples.123.stratsim-tmp"));
    Files.writeString(dead.resolve("part-00000.csv"), "half");

    assertThat(spark(dir.resolve("samples"), 2).exitCode()).isZero();

    assertThat(dead).doesNotExist();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "--samples-format parquet --samples-out @/s.csv|error: --samples-format parquet needs --engine spark (a local"
          + " run writes one CSV file); add --engine spark, or leave --samples-format out",
      "--samples-format csv|error: --samples-format needs --samples-out; add --samples-out DIR, or leave"
          + " --samples-format out",
      "--engine spark --samples-out @/file.csv|error: @/file.csv: is a file, not a folder; a folder of part files"
          + " is written here, so name a folder, or move the file away",
      "--engine spark --samples-out @/file.csv/x|error: @/file.csv: is a file, not a folder; the folder cannot be"
          + " written there",
      "--engine spark --samples-out @/theirs|error: @/theirs: is a folder stratsim did not write, or its files"
          + " changed since; move it away or pass --force to replace it and all it holds",
      "--engine spark --samples-out hdfs://cluster/samples|error: --samples-out 'hdfs:/cluster/samples' is a URL; with"
          + " --engine spark it names a folder on this machine's file system (on a cluster, one that the driver and"
          + " every executor mount)",
      "--engine spark --samples-format xml --samples-out @/s|error: Invalid value for option '--samples-format':"
          + " expected one of [csv, parquet] (case-insensitive) but was 'xml'"})
  void badSamplesOutIsOneLineBeforeTheRulesCompile(String caseText) throws IOException {
    Files.writeString(dir.resolve("file.csv"), "a,b\r\n");
    Files.writeString(Files.createDirectories(dir.resolve("theirs")).resolve("notes.txt"), "mine");
    String[] parts = caseText.replace("@", dir.toString()).split("\\|");
    long compiled = RuleSet.compilations();
    List<String> args = new ArrayList<>(List.of("simulate", UNCERTAIN, "--rules", "src/test/resources/bad-rules/syntax",
        "--samples", "10"));
    args.addAll(List.of(parts[0].split(" ")));

    Cli.Result result = Cli.run(args.toArray(String[]::new));

    assertThat(result.exitCode()).isEqualTo(ExitCodes.EXIT_INVALID_INPUT);
    assertThat(result.err()).startsWith(parts[1] + "\n");
    assertThat(RuleSet.compilations()).isEqualTo(compiled);
    assertThat(dir.resolve("file.csv")).hasContent("a,b\r\n");
    assertThat(dir.resolve("theirs/notes.txt")).hasContent("mine");
  }
}
