package org.pravaas.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatcherTest {
    private static final Schema SCHEMA = Schema.of(
            new FieldSpec("name", FieldType.NAME),
            new FieldSpec("dob", FieldType.DATE),
            new FieldSpec("passport", FieldType.IDENTIFIER));
    private final Matcher matcher = new Matcher(Model.untrained(SCHEMA), MatchOptions.defaults());

    private static MatchRecord person(String id, String name, String dob, String passport) {
        return new MatchRecord(id, new String[] {name, dob, passport});
    }

    @Test
    void givesANameItsReadingsAndPhoneticCodesForIndexing() {
        NameKeys keys = NameKeys.of("राजेश कुमार").orElseThrow();
        assertThat(keys.script()).isEqualTo("DEVANAGARI");
        assertThat(keys.latinReadings()).contains("rajesh kumar");
        assertThat(keys.phoneticCodes())
                .containsAll(NameKeys.of("Rajesh Kumar").orElseThrow().phoneticCodes());
        assertThat(NameKeys.of("!!! 123")).isEmpty();
    }

    @Test
    void explainsAScoreAsTheSumOfWhatEachFieldAddedOrRemoved() {
        ScoredPair p = matcher.score(
                person("a", "Rajesh Kumar", "19800512", "P123"), person("b", "राजेश कुमार", "19801205", "P999"));
        double prior = Math.log(0.01 / 0.99) / Math.log(2);
        assertThat(p.fields()).extracting(FieldWeight::field).containsExactly("name", "dob", "passport");
        assertThat(p.fields().get(1).level()).isEqualTo("swapped or one typo");
        assertThat(p.fields().get(2).weight()).isNegative();
        assertThat(prior + p.fields().stream().mapToDouble(FieldWeight::weight).sum())
                .isCloseTo(p.matchWeight(), within(1e-9));
    }

    @Test
    void aMissingValueNeitherAddsNorRemovesWeight() {
        ScoredPair p = matcher.score(person("a", "Ana", null, null), person("b", "Ana", "19900101", null));
        assertThat(p.fields().get(1)).isEqualTo(new FieldWeight("dob", "missing", 0.0));
    }

    @Test
    void findsTheSamePersonWrittenInAnotherScriptAndOrder() {
        List<ScoredPair> found = new ArrayList<>();
        matcher.dedupe(
                List.of(
                        person("1", "Kim Min-seok", "1990-03-04", "M1"),
                        person("2", "김민석", "1990-04-03", "M1"),
                        person("3", "Maria Garcia", "1971-01-01", "X9")),
                found::add);
        assertThat(found).extracting(p -> p.leftId() + "-" + p.rightId()).containsExactly("1-2");
    }

    @Test
    void linksTheBestCandidatesForEachLeftRecordWhateverTheirProbability() {
        List<ScoredPair> out = new ArrayList<>();
        matcher.linkTopK(
                List.of(person("q", "Mohammed Hassan", null, null)),
                List.of(
                        person("a", "محمد حسن", null, null),
                        person("b", "Ahmed Hassan", null, null),
                        person("c", "Rajesh Kumar", null, null)),
                2,
                out::add);
        assertThat(out).extracting(ScoredPair::rightId).containsExactly("a", "b");
    }

    @Test
    void clustersPairsIntoEntitiesTransitively() {
        Clusters c = new Clusters(0.5);
        c.add(new ScoredPair("a", "b", 0.9, 5, 1, List.of()));
        c.add(new ScoredPair("b", "c", 0.8, 4, 1, List.of()));
        c.add(new ScoredPair("d", "e", 0.2, -3, 0, List.of()));
        assertThat(c.clusters()).hasSize(1).first().asList().containsExactlyInAnyOrder("a", "b", "c");
    }

    @Test
    void writesPairsWithOneWeightColumnPerField() throws IOException {
        StringWriter out = new StringWriter();
        PairWriter w = new PairWriter(out, SCHEMA);
        w.write(matcher.score(person("a,1", "Ana", "19900101", "X"), person("b", "Ana", "19900101", "X")));
        String[] lines = out.toString().split("\n");
        assertThat(lines[0]).isEqualTo("left_id,right_id,probability,name,dob,passport");
        assertThat(lines[1]).startsWith("\"a,1\",b,0.99").matches(".*(,-?\\d+\\.\\d{3}){3}");
    }

    @Test
    void evaluatesAPairFileAgainstTheTruth(@TempDir Path dir) throws IOException {
        Path pairs = dir.resolve("pairs.csv");
        Files.writeString(pairs, "left_id,right_id,probability,name\na,b,0.95,3.1\nb,c,0.40,-1.0\nd,e,0.99,5.0\n");
        PairEvaluation e =
                PairEvaluation.ofPairFile(pairs, Map.of("a", "1", "b", "1", "c", "1", "d", "2", "e", "3"), 0.9);
        assertThat(e).isEqualTo(new PairEvaluation(1, 1, 2));
        assertThat(e.f1()).isCloseTo(0.4, within(1e-9));
    }

    @Test
    void trainsForALinkAndFindsEachPersonOfOneRegisterInTheOther() throws IOException {
        StringWriter csv = new StringWriter();
        PopulationGenerator.generate(3000, 21, csv);
        RecordSet set = RecordFiles.read(new StringReader(csv.toString()), "generated", ReadOptions.defaults());
        List<MatchRecord> left = new ArrayList<>();
        List<MatchRecord> right = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (MatchRecord r : set.records()) (seen.add(set.truth().get(r.id())) ? left : right).add(r);
        PreparedRecords prepared = PreparedRecords.ofLink(set.schema(), left, right);
        MatchOptions options = MatchOptions.defaults();
        List<ScoredPair> links = new ArrayList<>();
        new Matcher(Matcher.train(prepared, options), options).run(prepared, links::add);
        long correct = links.stream()
                .filter(p -> set.truth().get(p.leftId()).equals(set.truth().get(p.rightId())))
                .count();
        assertThat(links).allSatisfy(p -> assertThat(p.leftId())
                .isIn(left.stream().map(MatchRecord::id).toList()));
        assertThat((double) correct / links.size()).as("precision").isGreaterThan(0.95);
        assertThat((double) correct / right.size()).as("recall").isGreaterThan(0.9);
    }

    @Test
    void trainsWithoutLabelsAndDedupesAGeneratedPopulationWell() throws IOException {
        StringWriter csv = new StringWriter();
        PopulationGenerator.generate(4000, 11, csv);
        RecordSet set = RecordFiles.read(new StringReader(csv.toString()), "generated", ReadOptions.defaults());
        MatchOptions options = MatchOptions.defaults();
        PreparedRecords prepared = PreparedRecords.of(set.schema(), set.records());
        Model model = Matcher.train(prepared, options);
        Clusters clusters = new Clusters(options.threshold());
        new Matcher(model, options).run(prepared, clusters::add);
        PairEvaluation e = PairEvaluation.ofClusters(clusters.clusters(), set.truth());
        System.out.printf("generated 4000: precision %.4f recall %.4f F1 %.4f%n", e.precision(), e.recall(), e.f1());
        assertThat(e.f1()).isGreaterThan(0.9);
    }
}
