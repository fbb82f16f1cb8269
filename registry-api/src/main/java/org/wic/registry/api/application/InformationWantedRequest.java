package org.wic.registry.api.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InformationRequest")
public record InformationWantedRequest(@Schema(description = "What the secretariat asks", example = "Please send your certificate of incorporation.") String message) {
}
