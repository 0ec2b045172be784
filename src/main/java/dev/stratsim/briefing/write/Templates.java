package dev.stratsim.briefing.write;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import dev.stratsim.briefing.view.Views;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The Mustache templates under {@code src/main/resources/briefing/}: HTML escapes for HTML, and
 * Markdown escapes what GitHub would otherwise read as table cells, math or emphasis.
 */
public final class Templates {
  private static final DefaultMustacheFactory HTML = new DefaultMustacheFactory("briefing");
  private static final DefaultMustacheFactory MARKDOWN = new DefaultMustacheFactory("briefing") {
    @Override
    public void encode(String value, Writer writer) {
      try {
        writer.write(markdown(value));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  };

  private Templates() {}

  public static String html(Views.Page page) {
    return render(HTML.compile("report-html.mustache"), Map.of("css", resource("briefing/style.css")), page);
  }

  public static String markdown(Views.Page page) {
    return render(MARKDOWN.compile("report-md.mustache"), Map.of(), page);
  }

  /** Text safe in a GitHub table cell or paragraph: no cell breaks, math, emphasis or tags. */
  public static String markdown(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.replaceAll("\\s*\\R\\s*", " ").toCharArray()) {
      switch (c) {
        case '\\', '|', '$', '*', '`', '[', ']' -> out.append('\\').append(c);
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String render(Mustache template, Object... scopes) {
    StringWriter out = new StringWriter();
    template.execute(out, scopes);
    return out.toString();
  }

  private static String resource(String name) {
    try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
