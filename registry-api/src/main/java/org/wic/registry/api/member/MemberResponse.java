package org.wic.registry.api.member;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wic.registry.member.Member;

import java.time.LocalDate;

@Schema(name = "Member", description = "A member's public record")
public record MemberResponse(
        @Schema(example = "WIC-000123") String number,
        @Schema(example = "Example Networks Ltd") String legalName,
        @Schema(example = "Example Networks") String displayName,
        @Schema(example = "ENTERPRISE") String category,
        @Schema(description = "ISO 3166-1 alpha-2", example = "KE") String country,
        @Schema(example = "AF") String continent,
        @Schema(example = "FULL") String tier,
        @Schema(example = "ACTIVE") String status,
        @Schema(example = "2026-11-23") LocalDate joinedOn,
        @Schema(example = "https://networks.example") String website,
        String description) {

    static MemberResponse of(Member member, String continent) {
        return new MemberResponse(member.number().toString(), member.legalName(), member.displayName(), member.category().name(),
                member.countryCode(), continent, member.tier().code(), member.status().name(), member.joinedOn(),
                member.website().orElse(null), member.description().orElse(null));
    }
}
