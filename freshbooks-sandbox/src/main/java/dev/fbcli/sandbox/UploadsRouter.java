package dev.fbcli.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.sandbox.store.Tx;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Uploads family (API.md §5.4): {@code POST /uploads/account/{acct}/attachments|images} with the
 * file in the multipart field {@code content}, and downloads by jwt. Uploads need a valid token but
 * no particular scope (none is documented; UNVERIFIED).
 */
final class UploadsRouter {
    private UploadsRouter() {}

    /** The largest file: API.md gives no limit for uploads; the sandbox picks 25 MiB (UNVERIFIED). */
    static final int MAX_BYTES = 25 * 1024 * 1024;

    private static final SecureRandom RANDOM = new SecureRandom();

    static void register(Routes r) {
        r.add(
                "POST",
                "/uploads/account/{acct}/attachments",
                null,
                Routes.Scoping.ACCOUNT,
                (req, ctx) -> upload(req, ctx, "attachment"));
        r.add(
                "POST",
                "/uploads/account/{acct}/images",
                null,
                Routes.Scoping.ACCOUNT,
                (req, ctx) -> upload(req, ctx, "image"));
        r.add(
                "GET",
                "/uploads/attachments/{jwt}",
                null,
                Routes.Scoping.NONE,
                (req, ctx) -> download(req, ctx, "attachment"));
        r.add("GET", "/uploads/images/{jwt}", null, Routes.Scoping.NONE, (req, ctx) -> download(req, ctx, "image"));
    }

    private static Response upload(Request req, Ctx ctx, String kind) throws SQLException {
        String ct = req.contentType();
        if (!ct.startsWith("multipart/form-data")) {
            throw ApiException.badRequest("Upload the file as multipart/form-data in the field 'content'.");
        }
        Forms.Part content = null;
        List<Forms.Part> parts = Forms.multipart(req.rawContentType(), req.body);
        for (Forms.Part p : parts) {
            if (p.name().equals("content")) {
                content = p;
            }
        }
        if (content == null) {
            throw ApiException.badRequest("The multipart body has no field named 'content'.");
        }
        if (content.bytes().length == 0) {
            throw ApiException.badRequest("The uploaded file is empty.");
        }
        if (content.bytes().length > MAX_BYTES) {
            throw new ApiException(
                    ApiException.Kind.TOO_LARGE,
                    413,
                    1017,
                    "content",
                    kind,
                    null,
                    "The file is larger than " + (MAX_BYTES / (1024 * 1024)) + " MiB.",
                    null);
        }
        long id = ctx.tx.nextId("file", 7701);
        String filename = content.filename() == null || content.filename().isBlank()
                ? "upload-" + id
                : content.filename().replaceAll("[\\\\/]", "_");
        String mediaType = content.contentType();
        if (mediaType == null || mediaType.isBlank() || mediaType.equalsIgnoreCase("application/octet-stream")) {
            String guessed = URLConnection.guessContentTypeFromName(filename);
            mediaType = guessed != null
                    ? guessed
                    : mediaType == null || mediaType.isBlank() ? "application/octet-stream" : mediaType;
        }
        String uuid = UUID.randomUUID().toString();
        String jwt = jwt(req.biz.accountId(), kind, uuid);
        ctx.tx.putFile(new Tx.FileRow(
                jwt,
                kind,
                req.biz.accountId(),
                id,
                filename,
                mediaType,
                uuid,
                ctx.now().getEpochSecond(),
                content.bytes()));
        ObjectNode file = Json.obj();
        file.put("filename", filename);
        file.put("public_id", jwt);
        file.put("jwt", jwt);
        file.put("media_type", mediaType);
        file.put("uuid", uuid);
        ObjectNode body = Json.obj();
        body.set(kind, file);
        if (kind.equals("image")) {
            body.put("link", ctx.baseUri + "/uploads/images/" + jwt);
        }
        return Response.ok(body);
    }

    private static Response download(Request req, Ctx ctx, String kind) throws SQLException {
        Optional<Tx.FileRow> file = ctx.tx.file(req.var("jwt"), true);
        if (file.isEmpty() || !file.get().kind().equals(kind)) {
            throw ApiException.notFound(kind, "jwt", null, "File not found");
        }
        boolean mine = Directory.businessesOf(ctx.tx, req.principal.identityId()).stream()
                .anyMatch(b -> file.get().accountId().equals(b.accountId()));
        if (!mine) {
            throw ApiException.notFound(kind, "jwt", null, "File not found");
        }
        return Response.bytes(file.get().mediaType(), file.get().bytes())
                .withHeader(
                        "Content-Disposition",
                        "inline; filename=\"" + file.get().filename().replace("\"", "") + "\"");
    }

    private static String jwt(String accountId, String kind, String uuid) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        byte[] sig = new byte[32];
        RANDOM.nextBytes(sig);
        return b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(
                        ("{\"account_id\":\"" + accountId + "\",\"kind\":\"" + kind + "\",\"uuid\":\"" + uuid + "\"}")
                                .getBytes(StandardCharsets.UTF_8))
                + "."
                + b64.encodeToString(sig);
    }
}
