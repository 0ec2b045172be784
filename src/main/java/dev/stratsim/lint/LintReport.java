package dev.stratsim.lint;

import dev.stratsim.problem.Problem;
import java.util.List;

/**
 * What {@code lint} found.
 *
 * @param rules how many rules the rules folder holds
 * @param scenarios how many scenario files were read
 * @param problems the errors (with {@code --strict}, the warnings too)
 * @param warnings the warnings to show beside them (none with {@code --strict}: they are errors then)
 */
public record LintReport(int rules, int scenarios, List<Problem> problems, List<Problem> warnings) {}
