package dev.stratsim.report;

import dev.stratsim.engine.Projection;
import java.util.List;

/**
 * What the user asked to see.
 *
 * @param year the year to show, or null for each scenario's last year
 * @param nodeal whether to show each number in the same scenario without its deals, and the deal
 *     effect ({@code --nodeal})
 * @param pillars the pillars in the order to show them
 */
public record RunOptions(Integer year, boolean explain, boolean nodeal, List<String> pillars, String version) {

  int yearOf(Projection projection) {
    return year == null ? projection.last().year() : year;
  }
}
