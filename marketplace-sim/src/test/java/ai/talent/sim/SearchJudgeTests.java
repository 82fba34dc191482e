package ai.talent.sim;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talent.sim.harness.Metrics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Search relevance judges role and domain as well as skills, and every freelancer with any relevance is judged. */
class SearchJudgeTests {

    private static final int POOL = 2000;
    private static final int QUERIES = 40;

    /** Mean NDCG@10 against the judged grades of ranking the pool by the relevance without role and domain. */
    private static double ndcgIgnoringRoleAndDomain(double profileStrength) {
        Marketplace market = new Marketplace(SimConfig.of(POOL, 0, 0, 31).withQueries(QUERIES));
        List<SimFreelancer> pool = new ArrayList<>();
        for (long i = 0; i < POOL; i++) {
            pool.add(market.profile(i));
        }
        double sum = 0;
        int n = 0;
        for (int q = 0; q < QUERIES; q++) {
            QuerySpec intent = market.query(q).intent();
            if (intent.roleEn() == null && intent.domain() == null) {
                continue;
            }
            Map<String, Integer> grades = new HashMap<>();
            Map<String, Double> blind = new HashMap<>();
            for (SimFreelancer f : pool) {
                double score = QueryJudge.score(intent, f, profileStrength);
                if (score > 0) {
                    grades.put(f.freelancer().id(), QueryJudge.grade(score, Seeds.gaussian(31, "judge", q, f.index())));
                }
                blind.put(f.freelancer().id(), QueryJudge.score(intent, f, 0));
            }
            List<String> ranking = new ArrayList<>(blind.keySet());
            ranking.sort(Comparator.comparing((String id) -> blind.get(id)).reversed().thenComparing(id -> id));
            double ndcg = Metrics.ndcgAt(10, ranking, grades);
            if (!Double.isNaN(ndcg)) {
                sum += ndcg;
                n++;
            }
        }
        assertThat(n).isGreaterThan(10);
        return sum / n;
    }

    @Test
    void aJudgeWeighsTheRoleAndDomainAQueryAsksFor() {
        // a ranking that ignores role and domain is clearly worse when the judge weighs them, and not otherwise
        assertThat(ndcgIgnoringRoleAndDomain(1)).isLessThan(ndcgIgnoringRoleAndDomain(0) - 0.1);
    }

    @Test
    void everyFreelancerWithAnyRelevanceIsJudgedWithoutACut() {
        SimConfig config = SimConfig.of(1500, 0, 0, 37).withQueries(20);
        Map<String, Integer> judged = new HashMap<>();
        new MarketplaceSimulator(config).run(new SimSink() {
            @Override
            public void event(String file, ai.talent.domain.event.DomainEvent event, Record truth) {
            }

            @Override
            public void record(String file, String name, Record value, Record truth) {
                if (value instanceof Judgment j) {
                    judged.merge(j.queryId(), 1, Integer::sum);
                }
            }
        }, Progress.silent());
        Marketplace market = new Marketplace(config);
        int largest = 0;
        for (int q = 0; q < config.queries(); q++) {
            QuerySpec intent = market.query(q).intent();
            int relevant = 0;
            for (long i = 0; i < config.freelancers(); i++) {
                if (QueryJudge.score(intent, market.profile(i), 1) > 0) {
                    relevant++;
                }
            }
            assertThat(judged.getOrDefault(QueryGenerator.id(q), 0)).isEqualTo(relevant);
            largest = Math.max(largest, relevant);
        }
        assertThat(largest).isPositive();
    }

    @Test
    void aBroadQueryHasItsHundredsOfRelevantFreelancersAllJudged() {
        Marketplace market = new Marketplace(SimConfig.of(2000, 0, 0, 41).withQueries(0));
        QuerySpec anyBackendDeveloper = new QuerySpec(ai.talent.domain.skill.SkillCategory.SOFTWARE, List.of(),
                "Backend developer", null, null, null, null, null, false, null, null);
        QueryJudge judge = new QueryJudge(41, List.of(new QueryGenerator.Generated(
                new SimQuery("q-0", "백엔드 개발자", ai.talent.domain.model.Language.KO), anyBackendDeveloper)), 1);
        int[] judged = {0};
        int relevant = 0;
        for (long i = 0; i < 2000; i++) {
            SimFreelancer f = market.profile(i);
            judge.judge(f, (j, t) -> judged[0]++);
            relevant += QueryJudge.score(anyBackendDeveloper, f, 1) > 0 ? 1 : 0;
        }
        // every software freelancer is somewhat relevant (same category), far more than the old cut of 300
        assertThat(judged[0]).isEqualTo(relevant).isGreaterThan(300);
    }
}
