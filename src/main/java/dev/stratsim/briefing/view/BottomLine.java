package dev.stratsim.briefing.view;

import dev.stratsim.briefing.model.Attribution;
import dev.stratsim.briefing.model.Briefing;
import dev.stratsim.briefing.model.Text;
import dev.stratsim.briefing.model.Uncertainty;
import dev.stratsim.engine.Projection;
import dev.stratsim.engine.YearResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the summary opens with, for the focus actor: where it lands and against what, how sure the
 * report can be of it, and why (the rules that moved its index most, in their rationale's words).
 * Every number is one the report shows elsewhere, rounded the same way.
 *
 * @param where where the focus actor ends, against the reference
 * @param sure how sure: the Monte Carlo odds when samples were drawn, else what was not measured
 * @param why one line per rule, largest contribution first
 */
record BottomLine(String where, String sure, List<String> why) {
  boolean hasWhy() {
    return !why.isEmpty();
  }

  /** Rules quoted in "why". */
  static final int WHY_RULES = 3;
  /** "It rises to" and the rest ("78.6 (+4.3)"): the verb that indexes moving the same way share. */
  private static final java.util.regex.Pattern MOVE = java.util.regex.Pattern.compile("(It \\w+ (?:to|at)) (.+)");
  /** Contributions smaller than this (index points) are not a reason. */
  private static final double NOTABLE = 0.05;

  static BottomLine of(Briefing b, Function<String, String> names) {
    String who = names.apply(b.focus());
    List<Briefing.Case> ranked = b.cases().stream().filter(c -> c.projection().last().ranks(b.focus())).toList();
    String where = ranked.isEmpty() ? who + " is not ranked in the last year of any scenario."
        : ranked.size() == 1 ? single(ranked.get(0), b.focus(), who) : several(ranked, b.focus(), who);
    return new BottomLine(where, sure(b, who), why(b, who));
  }

  private static String single(Briefing.Case c, String focus, String who) {
    YearResult last = c.projection().last();
    String lands = lands(last, focus, who) + ", with an index of " + Text.fixed1(last.index().get(focus));
    if (!c.isOwnReference() && comparable(c, focus)) {
      YearResult then = c.reference().year(last.year());
      return lands + ": " + against(last.index().get(focus), then.index().get(focus), title(c.reference()))
          + (then.rank().get(focus).equals(last.rank().get(focus)) ? ", where it is also "
              : ", where it is ") + Text.ordinal(then.rank().get(focus)) + ".";
    }
    if (!c.projection().scenario().deals().isEmpty() && c.projection().withoutDeals().last().ranks(focus)) {
      YearResult none = c.projection().withoutDeals().last();
      return lands + ": " + against(last.index().get(focus), none.index().get(focus), "the same scenario without its deals")
          + ", where it would be " + Text.ordinal(none.rank().get(focus)) + ".";
    }
    YearResult start = c.projection().start();
    return lands + ", from " + Text.ordinal(start.rank().get(focus)) + " and " + Text.fixed1(start.index().get(focus))
        + " at the start of " + c.projection().first().year() + ".";
  }

  /**
   * Several cases, as an executive would write it: where the actor ends (the year and the field
   * said once), then one short sentence per index, cases that read alike together. The reviewer's
   * example read "ends 2029 3rd ... and 2029 4th of 5", and four cases made one sentence of 80 words.
   */
  private static String several(List<Briefing.Case> cases, String focus, String who) {
    boolean oneYear = cases.stream().map(c -> c.projection().last().year()).distinct().count() == 1;
    String lands = oneYear ? landsIn(cases, focus, who) : landsEach(cases, focus, who);
    List<Projection> references = cases.stream().filter(c -> !c.isOwnReference() && comparable(c, focus))
        .map(Briefing.Case::reference).distinct().toList();
    boolean oneReference = references.size() == 1 && oneYear
        && cases.stream().allMatch(c -> c.isOwnReference() || c.reference() == references.get(0));
    Map<String, List<Briefing.Case>> byIndex = new LinkedHashMap<>();
    for (Briefing.Case c : cases) {
      double index = c.projection().last().index().get(focus);
      String key = Text.fixed1(index);
      if (!c.isOwnReference() && comparable(c, focus)) {
        double ref = c.reference().year(c.projection().last().year()).index().get(focus);
        key = oneReference ? (Text.fixed1(index).equals(Text.fixed1(ref)) ? "It stays at " + key
            : (index > ref ? "It rises to " : "It falls to ") + key + " (" + Text.shownChange(ref, index) + ")")
            : "Its index is " + key + ", " + against(index, ref, title(c.reference()));
      } else {
        key = "Its index is " + key;
      }
      byIndex.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
    }
    StringBuilder out = new StringBuilder(lands);
    if (oneReference) {
      Projection ref = references.get(0);
      int year = cases.get(0).projection().last().year();
      out.append(" Its index is ").append(Text.fixed1(ref.year(year).index().get(focus))).append(" in ")
          .append(title(ref)).append(".");
    }
    // Indexes that move the same way share a sentence: "It rises to 78.6 (+4.3) in A and to 77.7 (+3.4) in B."
    Map<String, List<String>> byVerb = new LinkedHashMap<>();
    for (Map.Entry<String, List<Briefing.Case>> e : byIndex.entrySet()) {
      java.util.regex.Matcher m = MOVE.matcher(e.getKey());
      String verb = m.matches() ? m.group(1) : e.getKey();
      String value = m.matches() ? m.group(2) + " in " : "in ";
      byVerb.computeIfAbsent(verb, v -> new ArrayList<>()).add(value + titles(e.getValue()));
    }
    byVerb.forEach((verb, parts) -> out.append(" ").append(verb).append(" ")
        .append(String.join(" and " + verb.substring(verb.lastIndexOf(' ') + 1) + " ", parts)).append("."));
    return out.toString();
  }

  /** All cases end the same year: {@code Meta ends 2029 3rd of 5 model builders in “A” and 4th in “B”.} */
  private static String landsIn(List<Briefing.Case> cases, String focus, String who) {
    Map<String, List<Briefing.Case>> byPlace = new LinkedHashMap<>();
    cases.forEach(c -> byPlace.computeIfAbsent(place(c.projection().last(), focus), k -> new ArrayList<>()).add(c));
    String year = who + " ends " + cases.get(0).projection().last().year() + " ";
    if (byPlace.size() == 1) {
      return year + byPlace.keySet().iterator().next() + " in " + (cases.size() == 2 ? "both" : "all " + cases.size())
          + " scenarios.";
    }
    // The field ("of 5 model builders") once, after the first place, when every place shares it.
    boolean oneField = byPlace.keySet().stream().map(k -> k.substring(k.indexOf(' '))).distinct().count() == 1;
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, List<Briefing.Case>> e : byPlace.entrySet()) {
      String place = oneField && !parts.isEmpty() ? e.getKey().substring(0, e.getKey().indexOf(' ')) : e.getKey();
      parts.add(place + " in " + titles(e.getValue()));
    }
    String one = year + Text.and(parts) + ".";
    if (one.split(" ").length <= SENTENCE_WORDS) {
      return one;
    }
    // Too long to read as one sentence: the first place, then one short sentence per other place.
    StringBuilder out = new StringBuilder(year + parts.get(0) + ".");
    parts.subList(1, parts.size()).forEach(part -> out.append(" It is ").append(part).append("."));
    return out.toString();
  }

  /** The most words a sentence of the bottom line runs to before it is split. */
  private static final int SENTENCE_WORDS = 40;

  /** Cases that end in different years: each with its own. */
  private static String landsEach(List<Briefing.Case> cases, String focus, String who) {
    Map<String, List<Briefing.Case>> byRank = new LinkedHashMap<>();
    cases.forEach(c -> byRank.computeIfAbsent(lands(c.projection().last(), focus, who), k -> new ArrayList<>()).add(c));
    return who + " ends " + Text.and(byRank.entrySet().stream().map(e -> e.getKey().substring(who.length()
        + " ends ".length()) + " in " + titles(e.getValue())).toList()) + ".";
  }

  /** {@code 4th of 5 model builders}. */
  private static String place(YearResult last, String focus) {
    String arena = last.arenaOf(focus);
    long of = last.rank().keySet().stream().filter(a -> last.arenaOf(a).equals(arena)).count();
    return Text.ordinal(last.rank().get(focus)) + " of " + of + " " + arena(arena);
  }

  /** {@code Meta ends 2029 4th of 5 model builders}. */
  private static String lands(YearResult last, String focus, String who) {
    String arena = last.arenaOf(focus);
    long of = last.rank().keySet().stream().filter(a -> last.arenaOf(a).equals(arena)).count();
    return who + " ends " + last.year() + " " + Text.ordinal(last.rank().get(focus)) + " of " + of + " " + arena(arena);
  }

  private static String arena(String arena) {
    return switch (arena) {
      case "models" -> "model builders";
      case "chips" -> "chip makers";
      case "compute" -> "compute providers";
      case "applications" -> "application companies";
      default -> "in " + arena;
    };
  }

  /** {@code 4.3 points above “No deal” (74.3)}, from the values as shown. */
  private static String against(double index, double ref, String what) {
    String distance = Text.shownDistance(index, ref);
    if (Text.fixed1(index).equals(Text.fixed1(ref))) {
      return "level with " + what + " (" + Text.fixed1(ref) + ")";
    }
    return distance + " points " + (index > ref ? "above " : "below ") + what + " (" + Text.fixed1(ref) + ")";
  }

  private static boolean comparable(Briefing.Case c, String focus) {
    int year = c.projection().last().year();
    return c.reference().scenario().period().contains(year) && c.reference().year(year).ranks(focus);
  }

  private static String title(Projection p) {
    return Text.quoted(p.scenario().title());
  }

  private static String titles(List<Briefing.Case> cases) {
    return Text.and(cases.stream().map(c -> title(c.projection())).toList());
  }

  private static String sure(Briefing b, String who) {
    return b.uncertainty().map(u -> sampled(u, who)).orElse("Not measured: each scenario is one projection with"
        + " every input at a single value, so this says where " + who + " lands if those inputs hold, not how likely"
        + " that is (report --samples N measures it).");
  }

  /** The likeliest rank and its odds, the chance of better, and the index's 90% range. */
  static String sampled(Uncertainty u, String who) {
    int likeliest = u.likeliestRank();
    String odds = Text.percent1(u.rankCounts().get(likeliest) / (double) u.samples());
    String better = likeliest == 1 ? ""
        : u.atLeast(likeliest - 1) == 0 ? ", and no sample ranks it " + Text.ordinal(likeliest - 1) + " or better"
        : ", with a " + Text.percent1(u.atLeast(likeliest - 1) / (double) u.samples()) + " chance of "
            + Text.ordinal(likeliest - 1) + " or better";
    return "Over " + u.samples() + " samples of " + u.inputs().size() + " uncertain input"
        + (u.inputs().size() == 1 ? "" : "s") + ", " + who + "'s likeliest rank in " + u.year() + " is "
        + Text.ordinal(likeliest) + " (" + odds + " of the samples)" + better + "; 90% of the samples put its index"
        + " between " + Text.fixed1(u.index().p5()) + " and " + Text.fixed1(u.index().p95()) + ".";
  }

  /** The rules that moved the focus actor's index most in the first case with a waterfall, each with its rationale. */
  private static List<String> why(Briefing b, String who) {
    Optional<Briefing.Case> first = b.cases().stream().filter(c -> c.attribution().isPresent()).findFirst();
    if (first.isEmpty()) {
      return List.of();
    }
    Attribution a = first.get().attribution().orElseThrow();
    String in = b.cases().size() == 1 ? "" : " in " + title(first.get().projection());
    return a.contributions().stream().filter(c -> Math.abs(c.index()) >= NOTABLE)
        .sorted(Comparator.comparingDouble((Attribution.Contribution c) -> -Math.abs(c.index())))
        .limit(WHY_RULES)
        .map(c -> Text.quoted(c.rule()) + " (" + Text.signed1(c.index()) + " index points" + in + "): "
            + firstSentence(b.rationales().getOrDefault(c.rule(), "")))
        .toList();
  }

  /** The first sentence of a rule's rationale, which states the mechanism; the rest qualifies it. */
  static String firstSentence(String rationale) {
    if (rationale.isBlank()) {
      return "the rule gives no rationale.";
    }
    int end = rationale.indexOf(". ");
    String sentence = end < 0 ? rationale : rationale.substring(0, end + 1);
    return Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1) + (sentence.endsWith(".") ? "" : ".");
  }
}
