package org.pravaas.displacement.assessment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.displacement.ImportReport;
import org.pravaas.displacement.RowProblem;
import org.pravaas.displacement.files.Cells;
import org.pravaas.displacement.files.CsvTable;
import org.pravaas.displacement.files.DryRun;
import org.pravaas.displacement.operation.Operation;
import org.pravaas.displacement.operation.Operations;
import org.pravaas.displacement.operation.Round;
import org.pravaas.shared.RuleViolation.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports site and baseline assessments from the enumerators' CSV form, row by row through the
 * same rules as the form. One transaction: a file with any problem stores nothing; a row whose
 * submission id is already stored is skipped, so importing a file twice adds nothing.
 */
@Service
public class AssessmentImport {
    private final Operations operations;
    private final AssessmentValidator validator;
    private final Assessments assessments;
    private final AuditLog audit;

    AssessmentImport(Operations operations, AssessmentValidator validator, Assessments assessments, AuditLog audit) {
        this.operations = operations;
        this.validator = validator;
        this.assessments = assessments;
        this.audit = audit;
    }

    /** The caller has checked that {@code enteredBy} may enter the operation's data. */
    @Transactional
    public ImportReport load(Operation op, CsvTable csv, boolean dryRun, String enteredBy) throws IOException {
        long start = System.currentTimeMillis();
        List<RowProblem> problems = new ArrayList<>();
        Set<Integer> country = validator.countryAreas(op);
        Map<Integer, Optional<Round>> rounds = new HashMap<>();
        Set<String> seen = new HashSet<>();
        Set<String> siteRounds = new HashSet<>();
        long[] counts = new long[3];
        csv.forEach(row -> {
            counts[0]++;
            Cells cells = new Cells(row, problems);
            String submission = cells.text("submission_id");
            if (!seen.add(submission)) {
                cells.problem("submission_id", "displacement.import.duplicate-in-file", submission);
                return;
            }
            if (assessments.submissionExists(submission)) {
                counts[2]++;
                return;
            }
            Optional<Round> round = rounds.computeIfAbsent(cells.count("round"), n -> operations.round(op.id(), n));
            AssessmentCommand command = command(cells, round.map(Round::id).orElse(null));
            if (round.isEmpty()) {
                cells.problem("round", "displacement.import.unknown-round", cells.optional("round"));
                return;
            }
            if (round.get().published()) {
                cells.problem(
                        "round",
                        "displacement.round.already-published",
                        round.get().number());
                return;
            }
            AssessmentValidator.Checked checked = validator.check(op, round.get(), country, command, enteredBy);
            for (Violation v : checked.violations()) {
                cells.problem(DryRun.column(v.field()), v.messageKey(), v.args());
            }
            NewAssessment a = checked.assessment();
            if (a != null
                    && a.siteId() != null
                    && (!siteRounds.add(a.siteId() + "/" + a.roundId())
                            || assessments.siteAssessed(a.roundId(), a.siteId()))) {
                cells.problem("site_code", "displacement.rule.site-already-assessed", command.siteCode());
            } else if (a != null && problems.isEmpty()) {
                assessments.insert(a);
                counts[1]++;
            }
        });
        DryRun.rollbackUnlessClean(dryRun, problems);
        if (problems.isEmpty() && !dryRun) {
            audit.record(AuditEvent.of("displacement.assessments.imported", "operation", op.id(), op.officeId())
                    .withDetails("rows=" + counts[1])
                    .by(enteredBy));
        }
        return new ImportReport(
                "assessments",
                counts[0],
                problems.isEmpty() ? counts[1] : 0,
                counts[2],
                problems,
                dryRun,
                System.currentTimeMillis() - start);
    }

    private static AssessmentCommand command(Cells c, java.util.@Nullable UUID round) {
        return new AssessmentCommand(
                round,
                kind(c),
                c.optional("site_code"),
                c.optional("area_pcode"),
                c.date("assessed_on", true),
                c.count("households"),
                c.count("individuals"),
                c.count("idps"),
                c.count("returnees"),
                c.count("refugees"),
                c.count("host"),
                c.count("female_children"),
                c.count("male_children"),
                c.count("female_adults"),
                c.count("male_adults"),
                c.count("female_elderly"),
                c.count("male_elderly"),
                c.optional("origin_pcode"),
                reason(c),
                c.date("displaced_on", false),
                c.optional("shelter"),
                c.optional("needs"),
                c.optional("comment"),
                c.optional("submission_id"));
    }

    private static @Nullable AssessmentKind kind(Cells c) {
        String text = c.text("kind").toUpperCase(Locale.ROOT);
        try {
            return AssessmentKind.valueOf(text);
        } catch (IllegalArgumentException e) {
            c.problem("kind", "displacement.import.unknown-value", text);
            return null;
        }
    }

    private static @Nullable DisplacementReason reason(Cells c) {
        String text = c.text("reason").toUpperCase(Locale.ROOT);
        try {
            return DisplacementReason.valueOf(text);
        } catch (IllegalArgumentException e) {
            c.problem("reason", "displacement.import.unknown-value", text);
            return null;
        }
    }
}
