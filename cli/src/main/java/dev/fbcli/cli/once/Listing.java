package dev.fbcli.cli.once;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fbcli.freshbooks.http.ApiRequest;
import dev.fbcli.freshbooks.model.BusinessContext;
import dev.fbcli.freshbooks.model.WireTimes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Where the records of a kind are listed and read, and when a record was made: the list request
 * (narrowed by the search filters FreshBooks has for the identifying fields), the JSON pointers of
 * the items and of the page count, the path of one record, and the record's creation time (or, for
 * kinds without one, its last update). A kind not named here is read as an accounting resource
 * ({@code /accounting/account/<id>/<kind>s/<kind>s}, as estimates are): a new kind of another family
 * adds its case here.
 */
public record Listing(
        ApiRequest list, String items, String pages, String onePath, String one, String created, boolean eastern) {
    private static final ZoneId ACCOUNTING_ZONE = ZoneId.of("America/New_York");
    private static final DateTimeFormatter ACCOUNTING_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** The listing of {@code f}'s kind in business {@code b}, narrowed by {@code f}'s fields. */
    public static Listing of(Findable f, BusinessContext b) {
        JsonNode w = f.fieldsJson();
        String kind = f.kind();
        switch (kind) {
            case "time_entry": {
                String path = "/timetracking/business/" + b.businessId() + "/time_entries";
                ApiRequest q = ApiRequest.get(path)
                        .withQuery("include_unlogged", "true")
                        .withQuery("project_id", text(w, "project_id"))
                        .withQuery("client_id", text(w, "client_id"));
                Instant started = WireTimes.parseUtc(text(w, "started_at"));
                if (started != null) {
                    q = q.withQuery("started_from", WireTimes.formatUtc(started))
                            .withQuery("started_to", WireTimes.formatUtc(started.plusSeconds(1)));
                }
                return new Listing(q, "/time_entries", "/meta/pages", path, "/time_entry", "created_at", false);
            }
            case "project": {
                String base = "/projects/business/" + b.businessId();
                return new Listing(
                        ApiRequest.get(base + "/projects"),
                        "/projects",
                        "/meta/pages",
                        base + "/project",
                        "/project",
                        "created_at",
                        false);
            }
            case "invoice": {
                String day = text(w, "create_date");
                ApiRequest q = accounting(b, "invoices/invoices")
                        .withQuery("search[customerid]", text(w, "customerid"))
                        .withQuery("search[date_min]", day)
                        .withQuery("search[date_max]", dayAfter(day))
                        .withQuery("include[]", "lines");
                return accountingListing(b, "invoices/invoices", "invoice", q, "created_at");
            }
            case "expense": {
                String day = text(w, "date");
                ApiRequest q = accounting(b, "expenses/expenses")
                        .withQuery("search[date_min]", day)
                        .withQuery("search[date_max]", dayAfter(day))
                        .withQuery("search[categoryid]", text(w, "categoryid"));
                return accountingListing(b, "expenses/expenses", "expense", q, "created_at");
            }
            case "payment": {
                ApiRequest q = accounting(b, "payments/payments").withQuery("search[invoiceid]", text(w, "invoiceid"));
                return accountingListing(b, "payments/payments", "payment", q, "updated");
            }
            case "client": {
                ApiRequest q = accounting(b, "users/clients");
                String email = text(w, "email");
                String org = text(w, "organization");
                if (email != null && !email.isEmpty()) {
                    q = q.withQuery("search[email]", email);
                } else if (org != null && !org.isEmpty()) {
                    q = q.withQuery("search[organization_like]", org);
                }
                return accountingListing(b, "users/clients", "client", q, "updated");
            }
            default: {
                String resource = kind + "s/" + kind + "s";
                return accountingListing(b, resource, kind, accounting(b, resource), "created_at");
            }
        }
    }

    private static ApiRequest accounting(BusinessContext b, String resource) {
        return ApiRequest.get("/accounting/account/" + b.accountId() + "/" + resource);
    }

    private static Listing accountingListing(
            BusinessContext b, String resource, String singular, ApiRequest q, String created) {
        String plural = resource.substring(resource.indexOf('/') + 1);
        return new Listing(
                q,
                "/response/result/" + plural,
                "/response/result/pages",
                "/accounting/account/" + b.accountId() + "/" + resource,
                "/response/result/" + singular,
                created,
                true);
    }

    /** The request that reads record {@code id}. */
    public ApiRequest get(String id) {
        return ApiRequest.get(onePath + "/" + id);
    }

    /** When {@code record} was made (or last updated, for kinds without a creation time); null when unknown. */
    public Instant createdAt(JsonNode record) {
        String s = text(record, created);
        if (s == null) {
            return null;
        }
        if (!eastern) {
            return WireTimes.parseUtc(s);
        }
        try {
            return LocalDateTime.parse(s.length() > 19 ? s.substring(0, 19) : s, ACCOUNTING_TIME)
                    .atZone(ACCOUNTING_ZONE)
                    .toInstant();
        } catch (DateTimeParseException e) {
            return WireTimes.parseUtc(s);
        }
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }

    /** {@code search[..._max]} is exclusive (docs/freshbooks-api.md, Lists): the day after {@code day}, or null. */
    private static String dayAfter(String day) {
        try {
            return day == null ? null : LocalDate.parse(day).plusDays(1).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
