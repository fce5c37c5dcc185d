package dev.fbcli.sandbox;

import dev.fbcli.sandbox.chaos.FaultSpec;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * A standalone sandbox process for tests and benchmarks: {@code --data-dir D [--port N] [--token T]
 * [--faults SPEC]}. Prints {@code base_url=...} and {@code token=...}, then serves until killed.
 */
public final class SandboxProcessMain {
    private SandboxProcessMain() {}

    public static void main(String[] args) throws Exception {
        SandboxServer.Builder b = SandboxServer.builder();
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--data-dir" -> b.dataDir(Path.of(args[i + 1]));
                case "--port" -> b.port(Integer.parseInt(args[i + 1]));
                case "--token" -> b.accessToken(args[i + 1]);
                case "--faults" -> b.faults(FaultSpec.parse(args[i + 1]));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        SandboxServer server = b.start();
        System.out.println("base_url=" + server.baseUri());
        System.out.println("token=" + server.accessToken());
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
