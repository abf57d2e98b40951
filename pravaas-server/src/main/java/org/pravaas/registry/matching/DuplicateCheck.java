package org.pravaas.registry.matching;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.pravaas.match.ScoredPair;
import org.pravaas.organization.Access;
import org.pravaas.organization.OfficeDirectory;
import org.pravaas.organization.OfficeId;
import org.pravaas.registry.person.Document;
import org.pravaas.registry.person.Person;
import org.pravaas.registry.person.PersonIndexer;
import org.pravaas.registry.person.PersonMatching;
import org.pravaas.registry.person.PersonMatching.Profile;
import org.pravaas.registry.person.PersonStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Is this person already registered? Looks in the whole registry (a person registered by another
 * mission is still the same person), scores every candidate with the matching engine and returns
 * the likely ones, best first. Candidates outside the user's offices are reported without names.
 */
@Service
public class DuplicateCheck {
    /** Candidates below this probability are not worth a registrar's attention. */
    static final double SHOWN_FROM = 0.2;

    private final Candidates candidates;
    private final PersonStore store;
    private final PersonMatching matching;
    private final Access access;
    private final OfficeDirectory offices;
    private final double threshold;

    DuplicateCheck(
            Candidates candidates,
            PersonStore store,
            PersonMatching matching,
            Access access,
            OfficeDirectory offices,
            @Value("${pravaas.registry.duplicate-threshold:0.9}") double threshold) {
        this.candidates = candidates;
        this.store = store;
        this.matching = matching;
        this.access = access;
        this.offices = offices;
        this.threshold = threshold;
    }

    /** The probability from which a candidate counts as a likely duplicate that needs a decision. */
    public double threshold() {
        return threshold;
    }

    /** The likely duplicates of a profile, best first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<Candidate> check(Profile probe, int limit) {
        List<UUID> ids = candidates.find(matching.probe(probe));
        List<Person> found = store.persons().findAll(ids);
        Map<UUID, List<Document>> documents = store.documents().ofAll(ids);
        return found.stream()
                .filter(p -> !p.id().toString().equals(probe.id()))
                .map(p -> candidate(probe, p, documents.getOrDefault(p.id(), List.of())))
                .filter(c -> c.probability() >= SHOWN_FROM)
                .sorted(Comparator.comparingDouble(Candidate::probability).reversed())
                .limit(limit)
                .toList();
    }

    private Candidate candidate(Profile probe, Person p, List<Document> documents) {
        Profile profile = PersonIndexer.profile(
                p, documents.stream().map(Document::number).toList());
        ScoredPair s = matching.score(probe, profile);
        boolean inScope = access.signedIn().isEmpty() || access.covers(new OfficeId(p.officeId()));
        return new Candidate(
                p.summary(),
                offices.code(p.officeId()),
                inScope,
                s.probability(),
                s.fields(),
                readings(probe),
                inScope ? p.primaryName().latin() : "");
    }

    private static String readings(Profile p) {
        return p.names().stream().map(n -> n.latin()).distinct().collect(Collectors.joining(" / "));
    }
}
