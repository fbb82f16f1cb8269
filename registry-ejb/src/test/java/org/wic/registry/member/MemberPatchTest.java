package org.wic.registry.member;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wic.registry.contact.ContactPerson;
import org.wic.registry.error.FieldError;
import org.wic.registry.error.InvalidInputException;
import org.wic.registry.tier.Category;
import org.wic.registry.tier.TestTiers;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MemberPatchTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Function<String, Optional<String>> COUNTRIES = code -> switch (code.toUpperCase()) {
        case "KE", "KEN" -> Optional.of("KE");
        case "FR" -> Optional.of("FR");
        default -> Optional.empty();
    };

    private final Member member = Member.admit(new Member.Admission("Example Networks Ltd", Category.ENTERPRISE, "KE",
                    Optional.of("https://networks.example"), Optional.empty(), new ContactPerson("Amina", "amina@networks.example", Optional.empty()), org.wic.registry.notification.Language.EN),
            TestTiers.tier("FULL", Category.ORGANIZATION, Category.ENTERPRISE, Category.INSTITUTION), LocalDate.of(2025, 3, 1), Instant.EPOCH);

    @ParameterizedTest
    @ValueSource(strings = {"tier", "status", "number", "joinedOn", "category", "country", "continent", "contacts", "dues"})
    void aRepresentativeMayNotSetAnythingButTheProfile(String field) {
        assertThat(refused(Map.of(field, "x"), false)).extracting(FieldError::field).containsExactly(field);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tier", "status", "number", "continent", "contacts", "createdAt"})
    void theSecretariatSetsTierAndStatusThroughTheirOwnOperations(String field) {
        assertThat(refused(Map.of(field, "x"), true)).extracting(FieldError::field).containsExactly(field);
    }

    @Test
    void everyRefusedFieldIsNamedAtOnce() {
        assertThat(refused(Map.of("tier", "STRATEGIC", "status", "ACTIVE", "website", "https://ok.example"), false))
                .extracting(FieldError::field).containsExactlyInAnyOrder("tier", "status");
    }

    @Test
    void aRepresentativeChangesTheProfile() {
        MemberProfile profile = new MemberPatch(Map.of("legalName", "  Example Networks PLC ", "website", "https://new.example",
                "description", "Networks.", "address", Map.of("city", "Nairobi", "country", "ken"))).applyTo(member, false, COUNTRIES, TODAY);

        assertThat(profile.legalName()).isEqualTo("Example Networks PLC");
        assertThat(profile.displayName()).as("a display name that was the legal name follows it").isEqualTo("Example Networks PLC");
        assertThat(profile.website()).contains("https://new.example");
        assertThat(profile.description()).contains("Networks.");
        assertThat(profile.address()).contains(new Address(Optional.empty(), "Nairobi", Optional.empty(), Optional.empty(), "KE"));
        assertThat(profile.category()).isEqualTo(Category.ENTERPRISE);
    }

    @Test
    void nullRemovesAFieldAndMergesIntoTheAddress() {
        member.apply(new MemberPatch(Map.of("address", Map.of("street", "1 Road", "city", "Nairobi", "postalCode", "00100", "country", "KE")))
                .applyTo(member, false, COUNTRIES, TODAY));
        var patch = new HashMap<String, Object>();
        patch.put("website", null);
        var address = new HashMap<String, Object>();
        address.put("postalCode", null);
        address.put("city", "Mombasa");
        patch.put("address", address);

        MemberProfile profile = new MemberPatch(patch).applyTo(member, false, COUNTRIES, TODAY);

        assertThat(profile.website()).isEmpty();
        assertThat(profile.address()).contains(new Address(Optional.of("1 Road"), "Mombasa", Optional.empty(), Optional.empty(), "KE"));
    }

    @Test
    void theSecretariatAlsoChangesCategoryCountryAndJoinDate() {
        MemberProfile profile = new MemberPatch(Map.of("category", "institution", "country", "FR", "joinedOn", "2024-02-29"))
                .applyTo(member, true, COUNTRIES, TODAY);

        assertThat(profile.category()).isEqualTo(Category.INSTITUTION);
        assertThat(profile.countryCode()).isEqualTo("FR");
        assertThat(profile.joinedOn()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void badValuesAreNamedEachOne() {
        var patch = new HashMap<String, Object>();
        patch.put("legalName", null);
        patch.put("website", "ftp://files.example");
        patch.put("description", BigDecimal.ONE);
        patch.put("address", Map.of("city", "Nairobi", "country", "XX", "floor", "3"));
        patch.put("category", "INDIVIDUAL");
        patch.put("joinedOn", "2030-01-01");

        assertThat(refused(patch, true)).extracting(FieldError::field)
                .containsExactlyInAnyOrder("legalName", "website", "description", "address.country", "address.floor", "category", "joinedOn");
    }

    @Test
    void anAddressNeedsACityAndACountry() {
        assertThat(refused(Map.of("address", Map.of("street", "1 Road")), false)).extracting(FieldError::field).containsExactly("address.city");
    }

    private java.util.List<FieldError> refused(Map<String, Object> patch, boolean secretariat) {
        var thrown = new InvalidInputException[1];
        assertThatThrownBy(() -> new MemberPatch(patch).applyTo(member, secretariat, COUNTRIES, TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> thrown[0] = e);
        return thrown[0].errors();
    }
}
