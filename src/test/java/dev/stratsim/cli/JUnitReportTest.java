package dev.stratsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code check --junit} writes what Jenkins, GitLab and GitHub read: it is valid against the
 * schema Jenkins validates Surefire reports with, one testsuite per scenario file, one testcase
 * per expectation, failures with their message.
 */
class JUnitReportTest {
  private static final Path SCHEMA = Path.of("src/test/resources/schemas/junit-10.xsd");

  @TempDir static Path dir;
  static Path report;
  static Cli.Result result;

  @BeforeAll
  static void writeReport() {
    report = dir.resolve("reports/nested/check.xml");
    result = Cli.run("check", "--rules", CheckCommandTest.TINY, CheckCommandTest.SCENARIOS, "--min-coverage", "0.9",
        "--junit", report.toString());
  }

  @Test
  void theReportIsValidAgainstTheJenkinsSchema() throws Exception {
    Validator validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(SCHEMA.toFile()).newValidator();

    validator.validate(new StreamSource(report.toFile()));
    assertThat(result.exitCode()).isEqualTo(ExitCodes.EXIT_EXPECTATIONS_FAILED);
  }

  @Test
  void oneSuitePerScenarioFileAndOneCasePerExpectation() throws Exception {
    Document xml = parse(report);
    Element root = xml.getDocumentElement();

    assertThat(root.getTagName()).isEqualTo("testsuites");
    assertThat(root.getAttribute("tests")).isEqualTo("10");
    assertThat(root.getAttribute("failures")).isEqualTo("3");
    assertThat(attributes(xml, "testsuite", "name")).containsExactly(CheckCommandTest.FAIL,
        CheckCommandTest.PASS, CheckCommandTest.SCENARIOS + "/simulated.yaml", "rule coverage");
    assertThat(attributes(xml, "testsuite", "tests")).containsExactly("3", "2", "4", "1");
    assertThat(attributes(xml, "testsuite", "failures")).containsExactly("1", "0", "1", "1");
    assertThat(attributes(xml, "testcase", "name")).startsWith("acme.rank@2026 <= 1",
        "globex.data@2026 > globex.data@2025", "fired(\"Data grows every year\")");
    assertThat(attributes(xml, "testcase", "classname")).startsWith("fail.expect");
    assertThat(attributes(xml, "testcase", "classname").subList(5, 9)).containsExactly("simulated.expect",
        "simulated.expect_simulated", "simulated.expect_simulated", "simulated.expect_simulated");
    assertThat(attributes(xml, "property", "name")).containsSubsequence("expect_simulated.samples",
        "expect_simulated.seed");
  }

  @Test
  void failuresCarryWhatTheExpectationSawAndWhereItIsWritten() throws Exception {
    Document xml = parse(report);
    Element failure = (Element) xml.getElementsByTagName("failure").item(0);

    assertThat(failure.getAttribute("message")).isEqualTo("acme.rank@2026 <= 1: acme.rank@2026 was 2");
    assertThat(failure.getAttribute("type")).isEqualTo("expectation");
    assertThat(failure.getTextContent()).isEqualTo(CheckCommandTest.FAIL + ":7:5: acme.rank@2026 <= 1: acme.rank@2026 was 2");
    Element coverage = (Element) xml.getElementsByTagName("failure").item(2);
    assertThat(coverage.getAttribute("message")).isEqualTo("5 of 6 rules fired (83.3%)");
    assertThat(coverage.getTextContent())
        .isEqualTo("src/test/resources/ci/rules-tiny/growth.drl:16: never fired: Robotaxis gain hardware\n");
    Element statistical = (Element) xml.getElementsByTagName("failure").item(1);
    assertThat(statistical.getAttribute("message"))
        .isEqualTo("mean(acme.data@2026) >= 80: mean(acme.data@2026) was 77.18 (200 samples, seed 7)");
    assertThat(statistical.getTextContent()).startsWith(CheckCommandTest.SIMULATED + ":14:7: ");
    assertThat(xml.getElementsByTagName("skipped").getLength()).isZero();
  }

  @Test
  void theSameInputsWriteTheSameBytes() throws IOException {
    Path again = dir.resolve("again.xml");
    Cli.run("check", "--rules", CheckCommandTest.TINY, CheckCommandTest.SCENARIOS, "--min-coverage", "0.9",
        "--junit", again.toString());

    assertThat(Files.readString(again)).isEqualTo(Files.readString(report));
  }

