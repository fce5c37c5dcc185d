package dev.fbcli.freshbooks.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.fbcli.freshbooks.ResponseFormatException;
import java.util.List;

/**
 * A successful answer: status, parsed JSON body ({@link MissingNode} for an empty body, e.g. a 204),
 * and how many retries it took.
 */
public record ApiResponse(int status, JsonNode body, int retries) {

    public ApiResponse {
        if (body == null) body = MissingNode.getInstance();
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
