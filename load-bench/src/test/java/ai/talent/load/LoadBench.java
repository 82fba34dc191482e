package ai.talent.load;

import ai.talent.domain.event.Topics;
import ai.talent.load.Mixes.ServiceMix;
import ai.talent.load.http.Call;
import ai.talent.load.http.Latencies;
import ai.talent.load.http.OpenLoop;
import ai.talent.load.http.Outcomes;
import ai.talent.load.http.Overload;
import ai.talent.load.http.RateStepper;
import ai.talent.load.http.StepResult;
import ai.talent.load.suite.Lag;
import ai.talent.load.suite.Metrics;
import ai.talent.load.suite.Suite;
import ai.talent.service.testing.ServiceProcess;
import ai.talent.sim.LivePublisher;
import ai.talent.sim.Marketplace;
import ai.talent.sim.Progress;
import ai.talent.sim.SimConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code ./talent bench load}: starts a broker and the four packaged services on free ports, fills them with a
 * simulated marketplace, then per service finds the open-loop request rate at which its p99 target holds (beside the
 * same stepping of its {@code /q/health/live} in the same JVM), runs every REST API once at a low rate, saturates it
 * and reports how it refuses; sends bursts to every input topic and follows the consumer lag until it drains; runs a
 * steady mixed soak sampling heap-after-GC, RSS and lag; and ends with one JSON line of the figures.
 */
public final class LoadBench {

    static final String USAGE = """
            usage: ./talent bench load [--quick] [--seconds S] [--soak-minutes M] [--services a,b] [--events N]
                                       [--freelancers N] [--projects N] [--learners N] [--set KEY=VALUE]...
                                       [--jvm OPTION]... [--soak-only] [--soak-rate R] [--soak-warmup M]
              --quick          short everything: 1 s rate steps, 300 events per topic, a 1-minute soak sampled every
                               20 s, a smaller marketplace (150 freelancers, 40 projects, 20 learners)
              --seconds S      seconds per rate step, per overload run and per endpoint pass (default 5; quick 1)
              --soak-minutes M steady mixed load for M minutes, sampled each minute (default 10; quick 1; 0 skips it)
              --services LIST  matching,search,success,tutoring (default all four)
              --events N       events per input topic in the event bursts (default 2000; quick 300)
              --freelancers, --projects, --learners   the simulated marketplace published first
                                                      (default 400, 100, 40)
              --set KEY=VALUE  a configuration property for every service started, e.g.
                               --set talent.http.max-in-flight=4 (repeatable; printed with the figures)
              --jvm OPTION     a JVM option for every service started (repeatable), e.g.
                               --jvm -XX:NativeMemoryTracking=summary: the soak then takes an NMT baseline when it
                               starts, samples NMT's committed total with RSS and writes each service's
                               summary.diff to target/load-bench/<service>-nmt-diff.txt
              --soak-only      fill, then soak: no rate stepping, API pass, overload or event bursts
              --soak-rate R    req/s per service in the soak: one number for all, or per service as
                               matching=20,tutoring=2 (default its rate at the p99 target measured alone, halved
                               and divided by the number of services soaked together, 1-100; with --soak-only,
                               where no rate is found, 1)
              --soak-warmup M  minutes of the same soak load before its baseline (default 3; quick 1; 0: none):
                               the JIT's code cache and Metaspace fill first, so the soak's slopes show growth
                               that goes on; each slope is also given for the first and the second half
            The services inherit the environment, e.g. MALLOC_ARENA_MAX=2 ./talent bench load ... .
            Everything runs on loopback: a broker and the services on free ports, state in a temporary folder,
            logs under target/load-bench/. Figures: readable lines, then one JSON line (also
            target/reports/bench-load.json).""";

    private final Options options;
    private final Map<String, Object> figures = new LinkedHashMap<>();

    private LoadBench(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("bench load: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        if (options == null) {
            System.out.println(USAGE);
            return;
        }
        new LoadBench(options).run();
        // the HTTP client's and Kafka's non-daemon threads must not keep the JVM alive
        System.exit(0);
    }

