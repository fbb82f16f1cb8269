package org.wic.registry.api.member;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wic.registry.member.Member;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "Member", description = "A member: its public fields for everyone; address and contacts only for the secretariat and the member's "
        + "own representatives")
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
        String description,
        @Schema(description = "Private; absent when none is known") AddressJson address,
        @Schema(description = "Private", type = SchemaType.ARRAY, implementation = ContactResponse.class) List<ContactResponse> contacts,
        @Schema(description = "Private: the language the registry writes to the contacts in, en or zh", example = "en") String language) {

    static MemberResponse publicView(Member member, String continent) {
        return new MemberResponse(member.number().toString(), member.legalName(), member.displayName(), member.category().name(),
                member.countryCode(), continent, member.tier().code(), member.status().name(), member.joinedOn(),
                member.website().orElse(null), member.description().orElse(null), null, null, null);
    }

    static MemberResponse fullView(Member member, String continent) {
        MemberResponse open = publicView(member, continent);
        return new MemberResponse(open.number, open.legalName, open.displayName, open.category, open.country, open.continent, open.tier,
                open.status, open.joinedOn, open.website, open.description, member.address().map(AddressJson::of).orElse(null),
                member.contacts().stream().map(ContactResponse::of).toList(), member.language().code());
    }
}
