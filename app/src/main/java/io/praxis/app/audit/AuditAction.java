package io.praxis.app.audit;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** What an audit entry records. Stored by name: rename a constant only with a migration. */
public enum AuditAction {
    COHORT_CREATED("Cohort created", true),
    COHORT_UPDATED("Cohort edited", true),
    LEARNER_ENROLLED("Learner enrolled", true),
    LEARNER_REMOVED("Learner removed from cohort", true),
    ROSTER_IMPORTED("CSV roster imported", true),
    INVITE_CREATED("Invite link created", true),
    INVITE_REVOKED("Invite link revoked", true),
    ACCOUNT_CREATED("Account created", true),
    ACCOUNT_DEACTIVATED("Account deactivated", true),
    ACCOUNT_REACTIVATED("Account reactivated", true),
    PASSWORD_LINK_ISSUED("Password reset link issued", true),
    INVITE_ACCEPTED("Signed up with an invite", false),
    PASSWORD_SET_WITH_LINK("Password set with a one-time link", false);

    private final String label;
    private final boolean adminAction;

    AuditAction(String label, boolean adminAction) {
        this.label = label;
        this.adminAction = adminAction;
    }

    /** What the log page calls this action. */
    public String label() {
        return label;
    }

    /** Whether only an admin performs it (the rest are self-service steps an admin enabled). */
    public boolean isAdminAction() {
        return adminAction;
    }

    public static Set<AuditAction> adminActions() {
        return Arrays.stream(values()).filter(AuditAction::isAdminAction)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(AuditAction.class)));
    }
}
