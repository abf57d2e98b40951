package org.pravaas.registry.person;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.jspecify.annotations.Nullable;
import org.pravaas.match.CandidateKeys;
import org.pravaas.match.MatchOptions;
import org.pravaas.match.MatchRecord;
import org.pravaas.match.Matcher;
import org.pravaas.match.Model;
import org.pravaas.match.NameKeys;
import org.pravaas.match.ScoredPair;
import org.springframework.stereotype.Component;

/**
 * The registry's use of the matching engine: how a person becomes match records (one per name),
 * the keys stored to find them again, and the score of two people (the best of their names).
 * The model was trained without labels by {@code pravaas dedupe --save-model} on a generated
 * population in the registry's six fields; it ships in {@code registry/person-model.json}.
 */
@Component
public class PersonMatching {
    private final Matcher matcher;
    private final CandidateKeys keys;

    PersonMatching() {
        Model model = loadModel();
        this.matcher = new Matcher(model, MatchOptions.defaults());
        this.keys = new CandidateKeys(model.schema());
    }

    /** What the engine compares of a person. */
    public record Profile(
            String id,
            List<PersonName> names,
            @Nullable BirthDate birth,
            Sex sex,
            List<String> nationalities,
            List<String> documentNumbers) {}

    /** The database columns that find a person again: blocking keys and name sound codes. */
    public record Index(long[] matchKeys, String[] nameCodes) {}

    public Index index(Profile p) {
        LongStream.Builder all = LongStream.builder();
        for (MatchRecord r : records(p)) {
            for (long k : keys.stored(r).all()) all.add(k);
        }
        return new Index(all.build().sorted().distinct().toArray(), nameCodes(p.names()));
    }

    /** Keys to look up for a person being checked: selective ones and, separately, broad ones. */
    public CandidateKeys.Keys probe(Profile p) {
        Set<Long> broad = new LinkedHashSet<>();
        Set<Long> selective = new LinkedHashSet<>();
        for (MatchRecord r : records(p)) {
            CandidateKeys.Keys k = keys.probe(r);
            for (long b : k.broad()) broad.add(b);
            for (long s : k.selective()) selective.add(s);
        }
        return new CandidateKeys.Keys(toArray(broad), toArray(selective));
    }

    /** The best-scoring pair of names of two people, explained. */
    public ScoredPair score(Profile a, Profile b) {
        ScoredPair best = null;
        for (MatchRecord ra : records(a)) {
            for (MatchRecord rb : records(b)) {
                ScoredPair s = matcher.score(ra, rb);
                if (best == null || s.matchWeight() > best.matchWeight()) best = s;
            }
        }
        if (best == null) throw new IllegalArgumentException("a person without a name cannot be scored");
        return best;
    }

    /** Sound codes of every name token (in every script), for name search. */
    public static String[] nameCodes(List<PersonName> names) {
        Set<String> codes = new LinkedHashSet<>();
        for (PersonName n : names) NameKeys.of(n.full()).ifPresent(k -> codes.addAll(k.phoneticCodes()));
        return codes.toArray(String[]::new);
    }

    private static List<MatchRecord> records(Profile p) {
        String birth = p.birth() == null || p.birth().estimated()
                ? yearOrNull(p.birth())
                : p.birth().text();
        String sex = p.sex() == Sex.U ? null : p.sex().name();
        String nationality =
                p.nationalities().isEmpty() ? null : p.nationalities().get(0);
        String document =
                p.documentNumbers().isEmpty() ? null : p.documentNumbers().get(0);
        List<MatchRecord> out = new ArrayList<>();
        for (PersonName n : p.names()) {
            out.add(new MatchRecord(p.id(), new String[] {
                blankToNull(n.givenNames()), blankToNull(n.familyName()), birth, sex, nationality, document
            }));
        }
        return out;
    }

    private static @Nullable String blankToNull(String s) {
        return s.isBlank() ? null : s;
    }

    private static @Nullable String yearOrNull(@Nullable BirthDate birth) {
        return birth == null ? null : Integer.toString(birth.date().getYear());
    }

    private static long[] toArray(Set<Long> values) {
        return values.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private static Model loadModel() {
        try (InputStream in = PersonMatching.class.getResourceAsStream("/registry/person-model.json")) {
            if (in == null)
                throw new IllegalStateException("registry/person-model.json is missing from the class path");
            return Model.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
