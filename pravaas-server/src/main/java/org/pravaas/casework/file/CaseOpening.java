package org.pravaas.casework.file;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.audit.AuditEvent;
import org.pravaas.casework.CaseId;
import org.pravaas.casework.CaseOpened;
import org.pravaas.casework.CaseSummary;
import org.pravaas.casework.definition.Definition;
import org.pravaas.casework.definition.Definitions;
import org.pravaas.casework.definition.Programme;
import org.pravaas.organization.Access;
import org.pravaas.organization.CurrentUser;
import org.pravaas.organization.OfficeId;
import org.pravaas.registry.PersonId;
import org.pravaas.registry.PersonSummary;
import org.pravaas.registry.Registry;
import org.pravaas.shared.Ids;
import org.pravaas.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens cases: for one registry person or one household, in the first stage of the programme's current definition. */
@Service
public class CaseOpening {
    private final CaseFiles files;
    private final CaseParts parts;
    private final Definitions definitions;
    private final Registry registry;
    private final Access access;
    private final CaseEffects effects;

    CaseOpening(
            CaseFiles files,
            CaseParts parts,
            Definitions definitions,
            Registry registry,
            Access access,
            CaseEffects effects) {
        this.files = files;
        this.parts = parts;
        this.definitions = definitions;
        this.registry = registry;
        this.access = access;
        this.effects = effects;
    }

    @Transactional
    public CaseId open(OpenCase c) {
        CurrentUser user = access.requireRole(CaseRoles.WRITE);
        UUID office = c.officeId() == null ? user.officeId().value() : c.officeId();
        access.requireOffice(new OfficeId(office));
        Programme programme = definitions
                .find(c.programme())
                .orElseThrow(() -> new RuleViolation("programme", "casework.open.programme-unknown"));
        List<PersonSummary> people = people(c);
        Definition d = definitions.get(programme.code(), programme.currentVersion());
        Instant now = effects.now();
        int year = now.atZone(ZoneOffset.UTC).getYear();
        CaseSummary kase = new CaseSummary(
                new CaseId(Ids.newId()),
                files.nextReference(programme.prefix(), year),
                programme.code(),
                office,
                c.personId() == null ? null : people.get(0).id(),
                c.householdId(),
                d.initial(),
                true,
                blankToNull(c.caseworker()),
                d.version(),
                0);
        files.insert(kase, now);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        people.forEach(p -> parts.addMember(kase.id().value(), p.id(), adult(p.birthDate(), today)));
        parts.enter(kase, d.initial(), user.username(), now);
        effects.timeline(kase.id(), "casework.timeline.opened", List.of(kase.reference()), now);
        effects.audit(AuditEvent.of("casework.case.opened", "case", kase.id(), office)
                .withDetails("programme=" + programme.code() + " people=" + people.size()));
        effects.publish(new CaseOpened(kase.id(), programme.code(), office, now));
        return kase.id();
    }

    private List<PersonSummary> people(OpenCase c) {
        if ((c.personId() == null) == (c.householdId() == null)) {
            throw new RuleViolation("personId", "casework.open.person-or-household");
        }
        if (c.personId() != null) {
            return List.of(registry.find(new PersonId(c.personId()))
                    .orElseThrow(() -> new RuleViolation("personId", "casework.open.person-unknown")));
        }
        List<PersonSummary> members = registry.householdMembers(c.householdId());
        if (members.isEmpty()) {
            throw new RuleViolation("householdId", "casework.open.household-empty");
        }
        return members;
    }

    /** An adult on the day: a partial birth date counts from its first day, an unknown one as adult. */
    static boolean adult(@Nullable String birthDate, LocalDate today) {
        if (birthDate == null || birthDate.length() < 4) {
            return true;
        }
        try {
            int year = Integer.parseInt(birthDate.substring(0, 4));
            int month = birthDate.length() >= 7 ? Integer.parseInt(birthDate.substring(5, 7)) : 1;
            int day = birthDate.length() >= 10 ? Integer.parseInt(birthDate.substring(8, 10)) : 1;
            return !LocalDate.of(year, month, day).plusYears(18).isAfter(today);
        } catch (RuntimeException e) {
            return true;
        }
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static Instant micros(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
