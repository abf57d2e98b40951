package org.pravaas.voting.register;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.pravaas.match.CandidateKeys;
import org.pravaas.match.MatchOptions;
import org.pravaas.match.MatchRecord;
import org.pravaas.match.Matcher;
import org.pravaas.match.Model;
import org.pravaas.match.NameKeys;
import org.springframework.stereotype.Component;

/**
 * The voting module's use of the matching engine: a voter becomes one match record (given
 * names, family name, birth date, sex, citizenship, first document number), stored with the keys
 * that find it again, so that a second registration is found across spellings and scripts. The
 * model is the registry's (trained without labels on the same six fields), copied into {@code
 * voting/voter-model.json} so the two modules evolve independently.
 */
@Component
public class VoterMatching {
    private final Matcher matcher;
    private final CandidateKeys keys;

    VoterMatching() {
        Model model = loadModel();
        this.matcher = new Matcher(model, MatchOptions.defaults());
        this.keys = new CandidateKeys(model.schema());
    }

    /** What the engine compares of a voter. */
    public record Profile(
            String id,
            String given,
            String family,
            LocalDate birthDate,
            Sex sex,
            String citizenship,
            @Nullable String documentNumber) {}

    /** The name as stored: its script and the most likely Latin reading (a Latin name keeps its spelling). */
    public record Reading(String script, String latin) {}

    public static Reading reading(String given, String family) {
        String full = given.strip() + " " + family.strip();
        return NameKeys.of(full)
                .map(k -> new Reading(
                        k.script(),
                        k.script().equals("LATIN")
                                ? full
                                : titleCase(k.latinReadings().get(0))))
                .orElse(new Reading("LATIN", full));
    }

    /** Blocking keys to store with the voter. */
    public long[] matchKeys(Profile p) {
        return keys.stored(record(p)).all();
    }

    /** Keys to look up for an applicant. */
    public CandidateKeys.Keys probe(Profile p) {
        return keys.probe(record(p));
    }

    /** How probably two registrations are one person (0..1). */
    public double probability(Profile a, Profile b) {
        return matcher.score(record(a), record(b)).probability();
    }

    /** Sound codes of every name token in its Latin readings, for search in any script. */
    public static String[] nameCodes(String given, String family) {
        Set<String> codes = new LinkedHashSet<>();
        NameKeys.of(given + " " + family).ifPresent(k -> codes.addAll(k.phoneticCodes()));
        return codes.toArray(String[]::new);
    }

    /** Sound codes of one typed word, for search. */
    public static List<String> wordCodes(String word) {
        return NameKeys.of(word).map(NameKeys::phoneticCodes).orElse(List.of());
    }

    private static MatchRecord record(Profile p) {
        return new MatchRecord(p.id(), new String[] {
            p.given(), p.family(), p.birthDate().toString(), p.sex().name(), p.citizenship(), p.documentNumber()
        });
    }

    private static String titleCase(String reading) {
        return Arrays.stream(reading.split(" "))
                .filter(t -> !t.isEmpty())
                .map(t -> t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1))
                .collect(Collectors.joining(" "));
    }

    private static Model loadModel() {
        try (InputStream in = VoterMatching.class.getResourceAsStream("/voting/voter-model.json")) {
            if (in == null) {
                throw new IllegalStateException("voting/voter-model.json is missing from the class path");
            }
            return Model.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
