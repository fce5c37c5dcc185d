package dev.fbcli.freshbooks.resource;

import dev.fbcli.freshbooks.http.ApiRequest;
import dev.fbcli.freshbooks.http.FilePart;
import dev.fbcli.freshbooks.model.UploadedAttachment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Uploads: {@code POST /uploads/account/{account_id}/attachments}, multipart field {@code content}. */
public final class Uploads {
    private final Accounting api;

    Uploads(Accounting api) {
        this.api = api;
    }

    /** Uploads a receipt; put {@link UploadedAttachment#ref()} on an expense to attach it. */
    public UploadedAttachment uploadAttachment(String filename, String mediaType, byte[] content) {
        ApiRequest r = ApiRequest.post("/uploads/account/" + api.accountId() + "/attachments", null)
                .withFile(new FilePart("content", filename, mediaType, content))
                .withIdentifyingField("filename", filename);
        return api.executor().execute(r).read("/attachment", UploadedAttachment.class);
    }

    /** Reads {@code file} and uploads it; the media type comes from the file name. */
    public UploadedAttachment uploadAttachment(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return uploadAttachment(file.getFileName().toString(), mediaTypeOf(file), bytes);
    }

    static String mediaTypeOf(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".png")) return "image/png";
        if (n.endsWith(".jpg") || n.endsWith(".jpeg")) return "image/jpeg";
        if (n.endsWith(".gif")) return "image/gif";
        if (n.endsWith(".pdf")) return "application/pdf";
        if (n.endsWith(".heic")) return "image/heic";
        if (n.endsWith(".webp")) return "image/webp";
        return "application/octet-stream";
    }
}
