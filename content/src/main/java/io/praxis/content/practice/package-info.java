/**
 * Practice material: case exercises with their versioned rubrics (criteria, level
 * descriptors and the indicators the grader uses), the standalone structured-answer rubric
 * and the interview question bank.
 */
package io.praxis.content.practice;
