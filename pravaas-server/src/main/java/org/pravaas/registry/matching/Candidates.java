package org.pravaas.registry.matching;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.pravaas.match.CandidateKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Looks up the people who share a key with a probe in the GIN index of {@code match_keys}.
 * Selective keys (name with birth date, identifiers) and broad keys (whole name alone) are read
 * with separate caps, so a common name cannot crowd out the candidates that share a birth date.
 */
@Repository
class Candidates {
    static final int SELECTIVE_CAP = 200;
    static final int BROAD_CAP = 100;

    private final JdbcClient jdbc;

    Candidates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<UUID> find(CandidateKeys.Keys probe) {
        return jdbc.sql(
                        """
                (select id from registry.person where status = 'ACTIVE' and match_keys && :selective limit :selectiveCap)
                union
                (select id from registry.person where status = 'ACTIVE' and match_keys && :broad limit :broadCap)
                """)
                .param("selective", boxed(probe.selective()))
                .param("selectiveCap", SELECTIVE_CAP)
                .param("broad", boxed(probe.broad()))
                .param("broadCap", BROAD_CAP)
                .query(UUID.class)
                .list();
    }

    private static Long[] boxed(long[] keys) {
        return Arrays.stream(keys).boxed().toArray(Long[]::new);
    }
}
