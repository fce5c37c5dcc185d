package dev.fbcli.cli.batch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fbcli.freshbooks.FreshBooksClient;
import dev.fbcli.freshbooks.NotFoundException;
import dev.fbcli.freshbooks.http.ApiRequest;
import dev.fbcli.freshbooks.http.ApiResponse;
import dev.fbcli.freshbooks.model.WireTimes;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers "was this write applied?" for a request whose answer never came (a crash, a kill, a lost
 * connection): a create is looked for among the records of its kind (same fields, made around the
 * time it was sent, and not already claimed by another line of the batch); an update is compared
 * with the record as it is now; a delete is applied when the record is gone. Reads only.
 *
 * <p>It is long because each kind of record is looked for in its own way (its search, its fields,
 * its clock): one concern, one place, so a reader of the resume logic finds every rule here.
 */
public final class RecordFinder {
    /** Records made this long before the request was sent still count (clocks differ). */
    static final Duration SLACK = Duration.ofMinutes(10);

    private static final ZoneId ACCOUNTING_ZONE = ZoneId.of("America/New_York");
    private static final DateTimeFormatter ACCOUNTING_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Pattern ACCOUNTING = Pattern.compile(
            "^/accounting/account/[^/]+/(invoices/invoices|expenses/expenses|payments/payments|users/clients)(?:/(\\d+))?$");
    private static final Pattern TIME = Pattern.compile("^/timetracking/business/\\d+/time_entries(?:/(\\d+))?$");
    private static final Pattern PROJECT = Pattern.compile("^/projects/business/\\d+/project(?:/(\\d+))?$");

    private final FreshBooksClient client;

    public RecordFinder(FreshBooksClient client) {
        this.client = client;
    }

    /** What a check found. {@code record} is {@code kind:id} when known. */
    public record Verdict(Status status, String kind, String id, String why) {
        public String record() {
            return kind == null || id == null ? null : kind + ":" + id;
        }
    }

    public enum Status {
        /** The write is in FreshBooks. */
        APPLIED,
        /** It is not: the line can be done again. */
        NOT_APPLIED,
        /** fb cannot tell (a write it has no search for). */
        UNKNOWN
    }

