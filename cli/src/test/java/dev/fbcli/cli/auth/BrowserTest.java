package dev.fbcli.cli.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrowserTest {
    @TempDir
    Path bin;

    private Path program(String name) throws Exception {
        Path p = bin.resolve(name);
        Files.writeString(p, "#!/bin/sh\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
        return p;
    }

    @Test
    void should_use_xdg_open_only_when_there_is_a_display() throws Exception {
        Path xdg = program("xdg-open");
        String path = bin + ":/nonexistent";

        assertThat(Browser.command(Map.of("PATH", path, "DISPLAY", ":0"), "Linux"))
                .containsExactly(xdg.toString());
        assertThat(Browser.command(Map.of("PATH", path, "WAYLAND_DISPLAY", "wayland-0"), "Linux"))
                .containsExactly(xdg.toString());
        assertThat(Browser.command(Map.of("PATH", path), "Linux")).isNull();
        assertThat(Browser.command(Map.of("PATH", "/nonexistent", "DISPLAY", ":0"), "Linux"))
                .isNull();
    }

    @Test
    void should_use_open_on_macos_and_rundll32_on_windows() throws Exception {
        Path open = program("open");

        assertThat(Browser.command(Map.of("PATH", bin.toString()), "Mac OS X")).containsExactly(open.toString());
        assertThat(Browser.command(Map.of(), "Windows 11"))
                .isEqualTo(List.of("rundll32", "url.dll,FileProtocolHandler"));
    }
}