    private void run() throws Exception {
        Path root = Path.of("").toAbsolutePath();
        Path logs = root.resolve("target/load-bench");
        SimConfig config = SimConfig.of(options.freelancers, options.projects, options.learners, 42)
                .withAttemptsPerLearner(20);
        Marketplace market = new Marketplace(config);
        Mixes mixes = new Mixes(market);
        List<ServiceMix> selected = mixes.all().stream().filter(m -> options.services.contains(m.key())).toList();
        List<String> names = selected.stream().map(ServiceMix::service).toList();
        say("load bench: %s; %d s steps, %d events per topic, soak %d min; machine: %d cores, load average %.1f",
                String.join(", ", names), options.seconds, options.events, options.soakMinutes,
                Runtime.getRuntime().availableProcessors(), loadAverage());
        if (!options.properties.isEmpty()) {
            say("service configuration overrides: %s", options.properties);
            options.properties.forEach((k, v) -> figures.put("config." + k, v));
        }
        long t0 = System.nanoTime();
        if (!options.jvmOptions.isEmpty()) {
            say("service JVM options: %s", options.jvmOptions);
            figures.put("config.jvm", String.join(" ", options.jvmOptions));
        }
        String arenas = System.getenv("MALLOC_ARENA_MAX");
        if (arenas != null) {
            say("services inherit MALLOC_ARENA_MAX=%s", arenas);
            figures.put("config.malloc_arena_max", arenas);
        }
        try (Suite suite = Suite.start(root, names, logs, options.properties, options.jvmOptions);
             Lag lag = new Lag(suite.bootstrapServers());
             OpenLoop loop = new OpenLoop(Duration.ofSeconds(10))) {
            say("started a broker and %d services in %.0f s (logs: %s)", names.size(), seconds(t0), logs);
            fill(suite, market, lag, names);
            if (!options.soakOnly) {
                for (ServiceMix mix : selected) {
                    rest(suite.service(mix.service()), mix, loop);
                }
                events(suite, market, mixes, lag, names);
            }
            if (options.soakMinutes > 0) {
                soak(suite, selected, market, mixes, lag, logs);
            }
        }
        figures.put("bench.seconds", Math.round(seconds(t0)));
        String json = json(figures);
        Path report = root.resolve("target/reports/bench-load.json");
        Files.createDirectories(report.getParent());
        Files.writeString(report, json + "\n");
        System.out.println(json);
    }

    // ------------------------------------------------------------------------------------------------ fill

    private void fill(Suite suite, Marketplace market, Lag lag, List<String> names) {
        long start = System.nanoTime();
        long sent;
        try (LivePublisher publisher = new LivePublisher(LivePublisher.kafkaProducer(suite.bootstrapServers()), 0,
                Long.MAX_VALUE)) {
            sent = publisher.replay(market, Progress.silent());
        }
        double drained = lag.awaitDrained(names, Lag.INPUT_TOPICS, Duration.ofMinutes(5), Duration.ofSeconds(1),
                (l, s) -> { });
        for (String name : names) {
            awaitCatalogs(suite.service(name), Duration.ofMinutes(5));
        }
        say("filled: %,d simulated events (%d freelancers, %d projects, %d learners) taken in by every service in "
                        + "%.0f s (group lag 0 after %.0f s, catalogs caught up)", sent, market.config().freelancers(),
                market.config().projects(), market.config().learners(), seconds(start), drained);
        figures.put("fill.events", sent);
        figures.put("fill.seconds", Math.round(seconds(start)));
        for (String name : names) {
            figures.put(key(name) + ".rss_mb.filled", Metrics.residentMegabytes(suite.service(name).pid()));
        }
    }

