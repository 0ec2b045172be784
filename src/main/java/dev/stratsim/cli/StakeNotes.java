package dev.stratsim.cli;

import dev.stratsim.analysis.sweep.Vary;
import dev.stratsim.model.Vocabulary;
import dev.stratsim.output.Numbers;
import dev.stratsim.scenario.Deal;
import dev.stratsim.scenario.Scenario;
import dev.stratsim.scenario.ScenarioLoader;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A what-if that changes a deal's stake but not its price changes what the price says the whole
 * company is worth (price / stake), which the rules read as a new valuation. It is said, with the
 * price that would keep the valuation, so a what-if on the stake is not read as one on the price.
 */
final class StakeNotes {
  private static final Pattern STAKE = Pattern.compile("\\s*deals\\[(\\d+)]\\.stake\\s*=.*");

  private StakeNotes() {}

  /**
   * Notes each {@code --set deals[N].stake=...} without a {@code deals[N].amount_usd} beside it.
   * Called once the arguments and scenarios have been checked, with the scenarios as edited; only
   * then, and only for such a --set, is each file read again without the edits, in milliseconds.
   */
  static void warn(PrintWriter err, Vocabulary vocabulary, List<Scenario> edited, List<String> sets) {
    for (String set : sets) {
      Matcher m = STAKE.matcher(set);
      if (!m.matches() || sets.stream().anyMatch(s -> s.strip().startsWith("deals[" + m.group(1) + "].amount_usd"))) {
        continue;
      }
      int i = Integer.parseInt(m.group(1));
      for (Scenario after : edited) {
        Scenario before = new ScenarioLoader(vocabulary).template(after.file(), List.of()).central();
        if (i >= before.deals().size() || i >= after.deals().size()) {
          continue;
        }
        Deal was = before.deals().get(i);
        Deal is = after.deals().get(i);
        if (was.amountUsd() <= 0 || was.stake() <= 0 || is.stake() <= 0 || was.stake() == is.stake()) {
          continue;
        }
        double kept = was.amountUsd() / was.stake() * is.stake();
        String target = after.actors().containsKey(is.target()) ? after.actors().get(is.target()).name() : is.target();
        err.println(ErrorHandler.line("note: ", after.id() + ": --set " + set.strip() + " keeps the deal's price of "
            + Numbers.usd(is.amountUsd()) + ", so it now values " + target + " at " + Numbers.usd(is.amountUsd() / is.stake())
            + " instead of " + Numbers.usd(was.amountUsd() / was.stake()) + "; to keep that valuation, also --set deals["
            + i + "].amount_usd=" + new BigDecimal(kept, new MathContext(3)).stripTrailingZeros().toString().replace("E+", "e")));
      }
    }
    err.flush();
  }

  /**
   * The same for {@code sweep --vary deals[N].stake=...}: a grid cannot move the price with the
   * stake, so the note says how far the implied valuation runs over the sweep, for the reader to
   * weigh the results, unless the price is varied or set too.
   */
  static void warnVaried(PrintWriter err, Scenario scenario, List<Vary> varies, List<String> sets) {
    for (Vary vary : varies) {
      Matcher m = STAKE.matcher(vary.path() + "=");
      if (!m.matches()) {
        continue;
      }
      int i = Integer.parseInt(m.group(1));
      String price = "deals[" + i + "].amount_usd";
      if (i >= scenario.deals().size() || varies.stream().anyMatch(v -> v.path().equals(price))
          || sets.stream().anyMatch(s -> s.strip().startsWith(price))) {
        continue;
      }
      Deal deal = scenario.deals().get(i);
      double low = vary.values().stream().mapToDouble(v -> v.asDouble()).filter(v -> v > 0).min().orElse(0);
      double high = vary.values().stream().mapToDouble(v -> v.asDouble()).max().orElse(0);
      if (deal.amountUsd() <= 0 || deal.stake() <= 0 || low <= 0) {
        continue;
      }
      String target = scenario.actors().containsKey(deal.target()) ? scenario.actors().get(deal.target()).name()
          : deal.target();
      err.println(ErrorHandler.line("note: ", scenario.id() + ": --vary " + vary.path() + " keeps the deal's price of "
          + Numbers.usd(deal.amountUsd()) + ", so the value it implies for " + target + " runs from "
          + Numbers.usd(deal.amountUsd() / low) + " (stake " + plain(low) + ") to " + Numbers.usd(deal.amountUsd() / high)
          + " (stake " + plain(high) + "), against " + Numbers.usd(deal.amountUsd() / deal.stake()) + " as written"));
    }
    err.flush();
  }

  private static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
