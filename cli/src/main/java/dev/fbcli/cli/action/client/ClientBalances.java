package dev.fbcli.cli.action.client;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.cli.render.Fmt;
import dev.fbcli.cli.render.Json;
import dev.fbcli.freshbooks.model.Balance;
import dev.fbcli.freshbooks.model.ClientDto;
import dev.fbcli.freshbooks.model.InvoiceDto;
import dev.fbcli.freshbooks.model.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Outstanding, overdue and draft amounts per currency, from a client's invoices, and the credit: what
 * was paid beyond an invoice's amount (a payment recorded with {@code --credit}). Pure.
 */
record ClientBalances(Map<String, Map<String, BigDecimal>> byKind) {
    static ClientBalances of(List<InvoiceDto> invoices, LocalDate today) {
        Map<String, Map<String, BigDecimal>> m = new LinkedHashMap<>();
        for (String k : List.of("outstanding", "overdue", "draft", "credit")) {
            m.put(k, new TreeMap<>());
        }
        for (InvoiceDto i : invoices) {
            if (i.paid() != null && i.amount() != null) {
                BigDecimal extra = i.paid().amount().subtract(i.amount().amount());
                if (extra.signum() > 0) {
                    m.get("credit").merge(String.valueOf(i.paid().code()), extra, BigDecimal::add);
                }
            }
            if (i.outstanding() == null || i.outstanding().amount().signum() <= 0) {
                continue;
            }
            String code = String.valueOf(i.outstanding().code());
            boolean draft = "draft".equals(i.v3Status()) || "created".equals(i.v3Status());
            if (draft) {
                m.get("draft").merge(code, i.outstanding().amount(), BigDecimal::add);
                continue;
            }
            m.get("outstanding").merge(code, i.outstanding().amount(), BigDecimal::add);
            if ("overdue".equals(i.v3Status())
                    || (i.dueDate() != null && i.dueDate().isBefore(today))) {
                m.get("overdue").merge(code, i.outstanding().amount(), BigDecimal::add);
            }
        }
        return new ClientBalances(m);
    }

    /** Whether FreshBooks sent the client's four balances (the list asks for them as includes). */
    static boolean included(ClientDto c) {
        return c.outstandingBalance() != null
                && c.overdueBalance() != null
                && c.draftBalance() != null
                && c.creditBalance() != null;
    }

    /**
     * The balances FreshBooks sent with the client, in the form {@link #of(List, LocalDate)} gives:
     * positive amounts only, one per currency (FreshBooks may list a zero balance; summing invoices
     * never gives one).
     */
    static ClientBalances of(ClientDto c) {
        Map<String, Map<String, BigDecimal>> m = new LinkedHashMap<>();
        m.put("outstanding", sum(c.outstandingBalance()));
        m.put("overdue", sum(c.overdueBalance()));
        m.put("draft", sum(c.draftBalance()));
        m.put("credit", sum(c.creditBalance()));
        return new ClientBalances(m);
    }

    private static Map<String, BigDecimal> sum(List<Balance> balances) {
        Map<String, BigDecimal> byCode = new TreeMap<>();
        for (Balance b : balances) {
            Money a = b == null ? null : b.amount();
            if (a != null && a.amount() != null && a.amount().signum() > 0) {
                byCode.merge(String.valueOf(a.code()), a.amount(), BigDecimal::add);
            }
        }
        return byCode;
    }

    boolean has(String kind) {
        return byKind.get(kind).values().stream().anyMatch(v -> v.signum() > 0);
    }

    String describe(String kind) {
        Map<String, BigDecimal> m = byKind.get(kind);
        if (m.isEmpty()) {
            return "nothing";
        }
        List<String> parts = new ArrayList<>();
        m.forEach((code, v) -> parts.add(Fmt.money(v, code)));
        return String.join(" + ", parts);
    }

    ObjectNode json() {
        ObjectNode n = Json.MAPPER.createObjectNode();
        byKind.forEach((kind, m) -> {
            ArrayNode a = n.putArray(kind);
            m.forEach((code, v) -> a.addObject().put("amount", Fmt.amount(v)).put("code", code));
        });
        return n;
    }
}
