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
                ## Billing: commission ledger consumer

                Run on %s. Machine: %s, %d cores, %s RAM; load average at start %s; %s.
                Command: `./mvnw -B -Pbenchmark -pl billing-benchmark -am verify -DskipTests`
                (billing-service as its own process `java %s -jar billing-service.jar`, a real Kafka broker and MariaDB 11.4 from
                the local launcher, fresh data; %,d OrderCompleted events on %d providers, after a warm-up of 20,000).

                | what | events | seconds | events/s |
                |---|---:|---:|---:|
                | billing applies OrderCompleted end to end (publish → ledger row, processed mark, CommissionCharged in the outbox) | %,d | %.2f | %,.0f |
                | bare JDBC batch insert of the same ledger rows (batches of 1,000, one commit each) | %,d | %.2f | %,.0f |
                | the same with `rewriteBatchedStatements=true` | %,d | %.2f | %,.0f |

                - Ratio billing / bare insert: **%.2f** (target ≥ 0.5); billing / rewritten bare insert: %.2f.
                - Publishing the events took %.2f s; all CommissionCharged events were relayed to Kafka %.2f s after the first publish.
                - No event applied twice: %,d extra deliveries (1,000 redelivered with the same event id, 1,000 orders published
                  again under a new id) left %,d ledger rows = warm-up + orders, %,d processed OrderCompleted ids, %,d outbox events;
                  fee and share sums equal the expected ones: %s.
                """,
                LocalDate.now(), cpuModel(), Runtime.getRuntime().availableProcessors(), memory(), loadAverage,
                "Java " + System.getProperty("java.version"), String.join(" ", BillingProcess.JVM_OPTIONS),
                orders, 1000,
                orders, billing.applySeconds(), billingRate(),
                orders, bareSeconds, bareRate(),
                orders, bareRewrittenSeconds, bareRewrittenRate(),
                billingRate() / bareRate(), billingRate() / bareRewrittenRate(),
                billing.publishSeconds(), billing.relaySeconds(),
                2_000, billing.ledgerRows(), billing.processedEvents(), billing.outboxEvents(),
                billing.sumsMatch() ? "yes" : "NO");
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
