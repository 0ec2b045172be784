package dev.stratsim.briefing.model;

import dev.stratsim.batch.Batch;
import dev.stratsim.batch.Metric;
import dev.stratsim.batch.Progress;
import dev.stratsim.batch.StopSignal;
import dev.stratsim.engine.Projection;
import dev.stratsim.engine.YearResult;
import dev.stratsim.engine.Simulator;
import dev.stratsim.scenario.ScenarioTemplate;
import dev.stratsim.analysis.sensitivity.Spider;
import dev.stratsim.analysis.sensitivity.Tornado;
import dev.stratsim.analysis.simulate.Simulation;
import dev.stratsim.analysis.simulate.SimulationResult;
import dev.stratsim.analysis.simulate.Summary;
import dev.stratsim.uncertainty.Sampling;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The Monte Carlo section on the engines of {@code simulate} and {@code sensitivity}: the same
 * metrics ({@code ACTOR.index} and {@code ACTOR.rank} in the last year) over the same seeded
 * samples, so the report's numbers are those {@code simulate --samples N --seed S} prints, and
 * the tornado {@code sensitivity} computes for the actor's index.
 */
public final class MonteCarlo implements UncertaintyEstimator {
  private final int threads;
  private final Sampling sampling;
  private final Progress progress;
  private final StopSignal stop;

  /**
   * @param threads worker threads; the results do not depend on it
   * @param progress stepped once per sample
   * @param stop cuts the sampling short; the estimate is then incomplete and must not be written
   */
  public MonteCarlo(int threads, Progress progress, StopSignal stop) {
    this(threads, Sampling.random, progress, stop);
  }

  /** @param sampling how the samples are drawn, as {@code simulate --sampling} */
  public MonteCarlo(int threads, Sampling sampling, Progress progress, StopSignal stop) {
    this.threads = threads;
    this.sampling = sampling;
    this.progress = progress;
    this.stop = stop;
  }

  /** Sampling was stopped (Ctrl-C): there is no estimate, and the report must not be written. */
  public static final class Stopped extends RuntimeException {
    Stopped() {
      super("stopped", null, false, false);
    }
  }

  @Override
  public Uncertainty estimate(Simulator simulator, ScenarioTemplate template, String actor, int samples, long seed) {
    List<Metric> metrics = Metric.indexAndRank(actor);
    Simulation.Settings settings = new Simulation.Settings(samples, seed, threads, sampling);
    SimulationResult result = new Simulation(simulator).run(template, metrics, settings, progress, stop);
    if (result.stopped()) {
      throw new Stopped();
    }
    Summary index = result.summary(metrics.get(0));
    Summary rank = result.summary(metrics.get(1));
    Tornado tornado = Tornado.of(template, metrics.get(0), simulator, List.of(),
        new Batch(threads, Progress.NONE, stop));
    Spider spider = Spider.of(template, metrics.get(0), simulator, new Batch(threads, Progress.NONE, stop));
    if (stop.stopped()) {
      throw new Stopped();
    }
    Projection central = simulator.run(template.central());

    SortedMap<Double, Integer> counts = rank.counts();
    SortedMap<Integer, Integer> ranks = new TreeMap<>();
    YearResult last = central.last();
    Map<String, Integer> arenaSizes = new TreeMap<>();
    last.rank().keySet().forEach(a -> arenaSizes.merge(last.arenaOf(a), 1, Integer::sum));
    int places = arenaSizes.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    for (int r = 1; r <= places; r++) {
      ranks.put(r, counts.getOrDefault((double) r, 0));
    }
    Uncertainty.Distribution distribution = new Uncertainty.Distribution(index.mean(), index.percentile(5),
        index.percentile(25), index.percentile(50), index.percentile(75), index.percentile(95),
        Histogram.of(index.count(), index::value));
    List<Uncertainty.Spike> spikes = spikes(template, Simulation.design(template, settings), index,
        distribution.histogram());
    List<Uncertainty.Input> inputs = template.inputs().stream().map(in -> new Uncertainty.Input(in.path(),
        in.distribution().describe(), Tornado.label(in.distribution().central()))).toList();
    List<Uncertainty.Swing> swings = tornado.bars().stream().map(b -> new Uncertainty.Swing(b.input().path(),
        b.lowAt(), b.highAt(), b.low(), b.high())).toList();
    return new Uncertainty(template.central().id(), actor, last.severalArenas() ? last.arenaOf(actor) : "",
        result.year(), result.done(), seed,
        new Uncertainty.Central(tornado.base(), central.last().rank().get(actor)), distribution, ranks, inputs, swings,
        sampling, Arrays.stream(index.percentiles(IntStream.rangeClosed(0, 100).asDoubleStream().toArray()))
            .boxed().toList(),
        spider.lines().stream().map(l -> new Uncertainty.SpiderLine(l.input().path(), l.points().stream()
            .map(p -> new Uncertainty.SpiderPoint(p.percentile(), p.at(), p.value())).toList())).toList(),
        template.correlation().pairs().stream().map(pair -> new Uncertainty.Correlated(
            template.inputs().get(pair.first()).path(), template.inputs().get(pair.second()).path(), pair.rank(),
            pair.source())).toList(), spikes);
  }

