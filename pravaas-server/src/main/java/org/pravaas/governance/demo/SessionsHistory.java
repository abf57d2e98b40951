package org.pravaas.governance.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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
    /** Organ, number, first day, days; then each decision as number:adoption:day of the session. */
    private static final String[] SESSIONS = {
        "COUNCIL 1 1951-12-05 4",
        "COUNCIL 7 1953-11-12 4 7/1:VOTE:3",
        "COUNCIL 60 1980-11-18 3 60/1:CONSENSUS:2",
        "EXCOM 89 1989-06-20 3",
        "COUNCIL 66 1989-11-13 2 66/1:VOTE:1",
        "EXCOM 112 2012-06-26 2",
        "COUNCIL 103 2013-11-26 2 103/1:CONSENSUS:1",
        "SCPF 35 2024-10-29 2",
        "COUNCIL 115 2024-11-26 3 115/1:CONSENSUS:2",
        "SCPF 37 2025-10-28 2",
        "COUNCIL 116 2025-11-25 3 116/1:CONSENSUS:1 116/2:VOTE:2"
    };

    private static final String VENUE = "Geneva";

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
        for (String line : SESSIONS) {
            String[] f = line.split(" ");
            Session s = convene(f[0], Integer.parseInt(f[1]), LocalDate.parse(f[2]), Integer.parseInt(f[3]));
            keepRecords(s);
            for (int i = 4; i < f.length; i++) {
                String[] d = f[i].split(":");
                adopt(s, d[0], Adoption.valueOf(d[1]), Integer.parseInt(d[2]));
            }
        }
    }

    private Session convene(String organ, int number, LocalDate starts, int days) {
        Organ body = organs.findByCode(organ).orElseThrow();
        String report = "The " + body.names().english() + " met in " + VENUE + " in session " + number
                + " and adopted the report of the session on its last day.";
        Session s = new Session(
                Ids.newId(),
                body.id(),
                organ,
                body.names(),
                number,
                false,
                starts,
                starts.plusDays(days - 1),
                VENUE,
                report);
        sessions.insert(s);
        return s;
    }

    /** The agenda, two documents (the first with its file), attendance and officers. */
    private void keepRecords(Session s) {
        for (Map<String, String> item : Texts.AGENDA) {
            sessions.addAgendaItem(Ids.newId(), s.id(), new LocalizedText(item));
        }
        String symbol = s.organCode() + "/" + s.number() + "/";
        byte[] agenda = ("Provisional agenda, " + s.organCode() + " " + s.number()).getBytes(StandardCharsets.UTF_8);
        records.addDocument(
                Ids.newId(),
                s.id(),
                null,
                symbol + "1",
                new LocalizedText(Texts.AGENDA.get(0)),
                "en",
                new File("agenda.txt", "text/plain", agenda));
        records.addDocument(
                Ids.newId(), s.id(), null, symbol + "2", new LocalizedText(Texts.AGENDA.get(2)), "en", null);
        List<MemberState> present = members.on(s.startsOn());
        for (MemberState m : present) {
            if (random.nextInt(10) < 9) {
                records.attend(s.id(), m.country(), m.status().name(), null);
            }
        }
        officers(s, present);
    }

    private void officers(Session s, List<MemberState> present) {
        List<MemberState> states = present.stream()
                .filter(m -> m.status() == MembershipStatus.MEMBER)
                .toList();
        for (String role : List.of("CHAIR", "VICE_CHAIR", "VICE_CHAIR", "RAPPORTEUR")) {
            String country = states.get(random.nextInt(states.size())).country();
            records.addOfficer(Ids.newId(), s.id(), role, Texts.PEOPLE[random.nextInt(Texts.PEOPLE.length)], country);
        }
    }

    /** A resolution adopted on the session's {@code day}-th day; by vote, each state with a vote casts one. */
    private void adopt(Session s, String number, Adoption adoption, int day) {
        LocalDate on = s.startsOn().plusDays(day - 1);
        LocalizedText titles = new LocalizedText(Texts.RESOLUTIONS.get(number));
        String body = "The " + s.organNames().english() + ",\n\nHaving considered the documents before it and the"
                + " recommendations of the Director General,\n\nDecides: "
                + titles.english().toLowerCase(Locale.ROOT) + ".";
        Resolution r = new Resolution(Ids.newId(), s.id(), number, titles, body, on, adoption);
        resolutions.insert(r);
        if (adoption == Adoption.VOTE) {
            for (MemberState m : members.on(on)) {
                if (m.votingRight().mayVote() && random.nextInt(20) > 0) {
                    int x = random.nextInt(10);
                    resolutions.vote(r.id(), m.country(), x < 7 ? Choice.YES : x < 9 ? Choice.ABSTAIN : Choice.NO);
                }
            }
        }
    }
}
