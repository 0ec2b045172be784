package dev.stratsim.lint;

/** DRL text with comments and the insides of strings blanked, so brackets and words can be counted. */
final class DrlText {
  private DrlText() {}

  /**
   * The same text, same length and lines, with comments turned to spaces and each character inside
   * a string literal to {@code x}; quotes stay, so offsets still point into the original.
   */
  static String mask(String drl) {
    StringBuilder out = new StringBuilder(drl);
    int i = 0;
    while (i < drl.length()) {
      char c = drl.charAt(i);
      if (c == '"') {
        i++;
        while (i < drl.length() && drl.charAt(i) != '"' && drl.charAt(i) != '\n') {
          if (drl.charAt(i) == '\\' && i + 1 < drl.length()) {
            out.setCharAt(i++, 'x');
          }
          out.setCharAt(i++, 'x');
        }
        i++;
      } else if (drl.startsWith("//", i)) {
        while (i < drl.length() && drl.charAt(i) != '\n') {
          out.setCharAt(i++, ' ');
        }
      } else if (drl.startsWith("/*", i)) {
        int end = drl.indexOf("*/", i + 2);
        end = end < 0 ? drl.length() : end + 2;
        for (; i < end; i++) {
          if (drl.charAt(i) != '\n') {
            out.setCharAt(i, ' ');
          }
        }
      } else {
        i++;
      }
    }
    return out.toString();
  }
}
