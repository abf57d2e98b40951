package org.pravaas.skills.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.pravaas.registry.person.Persons;
import org.pravaas.shared.RuleViolation;
import org.pravaas.skills.profile.Availability;
import org.pravaas.skills.profile.Profile;
import org.pravaas.skills.profile.ProfileCommand;
import org.pravaas.skills.profile.ProfileKind;
import org.pravaas.skills.profile.ProfileService;
import org.pravaas.skills.profile.QualificationCommand;
import org.pravaas.skills.profile.QualificationLevel;
import org.pravaas.skills.profile.Recognition;
import org.springframework.stereotype.Component;

/**
 * Skills profiles for registry people of four missions: Syrian doctors, nurses, engineers and
 * teachers in Lebanon and Jordan (returning talent), Indian and Colombian workers (vacancies).
 */
@Component
class DemoProfiles {
    /** An occupation with the skills and languages people in it typically have. */
    record Trade(
            ProfileKind kind,
            String headline,
            List<String> codes,
            List<String> skills,
            String languages,
            QualificationLevel level,
            String qualification) {}

    static final List<Trade> SYRIAN = List.of(
            new Trade(
                    ProfileKind.EXPERT,
                    "Intensive care nurse",
                    List.of("2221"),
                    List.of("intensive care", "triage", "wound care", "infection control", "paediatrics"),
                    "ar:native en:B2 fr:A2",
                    QualificationLevel.BACHELOR,
                    "Bachelor of Nursing"),
            new Trade(
                    ProfileKind.EXPERT,
                    "Emergency physician",
                    List.of("2211", "2212"),
                    List.of("emergency medicine", "trauma care", "ultrasound", "triage", "telemedicine"),
                    "ar:native en:C1 fr:B1",
                    QualificationLevel.DOCTORATE,
                    "Doctor of Medicine"),
            new Trade(
                    ProfileKind.EXPERT,
                    "Paediatrician",
                    List.of("2212"),
                    List.of("paediatrics", "neonatal care", "telemedicine", "vaccination"),
                    "ar:native en:B2 fr:B2",
                    QualificationLevel.SPECIALIST,
                    "Board certification in paediatrics"),
            new Trade(
                    ProfileKind.EXPERT,
                    "Structural engineer",
                    List.of("2142"),
                    List.of("structural design", "site supervision", "autocad", "earthquake engineering"),
                    "ar:native en:B2",
                    QualificationLevel.MASTER,
                    "MSc Civil Engineering"),
            new Trade(
                    ProfileKind.EXPERT,
                    "Water and sanitation engineer",
                    List.of("2142", "2143"),
                    List.of("water supply", "sanitation", "site supervision", "gis"),
                    "ar:native en:B1 fr:B1",
                    QualificationLevel.BACHELOR,
                    "BSc Environmental Engineering"),
            new Trade(
                    ProfileKind.EXPERT,
                    "Mathematics teacher",
                    List.of("2330"),
                    List.of("mathematics", "curriculum design", "teacher training", "physics"),
                    "ar:native en:B1",
                    QualificationLevel.BACHELOR,
                    "Teaching diploma, mathematics"),
            new Trade(
                    ProfileKind.WORKER,
                    "Electrician",
                    List.of("7411"),
                    List.of("wiring", "solar installation", "maintenance"),
                    "ar:native en:A2",
                    QualificationLevel.VOCATIONAL,
                    "Vocational certificate, electrical installation"));

