package org.wic.registry.tier;

import org.junit.jupiter.api.Test;
import org.wic.registry.error.FieldError;
import org.wic.registry.error.InvalidInputException;
import org.wic.registry.money.Money;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class TierTermsTest {

    @Test
    void keepsCategoriesInTheirOrder() {
        TierTerms terms = new TierTerms(" Full Member ", Optional.of(" "), Money.of("10000", "USD"),
                Set.of(Category.INSTITUTION, Category.ORGANIZATION), true);

        assertThat(terms.name()).isEqualTo("Full Member");
        assertThat(terms.description()).isEmpty();
        assertThat(terms.categories()).containsExactly(Category.ORGANIZATION, Category.INSTITUTION);
    }

    @Test
    void namesEveryBadField() {
        var e = catchThrowableOfType(InvalidInputException.class,
                () -> new TierTerms("", Optional.of("x".repeat(1001)), Money.of("-5", "USD"), EnumSet.noneOf(Category.class), false));

        assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("name", "description", "dues.value", "categories");
    }

    @Test
    void aTierAdmitsItsCategoriesWhileActive() {
        var tier = new Tier(TierCode.of("full"), new TierTerms("Full", Optional.empty(), Money.of("1", "USD"), Set.of(Category.ENTERPRISE), true));

        assertThat(tier.code()).isEqualTo("FULL");
        assertThat(tier.admits(Category.ENTERPRISE)).isTrue();
        assertThat(tier.admits(Category.INDIVIDUAL)).isFalse();
        tier.deactivate();
        assertThat(tier.admits(Category.ENTERPRISE)).isFalse();
    }

    @Test
    void revisingAnswersWhatChanged() {
        var tier = new Tier(TierCode.of("FULL"), new TierTerms("Full", Optional.empty(), Money.of("1", "USD"), Set.of(Category.ENTERPRISE), true));

        var changes = tier.revise(new TierTerms("Full", Optional.empty(), Money.of("2", "USD"), Set.of(Category.ENTERPRISE), true));

        assertThat(changes.isEmpty()).isFalse();
        assertThat(tier.dues()).isEqualTo(Money.of("2.00", "USD"));
        assertThat(tier.revise(tier.terms()).isEmpty()).as("the same terms again").isTrue();
    }

    @Test
    void codesAreUpperCaseLettersDigitsAndUnderscores() {
        assertThat(TierCode.of(" strategic_2 ").value()).isEqualTo("STRATEGIC_2");
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> TierCode.of("2FULL")).errors())
                .extracting(FieldError::field).containsExactly("code");
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> TierCode.of("FULL-MEMBER"))).isNotNull();
    }
}
