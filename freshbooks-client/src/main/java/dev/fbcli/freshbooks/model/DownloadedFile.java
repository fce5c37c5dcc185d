package dev.fbcli.freshbooks.model;

/**
 * A file read back from FreshBooks (a receipt): its media type as served (null when FreshBooks gave
 * none) and its bytes.
 */
public record DownloadedFile(String mediaType, byte[] content) {
    public DownloadedFile {
        content = content == null ? new byte[0] : content;
    }

    /** How many bytes. */
    public int size() {
        return content.length;
    }
}
