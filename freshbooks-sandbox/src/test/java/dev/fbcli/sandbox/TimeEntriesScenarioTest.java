package dev.fbcli.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Own vs team entries, running timers and stopping them, project links. */
class TimeEntriesScenarioTest {

    static final String TE = "/timetracking/business/770001/time_entries";

    @Test
    void should_list_own_entries_unless_team_and_run_timers(@TempDir Path dir) {
        try (Sandbox sb = Sandbox.start(dir)) {
            JsonNode own = sb.get(TE).json();
            assertThat(own.at("/meta/total").asInt()).isEqualTo(7);
            assertThat(own.get("time_entries").findValuesAsText("identity_id")).containsOnly("5001");
            assertThat(own.at("/meta/total_logged").asLong()).isEqualTo((long) (3 + 2.5 + 1 + 2 + 1.5 + 3 + 2) * 3600);
            assertThat(own.at("/time_entries/0/started_at").asText()).isEqualTo("2024-06-14T13:00:00Z");
            assertThat(sb.get(TE + "?team=true").json().at("/meta/total").asInt())
                    .isEqualTo(10);
            assertThat(sb.get(TE + "?identity_id=5003").json().at("/meta/total").asInt())
                    .isEqualTo(1);
            assertThat(sb.get(TE + "?project_id=201&team=True")
                            .json()
                            .at("/meta/total")
                            .asInt())
                    .isEqualTo(3);

            // start a timer: not listed unless include_unlogged
            JsonNode timer = sb.post(
                            TE,
                            Sandbox.json("{'time_entry':{'is_logged':false,'started_at':"
                                    + "'2024-06-15T15:00:00Z','project_id':203,'service_id':302,'note':'Timer'}}"))
                    .json()
                    .get("time_entry");
            assertThat(timer.get("is_logged").asBoolean()).isFalse();
            assertThat(timer.get("duration").isNull()).isTrue();
            assertThat(timer.at("/timer/is_running").asBoolean()).isTrue();
            assertThat(timer.get("client_id").asLong())
                    .as("client from the project")
                    .isEqualTo(103);
            assertThat(sb.get(TE).json().at("/meta/total").asInt()).isEqualTo(7);
            assertThat(sb.get(TE + "?include_unlogged=true")
                            .json()
                            .at("/meta/total")
                            .asInt())
                    .isEqualTo(8);

            // stop it with a PUT
            long id = timer.get("id").asLong();
            JsonNode stopped = sb.put(TE + "/" + id, Sandbox.json("{'time_entry':{'is_logged':true,'duration':5400}}"))
                    .json()
                    .get("time_entry");
            assertThat(stopped.get("is_logged").asBoolean()).isTrue();
            assertThat(stopped.get("duration").asLong()).isEqualTo(5400);
            assertThat(stopped.at("/timer/is_running").asBoolean()).isFalse();
            assertThat(sb.get(TE).json().at("/meta/total").asInt()).isEqualTo(8);
            JsonNode project = sb.get("/projects/business/770001/project/203?include_logged_duration=true")
                    .json();
            assertThat(project.at("/project/logged_duration").asLong()).isEqualTo(5 * 3600 + 5400);
            assertThat(project.at("/project/services").findValuesAsText("name")).contains("Development");

            // a timer stopped without a duration gets the time since started_at (clock at 16:00Z)
            long t2 = sb.post(
                            TE, Sandbox.json("{'time_entry':{'is_logged':false,'started_at':'2024-06-15T15:30:00Z'}}"))
                    .json()
                    .at("/time_entry/id")
                    .asLong();
            assertThat(sb.put(TE + "/" + t2, Sandbox.json("{'time_entry':{'is_logged':true}}"))
                            .json()
                            .at("/time_entry/duration")
                            .asLong())
                    .isEqualTo(1800);

            // delete answers 204 and hides the entry
            assertThat(sb.delete(TE + "/" + id).status()).isEqualTo(204);
            assertThat(sb.get(TE).json().at("/meta/total").asInt()).isEqualTo(8);
        }
    }

    @Test
    void should_validate_time_entries(@TempDir Path dir) {
        try (Sandbox sb = Sandbox.start(dir)) {
            Sandbox.Res missing = sb.post(TE, Sandbox.json("{'time_entry':{'note':'x'}}"));
            assertThat(missing.status()).isEqualTo(422);
            assertThat(missing.json().get("errno").asInt()).isEqualTo(2001);
            assertThat(missing.json().at("/error/started_at").asText()).isEqualTo("field required");
            Sandbox.Res nullStart = sb.put(TE + "/6001", Sandbox.json("{'time_entry':{'started_at':null}}"));
            assertThat(nullStart.json().at("/error/started_at").asText()).isEqualTo("none is not an allowed value");
            Sandbox.Res badProject = sb.post(
                    TE,
                    Sandbox.json("{'time_entry':{'started_at':'2024-06-15T10:00:00Z',"
                            + "'duration':60,'project_id':999}}"));
            assertThat(badProject.json().at("/error/project_id").asText()).isEqualTo("Project not found.");
            // null ids clear associations
            JsonNode cleared = sb.put(TE + "/6001", Sandbox.json("{'time_entry':{'project_id':null,'client_id':null}}"))
                    .json()
                    .get("time_entry");
            assertThat(cleared.get("project_id").isNull()).isTrue();
            assertThat(cleared.get("internal").asBoolean()).isTrue();
        }
    }
}
