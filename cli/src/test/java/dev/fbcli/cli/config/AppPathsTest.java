package dev.fbcli.cli.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppPathsTest {

    @Test
    void should_move_every_directory_when_fb_home_is_set() {
        AppPaths p = AppPaths.resolve(
                Map.of("FB_HOME", "/tmp/fbh", "XDG_CONFIG_HOME", "/x", "FB_CONFIG_DIR", "/y"), "Linux", "/home/u");

        assertThat(p.config()).isEqualTo(Path.of("/tmp/fbh/config"));
        assertThat(p.data()).isEqualTo(Path.of("/tmp/fbh/data"));
        assertThat(p.state()).isEqualTo(Path.of("/tmp/fbh/state"));
        assertThat(p.cache()).isEqualTo(Path.of("/tmp/fbh/cache"));
    }

    @Test
    void should_follow_xdg_when_set() {
        AppPaths p = AppPaths.resolve(
                Map.of("XDG_CONFIG_HOME", "/c", "XDG_DATA_HOME", "/d", "XDG_STATE_HOME", "/s", "XDG_CACHE_HOME", "/k"),
                "Linux",
                "/home/u");

        assertThat(p).isEqualTo(new AppPaths(Path.of("/c/fb"), Path.of("/d/fb"), Path.of("/s/fb"), Path.of("/k/fb")));
    }

    @Test
    void should_default_under_home_when_nothing_is_set() {
        AppPaths p = AppPaths.resolve(Map.of(), "Linux", "/home/u");

        assertThat(p.config()).isEqualTo(Path.of("/home/u/.config/fb"));
        assertThat(p.data()).isEqualTo(Path.of("/home/u/.local/share/fb"));
        assertThat(p.state()).isEqualTo(Path.of("/home/u/.local/state/fb"));
        assertThat(p.cache()).isEqualTo(Path.of("/home/u/.cache/fb"));
    }

    @Test
    void should_prefer_fb_config_dir_then_appdata_on_windows() {
        assertThat(AppPaths.resolve(Map.of("FB_CONFIG_DIR", "/cfg"), "Linux", "/h")
                        .config())
                .isEqualTo(Path.of("/cfg"));
        assertThat(AppPaths.resolve(Map.of("APPDATA", "/appdata"), "Windows 11", "/h")
                        .config())
                .isEqualTo(Path.of("/appdata/fb"));
    }
}
