package org.pravaas.registry.importing;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Import jobs and their row errors in {@code registry.import_job} and {@code registry.import_error}. */
@Repository
class ImportJobs {
    private final JdbcClient jdbc;

    ImportJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void start(UUID id, UUID office, String filename, String fileHash, boolean dryRun, String by) {
        jdbc.sql(
                        """
                insert into registry.import_job (id, office_id, filename, file_hash, status, dry_run, started_by)
                values (:id, :office, :filename, :hash, 'RUNNING', :dryRun, :by)
                """)
                .param("id", id)
                .param("office", office)
                .param("filename", filename)
                .param("hash", fileHash)
                .param("dryRun", dryRun)
                .param("by", by)
                .update();
    }

    /** Moves what a bulk load left in the GIN pending lists into the indexes proper, so lookups stay fast. */
    void cleanIndexes() {
        jdbc.sql(
                        """
                select gin_clean_pending_list('registry.person_match_keys_idx'::regclass),
                       gin_clean_pending_list('registry.person_name_codes_idx'::regclass)
                """)
                .query()
                .singleRow();
    }

    /**
     * Gives the planner the new shape of the tables a large load filled. Until autovacuum gets to
     * them, a table that grew from thousands to millions of rows has no statistics on
     * {@code person_id}, so lookups of a few hundred people's names and documents are planned as
     * full scans — and the duplicate review that follows the load would run seconds per person.
     */
    void refreshStatistics() {
        jdbc.sql("analyze registry.person, registry.person_name, registry.document")
                .update();
    }

    void header(UUID id, List<String> header) {
        jdbc.sql("update registry.import_job set header = :header where id = :id")
                .param("id", id)
                .param("header", header.toArray(String[]::new))
                .update();
    }

    List<String> headerOf(UUID id) {
        return jdbc.sql("select header from registry.import_job where id = :id")
                .param("id", id)
                .query((rs, n) -> List.of((String[]) rs.getArray(1).getArray()))
                .single();
    }

    void progress(UUID id, Counts c, String status) {
        jdbc.sql(
                        """
                update registry.import_job set status = :status, rows_total = :total, rows_valid = :valid,
                  rows_invalid = :invalid, rows_stored = :stored, rows_known = :known, duplicates = :duplicates,
                  finished_at = case when :status = 'RUNNING' then null else now() end
                where id = :id
                """)
                .param("id", id)
                .param("status", status)
                .param("total", c.total)
                .param("valid", c.valid)
                .param("invalid", c.invalid)
                .param("stored", c.stored)
                .param("known", c.known)
                .param("duplicates", c.duplicates)
                .update();
    }

    Optional<ImportJob> find(UUID id) {
        return jdbc.sql("select * from registry.import_job where id = :id")
                .param("id", id)
                .query((rs, n) -> new ImportJob(
                        rs.getObject("id", UUID.class),
                        rs.getObject("office_id", UUID.class),
                        rs.getString("filename"),
                        rs.getString("status"),
                        rs.getBoolean("dry_run"),
                        rs.getInt("rows_total"),
                        rs.getInt("rows_valid"),
                        rs.getInt("rows_invalid"),
                        rs.getInt("rows_stored"),
                        rs.getInt("rows_known"),
                        rs.getInt("duplicates"),
                        rs.getTimestamp("started_at").toInstant(),
                        finished(rs.getTimestamp("finished_at")),
                        rs.getString("started_by")))
                .optional();
    }

    private static java.time.@org.jspecify.annotations.Nullable Instant finished(
            @org.jspecify.annotations.Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    void errors(UUID job, List<RowError> errors, List<List<String>> raws) {
        for (int i = 0; i < errors.size(); i++) {
            RowError e = errors.get(i);
            jdbc.sql(
                            """
                    insert into registry.import_error (job_id, row_no, field, message_key, args, raw)
                    values (:job, :row, :field, :key, :args, :raw) on conflict do nothing
                    """)
                    .param("job", job)
                    .param("row", e.row())
                    .param("field", e.column())
                    .param("key", e.messageKey())
                    .param("args", e.args().toArray(String[]::new))
                    .param("raw", raws.get(i).toArray(String[]::new))
                    .update();
        }
    }

    List<StoredError> errorsOf(UUID job, int limit) {
        return jdbc.sql(
                        """
                select row_no, field, message_key, args, raw from registry.import_error
                where job_id = :job order by row_no, field limit :limit
                """)
                .param("job", job)
                .param("limit", limit)
                .query((rs, n) -> new StoredError(
                        new RowError(rs.getInt(1), rs.getString(2), rs.getString(3), List.of((String[])
                                rs.getArray(4).getArray())),
                        List.of((String[]) rs.getArray(5).getArray())))
                .list();
    }

    /** Counters of a running job. */
    static final class Counts {
        int total;
        int valid;
        int invalid;
        int stored;
        int known;
        int duplicates;
    }
}
