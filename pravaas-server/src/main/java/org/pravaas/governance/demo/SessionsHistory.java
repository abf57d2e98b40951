package org.pravaas.governance.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.pravaas.governance.LocalizedText;
import org.pravaas.governance.MemberState;
import org.pravaas.governance.MemberStates;
import org.pravaas.governance.MembershipStatus;
import org.pravaas.governance.organ.Organ;
import org.pravaas.governance.organ.Organs;
import org.pravaas.governance.session.Resolution;
import org.pravaas.governance.session.Resolution.Adoption;
import org.pravaas.governance.session.Resolution.Choice;
import org.pravaas.governance.session.Resolutions;
import org.pravaas.governance.session.Session;
import org.pravaas.governance.session.SessionParts.File;
import org.pravaas.governance.session.SessionRecords;
import org.pravaas.governance.session.Sessions;
import org.pravaas.shared.Ids;
import org.springframework.stereotype.Component;

/** Sessions of the Council, the Executive Committee and the Standing Committee, with their records. */
@Component
class SessionsHistory {
    private final Organs organs;
    private final Sessions sessions;
    private final SessionRecords records;
    private final Resolutions resolutions;
    private final MemberStates members;
    private Random random = new Random(1989);

    SessionsHistory(
            Organs organs, Sessions sessions, SessionRecords records, Resolutions resolutions, MemberStates members) {
        this.organs = organs;
        this.sessions = sessions;
        this.records = records;
        this.resolutions = resolutions;
        this.members = members;
    }

    void load() {
        random = new Random(1989);
        session("COUNCIL", 1, "1951-12-05", 4, "Geneva", List.of());
        session(
                "COUNCIL",
                7,
                "1953-11-12",
                4,
                "Geneva",
                List.of(new Decided("7/1", "Change of the name of the organisation", Adoption.VOTE, 3)));
        session(
                "COUNCIL",
                60,
                "1980-11-18",
                3,
                "Geneva",
                List.of(new Decided("60/1", "A new name for a wider mandate", Adoption.CONSENSUS, 2)));
        session("EXCOM", 89, "1989-06-20", 3, "Geneva", List.of());
        session(
                "COUNCIL",
                66,
                "1989-11-13",
                2,
                "Geneva",
                List.of(new Decided("66/1", "Amendment of the Constitution and new name", Adoption.VOTE, 1)));
        session("EXCOM", 112, "2012-06-26", 2, "Geneva", List.of());
        session(
                "COUNCIL",
                103,
                "2013-11-26",
                2,
                "Geneva",
                List.of(new Decided("103/1", "Reform of the governing bodies", Adoption.CONSENSUS, 1)));
        session("SCPF", 35, "2024-10-29", 2, "Geneva", List.of());
        session(
                "COUNCIL",
                115,
                "2024-11-26",
                3,
                "Geneva",
                List.of(new Decided("115/1", "Programme and budget for 2025", Adoption.CONSENSUS, 2)));
        session("SCPF", 37, "2025-10-28", 2, "Geneva", List.of());
        session(
                "COUNCIL",
                116,
                "2025-11-25",
                3,
                "Geneva",
                List.of(
                        new Decided("116/1", "Programme and budget for 2026", Adoption.CONSENSUS, 1),
                        new Decided("116/2", "Payment plans for member states in arrears", Adoption.VOTE, 2)));
    }

    /** A resolution adopted at a session, on its {@code day}-th day. */
    record Decided(String number, String title, Adoption adoption, int day) {}

    private void session(String organ, int number, String start, int days, String venue, List<Decided> decided) {
        LocalDate starts = LocalDate.parse(start);
        Organ body = organs.findByCode(organ).orElseThrow();
        Session s = new Session(
                Ids.newId(),
                body.id(),
                organ,
                body.names(),
                number,
                false,
                starts,
                starts.plusDays(days - 1),
                venue,
                "The " + body.names().english() + " met in " + venue + " in session " + number
                        + " and adopted the report of the session on its last day.");
        sessions.insert(s);
        for (Map<String, String> item : Texts.AGENDA) {
            sessions.addAgendaItem(Ids.newId(), s.id(), new LocalizedText(item));
        }
        String symbol = organ + "/" + number + "/";
        records.addDocument(
                Ids.newId(),
                s.id(),
                null,
                symbol + "1",
                new LocalizedText(Texts.AGENDA.get(0)),
                "en",
                new File(
                        "agenda.txt",
                        "text/plain",
                        ("Provisional agenda, " + organ + " " + number).getBytes(StandardCharsets.UTF_8)));
        records.addDocument(
                Ids.newId(), s.id(), null, symbol + "2", new LocalizedText(Texts.AGENDA.get(2)), "en", null);
        List<MemberState> present = members.on(starts);
        attendance(s, present);
        officers(s, present);
        for (Decided d : decided) {
            adopt(s, d);
        }
    }

    private void attendance(Session s, List<MemberState> present) {
        for (MemberState m : present) {
            if (random.nextInt(10) < 9) {
                records.attend(s.id(), m.country(), m.status().name(), null);
            }
        }
    }

    private void officers(Session s, List<MemberState> present) {
        List<MemberState> states = present.stream()
                .filter(m -> m.status() == MembershipStatus.MEMBER)
                .toList();
        String[] roles = {"CHAIR", "VICE_CHAIR", "VICE_CHAIR", "RAPPORTEUR"};
        for (String role : roles) {
            String country = states.get(random.nextInt(states.size())).country();
            records.addOfficer(Ids.newId(), s.id(), role, Texts.PEOPLE[random.nextInt(Texts.PEOPLE.length)], country);
        }
    }

    private void adopt(Session s, Decided d) {
        LocalDate on = s.startsOn().plusDays(d.day() - 1);
        Resolution r = new Resolution(
                Ids.newId(),
                s.id(),
                d.number(),
                new LocalizedText(Texts.RESOLUTIONS.getOrDefault(d.number(), java.util.Map.of("en", d.title()))),
                "The " + s.organNames().english() + ",\n\nHaving considered the documents before it and the"
                        + " recommendations of the Director General,\n\nDecides: "
                        + d.title().toLowerCase(java.util.Locale.ROOT) + ".",
                on,
                d.adoption());
        resolutions.insert(r);
        if (d.adoption() == Adoption.VOTE) {
            for (MemberState m : members.on(on)) {
                if (m.votingRight().mayVote() && random.nextInt(20) > 0) {
                    int x = random.nextInt(10);
                    resolutions.vote(r.id(), m.country(), x < 7 ? Choice.YES : x < 9 ? Choice.ABSTAIN : Choice.NO);
                }
            }
        }
    }
}
