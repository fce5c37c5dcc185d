package dev.fbcli.freshbooks.resource;

import dev.fbcli.freshbooks.http.ApiRequest;
import dev.fbcli.freshbooks.model.InvoiceDraft;
import dev.fbcli.freshbooks.model.InvoiceDto;
import dev.fbcli.freshbooks.model.InvoiceQuery;
import dev.fbcli.freshbooks.model.Page;
import dev.fbcli.freshbooks.model.Paged;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Invoices: {@code /accounting/account/{account_id}/invoices/invoices}. Actions (email, mark as sent)
 * are PUTs that carry only the action, because a PUT with an action performs only that phase and
 * silently drops the other fields (API.md §9.4).
 */
public final class Invoices {
    private static final String RES = "invoices/invoices";
    private final Accounting api;

    Invoices(Accounting api) {
        this.api = api;
    }

    public Paged<InvoiceDto> list(InvoiceQuery q) {
        return api.list(RES, "invoices", InvoiceDto.class, filters(q), localFilter(q));
    }

    /**
     * Every invoice matching {@code q} whose {@code v3_status} is one of {@code v3Statuses}, asked of
     * FreshBooks one status at a time ({@code search[v3_status]} takes one value), a few at once, and
     * merged: each invoice once, in the order of the statuses given.
     */
    public List<InvoiceDto> listByStatus(InvoiceQuery q, List<String> v3Statuses) {
        List<Paged<InvoiceDto>> lists = new ArrayList<>();
        for (String status : v3Statuses) {
            InvoiceQuery one = q.withV3Status(status);
            lists.add(new Paged<>(p -> page(one, p, Paged.MAX_PER_PAGE), localFilter(one), 1));
        }
        Map<Long, InvoiceDto> byId = new LinkedHashMap<>();
        for (InvoiceDto i : Paged.concat(lists, api.executor().pageReaders())) {
            byId.putIfAbsent(i.id(), i);
        }
        return new ArrayList<>(byId.values());
    }

    /** {@link #list(InvoiceQuery)} whose first page ({@code page(q, 1, 100)}) was already read. */
    public Paged<InvoiceDto> list(InvoiceQuery q, Page<InvoiceDto> first) {
        return new Paged<>(
                p -> p == 1 ? first : page(q, p, Paged.MAX_PER_PAGE),
                localFilter(q),
                api.executor().pageReaders());
    }

    public Page<InvoiceDto> page(InvoiceQuery q, int page, int perPage) {
        return api.page(RES, "invoices", InvoiceDto.class, page, perPage, filters(q));
    }

    /** One invoice with its lines ({@code include[]=lines}). */
    public InvoiceDto get(long id) {
        return api.get(RES, id, "invoice", InvoiceDto.class, r -> r.withQuery("include[]", "lines"));
    }

    /** Creates a draft invoice (with lines when given); needs {@code customerid} and {@code create_date}. */
    public InvoiceDto create(InvoiceDraft draft) {
        return api.create(RES, "invoice", draft, InvoiceDto.class, r -> r.withQuery("include[]", "lines")
                .withIdentifyingField("customerid", draft.customerId())
                .withIdentifyingField("create_date", draft.createDate())
                .withIdentifyingField("invoice_number", draft.invoiceNumber()));
    }

    /** Partial update; a {@code lines} list replaces every line. */
    public InvoiceDto update(long id, InvoiceDraft draft) {
        return api.update(RES, id, "invoice", draft, InvoiceDto.class, r -> r.withQuery("include[]", "lines"));
    }

    /**
     * Emails the invoice. Not idempotent (a second PUT sends a second email), so it is never re-sent
     * after an ambiguous failure: {@code OutcomeUnknownException} instead.
     */
    public InvoiceDto sendByEmail(long id, List<String> recipients, String subject, String body, boolean includePdf) {
        Objects.requireNonNull(recipients, "recipients");
        if (recipients.isEmpty()) throw new IllegalArgumentException("at least one recipient is needed");
        Map<String, Object> inv = new LinkedHashMap<>();
        inv.put("action_email", true);
        inv.put("email_recipients", List.copyOf(recipients));
        inv.put("email_include_pdf", includePdf);
        if (subject != null || body != null) {
            Map<String, String> custom = new LinkedHashMap<>();
            if (subject != null) custom.put("subject", subject);
            if (body != null) custom.put("body", body);
            inv.put("invoice_customized_email", custom);
        }
        return api.update(RES, id, "invoice", inv, InvoiceDto.class, r -> r.withIdempotent(false)
                .withIdentifyingField("invoiceid", id));
    }

    /** Marks the invoice as sent without emailing it (idempotent). */
    public InvoiceDto markAsSent(long id) {
        return api.update(RES, id, "invoice", Map.of("action_mark_as_sent", true), InvoiceDto.class, r -> r);
    }

    /**
     * Deletes an invoice with {@code vis_state: 1} (the NODE SDK reading, API.md §5.2: "both in use"):
     * the same deleted state as HTTP DELETE, and {@link #restore} brings it back. Returns the invoice
     * as FreshBooks now has it.
     */
    public InvoiceDto softDelete(long id) {
        return api.softDelete(RES, id, "invoice", InvoiceDto.class);
    }

    /** Archives an invoice ({@code vis_state: 2}): kept, still listed by default, out of the way in FreshBooks. */
    public InvoiceDto archive(long id) {
        return api.setVisState(RES, id, "invoice", 2, InvoiceDto.class);
    }

    /** Makes a deleted or archived invoice active again ({@code vis_state: 0}). */
    public InvoiceDto restore(long id) {
        return api.setVisState(RES, id, "invoice", 0, InvoiceDto.class);
    }

    /** HTTP DELETE (the PY/JAVA SDK reading; answers {@code {"response":{}}}). */
    public void delete(long id) {
        api.hardDelete(RES, id);
    }

    private static UnaryOperator<ApiRequest> filters(InvoiceQuery q) {
        // Honoured keys only (API.md §5.2). search[status]/statusid/payment_status are silently ignored,
        // so those are filtered locally below.
        return r -> r.withQuery("search[customerid]", q.customerId())
                .withQuery("search[v3_status]", q.v3Status())
                .withQuery("search[date_min]", Accounting.date(q.dateMin()))
                .withQuery("search[date_max]", Accounting.date(q.dateMax()))
                .withQuery("search[updated_min]", Accounting.date(q.updatedMin()))
                .withQuery("search[updated_max]", Accounting.date(q.updatedMax()))
                .withQuery("search[invoice_number]", q.invoiceNumber())
                .withQuery("search[vis_state]", q.visState())
                .withQuery("include[]", Boolean.TRUE.equals(q.includeLines()) ? "lines" : null);
    }

    private static Predicate<InvoiceDto> localFilter(InvoiceQuery q) {
        if (q.status() == null && q.paymentStatus() == null && q.dueBefore() == null && q.dueAfter() == null) {
            return null;
        }
        // Local: FreshBooks ignores search[status] and search[payment_status]; due_date_min/max are
        // undocumented (UNVERIFIED), so due-date ranges are applied here to stay correct.
        return i -> (q.status() == null || q.status().equals(i.status()))
                && (q.paymentStatus() == null || q.paymentStatus().equals(i.paymentStatus()))
                && (q.dueBefore() == null || (i.dueDate() != null && i.dueDate().isBefore(q.dueBefore())))
                && (q.dueAfter() == null || (i.dueDate() != null && i.dueDate().isAfter(q.dueAfter())));
    }
}
