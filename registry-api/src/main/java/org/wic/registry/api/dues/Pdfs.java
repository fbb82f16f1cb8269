package org.wic.registry.api.dues;

import jakarta.ws.rs.core.Response;
import org.wic.registry.error.UnknownEntityException;

import java.util.Optional;
import java.util.function.Supplier;

/** A PDF answer: a download with its file name, never cached by shared caches (it holds a member's private data). */
final class Pdfs {

    private Pdfs() {
    }

    static Response attachment(Optional<byte[]> pdf, String fileName, Supplier<UnknownEntityException> unknown) {
        return Response.ok(pdf.orElseThrow(unknown), InvoiceResource.PDF)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
