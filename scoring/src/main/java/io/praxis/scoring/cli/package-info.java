/**
 * The command-line grader for rubric authors, built as {@code scoring/target/praxis-grader.jar}:
 * {@link io.praxis.scoring.cli.GraderCli} grades one answer file against a case, evaluates the
 * grader on a gold set, and lists the cases with their rubric versions.
 */
package io.praxis.scoring.cli;
