package org.wic.registry.dues;

import org.junit.jupiter.api.Test;
import org.wic.registry.error.UnknownEntityException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvoiceNumberTest {

    @Test
    void aYearAndItsSequenceMakeTheNumber() {
        assertThat(InvoiceNumber.of(2026, 42)).hasToString("2026-000042");
        assertThat(InvoiceNumber.of(2026, 1_234_567).value()).isEqualTo("2026-1234567");
        assertThat(InvoiceNumber.of(2027, 1).year()).isEqualTo(2027);
    }

    @Test
    void aNumberInARequestThatIsNoneNamesNoInvoice() {
        assertThat(InvoiceNumber.parse(" 2026-000123 ")).hasValue(new InvoiceNumber("2026-000123"));
        assertThat(InvoiceNumber.parse("2026-123")).isEmpty();
        assertThat(InvoiceNumber.parse(null)).isEmpty();
        assertThatThrownBy(() -> InvoiceNumber.named("WIC-000123")).isInstanceOf(UnknownEntityException.class).hasMessageContaining("invoice");
        assertThatThrownBy(() -> new InvoiceNumber("26-000001")).isInstanceOf(IllegalArgumentException.class);
    }
}
