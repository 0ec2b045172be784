package dev.stratsim.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * JSON written the way {@code run --format json} writes it: two-space indent, plain numbers. Every
 * JSON output ({@code run}, {@code check}, {@code diff}, {@code compare}, {@code simulate}, {@code
 * sweep}, {@code sensitivity}, {@code calibrate}, {@code report.json}) is a record written through
 * {@link #MAPPER}; the serializers below say what a record component alone cannot.
 */
public final class Json {
  /**
   * The one mapper of stratsim's JSON: a record's components in snake case ({@code firstYear} is
   * {@code first_year}) in the order they are declared, a null component left out, BigDecimals
   * without an exponent, and unknown fields ignored when a document is read back.
   */
  public static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .serializationInclusion(JsonInclude.Include.NON_NULL)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private Json() {}

  /** Two-space indent, a new line before every field and array element. */
  public static DefaultPrettyPrinter printer() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
  }

  /** {@code document} (a record, usually) as indented JSON text, without a final new line. */
  public static String text(Object document) {
    try {
      return MAPPER.writer(printer()).writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes {@code document} and a new line: the whole document or, if writing fails, nothing, as
   * it is built before it is printed.
   */
  public static void write(PrintWriter out, Object document) {
    out.println(text(document));
    out.flush();
  }

  /**
   * A record component's value, or a map's ({@code contentUsing}): a number rounded to four
   * decimals ({@link Numbers#json}), NaN as null; a scenario value ({@link JsonNode}) as it was
   * written, its number rounded alike; true/false; anything else as text. {@code
   * @JsonSerialize(using = Json.Rounded.class) double base}.
   */
  public static final class Rounded extends StdSerializer<Object> {
    public Rounded() {
      super(Object.class);
    }

    @Override
    public void serialize(Object value, JsonGenerator json, SerializerProvider provider) throws IOException {
      write(json, value);
    }

    static void write(JsonGenerator json, Object value) throws IOException {
      if (value instanceof JsonNode node && !node.isNumber()) {
        if (node.isBoolean()) {
          json.writeBoolean(node.booleanValue());
        } else {
          json.writeString(node.asText());
        }
      } else if (value instanceof JsonNode || value instanceof Number) {
        double number = value instanceof JsonNode node ? node.doubleValue() : ((Number) value).doubleValue();
        if (Double.isNaN(number)) {
          json.writeNull();
        } else {
          json.writeNumber(Numbers.json(number));
        }
      } else if (value instanceof Boolean b) {
        json.writeBoolean(b);
      } else {
        json.writeString(String.valueOf(value));
      }
    }
  }

  /**
   * Name-value pairs written as one object, in their order, each value as {@link Rounded} writes
   * it, a name that comes twice written twice ({@code sweep --vary} of one path twice): {@code
   * @JsonSerialize(using = Json.Fields.class) List<Map.Entry<String, Object>> at}.
   */
  public static final class Fields extends StdSerializer<List<Map.Entry<String, Object>>> {
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Fields() {
      super((Class) List.class);
    }

    @Override
    public void serialize(List<Map.Entry<String, Object>> fields, JsonGenerator json, SerializerProvider provider)
        throws IOException {
      json.writeStartObject();
      for (Map.Entry<String, Object> field : fields) {
        json.writeFieldName(field.getKey());
        Rounded.write(json, field.getValue());
      }
      json.writeEndObject();
    }
  }
}
