package org.pravaas.shared.db;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {
    @Test
    void refusesADataDirectoryAnotherPravaasHolds(@TempDir Path root) throws Exception {
        try (DataDirectory first = DataDirectory.claim(root)) {
            assertThatThrownBy(() -> DataDirectory.claim(root))
                    .isInstanceOf(DataDirectoryInUseException.class)
                    .hasMessageContaining("in use by another running Pravaas");
        }
        DataDirectory.claim(root).close();
    }
}
