package dev.fbcli.freshbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;

/** Fields written on client create/update (null = not sent). Create needs one of fname, lname, email, organization (errno 7012). */
@RecordBuilder
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
        @JsonProperty("vat_number") String vatNumber)
        implements ClientDraftBuilder.With {

    /** All fields unset. */
    public static ClientDraft empty() {
        return new ClientDraft(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
