package org.wic.registry.api.tier;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wic.registry.api.money.MoneyJson;
import org.wic.registry.error.FieldError;
import org.wic.registry.error.InvalidInputException;
import org.wic.registry.money.Money;
import org.wic.registry.tier.Category;
import org.wic.registry.tier.TierCode;
import org.wic.registry.tier.TierTerms;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** A tier's terms as the secretariat sends them; {@code code} only when creating. */
@Schema(name = "TierRequest")
public record TierRequest(
        @Schema(description = "Only when creating: 2 to 30 of A-Z, 0-9, '_'", example = "SUPPORTER") String code,
        @Schema(example = "Supporting Member") String name,
        String description,
        MoneyJson dues,
        @Schema(example = "[\"ORGANIZATION\", \"ENTERPRISE\"]") List<String> categories,
        @Schema(example = "false") Boolean voting) {

    /** A new tier: its code and terms, every bad field of either named at once. */
    record NewTier(TierCode code, TierTerms terms) {
    }

    NewTier newTier() {
        var errors = new ArrayList<FieldError>();
        TierCode tierCode = null;
        try {
            tierCode = TierCode.of(code);
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        try {
            TierTerms terms = terms();
            if (errors.isEmpty()) {
                return new NewTier(tierCode, terms);
            }
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        throw new InvalidInputException(errors);
    }

    /** Every bad field named at once. */
    TierTerms terms() {
        var errors = new ArrayList<FieldError>();
        Money money = null;
        if (dues == null) {
            errors.add(new FieldError("dues", "is required: {\"value\": \"5000.00\", \"currency\": \"USD\"}"));
        } else {
            try {
                money = dues.toMoney("dues");
            } catch (InvalidInputException e) {
                errors.addAll(e.errors());
            }
        }
        var parsed = EnumSet.noneOf(Category.class);
        for (String category : categories == null ? List.<String>of() : categories) {
            try {
                parsed.add(Category.parse("categories", category));
            } catch (InvalidInputException e) {
                errors.addAll(e.errors());
            }
        }
        if (voting == null) {
            errors.add(new FieldError("voting", "is required: true or false"));
        }
        try {
            TierTerms terms = new TierTerms(name, Optional.ofNullable(description), money, parsed, Boolean.TRUE.equals(voting));
            if (errors.isEmpty()) {
                return terms;
            }
        } catch (InvalidInputException e) {
            e.errors().stream().filter(error -> errors.stream().noneMatch(known -> known.field().startsWith(error.field()))).forEach(errors::add);
        }
        throw new InvalidInputException(errors);
    }
}
