package dev.stratsim.briefing.view;

import java.util.ArrayList;
import java.util.List;

/**
 * A table as the templates lay it out: a header and rows of cells, numbers marked so they
 * align right and changes marked so they can be coloured.
 *
 * @param id unique in the page, so a chart can point at the table that holds its data
 */
record Table(String id, String caption, List<Cell> header, List<Row> rows) {

  /** @param labels each cell's column header, which a phone shows beside the cell when it stacks the table */
  record Row(List<Cell> cells, List<String> labels) {
    List<Shown> shown() {
      List<Shown> shown = new ArrayList<>();
      for (int i = 0; i < cells.size(); i++) {
        shown.add(new Shown(cells.get(i).text(), cells.get(i).css(), i < labels.size() ? labels.get(i) : ""));
      }
      return shown;
    }
  }

  /** A cell as the HTML template writes it. */
  record Shown(String text, String css, String label) {}

  /** Tables this wide stack their rows on a phone, each cell beside its column's name. */
  boolean stacks() {
    return header.size() > 3;
  }

  /**
   * @param tone "up", "down" or "" for a change worth colouring
   */
  record Cell(String text, boolean number, String tone) {
    /** The cell's CSS classes. */
    String css() {
      return ((number ? "num " : "") + tone).strip();
    }

    static Cell text(String text) {
      return new Cell(text, false, "");
    }

    static Cell number(String text) {
      return new Cell(text, true, "");
    }

    /** A change, coloured when it is at least half a point (or one rank). */
    static Cell change(String text, double delta) {
      return change(text, delta, 0.5);
    }

    static Cell change(String text, double delta, double notable) {
      return new Cell(text, true, Math.abs(delta) < notable ? "" : delta > 0 ? "up" : "down");
    }
  }

  /** Collects rows; numeric columns are named by index. */
  static final class Builder {
    private final String id;
    private final String caption;
    private final List<Cell> header = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();

    Builder(String id, String caption) {
      this.id = id;
      this.caption = caption;
    }

    Builder header(String... names) {
      for (String name : names) {
        header.add(Cell.text(name));
      }
      return this;
    }

    Builder numberHeader(String... names) {
      for (String name : names) {
        header.add(Cell.number(name));
      }
      return this;
    }

    Builder row(List<Cell> cells) {
      rows.add(new Row(List.copyOf(cells), header.stream().map(Cell::text).toList()));
      return this;
    }

    Table build() {
      return new Table(id, caption, List.copyOf(header), List.copyOf(rows));
    }
  }
}
