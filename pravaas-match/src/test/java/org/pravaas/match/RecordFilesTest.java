package org.pravaas.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordFilesTest {
    private static RecordSet read(String csv) throws IOException {
        return RecordFiles.read(new StringReader(csv), "people.csv", ReadOptions.defaults());
    }

    @Test
    void recognisesColumnsByHeaderDespiteStraySpacesAndCase() throws IOException {
        RecordSet set = read(
                "rec_id, Given Name , surname, DOB, sex, passport_number, favourite_colour\nr1, Ana, Diaz, 1990-02-01, F, X1, red\n");
        assertThat(set.schema().fields())
                .containsExactly(
                        new FieldSpec("given_name", FieldType.NAME),
                        new FieldSpec("surname", FieldType.NAME),
                        new FieldSpec("dob", FieldType.DATE),
                        new FieldSpec("sex", FieldType.CATEGORY),
                        new FieldSpec("passport_number", FieldType.IDENTIFIER),
                        new FieldSpec("favourite_colour", FieldType.TEXT));
        assertThat(set.records().get(0).id()).isEqualTo("r1");
        assertThat(set.records().get(0).value(2)).isEqualTo("19900201");
    }

    @Test
    void readsDatesAsYyyymmddIsoAndDayFirstUnlessToldMonthFirst() throws IOException {
        String csv = "id,dob\na,19900201\nb,1990-02-01\nc,01/02/1990\n";
        assertThat(read(csv).records()).extracting(r -> r.value(0)).containsOnly("19900201");
        RecordSet us =
                RecordFiles.read(new StringReader("id,dob\nc,02/01/1990\n"), "us.csv", new ReadOptions(true, false));
        assertThat(us.records().get(0).value(0)).isEqualTo("19900201");
    }

    @Test
    void countsUnparseableDatesAsMissingRatherThanGuessing() throws IOException {
        RecordSet set = read("id,dob\na,1990-13-45\nb,soon\nc,1990-01-01\n");
        assertThat(set.treatedAsMissing()).containsEntry("dob", 2);
        assertThat(set.records().get(0).value(0)).isNull();
    }

    @Test
    void rejectsAnUnparseableDateWithFileLineAndColumnWhenStrict() {
        assertThatThrownBy(() -> RecordFiles.read(
                        new StringReader("id,name,dob\na,x,1990-01-01\nb,y,never\n"),
                        "p.csv",
                        new ReadOptions(false, true)))
                .isInstanceOfSatisfying(CsvFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(3);
                    assertThat(e.getMessage()).startsWith("p.csv:3:3: not a date");
                });
    }

    @Test
    void keepsQuotedCommasQuotesAndNewlinesInsideAField() throws IOException {
        RecordSet set = read("id,address\na,\"12, \"\"Old\"\" Road\nFlat 2\"\nb,plain\n");
        assertThat(set.records().get(0).value(0)).isEqualTo("12, \"Old\" Road\nFlat 2");
        assertThat(set.records().get(1).id()).isEqualTo("b");
    }

    @Test
    void reportsARaggedRowWithItsLine() {
        assertThatThrownBy(() -> read("id,name,city\na,x,y\nb,only-two\n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("people.csv:3:0: expected 3 fields as in the header, found 2");
    }

    @Test
    void countsLinesInsideQuotedFieldsWhenReportingErrors() {
        assertThatThrownBy(() -> read("id,note\na,\"two\nlines\"\nb\n")).hasMessageStartingWith("people.csv:4:0:");
    }

    @Test
    void skipsAByteOrderMark() throws IOException {
        assertThat(read("\uFEFFid,name\na,Ana\n").records().get(0).id()).isEqualTo("a");
    }

    @Test
    void numbersRowsWhenThereIsNoIdColumn() throws IOException {
        assertThat(read("name\nAna\nBo\n").records())
                .extracting(MatchRecord::id)
                .containsExactly("row-1", "row-2");
    }

    @Test
    void rejectsDuplicateIdsNamingBothLines() {
        assertThatThrownBy(() -> read("id,name\na,x\nb,y\na,z\n"))
                .hasMessage("people.csv:4:1: duplicate id 'a' (first on line 2)");
    }

    @Test
    void rejectsAnEmptyFile() {
        assertThatThrownBy(() -> read("")).hasMessage("people.csv:1:0: the file is empty: expected a header line");
    }

    @Test
    void acceptsAHeaderWithoutRecords() throws IOException {
        assertThat(read("id,name\n").records()).isEmpty();
    }

    @Test
    void rejectsBytesThatAreNotUtf8NamingTheField(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, new byte[] {'i', 'd', ',', 'n', '\n', 'a', ',', 'J', 'o', 's', (byte) 0xE9, '\n'});
        assertThatThrownBy(() -> RecordFiles.read(file, ReadOptions.defaults()))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageEndingWith(":2:2: bytes that are not UTF-8; save the file as UTF-8");
    }

    @Test
    void keepsTheTruthColumnOutOfTheComparedFields() throws IOException {
        RecordSet set = read("id,entity_id,name\na,e1,Ana\nb,e1,Anna\n");
        assertThat(set.schema().size()).isEqualTo(1);
        assertThat(set.truth()).containsEntry("a", "e1").containsEntry("b", "e1");
    }

    @Test
    void anExplicitIdColumnAndFieldTypesOverrideWhatTheHeaderSuggests() throws Exception {
        ReadOptions options = ReadOptions.defaults()
                .withIdColumn("Numéro")
                .withFields(java.util.Map.of("nom", FieldType.NAME), java.util.Set.of("remarque"));
        RecordSet set =
                RecordFiles.read(new StringReader("numéro,nom,remarque\nA1,Ana Lopez,urgent\n"), "fr.csv", options);
        assertThat(set.records().get(0).id()).isEqualTo("A1");
        assertThat(set.schema().fields()).containsExactly(new FieldSpec("nom", FieldType.NAME));
    }

    @Test
    void aNamedIdColumnThatIsNotThereIsReportedOnTheHeaderLine() {
        assertThatThrownBy(() -> RecordFiles.read(
                        new StringReader("id,nom\n1,Ana\n"),
                        "x.csv",
                        ReadOptions.defaults().withIdColumn("rec_id")))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageStartingWith("x.csv:1:0:")
                .hasMessageContaining("no column 'rec_id'");
    }
}
