package dev.fbcli.freshbooks.resource;

import dev.fbcli.freshbooks.ResponseFormatException;
import dev.fbcli.freshbooks.http.ApiRequest;
import dev.fbcli.freshbooks.http.ApiResponse;
import dev.fbcli.freshbooks.http.FilePart;
import dev.fbcli.freshbooks.model.DownloadedFile;
import dev.fbcli.freshbooks.model.UploadedAttachment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Uploads: {@code POST /uploads/account/{account_id}/attachments}, multipart field {@code content};
 * download {@code GET /uploads/attachments/{jwt}} (binary; API.md §5.4 step 4).
 */
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

    /**
     * Downloads an attachment (an expense's receipt) by the {@code jwt} the expense carries. A 404
     * ({@code {"error":"File not found"}}) is a {@link dev.fbcli.freshbooks.NotFoundException}.
     */
    public DownloadedFile downloadAttachment(String jwt) {
        if (jwt == null || !jwt.matches("[A-Za-z0-9_.=-]+")) {
            throw new IllegalArgumentException("not an attachment token: " + (jwt == null ? "null" : "(malformed)"));
        }
        ApiResponse res = api.executor().execute(ApiRequest.get("/uploads/attachments/" + jwt));
        if (res.bytes() == null) {
            throw new ResponseFormatException("FreshBooks answered with JSON where a file was expected", null);
        }
        String type = res.contentType() == null
                ? null
                : res.contentType().split(";")[0].strip();
        return new DownloadedFile(type, res.bytes());
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
