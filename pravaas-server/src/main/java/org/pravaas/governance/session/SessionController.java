package org.pravaas.governance.session;

import jakarta.validation.Valid;
import java.io.IOException;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.governance.session.SessionParts.File;
import org.pravaas.shared.web.Forms;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A session's page: agenda, documents, attendance, officers and resolutions, and adding to them. */
@Controller
@RequestMapping("/governance/sessions/{id}")
class SessionController {
    private final SessionService sessions;
    private final ResolutionService resolutions;
    private final SessionRecordService records;

    SessionController(SessionService sessions, ResolutionService resolutions, SessionRecordService records) {
        this.sessions = sessions;
        this.resolutions = resolutions;
        this.records = records;
    }

    @GetMapping
    String show(@PathVariable UUID id, Model model) {
        SessionView view = sessions.get(id);
        model.addAttribute("view", view);
        LocalDate last = view.session().endsOn();
        model.addAttribute("languages", java.util.List.of("en", "fr", "es", "ar", "hi", "ko"));
        addIfMissing(model, "item", new AgendaItemCommand("", null, null, null));
        addIfMissing(model, "delegation", new AttendanceCommand("", null));
        addIfMissing(model, "officer", new OfficerCommand("CHAIR", "", ""));
        addIfMissing(model, "document", new DocumentCommand("", "", null, null, "en", null));
        addIfMissing(
                model,
                "resolution",
                new ResolutionCommand("", "", null, null, "", last, Resolution.Adoption.CONSENSUS));
        return "governance/session";
    }

    @PostMapping("/agenda")
    String addItem(
            @PathVariable UUID id,
            @Valid @ModelAttribute("item") AgendaItemCommand item,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return done(
                Forms.attempt(result, () -> {
                            records.addAgendaItem(id, item);
                            return id;
                        })
                        .isPresent(),
                id,
                "governance.agenda.added",
                model,
                redirect);
    }

    @PostMapping("/documents")
    String addDocument(
            @PathVariable UUID id,
            @Valid @ModelAttribute("document") DocumentCommand document,
            BindingResult result,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile upload,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        File file = upload == null || upload.isEmpty()
                ? null
                : new File(
                        upload.getOriginalFilename() == null ? "document" : upload.getOriginalFilename(),
                        upload.getContentType() == null ? "application/octet-stream" : upload.getContentType(),
                        upload.getBytes());
        return done(
                Forms.attempt(result, () -> {
                            records.addDocument(id, document, file);
                            return id;
                        })
                        .isPresent(),
                id,
                "governance.document.added",
                model,
                redirect);
    }

    @GetMapping("/documents/{document}")
    ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable UUID document) {
        File file = records.file(document);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(file.content());
    }

    @PostMapping("/attendance")
    String attend(
            @PathVariable UUID id,
            @Valid @ModelAttribute("delegation") AttendanceCommand delegation,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return done(
                Forms.attempt(result, () -> {
                            records.attend(id, delegation);
                            return id;
                        })
                        .isPresent(),
                id,
                "governance.attendance.recorded",
                model,
                redirect);
    }

    @PostMapping("/officers")
    String addOfficer(
            @PathVariable UUID id,
            @Valid @ModelAttribute("officer") OfficerCommand officer,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return done(
                Forms.attempt(result, () -> {
                            records.addOfficer(id, officer);
                            return id;
                        })
                        .isPresent(),
                id,
                "governance.officer.recorded",
                model,
                redirect);
    }

    @PostMapping("/resolutions")
    String adopt(
            @PathVariable UUID id,
            @Valid @ModelAttribute("resolution") ResolutionCommand resolution,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var saved = Forms.attempt(result, () -> resolutions.adopt(id, resolution));
        if (saved.isPresent()) {
            Forms.flash(redirect, "governance.resolution.saved");
            return "redirect:/governance/resolutions/" + saved.get().id();
        }
        return show(id, model);
    }

    private String done(boolean saved, UUID id, String flash, Model model, RedirectAttributes redirect) {
        if (saved) {
            Forms.flash(redirect, flash);
            return "redirect:/governance/sessions/" + id;
        }
        return show(id, model);
    }

    private static void addIfMissing(Model model, String name, Object value) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, value);
        }
    }
}
