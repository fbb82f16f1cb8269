package org.wic.registry.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.wic.registry.money.Money;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Dates, numbers and money as the chosen language writes them; money always with its ISO currency code. */
@Named("fmt")
@RequestScoped
public class Formats {

    @Inject
    private Language language;

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language.getLocale()).format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(language.getLocale())
                .withZone(ZoneId.systemDefault()).format(instant);
    }

    public String month(YearMonth month) {
        return DateTimeFormatter.ofPattern(language.isChinese() ? "yyyy年M月" : "MMM yyyy", language.getLocale()).format(month);
    }

    public String number(Number number) {
        return number == null ? "" : NumberFormat.getIntegerInstance(language.getLocale()).format(number);
    }

    /** "USD 10,000.00" / "USD 10,000.00" (the code, not a symbol: dollars are not all alike). */
    public String money(Money money) {
        if (money == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(language.getLocale());
        int scale = Math.max(0, money.currency().getDefaultFractionDigits());
        format.setMinimumFractionDigits(scale);
        format.setMaximumFractionDigits(scale);
        return money.currency().getCurrencyCode() + " " + format.format(money.value());
    }
}
