package org.wic.registry.api.account;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "UserPage", description = "A page of accounts, by username")
public record UserPage(List<UserResponse> items, @Schema(description = "Absent on the last page") String nextCursor) {
}
