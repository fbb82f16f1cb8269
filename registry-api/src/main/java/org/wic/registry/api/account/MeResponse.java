package org.wic.registry.api.account;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wic.registry.caller.Caller;

import java.util.List;

@Schema(name = "Me", description = "Who is calling")
public record MeResponse(
        @Schema(description = "The username, or the API key's prefix", example = "admin") String id,
        @Schema(description = "The username, or the API key's name", example = "admin") String name,
        @Schema(description = "ACCOUNT or API_KEY", example = "ACCOUNT") String kind,
        @Schema(description = "SECRETARIAT, MEMBER or PARTNER", example = "[\"SECRETARIAT\"]") List<String> roles,
        @Schema(description = "The member a member representative acts for") String memberNumber) {

    static MeResponse of(Caller caller) {
        return new MeResponse(caller.id(), caller.displayName(), caller.kind().name(),
                caller.role().map(role -> List.of(role.name())).orElse(List.of()), caller.memberNumber().orElse(null));
    }
}
