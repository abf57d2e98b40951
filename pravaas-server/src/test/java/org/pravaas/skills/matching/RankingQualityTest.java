package org.pravaas.skills.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pravaas.skills.opening.Opening;
import org.pravaas.skills.opening.OpeningKind;
import org.pravaas.skills.opening.OpeningStatus;
import org.pravaas.skills.opening.OrganisationType;
import org.pravaas.skills.profile.Availability;
import org.pravaas.skills.profile.LanguageLevel;
import org.pravaas.skills.profile.SpokenLanguage;

/**
 * The ranking measured on labelled examples (test resources skills/ranking-*.csv): 37 candidates,
 * 8 openings, relevance judged 0 to 3 per pair. The floors are a little under what the ranker
 * measured when they were set: NDCG@5 0.968; precision@3 0.79, where 0.83 is the most the labels
 * allow (four openings have only two good candidates). A change that makes rankings worse fails.
 */
class RankingQualityTest {
    private static final Path DIR = Path.of("src/test/resources/skills");
    private final Map<String, UUID> ids = new HashMap<>();
    private final Map<UUID, String> names = new HashMap<>();
    private final Pool pool = Pool.of(
            1, rows("ranking-candidates.csv").stream().map(this::candidate).toList());
    private final List<Opening> openings =
            rows("ranking-openings.csv").stream().map(this::opening).toList();
    private final Map<String, Map<String, Integer>> labels = labels();

    @Test
    void rankingReachesTheMeasuredNdcgAtFiveOnTheLabelledExamples() {
        double mean = openings.stream().mapToDouble(o -> ndcg(o, 5)).average().orElseThrow();
        assertThat(mean).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void atLeastTwoOfTheFirstThreeAreGoodOrIdealForEveryOpening() {
        double precision =
                openings.stream().mapToDouble(o -> precision(o, 3)).average().orElseThrow();
        assertThat(precision).isGreaterThanOrEqualTo(0.75);
        openings.forEach(o -> assertThat(precision(o, 3)).as(o.title()).isGreaterThanOrEqualTo(0.66));
    }

    @Test
    void theIdealCandidateComesFirstForEveryOpening() {
        for (Opening o : openings) {
            String first = names.get(pool.profileId(Ranker.top(pool, Demand.of(o, pool), 1, null)[0]));
            assertThat(labels.get(o.title()).getOrDefault(first, 0))
                    .as(o.title())
                    .isEqualTo(3);
        }
    }

    private double ndcg(Opening o, int k) {
        List<Integer> gains = ranked(o, k);
        List<Integer> ideal = labels.get(o.title()).values().stream()
                .sorted((a, b) -> b - a)
                .limit(k)
                .toList();
        return dcg(gains) / dcg(ideal);
    }

    private double precision(Opening o, int k) {
        return ranked(o, k).stream().filter(g -> g >= 2).count() / (double) k;
    }

    private List<Integer> ranked(Opening o, int k) {
        int[] top = Ranker.top(pool, Demand.of(o, pool), k, null);
        Map<String, Integer> judged = labels.get(o.title());
        return Arrays.stream(top)
                .mapToObj(i -> judged.getOrDefault(names.get(pool.profileId(i)), 0))
                .toList();
    }

    private static double dcg(List<Integer> gains) {
        double sum = 0;
        for (int i = 0; i < gains.size(); i++) {
            sum += (Math.pow(2, gains.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return sum;
    }

    private CandidateRow candidate(String[] c) {
        UUID id = UUID.nameUUIDFromBytes(c[0].getBytes(StandardCharsets.UTF_8));
        ids.put(c[0], id);
        names.put(id, c[0]);
        EnumSet<Availability> availability = EnumSet.noneOf(Availability.class);
        list(c[4]).forEach(a -> availability.add(Availability.valueOf(a)));
        return new CandidateRow(
                id,
                id,
                UUID.nameUUIDFromBytes(new byte[] {1}),
                list(c[1]),
                list(c[2]),
                languages(c[3]),
                availability,
                c[5].isEmpty() ? null : LocalDate.parse(c[5]),
                c[6],
                c[7],
                Integer.parseInt(c[8]));
    }

    private Opening opening(String[] o) {
        LocalDate starts = LocalDate.parse(o[8]);
        return new Opening(
                UUID.randomUUID(),
                o[0],
                OpeningKind.valueOf(o[1]),
                UUID.randomUUID(),
                o[0],
                "host",
                OrganisationType.OTHER,
                o[2],
                o[3].isEmpty() ? null : o[3],
                o[4],
                list(o[5]),
                languages(o[6]),
                Availability.valueOf(o[7]),
                1,
                starts,
                starts.plusMonths(6),
                "",
                OpeningStatus.OPEN);
    }

    private Map<String, Map<String, Integer>> labels() {
        return rows("ranking-labels.csv").stream()
                .collect(Collectors.groupingBy(r -> r[0], Collectors.toMap(r -> r[1], r -> Integer.parseInt(r[2]))));
    }

    private static List<SpokenLanguage> languages(String text) {
        return list(text).stream()
                .map(l -> l.split(":"))
                .map(l -> new SpokenLanguage(l[0], LanguageLevel.ofRank(Integer.parseInt(l[1]))))
                .toList();
    }

    private static List<String> list(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split("\\|"));
    }

    private static List<String[]> rows(String file) {
        try {
            return Files.readAllLines(DIR.resolve(file), StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split(";", -1))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
