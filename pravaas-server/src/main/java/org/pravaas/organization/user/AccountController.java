package org.pravaas.organization.user;

import java.util.UUID;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The user's own account: password and API tokens. */
@Controller
@RequestMapping("/account")
class AccountController {
    private final AccountService accounts;
    private final ApiTokenService tokens;

    AccountController(AccountService accounts, ApiTokenService tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("tokens", tokens.mine());
        model.addAttribute("maxDays", ApiTokenService.MAX_DAYS);
        return "organization/account";
    }

    @PostMapping("/password")
    String changePassword(
            @RequestParam String currentPassword,
            @RequestParam String newPassword,
            @RequestParam String confirmation,
            Model model,
            RedirectAttributes redirect) {
        try {
            accounts.changePassword(currentPassword, newPassword, confirmation);
            Forms.flash(redirect, "password.changed");
            return "redirect:/account";
        } catch (RuleViolation e) {
            model.addAttribute("passwordErrors", e.violations());
            return show(model);
        }
    }

    @PostMapping("/tokens")
    String createToken(@RequestParam String name, @RequestParam(defaultValue = "90") int days, Model model) {
        try {
            model.addAttribute("created", tokens.create(name, days));
        } catch (RuleViolation e) {
            model.addAttribute("tokenErrors", e.violations());
        }
        return show(model);
    }

    @PostMapping("/tokens/{id}/revoke")
    String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
        tokens.revoke(id);
        Forms.flash(redirect, "token.revoked");
        return "redirect:/account";
    }
}
