package dev.fbcli.cli.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.nlp.intent.IntentType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The slot names the CLI asks for are slots of the frame contract, as nlp's IntentType declares it. */
class SlotsTest {
    @Test
    void every_name_is_a_slot_of_the_contract() throws IllegalAccessException {
        Set<String> contract = new HashSet<>();
        for (IntentType t : IntentType.values()) {
            contract.addAll(t.slots().keySet());
        }
        int checked = 0;
        for (Field f : Slots.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                assertThat(contract).as(f.getName()).contains((String) f.get(null));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(8);
    }
}
