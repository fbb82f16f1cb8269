package org.wic.registry.api.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wic.registry.application.ApplicationForm;

@Schema(name = "NewApplication")
public record ApplicationRequest(
        @Schema(description = "2 to 200 characters", example = "Example Networks Ltd") String legalName,
        @Schema(description = "ORGANIZATION, ENTERPRISE, INSTITUTION or INDIVIDUAL", example = "ENTERPRISE") String category,
        @Schema(description = "ISO 3166-1 alpha-2 or alpha-3 code", example = "KE") String country,
        @Schema(description = "Optional http(s) address", example = "https://networks.example") String website,
        @Schema(description = "Optional, up to 2000 characters") String description,
        @Schema(description = "An active tier open to the category", example = "FULL") String requestedTier,
        ContactJson contact,
        @Schema(description = "Why join: up to 5000 characters") String motivation,
        @Schema(description = "The language the registry writes to the applicant in: en (the default) or zh", example = "en") String language) {

    ApplicationForm form() {
        return new ApplicationForm(legalName, category, country, website, description, requestedTier,
                contact == null ? null : contact.name(), contact == null ? null : contact.email(), contact == null ? null : contact.phone(),
                motivation, language);
    }
}
