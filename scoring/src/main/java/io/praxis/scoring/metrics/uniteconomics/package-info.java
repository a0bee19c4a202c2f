/**
 * The {@code unit_economics} family: cost per action, cost per success and success rate of an AI
 * feature, each undefined when its divisor is 0.
 */
package io.praxis.scoring.metrics.uniteconomics;
