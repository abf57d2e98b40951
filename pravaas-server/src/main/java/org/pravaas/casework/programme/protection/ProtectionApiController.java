package org.pravaas.casework.programme.protection;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.casework.CaseId;
import org.pravaas.shared.api.ETags;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** A protection case's own data over the API; every path reads or writes the case through the engine first. */
@RestController
class ProtectionApiController {
    private final ProtectionService protection;

    ProtectionApiController(ProtectionService protection) {
        this.protection = protection;
    }

    record StatusBody(ServiceReferral.@Nullable Status status) {}

    record ServiceBody(
            ServiceReferral.@Nullable Service service, @Nullable String provider, @Nullable LocalDate referredOn) {}

    @GetMapping("/api/v1/cases/{id}/protection")
    ProtectionService.Overview overview(@PathVariable UUID id) {
        return protection.overview(new CaseId(id));
    }

    @PostMapping("/api/v1/cases/{id}/protection/identification")
    Identification identify(@PathVariable UUID id, @RequestBody IdentificationForm body) {
        return protection.identify(new CaseId(id), body);
    }

    @PostMapping("/api/v1/cases/{id}/protection/risks")
    ResponseEntity<Risk> assess(@PathVariable UUID id, @RequestBody RiskForm body) {
        return ResponseEntity.status(201).body(protection.assess(new CaseId(id), body));
    }

    /** Follows a referral's status; If-Match carries the referral's version. */
    @PostMapping("/api/v1/cases/{id}/protection/services/{service}")
    ResponseEntity<ServiceReferral> update(
            @PathVariable UUID id,
            @PathVariable UUID service,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @RequestBody StatusBody body) {
        long version = ETags.required(ifMatch, "service", service);
        if (body.status() == null) throw new org.pravaas.shared.RuleViolation("status", "programme.required");
        ServiceReferral s = protection.updateService(new CaseId(id), service, body.status(), version);
        return ResponseEntity.ok().eTag(ETags.of(s.version())).body(s);
    }

    @PostMapping("/api/v1/cases/{id}/protection/services")
    ResponseEntity<ServiceReferral> refer(@PathVariable UUID id, @RequestBody ServiceBody body) {
        return ResponseEntity.status(201)
                .body(protection.refer(new CaseId(id), body.service(), body.provider(), body.referredOn()));
    }
}
