package dev.stratsim.output;

import dev.stratsim.problem.UserText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table: the first column left-aligned, the others right-aligned. */
public final class TextTable {
  private final List<List<String>> rows = new ArrayList<>();

  /** Adds a row; a cell is one line, so a line break or control character in it is shown escaped. */
  public TextTable row(List<String> cells) {
    rows.add(cells.stream().map(UserText::escape).toList());
    return this;
  }

  public void print(PrintWriter out, String indent) {
    print(out, indent, 1);
  }

  /** Prints with the first {@code left} columns aligned left, the others right. */
  public void print(PrintWriter out, String indent, int left) {
    int columns = rows.stream().mapToInt(List::size).max().orElse(0);
    int[] widths = new int[columns];
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder(indent);
      for (int i = 0; i < row.size(); i++) {
        String cell = row.get(i);
        String pad = " ".repeat(widths[i] - cell.length());
        line.append(i == 0 ? "" : "  ").append(i < left ? cell + pad : pad + cell);
      }
      out.println(line.toString().stripTrailing());
    }
  }
}
