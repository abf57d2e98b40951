package org.pravaas.registry.mrz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.pravaas.registry.mrz.Specimens.TODAY;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every problem and every field has its words in the six languages, and the words fit the arguments. */
class MrzMessagesTest {
    @ParameterizedTest
    @ValueSource(strings = {"", "_fr", "_es", "_ar", "_hi", "_ko"})
    void everyProblemAndFieldHasAMessage(String language) throws IOException {
        Properties bundle = bundle(language);
        Stream.concat(
                        Stream.of(MrzProblem.values()).map(MrzProblem::messageKey),
                        Stream.of(MrzField.values()).map(MrzField::messageKey))
                .forEach(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_fr", "_es", "_ar", "_hi", "_ko"})
    void aCheckDigitMessageNamesTheFieldAndBothDigits(String language) throws IOException {
        Properties bundle = bundle(language);
        MrzException e = catchThrowableOfType(
                () -> Mrz.parse(Specimens.replace(Specimens.TD3, 2, 20, '5'), TODAY), MrzException.class);

        String message = new MessageFormat(bundle.getProperty(e.messageKey()), Locale.ROOT)
                .format(e.messageArgs(field -> bundle.getProperty(field.messageKey())));

        assertThat(message).contains(bundle.getProperty("registry.mrz.field.birth-date"), "2", "5");
        if (language.isEmpty()) {
            assertThat(message).isEqualTo("Check digit of the date of birth is 2, the zone says 5.");
        }
    }

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        Path file = Path.of("src/main/resources/messages" + language + ".properties");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
