package dev.fbcli.freshbooks.http;

import java.util.Objects;

/** A file sent as {@code multipart/form-data} (receipt uploads). {@code toString} omits the bytes. */
public record FilePart(String fieldName, String filename, String mediaType, byte[] content) {
    public FilePart {
        Objects.requireNonNull(fieldName, "fieldName");
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(content, "content");
    }

    @Override
    public String toString() {
        return "FilePart[" + fieldName + "=" + filename + " (" + mediaType + ", " + content.length + " bytes)]";
    }
}
