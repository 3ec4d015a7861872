package vanban.testserver;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Neo4j Community with Bolt on 127.0.0.1, authentication on, user neo4j with a known
 * password, data under a temporary folder that goes when it stops.
 *
 * <p>Options: --port N (0, the default, takes a free one), --password P, --data DIR (kept
 * after the stop), --stop-on-eof (stop when standard input closes: a test fixture that
 * dies takes the server with it). SIGINT or SIGTERM stop it cleanly. Once it accepts
 * connections it prints one line: {@code vanban-neo4j ready bolt://127.0.0.1:PORT}.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) throws Exception {
        int port = 0;
        String password = "vanban-test-password";
        Path data = null;
        boolean stopOnEof = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--password" -> password = args[++i];
                case "--data" -> data = Path.of(args[++i]);
                case "--stop-on-eof" -> stopOnEof = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (port == 0) {
            try (ServerSocket probe = new ServerSocket(0)) { // the kernel's pick of a free port
                port = probe.getLocalPort();
            }
        }
        boolean temporary = data == null;
        Path home = temporary ? Files.createTempDirectory("vanban-neo4j-") : data;

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 256L * 1024 * 1024)
                // The tests try wrong passwords on purpose: no lock-out after 3 of them.
                .setConfig(GraphDatabaseSettings.auth_max_failed_attempts, 0)
                .build();
        // Embedded code runs with full rights, so it can set the password that a server
        // install sets with `neo4j-admin dbms set-initial-password`.
        dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                Map.of("password", password));

        CountDownLatch stop = new CountDownLatch(1);
        Thread shutdown = new Thread(() -> {
            dbms.shutdown();
            if (temporary) {
                deleteTree(home);
            }
            stop.countDown();
        }, "vanban-neo4j-stop");
        Runtime.getRuntime().addShutdownHook(shutdown);
        if (stopOnEof) {
            Thread watch = new Thread(() -> {
                drain(System.in);
                System.exit(0); // runs the shutdown hook
            }, "vanban-neo4j-stdin");
            watch.setDaemon(true);
            watch.start();
        }
        System.out.println("vanban-neo4j ready bolt://127.0.0.1:" + port + " user neo4j data " + home);
        System.out.flush();
        stop.await();
    }

    private static void drain(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // keep reading until the other end closes
            }
        } catch (IOException ignored) {
            // a broken pipe means the same as end of input
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("vanban-neo4j: could not delete " + root + ": " + e.getMessage());
        }
    }
}
