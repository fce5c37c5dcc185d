package dev.fbcli.freshbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One entry of a client balance include such as {@code outstanding_balance}: {@code {"amount":{...}}}. */
public record Balance(@JsonProperty("amount") Money amount) {}
