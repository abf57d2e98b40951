package org.pravaas.organization.user;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.organization.Access;
import org.pravaas.organization.CurrentUser;
import org.pravaas.organization.OfficeId;
import org.pravaas.organization.Role;
import org.pravaas.shared.Ids;
import org.pravaas.shared.NotFoundException;
import org.pravaas.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens: a user creates and revokes their own; an administrator revokes those of users in
 * their scope. The token is returned once, at creation, and stored only as a hash.
 */
@Service
public class ApiTokenService {
    public static final int MAX_DAYS = 365;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokens tokens;
    private final Users users;
    private final Access access;
    private final AuditLog audit;

    ApiTokenService(ApiTokens tokens, Users users, Access access, AuditLog audit) {
        this.tokens = tokens;
        this.users = users;
        this.access = access;
        this.audit = audit;
    }

    /** A new token and the one moment its secret is visible. */
    public record Created(ApiToken token, String secret) {}

    @Transactional
    public Created create(String name, int days) {
        CurrentUser user = access.current();
        return issue(user.id().value(), user.officeId().value(), name, days);
    }

    /** An administrator issues a token for a user of their offices, e.g. a partner's system account. */
    @Transactional
    public Created createFor(UUID userId, String name, int days) {
        access.requireRole(Role.ADMINISTRATOR);
        User owner = users.find(userId).orElseThrow(() -> new NotFoundException("user", userId));
        access.requireOffice(new OfficeId(owner.officeId()));
        return issue(userId, owner.officeId(), name, days);
    }

    private Created issue(UUID owner, UUID office, String name, int days) {
        if (name.isBlank() || name.length() > 100) {
            throw new RuleViolation("name", "validation.required");
        }
        if (days < 1 || days > MAX_DAYS) {
            throw new RuleViolation("days", "token.days.range", 1, MAX_DAYS);
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = "pvs_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        UUID id = Ids.newId();
        tokens.insert(id, owner, name.strip(), secret, Instant.now().plus(Duration.ofDays(days)));
        audit.record(AuditEvent.of("token.created", "api_token", id, office).withDetails("owner=" + owner));
        return new Created(tokens.find(id).orElseThrow(), secret);
    }

    @Transactional(readOnly = true)
    public List<ApiToken> mine() {
        return tokens.ofUser(access.current().id().value());
    }

    @Transactional(readOnly = true)
    public List<ApiToken> ofUser(UUID userId) {
        access.requireRole(Role.ADMINISTRATOR);
        User owner = users.find(userId).orElseThrow(() -> new NotFoundException("user", userId));
        access.requireOffice(new OfficeId(owner.officeId()));
        return tokens.ofUser(userId);
    }

    @Transactional
    public void revoke(UUID tokenId) {
        CurrentUser user = access.current();
        ApiToken token = tokens.find(tokenId).orElseThrow(() -> new NotFoundException("api_token", tokenId));
        if (!token.userId().equals(user.id().value())) {
            access.requireRole(Role.ADMINISTRATOR);
            User owner = users.find(token.userId()).orElseThrow();
            access.requireOffice(new OfficeId(owner.officeId()));
        }
        if (tokens.revoke(tokenId)) {
            audit.record(AuditEvent.of("token.revoked", "api_token", tokenId, null));
        }
    }

    /** The account a presented token belongs to, if the token is known, unexpired and unrevoked. */
    @Transactional
    public Optional<Users.Login> authenticate(String secret) {
        Optional<ApiToken> token = tokens.findByToken(secret).filter(t -> t.isUsableAt(Instant.now()));
        token.ifPresent(t -> tokens.touch(t.id()));
        return token.flatMap(t -> users.findLogin(t.userId()))
                .filter(login -> login.user().active());
    }

    /** Whether a presented token is one we issued but that has expired or been revoked. */
    @Transactional(readOnly = true)
    public boolean isSpent(String secret) {
        return tokens.findByToken(secret).map(t -> !t.isUsableAt(Instant.now())).orElse(false);
    }
}
