/**
 * People, for admins: every account with its role, state and cohorts; creating accounts with
 * a one-time welcome link; deactivating and reactivating accounts (a deactivated account cannot
 * sign in, and an open session of it ends at its next navigation); and password reset links
 * that work once, shown to the admin to pass on. The anonymous page {@code reset/<token>} behind
 * those links also lives here. Every change is written to the audit log.
 */
package io.praxis.app.people;
