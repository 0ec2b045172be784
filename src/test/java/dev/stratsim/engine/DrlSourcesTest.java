package dev.stratsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratsim.engine.DrlSources.RuleLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule names, lines, packages and texts are read as Drools' own parser reads them. */
class DrlSourcesTest {
  private static final String ODD = """
      package odd.names

      // rule "Commented out" when then end
      /* rule "Also commented out"
      when then
      end */
      rule 'Single "quoted" name'
      when
      then
      end

      rule "A \\"doubly\\" quoted name" // a comment
        salience 10
      when
      then
        /*
      end
        */
        System.out.println("end");
      end

      rule Bare_name when then end
      """;

  @TempDir Path dir;

  @Test
  void readsRuleNamesAndLinesAsDroolsDoesNotAsTheyLook() throws IOException {
    Files.writeString(dir.resolve("odd.drl"), ODD);
    DrlSources sources = DrlSources.read(dir);

    assertThat(sources.ruleLocations()).containsExactly(
        new RuleLocation("Single \"quoted\" name", dir.resolve("odd.drl"), 7),
        new RuleLocation("A \"doubly\" quoted name", dir.resolve("odd.drl"), 12),
        new RuleLocation("Bare_name", dir.resolve("odd.drl"), 22));
    assertThat(sources.packageOf("odd.drl")).isEqualTo("odd.names");
  }

  @Test
  void aRulesTextRunsToItsOwnEndNotToAnEndInsideAComment() throws IOException {
    Files.writeString(dir.resolve("odd.drl"), ODD);
    DrlSources sources = DrlSources.read(dir);

    assertThat(sources.ruleText("A \"doubly\" quoted name")).isEqualTo("""
        rule "A \\"doubly\\" quoted name" // a comment
          salience 10
        when
        then
          /*
        end
          */
          System.out.println("end");
        end""");
    assertThat(sources.ruleText("Bare_name")).isEqualTo("rule Bare_name when then end");
    assertThat(sources.ruleText("Commented out")).isEmpty();
  }

  @Test
  void everyStockRuleIsFoundOnItsRuleLine() {
    DrlSources sources = DrlSources.read(Path.of("rules"));

    assertThat(sources.ruleLocations()).isNotEmpty().allSatisfy(at -> {
      String line = Files.readAllLines(at.file()).get(at.line() - 1).strip();
      assertThat(line).startsWith("rule ").contains(at.name());
      assertThat(sources.ruleText(at.name())).startsWith(line).endsWith("end");
    });
  }

  @Test
  void aFileThatDoesNotParseDeclaresNoRuleButKeepsItsPackage() throws IOException {
    Files.writeString(dir.resolve("broken.drl"), "package a.b\nrule \"Half\" when\n");
    DrlSources sources = DrlSources.read(dir);

    assertThat(sources.ruleLocations()).isEmpty();
    assertThat(sources.packageOf("broken.drl")).isEqualTo("a.b");
  }
}
