package org.wic.registry.web.dues;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.wic.registry.dues.InvoiceDocuments;
import org.wic.registry.dues.InvoiceNumber;
import org.wic.registry.web.security.SignedInCaller;

import java.io.IOException;
import java.io.Serial;
import java.util.Optional;

/**
 * An invoice's PDF for the signed-in officer ({@code /console/documents/2026-000001.pdf}) or
 * representative ({@code /console/portal/documents/…}; the path's security constraint says who may
 * ask): the same document and the same access rule as {@code GET /api/v1/invoices/{number}.pdf}.
 */
@WebServlet(urlPatterns = {"/console/documents/*", "/console/portal/documents/*"})
public class InvoicePdfs extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private InvoiceDocuments documents;

    @Inject
    private SignedInCaller signedIn;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = Optional.ofNullable(request.getPathInfo()).map(path -> path.substring(1)).orElse("");
        Optional<byte[]> pdf = name.endsWith(".pdf")
                ? InvoiceNumber.parse(name.substring(0, name.length() - ".pdf".length())).flatMap(number -> documents.invoicePdf(signedIn.current(), number))
                : Optional.empty();
        if (pdf.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(pdf.get().length);
        response.getOutputStream().write(pdf.get());
    }
}
