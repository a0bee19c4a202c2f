/**
 * Tracking a cohort: the cohort dashboard (learners × modules progress heatmap, lessons completed
 * per week, practice attempts and average criterion level per skill area, the review backlog and
 * median turnaround, and the at-risk list with its reasons), CSV exports of progress and scores
 * escaped against formula injection, and the learner detail page. Admins see every cohort and
 * learner; a mentor only the cohorts they belong to and those cohorts' learners; learners nothing
 * here. {@link io.praxis.app.dashboard.DashboardService} checks this on the server and loads a
 * dashboard's data once, never per learner. Review turnaround, released reviews and plan pace come
 * from other features through the small interfaces {@link io.praxis.app.dashboard.ReviewTurnaround},
 * {@link io.praxis.app.dashboard.ReviewHistory} and {@link io.praxis.app.dashboard.PlanPace}, which
 * the review and plan features implement (bulk reads, a fixed number of queries per dashboard), so
 * this package depends on neither. "Behind the pace" is judged by the 90-day plan; a learner without
 * a plan falls back to the cohort's linear lesson pace. Without such a bean (a build without the
 * feature) the pages say "not available yet" and every learner is judged by the linear pace.
 */
package io.praxis.app.dashboard;
