package dev.fbcli.freshbooks.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a JSON object whose member {@code member} is an object to be read with its plain values only:
 * that object's nested objects and arrays are stepped over by a scan that only follows quotes,
 * escapes and brackets, so they are never tokenized. Every other value is parsed by Jackson, from its
 * own bytes. A time-entry page's {@code meta} repeats the whole list's breakdowns (per member, client,
 * project and day: ~1.3 MB a page on a big account), which tokenizing cost more than the page. A
 * long value equal byte for byte to the last one skipped under its name is stepped over by comparing.
 */
final class LeanJson {
    private static final byte QUOTE = 1;
    private static final byte OPEN = 2;
    private static final byte CLOSE = 3;
    /** What each byte is to {@link #skipNested}: 0 for all but a quote and the four brackets. */
    private static final byte[] KIND = new byte[256];

    static {
        KIND['"'] = QUOTE;
        KIND['{'] = OPEN;
        KIND['['] = OPEN;
        KIND['}'] = CLOSE;
        KIND[']'] = CLOSE;
    }

    /** The last value skipped under each name, from this long; at most this many names kept. */
    private static final int REMEMBER_FROM = 4096;

    private static final int REMEMBERED = 8;
    private static final Map<String, byte[]> SKIPPED = new ConcurrentHashMap<>();

    private final ObjectMapper mapper;
    private final byte[] a;
    private int i;

    private LeanJson(ObjectMapper mapper, byte[] a) {
        this.mapper = mapper;
        this.a = a;
    }

    /** The body as a tree, {@code member}'s nested values left out; null when the body is not an object. */
    static ObjectNode parse(ObjectMapper mapper, byte[] body, String member) throws IOException {
        LeanJson r = new LeanJson(mapper, body);
        r.ws();
        if (r.i >= body.length || body[r.i] != '{') {
            return null;
        }
        return r.object(member);
    }

    /**
     * The object at {@code i}; with {@code member} null, its nested values are skipped, otherwise the
     * member so named (when an object) is read that way and every other value parsed.
     */
    private ObjectNode object(String member) throws IOException {
        ObjectNode out = mapper.createObjectNode();
        i++; // {
        ws();
        if (at() == '}') {
            i++;
            return out;
        }
        while (true) {
            ws();
            int keyStart = i;
            if (at() != '"') throw malformed();
            skipString();
            String key = parse(keyStart, i).textValue();
            ws();
            if (at() != ':') throw malformed();
            i++;
            ws();
            byte c = at();
            if (member == null && (c == '{' || c == '[')) {
                skipRepeated(key);
            } else if (member != null && c == '{' && key.equals(member)) {
                out.set(key, object(null));
            } else {
                int start = i;
                skipValue();
                out.set(key, parse(start, i));
            }
            ws();
            byte sep = at();
            i++;
            if (sep == '}') return out;
            if (sep != ',') throw malformed();
        }
    }

    private JsonNode parse(int from, int to) throws IOException {
        JsonNode n = mapper.readTree(a, from, to - from);
        return n == null ? NullNode.getInstance() : n;
    }

    private void skipValue() throws IOException {
        byte c = at();
        if (c == '"') {
            skipString();
        } else if (c == '{' || c == '[') {
            skipNested();
        } else {
            // a number, true, false or null: up to the next separator (Jackson checks it)
            while (i < a.length) {
                byte b = a[i];
                if (b == ',' || b == '}' || b == ']' || b == ' ' || b == '\t' || b == '\n' || b == '\r') break;
                i++;
            }
        }
    }

    /** Past the string that starts at {@code i} (its closing quote). */
    private void skipString() throws IOException {
        i = afterString(a, i + 1);
    }

    /** The index after the closing quote of the string whose first character is at {@code from}. */
    private int afterString(byte[] a, int from) throws IOException {
        int n = a.length;
        int j = from;
        while (j < n) {
            byte b = a[j++];
            if (b == '\\') {
                j++;
            } else if (b == '"') {
                return j;
            }
        }
        i = n;
        throw malformed();
    }

    /**
     * Past the object or array that starts at {@code i}: compared with the last long value skipped under
     * the same name when there is one (every page of a list repeats the same totals, and a comparison
     * costs a fraction of a scan), scanned otherwise. Equal bytes are the same complete value, so it
     * ends where that one did.
     */
    private void skipRepeated(String key) throws IOException {
        byte[] last = SKIPPED.get(key);
        if (last != null && i + last.length <= a.length && Arrays.equals(a, i, i + last.length, last, 0, last.length)) {
            i += last.length;
            return;
        }
        int start = i;
        skipNested();
        if (i - start >= REMEMBER_FROM) {
            if (SKIPPED.size() >= REMEMBERED) {
                SKIPPED.clear();
            }
            SKIPPED.put(key, Arrays.copyOfRange(a, start, i));
        }
    }

    /**
     * Past the object or array that starts at {@code i}, strings and their escapes respected. One loop
     * over locals with a class per byte ({@link #KIND}): it reads every byte it skips, and fb runs with
     * the quick JIT only, where this is a fifth faster than comparing each byte with each bracket.
     */
    private void skipNested() throws IOException {
        byte[] a = this.a;
        byte[] kind = KIND;
        int n = a.length;
        int j = i;
        int depth = 0;
        while (j < n) {
            int k = kind[a[j++] & 0xff];
            if (k == 0) {
                continue;
            }
            if (k == QUOTE) {
                while (j < n) {
                    byte c = a[j++];
                    if (c == '"') {
                        break;
                    }
                    if (c == '\\') {
                        j++;
                    }
                }
            } else if (k == OPEN) {
                depth++;
            } else if (k == CLOSE && --depth == 0) {
                i = j;
                return;
            }
        }
        i = n;
        throw malformed();
    }

    private void ws() {
        while (i < a.length && (a[i] == ' ' || a[i] == '\t' || a[i] == '\n' || a[i] == '\r')) i++;
    }

    private byte at() throws IOException {
        if (i >= a.length) throw malformed();
        return a[i];
    }

    private IOException malformed() {
        return new IOException("unexpected end or character at byte " + i);
    }
}
