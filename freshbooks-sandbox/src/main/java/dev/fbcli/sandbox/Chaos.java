package dev.fbcli.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Bodies of injected faults. */
final class Chaos {
    private Chaos() {}

    /** What a proxy in front of the API answers with: an HTML page, not JSON. */
    static String html(int status, String reason) {
        return "<html>\r\n<head><title>" + status + " " + reason + "</title></head>\r\n<body>\r\n<center><h1>" + status
                + " " + reason + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
    }

    /** The accounting "HTTP 200 with response.errors" case (API.md §4.1, L-CC). */
    static Response errors200() {
        ObjectNode err = Json.obj();
        err.put("errno", 1003);
        err.putNull("field");
        err.put("message", "Access denied to this resource (sandbox fault injection: errors200).");
        err.putNull("object");
        err.putNull("value");
        ObjectNode body = Json.obj();
        body.putObject("response").putArray("errors").add(err);
        return Response.ok(body);
    }
}
