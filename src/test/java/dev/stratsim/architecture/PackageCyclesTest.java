package dev.stratsim.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The packages under {@code dev.stratsim} form layers, from {@code problem} at the bottom to
 * {@code cli} at the top (docs/architecture.md draws them): no package depends, directly or
 * through others, on a package that depends on it. A cycle means two packages can only be read,
 * changed and tested together; ArchUnit names the classes that close it.
 */
class PackageCyclesTest {
  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.stratsim");

  @Test
  void noPackageDependsOnItselfThroughOthers() {
    slices().matching("dev.stratsim.(*)..").namingSlices("$1")
        .should().beFreeOfCycles()
        .check(MAIN);
  }

  /** The analyses under {@code analysis} (simulate, sweep, diff, ...) are layers among themselves. */
  @Test
  void theAnalysesDependOnlyDownwards() {
    slices().matching("dev.stratsim.analysis.(*)..").namingSlices("analysis.$1")
        .should().beFreeOfCycles()
        .check(MAIN);
  }

  /**
   * An analysis computes and returns a result record; how that result is written (table, JSON,
   * Markdown, CSV) lives in {@code output.<analysis>}, above it. The reverse would put the formats
   * back under the computations and {@code output} under {@code analysis} again.
   */
  @Test
  void theAnalysesWriteNoOutput() {
    noneIn("dev.stratsim.analysis..").reads("dev.stratsim.output..");
  }

  /**
   * What every output is written through (the mapper, tables, numbers, colours) reads no
   * analysis: only the formats in its subpackages ({@code output.simulate}, ...) do.
   */
  @Test
  void theSharedOutputHelpersReadNoAnalysis() {
    noneIn("dev.stratsim.output").reads("dev.stratsim.analysis..");
  }

  /**
   * Each command's workflow (run, check, lint, calibrate, the what-if commands, diff, report) is
   * one call below {@code cli} that is given values, not options: picocli stays in {@code cli}
   * (and {@code output.Colours}, for its ANSI styles), so a workflow can be called from a test,
   * the workbench or the resident process without a command line.
   */
  @Test
  void theWorkflowsReadNoCommandLine() {
    for (String below : new String[] {"dev.stratsim.analysis..", "dev.stratsim.suite..", "dev.stratsim.lint..",
        "dev.stratsim.briefing..", "dev.stratsim.scenario.."}) {
      noneIn(below).reads("picocli..");
    }
  }

  /**
   * Inside {@code briefing} the parts are layers too: {@code model} (the briefing's data) under
   * {@code chart}, {@code view} and {@code write}; {@code briefing.Reports} above them all.
   */
  @Test
  void theBriefingsPartsDependOnlyDownwards() {
    slices().matching("dev.stratsim.briefing.(*)..").namingSlices("briefing.$1")
        .should().beFreeOfCycles()
        .check(MAIN);
  }

  /** The classes of one package that must not use another: {@code noneIn(a).reads(b)}. */
  private static Reader noneIn(String packages) {
    return target -> noClasses().that().resideInAPackage(packages)
        .should().dependOnClassesThat().resideInAPackage(target).check(MAIN);
  }

  private interface Reader {
    void reads(String packages);
  }
}
