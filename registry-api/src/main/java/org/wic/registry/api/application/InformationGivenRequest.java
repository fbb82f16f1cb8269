package org.wic.registry.api.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InformationResponse")
public record InformationGivenRequest(@Schema(description = "The applicant's answer", example = "Attached to our email of 23 November.") String response) {
}
