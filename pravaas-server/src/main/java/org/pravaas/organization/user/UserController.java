package org.pravaas.organization.user;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.organization.Access;
import org.pravaas.organization.Role;
import org.pravaas.organization.office.OfficeService;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.web.Forms;
import org.pravaas.shared.web.Htmx;
import org.pravaas.shared.web.ListState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The user administration pages. */
@Controller
@RequestMapping("/admin/users")
class UserController {
    private final UserService users;
    private final OfficeService offices;
    private final ApiTokenService tokens;
    private final Access access;

    UserController(UserService users, OfficeService offices, ApiTokenService tokens, Access access) {
        this.users = users;
        this.offices = offices;
        this.tokens = tokens;
        this.access = access;
    }

    @GetMapping
    String list(Users.Query query, HttpServletRequest request, Model model) {
        ListState state = ListState.of(request);
        model.addAttribute("list", state);
        model.addAttribute("filter", query);
        model.addAttribute("page", users.search(query, state.request()));
        model.addAttribute("roles", Role.values());
        model.addAttribute("offices", offices.inScope());
        return Htmx.view(request, "organization/users", "results");
    }

    @GetMapping("/new")
    String create(Model model) {
        return form(model, UserCommand.blank(access.current().officeId().value()), null);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") UserCommand form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var saved = Forms.attempt(result, () -> users.create(form));
        if (saved.isPresent()) {
            Forms.flash(redirect, "user.created");
            return "redirect:/admin/users/" + saved.get().id();
        }
        return form(model, form, null);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable UUID id, Model model) {
        User user = users.get(id);
        model.addAttribute("tokens", tokens.ofUser(id));
        return form(model, UserCommand.of(user), user);
    }

    @PostMapping("/{id}")
    String change(
            @PathVariable UUID id,
            @RequestParam long version,
            @Valid @ModelAttribute("form") UserCommand form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        User current = users.get(id);
        var saved = Forms.attempt(result, () -> users.change(id, version, form));
        if (saved.isPresent()) {
            Forms.flash(redirect, "user.saved");
            return "redirect:/admin/users/" + id;
        }
        model.addAttribute("tokens", tokens.ofUser(id));
        return form(model, form, current);
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable UUID id, RedirectAttributes redirect) {
        users.unlock(id);
        Forms.flash(redirect, "user.unlocked");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/tokens")
    String createToken(
            @PathVariable UUID id,
            @RequestParam String name,
            @RequestParam(defaultValue = "90") int days,
            Model model) {
        try {
            model.addAttribute("created", tokens.createFor(id, name, days));
        } catch (RuleViolation e) {
            model.addAttribute("tokenErrors", e.violations());
        }
        return edit(id, model);
    }

    @PostMapping("/{id}/tokens/{token}/revoke")
    String revoke(@PathVariable UUID id, @PathVariable UUID token, RedirectAttributes redirect) {
        users.get(id);
        tokens.revoke(token);
        Forms.flash(redirect, "token.revoked");
        return "redirect:/admin/users/" + id;
    }

    private String form(Model model, UserCommand form, @Nullable User user) {
        model.addAttribute("form", form);
        model.addAttribute("user", user);
        model.addAttribute("roles", Role.values());
        model.addAttribute("offices", offices.inScope());
        model.addAttribute("maxDays", ApiTokenService.MAX_DAYS);
        return "organization/user-form";
    }
}
