package org.wic.registry.paging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wic.registry.error.FieldError;
import org.wic.registry.error.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PageRequestTest {

    private static final String SCOPE = "members:name";

    @Test
    void noLimitMeansFiftyFromTheStart() {
        PageRequest request = PageRequest.parse(null, null, SCOPE, 2);

        assertThat(request.limit()).isEqualTo(50);
        assertThat(request.after()).isEmpty();
        assertThat(request.fetchSize()).isEqualTo(51);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "50", "200", " 7 "})
    void acceptsLimitsFromOneTo200(String limit) {
        assertThat(PageRequest.parse(limit, "", SCOPE, 2).limit()).isEqualTo(Integer.parseInt(limit.strip()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "201", "1000", "abc", "1.5", "99999999999"})
    void refusesOtherLimitsNamingTheField(String limit) {
        var e = catchThrowableOfType(InvalidInputException.class, () -> PageRequest.parse(limit, null, SCOPE, 2));

        assertThat(e.errors()).extracting(FieldError::field).containsExactly("limit");
    }

    @Test
    void readsBackTheCursorItIssued() {
        Cursor issued = Cursor.of(SCOPE, "Acme Networks", 42L);

        PageRequest request = PageRequest.parse("10", issued.encode(), SCOPE, 2);

        assertThat(request.after()).contains(issued);
        assertThat(request.after().orElseThrow().part(0)).isEqualTo("Acme Networks");
        assertThat(request.after().orElseThrow().longPart(1)).isEqualTo(42L);
    }

    @Test
    void reportsABadLimitAndABadCursorTogether() {
        var e = catchThrowableOfType(InvalidInputException.class, () -> PageRequest.parse("0", "nonsense!", SCOPE, 2));

        assertThat(e.errors()).extracting(FieldError::field).containsExactly("limit", "cursor");
    }
}
