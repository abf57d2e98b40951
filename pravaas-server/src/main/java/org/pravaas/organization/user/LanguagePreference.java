package org.pravaas.organization.user;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/**
 * The page language: {@code ?lang=xx} switches it (one of the six) and remembers it for the
 * signed-in user; otherwise the session's, else the browser's preference, else English.
 */
@Configuration(proxyBeanMethods = false)
class LanguagePreference implements WebMvcConfigurer {
    private final AccountService accounts;

    LanguagePreference(AccountService accounts) {
        this.accounts = accounts;
    }

    @Bean
    LocaleResolver localeResolver() {
        SessionLocaleResolver resolver = new SessionLocaleResolver();
        resolver.setDefaultLocaleFunction(LanguagePreference::fromBrowser);
        return resolver;
    }

    static Locale fromBrowser(HttpServletRequest request) {
        var ranges = java.util.Collections.list(request.getLocales());
        return ranges.stream()
                .map(Locale::getLanguage)
                .filter(AccountService.LANGUAGES::contains)
                .findFirst()
                .map(Locale::forLanguageTag)
                .orElse(Locale.ENGLISH);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                String lang = request.getParameter("lang");
                if (lang != null && AccountService.LANGUAGES.contains(lang)) {
                    localeResolver().setLocale(request, response, Locale.forLanguageTag(lang));
                    accounts.rememberLanguage(lang);
                }
                return true;
            }
        });
    }
}
