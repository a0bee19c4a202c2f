/**
 * Cohorts and their members. A cohort has a name, a start and an end date; its members are
 * learners and mentors (a mentor is a member whose account has the MENTOR role). Admins create
 * and edit cohorts, assign mentors and enrol learners one by one, from a CSV roster (validated
 * completely before anything is written, then imported in one transaction) or with an expiring
 * invite code that lets learners sign up themselves at {@code join/<code>}. Every admin action
 * goes to the audit log in the same transaction. The home page gets cohort summaries from here.
 */
package io.praxis.app.cohort;
