/**
 * Statistical checks: the {@code expect:} language plus functions that summarise an expression
 * over Monte Carlo samples, such as {@code P(meta.rank@2029 <= 2) >= 0.6}. {@link
 * dev.stratsim.expect.sample.Statistics} parses and vets them; whoever draws the samples implements {@link
 * dev.stratsim.expect.sample.Samples} to evaluate them.
 */
package dev.stratsim.expect.sample;
