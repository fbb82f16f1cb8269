package org.wic.registry.web.support;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.wic.registry.exchange.Chunk;
import org.wic.registry.paging.Cursor;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** An export as the browser downloads it: the API's CSV, streamed chunk by chunk as the API's exports are, never whole in memory. */
public final class CsvDownload {

    private CsvDownload() {
    }

    public static void stream(String fileName, List<String> header, Function<Optional<Cursor>, Chunk> chunks) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        Writer writer = new OutputStreamWriter(external.getResponseOutputStream(), StandardCharsets.UTF_8);
        try (var printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            printer.printRecord(header);
            Optional<Cursor> after = Optional.empty();
            do {
                Chunk chunk = chunks.apply(after);
                printer.printRecords(chunk.rows());
                after = chunk.next();
            } while (after.isPresent());
        }
        faces.responseComplete();
    }
}
