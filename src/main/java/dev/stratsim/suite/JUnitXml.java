package dev.stratsim.suite;

import dev.stratsim.files.OutputFiles;
import java.io.IOException;
import java.nio.file.Path;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A check report as JUnit XML in the form Maven Surefire writes, which Jenkins, GitLab and GitHub
 * test reporters read as is: a {@code testsuites} root holding one {@code testsuite} per scenario
 * file and one {@code testcase} per check. Times are written as 0 so the same inputs give the
 * same bytes.
 */
public final class JUnitXml {
  static final String COVERAGE_CLASS = "stratsim.coverage";
  static final String HELD_CLASS = "stratsim.held";

  private JUnitXml() {}

  /**
   * Writes the report to {@code file} whole or not at all, creating missing parent folders; a file
   * stratsim did not write is replaced only with {@code force} (see {@link OutputFiles}).
   */
  public static void write(CheckReport report, Path file, boolean force) {
    OutputFiles.write(file, force, out -> {
      try {
        XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
        new JUnitWriter(xml).write(report);
        xml.flush();
      } catch (XMLStreamException e) {
        throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
      }
    });
  }
}
