package dev.fbcli.cli.once;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.cli.render.Json;
import dev.fbcli.freshbooks.FreshBooksClient;
import dev.fbcli.freshbooks.NotFoundException;
import dev.fbcli.freshbooks.http.ApiRequest;
import dev.fbcli.freshbooks.http.ApiResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers "was this write applied?" for a request whose answer never came (a crash, a kill, a lost
 * connection). A create is looked for with its {@link Findable}: among the records of its kind
 * ({@link Listing}), one with the same identifying fields ({@link Match}), made at most the
 * findable's window before the write was first sent, and not already claimed (by the undo journal,
 * or by another line of a batch). An update is compared with the record as it is now; a delete is
 * applied when the record is gone. Reads only; FreshBooks failures are the caller's to retry.
 */
public final class RecordFinder {
    private static final Pattern ACCOUNTING = Pattern.compile(
            "^/accounting/account/[^/]+/(invoices/invoices|expenses/expenses|payments/payments|users/clients)(?:/(\\d+))?$");
    private static final Pattern TIME = Pattern.compile("^/timetracking/business/\\d+/time_entries(?:/(\\d+))?$");
    private static final Pattern PROJECT = Pattern.compile("^/projects/business/\\d+/project(?:/(\\d+))?$");

    private final FreshBooksClient client;

    public RecordFinder(FreshBooksClient client) {
        this.client = client;
    }

    /** What a check found. {@code record} is {@code kind:id} when known. */
    public record Verdict(Status status, String kind, String id, String why, JsonNode found) {
        public Verdict(Status status, String kind, String id, String why) {
            this(status, kind, id, why, null);
        }

        public String record() {
            return kind == null || id == null ? null : kind + ":" + id;
        }
    }

    public enum Status {
        /** The write is in FreshBooks. */
        APPLIED,
        /** It is not: it can be done again. */
        NOT_APPLIED,
        /** fb cannot tell (a write it has no way to look for, or FreshBooks did not answer the search). */
        UNKNOWN
    }

    // ------------------------------------------------------------------ creates

    /**
     * Looks for the record {@code f} describes, made at most {@code f.window()} before {@code sentAt}
     * (the first time the write was sent; null: any time), skipping {@code claimed} records
     * ({@code kind:id}). The oldest match wins.
     */
    public Verdict find(Findable f, Instant sentAt, Set<String> claimed) {
        Listing l = Listing.of(f, client.business());
        JsonNode want = f.fieldsJson();
        Instant since = sentAt == null || sentAt.equals(Instant.EPOCH) ? null : sentAt.minus(f.window());
        String kind = f.kind();
        String best = null;
        JsonNode bestNode = null;
        for (JsonNode c : pages(l)) {
            String id = c.path("id").asText(null);
            if (id == null || claimed.contains(kind + ":" + id) || !Match.all(want, c)) {
                continue;
            }
            Instant made = l.createdAt(c);
            if (since != null && made != null && made.isBefore(since)) {
                continue;
            }
            if (best == null || Long.parseLong(id) < Long.parseLong(best)) {
                best = id;
                bestNode = c;
            }
        }
        String what = kind.replace('_', ' ');
        return best == null
                ? new Verdict(Status.NOT_APPLIED, kind, null, "no " + what + " like it is in FreshBooks")
                : new Verdict(Status.APPLIED, kind, best, "found " + what + " " + best, bestNode);
    }

    /** Record {@code id} of {@code kind} as FreshBooks has it now, or null when it is gone. */
    public JsonNode read(String kind, String id) {
        Listing l = Listing.of(Findable.of(kind, null), client.business());
        try {
            JsonNode n = client.executor().execute(l.get(id)).at(l.one());
            return n.isMissingNode() || n.isNull() ? null : n;
        } catch (NotFoundException e) {
            return null;
        }
    }

    private List<JsonNode> pages(Listing l) {
        List<JsonNode> out = new ArrayList<>();
        int page = 1;
        int pages;
        do {
            ApiResponse r =
                    client.executor().execute(l.list().withQuery("page", page).withQuery("per_page", 100));
            r.at(l.items()).forEach(out::add);
            pages = Math.max(1, r.at(l.pages()).asInt(1));
            page++;
        } while (page <= pages && page <= 50);
        return out;
    }

    // ------------------------------------------------------------------ requests (batch journals)

    /**
     * Checks one journaled write request: a create with its findable ({@code find}; for a journal
     * written before findables existed, one is made from the request body), an update or a delete by
     * reading the record. {@code claimed} are records other writes already account for.
     */
    public Verdict check(String method, String path, JsonNode body, Instant at, Findable find, Set<String> claimed) {
        if (path.contains("/uploads/")) {
            return new Verdict(Status.NOT_APPLIED, null, null, "an upload alone changes nothing");
        }
        String[] kindAndId = kindOf(path);
        if (method.equals("POST") && find != null) {
            return find(find, at, claimed);
        }
        if (kindAndId == null) {
            return new Verdict(
                    Status.UNKNOWN, null, null, "fb has no way to look for the result of " + method + " " + path);
        }
        String kind = kindAndId[0];
        String id = kindAndId[1];
        JsonNode sent = body == null ? null : body.get(kind);
        switch (method) {
            case "POST": {
                Findable derived = id != null || sent == null ? null : fromRequest(kind, sent);
                if (derived == null) {
                    return new Verdict(
                            Status.UNKNOWN, kind, id, "fb has no way to look for the result of POST " + path);
                }
                return find(derived, at, claimed);
            }
            case "PUT":
                return sent == null
                        ? new Verdict(Status.UNKNOWN, kind, id, "no body was recorded")
                        : compareUpdated(kind, id, path, sent);
            case "DELETE":
                return gone(kind, id, path);
            default:
                return new Verdict(Status.UNKNOWN, kind, id, "unexpected " + method);
        }
    }

