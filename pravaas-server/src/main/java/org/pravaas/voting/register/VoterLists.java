package org.pravaas.voting.register;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.shared.Filters;
import org.pravaas.shared.Page;
import org.pravaas.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Voters as lists: pages searched by name in any script or by receipt, printed lists, counts per station. */
@Repository
public class VoterLists {
    private static final Map<String, String> SORT = Map.of(
            "name", "v.latin_name", "receipt", "v.receipt_number", "birth", "v.birth_date", "status", "v.status");
    private final JdbcClient jdbc;

    VoterLists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A page of a station's voters (or the whole election's when no station is given), optionally
     * filtered: every word of {@code words} must sound like a word of the name, in any script.
     */
    public Page<Voter> search(
            UUID election, @Nullable UUID station, @Nullable VoterStatus status, PageRequest request) {
        Filters f = new Filters()
                .always("v.election_id = :e", "e", election)
                .and("v.station_id = :s", "s", station)
                .and("v.status = :status", "status", status == null ? null : status.name());
        String q = request.query();
        if (q != null) {
            Optional<Long> receipt = Receipts.number(q);
            if (receipt.isPresent()) {
                f.always("v.receipt_number = :receipt", "receipt", receipt.get());
            } else {
                nameFilter(q, f);
            }
        }
        return f.page(
                jdbc,
                "select " + Voters.COLUMNS + " from voting.voter v",
                request,
                SORT,
                "name",
                (rs, n) -> Voters.map(rs));
    }

    /** Every voter of a station on the list, in name order, for the printed and exported lists. */
    public List<Voter> listed(UUID station) {
        return jdbc.sql(
                        "select " + Voters.COLUMNS
                                + " from voting.voter v where v.station_id = :s and v.status = 'REGISTERED' order by v.latin_name, v.receipt_number")
                .param("s", station)
                .query((rs, n) -> Voters.map(rs))
                .list();
    }

    /** Voters on the list per station of the election. */
    public Map<UUID, Long> listedPerStation(UUID election) {
        Map<UUID, Long> out = new HashMap<>();
        jdbc.sql(
                        """
                select station_id, count(*) from voting.voter
                where election_id = :e and status = 'REGISTERED' group by station_id
                """)
                .param("e", election)
                .query(rs -> {
                    out.put(rs.getObject(1, UUID.class), rs.getLong(2));
                });
        return out;
    }

    /** Voters on the list of one station. */
    public long listedAt(UUID station) {
        return jdbc.sql("select count(*) from voting.voter where station_id = :s and status = 'REGISTERED'")
                .param("s", station)
                .query(Long.class)
                .single();
    }

    private static void nameFilter(String q, Filters f) {
        String[] words = q.strip().split("\\s+");
        for (int i = 0; i < Math.min(words.length, 4); i++) {
            String[] codes = VoterMatching.wordCodes(words[i]).toArray(String[]::new);
            if (codes.length > 0) {
                f.always("v.name_codes && cast(:w" + i + " as text[])", "w" + i, codes);
            }
        }
    }
}
