package dev.stratsim.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratsim.engine.RuleInfo;
import dev.stratsim.engine.StockRules;
import dev.stratsim.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The standards every rule meets: generic, explained, and with its numbers in the knobs. */
class RuleHygieneTest {
  private static final Pattern STRING = Pattern.compile("\"(\\\\.|[^\"\\\\])*\"");
  private static final Pattern NUMBER = Pattern.compile("(?<![\\w$.])\\d+(\\.\\d+)?([eE][-+]?\\d+)?(?![\\w.])");

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.stratsim.golden.FolderFiles#stockRules")
  void rulesNameNoCompanyFromAnyScenario(Path file) throws IOException {
    String text = Files.readString(file).toLowerCase(Locale.ROOT);
    List<String> named = companyNames().stream()
        .filter(name -> Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(text).find())
        .toList();
    assertThat(named).as("company names in %s", file).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.stratsim.golden.FolderFiles#stockRules")
  void rulesWriteNoNumberButZeroAndOne(Path file) throws IOException {
    List<String> magic = new ArrayList<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(file)) {
      lineNo++;
      String code = STRING.matcher(line.replaceAll("//.*$", "")).replaceAll("\"\"");
      if (code.strip().startsWith("salience") || code.strip().startsWith("@")) {
        continue;
      }
      Matcher m = NUMBER.matcher(code);
      while (m.find()) {
        if (!m.group().equals("0") && !m.group().equals("1")) {
          magic.add(file.getFileName() + ":" + lineNo + ": " + m.group());
        }
      }
    }
    assertThat(magic).as("numbers belong in rules/assumptions.yaml").isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.stratsim.golden.FolderFiles#stockRules")
  void everyRuleFileOpensWithItsArgument(Path file) throws IOException {
    assertThat(Files.readAllLines(file).get(0)).as("first line of %s", file).startsWith("// ");
  }

  @Test
  void everyRuleHasARationaleAndAReadableName() {
    for (RuleInfo rule : StockRules.get().rules()) {
      assertThat(rule.rationale()).as("rationale of %s", rule.name()).hasSizeGreaterThan(30);
      assertThat(rule.name()).as("name of a rule, read as a sentence")
          .matches("[A-Z][^.]*[a-z]").contains(" ");
    }
  }

  private static List<String> companyNames() throws IOException {
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        JsonNode actors = YamlReader.read(file).root().path("actors");
        actors.fieldNames().forEachRemaining(id -> {
          names.add(id.toLowerCase(Locale.ROOT));
          names.add(actors.get(id).path("name").asText(id).toLowerCase(Locale.ROOT));
        });
      }
    }
    return names;
  }
}