  /**
   * What each spike of the histogram is, from the draws: a spike whose samples nearly all (19 in
   * 20) drew a few values of one choice input, values whose samples nearly all landed in it (4 in
   * 5), is those values ("the deal's outcome is collapsed or blocked"). Nothing is named for the
   * scenario: a choice of a relation or an assumption reads the same way.
   */
  private static List<Uncertainty.Spike> spikes(ScenarioTemplate template, dev.stratsim.uncertainty.Design design,
      Summary index, List<Uncertainty.Bin> bins) {
    List<Integer> choices = IntStream.range(0, template.inputs().size())
        .filter(j -> template.inputs().get(j).distribution() instanceof dev.stratsim.uncertainty.Choice).boxed().toList();
    List<Uncertainty.Spike> out = new java.util.ArrayList<>();
    if (choices.isEmpty()) {
      return out;
    }
    int n = index.count();
    List<List<String>> drawn = new java.util.ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      List<dev.stratsim.scenario.Edit> draws = template.draws(design, i);
      drawn.add(choices.stream().map(j -> Tornado.label(draws.get(j).value())).toList());
    }
    for (int b = 0; b < bins.size(); b++) {
      if (!Uncertainty.spike(bins, b, n)) {
        continue;
      }
      Uncertainty.Bin bin = bins.get(b);
      boolean last = b == bins.size() - 1;
      List<Integer> in = IntStream.range(0, n).filter(i -> index.value(i) >= bin.from()
          && (index.value(i) < bin.to() || last && index.value(i) <= bin.to())).boxed().toList();
      for (int c = 0; c < choices.size(); c++) {
        int k = c;
        Map<String, Long> counts = new TreeMap<>();
        in.forEach(i -> counts.merge(drawn.get(i).get(k), 1L, Long::sum));
        List<String> values = counts.entrySet().stream()
            .sorted(java.util.Comparator.comparingLong((Map.Entry<String, Long> e) -> -e.getValue()))
            .map(Map.Entry::getKey).toList();
        List<String> explaining = new java.util.ArrayList<>();
        long covered = 0;
        for (String v : values) {
          if (covered * 20 >= in.size() * 19L) {
            break;
          }
          explaining.add(v);
          covered += counts.get(v);
        }
        long withThem = IntStream.range(0, n).filter(i -> explaining.contains(drawn.get(i).get(k))).count();
        long options = ((dev.stratsim.uncertainty.Choice) template.inputs().get(choices.get(k)).distribution())
            .options().size();
        if (explaining.size() < options && covered * 5 >= withThem * 4) {
          out.add(new Uncertainty.Spike(b, template.inputs().get(choices.get(k)).path(),
              explaining.stream().sorted().toList()));
          break;
        }
      }
    }
    return out;
  }
}
