package org.pravaas.casework.programme.protection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.casework.CaseId;
import org.pravaas.casework.CaseSummary;
import org.pravaas.casework.Cases;
import org.pravaas.casework.programme.Checks;
import org.pravaas.organization.Access;
import org.pravaas.shared.Ids;
import org.pravaas.shared.NotFoundException;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.RuleViolation.Violation;
import org.pravaas.shared.StaleUpdateException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Identification, risk and services of a protection case. Reads go through {@link Cases#read}
 * and writes through {@link Cases#write}, so the engine's restriction (a protection designation
 * or a stated reason) guards every one of them, and each is audited.
 */
@Service
public class ProtectionService {
    static final String PROGRAMME = "protection";
    private final Identifications identifications;
    private final Safeguards safeguards;
    private final Cases cases;
    private final AuditLog audit;
    private final Clock clock;
    private final Access access;

    ProtectionService(
            Identifications identifications,
            Safeguards safeguards,
            Cases cases,
            AuditLog audit,
            Clock clock,
            Access access) {
        this.identifications = identifications;
        this.safeguards = safeguards;
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
        this.access = access;
    }

    /** All a protection case holds of its own. */
    public record Overview(Optional<Identification> identification, List<Risk> risks, List<ServiceReferral> services) {}

    @Transactional // the read is audited
    public Overview overview(CaseId id) {
        cases.read(id);
        return view(id.value());
    }

    Overview view(UUID caseId) {
        return new Overview(identifications.find(caseId), safeguards.risks(caseId), safeguards.services(caseId));
    }

    @Transactional
    public Identification identify(CaseId id, IdentificationForm f) {
        CaseSummary kase = protectionCase(id);
        LocalDate today = LocalDate.now(clock);
        List<Violation> problems = new ArrayList<>();
        if (f.exploitation() == null || f.exploitation().isEmpty()) {
            problems.add(new Violation("exploitation", "protection.identification.exploitation"));
        }
        String origin = Checks.country(f.originCountry(), "originCountry", problems);
        String where = Checks.country(f.exploitationCountry(), "exploitationCountry", problems);
        List<String> transit = transit(f.transitCountries(), problems);
        Checks.required(f.identifiedOn(), "identifiedOn", problems);
        Checks.required(f.identifiedBy(), "identifiedBy", problems);
        Checks.notAfter(f.recruitedOn(), today, "recruitedOn", problems);
        Checks.notAfter(f.exploitationStartedOn(), today, "exploitationStartedOn", problems);
        Checks.notAfter(f.exitedOn(), today, "exitedOn", problems);
        Checks.notAfter(f.identifiedOn(), today, "identifiedOn", problems);
        Checks.notBefore(f.exploitationStartedOn(), f.recruitedOn(), "exploitationStartedOn", problems);
        Checks.notBefore(f.exitedOn(), f.exploitationStartedOn(), "exitedOn", problems);
        if (!problems.isEmpty()) throw new RuleViolation(problems);
        Identification i = new Identification(
                id.value(),
                List.copyOf(f.exploitation()),
                list(f.control()),
                f.recruiterRelationship(),
                list(f.recruitment()),
                origin,
                transit,
                where,
                f.recruitedOn(),
                f.exploitationStartedOn(),
                f.exitedOn(),
                f.identifiedOn(),
                f.identifiedBy().strip(),
                f.version());
        if (!identifications.save(i, f.version())) {
            throw new StaleUpdateException(
                    "identification",
                    id.value(),
                    identifications
                            .find(id.value())
                            .map(Identification::version)
                            .orElse(0L));
        }
        audit.record(AuditEvent.of("protection.identified", "case", id.value(), kase.officeId()));
        cases.recordOnTimeline(id, "protection.timeline.identified", List.of());
        return identifications.find(id.value()).orElseThrow();
    }

    /** Records a risk assessment; the overall level may not be lower than the highest domain's. */
    @Transactional
    public Risk assess(CaseId id, RiskForm f) {
        CaseSummary kase = protectionCase(id);
        List<Violation> problems = new ArrayList<>();
        for (var field :
                List.of("safety", "retrafficking", "retaliation", "health", "overall", "assessedOn", "reviewOn")) {
            Checks.required(f.value(field), field, problems);
        }
        if (!problems.isEmpty()) throw new RuleViolation(problems);
        Checks.notAfter(f.assessedOn(), LocalDate.now(clock), "assessedOn", problems);
        if (!f.reviewOn().isAfter(f.assessedOn())) problems.add(new Violation("reviewOn", "protection.risk.review"));
        if (f.overall().compareTo(f.highestDomain()) < 0) {
            problems.add(new Violation(
                    "overall",
                    "protection.risk.overall-below",
                    f.highestDomain().name()));
        }
        if (!problems.isEmpty()) throw new RuleViolation(problems);
        Risk r = new Risk(
                Ids.newId(),
                id.value(),
                f.assessedOn(),
                f.safety(),
                f.retrafficking(),
                f.retaliation(),
                f.health(),
                f.overall(),
                f.reviewOn(),
                access.current().username());
        safeguards.insert(r);
        audit.record(AuditEvent.of("protection.risk.assessed", "case", id.value(), kase.officeId())
                .withDetails("overall=" + r.overall()));
        cases.recordOnTimeline(
                id, "protection.timeline.risk", List.of(r.overall().name()));
        return r;
    }

    @Transactional
    public ServiceReferral refer(
            CaseId id, ServiceReferral.@Nullable Service service, @Nullable String provider, @Nullable LocalDate on) {
        CaseSummary kase = protectionCase(id);
        List<Violation> problems = new ArrayList<>();
        Checks.required(service, "service", problems);
        Checks.required(provider, "provider", problems);
        Checks.required(on, "referredOn", problems);
        Checks.notAfter(on, LocalDate.now(clock), "referredOn", problems);
        if (!problems.isEmpty()) throw new RuleViolation(problems);
        ServiceReferral s = new ServiceReferral(
                Ids.newId(), id.value(), service, provider.strip(), on, ServiceReferral.Status.REFERRED, 0);
        safeguards.insert(s);
        audit.record(AuditEvent.of("protection.service.referred", "case", id.value(), kase.officeId())
                .withDetails("service=" + service));
        cases.recordOnTimeline(id, "protection.timeline.service", List.of(service.name()));
        return s;
    }

    @Transactional
    public ServiceReferral updateService(CaseId id, UUID serviceId, ServiceReferral.Status status, long version) {
        CaseSummary kase = protectionCase(id);
        ServiceReferral s = safeguards
                .service(serviceId)
                .filter(x -> x.caseId().equals(id.value()))
                .orElseThrow(() -> new NotFoundException("service", serviceId));
        if (!safeguards.setStatus(serviceId, status, version))
            throw new StaleUpdateException("service", serviceId, s.version());
        audit.record(AuditEvent.of("protection.service.updated", "case", id.value(), kase.officeId())
                .withDetails("status=" + status));
        return safeguards.service(serviceId).orElseThrow();
    }

    private static List<String> transit(@Nullable String text, List<Violation> problems) {
        if (Checks.blank(text)) return List.of();
        List<String> codes = new ArrayList<>();
        for (String part : text.strip().split("[,;\\s]+")) {
            String c = Checks.country(part, "transitCountries", problems);
            if (c != null && !codes.contains(c)) codes.add(c);
        }
        return codes;
    }

    private static <T> List<T> list(@Nullable List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    private CaseSummary protectionCase(CaseId id) {
        CaseSummary kase = cases.write(id);
        if (!kase.programme().equals(PROGRAMME)) throw new RuleViolation("", "programme.wrong-programme");
        return kase;
    }
}
