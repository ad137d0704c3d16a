package io.reload.shared.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as pages and mails write them in the reader's language: the language's decimal mark
 * (52.5 in English, 52,5 in Spanish), no grouping (2450 ml, as a dose is written), no trailing
 * zeros, and a range as "15–20", or "15" when both ends agree or one is missing.
 */
public final class Amounts {

    private final Locale locale;

    public Amounts(Locale locale) {
        this.locale = locale;
    }

    public String plain(Number number) {
        if (number == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("0.##########", DecimalFormatSymbols.getInstance(locale));
        return format.format(number instanceof BigDecimal decimal ? decimal.stripTrailingZeros() : number);
    }

    public String range(Number min, Number max) {
        String low = plain(min != null ? min : max);
        String high = plain(max != null ? max : min);
        return low.equals(high) ? low : low + "–" + high;
    }
}
