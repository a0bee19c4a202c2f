package io.praxis.app.account;

import java.util.Optional;

/**
 * The rules an account's fields must follow, each returning the problem in words a person can
 * act on, or empty when the value is fine. Forms show the problem beside the field; the CSV
 * import reports it with the line number. {@link AccountService#create} enforces the same rules.
 */
public final class AccountRules {

    /** Longest e-mail address (RFC 5321 path limit) and name the database holds. */
    public static final int MAX_EMAIL_LENGTH = 254;
    public static final int MAX_NAME_LENGTH = 120;

    private static final String EMAIL_PATTERN = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    private AccountRules() {
    }

    /** Checks an address as typed (it is trimmed and lower-cased before it is stored). */
    public static Optional<String> emailProblem(String email) {
        String normalised = Account.normaliseEmail(email);
        if (normalised.isEmpty()) {
            return Optional.of("An e-mail address is required");
        }
        if (normalised.length() > MAX_EMAIL_LENGTH) {
            return Optional.of("The e-mail address is longer than " + MAX_EMAIL_LENGTH + " characters");
        }
        if (!normalised.matches(EMAIL_PATTERN) || hasControlCharacter(normalised)) {
            return Optional.of("Not a valid e-mail address: " + email.strip());
        }
        return Optional.empty();
    }

    /** Checks a display name: 1 to 120 characters after trimming, no line breaks or control characters. */
    public static Optional<String> nameProblem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("A name is required");
        }
        if (name.strip().length() > MAX_NAME_LENGTH) {
            return Optional.of("A name of 1 to " + MAX_NAME_LENGTH + " characters is required");
        }
        if (hasControlCharacter(name)) {
            return Optional.of("The name must not contain line breaks or control characters");
        }
        return Optional.empty();
    }

    /** Checks a new password's length (the only rule: long passphrases beat composition rules). */
    public static Optional<String> passwordProblem(String password) {
        if (password == null || password.length() < AccountService.MIN_PASSWORD_LENGTH) {
            return Optional.of("The password must have at least " + AccountService.MIN_PASSWORD_LENGTH + " characters");
        }
        return Optional.empty();
    }

    private static boolean hasControlCharacter(String s) {
        return s.codePoints().anyMatch(Character::isISOControl);
    }
}
