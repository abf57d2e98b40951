package org.pravaas.casework.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.audit.AuditEvent;
import org.pravaas.casework.CaseId;
import org.pravaas.casework.CaseSummary;
import org.pravaas.casework.Cases;
import org.pravaas.casework.file.CaseAccess;
import org.pravaas.casework.file.CaseEffects;
import org.pravaas.casework.file.CaseRoles;
import org.pravaas.shared.Ids;
import org.pravaas.shared.NotFoundException;
import org.pravaas.shared.Page;
import org.pravaas.shared.PageRequest;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.StaleUpdateException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tasks on cases: added and done by those who may change the case; listed per case, user and office. */
@Service
public class TaskService {
    private final Tasks tasks;
    private final Cases cases;
    private final CaseEffects effects;
    private final CaseAccess access;
    private final Clock clock;

    TaskService(Tasks tasks, Cases cases, CaseEffects effects, CaseAccess access, Clock clock) {
        this.tasks = tasks;
        this.cases = cases;
        this.effects = effects;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public UUID add(CaseId caseId, @Nullable String title, @Nullable String assignee, @Nullable LocalDate dueOn) {
        CaseSummary c = cases.write(caseId);
        String t = title == null ? "" : title.strip();
        if (t.isEmpty() || t.length() > 300) {
            throw new RuleViolation("title", "casework.task.title-required");
        }
        if (dueOn != null && dueOn.isBefore(LocalDate.now(clock).minusYears(1))) {
            throw new RuleViolation("dueOn", "casework.task.due-in-past");
        }
        UUID id = Ids.newId();
        String who = assignee == null || assignee.isBlank() ? null : assignee.strip();
        tasks.insert(id, c.id().value(), c.officeId(), c.programme(), t, who, dueOn, effects.actor(), effects.now());
        effects.timeline(caseId, "casework.timeline.task-added", List.of(t), effects.now());
        effects.audit(AuditEvent.of("casework.task.added", "case", caseId, c.officeId()));
        return id;
    }

    @Transactional
    public void done(UUID taskId, long version) {
        Task t = tasks.find(taskId).orElseThrow(() -> new NotFoundException("task", taskId));
        CaseSummary c = cases.write(new CaseId(t.caseId()));
        if (tasks.markDone(taskId, version, effects.actor(), effects.now()) == 0) {
            throw new StaleUpdateException("task", taskId, t.version());
        }
        effects.timeline(c.id(), "casework.timeline.task-done", List.of(t.title()), effects.now());
        effects.audit(AuditEvent.of("casework.task.done", "case", c.id(), c.officeId()));
    }

    /**
     * Gives an open task to someone else and/or another due date (a caseworker on leave, a
     * deadline moved); the version is the task's as the user saw it.
     */
    @Transactional
    public void reassign(UUID taskId, long version, @Nullable String assignee, @Nullable LocalDate dueOn) {
        Task t = tasks.find(taskId).orElseThrow(() -> new NotFoundException("task", taskId));
        CaseSummary c = cases.write(new CaseId(t.caseId()));
        if (t.done()) throw new RuleViolation("", "casework.task.already-done");
        if (dueOn != null && dueOn.isBefore(LocalDate.now(clock).minusYears(1))) {
            throw new RuleViolation("dueOn", "casework.task.due-in-past");
        }
        String who = assignee == null || assignee.isBlank() ? null : assignee.strip();
        if (tasks.reassign(taskId, version, who, dueOn) == 0) {
            throw new StaleUpdateException("task", taskId, t.version());
        }
        effects.timeline(
                c.id(),
                "casework.timeline.task-reassigned",
                List.of(t.title(), who == null ? "—" : who, dueOn == null ? "—" : dueOn.toString()),
                effects.now());
        effects.audit(AuditEvent.of("casework.task.reassigned", "case", c.id(), c.officeId()));
    }

    /** Records that the user downloaded a list of {@code rows} tasks (titles may name people). */
    @Transactional
    public void exported(int rows) {
        effects.audit(
                AuditEvent.of("casework.tasks.exported", "task", "-", null).withDetails("rows=" + rows));
    }

    /** The case's tasks (the caller has read the case). */
    @Transactional(readOnly = true)
    public List<Task> ofCase(CaseId caseId) {
        return tasks.ofCase(caseId.value());
    }

    /**
     * Open tasks in the user's offices: all, or only the user's own, or only overdue ones; for
     * those who read cases, restricted programmes only for protection officers.
     */
    @Transactional(readOnly = true)
    public Page<Task> open(boolean mine, boolean overdueOnly, PageRequest page) {
        CaseAccess.QueueScope scope = access.queue(CaseRoles.READ);
        return tasks.open(
                new Tasks.Filter(
                        scope.offices(),
                        scope.hiddenProgrammes(),
                        mine ? access.actor() : null,
                        overdueOnly,
                        LocalDate.now(clock)),
                page);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
