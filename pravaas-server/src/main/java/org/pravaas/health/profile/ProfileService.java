package org.pravaas.health.profile;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.organization.Access;
import org.pravaas.organization.Role;
import org.pravaas.shared.NotFoundException;
import org.pravaas.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Destination profiles: anyone in health reads them; a health officer saves a change as a new
 * version, so assessments made against the old one keep it.
 */
@Service("healthProfileService")
public class ProfileService {
    private static final Pattern VACCINE = Pattern.compile("[A-Z][A-Z0-9_-]{1,19}");
    private final Profiles profiles;
    private final Access access;
    private final AuditLog audit;
    private final Clock clock;

    ProfileService(Profiles profiles, Access access, AuditLog audit, Clock clock) {
        this.profiles = profiles;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<DestinationProfile> current() {
        return profiles.current();
    }

    @Transactional(readOnly = true)
    public List<DestinationProfile> versions(String code) {
        List<DestinationProfile> all = profiles.versions(code);
        if (all.isEmpty()) throw new NotFoundException("profile", code);
        return all;
    }

    @Transactional(readOnly = true)
    public DestinationProfile get(UUID id) {
        return profiles.find(id).orElseThrow(() -> new NotFoundException("profile", id));
    }

    /** Saves the profile as its next version (version 1 for a new code); the new version's id. */
    @Transactional
    public UUID save(ProfileCommand command) {
        String by = access.requireRole(Role.HEALTH_OFFICER).username();
        List<VaccineRequirement> vaccines = parse(command.vaccines());
        int version = profiles.nextVersion(command.code());
        UUID id = profiles.insert(command, vaccines, version, by, clock.instant());
        audit.record(AuditEvent.of("health.profile.saved", "destination-profile", id, null)
                .withDetails("code=" + command.code() + " version=" + version));
        return id;
    }

    static List<VaccineRequirement> parse(@org.jspecify.annotations.Nullable String text) {
        List<VaccineRequirement> out = new ArrayList<>();
        if (text == null) return out;
        int lineNo = 0;
        for (String line : text.split("\\R")) {
            lineNo++;
            if (line.isBlank()) continue;
            String[] cells = line.split(";", -1);
            try {
                String vaccine = cells[0].strip().toUpperCase(Locale.ROOT);
                int from = Integer.parseInt(cells[1].strip());
                Integer to = cells[2].isBlank() ? null : Integer.valueOf(cells[2].strip());
                int doses = Integer.parseInt(cells[3].strip());
                if (cells.length != 4
                        || !VACCINE.matcher(vaccine).matches()
                        || from < 0
                        || doses < 1
                        || doses > 10
                        || (to != null && to <= from)
                        || out.stream().anyMatch(v -> v.vaccine().equals(vaccine))) {
                    throw new IllegalArgumentException();
                }
                out.add(new VaccineRequirement(vaccine, from, to, doses));
            } catch (RuntimeException e) {
                throw new RuleViolation("vaccines", "health.profile.vaccine-line-invalid", lineNo);
            }
        }
        return out;
    }
}
