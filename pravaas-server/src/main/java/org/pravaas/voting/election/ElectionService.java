package org.pravaas.voting.election;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.organization.Access;
import org.pravaas.organization.OfficeId;
import org.pravaas.organization.Role;
import org.pravaas.shared.Ids;
import org.pravaas.shared.NotFoundException;
import org.pravaas.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sets up elections, their stations and staff; every signed-in user reads them. */
@Service
public class ElectionService {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private final Elections elections;
    private final Stations stations;
    private final StationAccess stationAccess;
    private final Access access;
    private final AuditLog audit;

    ElectionService(
            Elections elections, Stations stations, StationAccess stationAccess, Access access, AuditLog audit) {
        this.elections = elections;
        this.stations = stations;
        this.stationAccess = stationAccess;
        this.access = access;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Election> all() {
        access.current();
        return elections.all();
    }

    @Transactional(readOnly = true)
    public Election get(UUID id) {
        access.current();
        return elections.byId(id).orElseThrow(() -> new NotFoundException("election", id));
    }

    @Transactional(readOnly = true)
    public Station station(UUID id) {
        access.current();
        return stations.byId(id).orElseThrow(() -> new NotFoundException("station", id));
    }

    public boolean maySetUp() {
        var user = access.current();
        return user.isAdministrator() || user.has(Role.ELECTION_OFFICIAL);
    }

    @Transactional
    public Election create(ElectionCommand c) {
        access.requireRole(Role.ADMINISTRATOR, Role.ELECTION_OFFICIAL);
        ElectionRules.check(c, COUNTRIES);
        if (elections.byCode(Objects.requireNonNull(c.code())).isPresent()) {
            throw new RuleViolation("code", "voting.election.code-taken", c.code());
        }
        UUID office = office("officeCode", Objects.requireNonNull(c.officeCode()));
        Election e = ElectionRules.election(Ids.newId(), c, office);
        elections.insert(e, c.contestantNames());
        audit.record(AuditEvent.of("voting.election.created", "election", e.id(), office));
        return e;
    }

    @Transactional
    public Station addStation(UUID election, StationCommand c) {
        Election e = get(election);
        stationAccess.requireSetUp(e);
        String country = Objects.requireNonNull(c.hostCountry());
        if (!COUNTRIES.contains(country)) {
            throw new RuleViolation("hostCountry", "voting.country.unknown", country);
        }
        if (country.equals(e.country())) {
            throw new RuleViolation("hostCountry", "voting.station.home-country", country);
        }
        if (stations.byCode(election, Objects.requireNonNull(c.code())).isPresent()) {
            throw new RuleViolation("code", "voting.station.code-taken", c.code());
        }
        UUID office = office("officeCode", Objects.requireNonNull(c.officeCode()));
        Station s = new Station(
                Ids.newId(),
                election,
                c.code(),
                Objects.requireNonNull(c.name()),
                country,
                Objects.requireNonNull(c.city()),
                office);
        stations.insert(s);
        audit.record(AuditEvent.of("voting.station.opened", "station", s.id(), office));
        return s;
    }

    @Transactional
    public StaffMember designate(UUID election, StaffCommand c) {
        Election e = get(election);
        stationAccess.requireSetUp(e);
        if (c.stationId() != null) {
            Station s = station(c.stationId());
            if (!s.electionId().equals(election)) {
                throw new RuleViolation("stationId", "validation.unknown");
            }
        }
        StaffMember m = new StaffMember(
                Ids.newId(),
                election,
                c.stationId(),
                Objects.requireNonNull(c.username()).strip(),
                Objects.requireNonNull(c.designation()));
        if (!stations.designate(m)) {
            throw new RuleViolation("username", "voting.staff.already", m.username());
        }
        audit.record(AuditEvent.of("voting.staff.designated", "election", election, e.officeId())
                .withDetails(m.username() + " " + m.designation()));
        return m;
    }

    @Transactional(readOnly = true)
    public List<Station> stations(UUID election) {
        access.current();
        return stations.of(election);
    }

    @Transactional(readOnly = true)
    public List<StaffMember> staff(UUID election) {
        access.current();
        return stations.staff(election);
    }

    @Transactional(readOnly = true)
    public List<String> contestants(UUID election) {
        return elections.contestants(election);
    }

    private UUID office(String field, String code) {
        return access.officeByCode(code.strip())
                .map(OfficeId::value)
                .orElseThrow(() -> new RuleViolation(field, "voting.office.unknown", code));
    }
}
