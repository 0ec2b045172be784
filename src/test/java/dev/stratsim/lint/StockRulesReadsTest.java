package dev.stratsim.lint;

import dev.stratsim.engine.RuleInfo;
import dev.stratsim.engine.RuleSet;
import dev.stratsim.engine.StockRules;
import dev.stratsim.golden.Golden;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the analysis reads from the stock rules, pinned: every knob read with its file and line (the
 * compiler's check of undeclared knobs points there) and every role or metric each rule needs. It
 * was recorded while the DRL was still read with regular expressions, so reading it from Drools'
 * descriptor tree changed none of it.
 */
class StockRulesReadsTest {
  private static final Path EXPECTED = Path.of("src/test/resources/lint/stock-rules-reads.txt");

  /** A rule edit moves lines: {@code -Dgolden.update=true} writes the file again, for {@code git diff} to show. */
  @Test
  void theStockRulesReadWhatTheyReadBefore() {
    Golden.check(EXPECTED, String.join("\n", reads(StockRules.get())) + "\n");
  }

  private static List<String> reads(RuleSet rules) {
    List<String> lines = new ArrayList<>();
    rules.knobReads().forEach(r -> lines.add("knob " + r.file().getFileName() + ":" + r.line() + " " + r.knob()));
    for (RuleInfo rule : rules.rules()) {
      DrlConditions.required(rules.ruleText(rule.name())).forEach(l -> lines.add("needs " + rule.file().getFileName()
          + ":" + (rule.line() + l.line()) + " " + l.kind() + " " + l.value() + " (" + rule.name() + ")"));
    }
    return lines;
  }
}
