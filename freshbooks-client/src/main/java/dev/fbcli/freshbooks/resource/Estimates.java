package dev.fbcli.freshbooks.resource;

import dev.fbcli.freshbooks.http.ApiRequest;
import dev.fbcli.freshbooks.model.EstimateDraft;
import dev.fbcli.freshbooks.model.EstimateDto;
import dev.fbcli.freshbooks.model.EstimateInvoice;
import dev.fbcli.freshbooks.model.EstimateQuery;
import dev.fbcli.freshbooks.model.InvoiceDto;
import dev.fbcli.freshbooks.model.InvoiceLineDto;
import dev.fbcli.freshbooks.model.Page;
import dev.fbcli.freshbooks.model.Paged;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Estimates: {@code /accounting/account/{account_id}/estimates/estimates} (API.md §5.3), with the
 * invoices' conventions. Actions are PUTs that carry only the action (a PUT with an action performs
 * only that phase): {@code action_email} with the message in {@code estimate_customized_email} (the
 * <em>estimate_</em> prefix), {@code action_accept}. Converting creates an invoice naming the
 * estimate ({@code estimateid}) with the estimate's lines.
 */
public final class Estimates {
    private static final String RES = "estimates/estimates";
    private final Accounting api;

    Estimates(Accounting api) {
        this.api = api;
    }

    public Paged<EstimateDto> list(EstimateQuery q) {
        return api.list(RES, "estimates", EstimateDto.class, filters(q), null);
    }

    public Page<EstimateDto> page(EstimateQuery q, int page, int perPage) {
        return api.page(RES, "estimates", EstimateDto.class, page, perPage, filters(q));
    }

    /** One estimate with its lines ({@code include[]=lines}). */
    public EstimateDto get(long id) {
        return api.get(RES, id, "estimate", EstimateDto.class, r -> r.withQuery("include[]", "lines"));
    }

    /** Creates a draft estimate; needs {@code customerid} and {@code create_date}. */
    public EstimateDto create(EstimateDraft draft) {
        return api.create(RES, "estimate", draft, EstimateDto.class, r -> r.withQuery("include[]", "lines")
                .withIdentifyingField("customerid", draft.customerId())
                .withIdentifyingField("create_date", draft.createDate())
                .withIdentifyingField("estimate_number", draft.estimateNumber()));
    }

    /** Partial update; a {@code lines} list replaces every line. */
    public EstimateDto update(long id, EstimateDraft draft) {
        return api.update(RES, id, "estimate", draft, EstimateDto.class, r -> r.withQuery("include[]", "lines"));
    }

    /**
     * Emails the estimate ({@code estimate_customized_email} carries the subject and body). Not
     * idempotent (a second PUT sends a second email): never re-sent after an ambiguous failure.
     */
    public EstimateDto sendByEmail(long id, List<String> recipients, String subject, String body) {
        Objects.requireNonNull(recipients, "recipients");
        if (recipients.isEmpty()) throw new IllegalArgumentException("at least one recipient is needed");
        Map<String, Object> est = new LinkedHashMap<>();
        est.put("action_email", true);
        est.put("email_recipients", List.copyOf(recipients));
        if (subject != null || body != null) {
            Map<String, String> custom = new LinkedHashMap<>();
            if (subject != null) custom.put("subject", subject);
            if (body != null) custom.put("body", body);
            est.put("estimate_customized_email", custom);
        }
        return api.update(RES, id, "estimate", est, EstimateDto.class, r -> r.withIdempotent(false)
                .withIdentifyingField("estimateid", id));
    }

    /** Marks the estimate accepted by the client ({@code action_accept}; idempotent). */
    public EstimateDto accept(long id) {
        return api.update(
                RES,
                id,
                "estimate",
                Map.of("action_accept", true),
                EstimateDto.class,
                r -> r.withQuery("include[]", "lines"));
    }

