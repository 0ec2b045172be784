package dev.stratsim.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** JSON written the way {@code run --format json} writes it: two-space indent, plain numbers. */
public final class Json {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

  /** Writes one JSON document to {@code out}. */
  @FunctionalInterface
  public interface Body {
    void write(JsonGenerator json) throws IOException;
  }

  private Json() {}

  /** Writes the whole document or, if writing fails, nothing: it is built before it is printed. */
  public static void write(PrintWriter out, Body body) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(text)) {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter)
          .withArrayIndenter(indenter));
      body.write(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println(text);
    out.flush();
  }

  /** A scenario value as it was written: a number (rounded like every number), true/false or text. */
  public static void value(JsonGenerator json, String field, JsonNode value) throws IOException {
    if (value.isNumber()) {
      number(json, field, value.doubleValue());
    } else if (value.isBoolean()) {
      json.writeBooleanField(field, value.booleanValue());
    } else {
      json.writeStringField(field, value.asText());
    }
  }

  /** A number rounded to four decimals, never with an exponent. */
  public static void number(JsonGenerator json, String field, double value) throws IOException {
    if (Double.isNaN(value)) {
      json.writeNullField(field);
    } else {
      json.writeNumberField(field, Numbers.json(value));
    }
  }
}
