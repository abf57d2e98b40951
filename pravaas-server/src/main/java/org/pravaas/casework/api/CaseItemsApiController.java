package org.pravaas.casework.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.casework.CaseId;
import org.pravaas.casework.Cases;
import org.pravaas.casework.attachment.AttachmentService;
import org.pravaas.casework.consent.Consent;
import org.pravaas.casework.consent.ConsentCommand;
import org.pravaas.casework.consent.ConsentService;
import org.pravaas.casework.consent.Recipient;
import org.pravaas.casework.consent.SharedPart;
import org.pravaas.casework.note.NoteService;
import org.pravaas.casework.referral.Referral;
import org.pravaas.casework.referral.ReferralService;
import org.pravaas.casework.task.Task;
import org.pravaas.casework.task.TaskService;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.api.ETags;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** A case's tasks, notes, attachments, consents and referrals over the API; referrals received. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Cases")
class CaseItemsApiController {
    private final Cases cases;
    private final TaskService tasks;
    private final NoteService notes;
    private final AttachmentService attachments;
    private final ConsentService consents;
    private final ReferralService referrals;

    CaseItemsApiController(
            Cases cases,
            TaskService tasks,
            NoteService notes,
            AttachmentService attachments,
            ConsentService consents,
            ReferralService referrals) {
        this.cases = cases;
        this.tasks = tasks;
        this.notes = notes;
        this.attachments = attachments;
        this.consents = consents;
        this.referrals = referrals;
    }

    /** A task to add. */
    record NewTask(@Nullable String title, @Nullable String assignee, @Nullable LocalDate dueOn) {}

    /** A note to add. */
    record NewNote(@Nullable String body) {}

    /** A referral to make: {@code to} is {@code office:<id>} or {@code partner:<id>}. */
    record NewReferral(@Nullable String to, @Nullable List<SharedPart> parts, @Nullable String note) {}

    /** The receiver's answer. */
    record Answer(boolean accept, @Nullable String reason) {}

    @GetMapping("/cases/{id}/tasks")
    List<Task> tasks(@PathVariable UUID id) {
        cases.read(new CaseId(id));
        return tasks.ofCase(new CaseId(id));
    }

    @PostMapping("/cases/{id}/tasks")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> addTask(@PathVariable UUID id, @RequestBody NewTask t) {
        return Map.of("id", tasks.add(new CaseId(id), t.title(), t.assignee(), t.dueOn()));
    }

    @PostMapping("/cases/{id}/tasks/{task}/done")
    void done(
            @PathVariable UUID id,
            @PathVariable UUID task,
            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch) {
        tasks.done(task, ETags.required(ifMatch, "task", task));
    }

    /** A task's new assignee and due date (null clears either). */
    record Assignment(@Nullable String assignee, @Nullable LocalDate dueOn) {}

    @PutMapping("/cases/{id}/tasks/{task}/assignment")
    void reassign(
            @PathVariable UUID id,
            @PathVariable UUID task,
            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch,
            @RequestBody Assignment a) {
        tasks.reassign(task, ETags.required(ifMatch, "task", task), a.assignee(), a.dueOn());
    }

    @GetMapping("/cases/{id}/notes")
    List<NoteService.Note> notes(@PathVariable UUID id) {
        cases.read(new CaseId(id));
        return notes.of(new CaseId(id));
    }

    @PostMapping("/cases/{id}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> addNote(@PathVariable UUID id, @RequestBody NewNote n) {
        return Map.of("id", notes.add(new CaseId(id), n.body()));
    }

    @GetMapping("/cases/{id}/attachments")
    List<AttachmentService.Attachment> attachments(@PathVariable UUID id) {
        cases.read(new CaseId(id));
        return attachments.of(new CaseId(id));
    }

    @PostMapping("/cases/{id}/attachments")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> upload(@PathVariable UUID id, @RequestParam("file") MultipartFile file) throws IOException {
        return Map.of(
                "id", attachments.upload(new CaseId(id), file.getOriginalFilename(), file.getSize(), file::getBytes));
    }

    @GetMapping("/cases/{id}/consents")
    List<Consent> consents(@PathVariable UUID id) {
        cases.read(new CaseId(id));
        return consents.of(new CaseId(id));
    }

    @PostMapping("/cases/{id}/consents")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> consent(@PathVariable UUID id, @RequestBody ConsentCommand c) {
        return Map.of("id", consents.record(new CaseId(id), c));
    }

    @PostMapping("/cases/{id}/consents/{consent}/withdrawal")
    void withdraw(@PathVariable UUID id, @PathVariable UUID consent) {
        consents.withdraw(consent);
    }

    @GetMapping("/cases/{id}/referrals")
    List<Referral> referrals(@PathVariable UUID id) {
        cases.read(new CaseId(id));
        return referrals.ofCase(new CaseId(id));
    }

    @PostMapping("/cases/{id}/referrals")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> refer(@PathVariable UUID id, @RequestBody NewReferral r) {
        Recipient to;
        try {
            to = Recipient.parse(r.to() == null ? "" : r.to());
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("to", "casework.consent.recipient-unknown");
        }
        return Map.of("id", referrals.refer(new CaseId(id), to, r.parts() == null ? List.of() : r.parts(), r.note()));
    }

    @GetMapping("/referrals")
    List<Referral> incoming() {
        return referrals.incoming();
    }

    @GetMapping("/referrals/{id}")
    Referral referral(@PathVariable UUID id) {
        return referrals.view(id);
    }

    @PostMapping("/referrals/{id}/answer")
    void answer(@PathVariable UUID id, @RequestBody Answer a) {
        referrals.answer(id, a.accept(), a.reason());
    }
}
