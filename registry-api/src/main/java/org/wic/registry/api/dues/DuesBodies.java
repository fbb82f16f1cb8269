package org.wic.registry.api.dues;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wic.registry.api.money.MoneyJson;

/** The small request bodies of dues. */
public final class DuesBodies {

    private DuesBodies() {
    }

    @Schema(name = "NewDuesRun")
    public record NewDuesRun(@Schema(description = "This year or the next", example = "2027", required = true) Integer year) {
    }

    @Schema(name = "NewPayment")
    public record NewPayment(@Schema(required = true) MoneyJson amount,
                             @Schema(description = "The date the money arrived", example = "2026-11-20", required = true) String receivedOn,
                             @Schema(description = "BANK_TRANSFER, CARD or OTHER", example = "BANK_TRANSFER", required = true) String method,
                             @Schema(description = "Optional: the bank's or card processor's reference", example = "SWIFT 20261120-0042") String reference) {
    }

    @Schema(name = "Reason")
    public record Reason(@Schema(description = "Required, 1 to 2000 characters", example = "Paid twice by mistake.", required = true) String reason) {
    }
}
