package dev.stratsim.briefing.write;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stratsim.output.calibrate.CalibrationJson;
import dev.stratsim.output.Json;
import dev.stratsim.output.run.ProjectionJson;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.stratsim.briefing.model.Briefing;
import dev.stratsim.briefing.model.Fingerprint;
import dev.stratsim.briefing.model.Text;
import dev.stratsim.briefing.view.Views;

/**
 * {@code report.json}, following {@code schema/report.schema.json}: the cases with their summary,
 * positions and attribution, every projection in the {@code run --format json} contract, the
 * inputs with their sources, and the fingerprint. The document is the records below and in
 * {@link JsonInputs}, through {@link Json#MAPPER}: every field is written, null included, except
 * those marked {@link Include#NON_NULL}, which are left out when there is nothing to say.
 */
public final class JsonReport {
  static final int VERSION = 1;

  private JsonReport() {}

  public static String write(Briefing b) {
    Fingerprint f = b.fingerprint();
    return Json.text(new Document(VERSION, b.title(), b.generatedAt(), b.focus(),
        new Stamp(f.stratsim(), f.rulesSha256(), f.scenarios(), f.samples(), f.samples() == null ? null : f.seed()),
        b.cases().stream().map(c -> kase(c)).toList(),
        b.projections().stream().map(p -> ProjectionJson.of(p, b.vocabulary(), f.stratsim())).toList(),
        JsonInputs.of(b),
        b.uncertainty().map(u -> JsonInputs.uncertainty(u, Views.label(b, u, Views.names(b)))).orElse(null),
        // The calibration as calibrate --format json wrote it, so one reader serves both.
        b.calibration().map(CalibrationJson::tree).orElse(null))) + "\n";
  }

  @JsonInclude(Include.ALWAYS)
  record Document(int reportVersion, String title, @JsonInclude(Include.NON_NULL) String generatedAt, String focus,
      Stamp fingerprint, List<Case> cases, List<Object> projections, JsonInputs.Inputs inputs,
      @JsonInclude(Include.NON_NULL) JsonInputs.Spread uncertainty,
      @JsonInclude(Include.NON_NULL) JsonNode calibration) {}

  /** The fingerprint; {@code samples} and {@code seed} only for a report with samples. */
  @JsonInclude(Include.ALWAYS)
  record Stamp(String stratsim, String rulesSha256, Map<String, String> scenariosSha256,
      @JsonInclude(Include.NON_NULL) Integer samples, @JsonInclude(Include.NON_NULL) Long seed) {}

  @JsonInclude(Include.ALWAYS)
  record Case(String scenario, String reference, List<String> summary, int year, List<Place> positions,
      @JsonInclude(Include.NON_NULL) Shares attribution) {}

  /** An actor's position; the reference's only where the reference has the actor. */
  @JsonInclude(Include.ALWAYS)
  record Place(String actor, String arena, int rank, BigDecimal index, Map<String, BigDecimal> pillars,
      @JsonInclude(Include.NON_NULL) Integer referenceRank, @JsonInclude(Include.NON_NULL) BigDecimal referenceIndex,
      @JsonInclude(Include.NON_NULL) Map<String, BigDecimal> referencePillars) {}

  @JsonInclude(Include.ALWAYS)
  record Shares(String actor, String method, int startYear, int endYear, BigDecimal startIndex,
      BigDecimal endIndex, List<Share> contributions, BigDecimal bounds) {}

  @JsonInclude(Include.ALWAYS)
  record Share(String rule, BigDecimal indexPoints, Map<String, BigDecimal> pillarPoints, int firstYear,
      int lastYear) {}

  private static Case kase(Briefing.Case c) {
    return new Case(c.projection().scenario().id(), c.reference().scenario().id(), c.summary(),
        c.projection().last().year(), c.positions().stream().map(p -> new Place(p.actor(), p.arena(), p.rank(),
            Text.decimal(p.index()), decimals(p.pillars()), p.referenceRank(),
            p.referenceRank() == null ? null : Text.decimal(p.referenceIndex()),
            p.referenceRank() == null ? null : decimals(p.referencePillars()))).toList(),
        c.attribution().map(a -> new Shares(a.actor(), "aumann-shapley", a.startYear(), a.endYear(),
            Text.decimal(a.startIndex()), Text.decimal(a.endIndex()),
            a.contributions().stream().map(s -> new Share(s.rule(), Text.decimal(s.index()), decimals(s.points()),
                s.firstYear(), s.lastYear())).toList(), Text.decimal(a.bounds()))).orElse(null));
  }

  /** Every value as {@link Text#decimal} writes it, in the map's order. */
  static Map<String, BigDecimal> decimals(Map<String, Double> values) {
    Map<String, BigDecimal> written = new LinkedHashMap<>();
    values.forEach((name, value) -> written.put(name, Text.decimal(value)));
    return written;
  }
}
