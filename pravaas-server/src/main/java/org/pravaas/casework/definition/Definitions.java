package org.pravaas.casework.definition;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.pravaas.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Programmes and their definitions. A saved version never changes, so versions are kept in memory
 * once read: every transition reads one, and a case page reads one per case.
 */
@Repository
public class Definitions {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final JdbcClient jdbc;
    private final Map<String, Definition> cache = new ConcurrentHashMap<>();
    private volatile @Nullable List<Programme> programmes;

    Definitions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Programme> programmes() {
        List<Programme> known = programmes;
        if (known == null) {
            known = loadProgrammes();
            programmes = known;
        }
        return known;
    }

    public boolean restricted(String programme) {
        return find(programme).map(Programme::restricted).orElse(false);
    }

    private List<Programme> loadProgrammes() {
        return jdbc.sql(
                        """
                select p.code, p.prefix, p.restricted, max(d.version)
                from casework.programme p join casework.definition d on d.programme = p.code
                group by p.code, p.prefix, p.restricted order by p.code
                """)
                .query((rs, n) -> new Programme(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getInt(4)))
                .list();
    }

    public Programme programme(String code) {
        return programmes().stream()
                .filter(p -> p.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("programme", code));
    }

    public Optional<Programme> find(String code) {
        return programmes().stream().filter(p -> p.code().equals(code)).findFirst();
    }

    /** The version of the programme's definition; fails with NotFoundException when there is none. */
    public Definition get(String programme, int version) {
        return cache.computeIfAbsent(programme + ":" + version, k -> load(programme, version));
    }

    public Definition current(String programme) {
        return get(programme, programme(programme).currentVersion());
    }

    /** Every version, newest first: number, when and by whom. */
    public List<VersionInfo> versions(String programme) {
        return jdbc.sql("select version, created_at, created_by from casework.definition where programme = :p"
                        + " order by version desc")
                .param("p", programme)
                .query((rs, n) ->
                        new VersionInfo(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getString(3)))
                .list();
    }

    public record VersionInfo(int version, Instant createdAt, String createdBy) {}

    void insert(Definition d, String by, Instant at) {
        jdbc.sql(
                        """
                insert into casework.definition (programme, version, body, created_at, created_by)
                values (:p, :v, cast(:body as jsonb), :at, :by)
                """)
                .param("p", d.programme())
                .param("v", d.version())
                .param("body", JSON.writeValueAsString(Body.of(d)))
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
        forgetProgrammesAfterCommit();
    }

    /**
     * The list of programmes (with their newest versions) is read again once the new version is
     * committed: forgotten before, a concurrent read could load the old newest version and keep it.
     */
    private void forgetProgrammesAfterCommit() {
        programmes = null;
        if (!TransactionSynchronizationManager.isSynchronizationActive()) return;
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                programmes = null;
            }
        });
    }

    /** Locks the programme's row so that two saves of one programme number their versions in turn. */
    void lock(String programme) {
        jdbc.sql("select code from casework.programme where code = :p for update")
                .param("p", programme)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("programme", programme));
    }

    private Definition load(String programme, int version) {
        String body = jdbc.sql("select body::text from casework.definition where programme = :p and version = :v")
                .param("p", programme)
                .param("v", version)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("definition", programme + " v" + version));
        return JSON.readValue(body, Body.class).toDefinition(programme, version);
    }

    /** The stored form: the definition without programme and version, which are the row's key. */
    record Body(
            String initial,
            List<Definition.Stage> stages,
            List<Definition.Transition> transitions,
            List<Definition.Field> fields) {
        static Body of(Definition d) {
            return new Body(d.initial(), d.stages(), d.transitions(), d.fields());
        }

        Definition toDefinition(String programme, int version) {
            return new Definition(programme, version, initial, stages, transitions, fields);
        }
    }
}
