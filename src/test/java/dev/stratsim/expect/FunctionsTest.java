package dev.stratsim.expect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A later feature adds functions by extending the registry; these show how. */
class FunctionsTest {
  // Stands in for P(boolean): its body sees the unevaluated argument, as an aggregate over
  // Monte Carlo samples must. Here the "samples" are two fixed runs.
  private static final FunctionSpec P = new FunctionSpec("P", List.of(Kind.BOOLEAN),
      Kind.NUMBER, (args, facts, evaluate) -> {
        List<Facts> samples = ((Samples) facts).runs();
        return samples.stream().filter(run -> Evaluator.evaluate(args.get(0), run).holds())
            .count() / (double) samples.size();
      });

  private record Samples(List<Facts> runs) implements Facts {
    @Override
    public double metric(String actor, String metric, Integer year) {
      throw new EvaluationException("use P(...) to look at samples");
    }

    @Override
    public boolean fired(String rule) {
      throw new EvaluationException("use P(...) to look at samples");
    }
  }

  private record Run(double rank) implements Facts {
    @Override
    public double metric(String actor, String metric, Integer year) {
      return rank;
    }

    @Override
    public boolean fired(String rule) {
      return false;
    }
  }

  @Test
  void aRegisteredFunctionParsesChecksAndEvaluates() {
    Functions functions = Functions.defaults().with(P);
    Expr check = ExpressionParser.parseCheck("P(meta.rank <= 2) >= 0.5", functions);
    Evaluation result = Evaluator.evaluate(check, new Samples(List.of(new Run(1), new Run(3))));
    assertThat(result.holds()).isTrue();
    assertThat(result.describeSeen()).isEqualTo("P(meta.rank <= 2) was 0.5");
  }

  @Test
  void checksArgumentKindsAndArityAgainstTheSpec() {
    Functions functions = Functions.defaults().with(P);
    Map<String, String> errors = Map.of(
        "P(meta.rank) > 0", "expected a true/false value as argument 1 of P, found a number",
        "P() > 0", "expected a true/false value as argument 1 of P, found ')'",
        "P(true, false) > 0", "expected ')': P takes 1 argument");
    errors.forEach((source, reason) -> assertThatThrownBy(
        () -> ExpressionParser.parseCheck(source, functions))
        .as(source).isInstanceOf(ExpressionException.class)
        .extracting(e -> ((ExpressionException) e).reason()).isEqualTo(reason));
  }

  @Test
  void theDefaultParserDoesNotKnowAddedFunctions() {
    Functions.defaults().with(P);
    assertThatThrownBy(() -> ExpressionParser.parse("P(true)"))
        .hasMessage("unknown function 'P' (known: effect, fired, nodeal) at column 1");
  }

  @Test
  void aNameIsRegisteredOnce() {
    assertThatThrownBy(() -> Functions.defaults().with(Functions.FIRED))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Functions.none().names()).isEmpty();
    assertThat(Functions.defaults().names()).containsExactly("fired", "effect", "nodeal");
    assertThat(Functions.FIRED.signature()).isEqualTo("fired(string) -> boolean");
    assertThat(Functions.NODEAL.signature()).isEqualTo("nodeal(any) -> any");
  }

  @Test
  void aFunctionNameCannotBeAKeyword() {
    assertThatThrownBy(() -> new FunctionSpec("not", List.of(), Kind.BOOLEAN, (a, f, e) -> true))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aResultOfAnyKindIsTheKindOfTheFirstArgument() {
    assertThat(ExpressionParser.parse("nodeal(meta.rank)").kind()).isEqualTo(Kind.NUMBER);
    assertThat(ExpressionParser.parse("nodeal(meta.rank <= 2)").kind()).isEqualTo(Kind.BOOLEAN);
    assertThatThrownBy(() -> new FunctionSpec("same", List.of(Kind.NUMBER), Kind.ANY, (a, f, e) -> 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aFunctionWithoutParametersTakesEmptyParentheses() {
    FunctionSpec always = new FunctionSpec("always", List.of(), Kind.BOOLEAN, (a, f, e) -> true);
    Functions functions = Functions.none().with(always);
    assertThat(ExpressionParser.parseCheck("always()", functions).toString())
        .isEqualTo("always()");
    assertThatThrownBy(() -> ExpressionParser.parseCheck("always(1)", functions))
        .hasMessage("expected ')': always takes no arguments at column 8");
  }
}
