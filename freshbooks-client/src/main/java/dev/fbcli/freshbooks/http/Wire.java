package dev.fbcli.freshbooks.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.fbcli.freshbooks.ResponseFormatException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The client's one Jackson configuration: unknown properties ignored, empty strings read as null for
 * objects and dates, {@code java.time} support, BigDecimal written plainly, nulls omitted on write.
 * Wire records map FreshBooks' terse names with {@code @JsonProperty}.
 */
public final class Wire {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private Wire() {}

    /** Parses JSON text; a body that is not JSON becomes a {@link ResponseFormatException}. */
    public static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ResponseFormatException("FreshBooks returned a body that is not JSON", e);
        }
    }

    /**
     * Parses a JSON body, reading the top-level {@code member} object with its plain values only: its
     * nested objects and arrays are stepped over, never tokenized ({@link LeanJson}; a time-entry
     * page's {@code meta} carries the whole list's breakdowns, ~1 MB on a big account, which no caller
     * reads). Everything else is read as {@link #parse} reads it; a body that is not JSON is a
     * {@link ResponseFormatException}.
     */
    public static JsonNode parseLean(byte[] json, String member) {
        try {
            JsonNode lean = LeanJson.parse(MAPPER, json, member);
            return lean != null ? lean : MAPPER.readTree(json);
        } catch (IOException e) {
            throw new ResponseFormatException("FreshBooks returned a body that is not JSON", e);
        }
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    public static JsonNode toTree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /** Maps a JSON node to a wire type; a mismatch becomes a {@link ResponseFormatException}. */
    public static <T> T convert(JsonNode node, Class<T> type) {
        try {
            return MAPPER.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new ResponseFormatException(
                    "FreshBooks returned a " + type.getSimpleName() + " the client cannot read: "
                            + e.getOriginalMessage(),
                    e);
        } catch (IllegalArgumentException e) {
            throw new ResponseFormatException(
                    "FreshBooks returned a " + type.getSimpleName() + " the client cannot read: " + e.getMessage(), e);
        }
    }

    public static <T> List<T> convertList(JsonNode array, Class<T> type) {
        List<T> out = new ArrayList<>();
        if (array == null || array.isNull() || array.isMissingNode()) return out;
        if (!array.isArray()) {
            throw new ResponseFormatException("expected a JSON array of " + type.getSimpleName(), null);
        }
        for (JsonNode n : array) out.add(convert(n, type));
        return out;
    }
}
