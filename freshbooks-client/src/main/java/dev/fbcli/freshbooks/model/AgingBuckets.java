package dev.fbcli.freshbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Accounts-aging totals per bucket. */
public record AgingBuckets(
        @JsonProperty("0-30") Money days0to30,
        @JsonProperty("31-60") Money days31to60,
        @JsonProperty("61-90") Money days61to90,
        @JsonProperty("91+") Money days91plus,
        @JsonProperty("total") Money total) {}
