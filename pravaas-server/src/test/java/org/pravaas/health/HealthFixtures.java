package org.pravaas.health;

import java.util.UUID;
import org.pravaas.organization.BatchIdentity;
import org.pravaas.registry.PersonSummary;
import org.pravaas.registry.person.PersonDirectory;
import org.pravaas.registry.person.PersonQuery;

/**
 * The demo clinic's people (registered in Cox's Bazar by the demo): the demo works on the first
 * 35; each test takes its own from the rest, so tests never share a person's hold or decision.
 */
final class HealthFixtures {
    private HealthFixtures() {}

    /** Person {@code n} (35..59) of the demo clinic, read as the health officer (who stays signed in). */
    static PersonSummary person(BatchIdentity identity, PersonDirectory directory, int n) {
        identity.actAs("health");
        String document = String.format("CXBH%05d", n + 1);
        return directory.search(new PersonQuery(document, null, null)).stream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("demo person " + document + " missing"))
                .person()
                .summary();
    }

    static UUID usProfile() {
        return UUID.fromString("01900000-0000-7000-8000-000000000001");
    }
}
