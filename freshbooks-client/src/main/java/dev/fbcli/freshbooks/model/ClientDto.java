package dev.fbcli.freshbooks.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** An accounting client ({@code users/clients}); {@code id} = {@code userid}. */
public record ClientDto(
        @JsonProperty("id") Long id,
        @JsonProperty("fname") String fname,
        @JsonProperty("lname") String lname,
        @JsonProperty("organization") String organization,
        @JsonProperty("email") String email,
        @JsonProperty("username") String username,
        @JsonProperty("currency_code") String currencyCode,
        @JsonProperty("language") String language,
        @JsonProperty("bus_phone") String busPhone,
        @JsonProperty("mob_phone") String mobPhone,
        @JsonProperty("home_phone") String homePhone,
        @JsonProperty("note") String note,
        @JsonProperty("p_street") String street,
        @JsonProperty("p_street2") String street2,
        @JsonProperty("p_city") String city,
        @JsonProperty("p_province") String province,
        @JsonProperty("p_country") String country,
        @JsonProperty("p_code") String postalCode,
        @JsonProperty("vat_name") String vatName,
        @JsonProperty("vat_number") String vatNumber,
        @JsonProperty("vis_state") Integer visState,
        @JsonProperty("signup_date") String signupDate,
        @JsonProperty("updated") String updated,
        @JsonProperty("outstanding_balance") List<Balance> outstandingBalance,
        @JsonProperty("overdue_balance") List<Balance> overdueBalance,
        @JsonProperty("draft_balance") List<Balance> draftBalance,
        @JsonProperty("credit_balance") List<Balance> creditBalance) {

    /** Organization, else "first last", else email. */
    @JsonIgnore
    public String displayName() {
        if (organization != null && !organization.isBlank()) return organization;
        String n = ((fname == null ? "" : fname) + " " + (lname == null ? "" : lname)).trim();
        return n.isEmpty() ? (email == null ? "client " + id : email) : n;
    }
}
