package dev.fbcli.freshbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Answer of {@code POST /uploads/account/{id}/attachments}. */
public record UploadedAttachment(
        @JsonProperty("filename") String filename,
        @JsonProperty("public_id") String publicId,
        @JsonProperty("jwt") String jwt,
        @JsonProperty("media_type") String mediaType,
        @JsonProperty("uuid") String uuid) {

    /** The reference to put on an expense. */
    public AttachmentRef ref() {
        return new AttachmentRef(jwt, mediaType);
    }
}
