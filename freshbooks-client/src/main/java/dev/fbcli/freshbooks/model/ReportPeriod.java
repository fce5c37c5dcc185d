package dev.fbcli.freshbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/** One period (column) of a report, both days included. */
public record ReportPeriod(
        @JsonProperty("start_date") LocalDate startDate, @JsonProperty("end_date") LocalDate endDate) {}
