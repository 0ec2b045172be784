package dev.stratsim.batch;

/** How a long run reports that one more item is done; called from many threads at once. */
public interface Progress extends AutoCloseable {
  Progress NONE = new Progress() {
    @Override
    public void step() {}

    @Override
    public void close() {}
  };

  void step();

  @Override
  void close();
}
