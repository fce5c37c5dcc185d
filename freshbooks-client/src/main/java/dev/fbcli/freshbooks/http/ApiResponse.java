package dev.fbcli.freshbooks.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.fbcli.freshbooks.ResponseFormatException;
import java.time.Instant;
import java.util.List;

/**
 * A successful answer: status, parsed JSON body ({@link MissingNode} for an empty body, e.g. a 204,
 * and for a file), how many retries it took, for a file (a body whose {@code Content-Type} is
 * neither JSON nor text, such as a receipt image) its bytes and media type, and the server's time
 * from its {@code Date} header (whole seconds; null when there was none).
 */
public record ApiResponse(
        int status, JsonNode body, int retries, byte[] bytes, String contentType, Instant serverDate) {

    public ApiResponse {
        if (body == null) body = MissingNode.getInstance();
    }

    public ApiResponse(int status, JsonNode body, int retries) {
        this(status, body, retries, null, null, null);
    }

    public ApiResponse(int status, JsonNode body, int retries, byte[] bytes, String contentType) {
        this(status, body, retries, bytes, contentType, null);
    }

    /** The node at a JSON pointer such as {@code /response/result/client}. */
    public JsonNode at(String pointer) {
        return body.at(pointer);
    }

    /** Maps the node at {@code pointer} to {@code type}; a missing node is a format error. */
    public <T> T read(String pointer, Class<T> type) {
        JsonNode n = body.at(pointer);
        if (n.isMissingNode() || n.isNull()) {
            throw new ResponseFormatException("FreshBooks' answer has no " + pointer, null);
        }
        return Wire.convert(n, type);
    }

    /** Maps the array at {@code pointer}; a missing array reads as empty. */
    public <T> List<T> readList(String pointer, Class<T> type) {
        return Wire.convertList(body.at(pointer), type);
    }
}
