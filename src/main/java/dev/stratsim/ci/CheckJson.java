package dev.stratsim.ci;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.stratsim.report.Numbers;
import dev.stratsim.scenario.SimulatedExpectations;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * {@code check --format json}: every check of every scenario, the summary, what followed and the
 * coverage. Scenarios without {@code followed:} entries have no {@code followed} array, and a
 * suite without any no {@code followed} object, so their output is as before.
 */
final class CheckJson implements CheckFormat {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  @Override
  public void write(CheckReport report, PrintWriter out) {
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.writeStartObject();
      json.writeStringField("stratsim", report.version());
      json.writeObjectFieldStart("summary");
      json.writeNumberField("scenarios", report.scenarios().size());
      for (CaseResult.Status status : CaseResult.Status.values()) {
        json.writeNumberField(name(status), report.count(status));
      }
      json.writeBooleanField("succeeded", report.succeeded());
      json.writeEndObject();
      if (report.followed().any()) {
        writeFollowedShare(json, report.followed());
      }
      if (report.held().minimum().isPresent()) {
        json.writeObjectFieldStart("held");
        json.writeNumberField("held", report.held().held());
        json.writeNumberField("total", report.held().total());
        json.writeNumberField("ratio", Numbers.json(report.held().ratio()));
        json.writeNumberField("minimum", Numbers.json(report.held().minimum().getAsDouble()));
        json.writeBooleanField("meets_minimum", report.held().meets());
        json.writeEndObject();
      }
      json.writeArrayFieldStart("scenarios");
      for (ScenarioResult scenario : report.scenarios()) {
        writeScenario(json, scenario);
      }
      json.writeEndArray();
      if (report.showCoverage() || report.minCoverage().isPresent()) {
        json.writeFieldName("coverage");
        writeCoverage(json, report);
      }
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
    out.flush();
  }

  private static void writeScenario(JsonGenerator json, ScenarioResult scenario) throws IOException {
    json.writeStartObject();
    json.writeStringField("scenario", scenario.scenario().id());
    json.writeStringField("file", String.valueOf(scenario.scenario().file()));
    json.writeStringField("rules_sha256", scenario.rulesSha256());
    json.writeStringField("scenario_sha256", scenario.scenario().sha256());
    SimulatedExpectations simulated = scenario.scenario().simulated();
    if (!simulated.isEmpty()) {
      json.writeObjectFieldStart("expect_simulated");
      json.writeNumberField("samples", simulated.samples());
      json.writeNumberField("seed", simulated.seed());
      json.writeEndObject();
    }
    json.writeArrayFieldStart("checks");
    for (CaseResult c : scenario.cases()) {
      json.writeStartObject();
      json.writeStringField("kind", c.kind());
      json.writeStringField("expect", c.expectation().text());
      if (!c.expectation().sources().isEmpty()) {
        // Only the map form has sources; without them the entry reads as it always did.
        json.writeArrayFieldStart("sources");
        for (String source : c.expectation().sources()) {
          json.writeString(source);
        }
        json.writeEndArray();
      }
      json.writeStringField("status", name(c.status()));
      json.writeStringField("detail", c.detail());
      json.writeNumberField("line", c.expectation().line());
      json.writeNumberField("column", c.expectation().column());
      json.writeEndObject();
    }
    json.writeEndArray();
    if (!scenario.followed().isEmpty()) {
      writeFollowed(json, scenario);
    }
    json.writeEndObject();
  }

  private static void writeFollowedShare(JsonGenerator json, FollowedShare share) throws IOException {
    json.writeObjectFieldStart("followed");
    json.writeNumberField("held", share.held());
    json.writeNumberField("total", share.total());
    json.writeNumberField("ratio", Numbers.json(share.ratio()));
    json.writeFieldName("only_with_deals");
    if (share.onlyWithDeals() == null) {
      json.writeNull();
    } else {
      json.writeNumber(share.onlyWithDeals());
    }
    json.writeNumberField("minimum", Numbers.json(share.minimum()));
    json.writeBooleanField("meets_minimum", share.meets());
    json.writeEndObject();
  }

  private static void writeFollowed(JsonGenerator json, ScenarioResult scenario) throws IOException {
    json.writeArrayFieldStart("followed");
    for (FollowedResult f : scenario.followed()) {
      json.writeStartObject();
      json.writeStringField("check", f.entry().text());
      json.writeArrayFieldStart("sources");
      for (String source : f.entry().sources()) {
        json.writeString(source);
      }
      json.writeEndArray();
      json.writeBooleanField("held", f.held());
      json.writeFieldName("held_without_deals");
      if (f.heldWithoutDeals() == null) {
        json.writeNull();
      } else {
        json.writeBoolean(f.heldWithoutDeals());
      }
      json.writeBooleanField("only_with_deals", f.onlyWithDeals());
      json.writeStringField("detail", f.detail());
      json.writeNumberField("line", f.entry().line());
      json.writeNumberField("column", f.entry().column());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeCoverage(JsonGenerator json, CheckReport report) throws IOException {
    Coverage coverage = report.coverage();
    json.writeStartObject();
    json.writeNumberField("fired", coverage.fired());
    json.writeNumberField("total", coverage.rules());
    json.writeNumberField("ratio", Numbers.json(coverage.ratio()));
    if (report.minCoverage().isPresent()) {
      json.writeNumberField("minimum", Numbers.json(report.minCoverage().getAsDouble()));
      json.writeBooleanField("meets_minimum", !report.coverageBelowMinimum());
    }
    json.writeArrayFieldStart("files");
    for (Coverage.FileCoverage file : coverage.files()) {
      json.writeStartObject();
      json.writeStringField("file", file.file().toString());
      json.writeNumberField("fired", file.fired());
      json.writeNumberField("total", file.rules().size());
      json.writeNumberField("ratio", Numbers.json(file.ratio()));
      json.writeArrayFieldStart("rules");
      for (RuleCoverage rule : file.rules()) {
        json.writeStartObject();
        json.writeStringField("rule", rule.rule().name());
        json.writeNumberField("line", rule.rule().line());
        json.writeNumberField("scenarios", rule.scenarios());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("never_fired");
    for (RuleCoverage rule : coverage.neverFired()) {
      json.writeString(rule.rule().name());
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static String name(CaseResult.Status status) {
    return status.name().toLowerCase(Locale.ROOT);
  }
}
