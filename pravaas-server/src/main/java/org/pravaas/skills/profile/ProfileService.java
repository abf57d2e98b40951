package org.pravaas.skills.profile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.organization.Access;
import org.pravaas.organization.CurrentUser;
import org.pravaas.organization.OfficeId;
import org.pravaas.registry.PersonId;
import org.pravaas.registry.PersonSummary;
import org.pravaas.registry.Registry;
import org.pravaas.shared.Ids;
import org.pravaas.shared.NotFoundException;
import org.pravaas.shared.Page;
import org.pravaas.shared.PageRequest;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.RuleViolation.Violation;
import org.pravaas.shared.StaleUpdateException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and reads profiles for a signed-in user: roles, the office scope (a profile belongs to
 * the office of its person), the rules, and an audit entry for every read and write.
 */
@Service
public class ProfileService {
    private final Profiles profiles;
    private final ProfileRules rules;
    private final Registry registry;
    private final Access access;
    private final AuditLog audit;

    ProfileService(Profiles profiles, ProfileRules rules, Registry registry, Access access, AuditLog audit) {
        this.profiles = profiles;
        this.rules = rules;
        this.registry = registry;
        this.access = access;
        this.audit = audit;
    }

    /** A profile with the person it describes and their qualifications. */
    public record ProfileView(Profile profile, @Nullable PersonSummary person, List<Qualification> qualifications) {}

    public boolean mayWrite() {
        return access.signedIn().map(SkillsRoles::mayWrite).orElse(false);
    }

    @Transactional
    public Profile create(ProfileCommand c) {
        CurrentUser user = access.requireRole(SkillsRoles.WRITE);
        UUID personId = Objects.requireNonNull(c.personId());
        PersonSummary person = registry.find(new PersonId(personId))
                .orElseThrow(() -> new RuleViolation("personId", "skills.profile.unknown-person"));
        if (profiles.findByPerson(person.id().value()).isPresent()) {
            throw new RuleViolation("personId", "skills.profile.exists", person.reference());
        }
        ProfileRules.Checked checked = rules.check(c);
        Profile p = build(Ids.newId(), person.id().value(), person.officeId(), c, checked, null, 1);
        profiles.insert(p, user.username());
        audit.record(AuditEvent.of("skills.profile.created", "profile", p.id(), p.officeId()));
        return p;
    }

    @Transactional
    public Profile change(UUID id, int version, ProfileCommand c) {
        CurrentUser user = access.requireRole(SkillsRoles.WRITE);
        Profile current = reachable(id);
        ProfileRules.Checked checked = rules.check(c);
        Instant consentAt = current.consentContact() == c.consentContact() ? current.consentAt() : null;
        Profile p = build(id, current.personId(), current.officeId(), c, checked, consentAt, version);
        if (!profiles.update(p, version, user.username())) {
            throw new StaleUpdateException("profile", id, current.version());
        }
        audit.record(AuditEvent.of("skills.profile.changed", "profile", id, p.officeId()));
        return profiles.find(id).orElseThrow();
    }

    @Transactional
    public ProfileView view(UUID id) {
        access.requireRole(SkillsRoles.READ);
        Profile p = reachable(id);
        audit.record(AuditEvent.of("skills.profile.read", "profile", id, p.officeId()));
        return new ProfileView(p, registry.find(new PersonId(p.personId())).orElse(null), profiles.qualifications(id));
    }

    /** The profile of a registry person, if they have one the user may see (not audited: a lookup). */
    @Transactional(readOnly = true)
    public Optional<Profile> ofPerson(UUID person) {
        access.requireRole(SkillsRoles.READ);
        return profiles.findByPerson(person).filter(p -> access.covers(new OfficeId(p.officeId())));
    }

    @Transactional
    public Page<Profile> search(@Nullable ProfileKind kind, PageRequest page) {
        CurrentUser user = access.requireRole(SkillsRoles.READ);
        Page<Profile> found = profiles.search(page.query(), kind, access.officesInScope(), page);
        audit.record(AuditEvent.of(
                        "skills.profile.searched",
                        "profile",
                        "-",
                        user.officeId().value())
                .withDetails("hits=" + found.totalItems()));
        return found;
    }

