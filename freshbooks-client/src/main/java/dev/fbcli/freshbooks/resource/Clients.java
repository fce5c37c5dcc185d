package dev.fbcli.freshbooks.resource;

import dev.fbcli.freshbooks.http.ApiRequest;
import dev.fbcli.freshbooks.model.ClientDraft;
import dev.fbcli.freshbooks.model.ClientDto;
import dev.fbcli.freshbooks.model.ClientQuery;
import dev.fbcli.freshbooks.model.Page;
import dev.fbcli.freshbooks.model.Paged;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** Clients: {@code /accounting/account/{account_id}/users/clients}. Delete is a soft delete. */
public final class Clients {
    private static final String RES = "users/clients";
    private final Accounting api;

    Clients(Accounting api) {
        this.api = api;
    }

    /** Every client matching {@code q}, fetched lazily 100 per page. */
    public Paged<ClientDto> list(ClientQuery q) {
        return api.list(RES, "clients", ClientDto.class, filters(q), localFilter(q));
    }

    /** One page as FreshBooks returns it (server-side filters only). */
    public Page<ClientDto> page(ClientQuery q, int page, int perPage) {
        return api.page(RES, "clients", ClientDto.class, page, perPage, filters(q));
    }

    public ClientDto get(long id) {
        return api.get(RES, id, "client", ClientDto.class, r -> r);
    }

    public ClientDto create(ClientDraft draft) {
        return api.create(RES, "client", draft, ClientDto.class, r -> r.withIdentifyingField("email", draft.email())
                .withIdentifyingField("organization", draft.organization())
                .withIdentifyingField("fname", draft.fname())
                .withIdentifyingField("lname", draft.lname()));
    }

    /** Partial update: only the non-null fields of {@code draft} change. */
    public ClientDto update(long id, ClientDraft draft) {
        return api.update(RES, id, "client", draft, ClientDto.class, r -> r);
    }

    /** Soft delete ({@code vis_state: 1}); returns the client as FreshBooks now has it. */
    public ClientDto delete(long id) {
        return api.softDelete(RES, id, "client", ClientDto.class);
    }

    /**
     * Archives a client ({@code vis_state: 2}, API.md §8: "2 archived"): FreshBooks keeps it and its
     * invoices, and lists leave it out when they ask for active clients only.
     */
    public ClientDto archive(long id) {
        return api.setVisState(RES, id, "client", 2, ClientDto.class);
    }

    /** Makes an archived (or deleted) client active again ({@code vis_state: 0}). */
    public ClientDto restore(long id) {
        return api.setVisState(RES, id, "client", 0, ClientDto.class);
    }

    private static UnaryOperator<ApiRequest> filters(ClientQuery q) {
        // Only keys FreshBooks honours (API.md §5.1): base keys such as search[fname] are silently ignored.
        return r -> r.withQuery("search[email]", q.email())
                .withQuery("search[email_like]", q.emailLike())
                .withQuery("search[organization_like]", q.organizationLike())
                .withQuery("search[fname_like]", q.fnameLike())
                .withQuery("search[lname_like]", q.lnameLike())
                .withQuery("search[vis_state]", q.visState())
                .withQuery("search[updated_min]", Accounting.date(q.updatedMin()))
                .withQuery("search[updated_max]", Accounting.date(q.updatedMax()))
                .withQuery("search[has_outstanding]", q.hasOutstanding())
                .withQuery("include[]", balance(q, "outstanding_balance"))
                .withQuery("include[]", balance(q, "overdue_balance"))
                .withQuery("include[]", balance(q, "draft_balance"))
                .withQuery("include[]", balance(q, "credit_balance"));
    }

    private static String balance(ClientQuery q, String include) {
        return Boolean.TRUE.equals(q.withBalances()) ? include : null;
    }

    private static Predicate<ClientDto> localFilter(ClientQuery q) {
        if (q.nameContains() == null || q.nameContains().isBlank()) return null;
        // Local: no single server key matches organization OR first/last name OR email.
        String needle = q.nameContains().toLowerCase(Locale.ROOT);
        return c -> contains(c.organization(), needle)
                || contains(c.fname(), needle)
                || contains(c.lname(), needle)
                || contains(c.email(), needle)
                || contains((c.fname() == null ? "" : c.fname()) + " " + (c.lname() == null ? "" : c.lname()), needle);
    }

    static boolean contains(String hay, String lowerNeedle) {
        return hay != null && hay.toLowerCase(Locale.ROOT).contains(lowerNeedle);
    }
}
