package dev.stratsim.output;

import dev.stratsim.problem.UserText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A table of text cells that prints as aligned text, GitHub Markdown or CSV, so every command
 * shows the same rows in each format. The first column is a label; the others are numbers and
 * align right.
 */
public final class Sheet {
  private final List<String> header;
  private final int labels;
  private final List<List<String>> rows = new ArrayList<>();

  public Sheet(List<String> header) {
    this(header, 1);
  }

  /** @param labels how many leading columns hold text, aligned left */
  public Sheet(List<String> header, int labels) {
    this.header = List.copyOf(header);
    this.labels = labels;
  }

  public Sheet row(List<String> cells) {
    if (cells.size() != header.size()) {
      throw new IllegalArgumentException("a row of " + cells.size() + " cells under "
          + header.size() + " columns");
    }
    rows.add(List.copyOf(cells));
    return this;
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }

  public void table(PrintWriter out, String indent) {
    TextTable table = new TextTable().row(header);
    rows.forEach(table::row);
    table.print(out, indent, labels);
  }

  public void markdown(PrintWriter out) {
    markdownRow(out, header);
    List<String> rule = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      rule.add(i < labels ? "---" : "---:");
    }
    markdownRow(out, rule);
    rows.forEach(r -> markdownRow(out, r));
  }

  /** RFC 4180: a cell with a comma, quote or line break is quoted, quotes doubled. */
  public void csv(PrintWriter out) {
    csvRow(out, header);
    rows.forEach(r -> csvRow(out, r));
  }

  public static void csvRow(PrintWriter out, List<String> cells) {
    List<String> quoted = new ArrayList<>();
    for (String cell : cells) {
      boolean plain = cell.chars().noneMatch(ch -> ch == ',' || ch == '"' || ch == '\n' || ch == '\r');
      quoted.add(plain ? cell : "\"" + cell.replace("\"", "\"\"") + "\"");
    }
    out.print(String.join(",", quoted) + "\r\n");
  }

  private static void markdownRow(PrintWriter out, List<String> cells) {
    List<String> escaped = cells.stream().map(c -> UserText.escape(c).replace("|", "\\|")).toList();
    out.println("| " + String.join(" | ", escaped) + " |");
  }
}
