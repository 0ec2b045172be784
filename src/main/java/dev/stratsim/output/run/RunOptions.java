package dev.stratsim.output.run;

import dev.stratsim.engine.Projection;
import dev.stratsim.model.Vocabulary;
import java.util.List;

/**
 * What the user asked to see.
 *
 * @param year the year to show, or null for each scenario's last year
 * @param nodeal whether to show each number in the same scenario without its deals, and the deal
 *     effect ({@code --nodeal})
 * @param vocabulary the rules' metrics: the pillars in the order to show them, and each unit
 */
public record RunOptions(Integer year, boolean explain, boolean nodeal, Vocabulary vocabulary, String version) {

  List<String> pillars() {
    return vocabulary.pillars();
  }

  int yearOf(Projection projection) {
    return year == null ? projection.last().year() : year;
  }
}
