package org.wic.registry.api.country;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "CountryList", description = "Every country that matches the filters")
public record CountryList(List<CountryResponse> items) {
}
