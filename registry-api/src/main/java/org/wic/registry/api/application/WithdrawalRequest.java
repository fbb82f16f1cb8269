package org.wic.registry.api.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wic.registry.api.json.JsonbConfiguration;

import java.util.Optional;

@Schema(name = "Withdrawal")
public record WithdrawalRequest(@Schema(description = "Optional") String reason) {

    /** The reason of a body that may be left out altogether: empty when absent or blank, else read like any JSON body. */
    static Optional<String> reasonIn(String body) {
        return body == null || body.isBlank() ? Optional.empty()
                : Optional.ofNullable(JsonbConfiguration.jsonb().fromJson(body, WithdrawalRequest.class).reason());
    }
}
