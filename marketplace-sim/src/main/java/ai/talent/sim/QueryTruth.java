package ai.talent.sim;

import java.util.List;

/**
 * The ground truth of a query over the whole freelancer pool: how many freelancers have each grade 1–3, and
 * the judged pairs with the highest true scores (best first, capped); freelancers not listed are grade 0
 * unless the counts say more were relevant than listed.
 */
public record QueryTruth(long grade1, long grade2, long grade3, List<Judgment> judgments) {
}
