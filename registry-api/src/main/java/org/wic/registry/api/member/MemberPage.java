package org.wic.registry.api.member;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "MemberPage", description = "A page of the directory: public fields only")
public record MemberPage(List<MemberResponse> items, @Schema(description = "Absent on the last page") String nextCursor) {
}
