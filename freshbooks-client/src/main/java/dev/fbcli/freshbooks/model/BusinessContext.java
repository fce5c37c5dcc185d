package dev.fbcli.freshbooks.model;

/**
 * The identifiers one business needs, resolved from {@code /users/me}: {@code businessId} for
 * projects/time tracking/services/team, {@code businessUuid} for {@code /accounting/businesses},
 * {@code accountId} for {@code /accounting}, uploads and payments (null when the business has no
 * accounting account).
 */
public record BusinessContext(long businessId, String businessUuid, String accountId, String name, String role) {}