    /**
     * Makes a draft invoice from the estimate: same client, currency, notes and lines, and
     * {@code estimateid} naming it (FreshBooks then shows the estimate as invoiced). {@code date} is
     * the invoice date. The POST is never re-sent blindly: {@code OutcomeUnknownException} names the
     * client, date and estimate to look for.
     */
    public InvoiceDto convert(EstimateDto estimate, LocalDate date) {
        Objects.requireNonNull(estimate.id(), "estimate id");
        Objects.requireNonNull(date, "date");
        Map<String, Object> inv = new LinkedHashMap<>();
        inv.put("customerid", estimate.customerId());
        inv.put("create_date", date.toString());
        inv.put("estimateid", estimate.id());
        if (estimate.currencyCode() != null) inv.put("currency_code", estimate.currencyCode());
        if (estimate.notes() != null && !estimate.notes().isBlank()) inv.put("notes", estimate.notes());
        if (estimate.poNumber() != null) inv.put("po_number", estimate.poNumber());
        if (estimate.discountValue() != null && estimate.discountValue().signum() != 0) {
            inv.put("discount_value", estimate.discountValue().toPlainString());
        }
        inv.put("lines", lines(estimate.lines()));
        return api.create("invoices/invoices", "invoice", inv, InvoiceDto.class, r -> r.withQuery("include[]", "lines")
                .withIdentifyingField("customerid", estimate.customerId())
                .withIdentifyingField("create_date", date)
                .withIdentifyingField("estimateid", estimate.id()));
    }

    /**
     * The client's invoices made from {@code estimate} ({@code estimateid} on the invoice), deleted
     * ones left out: what {@link #convert} made earlier.
     */
    public List<EstimateInvoice> invoicesFrom(EstimateDto estimate) {
        Objects.requireNonNull(estimate.id(), "estimate id");
        return api.list(
                        "invoices/invoices",
                        "invoices",
                        EstimateInvoice.class,
                        r -> r.withQuery("search[customerid]", estimate.customerId()),
                        i -> estimate.id().equals(i.estimateId()) && (i.visState() == null || i.visState() != 1))
                .toList();
    }

    /** Deletes an estimate with {@code vis_state: 1} (the PM collection's reading; HTTP DELETE is {@link #delete}). */
    public EstimateDto softDelete(long id) {
        return api.softDelete(RES, id, "estimate", EstimateDto.class);
    }

    /** HTTP DELETE (the PY SDK reading; answers {@code {"response":{}}}). */
    public void delete(long id) {
        api.hardDelete(RES, id);
    }

    /** The writable part of each line, as an invoice takes it. */
    private static List<Map<String, Object>> lines(List<InvoiceLineDto> lines) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (InvoiceLineDto l : lines) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", l.name());
            if (l.description() != null && !l.description().isBlank()) m.put("description", l.description());
            if (l.qty() != null) m.put("qty", l.qty());
            if (l.unitCost() != null) m.put("unit_cost", l.unitCost());
            if (l.taxName1() != null) m.put("taxName1", l.taxName1());
            if (l.taxAmount1() != null) m.put("taxAmount1", l.taxAmount1());
            if (l.taxName2() != null) m.put("taxName2", l.taxName2());
            if (l.taxAmount2() != null) m.put("taxAmount2", l.taxAmount2());
            out.add(m);
        }
        return out;
    }

    private static UnaryOperator<ApiRequest> filters(EstimateQuery q) {
        return r -> r.withQuery("search[customerid]", q.customerId())
                .withQuery("search[statusid]", q.status())
                .withQuery("search[estimate_number]", q.estimateNumber())
                .withQuery("search[date_min]", Accounting.date(q.dateMin()))
                .withQuery("search[date_max]", Accounting.date(q.dateMax()))
                .withQuery("search[vis_state]", q.visState())
                .withQuery("include[]", Boolean.TRUE.equals(q.includeLines()) ? "lines" : null);
    }
}
