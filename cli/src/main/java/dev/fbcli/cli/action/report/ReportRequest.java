package dev.fbcli.cli.action.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.cli.render.Json;
import dev.fbcli.nlp.intent.ReportGrouping;
import dev.fbcli.nlp.intent.ReportKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * One report as asked, resolved: its days (both included), its grouping (null: totals only), the
 * currencies to report (each apart), whether to draw a chart (a by-month report on a terminal), and
 * the structured command that asks for it.
 */
record ReportRequest(
        ReportKind kind,
        LocalDate from,
        LocalDate to,
        ReportGrouping by,
        List<String> currencies,
        boolean saidCurrency,
        boolean chart,
        String command) {

    ReportRequest {
        currencies = List.copyOf(currencies);
    }

    boolean byMonth() {
        return by == ReportGrouping.MONTH;
    }

    boolean byClient() {
        return by == ReportGrouping.CLIENT;
    }

    /** Every month the report's days touch, in order. */
    List<YearMonth> months() {
        List<YearMonth> out = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            out.add(m);
        }
        return out;
    }

    /** The JSON document's head: {@code report}, {@code from}, {@code to}, {@code by}. */
    ObjectNode jsonHead() {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("report", kind.wire());
        o.put("from", from.toString());
        o.put("to", to.toString());
        if (by == null) {
            o.putNull("by");
        } else {
            o.put("by", by.wire());
        }
        return o;
    }

    /** Money as docs/json.md writes it: {@code {"amount": "1200.00", "code": "USD"}}. */
    static ObjectNode money(BigDecimal amount, String code) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("amount", amount.setScale(2, RoundingMode.HALF_UP).toPlainString());
        o.put("code", code);
        return o;
    }
}