    private static void awaitCatalogs(ServiceProcess service, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            double lag = Metrics.scrape(service.url(), "talent_catalog_lag");
            if (Double.isNaN(lag) || lag == 0) {
                return;
            }
            sleep(500);
        }
    }

    // ------------------------------------------------------------------------------------------------ REST

    private void rest(ServiceProcess service, ServiceMix mix, OpenLoop loop) {
        String k = mix.key();
        say("");
        say("== %s: p99 target %.0f ms for %s (%s)", mix.service(), mix.p99TargetMillis(), mix.primary().name(),
                mix.targetSource());
        figures.put(k + ".p99_target_ms", mix.p99TargetMillis());
        RateStepper stepper = new RateStepper(loop);
        RateStepper.Plan plan = new RateStepper.Plan(1, 2, options.quick ? 400 : 1_000, options.quick ? 1 : 2,
                Duration.ofSeconds(options.seconds), 100_000, options.quick ? 8 : 20);
        RateStepper.Result result = stepper.search(service.url(), List.of(mix.primary()), mix.p99TargetMillis(), plan,
                step -> say("  %-32s %7.1f req/s  p50 %7.1f ms  p99 %8.1f ms  %s", mix.primary().name(),
                        step.result().rate(), step.result().total().allMillis(0.5), step.p99Millis(),
                        step.passed() ? "ok" : "over: " + step.why()));
        Call health = Call.get("/q/health/live");
        RateStepper.Result reference = stepper.search(service.url(), List.of(health), mix.p99TargetMillis(), plan,
                step -> { });
        double ratio = reference.bestRate() > 0 ? result.bestRate() / reference.bestRate() : Double.NaN;
        say("  throughput at p99 <= %.0f ms: %.1f req/s%s; reference /q/health/live in the same JVM: %.1f req/s%s "
                        + "(ratio %.3f)", mix.p99TargetMillis(), result.bestRate(), result.hitMaxRate() ? " (the cap)" : "",
                reference.bestRate(), reference.hitMaxRate() ? " (the cap)" : "", ratio);
        figures.put(k + ".rate_at_p99_target", round(result.bestRate()));
        if (result.best() != null) {
            figures.put(k + ".p99_ms_at_rate", round(result.best().total().allMillis(0.99)));
            figures.put(k + ".p50_ms_at_rate", round(result.best().total().allMillis(0.5)));
        }
        // On a machine too busy for even the first step to pass, the p99s of the first (1 req/s) steps compare.
        double firstP99 = result.steps().getFirst().p99Millis();
        double firstHealthP99 = reference.steps().getFirst().p99Millis();
        say("  at 1 req/s: p99 %.1f ms; reference /q/health/live p99 %.1f ms (ratio %.1f)", firstP99, firstHealthP99,
                firstP99 / firstHealthP99);
        figures.put(k + ".p99_ms_at_1rps", round(firstP99));
        figures.put(k + ".reference.health_p99_ms_at_1rps", round(firstHealthP99));
        figures.put(k + ".reference.health_rate_at_p99_target", round(reference.bestRate()));
        figures.put(k + ".reference.rate_ratio", round(ratio));
        figures.put(k + ".rate_capped", result.hitMaxRate());

        // Every REST API once at a modest rate: latency and answers of each.
        double each = Math.max(1, Math.min(10, result.bestRate() / 2));
        say("  every /v1 API at %.1f req/s for %d s each:", each, options.seconds);
        long unexpected = 0;
        for (Call call : mix.all()) {
            StepResult r = loop.run(service.url(), List.of(call), each, Duration.ofSeconds(options.seconds), 10_000);
            Outcomes.Summary t = r.total();
            say("    %-40s p50 %7.1f ms  p99 %8.1f ms  %s%s", call.name(), t.allMillis(0.5), t.allMillis(0.99),
                    t.statuses(), t.timeouts() + t.failed() > 0 ? " timeouts " + t.timeouts() + " failures "
                            + t.failures() : "");
            String e = k + ".api." + call.name().replaceAll("[^A-Za-z0-9/{}]+", "_").replaceAll("_+$", "");
            figures.put(e + ".p99_ms", round(t.allMillis(0.99)));
            unexpected += t.serverErrors() + t.timeouts() + t.failed();
        }
        figures.put(k + ".api.unexpected", unexpected);

        // Overload: well beyond the rate the service sustains.
        double over = Math.max(100, 4 * result.bestRate());
        Duration overloadFor = Duration.ofSeconds(Math.max(2, options.seconds));
        // Reference: the unlimited /q/health/live of the same JVM at 5 req/s meanwhile, how long any answer takes.
        var healthMeanwhile = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> loop.run(service.url(), List.of(health), 5, overloadFor, 1_000));
        Overload.Report o = new Overload(loop).run(service.url(), List.of(mix.primary()), over, overloadFor, 20_000);
        double healthP99 = healthMeanwhile.join().total().allMillis(0.99);
        say("  overload at %.0f req/s: %d sent, %.1f %% refused (429/503), refusal p50 %.1f / p99 %.1f ms, served %d "
                        + "(p99 %.0f ms), other 5xx %d, timeouts %d, failures %d, refusals without Retry-After %d%s",
                over, o.sent(), 100 * o.refusedShare(), o.refusalP50Millis(), o.refusalP99Millis(), o.served(),
                o.servedP99Millis(), o.otherServerErrors(), o.timeouts(), o.failures(), o.refusedWithoutRetryAfter(),
                o.clean() ? "" : "  <- NOT CLEAN");
        say("    reference meanwhile: /q/health/live (not limited) p99 %.1f ms; the generator sent its requests in %.2f s "
                + "(planned %.2f s)", healthP99, o.sendSeconds(), o.plannedSeconds());
        figures.put(k + ".overload.generator_send_s", round(o.sendSeconds()));
        figures.put(k + ".overload.reference.health_p99_ms", round(healthP99));
        figures.put(k + ".overload.rate", round(over));
        figures.put(k + ".overload.refused_share", round(o.refusedShare()));
        figures.put(k + ".overload.refusal_p99_ms", round(o.refusalP99Millis()));
        figures.put(k + ".overload.served_p99_ms", round(o.servedP99Millis()));
        figures.put(k + ".overload.other_5xx", o.otherServerErrors());
        figures.put(k + ".overload.timeouts", o.timeouts());
        figures.put(k + ".overload.failures", o.failures());
        figures.put(k + ".overload.refused_without_retry_after", o.refusedWithoutRetryAfter());
        figures.put(k + ".rss_mb", Metrics.residentMegabytes(service.pid()));
        figures.put(k + ".heap_after_gc_mb", round(Metrics.scrape(service.url(), "jvm_gc_live_data_size_bytes") / 1e6));
        figures.put(k + ".heap_used_mb", round(Metrics.scrape(service.url(), "jvm_memory_used_bytes", "area=\"heap\"")
                / 1e6));
        say("  resident memory with its models loaded and used: %d MB (heap live after GC %.0f MB)",
                Metrics.residentMegabytes(service.pid()), Metrics.scrape(service.url(), "jvm_gc_live_data_size_bytes") / 1e6);
    }

    // ------------------------------------------------------------------------------------------------ events

    private void events(Suite suite, Marketplace market, Mixes mixes, Lag lag, List<String> names) {
        say("");
        say("== events: %d per input topic, sent as fast as the broker acknowledges (acks=all)", options.events);
        try (EventLoad load = new EventLoad(suite.bootstrapServers(), market, mixes)) {
            for (String topic : Lag.INPUT_TOPICS) {
                load.burst(topic, 1); // the producer's first send to a topic fetches its metadata: not timed
                lag.awaitDrained(names, List.of(topic), Duration.ofSeconds(30), Duration.ofMillis(500), (l, s) -> { });
                double rate = load.burst(topic, options.events);
                List<String> timeline = new ArrayList<>();
                long[] max = {0};
                double drained = lag.awaitDrained(names, List.of(topic), Duration.ofMinutes(options.quick ? 2 : 5),
                        Duration.ofMillis(500), (l, s) -> {
                            max[0] = Math.max(max[0], l);
                            if (timeline.size() < 12 || l == 0) {
                                timeline.add(String.format(Locale.ROOT, "%.1fs:%d", s, l));
                            }
                        });
                say("  %-16s producer %,8.0f events/s; consumer lag (all groups) %s; drained in %s", topic, rate,
                        String.join(" ", timeline), drained < 0 ? "NOT within the limit" : String.format(Locale.ROOT,
                                "%.1f s", drained));
                String k = "events." + topic;
                figures.put(k + ".producer_rate", round(rate));
                figures.put(k + ".max_lag", max[0]);
                figures.put(k + ".drain_s", round(drained));
                figures.put(k + ".consume_rate", drained > 0 ? round(options.events / drained) : null);
            }
            if (names.contains("matching-service")) {
                long[] latencies = load.recommendationLatencies(suite.bootstrapServers());
                double p50 = Latencies.quantileMillis(latencies, 0.5) * 1000;
                double p99 = Latencies.quantileMillis(latencies, 0.99) * 1000;
                say("  project.posted -> match.recommended: %d answered, p50 %.0f ms, p99 %.0f ms (target p99 <= 500 ms"
                        + " from consumption; this is from sending, queueing behind the burst included)",
                        latencies.length, p50, p99);
                figures.put("matching.match_recommended.count", latencies.length);
                figures.put("matching.match_recommended.p50_ms", round(p50));
                figures.put("matching.match_recommended.p99_ms", round(p99));
                figures.put("matching.match_recommended.p99_target_ms", 500);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ soak

    private void soak(Suite suite, List<ServiceMix> mixes, Marketplace market, Mixes ids, Lag lag, Path logs)
            throws Exception {
        Duration interval = options.quick ? Duration.ofSeconds(20) : Duration.ofMinutes(1);
        int samples = (int) Math.max(1, Duration.ofMinutes(options.soakMinutes).toSeconds() / interval.toSeconds());
        List<String> names = mixes.stream().map(ServiceMix::service).toList();
        Map<String, Double> rates = new LinkedHashMap<>();
        for (ServiceMix mix : mixes) {
            Object found = figures.get(mix.key() + ".rate_at_p99_target");
            double best = found instanceof Number n ? n.doubleValue() : 1;
            Integer fixed = options.soakRates.getOrDefault(mix.key(), options.soakRates.get("*"));
            rates.put(mix.service(), fixed != null ? fixed : soakRate(best, mixes.size()));
        }
        Map<String, Double> consumeRates = new LinkedHashMap<>();
        for (String topic : Lag.INPUT_TOPICS) {
            if (figures.get("events." + topic + ".consume_rate") instanceof Number r) {
                consumeRates.put(topic, r.doubleValue());
            }
        }
        int eventsPerSecond = soakEventRate(consumeRates, options.quick);
        figures.put("soak.events_per_s", eventsPerSecond);
        say("");
        say("== soak: %d x %d s of steady mixed load (every /v1 API; each service's rate at its p99 target measured "
                + "alone, halved and shared by the %d services on this machine: %s) and %d events/s over the input "
                + "topics", samples, interval.toSeconds(), mixes.size(), rates, eventsPerSecond);
        Map<String, List<double[]>> heap = new LinkedHashMap<>();
        Map<String, List<double[]>> rss = new LinkedHashMap<>();
        Map<String, List<double[]>> anon = new LinkedHashMap<>();
        Map<String, List<double[]>> file = new LinkedHashMap<>();
        Map<String, List<double[]>> nmt = new LinkedHashMap<>();
        Map<String, List<double[]>> direct = new LinkedHashMap<>();
        Map<String, List<double[]>> outsideHeap = new LinkedHashMap<>();
        Map<String, Boolean> tracked = new LinkedHashMap<>();
        Map<String, Map<String, long[]>> histograms = new LinkedHashMap<>();
        names.forEach(n -> {
            heap.put(n, new ArrayList<>());
            rss.put(n, new ArrayList<>());
            anon.put(n, new ArrayList<>());
            file.put(n, new ArrayList<>());
            nmt.put(n, new ArrayList<>());
            direct.put(n, new ArrayList<>());
            outsideHeap.put(n, new ArrayList<>());
        });
        List<Long> lags = new ArrayList<>();
        long[] counts = new long[4];
        ExecutorService pool = Executors.newFixedThreadPool(mixes.size() + 1);
        try (EventLoad events = new EventLoad(suite.bootstrapServers(), market, ids)) {
            // The same load before the baseline: the JIT's code cache, Metaspace and the models' lazily loaded
            // parts fill during the first minutes whatever the load; a leak keeps growing after them.
            int warmups = (int) (Duration.ofMinutes(options.soakWarmupMinutes).toSeconds() / interval.toSeconds());
            long warmupStart = System.nanoTime();
            for (int w = 0; w < warmups; w++) {
                long[] ignored = new long[4];
                soakSlice(pool, suite, mixes, rates, events, eventsPerSecond, interval, ignored);
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  warm-up %d/%d (%.1f min)",
                        w + 1, warmups, seconds(warmupStart) / 60));
                for (String n : names) {
                    line.append(String.format(Locale.ROOT, " | %s RSS %d MB", key(n),
                            Metrics.residentMegabytes(suite.service(n).pid())));
                }
                say("%s", line);
            }
            figures.put("soak.warmup_minutes", options.soakWarmupMinutes);
            // NMT's baseline at the soak's start: the diff at its end is what the soak grew inside the JVM
            names.forEach(n -> tracked.put(n, Metrics.nativeMemory(suite.service(n).pid(), "baseline") != null));
            // and the live heap by class, to name what grew if the heap after GC does
            names.forEach(n -> histograms.put(n, Metrics.classHistogram(suite.service(n).pid())));
            long start = System.nanoTime();
            for (int s = 0; s < samples; s++) {
                soakSlice(pool, suite, mixes, rates, events, eventsPerSecond, interval, counts);
                double minute = seconds(start) / 60;
                long l = lag.total(names, Lag.INPUT_TOPICS);
                lags.add(l);
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %5.1f min  load %4.1f  lag %5d ",
                        minute, loadAverage(), l));
                for (String n : names) {
                    ServiceProcess p = suite.service(n);
                    double h = Metrics.scrape(p.url(), "jvm_gc_live_data_size_bytes") / 1e6;
                    long r = Metrics.residentMegabytes(p.pid());
                    long a = Metrics.statusMegabytes(p.pid(), "RssAnon");
                    long f = Metrics.statusMegabytes(p.pid(), "RssFile");
                    heap.get(n).add(new double[] {minute, h});
                    rss.get(n).add(new double[] {minute, r});
                    anon.get(n).add(new double[] {minute, a});
                    file.get(n).add(new double[] {minute, f});
                    // direct ByteBuffers (DJL copies arrays in and out through them) are freed only when collected
                    double d = Metrics.scrape(p.url(), "jvm_buffer_memory_used_bytes", "id=\"direct\"") / 1e6;
                    direct.get(n).add(new double[] {minute, d});
                    // G1 commits heap in steps and gives it back: anonymous memory less the committed heap is what
                    // grows outside it (native libraries, malloc, metaspace, code, stacks)
                    double committed = Metrics.scrape(p.url(), "jvm_memory_committed_bytes", "area=\"heap\"") / 1e6;
                    outsideHeap.get(n).add(new double[] {minute, a - committed});
                    line.append(String.format(Locale.ROOT, " | %s heap-after-GC %.0f MB RSS %d MB (anon %d, file %d) "
                            + "heap committed %.0f MB direct buffers %.0f MB", key(n), h, r, a, f, committed, d));
                    if (tracked.get(n)) {
                        double c = Metrics.nmtCommittedMegabytes(Metrics.nativeMemory(p.pid(), "summary", "scale=KB"));
                        nmt.get(n).add(new double[] {minute, c});
                        line.append(String.format(Locale.ROOT, " NMT committed %.0f MB", c));
                    }
                }
                say("%s", line);
            }
            for (String n : names) {
                List<String> grown = Metrics.largestGrowth(histograms.get(n),
                        Metrics.classHistogram(suite.service(n).pid()), 5);
                say("  %-18s live heap by class, largest growth over the soak: %s", n,
                        grown.isEmpty() ? "none" : String.join("; ", grown));
                figures.put(key(n) + ".soak.heap_growth_top", grown.isEmpty() ? null : grown.get(0));
            }
        } finally {
            pool.shutdownNow();
        }
        long served = counts[0];
        long unexpected = counts[1];
        long timeouts = counts[2];
        long refused = counts[3];
        // After the load: where the lag stands, then whether it only falls (no growth once the load stops) and when
        // it is back to 0, followed long enough for a backlog the soak left to drain at the consumers' pace.
        Map<String, Map<String, Long>> atStop = lag.byServiceAndTopic(names);
        List<String> behind = new ArrayList<>();
        atStop.forEach((service, topics) -> topics.forEach((topic, n) -> {
            if (n > 0) {
                behind.add(key(service) + "/" + topic + " " + n);
            }
        }));
        Duration limit = options.quick ? Duration.ofMinutes(2) : Duration.ofMinutes(10);
        List<Long> after = new ArrayList<>();
        List<String> timeline = new ArrayList<>();
        double drained = lag.awaitDrained(names, Lag.INPUT_TOPICS, limit, Duration.ofSeconds(options.quick ? 2 : 10),
                (l, s) -> {
                    after.add(l);
                    timeline.add(String.format(Locale.ROOT, "%.0fs:%d", s, l));
                });
        long atStopTotal = after.isEmpty() ? 0 : after.get(0);
        say("  after the load stopped: lag %d (%s); %s", atStopTotal, behind.isEmpty() ? "none" : String.join(", ", behind),
                String.join(" ", timeline));
        say("  lag back to 0 in %s; largest rise between two samples after the stop %d; %,d requests served, %d refused "
                + "(429/503), %d 5xx/timeouts/failures of which %d timeouts", drained < 0
                ? "NOT within " + limit.toMinutes() + " min (" + after.get(after.size() - 1) + " left)"
                : String.format(Locale.ROOT, "%.1f s (%.0f events/s)", drained, drained > 0 ? atStopTotal / drained : 0),
                largestRise(after), served, refused, unexpected, timeouts);
        figures.put("soak.lag_at_stop", atStopTotal);
        figures.put("soak.lag_after_stop_max_rise", largestRise(after));
        figures.put("soak.lag_after_stop_left", after.isEmpty() ? 0 : after.get(after.size() - 1));
        figures.put("soak.refused", refused);
        figures.put("soak.timeouts", timeouts);
        figures.put("soak.minutes", options.soakMinutes);
        figures.put("soak.served", served);
        figures.put("soak.unexpected", unexpected);
        figures.put("soak.lag_max", lags.stream().mapToLong(Long::longValue).max().orElse(0));
        figures.put("soak.lag_after_stop_drain_s", round(drained));
        for (String n : names) {
            double hs = slope(heap.get(n));
            double rs = slope(rss.get(n));
            double as = slope(anon.get(n));
            double fs = slope(file.get(n));
            double ds = slope(direct.get(n));
            say("  %-18s heap-after-GC slope %+.2f MB/min, RSS slope %+.2f MB/min (anonymous %+.2f, file-backed "
                    + "%+.2f; direct buffers %+.2f; least squares over %d samples)", n, hs, rs, as, fs, ds,
                    heap.get(n).size());
            // a plateau's slope falls from the first half to the second; a leak's does not
            double[] rh = halves(rss.get(n));
            double[] ah = halves(anon.get(n));
            say("  %-18s RSS slope first half %+.2f, second half %+.2f MB/min (anonymous %+.2f, %+.2f)", n,
                    rh[0], rh[1], ah[0], ah[1]);
            double outsideSlope = slope(outsideHeap.get(n));
            double[] oh = halves(outsideHeap.get(n));
            say("  %-18s anonymous memory outside the committed heap: slope %+.2f MB/min (first half %+.2f, second "
                    + "half %+.2f)", n, outsideSlope, oh[0], oh[1]);
            figures.put(key(n) + ".soak.anon_outside_heap_slope_mb_per_min", round(outsideSlope));
            figures.put(key(n) + ".soak.anon_outside_heap_slope_first_half_mb_per_min", round(oh[0]));
            figures.put(key(n) + ".soak.anon_outside_heap_slope_second_half_mb_per_min", round(oh[1]));
            figures.put(key(n) + ".soak.rss_slope_first_half_mb_per_min", round(rh[0]));
            figures.put(key(n) + ".soak.rss_slope_second_half_mb_per_min", round(rh[1]));
            figures.put(key(n) + ".soak.rss_anon_slope_first_half_mb_per_min", round(ah[0]));
            figures.put(key(n) + ".soak.rss_anon_slope_second_half_mb_per_min", round(ah[1]));
            figures.put(key(n) + ".soak.direct_buffers_slope_mb_per_min", round(ds));
            figures.put(key(n) + ".soak.heap_after_gc_slope_mb_per_min", round(hs));
            figures.put(key(n) + ".soak.rss_slope_mb_per_min", round(rs));
            figures.put(key(n) + ".soak.rss_anon_slope_mb_per_min", round(as));
            figures.put(key(n) + ".soak.rss_file_slope_mb_per_min", round(fs));
            if (tracked.get(n)) {
                double ns = slope(nmt.get(n));
                // per sample, so that the heap G1 commits or gives back does not blur the native figure
                List<double[]> outside = new ArrayList<>();
                for (int i = 0; i < nmt.get(n).size(); i++) {
                    outside.add(new double[] {anon.get(n).get(i)[0], anon.get(n).get(i)[1] - nmt.get(n).get(i)[1]});
                }
                double os = slope(outside);
                double[] nh = halves(nmt.get(n));
                say("  %-18s NMT committed slope first half %+.2f, second half %+.2f MB/min", n, nh[0], nh[1]);
                figures.put(key(n) + ".soak.nmt_committed_slope_first_half_mb_per_min", round(nh[0]));
                figures.put(key(n) + ".soak.nmt_committed_slope_second_half_mb_per_min", round(nh[1]));
                String diff = Metrics.nativeMemory(suite.service(n).pid(), "summary.diff", "scale=KB");
                Path out = logs.resolve(n + "-nmt-diff.txt");
                Files.writeString(out, diff == null ? "" : diff);
                say("  %-18s NMT committed slope %+.2f MB/min; anonymous RSS minus NMT committed (what the JVM does "
                        + "not allocate itself: libtorch, ONNX Runtime, RocksDB, malloc arenas) %+.2f MB/min; diff: %s",
                        n, ns, os, out);
                figures.put(key(n) + ".soak.nmt_committed_slope_mb_per_min", round(ns));
                figures.put(key(n) + ".soak.outside_nmt_slope_mb_per_min", round(os));
            }
            figures.put(key(n) + ".soak.rss_mb_end", Metrics.residentMegabytes(suite.service(n).pid()));
        }
    }

    /** One slice of the soak's load; adds served, unexpected, timeouts and refused to {@code counts}. */
    private static void soakSlice(ExecutorService pool, Suite suite, List<ServiceMix> mixes, Map<String, Double> rates,
                                  EventLoad events, int eventsPerSecond, Duration interval, long[] counts)
            throws Exception {
        List<Future<StepResult>> running = new ArrayList<>();
        List<OpenLoop> loops = new ArrayList<>();
        for (ServiceMix mix : mixes) {
            OpenLoop l = new OpenLoop(Duration.ofSeconds(10));
            loops.add(l);
            running.add(pool.submit(() -> l.run(suite.service(mix.service()).url(), mix.all(),
                    rates.get(mix.service()), interval, Long.MAX_VALUE)));
        }
        Future<?> trickle = pool.submit(() -> trickle(events, eventsPerSecond, interval));
        for (Future<StepResult> f : running) {
            Outcomes.Summary t = f.get().total();
            counts[0] += t.ok().length;
            counts[1] += t.serverErrors() + t.timeouts() + t.failed();
            counts[2] += t.timeouts();
            counts[3] += t.refused().length;
        }
        trickle.get();
        loops.forEach(OpenLoop::close);
    }

    /**
     * A service's request rate in the soak: its rate at the p99 target measured alone, halved, and shared by the
     * services the soak runs on the same machine (each measured alone had the cores to itself; together at half of
     * each, the consumers fell ever further behind), between 1 and 100 req/s.
     */
    static double soakRate(double aloneAtTarget, int services) {
        return Math.max(1, Math.min(100, aloneAtTarget / 2 / Math.max(1, services)));
    }

    /** The soak's event mix by topic (as {@link #trickle} sends it). */
    /**
     * The order {@link #trickle} sends in, over and over: profile updates and attempts mostly; a few new projects and
     * awards (each answered by an event).
     */
    private static final List<String> TRICKLE_ORDER = List.of(Topics.PROJECTS, Topics.CONTRACTS, Topics.FREELANCERS,
            Topics.FREELANCERS, Topics.FREELANCERS, Topics.LEARNING_EVENTS, Topics.LEARNING_EVENTS,
            Topics.LEARNING_EVENTS, Topics.LEARNING_EVENTS, Topics.LEARNING_EVENTS);
    static final Map<String, Double> TRICKLE_MIX = TRICKLE_ORDER.stream().collect(java.util.stream.Collectors
            .groupingBy(t -> t, java.util.stream.Collectors.summingDouble(t -> 1.0 / TRICKLE_ORDER.size())));

    /**
     * Events per second in the soak: a quarter of the machine's event capacity at the trickle's mix, from each
     * topic's consumption rate measured alone in the event bursts (each event of a topic costs the machine 1/rate
     * seconds), so that with the requests (half of it) consumers keep up; 20 (quick 10) when a rate is missing
     * (--soak-only, or a burst that did not drain). A fixed 40 events/s had outrun the consumers beside the requests.
     */
    static int soakEventRate(Map<String, Double> consumeRates, boolean quick) {
        double secondsPerEvent = 0;
        for (Map.Entry<String, Double> mix : TRICKLE_MIX.entrySet()) {
            Double rate = consumeRates.get(mix.getKey());
            if (rate == null || !(rate > 0)) {
                return quick ? 10 : 20;
            }
            secondsPerEvent += mix.getValue() / rate;
        }
        return (int) Math.max(4, Math.min(200, Math.round(0.25 / secondsPerEvent)));
    }

    /** The largest rise from one sample to the next (0 when the samples never rise). */
    static long largestRise(List<Long> samples) {
        long rise = 0;
        for (int i = 1; i < samples.size(); i++) {
            rise = Math.max(rise, samples.get(i) - samples.get(i - 1));
        }
        return rise;
    }

    /**
     * The least-squares slopes of the first and the second half of the samples (the middle sample in both when
     * their number is odd); NaN for a half of fewer than two samples.
     */
    static double[] halves(List<double[]> points) {
        int mid = points.size() / 2;
        List<double[]> first = points.subList(0, Math.min(points.size(), mid + 1));
        List<double[]> second = points.subList(mid, points.size());
        return new double[] {slope(first), slope(second)};
    }

    private static void trickle(EventLoad events, int perSecond, Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        int k = 0;
        while (System.nanoTime() < end) {
            long tick = System.nanoTime();
            for (int i = 0; i < perSecond; i++) {
                events.send(events.next(TRICKLE_ORDER.get(k++ % TRICKLE_ORDER.size())));
            }
            events.flush();
            long rest = 1_000_000_000L - (System.nanoTime() - tick);
            if (rest > 0) {
                sleep(rest / 1_000_000);
            }
        }
    }

    /** Least-squares slope of y over x ({x, y} pairs); NaN with fewer than two points. */
    static double slope(List<double[]> points) {
        List<double[]> valid = points.stream().filter(p -> !Double.isNaN(p[1]) && p[1] >= 0).toList();
        int n = valid.size();
        if (n < 2) {
            return Double.NaN;
        }
        double mx = valid.stream().mapToDouble(p -> p[0]).average().orElse(0);
        double my = valid.stream().mapToDouble(p -> p[1]).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        for (double[] p : valid) {
            sxy += (p[0] - mx) * (p[1] - my);
            sxx += (p[0] - mx) * (p[0] - mx);
        }
        return sxx == 0 ? Double.NaN : sxy / sxx;
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static String key(String service) {
        return switch (service) {
            case "matching-service" -> "matching";
            case "search-service" -> "search";
            case "success-predictor" -> "success";
            case "tutoring-service" -> "tutoring";
            default -> service;
        };
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static Object round(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return null;
        }
        return Math.round(v * 1000) / 1000.0;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void say(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
        System.out.flush();
    }

    static String json(Map<String, Object> figures) {
        StringBuilder json = new StringBuilder("{");
        figures.forEach((k, v) -> {
            json.append(json.length() > 1 ? "," : "").append('"').append(k).append("\":");
            json.append(v == null ? "null" : v instanceof String s ? "\"" + s.replace("\"", "\\\"") + "\"" : v);
        });
        return json.append('}').toString();
    }

    /** The command line. */
    record Options(boolean quick, int seconds, int soakMinutes, List<String> services, int events, int freelancers,
                   int projects, int learners, Map<String, String> properties, List<String> jvmOptions,
                   boolean soakOnly, Map<String, Integer> soakRates, int soakWarmupMinutes) {

        /** Parses the arguments; null means {@code --help}. */
        static Options parse(String[] args) {
            boolean quick = List.of(args).contains("--quick");
            Map<String, String> values = new LinkedHashMap<>();
            Map<String, String> properties = new LinkedHashMap<>();
            List<String> jvm = new ArrayList<>();
            boolean soakOnly = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--set" -> {
                        String pair = i + 1 < args.length ? args[++i] : "";
                        int eq = pair.indexOf('=');
                        if (eq < 1) {
                            throw new IllegalArgumentException("--set needs KEY=VALUE, was '" + pair + "'");
                        }
                        properties.put(pair.substring(0, eq), pair.substring(eq + 1));
                    }
                    case "-h", "--help" -> {
                        return null;
                    }
                    case "--quick" -> { }
                    case "--soak-only" -> soakOnly = true;
                    case "--jvm" -> {
                        String option = i + 1 < args.length ? args[++i] : "";
                        if (!option.startsWith("-")) {
                            throw new IllegalArgumentException("--jvm needs a JVM option such as "
                                    + "-XX:NativeMemoryTracking=summary, was '" + option + "'");
                        }
                        jvm.add(option);
                    }
                    case "--seconds", "--soak-minutes", "--services", "--events", "--freelancers", "--projects",
                         "--learners", "--soak-rate", "--soak-warmup" -> {
                        if (i + 1 >= args.length) {
                            throw new IllegalArgumentException(args[i] + " needs a value");
                        }
                        values.put(args[i], args[++i]);
                    }
                    default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'");
                }
            }
            List<String> services = List.of(values.getOrDefault("--services", "matching,search,success,tutoring")
                    .split(","));
            for (String s : services) {
                if (!List.of("matching", "search", "success", "tutoring").contains(s)) {
                    throw new IllegalArgumentException("--services: unknown service '" + s
                            + "' (matching, search, success, tutoring)");
                }
            }
            return new Options(quick, number(values, "--seconds", quick ? 1 : 5, 1),
                    number(values, "--soak-minutes", quick ? 1 : 10, 0), services,
                    number(values, "--events", quick ? 300 : 2_000, 1),
                    number(values, "--freelancers", quick ? 150 : 400, 10),
                    number(values, "--projects", quick ? 40 : 100, 5), number(values, "--learners", quick ? 20 : 40, 2),
                    Map.copyOf(properties), List.copyOf(jvm), soakOnly, soakRates(values.get("--soak-rate")),
                    number(values, "--soak-warmup", quick ? 1 : 3, 0));
        }

        /** {@code 20} (every service) or {@code matching=20,search=2}; empty when not given. */
        private static Map<String, Integer> soakRates(String spec) {
            Map<String, Integer> rates = new LinkedHashMap<>();
            if (spec == null) {
                return rates;
            }
            for (String part : spec.split(",")) {
                int eq = part.indexOf('=');
                String service = eq < 0 ? "*" : part.substring(0, eq);
                if (eq >= 0 && !List.of("matching", "search", "success", "tutoring").contains(service)) {
                    throw new IllegalArgumentException("--soak-rate: unknown service '" + service + "'");
                }
                rates.put(service, number(Map.of("--soak-rate", part.substring(eq + 1)), "--soak-rate", 0, 1));
            }
            return Map.copyOf(rates);
        }

        private static int number(Map<String, String> values, String option, int fallback, int min) {
            String v = values.get(option);
            if (v == null) {
                return fallback;
            }
            try {
                int n = Integer.parseInt(v);
                if (n < min) {
                    throw new IllegalArgumentException(option + " must be at least " + min + ", was " + n);
                }
                return n;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " needs a whole number, was '" + v + "'");
            }
        }
    }
}
