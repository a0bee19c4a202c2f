/**
 * The audit log: every admin action (cohorts, enrolments, imports, invites, account changes,
 * password links) and the self-service steps those actions enable (signing up with an invite,
 * setting a password with a link), each with who, what, when and the state before and after as
 * JSON. Entries are written in the same transaction as the change they describe, so a change is
 * never stored without its entry, and are never edited. Admins read and filter the log at
 * {@code admin/audit}.
 */
package io.praxis.app.audit;
