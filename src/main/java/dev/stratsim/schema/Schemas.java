package dev.stratsim.schema;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratsim.model.KnobDef;
import dev.stratsim.model.MetricDef;
import dev.stratsim.model.Vocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The JSON Schemas stratsim publishes: the report's ({@code schema/report.schema.json}, whose
 * {@code $defs/run} is the {@code run --format json} contract), one for each other command's JSON
 * output ({@code schema/compare.schema.json}, ...), hand-written as the output is written field by
 * field, and the scenario file's, which names the metrics and assumptions of a rules folder so
 * editors can complete and check them.
 */
public final class Schemas {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Schemas() {}

  public static String report() {
    return resource("schema/report.schema.json");
  }

  /** The JSON outputs with a schema of their own in schema/, one per command. */
  public static final List<String> OUTPUTS = List.of("compare", "sweep", "simulate", "sensitivity", "check", "diff");

  /** The schema of {@code NAME --format json}'s output, one of {@link #OUTPUTS}. */
  public static String output(String name) {
    if (!OUTPUTS.contains(name)) {
      throw new IllegalArgumentException("no schema for " + name);
    }
    return resource("schema/" + name + ".schema.json");
  }

  /**
   * {@code run --format json}: the report schema's {@code $defs/run} as a schema of its own. It
   * is made from the report schema rather than kept beside it, so the two cannot drift apart.
   */
  public static String run() {
    return definition("run", "What 'stratsim run --format json' prints (docs/json-output.md): one projection,"
        + " or an array of them for several scenarios. It is $defs/run of the report schema"
        + " ('stratsim schema report'). Numbers are rounded to four decimals.");
  }

  /**
   * {@code calibrate --format json}: the report schema's {@code $defs/calibration} (a report made
   * with {@code --calibration} carries the same object), as {@link #run} is made from {@code $defs/run}.
   */
  public static String calibrate() {
    return definition("calibration", "What 'stratsim calibrate --format json' prints (docs/json-output.md,"
        + " docs/calibration.md). It is $defs/calibration of the report schema ('stratsim schema report'), which"
        + " report.json carries as 'calibration' when made with --calibration.");
  }

  /** One definition of the report schema as a schema of its own, with every definition it may refer to. */
  private static String definition(String name, String description) {
    try {
      ObjectNode report = (ObjectNode) JSON.readTree(report());
      ObjectNode schema = JSON.createObjectNode();
      schema.set("$schema", report.get("$schema"));
      schema.put("title", "stratsim " + (name.equals("calibration") ? "calibrate" : name));
      schema.put("description", description);
      schema.put("$ref", "#/$defs/" + name);
      schema.set("$defs", report.get("$defs"));
      return pretty(schema);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String pretty(ObjectNode schema) throws IOException {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    var separators = com.fasterxml.jackson.core.util.Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(com.fasterxml.jackson.core.util.Separators.Spacing.AFTER);
    return JSON.writer(new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter))
        .writeValueAsString(schema) + "\n";
  }

  /** The scenario schema for a rule set's vocabulary; the same vocabulary gives the same text. */
  public static String scenario(Vocabulary vocabulary) {
    try {
      ObjectNode schema = (ObjectNode) JSON.readTree(resource("dev/stratsim/schema/scenario-template.json"));
      ObjectNode defs = (ObjectNode) schema.get("$defs");
      ObjectNode actor = (ObjectNode) defs.get("actor");
      ObjectNode actorFields = (ObjectNode) actor.get("properties");
      for (MetricDef m : vocabulary.metrics().values()) {
        if (!m.derived()) {
          actorFields.set(m.name(), number(m.about() + (m.pillar() ? " (a pillar)" : ""), m.min(), m.max()));
        }
      }
      List<String> pillars = vocabulary.pillars();
      ArrayNode sold = ((ObjectNode) defs.at("/relation/properties/pillar/anyOf/0")).putArray("enum");
      pillars.forEach(sold::add);
      if (!vocabulary.roles().isEmpty()) {
        ((ObjectNode) actorFields.get("role")).put("description", "What the company is; rules match on it. The rules"
            + " declare " + String.join(", ", vocabulary.roles().keySet()) + "; any other role competes in the fallback arena.");
      }
      // Only a scenario that extends none must give every pillar: a child may change one.
      ObjectNode together = (ObjectNode) schema.at("/then/properties/actors/additionalProperties/dependentRequired");
      for (String pillar : pillars) {
        ArrayNode others = together.putArray(pillar);
        pillars.stream().filter(p -> !p.equals(pillar)).forEach(others::add);
      }
      ObjectNode properties = (ObjectNode) schema.get("properties");
      ObjectNode knobs = objectBranch(properties, "assumptions");
      for (KnobDef k : vocabulary.knobs().values()) {
        ObjectNode knob = number(k.why() + " Unit: " + k.unit() + "; default " + plain(k.defaultValue()) + ".",
            k.min(), k.max());
        // A knob written must be given: the readers take an empty one for a mistake, not the default.
        ArrayNode kinds = (ArrayNode) knob.get("anyOf");
        kinds.remove(kinds.size() - 1);
        ObjectNode withSource = JSON.createObjectNode().put("type", "object").put("additionalProperties", false);
        withSource.putArray("required").add("value");
        withSource.putObject("properties").<ObjectNode>set("value", number(null, k.min(), k.max()))
            .putObject("source").put("type", "string");
        ((ArrayNode) knob.get("anyOf")).add(withSource);
        knobs.set(k.name(), knob);
      }
      ObjectNode weights = objectBranch(properties, "weights");
      for (String pillar : pillars) {
        weights.set(pillar, number("Weight of " + pillar + " in the index.", 0, Double.POSITIVE_INFINITY));
      }
      return pretty(schema);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode objectBranch(ObjectNode properties, String key) {
    return (ObjectNode) properties.get(key).get("anyOf").get(0).get("properties");
  }

  /** A number within bounds, written plainly or in quotes, a distribution, or left empty. */
  private static ObjectNode number(String description, double min, double max) {
    ObjectNode node = JSON.createObjectNode();
    if (description != null) {
      node.put("description", description);
    }
    ArrayNode any = node.putArray("anyOf");
    ObjectNode plain = any.addObject().put("type", "number");
    bound(plain, "minimum", min);
    bound(plain, "maximum", max);
    any.addObject().put("$ref", "#/$defs/numeral");
    any.addObject().put("$ref", "#/$defs/distribution");
    any.addObject().put("type", "null");
    return node;
  }

  /** Whole bounds print as integers (0, not 0.0), so the schema reads as written. */
  private static void bound(ObjectNode node, String key, double value) {
    if (!Double.isFinite(value)) {
      return;
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      node.put(key, (long) value);
    } else {
      node.put(key, value);
    }
  }

  private static String plain(double value) {
    return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  private static String resource(String name) {
    try (InputStream in = Schemas.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