  @Test
  void theReportNeverReplacesAFileStratsimDidNotWriteUnlessForced() throws IOException {
    Path scenario = Files.copy(Path.of(CheckCommandTest.PASS), dir.resolve("parent.yaml"));
    String before = Files.readString(scenario);

    Cli.Result refused = Cli.run("check", "--rules", CheckCommandTest.TINY, CheckCommandTest.PASS,
        "--junit", scenario.toString());
    Path own = dir.resolve("own.xml");
    Cli.run("check", "--rules", CheckCommandTest.TINY, CheckCommandTest.PASS, "--junit", own.toString());
    Cli.Result again = Cli.run("check", "--rules", CheckCommandTest.TINY, CheckCommandTest.PASS,
        "--junit", own.toString());

    assertThat(refused.exitCode()).isEqualTo(ExitCodes.EXIT_INVALID_INPUT);
    assertThat(refused.err()).isEqualTo("error: " + scenario + ": exists and was not written by stratsim, or was"
        + " changed since; move it away or pass --force to overwrite it\n");
    assertThat(Files.readString(scenario)).isEqualTo(before);
    assertThat(again.exitCode()).as("its own report is replaced").isZero();
    Cli.Result forced = Cli.run("check", "--rules", CheckCommandTest.TINY, CheckCommandTest.PASS,
        "--junit", scenario.toString(), "--force");
    assertThat(forced.exitCode()).isZero();
    assertThat(Files.readString(scenario)).startsWith("<?xml");
  }

  @Test
  void nothingIsWrittenWhenTheInputIsInvalid() {
    Path none = dir.resolve("none.xml");
    Cli.Result invalid = Cli.run("check", "--rules", CheckCommandTest.TINY, "src/test/resources/ci/bad",
        "--junit", none.toString());

    assertThat(invalid.exitCode()).isEqualTo(ExitCodes.EXIT_INVALID_INPUT);
    assertThat(none).doesNotExist();
  }

  @Test
  void whatDidNotFollowIsSkippedWhileEnoughHoldsAndFailsWhenNot() throws Exception {
    Path met = dir.resolve("followed-met.xml");
    Path below = dir.resolve("followed-below.xml");
    Cli.run("check", CheckCommandTest.FOLLOWED, "--min-followed", "0.6", "--junit", met.toString());
    Cli.run("check", CheckCommandTest.FOLLOWED, "--junit", below.toString());
    Validator validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(SCHEMA.toFile()).newValidator();

    validator.validate(new StreamSource(met.toFile()));
    validator.validate(new StreamSource(below.toFile()));
    Document passing = parse(met);
    assertThat(passing.getDocumentElement().getAttribute("tests")).isEqualTo("8");
    assertThat(passing.getDocumentElement().getAttribute("failures")).isEqualTo("0");
    assertThat(attributes(passing, "testsuite", "skipped")).containsExactly("1", "1");
    assertThat(attributes(passing, "testcase", "classname")).containsExactly("deal.expect", "deal.followed",
        "deal.followed", "deal.followed", "deal.followed", "no-deal.expect", "no-deal.followed", "no-deal.followed");
    assertThat(attributes(passing, "skipped", "message")).containsExactly(
        attributes(passing, "skipped", "message").get(0),
        "meta.data@2027 > meta.data@start: meta.data@2027 was 62, meta.data@start was 62");
    assertThat(attributes(passing, "skipped", "message").get(0)).startsWith("meta.rank@2027 == 1: meta.rank@2027 was ");
    Document failing = parse(below);
    assertThat(failing.getDocumentElement().getAttribute("failures")).isEqualTo("2");
    assertThat(attributes(failing, "testsuite", "failures")).containsExactly("1", "1");
    assertThat(attributes(failing, "testsuite", "skipped")).containsExactly("0", "0");
    assertThat(attributes(failing, "failure", "type")).containsExactly("followed", "followed");
    assertThat(failing.getElementsByTagName("skipped").getLength()).isZero();
  }

  private static Document parse(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }

  private static List<String> attributes(Document xml, String tag, String attribute) {
    NodeList nodes = xml.getElementsByTagName(tag);
    List<String> values = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      values.add(((Element) nodes.item(i)).getAttribute(attribute));
    }
    return values;
  }
}
