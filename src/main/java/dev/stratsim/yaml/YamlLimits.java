package dev.stratsim.yaml;

import org.yaml.snakeyaml.LoaderOptions;

/**
 * The limits on a YAML document (docs/limits.md), so a file cannot make reading it run without end
 * or exhaust memory ("billion laughs"). {@link TreeComposer} enforces the first three while it
 * builds the tree, where it can name the line; SnakeYAML's scanner enforces the code point limit.
 */
final class YamlLimits {
  /** Maps and lists inside one another. */
  static final int MAX_DEPTH = 50;
  /** Aliases ({@code *name}) in a document, of scalars and of collections alike. */
  static final int MAX_ALIASES = 50;
  /** Values in the tree once every alias is expanded. */
  static final int MAX_NODES = 100_000;
  /**
   * Characters SnakeYAML reads. Files are refused above 1 MB before parsing and command-line values
   * are far shorter, so this only backs those checks up.
   */
  static final int MAX_CODE_POINTS = 2 * 1024 * 1024;

  private YamlLimits() {}

  /**
   * Options for SnakeYAML's {@code ParserImpl}. It reads only the code point limit and the comment
   * switch (off: comments are not events); alias, depth and recursion options belong to SnakeYAML's
   * Composer, which we do not use (see {@link TreeComposer}), so they are not set here.
   */
  static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setProcessComments(false);
    return options;
  }
}
