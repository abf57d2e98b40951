package org.pravaas.governance.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.governance.LocalizedText;
import org.pravaas.governance.MemberStates;
import org.pravaas.governance.MembershipStatus;
import org.pravaas.governance.organ.Leadership;
import org.pravaas.governance.organ.Organ;
import org.pravaas.governance.organ.OrganKind;
import org.pravaas.governance.organ.Organs;
import org.pravaas.governance.organ.SeatTerm;
import org.pravaas.governance.organ.SeatTerms;
import org.pravaas.shared.Ids;
import org.springframework.stereotype.Component;

/**
 * The organisation's names, its organs as they were until the reform of 2013 and since, the
 * elected composition of the Executive Committee and its sub-committees, and its leaders.
 */
@Component
class OrgansHistory {
    static final LocalDate REFORM = LocalDate.of(2013, 11, 27);

    private final Organs organs;
    private final SeatTerms terms;
    private final Leadership leadership;
    private final MemberStates members;

    OrgansHistory(Organs organs, SeatTerms terms, Leadership leadership, MemberStates members) {
        this.organs = organs;
        this.terms = terms;
        this.leadership = leadership;
        this.members = members;
    }

    void load() {
        names();
        heads();
        Organ council = organ("COUNCIL", OrganKind.PLENARY, null, null, StatesHistory.FOUNDED, null, Texts.COUNCIL);
        Organ excom = organ("EXCOM", OrganKind.EXECUTIVE, null, 9, StatesHistory.FOUNDED, REFORM, Texts.EXCOM);
        Organ budget =
                organ("SCBF", OrganKind.SUBCOMMITTEE, excom.id(), 7, LocalDate.of(1953, 5, 1), REFORM, Texts.SCBF);
        Organ transport = organ(
                "SCMT",
                OrganKind.SUBCOMMITTEE,
                excom.id(),
                5,
                LocalDate.of(1955, 4, 1),
                LocalDate.of(1998, 1, 1),
                Texts.SCMT);
        organ("SCPF", OrganKind.EXECUTIVE, council.id(), null, REFORM, null, Texts.SCPF);
        for (int year = 1952; year < 2013; year += 2) {
            LocalDate start = LocalDate.of(year, 1, 1);
            List<String> present = members.on(start).stream()
                    .filter(m -> m.status() == MembershipStatus.MEMBER)
                    .map(m -> m.country())
                    .toList();
            elect(excom, present, start, year * 7, 9);
            elect(budget, present, start, year * 7, 7);
            elect(transport, present, start, year * 7 + 3, 5);
        }
    }

    /** Elects {@code seats} members for two years, rotating through those present, within the organ's life. */
    private void elect(Organ organ, List<String> present, LocalDate start, int offset, int seats) {
        if (!organ.existsOn(start)) {
            return;
        }
        LocalDate end = start.plusYears(2).minusDays(1);
        if (organ.until() != null && !end.isBefore(organ.until())) {
            end = organ.until().minusDays(1);
        }
        for (int i = 0; i < Math.min(seats, present.size()); i++) {
            String country = present.get((offset + i) % present.size());
            terms.insert(new SeatTerm(Ids.newId(), organ.id(), country, start, end));
        }
    }

    private Organ organ(
            String code,
            OrganKind kind,
            @Nullable UUID parent,
            @Nullable Integer seats,
            LocalDate from,
            @Nullable LocalDate until,
            Texts.OrganText texts) {
        Organ organ = new Organ(
                Ids.newId(),
                code,
                new LocalizedText(texts.names()),
                new LocalizedText(texts.mandate()),
                kind,
                parent,
                seats,
                from,
                until);
        organs.insert(organ);
        return organ;
    }

    private void names() {
        name("Provisional Bureau for Overseas Migration", "PBOM", StatesHistory.FOUNDED, LocalDate.of(1953, 11, 15));
        name(
                "Intergovernmental Council for Overseas Resettlement",
                "ICOR",
                LocalDate.of(1953, 11, 15),
                LocalDate.of(1980, 11, 20));
        name(
                "Intergovernmental Council for Migrant Movement",
                "ICMM",
                LocalDate.of(1980, 11, 20),
                LocalDate.of(1989, 11, 14));
        name("World Organisation for Human Mobility", "WOHM", LocalDate.of(1989, 11, 14), null);
    }

    private void name(String name, String acronym, LocalDate from, @Nullable LocalDate until) {
        leadership.insertName(Ids.newId(), name, acronym, from, until);
    }

    private void heads() {
        String dg = "DIRECTOR_GENERAL";
        head(dg, "Harald Vennström", "1952-02-01", "1961-12-31");
        head(dg, "Marcel Dufresne-Aubert", "1962-01-01", "1969-09-30");
        head(dg, "Bento Carvalhais", "1969-10-01", "1979-09-30");
        head(dg, "Jan-Pieter Verhoeven", "1979-10-01", "1988-09-30");
        head(dg, "Eleanor Whitcombe", "1988-10-01", "1998-09-30");
        head(dg, "Tomás Arriagada Lenz", "1998-10-01", "2008-09-30");
        head(dg, "Kwame Asante-Mensah", "2008-10-01", "2018-09-30");
        head(dg, "Anjali Deshpande", "2018-10-01", "2023-09-30");
        head(dg, "Park Soo-ah", "2023-10-01", null);
        String ddg = "DEPUTY_DIRECTOR_GENERAL";
        head(ddg, "Ingrid Solberg", "1979-10-01", "1988-09-30");
        head(ddg, "Rafael Montoya Ruiz", "1988-10-01", "1998-09-30");
        head(ddg, "Leila Haddad", "1998-10-01", "2008-09-30");
        head(ddg, "Hiroshi Tanabe", "2008-10-01", "2018-09-30");
        head(ddg, "Amara Okonkwo", "2018-10-01", null);
    }

    private void head(String post, String name, String from, @Nullable String to) {
        leadership.insertHead(Ids.newId(), post, name, LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
    }
}
