package ai.talent.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a service does on Kafka, read from its configuration as it runs in production (no {@code %dev}/{@code %test}
 * keys): the topics its channels read and write and their dead-letter topics, its consumer group, its Kafka Streams
 * application (source topics, id, whether it is transactional), topics it owns ({@code *.topic} settings of its own,
 * like success-predictor's model log), and the topics the root README's event table says it produces or consumes
 * (what its catalogs and keyed-state topologies read and emit, which no channel names).
 */
record KafkaUsage(String service, Set<String> reads, Set<String> writes, Set<String> groups, Set<String> owned,
                  Optional<String> streamsApplicationId, boolean transactional) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");
    private static final Pattern EVENT_ROW = Pattern.compile("^\\|\\s*`([a-z.\\-]+)`[^|]*\\|[^|]*\\|([^|]*)\\|([^|]*)\\|\\s*$");

    static KafkaUsage of(String service) {
        Properties all = Repo.serviceProperties(service);
        Properties p = new Properties();
        for (String key : all.stringPropertyNames()) {
            if (!key.startsWith("%")) {
                p.setProperty(key, all.getProperty(key));
            }
        }
        for (String key : all.stringPropertyNames()) {
            if (key.startsWith("%prod.")) {
                p.setProperty(key.substring("%prod.".length()), all.getProperty(key));
            }
        }
        Set<String> reads = new LinkedHashSet<>();
        Set<String> writes = new LinkedHashSet<>();
        Set<String> groups = new LinkedHashSet<>();
        Set<String> owned = new LinkedHashSet<>();
        for (String key : p.stringPropertyNames()) {
            String value = resolve(p, p.getProperty(key)).trim();
            if (key.matches("mp\\.messaging\\.incoming\\.[^.]+\\.topic")) {
                reads.add(value);
            } else if (key.matches("mp\\.messaging\\.incoming\\.[^.]+\\.dead-letter-queue\\.topic")) {
                writes.add(value);
            } else if (key.matches("mp\\.messaging\\.outgoing\\.[^.]+\\.topic")) {
                writes.add(value);
            } else if (key.matches("mp\\.messaging\\.(connector\\.smallrye-kafka|incoming\\.[^.]+)\\.group\\.id")) {
                groups.add(value);
            } else if (key.equals("quarkus.kafka-streams.topics")) {
                for (String t : value.split(",")) {
                    reads.add(t.trim());
                }
            } else if (key.endsWith(".topic") && !key.startsWith("mp.messaging.")) {
                owned.add(value);
            }
        }
        Optional<String> applicationId = Optional.ofNullable(p.getProperty("quarkus.kafka-streams.application-id"))
                .map(v -> resolve(p, v));
        boolean transactional = p.getProperty("kafka-streams.processing.guarantee", "at_least_once").startsWith("exactly_once");
        KafkaUsage fromConfig = new KafkaUsage(service, reads, writes, groups, owned, applicationId, transactional);
        return fromConfig.withEventTable();
    }

    /** Adds what the README's event table says the service produces and consumes. */
    private KafkaUsage withEventTable() {
        String shortName = service.substring(0, service.indexOf('-'));
        Pattern named = Pattern.compile("\\b" + shortName + "\\b");
        for (String line : readmeLines()) {
            Matcher row = EVENT_ROW.matcher(line);
            if (!row.matches()) {
                continue;
            }
            if (named.matcher(row.group(2)).find()) {
                writes.add(row.group(1));
            }
            if (named.matcher(row.group(3)).find()) {
                reads.add(row.group(1));
            }
        }
        return this;
    }

    private static List<String> readmeLines() {
        try {
            List<String> lines = Files.readAllLines(Repo.root().resolve("README.md"));
            int header = lines.indexOf(lines.stream().filter(l -> l.toLowerCase(Locale.ROOT)
                    .matches("\\|\\s*topic\\s*\\|.*\\|\\s*produced by\\s*\\|\\s*consumed by\\s*\\|")).findFirst()
                    .orElseThrow(() -> new AssertionError("README.md has no event table (| topic | ... | produced by | consumed by |)")));
            return lines.subList(header, lines.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every topic the service touches, in any role. */
    Set<String> topics() {
        Set<String> all = new LinkedHashSet<>(reads);
        all.addAll(writes);
        all.addAll(owned);
        return all;
    }

    /** Expands {@code ${key}} and {@code ${key:default}} against the service's own properties (else the default). */
    static String resolve(Properties p, String value) {
        Matcher m = PLACEHOLDER.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = p.getProperty(m.group(1), m.group(2) == null ? "" : m.group(2));
            m.appendReplacement(out, Matcher.quoteReplacement(resolve(p, replacement)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
