package dev.fbcli.freshbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A project's team ({@code group}), returned on single get/create. */
public record ProjectGroup(@JsonProperty("id") Long id, @JsonProperty("members") List<ProjectMember> members) {

    public ProjectGroup {
        members = members == null ? List.of() : List.copyOf(members);
    }
}
