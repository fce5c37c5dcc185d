package dev.fbcli.freshbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A receipt reference written on an expense: the upload's {@code jwt} and media type. */
public record AttachmentRef(@JsonProperty("jwt") String jwt, @JsonProperty("media_type") String mediaType) {}
