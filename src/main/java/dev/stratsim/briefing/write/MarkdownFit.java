package dev.stratsim.briefing.write;

import dev.stratsim.briefing.view.Views;

/**
 * {@code report.md} fits a pull-request comment, which GitHub takes up to 65,536 characters: the
 * rule trace is always left to {@code report-full.md}, and when the page is still too long the
 * inputs and sources, then the cases' own sections, then whatever sections remain past the limit.
 */
public final class MarkdownFit {
  /** The most characters GitHub takes in a pull-request comment. */
  static final int LIMIT = 65_536;
  public static final String FULL = "report-full.md";

  private MarkdownFit() {}

  public static String comment(Views.Page page) {
    String text = Templates.markdown(page.withoutTraces(FULL));
    if (text.length() <= LIMIT) {
      return text;
    }
    text = Templates.markdown(page.withoutInputs(FULL));
    if (text.length() <= LIMIT) {
      return text;
    }
    text = Templates.markdown(page.withoutCases(FULL));
    return text.length() <= LIMIT ? text : cut(text);
  }

  /** Whole sections up to the limit, and a last line that says where the rest is. */
  private static String cut(String text) {
    String end = "\n## The rest\n\nThe sections that did not fit a pull-request comment are in " + FULL + ".\n";
    int at = text.lastIndexOf("\n## ", LIMIT - end.length() - 1);
    if (at <= 0) {
      at = text.lastIndexOf('\n', LIMIT - end.length() - 1);
    }
    return text.substring(0, Math.max(at, 0) + 1) + end;
  }
}
