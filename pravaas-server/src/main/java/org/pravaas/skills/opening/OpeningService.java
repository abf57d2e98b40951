package org.pravaas.skills.opening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.organization.Access;
import org.pravaas.organization.CurrentUser;
import org.pravaas.organization.OfficeId;
import org.pravaas.shared.Ids;
import org.pravaas.shared.NotFoundException;
import org.pravaas.shared.Page;
import org.pravaas.shared.PageRequest;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.RuleViolation.Violation;
import org.pravaas.skills.profile.ProfileRules;
import org.pravaas.skills.profile.SkillsRoles;
import org.pravaas.skills.profile.SpokenLanguage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Openings: every reader sees all of them (so any mission can propose its candidates); writers
 * post them for their office and close those of their offices.
 */
@Service
public class OpeningService {
    private final Openings openings;
    private final ProfileRules rules;
    private final Access access;
    private final AuditLog audit;

    OpeningService(Openings openings, ProfileRules rules, Access access, AuditLog audit) {
        this.openings = openings;
        this.rules = rules;
        this.access = access;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Opening get(UUID id) {
        access.requireRole(SkillsRoles.READ);
        return openings.find(id).orElseThrow(() -> new NotFoundException("opening", id));
    }

    @Transactional(readOnly = true)
    public Page<Opening> search(@Nullable OpeningKind kind, @Nullable OpeningStatus status, PageRequest page) {
        access.requireRole(SkillsRoles.READ);
        return openings.search(kind, status, page);
    }

    /** True when the user may close the opening or make offers for it. */
    public boolean mayManage(Opening o) {
        return access.signedIn().map(SkillsRoles::mayWrite).orElse(false) && access.covers(new OfficeId(o.officeId()));
    }

    @Transactional
    public Opening post(OpeningCommand c) {
        CurrentUser user = access.requireRole(SkillsRoles.WRITE);
        Checked checked = check(c);
        LocalDate starts = Objects.requireNonNull(c.startsOn());
        Opening o = new Opening(
                Ids.newId(),
                openings.nextReference(Objects.requireNonNull(c.kind()), starts),
                c.kind(),
                user.officeId().value(),
                Objects.requireNonNull(c.title()).strip(),
                Objects.requireNonNull(c.organisation()).strip(),
                Objects.requireNonNull(c.organisationType()),
                upper(c.country()),
                blankToNull(c.sourceCountry()),
                checked.occupation(),
                ProfileRules.skills(c.skills()),
                checked.languages(),
                Objects.requireNonNull(c.availability()),
                Objects.requireNonNull(c.places()),
                starts,
                Objects.requireNonNull(c.endsOn()),
                Objects.requireNonNullElse(c.conditions(), "").strip(),
                OpeningStatus.OPEN);
        openings.insert(o, user.username());
        audit.record(AuditEvent.of("skills.opening.posted", "opening", o.id(), o.officeId()));
        return o;
    }

    @Transactional
    public Opening setStatus(UUID id, OpeningStatus status) {
        Opening o = get(id);
        if (!mayManage(o)) throw new org.springframework.security.access.AccessDeniedException("opening " + id);
        openings.setStatus(id, status);
        audit.record(AuditEvent.of(
                "skills.opening." + status.name().toLowerCase(java.util.Locale.ROOT), "opening", id, o.officeId()));
        return openings.find(id).orElseThrow();
    }

    private record Checked(String occupation, List<SpokenLanguage> languages) {}

    private Checked check(OpeningCommand c) {
        List<Violation> problems = new ArrayList<>();
        rules.country(problems, "country", c.country());
        rules.country(problems, "sourceCountry", c.sourceCountry());
        if (c.startsOn() != null && c.endsOn() != null && c.endsOn().isBefore(c.startsOn())) {
            problems.add(new Violation("endsOn", "skills.dates.ends-before-start"));
        }
        List<String> occupation = List.of();
        List<SpokenLanguage> languages = List.of();
        try {
            occupation = rules.occupations("occupation", List.of(Objects.requireNonNull(c.occupation())));
        } catch (RuleViolation e) {
            problems.addAll(e.violations());
        }
        try {
            languages = rules.languages("languages", c.languages());
        } catch (RuleViolation e) {
            problems.addAll(e.violations());
        }
        if (!problems.isEmpty()) throw new RuleViolation(problems);
        return new Checked(occupation.get(0), languages);
    }

    private static String upper(@Nullable String code) {
        return Objects.requireNonNull(code).strip().toUpperCase(java.util.Locale.ROOT);
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
