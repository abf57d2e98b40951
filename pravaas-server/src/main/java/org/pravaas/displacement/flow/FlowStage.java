package org.pravaas.displacement.flow;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Daily counts on their way into the database: rows are buffered as COPY text and sent to a
 * temporary staging table in blocks, on the transaction's own connection, then merged into
 * {@code flow_count} and the monthly rollup in one statement. Must be used inside a transaction.
 */
final class FlowStage implements AutoCloseable {
    private static final int BLOCK = 1 << 20;
    private final CopyManager copy;
    private final Connection connection;
    private final DataSource dataSource;
    private final StringBuilder buffer = new StringBuilder(BLOCK + 4096);
    private long staged;

    FlowStage(DataSource dataSource) throws SQLException {
        this.dataSource = dataSource;
        this.connection = DataSourceUtils.getConnection(dataSource);
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
        try (var s = connection.createStatement()) {
            s.execute("create temp table if not exists flow_stage (like displacement.flow_count) on commit drop");
            s.execute("truncate flow_stage");
        }
    }

    /** One count: the six cells are female/male children, adults, elderly. */
    void add(int point, LocalDate day, int direction, String nationality, int transport, int destination, int[] cells)
            throws IOException {
        buffer.append(point)
                .append('\t')
                .append(day)
                .append('\t')
                .append(direction)
                .append('\t');
        buffer.append(nationality).append('\t').append(transport).append('\t').append(destination);
        for (int cell : cells) {
            buffer.append('\t').append(cell);
        }
        buffer.append('\n');
        staged++;
        if (buffer.length() >= BLOCK) {
            flush();
        }
    }

    long staged() {
        return staged;
    }

    private void flush() throws IOException {
        try {
            copy.copyIn("copy flow_stage from stdin", new StringReader(buffer.toString()));
        } catch (SQLException e) {
            throw new IOException(e);
        }
        buffer.setLength(0);
    }

    /** Moves the staged rows in, skipping those already stored; returns how many were new. */
    long merge() throws IOException, SQLException {
        flush();
        try (var s = connection.createStatement();
                var rs = s.executeQuery(
                        """
                with ins as (
                    insert into displacement.flow_count select * from flow_stage
                    on conflict do nothing
                    returning point_id, day, direction, destination_id, female_children, male_children,
                              female_adults, male_adults, female_elderly, male_elderly),
                rollup as (
                    insert into displacement.flow_month as m
                    select ins.point_id, date_trunc('month', ins.day)::date, ins.direction, coalesce(a.admin1_id, a.id),
                           sum(female_children + female_adults + female_elderly),
                           sum(male_children + male_adults + male_elderly),
                           sum(female_children + male_children), count(*)
                    from ins join displacement.admin_area a on a.id = ins.destination_id
                    group by 1, 2, 3, 4
                    on conflict (point_id, month, direction, destination_admin1_id) do update
                    set females = m.females + excluded.females, males = m.males + excluded.males,
                        children = m.children + excluded.children, rows = m.rows + excluded.rows)
                select count(*) from ins
                """)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void close() {
        DataSourceUtils.releaseConnection(connection, dataSource);
    }
}
