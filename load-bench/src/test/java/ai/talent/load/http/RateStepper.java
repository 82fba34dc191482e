package ai.talent.load.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Finds the highest open-loop request rate at which a mix still meets its p99 latency target: steps the rate up by a
 * factor while the step passes (p99 of the answers within the target, no 5xx, timeout, refusal or failure, and the
 * generator kept up), then halves the last factor between the best passing and the first failing rate once or twice.
 * The figure is the best passing rate, so it is a lower bound within the step's resolution.
 */
public final class RateStepper {

    /** How the search runs: first rate, growth factor, the rate it never exceeds, refinements, seconds per step. */
    public record Plan(double startRate, double factor, double maxRate, int refinements, Duration step,
                       long maxRequestsPerStep, int minRequestsPerStep) {
    }

    /** The search's result: the best passing rate (0 when even the first step failed) and every step taken. */
    public record Result(double bestRate, StepResult best, List<Step> steps, boolean hitMaxRate) {
    }

    /** One step: its result, its p99 and whether it passed, and why not. */
    public record Step(StepResult result, double p99Millis, boolean passed, String why) {
    }

    private final OpenLoop loop;

    public RateStepper(OpenLoop loop) {
        this.loop = loop;
    }

    public Result search(String baseUrl, List<Call> calls, double p99TargetMillis, Plan plan, Consumer<Step> progress) {
        loop.warmUp(baseUrl, calls, 5);
        List<Step> steps = new ArrayList<>();
        double low = 0;
        StepResult best = null;
        double high = Double.NaN;
        double rate = plan.startRate();
        while (true) {
            Step step = step(baseUrl, calls, rate, p99TargetMillis, plan);
            steps.add(step);
            progress.accept(step);
            if (!step.passed()) {
                high = rate;
                break;
            }
            low = rate;
            best = step.result();
            if (rate >= plan.maxRate()) {
                return new Result(low, best, steps, true);
            }
            rate = Math.min(plan.maxRate(), rate * plan.factor());
        }
        for (int i = 0; i < plan.refinements() && low > 0; i++) {
            double mid = Math.sqrt(low * high);
            if (mid - low < Math.max(1, low * 0.05)) {
                break;
            }
            Step step = step(baseUrl, calls, mid, p99TargetMillis, plan);
            steps.add(step);
            progress.accept(step);
            if (step.passed()) {
                low = mid;
                best = step.result();
            } else {
                high = mid;
            }
        }
        return new Result(low, best, steps, false);
    }

    private Step step(String baseUrl, List<Call> calls, double rate, double target, Plan plan) {
        // A p99 needs some answers: a slow step lasts long enough for minRequestsPerStep of them.
        Duration length = plan.step().compareTo(Duration.ofMillis((long) (1000 * plan.minRequestsPerStep() / rate))) >= 0
                ? plan.step() : Duration.ofMillis((long) (1000 * plan.minRequestsPerStep() / rate));
        StepResult result = loop.run(baseUrl, calls, rate, length, plan.maxRequestsPerStep());
        Outcomes.Summary total = result.total();
        double p99 = total.allMillis(0.99);
        String why;
        if (total.timeouts() > 0 || total.failed() > 0) {
            why = total.timeouts() + " timeouts, " + total.failed() + " failures";
        } else if (total.serverErrors() > 0) {
            why = total.serverErrors() + " 5xx answers";
        } else if (total.refused().length > 0) {
            why = total.refused().length + " refused (429/503)";
        } else if (!(p99 <= target)) {
            why = String.format(java.util.Locale.ROOT, "p99 %.1f ms > %.0f ms", p99, target);
        } else if (!result.generatorKeptUp()) {
            why = "the generator could not send at this rate";
        } else {
            why = "";
        }
        return new Step(result, p99, why.isEmpty(), why);
    }
}
