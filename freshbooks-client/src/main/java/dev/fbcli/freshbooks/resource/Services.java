package dev.fbcli.freshbooks.resource;

import dev.fbcli.freshbooks.NotFoundException;
import dev.fbcli.freshbooks.http.ApiRequest;
import dev.fbcli.freshbooks.model.Paged;
import dev.fbcli.freshbooks.model.ServiceDto;
import dev.fbcli.freshbooks.model.ServiceRateDto;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Services and their rates ({@code /comments/business/{bid}/service[s]}). Services take no filters.
 * Rates are a bare decimal string (no currency: the business currency applies).
 */
public final class Services {
    private final ProjectFamily api;

    Services(ProjectFamily api) {
        this.api = api;
    }

    public Paged<ServiceDto> list() {
        return new Paged<>(
                p -> api.page(
                        api.path("comments", "services"), "services", ServiceDto.class, p, Paged.MAX_PER_PAGE, r -> r),
                null,
                api.executor().pageReaders());
    }

    public ServiceDto get(long id) {
        return api.executor()
                .execute(ApiRequest.get(api.path("comments", "service/" + id)))
                .read("/service", ServiceDto.class);
    }

    /** Creates a service ({@code billable} may be null to leave FreshBooks' default). */
    public ServiceDto create(String name, Boolean billable) {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a service needs a name");
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        if (billable != null) s.put("billable", billable);
        ApiRequest r = ApiRequest.post(api.path("comments", "service"), Map.of("service", s))
                .withIdentifyingField("name", name);
        return api.executor().execute(r).read("/service", ServiceDto.class);
    }

    /**
     * Renames a service or changes whether it is billable ({@code PUT .../service/{id}}; null leaves a
     * field as it is). API.md marks service updates UNVERIFIED; the project-like family's update,
     * which the PY and JAVA SDKs' generic resources use, is followed.
     */
    public ServiceDto update(long id, String name, Boolean billable) {
        Map<String, Object> s = new LinkedHashMap<>();
        if (name != null) {
            if (name.isBlank()) throw new IllegalArgumentException("a service needs a name");
            s.put("name", name);
        }
        if (billable != null) s.put("billable", billable);
        if (s.isEmpty()) throw new IllegalArgumentException("nothing to change");
        return api.executor()
                .execute(ApiRequest.put(api.path("comments", "service/" + id), Map.of("service", s)))
                .read("/service", ServiceDto.class);
    }

    /** Deletes a service: HTTP DELETE, 204 (the PY and JAVA SDKs; API.md §5.9 marks it UNVERIFIED). */
    public void delete(long id) {
        api.executor().execute(ApiRequest.delete(api.path("comments", "service/" + id)));
    }

    /** The service's rate, or empty when it has none (404). */
    public Optional<ServiceRateDto> rate(long serviceId) {
        try {
            return Optional.of(api.executor()
                    .execute(ApiRequest.get(ratePath(serviceId)))
                    .read("/service_rate", ServiceRateDto.class));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** Sets the rate: PUT when the service already has one, else POST (same URL). */
    public ServiceRateDto setRate(long serviceId, BigDecimal rate) {
        if (rate == null || rate.signum() < 0) throw new IllegalArgumentException("a rate must be zero or more");
        Map<String, Object> body = Map.of(
                "service_rate",
                Map.of("rate", rate.setScale(Math.max(2, rate.scale())).toPlainString()));
        ApiRequest r = rate(serviceId).isPresent()
                ? ApiRequest.put(ratePath(serviceId), body)
                : ApiRequest.post(ratePath(serviceId), body).withIdentifyingField("service_id", serviceId);
        return api.executor().execute(r).read("/service_rate", ServiceRateDto.class);
    }

    /** Every service rate of the business ({@code service_rates}, no paging). */
    public List<ServiceRateDto> rates() {
        return api.executor()
                .execute(ApiRequest.get(api.path("comments", "service_rates")))
                .readList("/service_rates", ServiceRateDto.class);
    }

    private String ratePath(long serviceId) {
        return api.path("comments", "service/" + serviceId + "/rate");
    }
}
