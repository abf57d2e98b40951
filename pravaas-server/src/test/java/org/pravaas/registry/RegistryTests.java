package org.pravaas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pravaas.PravaasTest;
import org.pravaas.organization.BatchIdentity;
import org.pravaas.registry.matching.Candidate;
import org.pravaas.registry.matching.MergeService;
import org.pravaas.registry.matching.Registration;
import org.pravaas.registry.matching.Registration.NeedsDecision;
import org.pravaas.registry.matching.Registration.Registered;
import org.pravaas.registry.person.DocumentCommand;
import org.pravaas.registry.person.DocumentKind;
import org.pravaas.registry.person.Person;
import org.pravaas.registry.person.PersonCommand;
import org.pravaas.registry.person.PersonCommand.NameInput;
import org.pravaas.registry.person.PersonDirectory;
import org.pravaas.registry.person.PersonQuery;
import org.pravaas.registry.person.Sex;
import org.pravaas.registry.person.Vulnerability;
import org.pravaas.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

@PravaasTest
class RegistryTests {
    @Autowired
    Registration registration;

    @Autowired
    PersonDirectory directory;

    @Autowired
    MergeService merges;

    @Autowired
    BatchIdentity identity;

    @Autowired
    org.pravaas.registry.household.HouseholdService households;

    @Autowired
    org.pravaas.registry.person.PhotoService photos;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static PersonCommand person(String given, String family, String birth, Sex sex, String nationality) {
        return new PersonCommand(
                List.of(new NameInput(null, given, null, family, null)),
                sex,
                birth,
                false,
                null,
                null,
                List.of(nationality),
                List.of(),
                null,
                List.of(Vulnerability.DISABILITY),
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private Person registerNew(PersonCommand c, List<DocumentCommand> docs) {
        return ((Registered) registration.register(c, docs, true)).person();
    }

    @Test
    void anArabicRegistrationFindsTheSamePersonRegisteredInLatinLetters() {
        identity.actAs("registrar");
        Person latin = registerNew(person("Zakariya", "Al-Khatib", "1987-06-03", Sex.M, "SY"), List.of());
        List<Candidate> found =
                registration.candidates(person("زكريا", "الخطيب", "1987-06-03", Sex.M, "SY"), List.of());
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).person().id().value()).isEqualTo(latin.id());
        assertThat(found.get(0).probability()).isGreaterThan(0.9);
        assertThat(found.get(0).reasons())
                .extracting(f -> f.field())
                .contains("given_names", "family_name", "birth_date");
    }

    @Test
    void aLikelyDuplicateStopsRegistrationUntilTheRegistrarConfirmsANewPerson() {
        identity.actAs("registrar");
        registerNew(person("Fatima", "Haddadin", "1992-11-20", Sex.F, "JO"), List.of());
        PersonCommand again = person("Fatma", "Haddadin", "1992-11-20", Sex.F, "JO");
        assertThat(registration.register(again, List.of(), false)).isInstanceOf(NeedsDecision.class);
        assertThat(registration.register(again, List.of(), true)).isInstanceOf(Registered.class);
    }

    @Test
    void aPassportNumberFindsThePersonWhateverTheName() {
        identity.actAs("registrar");
        var passport =
                new DocumentCommand(DocumentKind.PASSPORT, "IQ", "A1234567", null, LocalDate.of(2030, 1, 1), null);
        Person p = registerNew(person("Haidar", "Jawad", "1979-01-01", Sex.M, "IQ"), List.of(passport));
        List<Candidate> found =
                registration.candidates(person("Hayder", "Kadhim", "1979-01-01", Sex.M, "IQ"), List.of(passport));
        assertThat(found).extracting(c -> c.person().id().value()).contains(p.id());
        assertThat(directory.search(new PersonQuery("a1234567", null, null)))
                .extracting(h -> h.person().id())
                .containsExactly(p.id());
    }

