/**
 * The {@code fairness} family: demographic parity difference and ratio, equal opportunity
 * difference and equalized odds difference between groups (Fairlearn's between-groups, worst-case
 * definitions), undefined where a group lacks the positives or negatives a rate needs.
 */
package io.praxis.scoring.metrics.fairness;
