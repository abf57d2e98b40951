package org.pravaas.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every user-facing string is in the bundles, in all six languages, and templates hold none of their own. */
class MessageBundlesTest {
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path TEMPLATES = RESOURCES.resolve("templates");
    private static final Pattern KEY_IN_TEMPLATE =
            Pattern.compile("#\\{([a-z][a-zA-Z0-9._-]*)|(?:sortable|input)\\('[^']+', '([a-z][a-zA-Z0-9._-]*)'");
    private static final Pattern TEXT_NODE = Pattern.compile(">([^<]*\\p{L}[^<]*)<");
    private static final Pattern UNTRANSLATED_ATTRIBUTE =
            Pattern.compile("(?<![:-])\\b(placeholder|title|aria-label|alt)=\"[^\"]*\\p{L}");
    private static final Set<String> NOT_TRANSLATED = Set.of(
            "Pravaas",
            "admin · registrar · caseworker · health · movements · enumerator · elections · governance · partner · viewer");

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es", "ar", "hi", "ko"})
    void everyBundleHasExactlyTheEnglishKeys(String language) throws IOException {
        Set<String> english = load("messages.properties").stringPropertyNames();
        Set<String> other = load("messages_" + language + ".properties").stringPropertyNames();
        assertThat(difference(english, other)).as("keys missing in " + language).isEmpty();
        assertThat(difference(other, english)).as("keys only in " + language).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_fr", "_es", "_ar", "_hi", "_ko"})
    void noMessageHasAnApostropheThatMessageFormatWouldSwallow(String suffix) throws IOException {
        Properties bundle = load("messages" + suffix + ".properties");
        assertThat(bundle.stringPropertyNames())
                .filteredOn(key -> bundle.getProperty(key).contains("'"))
                .isEmpty();
    }

    @Test
    void everyKeyATemplateUsesExists() throws IOException {
        Set<String> english = load("messages.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        for (Path template : templates()) {
            Matcher m = KEY_IN_TEMPLATE.matcher(Files.readString(template));
            while (m.find()) {
                used.add(m.group(1) != null ? m.group(1) : m.group(2));
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(difference(used, english))
                .as("keys used in templates but missing")
                .isEmpty();
    }

    @Test
    void templatesHaveNoHardCodedText() throws IOException {
        List<String> offenders = new java.util.ArrayList<>();
        for (Path template : templates()) {
            String html =
                    Files.readString(template).replaceAll("(?s)<!--.*?-->", "").replaceAll("\\[\\[.*?]]", "");
            Matcher text =
                    TEXT_NODE.matcher(html.replaceAll("=\"[^\"]*\"", "=\"\"").replaceAll("='[^']*'", "=''"));
            while (text.find()) {
                String value = text.group(1).strip();
                if (!NOT_TRANSLATED.contains(value) && !value.matches("[\\d\\s·–—▲▼()|,.:-]*")) {
                    offenders.add(TEMPLATES.relativize(template) + ": " + value);
                }
            }
            Matcher attribute = UNTRANSLATED_ATTRIBUTE.matcher(html);
            while (attribute.find()) {
                offenders.add(TEMPLATES.relativize(template) + ": " + attribute.group());
            }
        }
        assertThat(offenders).isEmpty();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).toList();
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new HashSet<>(a);
        result.removeAll(b);
        return new TreeSet<>(result);
    }
}
