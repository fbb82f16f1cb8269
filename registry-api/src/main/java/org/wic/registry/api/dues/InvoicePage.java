package org.wic.registry.api.dues;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "InvoicePage", description = "A page of invoices, oldest first")
public record InvoicePage(List<InvoiceResponse> items, @Schema(description = "Absent on the last page") String nextCursor) {
}
