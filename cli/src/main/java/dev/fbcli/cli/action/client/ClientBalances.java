package dev.fbcli.cli.action.client;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.cli.render.Fmt;
import dev.fbcli.cli.render.Json;
import dev.fbcli.freshbooks.model.InvoiceDto;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Outstanding, overdue and draft amounts per currency, from a client's invoices. Pure. */
record ClientBalances(Map<String, Map<String, BigDecimal>> byKind) {
    static ClientBalances of(List<InvoiceDto> invoices, LocalDate today) {
        Map<String, Map<String, BigDecimal>> m = new LinkedHashMap<>();
        for (String k : List.of("outstanding", "overdue", "draft")) {
            m.put(k, new TreeMap<>());
        }
        for (InvoiceDto i : invoices) {
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
