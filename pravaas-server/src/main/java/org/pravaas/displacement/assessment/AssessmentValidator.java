package org.pravaas.displacement.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.displacement.location.AdminArea;
import org.pravaas.displacement.location.AdminAreas;
import org.pravaas.displacement.location.Site;
import org.pravaas.displacement.location.Sites;
import org.pravaas.displacement.operation.Operation;
import org.pravaas.displacement.operation.Round;
import org.pravaas.shared.Ids;
import org.pravaas.shared.RuleViolation.Violation;
import org.springframework.stereotype.Component;

/**
 * Every rule an assessment must pass, the same for the form and for each row of an imported
 * file: known P-codes and site inside the operation's country, breakdowns that add up, dates in
 * the round, and no unexplained jump from the previous round.
 */
@Component
class AssessmentValidator {
    private final AdminAreas areas;
    private final Sites sites;
    private final Assessments assessments;

    AssessmentValidator(AdminAreas areas, Sites sites, Assessments assessments) {
        this.areas = areas;
        this.sites = sites;
        this.assessments = assessments;
    }

    /** The ids of the operation's country and every area in it. */
    Set<Integer> countryAreas(Operation op) {
        return new java.util.HashSet<>(
                areas.within(op.admin0Id()).stream().map(AdminArea::id).toList());
    }

    /** The violations, or the assessment ready to store when there are none. */
    record Checked(List<Violation> violations, @Nullable NewAssessment assessment) {}

    Checked check(Operation op, Round round, Set<Integer> countryAreas, AssessmentCommand a, String enteredBy) {
        List<Violation> violations = new ArrayList<>();
        Optional<Site> site = Optional.empty();
        Optional<AdminArea> area = Optional.empty();
        if (a.kind() == AssessmentKind.SITE) {
            site = known(a.siteCode(), "siteCode", sites::byCode, violations);
            area = site.flatMap(s -> areas.byId(s.areaId()));
        } else {
            area = known(a.areaPcode(), "areaPcode", areas::byPcode, violations);
        }
        area.filter(x -> !countryAreas.contains(x.id()))
                .ifPresent(x -> violations.add(new Violation(
                        a.kind() == AssessmentKind.SITE ? "siteCode" : "areaPcode",
                        "displacement.rule.outside-operation",
                        x.pcode())));
        Optional<AdminArea> origin = blank(a.originPcode())
                ? Optional.empty()
                : known(a.originPcode(), "originPcode", areas::byPcode, violations);
        violations.addAll(new BreakdownPolicy().check(a));
        violations.addAll(new RoundDatePolicy().check(round, a.assessedOn(), a.displacedOn()));
        if (site.isPresent()) {
            OptionalInt previous = assessments.previousIndividuals(
                    op.id(), round.number(), site.get().id());
            violations.addAll(new PopulationJumpPolicy()
                    .check(previous, AssessmentCommand.n(a.individuals()), op.jumpFactor(), a.comment()));
        }
        if (!violations.isEmpty() || area.isEmpty()) {
            return new Checked(violations, null);
        }
        String submission = blank(a.submissionId()) ? "web-" + Ids.newId() : Objects.requireNonNull(a.submissionId());
        UUID id = Ids.newId();
        return new Checked(
                List.of(),
                new NewAssessment(
                        id,
                        round.id(),
                        submission,
                        a,
                        area.get().id(),
                        site.map(Site::id).orElse(null),
                        origin.map(AdminArea::id).orElse(null),
                        enteredBy));
    }

    private static <T> Optional<T> known(
            @Nullable String code,
            String field,
            java.util.function.Function<String, Optional<T>> lookup,
            List<Violation> violations) {
        if (blank(code)) {
            violations.add(new Violation(field, "displacement.rule.required"));
            return Optional.empty();
        }
        Optional<T> found = lookup.apply(Objects.requireNonNull(code).strip());
        if (found.isEmpty()) {
            violations.add(new Violation(field, "displacement.location.unknown-pcode", code));
        }
        return found;
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
