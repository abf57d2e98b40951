package org.pravaas.home;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pravaas.organization.Access;
import org.pravaas.organization.CurrentUser;
import org.pravaas.shared.web.Navigation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the shared layout needs on every page. */
@ControllerAdvice
class LayoutModel {
    static final List<String> LANGUAGES = List.of("en", "fr", "es", "ar", "hi", "ko");

    private final Access access;
    private final List<Navigation> navigation;
    private final boolean demo;
    private final String version;

    LayoutModel(
            Access access,
            List<Navigation> navigation,
            Environment environment,
            @Value("${pravaas.version:0.1.0}") String version) {
        this.access = access;
        this.navigation = navigation.stream()
                .sorted(Comparator.comparingInt(Navigation::order))
                .toList();
        this.demo = environment.acceptsProfiles(Profiles.of("demo"));
        this.version = version;
    }

    @ModelAttribute("me")
    Optional<CurrentUser> me() {
        return access.signedIn();
    }

    @ModelAttribute("navigation")
    List<Navigation> navigation() {
        return access.signedIn()
                .map(user -> navigation.stream()
                        .filter(n -> n.roles().isEmpty()
                                || n.roles().stream().anyMatch(r -> user.roles().stream()
                                        .anyMatch(h -> h.name().equals(r))))
                        .toList())
                .orElse(List.of());
    }

    @ModelAttribute("demo")
    boolean demo() {
        return demo;
    }

    @ModelAttribute("pravaasVersion")
    String version() {
        return version;
    }

    @ModelAttribute("languages")
    List<String> languages() {
        return LANGUAGES;
    }

    @ModelAttribute("rtl")
    boolean rightToLeft() {
        return "ar".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    @ModelAttribute("lang")
    String language() {
        Locale locale = LocaleContextHolder.getLocale();
        return LANGUAGES.contains(locale.getLanguage()) ? locale.getLanguage() : "en";
    }
}
