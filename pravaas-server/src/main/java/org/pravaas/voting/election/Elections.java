package org.pravaas.voting.election;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Elections and the choices on their ballots. */
@Repository
public class Elections {
    private static final String COLUMNS = "id, code, name, country, kind, office_id, registration_opens,"
            + " registration_closes, polling_starts, polling_ends, minimum_age, age_cutoff, documents_required,"
            + " documents_with_witness, accepted_documents, own_station_only";
    private final JdbcClient jdbc;

    Elections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Election> all() {
        return jdbc.sql("select " + COLUMNS + " from voting.election order by polling_starts desc, code")
                .query((rs, n) -> map(rs))
                .list();
    }

    public Optional<Election> byId(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from voting.election where id = :id")
                .param("id", id)
                .query((rs, n) -> map(rs))
                .optional();
    }

    public Optional<Election> byCode(String code) {
        return jdbc.sql("select " + COLUMNS + " from voting.election where code = :code")
                .param("code", code)
                .query((rs, n) -> map(rs))
                .optional();
    }

    void insert(Election e, List<String> contestants) {
        jdbc.sql(
                        """
                insert into voting.election (id, code, name, country, kind, office_id, registration_opens,
                    registration_closes, polling_starts, polling_ends, minimum_age, age_cutoff, documents_required,
                    documents_with_witness, accepted_documents, own_station_only)
                values (:id, :code, :name, :country, :kind, :office, :ro, :rc, :ps, :pe, :age, :cutoff, :docs,
                    :witnessDocs, :accepted, :own)
                """)
                .param("id", e.id())
                .param("code", e.code())
                .param("name", e.name())
                .param("country", e.country())
                .param("kind", e.kind().name())
                .param("office", e.officeId())
                .param("ro", e.registrationOpens())
                .param("rc", e.registrationCloses())
                .param("ps", e.pollingStarts())
                .param("pe", e.pollingEnds())
                .param("age", e.minimumAge())
                .param("cutoff", e.ageCutoff())
                .param("docs", e.documentsRequired())
                .param("witnessDocs", e.documentsWithWitness())
                .param(
                        "accepted",
                        e.acceptedDocuments().stream().map(Enum::name).toArray(String[]::new))
                .param("own", e.ownStationOnly())
                .update();
        for (int i = 0; i < contestants.size(); i++) {
            jdbc.sql("insert into voting.contestant (election_id, position, name) values (:e, :p, :n)")
                    .param("e", e.id())
                    .param("p", i + 1)
                    .param("n", contestants.get(i))
                    .update();
        }
    }

    /** The ballot's choices in ballot order. */
    public List<String> contestants(UUID election) {
        return jdbc.sql("select name from voting.contestant where election_id = :e order by position")
                .param("e", election)
                .query(String.class)
                .list();
    }

    /**
     * The next receipt number of the election. The row lock it takes is held to commit, so
     * numbers are issued in order and a rolled-back registration leaves no gap.
     */
    public long nextReceipt(UUID election) {
        return jdbc.sql(
                        "update voting.election set last_receipt = last_receipt + 1 where id = :e returning last_receipt")
                .param("e", election)
                .query(Long.class)
                .single();
    }

    /** Reserves {@code count} receipt numbers at once for a bulk load; the first of them. */
    public long reserveReceipts(UUID election, int count) {
        return jdbc.sql(
                                "update voting.election set last_receipt = last_receipt + :n where id = :e returning last_receipt")
                        .param("e", election)
                        .param("n", count)
                        .query(Long.class)
                        .single()
                - count
                + 1;
    }

    private static Election map(ResultSet rs) throws SQLException {
        return new Election(
                rs.getObject("id", UUID.class),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("country"),
                ElectionKind.valueOf(rs.getString("kind")),
                rs.getObject("office_id", UUID.class),
                rs.getDate("registration_opens").toLocalDate(),
                rs.getDate("registration_closes").toLocalDate(),
                rs.getDate("polling_starts").toLocalDate(),
                rs.getDate("polling_ends").toLocalDate(),
                rs.getInt("minimum_age"),
                rs.getDate("age_cutoff").toLocalDate(),
                rs.getInt("documents_required"),
                rs.getInt("documents_with_witness"),
                documents(rs.getArray("accepted_documents")),
                rs.getBoolean("own_station_only"));
    }

    private static List<DocumentKind> documents(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray())
                .map(DocumentKind::valueOf)
                .toList();
    }
}
