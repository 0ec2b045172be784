package dev.stratsim.analysis.diff;

import dev.stratsim.problem.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What the rule change does to one scenario file. */
public sealed interface ScenarioDiff {
  Path file();

  /** Whether anything is reported for this scenario. */
  boolean changed();

  /**
   * The scenario ran on both sides.
   *
   * @param lastYear the scenario's last year, where a move is shown without its year
   * @param actors what moved in the run with every distribution at its central value
   * @param sampled what moved over Monte Carlo samples, for a scenario with distributions when
   *     samples were asked for
   */
  record Compared(String id, String title, Path file, int lastYear, List<ActorDiff> actors, List<RuleChange> rules,
      List<ExpectationChange> expectations, Optional<SampledDiff> sampled) implements ScenarioDiff {
    public Compared {
      actors = List.copyOf(actors);
      rules = List.copyOf(rules);
      expectations = List.copyOf(expectations);
    }

    @Override
    public boolean changed() {
      return !actors.isEmpty() || !rules.isEmpty() || !expectations.isEmpty()
          || sampled.filter(s -> !s.actors().isEmpty()).isPresent();
    }
  }

  /**
   * The scenario loads with one side's vocabulary only, say because it sets a metric the other
   * side's rules do not declare.
   *
   * @param loadsOn {@code base} or {@code current}
   * @param problems why it does not load on the other side
   */
  record OneSided(Path file, String loadsOn, List<Problem> problems) implements ScenarioDiff {
    public OneSided {
      problems = List.copyOf(problems);
    }

    @Override
    public boolean changed() {
      return true;
    }
  }
}
