/**
 * The {@code confusion} family: accuracy, precision, recall, specificity, F1, F-beta, Matthews
 * correlation and balanced accuracy from the four counts of a binary confusion matrix, with each
 * 0/0 reported as undefined instead of scikit-learn's silent 0.
 */
package io.praxis.scoring.metrics.confusion;
