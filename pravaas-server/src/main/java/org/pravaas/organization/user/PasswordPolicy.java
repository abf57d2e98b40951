package org.pravaas.organization.user;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.pravaas.shared.RuleViolation.Violation;
import org.springframework.stereotype.Component;

/**
 * What makes a password acceptable, after NIST SP 800-63B: long rather than complicated
 * (12 to 128 characters, any script), not one of the passwords attackers try first, not the
 * username, not a single repeated character.
 */
@Component
public class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final Set<String> COMMON = Set.of(
            "123456789012",
            "password1234",
            "passwordpassword",
            "qwertyuiopas",
            "111111111111",
            "000000000000",
            "abcdefghijkl",
            "iloveyou1234",
            "administrator",
            "welcome12345",
            "changeme1234",
            "letmein12345",
            "qwerty123456",
            "1q2w3e4r5t6y",
            "password123!",
            "p@ssw0rd1234",
            "aaaaaaaaaaaa",
            "football1234",
            "monkey123456",
            "sunshine1234");

    public Optional<Violation> check(String field, String password, String username) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(new Violation(field, "password.too-short", MIN_LENGTH));
        }
        if (length > MAX_LENGTH) {
            return Optional.of(new Violation(field, "password.too-long", MAX_LENGTH));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || password.codePoints().distinct().count() == 1) {
            return Optional.of(new Violation(field, "password.common"));
        }
        if (!username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of(new Violation(field, "password.contains-username"));
        }
        return Optional.empty();
    }
}
