package io.praxis.app.account;

/** Why a one-time password link was issued; the purpose sets how long it stays valid. */
public enum PasswordLinkPurpose {
    /** For a new account that has no password yet. */
    WELCOME,
    /** For an existing account whose password an admin reset. */
    RESET
}
