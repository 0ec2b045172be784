package dev.stratsim.suite;

import dev.stratsim.scenario.SimulatedExpectations;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** The elements of a JUnit report, indented like Surefire's. */
final class JUnitWriter {
  private final XMLStreamWriter xml;

  JUnitWriter(XMLStreamWriter xml) {
    this.xml = xml;
  }

  void write(CheckReport report) throws XMLStreamException {
    boolean gate = report.minCoverage().isPresent();
    boolean heldGate = report.held().minimum().isPresent();
    boolean followedFail = !report.followed().meets();
    long failures = report.count(CaseResult.Status.FAILED) + (report.coverageBelowMinimum() ? 1 : 0)
        + (followedFail ? report.notFollowed().size() : 0) + (report.held().meets() ? 0 : 1);
    long tests = report.scenarios().stream().mapToLong(s -> s.cases().size() + s.followed().size()).sum()
        + (gate ? 1 : 0) + (heldGate ? 1 : 0);
    xml.writeStartDocument("UTF-8", "1.0");
    newline(0);
    xml.writeStartElement("testsuites");
    xml.writeAttribute("name", "stratsim check");
    xml.writeAttribute("tests", String.valueOf(tests));
    xml.writeAttribute("failures", String.valueOf(failures));
    xml.writeAttribute("errors", "0");
    xml.writeAttribute("time", "0");
    for (ScenarioResult scenario : report.scenarios()) {
      writeSuite(scenario, report);
    }
    if (gate) {
      writeCoverage(report);
    }
    if (heldGate) {
      writeHeld(report.held());
    }
    newline(0);
    xml.writeEndElement();
    newline(0);
    xml.writeEndDocument();
  }

  private void writeSuite(ScenarioResult scenario, CheckReport report) throws XMLStreamException {
    String file = String.valueOf(scenario.scenario().file());
    // What did not follow is skipped while the suite's share meets its minimum, and fails when not.
    boolean followedFail = !report.followed().meets();
    long notHeld = scenario.followed().stream().filter(f -> !f.held()).count();
    newline(1);
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", text(file));
    xml.writeAttribute("tests", String.valueOf(scenario.cases().size() + scenario.followed().size()));
    xml.writeAttribute("failures",
        String.valueOf(scenario.count(CaseResult.Status.FAILED) + (followedFail ? notHeld : 0)));
    xml.writeAttribute("errors", "0");
    xml.writeAttribute("skipped", String.valueOf(followedFail ? 0 : notHeld));
    xml.writeAttribute("time", "0");
    xml.writeAttribute("file", text(file));
    newline(2);
    xml.writeStartElement("properties");
    property("scenario", scenario.scenario().id());
    property("title", scenario.scenario().title());
    property("stratsim", report.version());
    property("rules_sha256", scenario.rulesSha256());
    property("scenario_sha256", scenario.scenario().sha256());
    SimulatedExpectations simulated = scenario.scenario().simulated();
    if (!simulated.isEmpty()) {
      property("expect_simulated.samples", String.valueOf(simulated.samples()));
      property("expect_simulated.seed", String.valueOf(simulated.seed()));
    }
    newline(2);
    xml.writeEndElement();
    for (CaseResult c : scenario.cases()) {
      writeCase(scenario.scenario().id() + "." + c.kind(), c);
    }
    for (FollowedResult f : scenario.followed()) {
      writeFollowed(scenario.scenario().id() + "." + FollowedStep.KIND, f, followedFail);
    }
    newline(1);
    xml.writeEndElement();
  }

  private void writeCase(String classname, CaseResult c) throws XMLStreamException {
    newline(2);
    if (c.status() == CaseResult.Status.PASSED) {
      xml.writeEmptyElement("testcase");
      testcaseAttributes(c.expectation().text(), classname);
      return;
    }
    xml.writeStartElement("testcase");
    testcaseAttributes(c.expectation().text(), classname);
    newline(3);
    xml.writeStartElement("failure");
    xml.writeAttribute("message", text(c.detail()));
    xml.writeAttribute("type", "expectation");
    xml.writeCharacters(text(c.location() + ": " + c.detail()));
    xml.writeEndElement();
    newline(2);
    xml.writeEndElement();
  }