    /** The profiles a search finds, for a file (at most {@code EXPORT_LIMIT}), audited as an export. */
    @Transactional
    public List<Profile> export(@Nullable ProfileKind kind, @Nullable String q) {
        CurrentUser user = access.requireRole(SkillsRoles.READ);
        List<Profile> found = new ArrayList<>();
        List<UUID> offices = access.officesInScope();
        for (int page = 0; found.size() < EXPORT_LIMIT; page++) {
            var items = profiles.search(
                            q, kind, offices, new PageRequest(page, PageRequest.MAX_SIZE, "headline", true, q))
                    .items();
            found.addAll(items);
            if (items.size() < PageRequest.MAX_SIZE) break;
        }
        audit.record(AuditEvent.of(
                        "skills.profile.exported",
                        "profile",
                        "-",
                        user.officeId().value())
                .withDetails("format=csv rows=" + found.size()));
        return found;
    }

    public static final int EXPORT_LIMIT = 5000;

    @Transactional
    public Qualification addQualification(UUID profile, QualificationCommand c) {
        access.requireRole(SkillsRoles.WRITE);
        Profile p = reachable(profile);
        List<Violation> problems = new ArrayList<>();
        rules.country(problems, "issuingCountry", c.issuingCountry());
        rules.country(problems, "recognisedIn", c.recognisedIn());
        if (!problems.isEmpty()) throw new RuleViolation(problems);
        Qualification q = new Qualification(
                Ids.newId(),
                profile,
                Objects.requireNonNull(c.title()).strip(),
                Objects.requireNonNull(c.level()),
                upper(c.issuingCountry()),
                c.awardedYear(),
                Objects.requireNonNull(c.recognition()),
                blankToNull(c.recognisedIn()));
        profiles.insertQualification(q);
        audit.record(AuditEvent.of("skills.qualification.added", "profile", profile, p.officeId()));
        return q;
    }

    @Transactional
    public void changeRecognition(UUID profile, UUID qualification, Recognition recognition, @Nullable String in) {
        access.requireRole(SkillsRoles.WRITE);
        Profile p = reachable(profile);
        List<Violation> problems = new ArrayList<>();
        rules.country(problems, "recognisedIn", in);
        if (!problems.isEmpty()) throw new RuleViolation(problems);
        if (!profiles.updateRecognition(qualification, profile, recognition, blankToNull(in))) {
            throw new NotFoundException("qualification", qualification);
        }
        audit.record(AuditEvent.of("skills.qualification.recognition", "profile", profile, p.officeId())
                .withDetails(recognition.name()));
    }

    /** Holds the profile's row until commit, so two offers to one person are checked one after the other. */
    public void lock(UUID id) {
        profiles.lock(id);
    }

    /** The profile, when it exists and its office is in the user's scope (otherwise a 404). */
    public Profile reachable(UUID id) {
        Profile p = profiles.find(id).orElseThrow(() -> new NotFoundException("profile", id));
        if (!access.covers(new OfficeId(p.officeId()))) throw new NotFoundException("profile", id);
        return p;
    }

    private static Profile build(
            UUID id,
            UUID person,
            UUID office,
            ProfileCommand c,
            ProfileRules.Checked checked,
            @Nullable Instant consentAt,
            int version) {
        return new Profile(
                id,
                person,
                office,
                Objects.requireNonNull(c.kind()),
                Objects.requireNonNull(c.headline()).strip(),
                checked.occupations(),
                checked.skills(),
                Objects.requireNonNullElse(c.experienceYears(), 0),
                upper(c.residenceCountry()),
                upper(c.originCountry()),
                java.util.Set.copyOf(Objects.requireNonNull(c.availability())),
                c.availableFrom(),
                c.consentContact(),
                c.consentContact() ? Objects.requireNonNullElse(consentAt, Instant.now()) : null,
                checked.languages(),
                version);
    }

    static String upper(@Nullable String code) {
        return Objects.requireNonNull(code).strip().toUpperCase(java.util.Locale.ROOT);
    }

    static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
