package org.pravaas.skills.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pravaas.PravaasTest;
import org.pravaas.organization.BatchIdentity;
import org.pravaas.registry.PersonId;
import org.pravaas.registry.PersonUnmerged;
import org.pravaas.registry.PersonsMerged;
import org.pravaas.skills.SkillsFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;

/** A profile follows its person through a registry merge and back through the unmerge. */
@PravaasTest
class PersonMergesTests {
    @LocalServerPort
    int port;

    @Autowired
    PersonMerges merges;

    @Autowired
    Profiles profiles;

    @Autowired
    ProfileService service;

    @Autowired
    BatchIdentity identity;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** The listener runs after commit on its own thread, as the event registry delivers it. */
    private void awaitPerson(UUID profile, UUID person) throws InterruptedException {
        for (int i = 0;
                i < 100 && !profiles.find(profile).orElseThrow().personId().equals(person);
                i++) {
            Thread.sleep(50);
        }
        assertThat(profiles.find(profile).orElseThrow().personId()).isEqualTo(person);
    }

    @Test
    void theMergedPersonsProfileMovesToTheSurvivorAndComesBackOnUnmerge() throws Exception {
        UUID survivor = SkillsFixtures.person(port, "Maha", "Survivor");
        UUID merged = SkillsFixtures.person(port, "Maha", "Merged");
        identity.actAs("admin");
        Profile p = SkillsFixtures.profile(service, merged, "2221", true);
        long generation = profiles.generation();
        PersonsMerged event = new PersonsMerged(UUID.randomUUID(), new PersonId(survivor), new PersonId(merged));
        merges.on(event);
        awaitPerson(p.id(), survivor);
        merges.on(event);
        Thread.sleep(300);
        assertThat(profiles.find(p.id()).orElseThrow().personId()).isEqualTo(survivor);
        assertThat(profiles.findByPerson(survivor)).isPresent();
        assertThat(profiles.generation()).isGreaterThan(generation);
        merges.on(new PersonUnmerged(event.mergeId(), new PersonId(survivor), new PersonId(merged)));
        awaitPerson(p.id(), merged);
        assertThat(profiles.find(p.id()).orElseThrow().personId()).isEqualTo(merged);
        assertThat(profiles.findByPerson(survivor)).isEmpty();
    }
}
