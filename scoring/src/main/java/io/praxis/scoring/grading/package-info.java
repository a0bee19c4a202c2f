/**
 * The rubric grader: {@link io.praxis.scoring.grading.Grader} reads a learner's answer the way the
 * rubric's author described (stemmed phrase matching with synonyms, negation and "says something"
 * checks, exemplar similarity, anti-indicators), and returns a
 * {@link io.praxis.scoring.grading.GradeReport} with per-criterion levels, the sentences that
 * earned them as character offsets into the answer, what is missing, an overall score, a
 * confidence and the flags that guard against gaming (pasted prompt, keyword stuffing, padding,
 * off-topic text, gibberish). Text handling (tokens, sentences, word lists) is package-private here.
 */
package io.praxis.scoring.grading;
