package dev.stratsim.schema;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Validates JSON text against stratsim's schemas with a real JSON Schema validator (networknt). */
public final class JsonSchemas {
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonSchemas() {}

  /** The whole report schema: what report.json must follow. */
  public static Schema report() {
    return REGISTRY.getSchema(Schemas.report(), InputFormat.JSON);
  }

  /** One definition of the report schema as a schema of its own, e.g. {@code run}. */
  public static Schema reportDefinition(String name) {
    try {
      ObjectNode full = (ObjectNode) JSON.readTree(Schemas.report());
      ObjectNode part = JSON.createObjectNode();
      part.set("$schema", full.get("$schema"));
      part.put("$ref", "#/$defs/" + name);
      part.set("$defs", full.get("$defs"));
      return REGISTRY.getSchema(part.toString(), InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Schema of(String schemaText) {
    return REGISTRY.getSchema(schemaText, InputFormat.JSON);
  }

  public static List<String> errors(Schema schema, String json) {
    return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }
}
