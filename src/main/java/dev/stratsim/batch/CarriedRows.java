package dev.stratsim.batch;

import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.util.function.LongFunction;

/**
 * Rows made by a command with its own evaluation at hand, that another JVM rebuilds from what
 * they carry: the rules and scenario ({@link Carried}) and the command's own arguments, which
 * the subclass keeps as text.
 */
public abstract class CarriedRows implements Rows {
  private static final long serialVersionUID = 1L;

  private final Carried carried;
  /** The command's own evaluation where the rows were made; rebuilt from {@link #carried} elsewhere. */
  private transient LongFunction<double[]> here;

  /** @param carried what another JVM needs; null for rows that are only evaluated here */
  protected CarriedRows(Carried carried, LongFunction<double[]> here) {
    this.carried = carried;
    this.here = here;
  }

  /** The evaluation in another JVM, from the rules and scenario loaded there. */
  protected abstract LongFunction<double[]> rebuild(Carried.Loaded loaded);

  @Override
  public final LongFunction<double[]> open() {
    if (here == null) {
      here = rebuild(carried.load());
    }
    return here;
  }

  @Override
  public final String shown(String message) {
    return carried == null ? message : carried.shown(message);
  }

  private void writeObject(ObjectOutputStream out) throws IOException {
    if (carried == null) {
      throw new NotSerializableException("rows made for a local run carry no rules or scenario");
    }
    out.defaultWriteObject();
  }
}
