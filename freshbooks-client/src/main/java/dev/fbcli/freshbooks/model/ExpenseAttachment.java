package dev.fbcli.freshbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The receipt on an expense read with {@code include[]=attachment}. */
public record ExpenseAttachment(
        @JsonProperty("id") Long id,
        @JsonProperty("attachmentid") Long attachmentId,
        @JsonProperty("jwt") String jwt,
        @JsonProperty("media_type") String mediaType) {}
