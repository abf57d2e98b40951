package org.pravaas.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.organization.office.OfficeCommand;
import org.pravaas.organization.office.OfficeType;
import org.pravaas.organization.office.Offices;
import org.pravaas.organization.user.PasswordPolicy;
import org.pravaas.organization.user.UserCommand;
import org.pravaas.organization.user.Users;
import org.pravaas.shared.Ids;
import org.pravaas.shared.RuleViolation;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates administrators from the command line, where nobody is signed in: the way the first
 * administrator of a new installation comes to exist. On an empty database it also opens the
 * headquarters the administrator belongs to.
 */
@Service
public class Administrators {
    private final Users users;
    private final Offices offices;
    private final PasswordPolicy passwords;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    Administrators(Users users, Offices offices, PasswordPolicy passwords, PasswordEncoder encoder, AuditLog audit) {
        this.users = users;
        this.offices = offices;
        this.passwords = passwords;
        this.encoder = encoder;
        this.audit = audit;
    }

    /** Headquarters to open when the database has no office yet. */
    public record Headquarters(String name, String country, String city, String timeZone) {}

    @Transactional
    public UUID create(
            String username,
            String fullName,
            String email,
            String officeCode,
            String password,
            @Nullable Headquarters headquarters) {
        UUID office = officeFor(officeCode, headquarters);
        passwords.check("password", password, username).ifPresent(v -> {
            throw new RuleViolation(List.of(v));
        });
        if (users.findLogin(username).isPresent()) {
            throw new RuleViolation("username", "user.username.taken");
        }
        UUID id = Ids.newId();
        users.insert(
                id,
                new UserCommand(username, fullName, email, office, null, "en", Set.of(Role.ADMINISTRATOR), true, null),
                encoder.encode(password));
        audit.record(AuditEvent.of("user.created", "user", id, office)
                .withDetails("roles=[ADMINISTRATOR] via CLI")
                .by("cli"));
        return id;
    }

    private UUID officeFor(String code, @Nullable Headquarters headquarters) {
        Optional<UUID> existing = offices.findByCode(code).map(o -> o.id());
        if (existing.isPresent()) {
            return existing.get();
        }
        if (offices.count("/") > 0 || headquarters == null) {
            throw new RuleViolation("office", "office.unknown-code", code);
        }
        UUID id = Ids.newId();
        offices.insert(
                id,
                new OfficeCommand(
                        code,
                        headquarters.name(),
                        OfficeType.HEADQUARTERS,
                        null,
                        headquarters.country(),
                        headquarters.city(),
                        headquarters.timeZone(),
                        List.of("en"),
                        LocalDate.now(),
                        null),
                "/" + id + "/");
        audit.record(AuditEvent.of("office.created", "office", id, id).by("cli"));
        return id;
    }
}
