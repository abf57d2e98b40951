package org.pravaas.organization.security;

import java.time.Duration;
import java.time.Instant;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.organization.user.Users;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed sign-ins and locks an account for a while after too many, which stops a
 * password being guessed; audits every sign-in, failure and lockout.
 */
@Component
class LoginAttempts {
    private final Users users;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final int maxFailures;
    private final Duration lockout;
    private final ObjectProvider<LoginThrottle> throttle;

    LoginAttempts(
            Users users,
            AuditLog audit,
            TransactionTemplate transactions,
            @Value("${pravaas.login.max-failures:5}") int maxFailures,
            @Value("${pravaas.login.lockout:PT15M}") Duration lockout,
            ObjectProvider<LoginThrottle> throttle) {
        this.throttle = throttle;
        this.users = users;
        this.audit = audit;
        this.transactions = transactions;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    @EventListener
    void succeeded(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof PravaasPrincipal principal) {
            transactions.executeWithoutResult(status -> {
                users.recordLogin(principal.user().id().value());
                audit.record(AuditEvent.of(
                                "login.succeeded",
                                "user",
                                principal.user().id(),
                                principal.user().officeId().value())
                        .by(principal.getUsername()));
            });
        }
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            throttle.ifAvailable(t -> t.recordFailure(details.getRemoteAddress()));
        }
        transactions.executeWithoutResult(status -> {
            var login = users.findLogin(username);
            audit.record(new AuditEvent(
                    "login.failed",
                    "user",
                    login.map(l -> l.user().id().toString()).orElse(null),
                    login.map(l -> l.user().officeId()).orElse(null),
                    null,
                    login.isPresent() ? null : "unknown account",
                    username));
            login.ifPresent(l -> countFailure(l, username));
        });
    }

    @EventListener
    void refusedWhileLocked(AuthenticationFailureLockedEvent event) {
        recordRefusal(event, "login.refused-locked");
    }

    private void countFailure(Users.Login login, String username) {
        int failures = users.recordFailure(login.user().id());
        if (failures >= maxFailures) {
            users.lockUntil(login.user().id(), Instant.now().plus(lockout));
            audit.record(AuditEvent.of(
                            "login.locked",
                            "user",
                            login.user().id(),
                            login.user().officeId())
                    .withDetails("failures=" + failures)
                    .by(username));
        }
    }

    private void recordRefusal(AbstractAuthenticationFailureEvent event, String action) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        transactions.executeWithoutResult(
                status -> audit.record(new AuditEvent(action, "user", null, null, null, null, username)));
    }
}
