package org.wic.registry.member;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class MemberNumberTest {

    @Test
    void isWicAndSixDigits() {
        assertThat(new MemberNumber(123)).hasToString("WIC-000123");
        assertThat(new MemberNumber(1_234_567)).hasToString("WIC-1234567");
    }

    @Test
    void readsItsOwnShapeInAnyCase() {
        assertThat(MemberNumber.parse("WIC-000123")).contains(new MemberNumber(123));
        assertThat(MemberNumber.parse(" wic-000123 ")).contains(new MemberNumber(123));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "123", "WIC-123", "WIC-000000", "ABC-000123", "WIC-00012a", "WIC-0000000000123"})
    void anythingElseIsNoMemberNumber(String text) {
        assertThat(MemberNumber.parse(text)).isEmpty();
    }
}
