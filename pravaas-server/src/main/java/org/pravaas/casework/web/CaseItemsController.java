package org.pravaas.casework.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.casework.CaseId;
import org.pravaas.casework.attachment.AttachmentService;
import org.pravaas.casework.note.NoteService;
import org.pravaas.casework.task.TaskService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Tasks, notes and attachments posted from the case page; attachment downloads. */
@Controller
class CaseItemsController {
    private final CasePage page;
    private final TaskService tasks;
    private final NoteService notes;
    private final AttachmentService attachments;

    CaseItemsController(CasePage page, TaskService tasks, NoteService notes, AttachmentService attachments) {
        this.page = page;
        this.tasks = tasks;
        this.notes = notes;
        this.attachments = attachments;
    }

    @PostMapping("/cases/{id}/tasks")
    String addTask(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String title,
            @RequestParam(required = false) @Nullable String assignee,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dueOn,
            Model model,
            RedirectAttributes redirect) {
        return page.attempt(
                id, model, redirect, "casework.task.added", () -> tasks.add(new CaseId(id), title, assignee, dueOn));
    }

    @PostMapping("/cases/{id}/tasks/{task}/done")
    String taskDone(
            @PathVariable UUID id,
            @PathVariable UUID task,
            @RequestParam long version,
            Model model,
            RedirectAttributes redirect) {
        return page.attempt(id, model, redirect, "casework.task.completed", () -> tasks.done(task, version));
    }

    @PostMapping("/cases/{id}/tasks/{task}/assignment")
    String reassign(
            @PathVariable UUID id,
            @PathVariable UUID task,
            @RequestParam long version,
            @RequestParam(required = false) @Nullable String assignee,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dueOn,
            Model model,
            RedirectAttributes redirect) {
        return page.attempt(
                id, model, redirect, "casework.task.reassigned", () -> tasks.reassign(task, version, assignee, dueOn));
    }

    @PostMapping("/cases/{id}/notes")
    String addNote(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String body,
            Model model,
            RedirectAttributes redirect) {
        return page.attempt(id, model, redirect, "casework.note.added", () -> notes.add(new CaseId(id), body));
    }

    @PostMapping("/cases/{id}/attachments")
    String upload(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable MultipartFile file,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        String name = file == null ? null : file.getOriginalFilename();
        long size = file == null ? 0 : file.getSize();
        return page.attempt(
                id,
                model,
                redirect,
                "casework.attachment.added",
                () -> attachments.upload(
                        new CaseId(id), name, size, file == null ? () -> new byte[0] : file::getBytes));
    }

    @GetMapping("/cases/{id}/attachments/{attachment}")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID attachment) {
        AttachmentService.Download d = attachments.download(new CaseId(id), attachment);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.attachment().contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(d.attachment().filename(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(d.content());
    }
}
