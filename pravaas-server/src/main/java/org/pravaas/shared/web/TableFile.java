package org.pravaas.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;

/** A downloaded table, CSV or Excel alike: one export method serves both formats. */
public interface TableFile extends AutoCloseable {
    TableFile row(List<? extends @Nullable Object> cells) throws IOException;

    @Override
    void close() throws IOException;

    /**
     * A download named {@code name} with the format's extension; {@code format} is "csv" or
     * "xlsx", as a mapping such as {@code /cases.{format:csv|xlsx}} lets through. An Excel sheet
     * reads right to left for a reader in Arabic.
     */
    static TableFile download(HttpServletResponse response, String name, String format) throws IOException {
        boolean rightToLeft = "ar".equals(LocaleContextHolder.getLocale().getLanguage());
        return "xlsx".equals(format)
                ? Xlsx.download(response, name + ".xlsx", rightToLeft)
                : Csv.download(response, name + ".csv");
    }
}
