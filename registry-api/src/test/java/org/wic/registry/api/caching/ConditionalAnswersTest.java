package org.wic.registry.api.caching;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConditionalAnswersTest {

    record Item(String code, String name) {
    }

    record Items(List<Item> items) {
    }

    @Test
    void theSameRepresentationAlwaysHasTheSameStrongTag() {
        var tag = ConditionalAnswers.entityTag(new Items(List.of(new Item("EU", "Europe"))));

        assertThat(ConditionalAnswers.entityTag(new Items(List.of(new Item("EU", "Europe"))))).isEqualTo(tag);
        assertThat(tag.isWeak()).isFalse();
        assertThat(tag.getValue()).matches("[0-9a-f]{32}");
    }

    @Test
    void anyChangedValueChangesTheTag() {
        var europe = ConditionalAnswers.entityTag(new Items(List.of(new Item("EU", "Europe"))));

        assertThat(ConditionalAnswers.entityTag(new Items(List.of(new Item("EU", "Europa"))))).isNotEqualTo(europe);
        assertThat(ConditionalAnswers.entityTag(new Items(List.of()))).isNotEqualTo(europe);
    }
}
