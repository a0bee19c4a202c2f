/**
 * Each learner's 90-day plan: the template from the content module dated from the learner's
 * cohort start (or a start they chose outside a cohort), counted in whole days of the plan's
 * time zone, with per-task check-off, reflection and rescheduling, automatic completion when
 * the linked lesson, module or case is done, and the pace (tasks done against tasks due)
 * that the learner sees and the cohort dashboard reads for all its learners at once
 * ({@link io.praxis.app.plan.DashboardPlanPace}: read-only, a fixed number of queries). Date
 * arithmetic is pure ({@link io.praxis.app.plan.PlanCalendar}, {@link io.praxis.app.plan.PlanCalculator})
 * so that month ends, daylight-saving changes and late joiners are tested without Spring.
 */
package io.praxis.app.plan;
