package dev.fbcli.nlp.intent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * How a payment was made: FreshBooks' payment types (docs/freshbooks-api.md, "Payments") with the
 * words people use for them. The one list of payment-method words: the parser looks for
 * {@link #phraseWords()} in a phrase and keeps the word as said (the {@code method} slot is text),
 * and {@code fb} records {@link #fromSaid}'s type.
 *
 * <p>Words FreshBooks has no type for (Venmo, Zelle, Interac, Stripe, crypto, Apple Pay, Google
 * Pay) belong to {@link #OTHER}: they are understood, and recorded as "Other". {@link #fromSaid}
 * also reads free text such as {@code --method 'Visa card'}: the first type, in the order declared,
 * whose word or {@code alsoWithin} fragment the text contains.
 */
public enum PaymentMethod {
    CHECK("Check", List.of("check", "cheque"), List.of()),
    CASH("Cash", List.of("cash"), List.of()),
    ACH("ACH", List.of("ach"), List.of()),
    BANK_TRANSFER(
            "Bank Transfer",
            List.of(
                    "bank transfer",
                    "wire transfer",
                    "sepa transfer",
                    "direct deposit",
                    "e-transfer",
                    "etransfer",
                    "wire",
                    "transfer"),
            List.of("bank", "eft")),
    PAYPAL("PayPal", List.of("paypal"), List.of()),
    DEBIT("Debit", List.of("debit card"), List.of("debit")),
    VISA("VISA", List.of("visa"), List.of()),
    MASTERCARD("MASTERCARD", List.of("mastercard", "master card"), List.of()),
    AMEX("AMEX", List.of("amex", "american express"), List.of()),
    CREDIT_CARD("Credit Card", List.of("credit card", "card"), List.of("credit")),
    OTHER(
            "Other",
            List.of("interac", "stripe", "venmo", "zelle", "bitcoin", "crypto", "apple pay", "google pay"),
            List.of());

    private static final List<String> PHRASE_WORDS = phraseWordsInOrder();

    private final String wire;
    private final List<String> words;
    private final List<String> alsoWithin;

    PaymentMethod(String wire, List<String> words, List<String> alsoWithin) {
        this.wire = wire;
        this.words = words;
        this.alsoWithin = alsoWithin;
    }

    /** FreshBooks' name of the type, as a payment's {@code type} field takes it. */
    public String wire() {
        return wire;
    }

    /** The words and phrases that name this method in a phrase (lower case). */
    public List<String> words() {
        return words;
    }

    /**
     * Every word the parser looks for, longest first (so "bank transfer" wins over "transfer"),
     * then in the order declared.
     */
    public static List<String> phraseWords() {
        return PHRASE_WORDS;
    }

    /** The type of what was said ("by cheque", {@code --method 'Visa card'}); null or unknown is {@link #OTHER}. */
    public static PaymentMethod fromSaid(String said) {
        if (said == null) {
            return OTHER;
        }
        String s = said.toLowerCase(Locale.ROOT);
        for (PaymentMethod m : values()) {
            if (m == OTHER) {
                continue;
            }
            for (String w : m.words) {
                if (s.contains(w)) {
                    return m;
                }
            }
            for (String w : m.alsoWithin) {
                if (s.contains(w)) {
                    return m;
                }
            }
        }
        return OTHER;
    }

    private static List<String> phraseWordsInOrder() {
        List<String> all = new ArrayList<>();
        for (PaymentMethod m : values()) {
            all.addAll(m.words);
        }
        List<String> out = new ArrayList<>();
        int longest = 0;
        for (String w : all) {
            longest = Math.max(longest, w.length());
        }
        for (int len = longest; len > 0; len--) {
            for (String w : all) {
                if (w.length() == len) {
                    out.add(w);
                }
            }
        }
        return Collections.unmodifiableList(out);
    }
}
