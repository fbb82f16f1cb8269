package org.wic.registry.dues;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores an {@link InvoiceNumber} as its text. */
@Converter(autoApply = true)
public class InvoiceNumberConverter implements AttributeConverter<InvoiceNumber, String> {

    @Override
    public String convertToDatabaseColumn(InvoiceNumber number) {
        return number == null ? null : number.value();
    }

    @Override
    public InvoiceNumber convertToEntityAttribute(String stored) {
        return stored == null ? null : new InvoiceNumber(stored);
    }
}
