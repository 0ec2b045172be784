/**
 * The {@code expect:} expression language: checks a scenario states about its own outcome, such
 * as {@code meta.rank@2029 <= 2}.
 *
 * <p>{@link dev.stratsim.expect.ExpressionParser} turns text into an {@link
 * dev.stratsim.expect.Expr} tree (the grammar is in its javadoc); {@link
 * dev.stratsim.expect.Evaluator} evaluates a tree against a run's {@link
 * dev.stratsim.expect.Facts}; {@link dev.stratsim.expect.Expr#references} and {@link
 * dev.stratsim.expect.Expr#firedRules} let a linter check names without running anything.
 */
package dev.stratsim.expect;
