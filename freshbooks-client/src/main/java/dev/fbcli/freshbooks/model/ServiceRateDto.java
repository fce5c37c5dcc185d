package dev.fbcli.freshbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/** A service's rate: a bare decimal string on the wire (no currency code). */
public record ServiceRateDto(
        @JsonProperty("business_id") Long businessId,
        @JsonProperty("service_id") Long serviceId,
        @JsonProperty("rate") BigDecimal rate) {}
