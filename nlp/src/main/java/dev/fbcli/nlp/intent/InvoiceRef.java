package dev.fbcli.nlp.intent;

/**
 * Which invoice: a number as said ({@code "0042"}, without {@code #}), or the latest invoice of a
 * client. Exactly one of the two is set.
 */
public record InvoiceRef(String number, String latestOfClient) {
    public InvoiceRef {
        if ((number == null) == (latestOfClient == null)) {
            throw new IllegalArgumentException("an invoice reference is either a number or a client's latest invoice");
        }
        if (number != null) {
            number = number.strip();
            if (number.startsWith("#")) {
                number = number.substring(1);
            }
            if (number.isEmpty()) {
                throw new IllegalArgumentException("an invoice number cannot be empty");
            }
        }
        if (latestOfClient != null && latestOfClient.isBlank()) {
            throw new IllegalArgumentException("a client name cannot be blank");
        }
    }

    public static InvoiceRef number(String number) {
        return new InvoiceRef(number, null);
    }

    public static InvoiceRef latestOf(String client) {
        return new InvoiceRef(null, client);
    }

    public boolean isNumber() {
        return number != null;
    }
}
