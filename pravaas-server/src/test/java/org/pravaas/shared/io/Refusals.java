package org.pravaas.shared.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that reading a file was refused with a given key, and that every bundle can say why. */
final class Refusals {
    private static final String[] LANGUAGES = {"", "fr", "es", "ar", "hi", "ko"};

    private Refusals() {}

    static TabularFileException refused(ThrowingCallable reading, String key) {
        Throwable thrown = catchThrowable(reading);
        assertThat(thrown).isInstanceOf(TabularFileException.class);
        TabularFileException refusal = (TabularFileException) thrown;
        assertThat(refusal.messageKey()).isEqualTo(key);
        for (String language : LANGUAGES) {
            String pattern = bundle(language).getProperty(key);
            assertThat(pattern).as(key + " in messages_" + language).isNotBlank();
            String message = new MessageFormat(pattern, Locale.forLanguageTag(language)).format(refusal.args());
            for (Object arg : refusal.args()) {
                if (arg instanceof String text) {
                    assertThat(message).as(language).contains(text);
                }
            }
        }
        return refusal;
    }

    private static Properties bundle(String language) {
        String name = language.isEmpty() ? "/messages.properties" : "/messages_" + language + ".properties";
        Properties properties = new Properties();
        try (InputStream in = Refusals.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
