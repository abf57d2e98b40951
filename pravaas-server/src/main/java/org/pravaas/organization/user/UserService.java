package org.pravaas.organization.user;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.organization.Access;
import org.pravaas.organization.CurrentUser;
import org.pravaas.organization.OfficeId;
import org.pravaas.organization.Role;
import org.pravaas.shared.Ids;
import org.pravaas.shared.NotFoundException;
import org.pravaas.shared.Page;
import org.pravaas.shared.PageRequest;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.RuleViolation.Violation;
import org.pravaas.shared.StaleUpdateException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administering accounts: administrators manage the users of the offices in their subtree,
 * and may not lock themselves out by removing their own administrator role or deactivating
 * themselves.
 */
@Service
public class UserService {
    private final Users users;
    private final Access access;
    private final AuditLog audit;
    private final PasswordPolicy passwords;
    private final PasswordEncoder encoder;

    UserService(Users users, Access access, AuditLog audit, PasswordPolicy passwords, PasswordEncoder encoder) {
        this.users = users;
        this.access = access;
        this.audit = audit;
        this.passwords = passwords;
        this.encoder = encoder;
    }

    @Transactional(readOnly = true)
    public Page<User> search(Users.Query query, PageRequest page) {
        CurrentUser admin = access.requireRole(Role.ADMINISTRATOR);
        return users.search(admin.officePath(), query, page);
    }

    @Transactional(readOnly = true)
    public User get(UUID id) {
        access.requireRole(Role.ADMINISTRATOR);
        User user = users.find(id).orElseThrow(() -> new NotFoundException("user", id));
        access.requireOffice(new OfficeId(user.officeId()));
        return user;
    }

    @Transactional
    public User create(UserCommand command) {
        access.requireRole(Role.ADMINISTRATOR);
        List<Violation> violations = check(command);
        String password = command.password() == null ? "" : command.password();
        passwords.check("password", password, command.username()).ifPresent(violations::add);
        throwIfAny(violations);
        UUID id = Ids.newId();
        try {
            users.insert(id, command, encoder.encode(password));
        } catch (DuplicateKeyException e) {
            throw duplicate(e);
        }
        audit.record(
                AuditEvent.of("user.created", "user", id, command.officeId()).withDetails("roles=" + command.roles()));
        return get(id);
    }

    @Transactional
    public User change(UUID id, long expectedVersion, UserCommand command) {
        CurrentUser admin = access.current();
        User before = get(id);
        List<Violation> violations = check(command);
        if (admin.id().value().equals(id) && (!command.roles().contains(Role.ADMINISTRATOR) || !command.active())) {
            violations.add(new Violation("roles", "user.self-lockout"));
        }
        throwIfAny(violations);
        try {
            if (!users.update(id, expectedVersion, command)) {
                throw new StaleUpdateException("user", id, before.version());
            }
        } catch (DuplicateKeyException e) {
            throw duplicate(e);
        }
        audit.record(AuditEvent.of(action(before, command), "user", id, command.officeId())
                .withDetails(changedFields(before, command)));
        return get(id);
    }

    @Transactional
    public void unlock(UUID id) {
        User user = get(id);
        users.lockUntil(id, null);
        audit.record(AuditEvent.of("user.unlocked", "user", id, user.officeId()));
    }

    @Transactional
    public void resetPassword(UUID id, String newPassword) {
        User user = get(id);
        passwords.check("password", newPassword, user.username()).ifPresent(v -> {
            throw new RuleViolation(List.of(v));
        });
        users.changePassword(id, encoder.encode(newPassword));
        audit.record(AuditEvent.of("user.password-reset", "user", id, user.officeId()));
    }

    private List<Violation> check(UserCommand command) {
        List<Violation> violations = new ArrayList<>();
        if (!access.covers(new OfficeId(command.officeId()))) {
            violations.add(new Violation("officeId", "office.out-of-scope"));
        }
        if (command.roles().contains(Role.PARTNER) != (command.partnerId() != null)) {
            violations.add(new Violation("partnerId", "user.partner.required-for-role"));
        }
        return violations;
    }

    private static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new RuleViolation(violations);
        }
    }

    private static RuleViolation duplicate(DuplicateKeyException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("email")
                ? new RuleViolation("email", "user.email.taken")
                : new RuleViolation("username", "user.username.taken");
    }

    private static String action(User before, UserCommand after) {
        if (before.active() && !after.active()) {
            return "user.deactivated";
        }
        return !before.active() && after.active() ? "user.reactivated" : "user.changed";
    }

    private static String changedFields(User before, UserCommand after) {
        List<String> changed = new ArrayList<>();
        if (!before.username().equals(after.username())) changed.add("username");
        if (!before.fullName().equals(after.fullName())) changed.add("fullName");
        if (!before.email().equals(after.email())) changed.add("email");
        if (!before.officeId().equals(after.officeId())) changed.add("office");
        if (!before.roles().equals(after.roles())) changed.add("roles=" + after.roles());
        if (!before.language().equals(after.language())) changed.add("language");
        if (before.active() != after.active()) changed.add("active=" + after.active());
        return "changed: " + String.join(", ", changed);
    }
}
