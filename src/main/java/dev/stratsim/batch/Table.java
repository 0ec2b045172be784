package dev.stratsim.batch;

import java.io.Serializable;
import java.util.Iterator;
import java.util.List;

/**
 * A table of numbered rows that an engine writes out as part files from where the rows are made
 * ({@link Engine#writeTable}), never gathering them in one JVM: {@code simulate --samples-out}
 * with {@code --engine spark}. The table itself travels once per job, with what every row needs
 * (the rules and scenario, say); a {@link #slice} carries only what its own rows need besides.
 */
public interface Table extends Serializable {
  /** How the rows are written: CSV text with a header row, or Parquet columns of their types. */
  enum Format { csv, parquet }

  /** What a column holds: cells are {@code Long}, {@code Double}, {@code Boolean} or {@code String}. */
  enum Type { LONG, DOUBLE, BOOLEAN, TEXT }

  record Column(String name, Type type) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  List<Column> columns();

  /** The rows: 0..count-1. */
  long count();

  /** What rows {@code from}..{@code to - 1} need besides the table, made where the table was made. */
  Serializable slice(long from, long to);

  /**
   * The rows of a slice, in order, on whichever JVM writes them: each row's cells in column order,
   * typed as the columns say or, with {@code texts}, each the text a local run's CSV file has.
   */
  Iterator<Object[]> rows(Serializable slice, boolean texts);
}
