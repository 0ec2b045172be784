package dev.stratsim.ci;

import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

  /** Writes the report to {@code file} whole or not at all, creating missing parent folders. */
  public static void write(CheckReport report, Path file) {
    Path parent = file.toAbsolutePath().getParent();
    Path temp = null;
    try {
      Files.createDirectories(parent);
      temp = Files.createTempFile(parent, ".stratsim-junit", ".tmp");
      try (OutputStream out = Files.newOutputStream(temp)) {
        XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
        new JUnitWriter(xml).write(report);
        xml.close();
      }
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | XMLStreamException e) {
      throw new InvalidInputException(Problem.inFile(file, "cannot write the JUnit report: " + e.getMessage()
          + "; check that the folder is writable"));
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // The report itself was written or the error above says why not; a stray temp file is harmless.
        }
      }
    }
  }
}
