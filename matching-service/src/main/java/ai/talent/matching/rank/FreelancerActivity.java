package ai.talent.matching.rank;

/**
 * A freelancer's platform record as matching sees it from the contracts topic: contracts in progress (workload),
 * completed, and completed successfully.
 */
public record FreelancerActivity(int active, int completed, int successful) {

    public static final FreelancerActivity NONE = new FreelancerActivity(0, 0, 0);

    public FreelancerActivity {
        if (active < 0 || completed < 0 || successful < 0 || successful > completed) {
            throw new IllegalArgumentException("invalid activity: " + this);
        }
    }
}
