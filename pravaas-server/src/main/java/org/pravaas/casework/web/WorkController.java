package org.pravaas.casework.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.pravaas.casework.file.Approvals;
import org.pravaas.casework.task.Task;
import org.pravaas.casework.task.TaskService;
import org.pravaas.organization.Access;
import org.pravaas.organization.OfficeDirectory;
import org.pravaas.shared.PageRequest;
import org.pravaas.shared.web.Htmx;
import org.pravaas.shared.web.ListState;
import org.pravaas.shared.web.TableFile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Work queues: open tasks (the user's or the offices', overdue or all) with exports, and proposals to approve. */
@Controller
class WorkController {
    private static final int EXPORT_PAGE = PageRequest.MAX_SIZE;
    private final TaskService tasks;
    private final Approvals approvals;
    private final Access access;
    private final OfficeDirectory offices;

    WorkController(TaskService tasks, Approvals approvals, Access access, OfficeDirectory offices) {
        this.tasks = tasks;
        this.approvals = approvals;
        this.access = access;
        this.offices = offices;
    }

    @GetMapping("/cases/tasks")
    String tasks(
            HttpServletRequest request,
            @RequestParam(defaultValue = "true") boolean mine,
            @RequestParam(defaultValue = "false") boolean overdue,
            Model model) {
        ListState list = ListState.of(request);
        model.addAttribute("list", list);
        model.addAttribute("page", tasks.open(mine, overdue, list.request()));
        model.addAttribute("mine", mine);
        model.addAttribute("overdue", overdue);
        model.addAttribute("today", tasks.today());
        model.addAttribute("offices", offices);
        return Htmx.view(request, "casework/tasks", "results");
    }

    @GetMapping("/cases/tasks.{format:csv|xlsx}")
    void export(
            HttpServletRequest request,
            HttpServletResponse response,
            @PathVariable String format,
            @RequestParam(defaultValue = "true") boolean mine,
            @RequestParam(defaultValue = "false") boolean overdue)
            throws IOException {
        List<Task> all = all(request, mine, overdue);
        tasks.exported(all.size());
        try (TableFile out = TableFile.download(response, "tasks", format)) {
            out.row(HEADER);
            for (Task t : all) out.row(row(t));
        }
    }

    @GetMapping("/cases/approvals")
    String approvals(Model model) {
        model.addAttribute("proposals", approvals.pending());
        model.addAttribute("offices", offices);
        model.addAttribute("username", access.current().username());
        return "casework/approvals";
    }

    private static final List<String> HEADER =
            List.of("case", "office", "title", "assignee", "due_on", "overdue", "created_by");

    /** Every open task the list shows, page by page (an office has thousands at most). */
    private List<Task> all(HttpServletRequest request, boolean mine, boolean overdue) {
        PageRequest sort = ListState.of(request).request();
        List<Task> out = new java.util.ArrayList<>();
        for (int p = 0; ; p++) {
            var page = tasks.open(mine, overdue, new PageRequest(p, EXPORT_PAGE, sort.sort(), sort.ascending(), null));
            out.addAll(page.items());
            if (!page.hasNext()) return out;
        }
    }

    private List<Object> row(Task t) {
        return Arrays.asList(
                t.caseReference(),
                offices.code(t.officeId()),
                t.title(),
                t.assignee(),
                t.dueOn(),
                t.overdue(tasks.today()),
                t.createdBy());
    }
}
