package org.pravaas.registry.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.pravaas.organization.Access;
import org.pravaas.registry.importing.ImportField;
import org.pravaas.registry.importing.ImportJob;
import org.pravaas.registry.importing.ImportReports;
import org.pravaas.registry.importing.ImportService;
import org.pravaas.registry.importing.ImportService.Plan;
import org.pravaas.shared.NotFoundException;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.io.TabularFileException;
import org.pravaas.shared.web.Htmx;
import org.springframework.context.MessageSource;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bulk import on the web: upload, map the columns, dry run, import. Runs in the background with
 * the user's identity; the job page shows progress and then the report.
 */
@Controller
@RequestMapping("/registry/import")
class PersonImportController {
    private final ImportService imports;
    private final ImportReports reports;
    private final ImportUploads uploads;
    private final Access access;
    private final MessageSource messages;
    // One import at a time per server: a load uses a core and the database's other one.
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "registry-import");
        t.setDaemon(true);
        return t;
    });

    PersonImportController(
            ImportService imports,
            ImportReports reports,
            ImportUploads uploads,
            Access access,
            MessageSource messages) {
        this.imports = imports;
        this.reports = reports;
        this.uploads = uploads;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping
    String page() {
        return "registry/import";
    }

    @PostMapping
    String upload(@RequestParam("file") MultipartFile file, Model model, Locale locale) throws IOException {
        String user = access.current().username();
        if (file.isEmpty()) return refuse(model, messages.getMessage("registry.import.empty", null, locale));
        UUID token = uploads.save(
                user,
                file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename(),
                file.getInputStream());
        var upload = uploads.find(token, user).orElseThrow();
        try {
            Plan plan = imports.plan(upload.file(), upload.filename(), null);
            uploads.plan(token, plan);
            return mapping(model, token, plan);
        } catch (TabularFileException e) {
            return refuse(model, messages.getMessage(e.messageKey(), e.args(), locale));
        }
    }

    @PostMapping("/{token}")
    String start(@PathVariable UUID token, @RequestParam Map<String, String> form, Model model, Locale locale) {
        var upload = uploads.find(token, access.current().username())
                .orElseThrow(() -> new NotFoundException("upload", token));
        Map<ImportField, String> chosen = new EnumMap<>(ImportField.class);
        for (ImportField f : ImportField.values()) {
            String header = form.get("field." + f.name());
            if (header != null && !header.isBlank()) chosen.put(f, header);
        }
        boolean dryRun = !"import".equals(form.get("action"));
        Plan plan = chosen.isEmpty() && upload.plan().isPresent()
                ? upload.plan().get()
                : imports.plan(upload.file(), upload.filename(), chosen);
        uploads.plan(token, plan);
        try {
            UUID job = imports.start(plan, dryRun);
            background.submit(new DelegatingSecurityContextRunnable(() -> imports.run(job, plan, dryRun)));
            return "redirect:/registry/import/jobs/" + job + "?upload=" + token;
        } catch (RuleViolation e) {
            model.addAttribute(
                    "refusal", messages.getMessage(e.violations().get(0).messageKey(), null, locale));
            return mapping(model, token, plan);
        }
    }

    @GetMapping("/jobs/{id}")
    String job(
            @PathVariable UUID id,
            @RequestParam(required = false) UUID upload,
            HttpServletRequest request,
            Model model,
            Locale locale) {
        ImportJob job = imports.job(id);
        model.addAttribute("job", job);
        model.addAttribute("upload", upload);
        model.addAttribute("errors", job.running() ? java.util.List.of() : imports.errors(id, 200));
        model.addAttribute("reports", reports);
        return Htmx.view(request, "registry/import-job", "progress");
    }

    @GetMapping("/jobs/{id}/errors.csv")
    void errors(@PathVariable UUID id, HttpServletResponse response, Locale locale) throws IOException {
        ImportJob job = imports.job(id);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"refused-rows-" + id + ".csv\"");
        reports.writeErrors(job.id(), response.getOutputStream(), locale);
    }

    private String mapping(Model model, UUID token, Plan plan) {
        model.addAttribute("token", token);
        model.addAttribute("plan", plan);
        model.addAttribute("fields", ImportField.values());
        return "registry/import-map";
    }

    private static String refuse(Model model, String message) {
        model.addAttribute("refusal", message);
        return "registry/import";
    }
}
