package dev.fbcli.nlp.intent;

/**
 * Which estimate: a number as said ({@code "3"}, without {@code #}), or the latest estimate of a
 * client. Exactly one of the two is set.
 */
public record EstimateRef(String number, String latestOfClient) {
    public EstimateRef {
        if ((number == null) == (latestOfClient == null)) {
            throw new IllegalArgumentException(
                    "an estimate reference is either a number or a client's latest estimate");
        }
        if (number != null) {
            number = number.strip();
            if (number.startsWith("#")) {
                number = number.substring(1);
            }
            if (number.isEmpty()) {
                throw new IllegalArgumentException("an estimate number cannot be empty");
            }
        }
        if (latestOfClient != null) {
            if (latestOfClient.isBlank()) {
                throw new IllegalArgumentException("a client name cannot be blank");
            }
            latestOfClient = latestOfClient.strip();
        }
    }

    public static EstimateRef number(String number) {
        return new EstimateRef(number, null);
    }

    public static EstimateRef latestOf(String client) {
        return new EstimateRef(null, client);
    }

    public boolean isNumber() {
        return number != null;
    }
}
