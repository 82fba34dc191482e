package ai.talent.sim;

import java.util.List;

/**
 * The simulator's output files and their line format. Every line is one JSON object:
 * <ul>
 *   <li>{@code freelancers.jsonl}: {"event": freelancer.upserted, "truth": FreelancerTruth} — every freelancer
 *       at the start of the history, then an updated profile (rating, completed contracts) after each contract
 *       they complete, in event time</li>
 *   <li>{@code clients.jsonl}: {"client": Client, "truth": ClientTruth}</li>
 *   <li>{@code projects.jsonl}: {"event": project.posted, "truth": {"project": ProjectTruth, "applicants":
 *       [Applicant...]}} and {"event": project.closed}, in event time</li>
 *   <li>{@code contracts.jsonl}: {"event": contract.awarded | contract.completed, "truth": ContractTruth}, in
 *       event time (a completion comes after the contract's duration, after the projects posted meanwhile)</li>
 *   <li>{@code learners.jsonl}: {"learner": Learner, "truth": LearnerTruth}</li>
 *   <li>{@code exercises.jsonl}: {"exercise": Exercise, "truth": ExerciseTruth}</li>
 *   <li>{@code attempts.jsonl}: {"event": learning.attempted, "truth": AttemptTruth}, learner by learner (the
 *       topic's key), each learner's in time order</li>
 *   <li>{@code queries.jsonl}: {"query": SimQuery, "truth": QueryTruth} for every query first, then
 *       {"judgment": Judgment, "truth": JudgmentTruth} for every freelancer with a non-zero relevance</li>
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

    /** The eight files, in the order they are described above. */
    public static final List<String> ALL = List.of(FREELANCERS, CLIENTS, PROJECTS, CONTRACTS, LEARNERS, EXERCISES,
            ATTEMPTS, QUERIES);

    public static final String EVENT = "event";
    public static final String TRUTH = "truth";
    public static final String CLIENT = "client";
    public static final String LEARNER = "learner";
    public static final String EXERCISE = "exercise";
    public static final String QUERY = "query";
    public static final String JUDGMENT = "judgment";

    private SimFiles() {
    }
}
