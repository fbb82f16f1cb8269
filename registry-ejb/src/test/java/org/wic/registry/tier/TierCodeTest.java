package org.wic.registry.tier;

import org.junit.jupiter.api.Test;
import org.wic.registry.error.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TierCodeTest {

    @Test
    void aCodeIsUpperCasedAndChecked() {
        assertThat(TierCode.of(" full ").value()).isEqualTo("FULL");
        for (String bad : new String[] {"", "F", "9LIVES", "FULL-MEMBER", "A".repeat(31)}) {
            assertThatThrownBy(() -> TierCode.of(bad)).as(bad).isInstanceOf(InvalidInputException.class);
        }
    }

    @Test
    void aCodeInARequestThatIsNoneNamesNoTier() {
        assertThat(TierCode.parse(" full ")).hasValue(new TierCode("FULL"));
        assertThat(TierCode.parse("9LIVES")).isEmpty();
        assertThat(TierCode.parse(null)).isEmpty();
    }

    @Test
    void aTierSaysWhyACategoryCannotBeInIt() {
        Tier full = TestTiers.tier("FULL", Category.ORGANIZATION, Category.ENTERPRISE);

        assertThat(full.refusal(Category.ENTERPRISE)).isEmpty();
        assertThat(full.refusal(Category.INDIVIDUAL)).hasValue("is not open to INDIVIDUAL");
        assertThat(full.isOpenTo(Category.INDIVIDUAL)).isFalse();
        full.deactivate();
        assertThat(full.refusal(Category.ENTERPRISE)).hasValue("is not active");
        assertThat(full.isOpenTo(Category.ENTERPRISE)).as("its members may stay").isTrue();
    }
}
