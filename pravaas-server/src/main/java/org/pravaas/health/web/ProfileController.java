package org.pravaas.health.web;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.pravaas.health.profile.ProfileCommand;
import org.pravaas.health.profile.ProfileService;
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

/** Destination profiles: the current versions, one profile's history, and the form that adds a version. */
@Controller("healthProfileController")
@RequestMapping("/health/profiles")
class ProfileController {
    private final ProfileService profiles;

    ProfileController(ProfileService profiles) {
        this.profiles = profiles;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("profiles", profiles.current());
        return "health/profiles";
    }

    @GetMapping("/{code}")
    String versions(@PathVariable String code, Model model) {
        var versions = profiles.versions(code);
        model.addAttribute("versions", versions);
        model.addAttribute("current", versions.get(0));
        return "health/profile";
    }

    @GetMapping("/edit")
    String form(@RequestParam(required = false) @Nullable String from, Model model) {
        if (!model.containsAttribute("profile")) {
            model.addAttribute(
                    "profile",
                    from == null
                            ? ProfileCommand.blank()
                            : ProfileCommand.of(profiles.versions(from).get(0)));
        }
        return "health/profile-form";
    }

    @PostMapping
    String save(
            @Valid @ModelAttribute("profile") ProfileCommand profile,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (org.pravaas.shared.web.Forms.attempt(result, () -> profiles.save(profile))
                .isPresent()) {
            org.pravaas.shared.web.Forms.flash(redirect, "health.profile.saved");
            return "redirect:/health/profiles/" + profile.code();
        }
        return "health/profile-form";
    }
}
