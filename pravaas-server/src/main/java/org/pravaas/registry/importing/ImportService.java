package org.pravaas.registry.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.organization.Access;
import org.pravaas.organization.CurrentUser;
import org.pravaas.organization.OfficeDirectory;
import org.pravaas.organization.OfficeId;
import org.pravaas.registry.importing.ImportJobs.Counts;
import org.pravaas.registry.person.RegistryRoles;
import org.pravaas.shared.NotFoundException;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.io.TabularFiles;
import org.pravaas.shared.io.TabularReader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports people from a file for the signed-in user's office, from the web page or the command
 * line: plan (read the header, guess or take the mapping), then run as a dry run or for real.
 * The load is one transaction, so a failure stores nothing; the job's counters are written in
 * their own small transactions, so a page can show progress while it runs.
 */
@Service
public class ImportService {
    static final int SCAN_SLICE = 500;
    /** From this many stored rows an import refreshes the planner's statistics itself (see {@link ImportJobs#refreshStatistics()}). */
    private static final int ANALYZE_FROM = 10_000;

    private final ImportJobs jobs;
    private final ImportLoader loader;
    private final DuplicateScan scan;
    private final Access access;
    private final AuditLog audit;
    private final ImportMappings mappings;
    private final OfficeDirectory offices;
    private final TransactionTemplate tx;
    private final TransactionTemplate own;

    ImportService(
            ImportJobs jobs,
            ImportLoader loader,
            DuplicateScan scan,
            Access access,
            AuditLog audit,
            ImportMappings mappings,
            OfficeDirectory offices,
            PlatformTransactionManager transactions) {
        this.jobs = jobs;
        this.loader = loader;
        this.scan = scan;
        this.access = access;
        this.audit = audit;
        this.mappings = mappings;
        this.offices = offices;
        this.tx = new TransactionTemplate(transactions);
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A file ready to import into an office: its header and the mapping that will be used. */
    public record Plan(
            Path file, String filename, List<String> header, ColumnMapping mapping, UUID officeId, String officeCode) {}

    /** Plans an import into the user's own office. */
    public Plan plan(Path file, String filename, @Nullable Map<ImportField, String> chosen) {
        CurrentUser user = access.requireRole(RegistryRoles.WRITE);
        return plan(file, filename, chosen, user.officeCode());
    }

    /**
     * Reads the header and guesses the mapping (the office's remembered choices first) unless one
     * is given; the office must be within the user's scope.
     */
    public Plan plan(Path file, String filename, @Nullable Map<ImportField, String> chosen, String officeCode) {
        access.requireRole(RegistryRoles.WRITE);
        OfficeId office = offices.byCode(officeCode)
                .orElseThrow(() -> new RuleViolation("office", "office.unknown-code", officeCode));
        access.requireOffice(office);
        try (TabularReader reader = TabularFiles.open(file, filename)) {
            List<String> header = reader.header();
            ColumnMapping mapping = chosen == null
                    ? ColumnMapping.guess(header, mappings.remembered(office.value()))
                    : ColumnMapping.fromHeaders(header, chosen);
            return new Plan(file, filename, header, mapping, office.value(), officeCode);
        }
    }

    /** Opens a job, visible at once to the progress page. */
    public UUID start(Plan plan, boolean dryRun) {
        CurrentUser user = access.requireRole(RegistryRoles.WRITE);
        if (!plan.mapping().has(ImportField.GIVEN) && !plan.mapping().has(ImportField.FAMILY)) {
            throw new RuleViolation("mapping", "registry.import.no-name-column");
        }
        UUID id = UUID.randomUUID();
        String hash = hash(plan.file());
        own.executeWithoutResult(s -> {
            jobs.start(id, plan.officeId(), plan.filename(), hash, dryRun, user.username());
            jobs.header(id, plan.header());
        });
        return id;
    }

    /** Runs a started job to the end; the job records how it went, also when it fails. */
    public ImportJob run(UUID job, Plan plan, boolean dryRun) {
        return run(job, plan, dryRun, true);
    }

    /**
     * As {@link #run(UUID, Plan, boolean)}; {@code reviewDuplicates} false skips the search for
     * possible duplicates of each new person, for moving an already deduplicated registry in.
     */
    public ImportJob run(UUID job, Plan plan, boolean dryRun, boolean reviewDuplicates) {
        CurrentUser user = access.requireRole(RegistryRoles.WRITE);
        var target = new ImportLoader.Target(plan.officeId(), plan.officeCode(), user.username(), reviewDuplicates);
        Counts counts = new Counts();
        try {
            List<UUID> stored = tx.execute(s -> load(job, plan, dryRun, target, counts));
            own.executeWithoutResult(s -> jobs.cleanIndexes());
            if (counts.stored >= ANALYZE_FROM) own.executeWithoutResult(s -> jobs.refreshStatistics());
            for (int i = 0; reviewDuplicates && i < stored.size(); i += SCAN_SLICE) {
                List<UUID> slice = stored.subList(i, Math.min(stored.size(), i + SCAN_SLICE));
                counts.duplicates += own.execute(s -> scan.scan(slice));
                progress(job, counts);
            }
            own.executeWithoutResult(s -> jobs.progress(job, counts, "DONE"));
        } catch (RuntimeException e) {
            own.executeWithoutResult(s -> jobs.progress(job, counts, "FAILED"));
            throw e;
        }
        return job(job);
    }

    private List<UUID> load(UUID job, Plan plan, boolean dryRun, ImportLoader.Target target, Counts counts) {
        try (TabularReader reader = TabularFiles.open(plan.file(), plan.filename())) {
            List<UUID> ids = loader.load(job, reader, plan.mapping(), dryRun, target, counts, c -> progress(job, c));
            if (!dryRun) mappings.remember(plan.officeId(), plan.mapping().remembered(plan.header()));
            audit.record(AuditEvent.of(
                            dryRun ? "persons.import-checked" : "persons.imported", "import", job, plan.officeId())
                    .withDetails("rows=" + counts.total + " stored=" + counts.stored + " invalid=" + counts.invalid));
            return ids;
        }
    }

    public ImportJob job(UUID id) {
        access.requireRole(RegistryRoles.WRITE);
        ImportJob job = jobs.find(id).orElseThrow(() -> new NotFoundException("import", id));
        access.requireOffice(new OfficeId(job.officeId()));
        return job;
    }

    public List<StoredError> errors(UUID id, int limit) {
        job(id);
        return jobs.errorsOf(id, limit);
    }

    List<String> header(UUID id) {
        job(id);
        return jobs.headerOf(id);
    }

    private void progress(UUID job, Counts counts) {
        own.executeWithoutResult(s -> jobs.progress(job, counts, "RUNNING"));
    }

    private static String hash(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of()
                    .formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot read the uploaded file", e);
        }
    }
}