    /** Checks one write; {@code claimed} are records ({@code kind:id}) other lines already account for. */
    public Verdict check(BatchJournal.Sent w, Set<String> claimed) {
        String path = w.path();
        if (path.contains("/uploads/")) {
            return new Verdict(Status.NOT_APPLIED, null, null, "an upload alone changes nothing");
        }
        Matcher a = ACCOUNTING.matcher(path);
        Matcher t = TIME.matcher(path);
        Matcher p = PROJECT.matcher(path);
        String kind;
        String id;
        if (a.matches()) {
            kind = accountingKind(a.group(1));
            id = a.group(2);
        } else if (t.matches()) {
            kind = "time_entry";
            id = t.group(1);
        } else if (p.matches()) {
            kind = "project";
            id = p.group(1);
        } else {
            return new Verdict(
                    Status.UNKNOWN, null, null, "fb has no way to look for the result of " + w.method() + " " + path);
        }
        JsonNode body = w.body() == null ? null : w.body().get(kind);
        switch (w.method()) {
            case "POST":
                if (id != null || body == null) {
                    return new Verdict(
                            Status.UNKNOWN, kind, id, "fb has no way to look for the result of POST " + path);
                }
                return findCreated(kind, path, body, w.at(), claimed);
            case "PUT":
                return body == null
                        ? new Verdict(Status.UNKNOWN, kind, id, "no body was recorded")
                        : compareUpdated(kind, id, path, body);
            case "DELETE":
                return gone(kind, id, path);
            default:
                return new Verdict(Status.UNKNOWN, kind, id, "unexpected " + w.method());
        }
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

    // ------------------------------------------------------------------ creates

    private Verdict findCreated(String kind, String path, JsonNode body, Instant sentAt, Set<String> claimed) {
        List<JsonNode> candidates;
        Predicate<JsonNode> same;
        switch (kind) {
            case "time_entry": {
                Instant started = WireTimes.parseUtc(body.path("started_at").asText(null));
                if (started == null) {
                    return new Verdict(Status.UNKNOWN, kind, null, "the time entry had no start time");
                }
                ApiRequest q = ApiRequest.get(path)
                        .withQuery("started_from", WireTimes.formatUtc(started))
                        .withQuery("started_to", WireTimes.formatUtc(started.plusSeconds(1)))
                        .withQuery("include_unlogged", "true")
                        .withQuery("project_id", text(body, "project_id"))
                        .withQuery("client_id", text(body, "client_id"));
                candidates = pages(q, "/time_entries", "/meta/pages");
                boolean logged = body.path("is_logged").asBoolean(true);
                same = e -> started.equals(
                                WireTimes.parseUtc(e.path("started_at").asText(null)))
                        && sameText(body, e, "note")
                        && sameNumber(body, e, "project_id")
                        && sameNumber(body, e, "client_id")
                        && sameNumber(body, e, "service_id")
                        && (!logged || sameNumber(body, e, "duration"))
                        && madeAfter(WireTimes.parseUtc(e.path("created_at").asText(null)), sentAt);
                break;
            }
            case "invoice": {
                ApiRequest q = ApiRequest.get(path)
                        .withQuery("search[customerid]", text(body, "customerid"))
                        .withQuery("search[date_min]", text(body, "create_date"))
                        .withQuery("search[date_max]", dayAfter(text(body, "create_date")))
                        .withQuery("include[]", "lines");
                candidates = pages(q, "/response/result/invoices", "/response/result/pages");
                same = i -> sameNumber(body, i, "customerid")
                        && sameText(body, i, "create_date")
                        && sameLines(body, i)
                        && madeAfter(accounting(i.path("created_at").asText(null)), sentAt);
                break;
            }
            case "expense": {
                ApiRequest q = ApiRequest.get(path)
                        .withQuery("search[date_min]", text(body, "date"))
                        .withQuery("search[date_max]", dayAfter(text(body, "date")))
                        .withQuery("search[categoryid]", text(body, "categoryid"));
                candidates = pages(q, "/response/result/expenses", "/response/result/pages");
                same = e -> sameText(body, e, "date")
                        && sameNumber(body, e, "categoryid")
                        && sameMoney(body, e, "amount")
                        && sameText(body, e, "vendor")
                        && sameNumber(body, e, "clientid")
                        && sameText(body, e, "notes");
                break;
            }
            case "payment": {
                ApiRequest q = ApiRequest.get(path).withQuery("search[invoiceid]", text(body, "invoiceid"));
                candidates = pages(q, "/response/result/payments", "/response/result/pages");
                same = e ->
                        sameNumber(body, e, "invoiceid") && sameText(body, e, "date") && sameMoney(body, e, "amount");
                break;
            }
            case "client": {
                ApiRequest q = ApiRequest.get(path);
                String email = text(body, "email");
                String org = text(body, "organization");
                if (email != null) {
                    q = q.withQuery("search[email]", email);
                } else if (org != null) {
                    q = q.withQuery("search[organization_like]", org);
                }
                candidates = pages(q, "/response/result/clients", "/response/result/pages");
                same = c -> sameText(body, c, "organization")
                        && sameText(body, c, "fname")
                        && sameText(body, c, "lname")
                        && sameText(body, c, "email");
                break;
            }
            case "project": {
                ApiRequest q = ApiRequest.get(path + "s");
                candidates = pages(q, "/projects", "/meta/pages");
                same = p -> sameText(body, p, "title")
                        && sameNumber(body, p, "client_id")
                        && madeAfter(WireTimes.parseUtc(p.path("created_at").asText(null)), sentAt);
                break;
            }
            default:
                return new Verdict(Status.UNKNOWN, kind, null, "no search for " + kind);
        }
        String best = null;
        for (JsonNode c : candidates) {
            String id = c.path("id").asText(null);
            if (id == null || claimed.contains(kind + ":" + id) || !same.test(c)) {
                continue;
            }
            if (best == null || Long.parseLong(id) < Long.parseLong(best)) {
                best = id;
            }
        }
        return best == null
                ? new Verdict(
                        Status.NOT_APPLIED, kind, null, "no " + kind.replace('_', ' ') + " like it is in FreshBooks")
                : new Verdict(Status.APPLIED, kind, best, "found " + kind.replace('_', ' ') + " " + best);
    }

    private List<JsonNode> pages(ApiRequest q, String itemsPointer, String pagesPointer) {
        List<JsonNode> out = new ArrayList<>();
        int page = 1;
        int pages = 1;
        do {
            ApiResponse r = client.executor().execute(q.withQuery("page", page).withQuery("per_page", 100));
            r.at(itemsPointer).forEach(out::add);
            pages = Math.max(1, r.at(pagesPointer).asInt(1));
            page++;
        } while (page <= pages && page <= 50);
        return out;
    }

    /** {@code search[..._max]} is exclusive (docs/freshbooks-api.md, Lists): the day after {@code day}, or null. */
    private static String dayAfter(String day) {
        try {
            return day == null
                    ? null
                    : java.time.LocalDate.parse(day).plusDays(1).toString();
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static boolean madeAfter(Instant created, Instant sentAt) {
        return created == null
                || sentAt == null
                || sentAt.equals(Instant.EPOCH)
                || !created.isBefore(sentAt.minus(SLACK));
    }

    static Instant accounting(String s) {
        try {
            return s == null
                    ? null
                    : LocalDateTime.parse(s.length() > 19 ? s.substring(0, 19) : s, ACCOUNTING_TIME)
                            .atZone(ACCOUNTING_ZONE)
                            .toInstant();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean sameLines(JsonNode body, JsonNode invoice) {
        JsonNode want = body.path("lines");
        JsonNode have = invoice.path("lines");
        if (!want.isArray()) {
            return true;
        }
        if (!have.isArray() || have.size() != want.size()) {
            return false;
        }
        for (int i = 0; i < want.size(); i++) {
            JsonNode w = want.get(i);
            JsonNode h = have.get(i);
            if (!sameText(w, h, "name") || !sameNumber(w, h, "qty") || !sameMoney(w, h, "unit_cost")) {
                return false;
            }
        }
        return true;
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
            boolean same = want.isObject()
                    ? sameMoney(body, now, name)
                    : want.isNumber() || want.isBoolean() ? sameNumber(body, now, name) : sameText(body, now, name);
            if (!same) {
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

    // ------------------------------------------------------------------ field comparison

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static boolean sameText(JsonNode want, JsonNode have, String field) {
        String w = text(want, field);
        String h = text(have, field);
        return (w == null || w.isEmpty()) ? (h == null || h.isEmpty()) : w.equals(h);
    }

    private static boolean sameNumber(JsonNode want, JsonNode have, String field) {
        String w = text(want, field);
        String h = text(have, field);
        if (w == null) {
            return true; // not sent: any value will do
        }
        if (h == null) {
            return false;
        }
        if (w.equals("true") || w.equals("false") || h.equals("true") || h.equals("false")) {
            return w.equals(h);
        }
        try {
            return new BigDecimal(w).compareTo(new BigDecimal(h)) == 0;
        } catch (NumberFormatException e) {
            return w.equals(h);
        }
    }

    private static boolean sameMoney(JsonNode want, JsonNode have, String field) {
        JsonNode w = want.path(field);
        JsonNode h = have.path(field);
        String wa = w.isObject() ? text(w, "amount") : text(want, field);
        String ha = h.isObject() ? text(h, "amount") : text(have, field);
        if (wa == null) {
            return true;
        }
        try {
            return ha != null && new BigDecimal(wa).compareTo(new BigDecimal(ha)) == 0;
        } catch (NumberFormatException e) {
            return wa.equals(ha);
        }
    }
}