    static final List<Trade> INDIAN = List.of(
            new Trade(
                    ProfileKind.WORKER,
                    "Registered nurse",
                    List.of("2221"),
                    List.of("intensive care", "geriatrics", "wound care", "medication administration"),
                    "hi:native en:B2 de:A2",
                    QualificationLevel.BACHELOR,
                    "BSc Nursing"),
            new Trade(
                    ProfileKind.WORKER,
                    "Home care worker",
                    List.of("5322", "5321"),
                    List.of("elderly care", "first aid", "dementia care", "cooking"),
                    "hi:native en:B1",
                    QualificationLevel.VOCATIONAL,
                    "Certificate in home health aide"),
            new Trade(
                    ProfileKind.WORKER,
                    "Construction electrician",
                    List.of("7411", "7412"),
                    List.of("wiring", "solar installation", "blueprint reading", "maintenance"),
                    "hi:native en:A2",
                    QualificationLevel.VOCATIONAL,
                    "ITI electrician trade certificate"),
            new Trade(
                    ProfileKind.WORKER,
                    "Welder",
                    List.of("7212"),
                    List.of("arc welding", "tig welding", "blueprint reading"),
                    "hi:native en:A2",
                    QualificationLevel.VOCATIONAL,
                    "ITI welder trade certificate"),
            new Trade(
                    ProfileKind.EXPERT,
                    "Software developer",
                    List.of("2512"),
                    List.of("java", "sql", "cloud", "data analysis"),
                    "hi:native en:C1",
                    QualificationLevel.BACHELOR,
                    "BTech Computer Science"));

    static final List<Trade> COLOMBIAN = List.of(
            new Trade(
                    ProfileKind.WORKER,
                    "Fruit picker",
                    List.of("9211", "6112"),
                    List.of("harvesting", "pruning", "packing"),
                    "es:native",
                    QualificationLevel.SECONDARY,
                    "Secondary school certificate"),
            new Trade(
                    ProfileKind.EXPERT,
                    "Agronomist",
                    List.of("2132"),
                    List.of("crop management", "irrigation", "soil analysis", "harvesting"),
                    "es:native en:B1",
                    QualificationLevel.BACHELOR,
                    "Ingeniería agronómica"),
            new Trade(
                    ProfileKind.WORKER,
                    "Nursing assistant",
                    List.of("3221", "5321"),
                    List.of("elderly care", "first aid", "wound care"),
                    "es:native en:A2",
                    QualificationLevel.VOCATIONAL,
                    "Técnico en enfermería"));

    private final Persons persons;
    private final ProfileService profiles;

    DemoProfiles(Persons persons, ProfileService profiles) {
        this.persons = persons;
        this.profiles = profiles;
    }

    /** Up to {@code count} profiles for the first people registered by the office this year. */
    List<Profile> load(String office, int count, List<Trade> trades, String residence, String origin, Random random) {
        List<Profile> made = new ArrayList<>();
        int year = LocalDate.now().getYear();
        for (int n = 1; n <= count * 3 && made.size() < count; n++) {
            Optional<UUID> person = persons.idByReference(Persons.reference(office, year, n));
            if (person.isEmpty()) continue;
            Trade t = trades.get(made.size() % trades.size());
            try {
                Profile p = profiles.create(command(person.get(), t, residence, origin, random));
                profiles.addQualification(p.id(), qualification(t, origin, residence, random));
                made.add(p);
            } catch (RuleViolation e) {
                // A person merged into one who already has a profile: the next one will do.
            }
        }
        return made;
    }

    private static ProfileCommand command(UUID person, Trade t, String residence, String origin, Random random) {
        List<String> skills = new ArrayList<>(t.skills());
        java.util.Collections.shuffle(skills, random);
        List<Availability> availability = t.kind() == ProfileKind.WORKER
                ? List.of(Availability.LONG_TERM)
                : random.nextBoolean()
                        ? List.of(Availability.SHORT_ASSIGNMENT, Availability.VIRTUAL)
                        : List.of(Availability.SHORT_ASSIGNMENT);
        return new ProfileCommand(
                person,
                t.kind(),
                t.headline(),
                t.codes(),
                skills.subList(0, 2 + random.nextInt(skills.size() - 1)),
                3 + random.nextInt(20),
                residence,
                origin,
                availability,
                random.nextInt(5) == 0 ? LocalDate.now().plusDays(60) : null,
                random.nextInt(8) != 0,
                List.of(t.languages().split(" ")));
    }

    private static QualificationCommand qualification(Trade t, String origin, String residence, Random random) {
        Recognition r = Recognition.values()[random.nextInt(Recognition.values().length)];
        return new QualificationCommand(
                t.qualification(),
                t.level(),
                origin,
                2000 + random.nextInt(22),
                r,
                r == Recognition.NOT_REQUESTED ? null : residence);
    }
}
