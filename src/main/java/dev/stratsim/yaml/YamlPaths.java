package dev.stratsim.yaml;

/** Builds and takes apart the paths that name values in a {@link YamlDocument}. */
public final class YamlPaths {
  private YamlPaths() {}

  public static String key(String parent, String key) {
    return parent.isEmpty() ? key : parent + "." + key;
  }

  public static String index(String parent, int index) {
    return parent + "[" + index + "]";
  }

  /** The enclosing path, or null for the root. */
  public static String parent(String path) {
    if (path.isEmpty()) {
      return null;
    }
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut < 0 ? "" : path.substring(0, cut);
  }

  /** True if {@code path} is {@code ancestor} or lies inside it. */
  public static boolean within(String path, String ancestor) {
    if (ancestor.isEmpty() || path.equals(ancestor)) {
      return true;
    }
    return path.startsWith(ancestor)
        && (path.charAt(ancestor.length()) == '.' || path.charAt(ancestor.length()) == '[');
  }

  /** How a message names the value at a path. */
  public static String describe(String path) {
    return path.isEmpty() ? "the file" : path;
  }
}
