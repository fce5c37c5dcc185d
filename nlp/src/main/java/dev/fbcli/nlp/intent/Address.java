package dev.fbcli.nlp.intent;

/**
 * A postal address as said, every part nullable (not said) but not all of them: build it with
 * {@link #of}, which gives null when nothing was said.
 */
public record Address(String street, String city, String province, String postalCode, String country) {
    public Address {
        street = clean(street);
        city = clean(city);
        province = clean(province);
        postalCode = clean(postalCode);
        country = clean(country);
        if (street == null && city == null && province == null && postalCode == null && country == null) {
            throw new IllegalArgumentException("an address needs at least one part");
        }
    }

    /** The address, or null when every part is null or blank. */
    public static Address of(String street, String city, String province, String postalCode, String country) {
        if (clean(street) == null
                && clean(city) == null
                && clean(province) == null
                && clean(postalCode) == null
                && clean(country) == null) {
            return null;
        }
        return new Address(street, city, province, postalCode, country);
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
