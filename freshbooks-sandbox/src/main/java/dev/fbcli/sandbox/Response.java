package dev.fbcli.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** An HTTP response built by a router; sent by the server after the transaction committed. */
record Response(int status, Map<String, String> headers, byte[] body) {

    static Response json(int status, JsonNode node) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Type", "application/json; charset=utf-8");
        return new Response(status, h, Json.bytes(node));
    }

    static Response ok(JsonNode node) {
        return json(200, node);
    }

    static Response noContent() {
        return new Response(204, new LinkedHashMap<>(), new byte[0]);
    }

    static Response html(int status, String html) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Type", "text/html; charset=utf-8");
        return new Response(status, h, html.getBytes(StandardCharsets.UTF_8));
    }

    static Response bytes(String contentType, byte[] body) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Type", contentType);
        return new Response(200, h, body);
    }

    static Response redirect(String location) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Location", location);
        h.put("Cache-Control", "no-store");
        return new Response(302, h, new byte[0]);
    }

    Response withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new Response(status, h, body);
    }
}
