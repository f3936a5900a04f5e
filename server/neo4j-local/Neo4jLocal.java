// Runs Neo4j Community as an embedded DBMS with the Bolt connector on 127.0.0.1, for machines
// without Docker. Started by ../src/db/neo4jLocal.ts with the JDK's single-file source launcher:
//   java -cp 'lib/*' Neo4jLocal.java <home> <boltPort> <pageCacheMiB>
// It stops cleanly on SIGINT/SIGTERM and when its parent closes stdin, so that a parent that dies
// never leaves an orphan JVM holding the store lock.

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

public class Neo4jLocal {
    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("neo4j-local: usage: Neo4jLocal <home> <boltPort> <pageCacheMiB>");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int boltPort = Integer.parseInt(args[1]);
        long pageCacheMiB = Long.parseLong(args[2]);

        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheMiB * 1024 * 1024)
                    .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(5))
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                    .build();
        } catch (RuntimeException e) {
            System.err.println("neo4j-local: Neo4j did not start: " + rootMessage(e));
            System.exit(1);
            return;
        }

        AtomicBoolean stopped = new AtomicBoolean(false);
        Runnable stop = () -> {
            if (stopped.compareAndSet(false, true)) {
                System.out.println("neo4j-local: shutting down");
                dbms.shutdown();
                System.out.println("neo4j-local: stopped");
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "neo4j-local-shutdown"));

        System.out.println("neo4j-local: ready bolt://127.0.0.1:" + boltPort + " home=" + home);
        System.out.flush();

        // The parent holds our stdin open; EOF means it is gone (or asked us to stop).
        Thread watcher = new Thread(() -> {
            try (InputStream in = System.in) {
                while (in.read() != -1) {
                    // any byte is ignored; only EOF matters
                }
            } catch (IOException ignored) {
                // treated like EOF
            }
            System.exit(0);
        }, "neo4j-local-parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        StringBuilder sb = new StringBuilder(String.valueOf(t.getMessage()));
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            sb.append(" <- ").append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
        }
        return sb.toString();
    }
}
