package org.pravaas.voting.register;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.match.CandidateKeys;
import org.pravaas.voting.election.DocumentKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Voters, the documents they showed and the flags that hold them for review. */
@Repository
public class Voters {
    static final String COLUMNS = "v.id, v.election_id, v.station_id, v.receipt_number, v.status, v.given, v.family,"
            + " v.script, v.latin_name, v.birth_date, v.sex, v.witness, v.registered_at, v.registered_by,"
            + " v.decided_by, v.decision_note";
    /** Candidate caps per kind of key, as the registry's duplicate check: a common name cannot crowd out the rest. */
    private static final int SELECTIVE_CAP = 200;

    private static final int BROAD_CAP = 100;
    private final JdbcClient jdbc;

    Voters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Voter v, String[] nameCodes, long[] matchKeys) {
        jdbc.sql(
                        """
                insert into voting.voter (id, election_id, station_id, receipt_number, status, given, family, script,
                    latin_name, birth_date, sex, witness, name_codes, match_keys, registered_at, registered_by)
                values (:id, :e, :s, :receipt, :status, :given, :family, :script, :latin, :birth, :sex, :witness,
                    :codes, :keys, :at, :by)
                """)
                .param("id", v.id())
                .param("e", v.electionId())
                .param("s", v.stationId())
                .param("receipt", v.receiptNumber())
                .param("status", v.status().name())
                .param("given", v.given())
                .param("family", v.family())
                .param("script", v.script())
                .param("latin", v.latinName())
                .param("birth", v.birthDate())
                .param("sex", v.sex().name())
                .param("witness", v.witness())
                .param("codes", nameCodes)
                .param("keys", Arrays.stream(matchKeys).boxed().toArray(Long[]::new))
                .param("at", java.sql.Timestamp.from(v.registeredAt()))
                .param("by", v.registeredBy())
                .update();
    }

    void insertDocuments(UUID voter, List<VoterDocument> documents) {
        for (int i = 0; i < documents.size(); i++) {
            jdbc.sql("insert into voting.voter_document (voter_id, position, kind, number) values (:v, :p, :k, :n)")
                    .param("v", voter)
                    .param("p", i + 1)
                    .param("k", documents.get(i).kind().name())
                    .param("n", documents.get(i).number())
                    .update();
        }
    }

    void insertFlags(UUID voter, List<Flag> flags) {
        for (Flag f : flags) {
            jdbc.sql("insert into voting.voter_flag (voter_id, other_id, probability) values (:v, :o, :p)")
                    .param("v", voter)
                    .param("o", f.otherId())
                    .param("p", f.probability())
                    .update();
        }
    }

    public Optional<Voter> byId(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from voting.voter v where v.id = :id")
                .param("id", id)
                .query((rs, n) -> map(rs))
                .optional();
    }

    public Optional<Voter> byReceipt(UUID election, long number) {
        return jdbc.sql("select " + COLUMNS + " from voting.voter v where v.election_id = :e and v.receipt_number = :n")
                .param("e", election)
                .param("n", number)
                .query((rs, n) -> map(rs))
                .optional();
    }

    List<Voter> findAll(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from voting.voter v where v.id = any(:ids)")
                .param("ids", ids.toArray(UUID[]::new))
                .query((rs, n) -> map(rs))
                .list();
    }

    public List<VoterDocument> documents(UUID voter) {
        return jdbc.sql("select kind, number from voting.voter_document where voter_id = :v order by position")
                .param("v", voter)
                .query((rs, n) -> new VoterDocument(DocumentKind.valueOf(rs.getString(1)), rs.getString(2)))
                .list();
    }

    /** The first document number of each voter, as compared, for matching. */
    Map<UUID, String> firstDocuments(List<UUID> voters) {
        Map<UUID, String> out = new HashMap<>();
        jdbc.sql("select voter_id, number from voting.voter_document where voter_id = any(:ids) and position = 1")
                .param("ids", voters.toArray(UUID[]::new))
                .query(rs -> {
                    out.put(rs.getObject(1, UUID.class), keyOf(rs.getString(2)));
                });
        return out;
    }

    /** A document number as compared: letters and digits only, upper case. */
    static String keyOf(String number) {
        return number.toUpperCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** Registrations of the election (on the list or held) that share a blocking key with the probe. */
    List<UUID> candidates(UUID election, CandidateKeys.Keys probe) {
        return jdbc.sql(
                        """
                (select id from voting.voter where election_id = :e and status in ('REGISTERED', 'HELD')
                    and match_keys && :selective limit :selectiveCap)
                union
                (select id from voting.voter where election_id = :e and status in ('REGISTERED', 'HELD')
                    and match_keys && :broad limit :broadCap)
                """)
                .param("e", election)
                .param("selective", Arrays.stream(probe.selective()).boxed().toArray(Long[]::new))
                .param("selectiveCap", SELECTIVE_CAP)
                .param("broad", Arrays.stream(probe.broad()).boxed().toArray(Long[]::new))
                .param("broadCap", BROAD_CAP)
                .query(UUID.class)
                .list();
    }

    public List<Flag> flags(UUID voter) {
        return jdbc.sql(
                        "select other_id, probability from voting.voter_flag where voter_id = :v order by probability desc")
                .param("v", voter)
                .query(Flag.class)
                .list();
    }

    void setStatus(UUID voter, VoterStatus status, String by, @Nullable String note) {
        jdbc.sql("update voting.voter set status = :s, decided_by = :by, decision_note = :note where id = :id")
                .param("id", voter)
                .param("s", status.name())
                .param("by", by)
                .param("note", note)
                .update();
    }

    static Voter map(ResultSet rs) throws SQLException {
        return new Voter(
                rs.getObject("id", UUID.class),
                rs.getObject("election_id", UUID.class),
                rs.getObject("station_id", UUID.class),
                rs.getLong("receipt_number"),
                VoterStatus.valueOf(rs.getString("status")),
                rs.getString("given"),
                rs.getString("family"),
                rs.getString("script"),
                rs.getString("latin_name"),
                rs.getDate("birth_date").toLocalDate(),
                Sex.valueOf(rs.getString("sex")),
                rs.getString("witness"),
                rs.getTimestamp("registered_at").toInstant(),
                rs.getString("registered_by"),
                rs.getString("decided_by"),
                rs.getString("decision_note"));
    }
}
