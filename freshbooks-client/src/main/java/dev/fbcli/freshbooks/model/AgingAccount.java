package dev.fbcli.freshbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One client row of the accounts-aging report. */
public record AgingAccount(
        @JsonProperty("userid") Long clientId,
        @JsonProperty("fname") String fname,
        @JsonProperty("lname") String lname,
        @JsonProperty("organization") String organization,
        @JsonProperty("email") String email,
        @JsonProperty("0-30") Money days0to30,
        @JsonProperty("31-60") Money days31to60,
        @JsonProperty("61-90") Money days61to90,
        @JsonProperty("91+") Money days91plus,
        @JsonProperty("total") Money total) {}