    /** {@code {kind, id or null}} of a write path fb knows, or null. */
    static String[] kindOf(String path) {
        Matcher a = ACCOUNTING.matcher(path);
        if (a.matches()) {
            return new String[] {accountingKind(a.group(1)), a.group(2)};
        }
        Matcher t = TIME.matcher(path);
        if (t.matches()) {
            return new String[] {"time_entry", t.group(1)};
        }
        Matcher p = PROJECT.matcher(path);
        if (p.matches()) {
            return new String[] {"project", p.group(1)};
        }
        return null;
    }

    private static String accountingKind(String resource) {
        switch (resource) {
            case "invoices/invoices":
                return "invoice";
            case "expenses/expenses":
                return "expense";
            case "payments/payments":
                return "payment";
            default:
                return "client";
        }
    }

    /**
     * The findable of a create request fb sent before creates carried their own (journals of older
     * versions): the same identifying fields the actions now declare.
     */
    static Findable fromRequest(String kind, JsonNode sent) {
        Findable.Spec f = Findable.of(kind, null);
        switch (kind) {
            case "time_entry":
                if (Listing.text(sent, "started_at") == null) {
                    return null;
                }
                f = f.with("started_at", sent.get("started_at"))
                        .with("project_id", sent.get("project_id"))
                        .with("client_id", sent.get("client_id"))
                        .with("service_id", sent.get("service_id"))
                        .withText("note", Listing.text(sent, "note"));
                return sent.path("is_logged").asBoolean(true) ? f.with("duration", sent.get("duration")) : f;
            case "invoice": {
                List<Object> lines = new ArrayList<>();
                for (JsonNode l : sent.path("lines")) {
                    ObjectNode line = Json.MAPPER.createObjectNode();
                    copy(l, line, "name", "qty", "unit_cost");
                    lines.add(line);
                }
                f = f.with("customerid", sent.get("customerid")).with("create_date", sent.get("create_date"));
                return sent.path("lines").isArray() ? f.with("lines", lines) : f;
            }
            case "expense":
                return f.with("date", sent.get("date"))
                        .with("categoryid", sent.get("categoryid"))
                        .with("amount", sent.get("amount"))
                        .withText("vendor", Listing.text(sent, "vendor"))
                        .with("clientid", sent.get("clientid"))
                        .withText("notes", Listing.text(sent, "notes"));
            case "payment":
                return f.with("invoiceid", sent.get("invoiceid"))
                        .with("date", sent.get("date"))
                        .with("amount", sent.get("amount"));
            case "client":
                return f.withText("organization", Listing.text(sent, "organization"))
                        .withText("fname", Listing.text(sent, "fname"))
                        .withText("lname", Listing.text(sent, "lname"))
                        .withText("email", Listing.text(sent, "email"));
            case "project":
                return f.with("title", sent.get("title")).with("client_id", sent.get("client_id"));
            default:
                return null;
        }
    }

    private static void copy(JsonNode from, ObjectNode to, String... fields) {
        for (String name : fields) {
            JsonNode v = from.get(name);
            if (v != null && !v.isNull()) {
                to.set(name, v);
            }
        }
    }

    // ------------------------------------------------------------------ updates and deletes

    private Verdict compareUpdated(String kind, String id, String path, JsonNode body) {
        if (id == null) {
            return new Verdict(Status.UNKNOWN, kind, null, "an update without an id");
        }
        JsonNode now;
        try {
            ApiResponse r = client.executor().execute(ApiRequest.get(path));
            now = r.at("/response/result/" + kind);
            if (now.isMissingNode()) {
                now = r.at("/" + kind);
            }
        } catch (NotFoundException e) {
            return new Verdict(Status.NOT_APPLIED, kind, id, kind + " " + id + " is gone");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            String name = f.getKey();
            JsonNode want = f.getValue();
            if (name.equals("action_email") || name.equals("action_mark_as_sent")) {
                String status = now.path("v3_status").asText("");
                if (status.equals("draft") || status.equals("created") || status.isEmpty()) {
                    return new Verdict(Status.NOT_APPLIED, kind, id, "invoice " + id + " is still a draft");
                }
                continue;
            }
            if (want.isNull()
                    || want.isArray()
                    || name.endsWith("_at")
                    || name.equals("updated")
                    || name.startsWith("email_")
                    || name.equals("invoice_customized_email")) {
                continue;
            }
            if (!Match.same(want, now.get(name))) {
                return new Verdict(
                        Status.NOT_APPLIED, kind, id, name + " of " + kind + " " + id + " is not what was sent");
            }
        }
        return new Verdict(Status.APPLIED, kind, id, kind + " " + id + " has the values sent");
    }

    private Verdict gone(String kind, String id, String path) {
        try {
            ApiResponse r = client.executor().execute(ApiRequest.get(path));
            JsonNode now = r.at("/response/result/" + kind);
            if (now.isMissingNode()) {
                now = r.at("/" + kind);
            }
            if (now.path("vis_state").asInt(0) == 1 || !now.path("active").asBoolean(true)) {
                return new Verdict(Status.APPLIED, kind, id, kind + " " + id + " is deleted");
            }
            return new Verdict(Status.NOT_APPLIED, kind, id, kind + " " + id + " is still there");
        } catch (NotFoundException e) {
            return new Verdict(Status.APPLIED, kind, id, kind + " " + id + " is gone");
        }
    }
}
