package org.pravaas.displacement.figures;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an operation's dashboard draws: totals per round, the latest round by admin area and by
 * origin, flows per month and direction, and recent sudden-displacement events. Small cells are
 * null for readers who see only published figures.
 */
public record Dashboard(
        List<RoundTotal> rounds,
        List<AreaTotal> areas,
        List<OriginDestination> originDestination,
        List<FlowMonth> flows,
        List<EventLine> events,
        List<NeedCount> needs,
        List<AreaRound> areaRounds,
        List<SurveyReason> surveys) {

    public record RoundTotal(
            int number,
            @Nullable Long households,
            @Nullable Long individuals,
            @Nullable Long idps,
            @Nullable Long returnees,
            @Nullable Long refugees) {}

    public record AreaTotal(String pcode, String name, @Nullable Long individuals, @Nullable Long idps) {}

    public record OriginDestination(String origin, String destination, @Nullable Long idps) {}

    public record FlowMonth(LocalDate month, String admin1, @Nullable Long arrivals, @Nullable Long departures) {}

    /** Anonymous flow-survey answers of the last 90 days: why people moved, by direction. */
    public record SurveyReason(String reason, @Nullable Long arriving, @Nullable Long leaving) {}

    /** The individuals counted in an admin area in one round: the trend of each area. */
    public record AreaRound(int round, String area, @Nullable Long individuals) {}

    /** How many sites or areas of the latest round named a need among their priorities. */
    public record NeedCount(String need, @Nullable Long places) {}

    public record EventLine(
            LocalDate occurredOn, String area, String reason, @Nullable Long individuals, String description) {}
}
