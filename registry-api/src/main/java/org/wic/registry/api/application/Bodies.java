package org.wic.registry.api.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wic.registry.api.json.JsonbConfiguration;

import java.util.Optional;

/** The small bodies of the application's actions. */
public final class Bodies {

    private Bodies() {
    }

    /** A body that may be left out altogether: empty when absent or blank, else read like any JSON body. */
    static <T> Optional<T> optional(String text, Class<T> type) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(JsonbConfiguration.jsonb().fromJson(text, type));
    }

    @Schema(name = "InformationRequest")
    public record InformationRequest(@Schema(description = "What the secretariat asks", example = "Please send your certificate of incorporation.") String message) {
    }

    @Schema(name = "InformationResponse")
    public record InformationResponse(@Schema(description = "The applicant's answer", example = "Attached to our email of 23 November.") String response) {
    }

    @Schema(name = "Approval")
    public record Approval(@Schema(description = "The tier the member joins in", example = "FULL") String tier,
                    @Schema(description = "Optional") String note) {
    }

    @Schema(name = "Rejection")
    public record Rejection(@Schema(description = "Required", example = "Outside the conference's scope.") String reason) {
    }

    @Schema(name = "Withdrawal")
    public record Withdrawal(@Schema(description = "Optional") String reason) {
    }
}
