package ai.talent.sim;

/**
 * The simulator's output files and their line format. Every line is one JSON object:
 * <ul>
 *   <li>{@code freelancers.jsonl}: {"event": freelancer.upserted, "truth": FreelancerTruth}</li>
 *   <li>{@code clients.jsonl}: {"client": Client, "truth": {"quality": q}}</li>
 *   <li>{@code projects.jsonl}: {"event": project.posted, "truth": {"project": ProjectTruth, "applicants":
 *       [Applicant...]}} followed by {"event": project.closed} for the same project</li>
 *   <li>{@code contracts.jsonl}: {"event": contract.awarded, "truth": ContractTruth} then
 *       {"event": contract.completed, "truth": ContractTruth} for each hire</li>
 *   <li>{@code learners.jsonl}: {"learner": Learner, "truth": LearnerTruth}</li>
 *   <li>{@code exercises.jsonl}: {"exercise": Exercise}</li>
 *   <li>{@code attempts.jsonl}: {"event": learning.attempted, "truth": AttemptTruth}</li>
 *   <li>{@code queries.jsonl}: {"query": SimQuery, "truth": QueryTruth}</li>
 * </ul>
 * The "event" object is exactly an event body ({@code EventCodec.decodeTree} reads it); "truth" is the hidden
 * ground truth that no event carries. Use {@link SimLines} to read them back.
 */
public final class SimFiles {

    public static final String FREELANCERS = "freelancers.jsonl";
    public static final String CLIENTS = "clients.jsonl";
    public static final String PROJECTS = "projects.jsonl";
    public static final String CONTRACTS = "contracts.jsonl";
    public static final String LEARNERS = "learners.jsonl";
    public static final String EXERCISES = "exercises.jsonl";
    public static final String ATTEMPTS = "attempts.jsonl";
    public static final String QUERIES = "queries.jsonl";

    public static final String EVENT = "event";
    public static final String TRUTH = "truth";

    private SimFiles() {
    }
}
