package dev.fbcli.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The contract comparator itself must be able to fail. */
class ShapeTest {

    @Test
    void should_report_missing_extra_and_retyped_fields() throws Exception {
        var fixture = Sandbox.JSON.readTree(Sandbox.json("{'a':{'b':'1','c':[{'d':1}],'n':null},'e':true}"));
        var actual = Sandbox.JSON.readTree(Sandbox.json("{'a':{'b':1,'c':[{'d':'x'}],'n':{}},'f':true}"));
        assertThat(Shape.diff(fixture, actual, Set.of(), Set.of()))
                .containsExactlyInAnyOrder(
                        "type of a.b: fixture string, sandbox number",
                                "type of a.c[].d: fixture number, sandbox string",
                        "missing: e", "extra: f");
        assertThat(Shape.diff(fixture, actual, Set.of("f"), Set.of("e", "a.b", "a.c")))
                .isEmpty();
    }
}
