/**
 * The 90-day plan template as authored in {@code praxis/plan.yaml}: thirteen weeks in three
 * phases (foundations, application, network and experience), each with two to five concrete
 * tasks that link the lessons, cases, calculators and modules they need, and an optional rule
 * by which a task completes itself when the linked work is done. The template is shared by
 * every learner; each learner's dates and progress live in the app.
 */
package io.praxis.content.plan;
