package ai.talent.sim.harness;

/** A contract with its known outcome (success: completed on time, or late but rated 4–5). */
public record SuccessExample(SuccessItem item, boolean success) {
}
