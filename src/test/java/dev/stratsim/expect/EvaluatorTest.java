package dev.stratsim.expect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvaluatorTest {
  private static final String NEUTRALITY = "Neutrality loss drives customers away";
  private static final String BLOCK = "A regulator's block";

  private final FakeFacts facts = new FakeFacts(2025, 2029, Set.of(NEUTRALITY, BLOCK),
      Set.of(NEUTRALITY))
      .set("meta", "rank", 2025, 1).set("meta", "rank", 2029, 3)
      .set("meta", "data", 2025, 61.2).set("meta", "data", 2029, 70.456)
      .set("meta", "index", 2027, 40).set("google", "index", 2027, 52.5)
      .set("meta", "zero", 2029, 0)
      .set("scale-ai", "neutrality", 2029, 45)
      .set("google", "share:scale-ai", 2029, 0.1)
      .start("meta", "data", 60).start("google", "share:scale-ai", 0.35)
      .withoutDeals(withoutDeals());

  /** The same run without its deals, whose own counterfactual is itself, as a projection's is. */
  private static FakeFacts withoutDeals() {
    FakeFacts facts = new FakeFacts(2025, 2029, Set.of(NEUTRALITY, BLOCK), Set.of())
        .set("meta", "rank", 2029, 5).set("meta", "data", 2029, 62.5).set("meta", "zero", 2029, 0);
    return facts.withoutDeals(facts);
  }

  private Evaluation evaluate(String source) {
    return Evaluator.evaluate(ExpressionParser.parse(source), facts);
  }

  @ParameterizedTest(name = "{0}  ==>  {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      meta.rank@2029 <= 2                                   | false
      meta.rank@2025 <= 2                                   | true
      meta.data@2029 > meta.data@2025                       | true
      meta.rank == meta.rank@2029                           | true
      fired("Neutrality loss drives customers away")        | true
      scale-ai.neutrality < 50 and not fired("A regulator's block") | true
      (google.index@2027 - meta.index@2027) / 2 > -5        | true
      1 - 2 - 3 == -4                                       | true
      2 * 3 + 4 == 10                                       | true
      not false and false                                   | false
      true != false                                         | true
      fired("A regulator's block") == false                 | true
      meta.data@2029 - meta.data@start > 10                 | true
      meta.data@start == 60                                 | true
      google.share:scale-ai@2029 < google.share:scale-ai@start / 2 | true
      """)
  void evaluatesChecks(String source, boolean holds) {
    assertThat(evaluate(source).holds()).isEqualTo(holds);
  }

  @ParameterizedTest(name = "{0}  ==>  {1}")
  @CsvSource(delimiter = '|', textBlock = """
      (google.index@2027 - meta.index@2027) / 2   | 6.25
      -meta.rank                                  | -3
      8 / 4 / 2                                   | 1
      70e9 / 1e9                                  | 70
      """)
  void evaluatesNumbers(String source, double value) {
    assertThat(evaluate(source).value()).isEqualTo(value);
  }

  @Test
  void reportsWhatAFailingCheckSaw() {
    Expr check = ExpressionParser.parseCheck("meta.rank@2029 <= 2");
    Evaluation result = Evaluator.evaluate(check, facts);
    assertThat(result.holds()).isFalse();
    assertThat(result.describe(check)).isEqualTo("meta.rank@2029 <= 2: meta.rank@2029 was 3");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      meta.rank@2029 <= 2 or meta.data@2025 > 61    | meta.rank@2029 was 3, meta.data@2025 was 61.2
      meta.data > meta.data@2025 + meta.data        | meta.data was 70.46, meta.data@2025 was 61.2
      meta.rank > 9 and fired("Neutrality loss drives customers away") | meta.rank was 3
      fired("A regulator's block") or meta.zero == 0 | fired("A regulator's block") was false, meta.zero was 0
      1 + 1 == 2                                     | ``
      meta.data < 70.46                              | meta.data was 70.456
      meta.data == 70.46                             | meta.data was 70.456
      meta.data@2025 + meta.data >= 131.66           | meta.data@2025 was 61.2, meta.data was 70.456
      meta.data < 70.5                               | meta.data was 70.46
      meta.data > meta.data@start                    | meta.data was 70.46, meta.data@start was 60
      google.share:scale-ai < 0.2                    | google.share:scale-ai was 0.1
      """)
  void describesWhatItSawInOrderOfFirstAppearance(String source, String seen) {
    assertThat(evaluate(source).describeSeen()).isEqualTo(seen == null ? "" : seen);
  }

  @Test
  void listsACallBeforeWhatItsArgumentsLookedAt() {
    FunctionSpec twice = new FunctionSpec("twice", List.of(Kind.NUMBER), Kind.NUMBER,
        (args, facts, evaluate) -> 2 * (Double) evaluate.apply(args.get(0)));
    Functions functions = Functions.defaults().with(twice);
    Evaluation result =
        Evaluator.evaluate(ExpressionParser.parse("twice(meta.rank) > 5", functions), facts);
    assertThat(result.holds()).isTrue();
    assertThat(result.seen()).extracting(Observation::toString)
        .containsExactly("twice(meta.rank) was 6", "meta.rank was 3");
    assertThat(result.seen()).extracting(Observation::number).containsExactly(6.0, 3.0);
  }

  @ParameterizedTest(name = "{0}  ==>  {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      effect(meta.data)                       | 7.956
      nodeal(meta.data)                       | 62.5
      effect(meta.rank)                       | -2
      effect(meta.data - meta.rank)           | 9.956
      nodeal(effect(meta.data))               | 0
      effect(nodeal(meta.data))               | 0
      effect(meta.zero)                       | 0
      """)
  void comparesWithTheSameScenarioWithoutItsDeals(String source, double value) {
    assertThat((Double) evaluate(source).value()).isCloseTo(value, org.assertj.core.data.Offset.offset(1e-9));
  }

  @ParameterizedTest(name = "{0}  ==>  {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      nodeal(meta.rank@2029 <= 3)                                 | false
      meta.rank@2029 <= 3 and not nodeal(meta.rank@2029 <= 3)     | true
      fired("Neutrality loss drives customers away") and not nodeal(fired("Neutrality loss drives customers away")) | true
      effect(meta.data) > 5                                       | true
      """)
  void tellsWhatHoldsOnlyWithTheDeals(String source, boolean holds) {
    assertThat(evaluate(source).holds()).isEqualTo(holds);
  }

  @Test
  void anEffectShowsBothSidesItIsMadeOf() {
    assertThat(evaluate("effect(meta.data) > 5").describeSeen())
        .isEqualTo("effect(meta.data) was 7.96, meta.data was 70.46, nodeal(meta.data) was 62.5");
    assertThat(evaluate("nodeal(meta.rank <= 3)").describeSeen()).isEqualTo("nodeal(meta.rank <= 3) was false");
  }

  @Test
  void aRunWithoutACounterfactualSaysSo() {
    FakeFacts alone = new FakeFacts(2025, 2029, Set.of(), Set.of()).set("meta", "rank", 2029, 1);
    assertThatThrownBy(() -> Evaluator.evaluate(ExpressionParser.parse("effect(meta.rank) < 0"), alone))
        .isInstanceOf(EvaluationException.class)
        .hasMessage("effect(...) and nodeal(...) read the same scenario without its deals, which is not"
            + " available here");
  }

  @Test
  void shortCircuitsSoAGuardProtectsADivision() {
    assertThat(evaluate("meta.zero != 0 and meta.rank / meta.zero > 1").holds()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      meta.one * 1e308 * 10 > 0                          | 'meta.one * 1E+308 * 10' is not a finite number (Infinity)
      meta.one * 1e308 * 10 - meta.one * 1e308 * 10 != 0 | 'meta.one * 1E+308 * 10' is not a finite number (Infinity)
      -1e308 - 1e308 < 0                                 | '-1E+308 - 1E+308' is not a finite number (-Infinity)
      meta.three / 1e-308 > 0                            | 'meta.three / 1E-308' is not a finite number (Infinity)
      meta.nan > 0                                       | 'meta.nan' is not a finite number (NaN)
      """)
  void aNumberThatIsNotFiniteIsAnErrorNamingTheExpression(String source, String message) {
    FakeFacts odd = new FakeFacts(2025, 2029, Set.of(), Set.of()).set("meta", "one", 2029, 1)
        .set("meta", "three", 2029, 3).set("meta", "nan", 2029, Double.NaN);

    assertThatThrownBy(() -> Evaluator.evaluate(ExpressionParser.parse(source), odd))
        .isInstanceOf(EvaluationException.class)
        .hasMessage(message + "; keep the numbers it is made of smaller");
  }

  @Test
  void namesTheDivisorThatWasZero() {
    assertThatThrownBy(() -> evaluate("meta.rank / (meta.zero * 2) > 1"))
        .isInstanceOf(EvaluationException.class)
        .hasMessage("division by zero in 'meta.rank / (meta.zero * 2)': 'meta.zero * 2' is 0");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      scale-a.neutrality > 1     | unknown actor 'scale-a' (did you mean 'scale-ai'?; a '-' inside a name is part of it, put spaces around '-' to subtract)
      meta.rnak > 1              | unknown metric 'rnak' (did you mean 'rank'?)
      meta.rank@2031 > 1         | no year 2031 in this run (it covers 2025 to 2029)
      meta.rank@2024 > 1         | no year 2024 in this run (it covers 2025 to 2029)
      scale-ai.quality@start > 1 | unknown start value 'scale-ai.quality' (known: google.share:scale-ai, meta.data; a '-' inside a name is part of it, put spaces around '-' to subtract)
      meta.rank-1 > 1            | unknown metric 'rank-1' (did you mean 'rank'?; a '-' inside a name is part of it, put spaces around '-' to subtract)
      fired("Neutrality") or true | unknown rule 'Neutrality' (known: A regulator's block, Neutrality loss drives customers away)
      """)
  void passesOnHelpfulErrorsFromFacts(String source, String message) {
    assertThatThrownBy(() -> evaluate(source))
        .isInstanceOf(EvaluationException.class)
        .hasMessage(message);
  }

  @Test
  void aNumberIsNotACheck() {
    assertThatThrownBy(() -> evaluate("meta.rank").holds())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void reportsKindMismatchesInHandBuiltTrees() {
    Expr bad = new Expr.Binary(BinaryOp.ADD, new Expr.Num(1), new Expr.Bool(true));
    assertThatThrownBy(() -> Evaluator.evaluate(bad, facts))
        .isInstanceOf(EvaluationException.class)
        .hasMessage("expected a number from 'true'");
  }
}
