package org.pravaas.casework.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.casework.file.CaseRoles;
import org.pravaas.organization.Access;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An office's (or the user's whole scope's) figures for a programme: open cases by stage, overdue
 * tasks, the average days open cases have waited in their stage so far, and the average and median
 * days cases spent in each stage (stays that ended). Counts only.
 */
@Service
public class CaseDashboard {
    private final JdbcClient jdbc;
    private final Access access;
    private final Clock clock;

    CaseDashboard(JdbcClient jdbc, Access access, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    /**
     * One stage's line: open cases in it now and the average days they have been there so far;
     * completed stays, and their average and median length in days.
     */
    public record StageLine(
            String stage, long open, double waitingDays, long stays, double averageDays, double medianDays) {}

    /** The dashboard. */
    public record Figures(
            String programme,
            @Nullable UUID office,
            List<StageLine> stages,
            long openCases,
            long overdueTasks,
            long openTasks) {}

    @Transactional(readOnly = true)
    public Figures of(String programme, @Nullable UUID office) {
        access.requireRole(CaseRoles.READ);
        UUID[] offices = offices(office);
        List<StageLine> lines = jdbc.sql(
                        """
                with open as (
                    select stage, count(*) n, avg(extract(epoch from :now - stage_entered_at)) / 86400 waiting_days
                    from casework.case_file
                    where office_id = any(:o) and programme = :p and status = 'OPEN' group by stage),
                stays as (
                    select stage, count(*) n,
                        avg(extract(epoch from left_at - entered_at)) / 86400 avg_days,
                        percentile_cont(0.5) within group (order by extract(epoch from left_at - entered_at)) / 86400 median_days
                    from casework.stage_history
                    where office_id = any(:o) and programme = :p and left_at is not null group by stage)
                select coalesce(o.stage, s.stage), coalesce(o.n, 0), coalesce(o.waiting_days, 0), coalesce(s.n, 0),
                    coalesce(s.avg_days, 0), coalesce(s.median_days, 0)
                from open o full join stays s on s.stage = o.stage
                """)
                .param("o", offices)
                .param("p", programme)
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .query((rs, n) -> new StageLine(
                        rs.getString(1),
                        rs.getLong(2),
                        rs.getDouble(3),
                        rs.getLong(4),
                        rs.getDouble(5),
                        rs.getDouble(6)))
                .list();
        long[] tasks = jdbc.sql(
                        """
                select count(*) filter (where due_on < :today), count(*) from casework.task
                where office_id = any(:o) and programme = :p and done_at is null
                """)
                .param("o", offices)
                .param("p", programme)
                .param("today", LocalDate.now(clock))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
        long open = lines.stream().mapToLong(StageLine::open).sum();
        return new Figures(programme, office, lines, open, tasks[0], tasks[1]);
    }

    private UUID[] offices(@Nullable UUID office) {
        List<UUID> scope = access.officesInScope();
        if (office == null) {
            return scope.toArray(UUID[]::new);
        }
        return scope.contains(office) ? new UUID[] {office} : new UUID[0];
    }
}
