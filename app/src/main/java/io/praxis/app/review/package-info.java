/**
 * Mentor review: the queue of submitted answers from a mentor's cohorts (an admin's: everyone's),
 * claims that lock a submission to one mentor until released by hand or after a time-out, the
 * review screen (the grader's evidence and levels, the mentor's level and comment per criterion,
 * an overall comment, a per-mentor comment bank, autosaved drafts), release to the learner with
 * an in-app notification, amendments as new versions, and calibration of the grader against the
 * released reviews with a gold-set export. A review row carries an optimistic-locking version, so
 * two mentors (or two tabs) never overwrite each other silently. Every service method re-checks
 * on the server that the reader may see the learner's work. For the cohort dashboard it provides
 * the median review turnaround (submission to first release) and a learner's released reviews
 * ({@link io.praxis.app.review.DashboardReviewTurnaround},
 * {@link io.praxis.app.review.DashboardReviewHistory}).
 */
package io.praxis.app.review;
