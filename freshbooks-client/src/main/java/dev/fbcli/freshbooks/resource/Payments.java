package dev.fbcli.freshbooks.resource;

import dev.fbcli.freshbooks.http.ApiRequest;
import dev.fbcli.freshbooks.model.Page;
import dev.fbcli.freshbooks.model.Paged;
import dev.fbcli.freshbooks.model.PaymentDraft;
import dev.fbcli.freshbooks.model.PaymentDto;
import dev.fbcli.freshbooks.model.PaymentQuery;
import java.util.function.UnaryOperator;

/** Payments: {@code /accounting/account/{account_id}/payments/payments}. Delete is a soft delete. */
public final class Payments {
    private static final String RES = "payments/payments";
    private final Accounting api;

    Payments(Accounting api) {
        this.api = api;
    }

    public Paged<PaymentDto> list(PaymentQuery q) {
        // Local: the payment-type filter is only doc-derived upstream (API.md §5.6), so it is applied here.
        return api.list(
                RES,
                "payments",
                PaymentDto.class,
                filters(q),
                q.type() == null ? null : p -> q.type().equalsIgnoreCase(p.type()));
    }

    public Page<PaymentDto> page(PaymentQuery q, int page, int perPage) {
        return api.page(RES, "payments", PaymentDto.class, page, perPage, filters(q));
    }

    public PaymentDto get(long id) {
        return api.get(RES, id, "payment", PaymentDto.class, r -> r);
    }

    /** Records a payment against an invoice: {@code invoiceid}, {@code amount}, {@code date}, {@code type}. */
    public PaymentDto create(PaymentDraft draft) {
        return api.create(
                RES, "payment", draft, PaymentDto.class, r -> r.withIdentifyingField("invoiceid", draft.invoiceId())
                        .withIdentifyingField("amount", draft.amount())
                        .withIdentifyingField("date", draft.date()));
    }

    /** Partial update ({@code invoiceid} cannot change). */
    public PaymentDto update(long id, PaymentDraft draft) {
        return api.update(RES, id, "payment", draft.withInvoiceId(null), PaymentDto.class, r -> r);
    }

    public PaymentDto delete(long id) {
        return api.softDelete(RES, id, "payment", PaymentDto.class);
    }

    /** Brings a deleted payment back ({@code vis_state: 0}); FreshBooks counts it on its invoice again. */
    public PaymentDto restore(long id) {
        return api.setVisState(RES, id, "payment", 0, PaymentDto.class);
    }

    private static UnaryOperator<ApiRequest> filters(PaymentQuery q) {
        return r -> r.withQuery("search[invoiceid]", q.invoiceId())
                .withQuery("search[clientid]", q.clientId())
                .withQuery("search[date_min]", Accounting.date(q.dateMin()))
                .withQuery("search[date_max]", Accounting.date(q.dateMax()));
    }
}
