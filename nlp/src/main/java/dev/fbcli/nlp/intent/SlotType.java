package dev.fbcli.nlp.intent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** The JSON types of INTENTS.md, and the Java type a {@link Frame} slot holds for each. */
public enum SlotType {
    /** {@link String}: as said, trimmed. */
    TEXT(String.class),
    /** {@link Money}. */
    MONEY(Money.class),
    /** {@link Integer}: also used for durations in minutes and day counts. */
    INT(Integer.class),
    /** {@link BigDecimal}. */
    NUMBER(BigDecimal.class),
    /** {@link Boolean}. */
    BOOL(Boolean.class),
    /** {@link LocalDate}, written {@code YYYY-MM-DD}. */
    DATE(LocalDate.class),
    /** {@link LocalTime}, written {@code HH:MM}. */
    TIME(LocalTime.class),
    /** {@code List<}{@link InvoiceLine}{@code >}. */
    LINES(List.class),
    /** {@link String}, one of a fixed set of lower-case words. */
    WORD(String.class),
    /** {@link String}, an ISO 4217 code. */
    CURRENCY(String.class);

    private final Class<?> javaType;

    SlotType(Class<?> javaType) {
        this.javaType = javaType;
    }

    public Class<?> javaType() {
        return javaType;
    }
}
