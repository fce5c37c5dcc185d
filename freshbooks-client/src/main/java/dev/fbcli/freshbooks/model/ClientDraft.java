package dev.fbcli.freshbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Fields written on client create/update (null = not sent). Create needs one of fname, lname, email, organization (errno 7012). */
public record ClientDraft(
        @JsonProperty("fname") String fname,
        @JsonProperty("lname") String lname,
        @JsonProperty("organization") String organization,
        @JsonProperty("email") String email,
        @JsonProperty("currency_code") String currencyCode,
        @JsonProperty("bus_phone") String busPhone,
        @JsonProperty("mob_phone") String mobPhone,
        @JsonProperty("note") String note,
        @JsonProperty("p_street") String street,
        @JsonProperty("p_city") String city,
        @JsonProperty("p_province") String province,
        @JsonProperty("p_country") String country,
        @JsonProperty("p_code") String postalCode,
        @JsonProperty("vat_name") String vatName,
        @JsonProperty("vat_number") String vatNumber) {

    /** All fields unset. */
    public static ClientDraft empty() {
        return new ClientDraft(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public ClientDraft withFname(String v) {
        return new ClientDraft(
                v,
                lname,
                organization,
                email,
                currencyCode,
                busPhone,
                mobPhone,
                note,
                street,
                city,
                province,
                country,
                postalCode,
                vatName,
                vatNumber);
    }

    public ClientDraft withLname(String v) {
        return new ClientDraft(
                fname,
                v,
                organization,
                email,
                currencyCode,
                busPhone,
                mobPhone,
                note,
                street,
                city,
                province,
                country,
                postalCode,
                vatName,
                vatNumber);
    }

    public ClientDraft withOrganization(String v) {
        return new ClientDraft(
                fname,
                lname,
                v,
                email,
                currencyCode,
                busPhone,
                mobPhone,
                note,
                street,
                city,
                province,
                country,
                postalCode,
                vatName,
                vatNumber);
    }

    public ClientDraft withEmail(String v) {
        return new ClientDraft(
                fname,
                lname,
                organization,
                v,
                currencyCode,
                busPhone,
                mobPhone,
                note,
                street,
                city,
                province,
                country,
                postalCode,
                vatName,
                vatNumber);
    }

    public ClientDraft withCurrencyCode(String v) {
        return new ClientDraft(
                fname,
                lname,
                organization,
                email,
                v,
                busPhone,
                mobPhone,
                note,
                street,
                city,
                province,
                country,
                postalCode,
                vatName,
                vatNumber);
    }

    public ClientDraft withBusPhone(String v) {
        return new ClientDraft(
                fname,
                lname,
                organization,
                email,
                currencyCode,
                v,
                mobPhone,
                note,
                street,
                city,
                province,
                country,
                postalCode,
                vatName,
                vatNumber);
    }

    public ClientDraft withMobPhone(String v) {
        return new ClientDraft(
                fname,
                lname,
                organization,
                email,
                currencyCode,
                busPhone,
                v,
                note,
                street,
                city,
                province,
                country,
                postalCode,
                vatName,
                vatNumber);
    }

    public ClientDraft withNote(String v) {
        return new ClientDraft(
                fname,
                lname,
                organization,
                email,
                currencyCode,
                busPhone,
                mobPhone,
                v,
                street,
                city,
                province,
                country,
                postalCode,
                vatName,
                vatNumber);
    }

    public ClientDraft withStreet(String v) {
        return new ClientDraft(
                fname,
                lname,
                organization,
                email,
                currencyCode,
                busPhone,
                mobPhone,
                note,
                v,
                city,
                province,
                country,
                postalCode,
                vatName,
                vatNumber);
    }

    public ClientDraft withCity(String v) {
        return new ClientDraft(
                fname,
                lname,
                organization,
                email,
                currencyCode,
                busPhone,
                mobPhone,
                note,
                street,
                v,
                province,
                country,
                postalCode,
                vatName,
                vatNumber);
    }

    public ClientDraft withProvince(String v) {
        return new ClientDraft(
                fname,
                lname,
                organization,
                email,
                currencyCode,
                busPhone,
                mobPhone,
                note,
                street,
                city,
                v,
                country,
                postalCode,
                vatName,
                vatNumber);
    }

    public ClientDraft withCountry(String v) {
        return new ClientDraft(
                fname,
                lname,
                organization,
                email,
                currencyCode,
                busPhone,
                mobPhone,
                note,
                street,
                city,
                province,
                v,
                postalCode,
                vatName,
                vatNumber);
    }

    public ClientDraft withPostalCode(String v) {
        return new ClientDraft(
                fname,
                lname,
                organization,
                email,
                currencyCode,
                busPhone,
                mobPhone,
                note,
                street,
                city,
                province,
                country,
                v,
                vatName,
                vatNumber);
    }

    public ClientDraft withVatName(String v) {
        return new ClientDraft(
                fname,
                lname,
                organization,
                email,
                currencyCode,
                busPhone,
                mobPhone,
                note,
                street,
                city,
                province,
                country,
                postalCode,
                v,
                vatNumber);
    }

    public ClientDraft withVatNumber(String v) {
        return new ClientDraft(
                fname,
                lname,
                organization,
                email,
                currencyCode,
                busPhone,
                mobPhone,
                note,
                street,
                city,
                province,
                country,
                postalCode,
                vatName,
                v);
    }
}
