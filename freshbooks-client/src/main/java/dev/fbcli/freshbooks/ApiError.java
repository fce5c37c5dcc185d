package dev.fbcli.freshbooks;

/**
 * One error item as FreshBooks reported it, whatever the body shape (classic {@code response.errors[]},
 * google.rpc {@code details[].metadata}, project-family {@code {"errno":2001,"error":{field:msg}}},
 * OAuth {@code {"error":"invalid_grant","error_description":...}}, ...).
 *
 * @param errno FreshBooks error number, or null when the shape carries none
 * @param code a symbolic code when the shape has one ({@code invalid_grant}, {@code unauthenticated},
 *     a google.rpc code such as {@code 5}), else null
 * @param field the field the error is about, or null
 * @param message FreshBooks' own message (never null)
 * @param object the resource kind (e.g. {@code client}) when given, else null
 */
public record ApiError(Integer errno, String code, String field, String message, String object) {}
