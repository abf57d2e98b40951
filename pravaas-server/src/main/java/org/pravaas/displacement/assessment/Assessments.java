package org.pravaas.displacement.assessment;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored assessments. */
@Repository
class Assessments {
    private final JdbcClient jdbc;

    Assessments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The individuals counted at a site in the latest earlier round of the operation. */
    OptionalInt previousIndividuals(UUID operation, int roundNumber, int site) {
        return jdbc.sql(
                        """
                select a.individuals from displacement.assessment a join displacement.round r on r.id = a.round_id
                where r.operation_id = :op and r.number < :n and a.site_id = :site
                order by r.number desc limit 1
                """)
                .param("op", operation)
                .param("n", roundNumber)
                .param("site", site)
                .query(Integer.class)
                .optional()
                .map(OptionalInt::of)
                .orElse(OptionalInt.empty());
    }

    boolean submissionExists(String submission) {
        return jdbc.sql("select exists (select 1 from displacement.assessment where submission_id = :s)")
                .param("s", submission)
                .query(Boolean.class)
                .single();
    }

    boolean siteAssessed(UUID round, int site) {
        return jdbc.sql("select exists (select 1 from displacement.assessment where round_id = :r and site_id = :s)")
                .param("r", round)
                .param("s", site)
                .query(Boolean.class)
                .single();
    }

    void insert(NewAssessment n) {
        AssessmentCommand a = n.command();
        jdbc.sql(
                        """
                insert into displacement.assessment (id, round_id, submission_id, kind, area_id, site_id, assessed_on,
                    households, individuals, idps, returnees, refugees, host, female_children, male_children,
                    female_adults, male_adults, female_elderly, male_elderly, origin_area_id, reason, displaced_on,
                    shelter, needs, comment, entered_by)
                values (:id, :round, :submission, :kind, :area, :site, :assessedOn, :households, :individuals, :idps,
                    :returnees, :refugees, :host, :fc, :mc, :fa, :ma, :fe, :me, :origin, :reason, :displacedOn,
                    :shelter, :needs, :comment, :by)
                """)
                .param("id", n.id())
                .param("round", n.roundId())
                .param("submission", n.submissionId())
                .param("kind", String.valueOf(a.kind()))
                .param("area", n.areaId())
                .param("site", n.siteId())
                .param("assessedOn", a.assessedOn())
                .param("households", a.households())
                .param("individuals", a.individuals())
                .param("idps", a.idps())
                .param("returnees", a.returnees())
                .param("refugees", a.refugees())
                .param("host", a.host())
                .param("fc", a.femaleChildren())
                .param("mc", a.maleChildren())
                .param("fa", a.femaleAdults())
                .param("ma", a.maleAdults())
                .param("fe", a.femaleElderly())
                .param("me", a.maleElderly())
                .param("origin", n.originAreaId())
                .param("reason", String.valueOf(a.reason()))
                .param("displacedOn", a.displacedOn())
                .param("shelter", list(a.shelter()))
                .param("needs", list(a.needs()))
                .param("comment", a.comment())
                .param("by", n.enteredBy())
                .update();
    }

    /** A round's assessments as listed on its page. */
    record Line(
            UUID id,
            String submissionId,
            String kind,
            String place,
            String pcode,
            java.time.LocalDate assessedOn,
            int households,
            int individuals,
            int idps,
            String reason,
            @Nullable String comment) {}

    List<Line> ofRound(UUID round) {
        return jdbc.sql(
                        """
                select a.id, a.submission_id, a.kind, coalesce(s.name, ar.name) as place, ar.pcode, a.assessed_on,
                       a.households, a.individuals, a.idps, a.reason, a.comment
                from displacement.assessment a join displacement.admin_area ar on ar.id = a.area_id
                left join displacement.site s on s.id = a.site_id
                where a.round_id = :round order by ar.pcode, place
                """)
                .param("round", round)
                .query(Line.class)
                .list();
    }

    private static String[] list(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return new String[0];
        }
        return Arrays.stream(text.split("[;,|]"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toArray(String[]::new);
    }
}