  private void writeFollowed(String classname, FollowedResult f, boolean fail) throws XMLStreamException {
    newline(2);
    if (f.held()) {
      xml.writeEmptyElement("testcase");
      testcaseAttributes(f.entry().text(), classname);
      return;
    }
    xml.writeStartElement("testcase");
    testcaseAttributes(f.entry().text(), classname);
    newline(3);
    if (fail) {
      xml.writeStartElement("failure");
      xml.writeAttribute("message", text(f.detail()));
      xml.writeAttribute("type", FollowedStep.KIND);
      xml.writeCharacters(text(f.location() + ": " + f.detail()));
      xml.writeEndElement();
    } else {
      xml.writeEmptyElement("skipped");
      xml.writeAttribute("message", text(f.detail()));
    }
    newline(2);
    xml.writeEndElement();
  }

  private void writeCoverage(CheckReport report) throws XMLStreamException {
    Coverage coverage = report.coverage();
    boolean below = report.coverageBelowMinimum();
    newline(1);
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", "rule coverage");
    xml.writeAttribute("tests", "1");
    xml.writeAttribute("failures", below ? "1" : "0");
    xml.writeAttribute("errors", "0");
    xml.writeAttribute("skipped", "0");
    xml.writeAttribute("time", "0");
    newline(2);
    String name = "at least " + CheckFormat.percent(report.minCoverage().getAsDouble())
        + " of the rules fire in some scenario";
    String found = coverage.fired() + " of " + coverage.rules() + " rules fired ("
        + CheckFormat.percent(coverage.ratio()) + ")";
    if (!below) {
      xml.writeEmptyElement("testcase");
      testcaseAttributes(name, JUnitXml.COVERAGE_CLASS);
    } else {
      xml.writeStartElement("testcase");
      testcaseAttributes(name, JUnitXml.COVERAGE_CLASS);
      newline(3);
      xml.writeStartElement("failure");
      xml.writeAttribute("message", text(found));
      xml.writeAttribute("type", "coverage");
      xml.writeCharacters(text(neverFired(coverage.neverFired())));
      xml.writeEndElement();
      newline(2);
      xml.writeEndElement();
    }
    newline(1);
    xml.writeEndElement();
  }

  /** One more suite, "checks held", whose single case fails when the share is below --min-held. */
  private void writeHeld(HeldShare held) throws XMLStreamException {
    newline(1);
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", "checks held");
    xml.writeAttribute("tests", "1");
    xml.writeAttribute("failures", held.meets() ? "0" : "1");
    xml.writeAttribute("errors", "0");
    xml.writeAttribute("skipped", "0");
    xml.writeAttribute("time", "0");
    newline(2);
    String name = "at least " + CheckFormat.percent(held.minimum().getAsDouble())
        + " of the expect: and followed: entries hold";
    if (held.meets()) {
      xml.writeEmptyElement("testcase");
      testcaseAttributes(name, JUnitXml.HELD_CLASS);
    } else {
      xml.writeStartElement("testcase");
      testcaseAttributes(name, JUnitXml.HELD_CLASS);
      newline(3);
      xml.writeEmptyElement("failure");
      xml.writeAttribute("message", text(held.summary()));
      xml.writeAttribute("type", "held");
      newline(2);
      xml.writeEndElement();
    }
    newline(1);
    xml.writeEndElement();
  }

  private static String neverFired(List<RuleCoverage> rules) {
    return rules.stream().map(r -> r.rule().file() + ":" + r.rule().line() + ": never fired: " + r.rule().name())
        .collect(Collectors.joining("\n", "", "\n"));
  }

  private void testcaseAttributes(String name, String classname) throws XMLStreamException {
    xml.writeAttribute("name", text(name));
    xml.writeAttribute("classname", text(classname));
    xml.writeAttribute("time", "0");
  }

  private void property(String name, String value) throws XMLStreamException {
    newline(3);
    xml.writeEmptyElement("property");
    xml.writeAttribute("name", name);
    xml.writeAttribute("value", text(value));
  }

  private void newline(int depth) throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(depth));
  }

  /** XML 1.0 cannot carry most control characters, even escaped; they become U+FFFD. */
  static String text(String value) {
    StringBuilder out = new StringBuilder(value.length());
    value.codePoints().forEach(cp -> {
      boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
          || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
      out.appendCodePoint(allowed ? cp : 0xFFFD);
    });
    return out.toString();
  }
}
