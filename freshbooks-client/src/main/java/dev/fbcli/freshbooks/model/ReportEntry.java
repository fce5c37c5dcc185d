package dev.fbcli.freshbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One line of the profit-and-loss report: an amount per period ({@code data}, in the order of the
 * report's {@code dates}), their {@code total}, and the lines it is made of ({@code children}).
 */
public record ReportEntry(
        @JsonProperty("description") String description,
        @JsonProperty("entry_type") String entryType,
        @JsonProperty("data") List<Money> data,
        @JsonProperty("total") Money total,
        @JsonProperty("children") List<ReportEntry> children) {

    public ReportEntry {
        data = data == null ? List.of() : List.copyOf(data);
        children = children == null ? List.of() : List.copyOf(children);
    }
}
