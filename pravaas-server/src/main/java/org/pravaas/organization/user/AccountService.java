package org.pravaas.organization.user;

import java.util.Set;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.organization.Access;
import org.pravaas.organization.CurrentUser;
import org.pravaas.shared.RuleViolation;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What every user does for their own account: choose a language, change their password. */
@Service
public class AccountService {
    public static final Set<String> LANGUAGES = Set.of("en", "fr", "es", "ar", "hi", "ko");

    private final Users users;
    private final Access access;
    private final AuditLog audit;
    private final PasswordPolicy passwords;
    private final PasswordEncoder encoder;

    AccountService(Users users, Access access, AuditLog audit, PasswordPolicy passwords, PasswordEncoder encoder) {
        this.users = users;
        this.access = access;
        this.audit = audit;
        this.passwords = passwords;
        this.encoder = encoder;
    }

    @Transactional
    public void rememberLanguage(String language) {
        if (LANGUAGES.contains(language)) {
            access.signedIn().ifPresent(user -> users.changeLanguage(user.id().value(), language));
        }
    }

    @Transactional
    public void changePassword(String current, String replacement, String confirmation) {
        CurrentUser user = access.current();
        Users.Login login = users.findLogin(user.id().value()).orElseThrow();
        if (!encoder.matches(current, login.passwordHash())) {
            throw new RuleViolation("currentPassword", "password.current-wrong");
        }
        if (!replacement.equals(confirmation)) {
            throw new RuleViolation("confirmation", "password.mismatch");
        }
        passwords.check("newPassword", replacement, user.username()).ifPresent(v -> {
            throw new RuleViolation(java.util.List.of(v));
        });
        users.changePassword(user.id().value(), encoder.encode(replacement));
        audit.record(AuditEvent.of(
                "user.password-changed", "user", user.id(), user.officeId().value()));
    }
}
