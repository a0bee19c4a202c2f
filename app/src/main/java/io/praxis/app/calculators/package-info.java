/**
 * The public metric calculators: {@code /calculators}, an index of all twelve, and
 * {@code /calculators/<id>}, one page per metric family of METRICS.md, open to everyone without
 * signing in. Each page explains what the metric is for, offers worked examples, validates every
 * input beside its field (an {@code InvalidInputException} from the scoring library is shown on
 * the field it names), states each result in product terms, shows undefined values as
 * "undefined" with their reason, draws charts with {@code io.praxis.app.charts}, and keeps its
 * inputs in the URL so a calculation can be shared and restored. All arithmetic is done by the
 * pure functions of {@code io.praxis.scoring.metrics}; this package parses, lays out and words.
 */
package io.praxis.app.calculators;
