package dev.fbcli.freshbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The {@code timer} object on a time entry. */
public record TimerRef(@JsonProperty("id") Long id, @JsonProperty("is_running") Boolean isRunning) {}
