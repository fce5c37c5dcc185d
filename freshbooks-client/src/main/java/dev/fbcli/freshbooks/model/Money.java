package dev.fbcli.freshbooks.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Money as FreshBooks writes it: {@code {"amount":"1200.00","code":"USD"}}. The amount is a decimal
 * string on the wire (a bare number is also read); it is written as a plain decimal string.
 */
public record Money(
        @JsonProperty("amount") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        @JsonProperty("code") String code) {

    public Money {
        Objects.requireNonNull(amount, "amount");
    }

    public static Money of(String amount, String code) {
        return new Money(new BigDecimal(amount), code);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + (code == null ? "" : " " + code);
    }
}