    @Test
    void aNameSearchInDevanagariFindsTheLatinRecordRankedFirst() {
        identity.actAs("registrar");
        Person p = registerNew(person("Rajesh", "Kumar", "1990-02-14", Sex.M, "IN"), List.of());
        var hits = directory.search(new PersonQuery("राजेश कुमार", "1990", null));
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).person().id()).isEqualTo(p.id());
    }

    @Test
    void aFutureBirthAndAnUnknownCountryAreRefusedNamingTheirFields() {
        identity.actAs("registrar");
        PersonCommand bad = person("Amal", "Nasser", LocalDate.now().plusDays(3).toString(), Sex.F, "QQ");
        assertThatThrownBy(() -> registration.register(bad, List.of(), true))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.messageKey())
                        .contains("birthDate:registry.birth-date.future", "nationalities:registry.country.unknown"));
        PersonCommand impossible = person("Amal", "Nasser", "2001-02-30", Sex.F, "JO");
        assertThatThrownBy(() -> registration.register(impossible, List.of(), true))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.violations())
                        .extracting(v -> v.messageKey())
                        .contains("registry.birth-date.impossible"));
    }

    @Test
    void anUnmergeRestoresBothRecordsAndTheirDocumentsExactly() {
        identity.actAs("registrar");
        var passport = new DocumentCommand(DocumentKind.PASSPORT, "LB", "RL0099887", null, null, null);
        Person a = registerNew(person("Nour", "Saade", "1985-04-09", Sex.F, "LB"), List.of());
        Person b = registerNew(person("نور", "سعادة", "1985", Sex.F, "LB"), List.of(passport));
        var mergeId = merges.merge(a.id(), b.id(), false, false);
        Person survivor = directory.view(a.id()).person();
        assertThat(survivor.names()).hasSize(2);
        assertThat(directory.view(a.id()).documents())
                .extracting(d -> d.number())
                .containsExactly("RL0099887");
        assertThat(directory.view(b.id()).person().merged()).isTrue();

        merges.unmerge(mergeId);
        var restoredA = directory.view(a.id());
        var restoredB = directory.view(b.id());
        assertThat(restoredA.person().names()).isEqualTo(a.names());
        assertThat(restoredA.person().birth()).isEqualTo(a.birth());
        assertThat(restoredA.documents()).isEmpty();
        assertThat(restoredB.person().merged()).isFalse();
        assertThat(restoredB.person().names()).isEqualTo(b.names());
        assertThat(restoredB.person().birth()).isEqualTo(b.birth());
        assertThat(restoredB.documents()).extracting(d -> d.number()).containsExactly("RL0099887");
    }

    @Test
    void anotherMissionCannotReadAPersonAndAViewerDoesNotSeeVulnerabilities() {
        identity.actAs("registrar");
        Person p = registerNew(person("Omar", "Zoubi", "1970-07-07", Sex.M, "JO"), List.of());
        identity.actAs("caseworker");
        assertThatThrownBy(() -> directory.view(p.id())).isInstanceOf(AccessDeniedException.class);
        identity.actAs("admin");
        assertThat(directory.view(p.id()).person().details().vulnerabilities())
                .containsExactly(Vulnerability.DISABILITY);
        identity.actAs("viewer");
        assertThatThrownBy(() -> directory.view(p.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aChildHeadingAHouseholdWithAnAdultIsAWarningNotABlock() {
        identity.actAs("registrar");
        Person mother = registerNew(person("Hanan", "Obeidat", "1980-05-05", Sex.F, "JO"), List.of());
        Person son = registerNew(
                person("Yazan", "Obeidat", LocalDate.now().minusYears(15).toString(), Sex.M, "JO"), List.of());
        var household = households.open("Obeidat");
        var day = LocalDate.now();
        assertThat(households.addMember(
                        household,
                        new org.pravaas.registry.household.MemberCommand(
                                mother.reference(), org.pravaas.registry.household.Relationship.PARENT, day)))
                .isEmpty();
        var warnings = households.addMember(
                household,
                new org.pravaas.registry.household.MemberCommand(
                        son.reference(), org.pravaas.registry.household.Relationship.HEAD, day));
        assertThat(warnings).extracting(v -> v.messageKey()).containsExactly("registry.household.child-head");
        assertThat(households.find(household).currentMembers()).hasSize(2);
        assertThatThrownBy(() -> households.addMember(
                        household,
                        new org.pravaas.registry.household.MemberCommand(
                                mother.reference(), org.pravaas.registry.household.Relationship.HEAD, day.plusDays(1))))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        e -> assertThat(e.violations().get(0).messageKey()).isEqualTo("registry.household.one-head"));
    }

    @Test
    void aPhotoMustBeAJpegOrPngByItsBytesAndOnlyRolesThatIdentifyPeopleSeeIt() {
        identity.actAs("registrar");
        Person p = registerNew(person("Reem", "Tamimi", "1993-03-03", Sex.F, "JO"), List.of());
        assertThatThrownBy(() -> photos.upload(p.id(), "<svg onload=alert(1)>".getBytes()))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        e -> assertThat(e.violations().get(0).messageKey()).isEqualTo("registry.photo.type"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
        photos.upload(p.id(), png);
        assertThat(photos.photo(p.id())).get().extracting(x -> x.contentType()).isEqualTo("image/png");
        identity.actAs("elections");
        assertThatThrownBy(() -> photos.photo(p.id())).isInstanceOf(AccessDeniedException.class);
    }
}
