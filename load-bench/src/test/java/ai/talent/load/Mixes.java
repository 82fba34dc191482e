package ai.talent.load;

import ai.talent.domain.model.SkillRequirement;
import ai.talent.load.http.Call;
import ai.talent.sim.Marketplace;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every REST API of the four services as load: per service the call its p99 target is stated for (stepped for
 * throughput and saturated for overload) and every other {@code /v1} read and write, with ids taken from the simulated
 * marketplace the bench published. Left out on purpose: the administrative writes that change what a service serves
 * (search's {@code POST /v1/index/rebuild}, success's {@code POST /v1/models/{version}/promote} and
 * {@code /rollback}): one call changes the service for every later request, which is not load.
 */
final class Mixes {

    /** A service's load: its primary call and p99 target (with where the target is stated), and all its calls. */
    record ServiceMix(String service, String key, Call primary, double p99TargetMillis, String targetSource,
                      List<Call> all) {
    }

    private static final List<String> QUERIES = List.of("서울 React 개발자 5년 이상", "senior Kotlin backend fintech",
            "데이터 엔지니어 Spark", "React Native mobile developer Busan", "Python 머신러닝 엔지니어 시급 5만원 이하",
            "DevOps Kubernetes AWS", "UI/UX 디자이너 Figma", "Java Spring backend 10 years");

    private final List<String> freelancers = new ArrayList<>();
    private final List<String> projects = new ArrayList<>();
    private final List<List<SkillRequirement>> projectSkills = new ArrayList<>();
    private final List<String> learners = new ArrayList<>();
    private final List<String> exercises = new ArrayList<>();
    private final List<List<String>> exerciseSkills = new ArrayList<>();

    Mixes(Marketplace market) {
        for (long i = 0; i < market.config().freelancers(); i++) {
            freelancers.add(market.freelancer(i).freelancer().id());
        }
        for (long i = 0; i < market.config().projects(); i++) {
            projects.add(market.project(i).project().id());
            projectSkills.add(market.project(i).project().requiredSkills());
        }
        for (long i = 0; i < market.config().learners(); i++) {
            learners.add(market.learner(i).learner().id());
        }
        market.exercises().forEach(e -> {
            exercises.add(e.id());
            exerciseSkills.add(e.skillIds());
        });
    }

    List<ServiceMix> all() {
        return List.of(matching(), search(), success(), tutoring());
    }

    ServiceMix matching() {
        Call top10 = Call.post("POST /v1/matches (top 10)", i -> "/v1/matches", i -> {
            List<SkillRequirement> skills = Call.pick(projectSkills, i);
            StringBuilder json = new StringBuilder("{\"requiredSkills\":[");
            for (int s = 0; s < skills.size(); s++) {
                json.append(s == 0 ? "" : ",").append("{\"skillId\":\"").append(skills.get(s).skillId())
                        .append("\",\"minLevel\":").append(skills.get(s).minLevel()).append('}');
            }
            return json.append("],\"budgetType\":\"HOURLY\",\"budgetKrw\":50000,\"durationWeeks\":8,\"limit\":10}")
                    .toString();
        });
        return new ServiceMix("matching-service", "matching", top10, 1_000,
                "issue 14 / matching: top-10 matches within a second", List.of(top10,
                Call.get("GET /v1/projects/{id}/matches", i -> "/v1/projects/" + Call.pick(projects, i) + "/matches?limit=10"),
                Call.get("GET /v1/freelancers/{id}/projects", i -> "/v1/freelancers/" + Call.pick(freelancers, i)
                        + "/projects?limit=10"),
                Call.get("GET /v1/freelancers/{id}", i -> "/v1/freelancers/" + Call.pick(freelancers, i)),
                Call.get("GET /v1/projects/{id}", i -> "/v1/projects/" + Call.pick(projects, i))));
    }

    ServiceMix search() {
        Call query = Call.get("GET /v1/search?q=", i -> "/v1/search?size=10&q=" + encode(Call.pick(QUERIES, i)));
        return new ServiceMix("search-service", "search", query, 30, "search-service README: hybrid search p99 <= 30 ms",
                List.of(query,
                Call.post("POST /v1/search", i -> "/v1/search", i -> "{\"q\":\"" + Call.pick(QUERIES, i)
                        + "\",\"size\":10,\"facets\":[\"skills\"]}"),
                Call.get("GET /v1/suggest?q=", i -> "/v1/suggest?q=" + encode(Call.pick(QUERIES, i).substring(0, 3))),
                Call.get("GET /v1/freelancers/{id}/similar", i -> "/v1/freelancers/" + Call.pick(freelancers, i)
                        + "/similar"),
                Call.get("GET /v1/freelancers/{id}", i -> "/v1/freelancers/" + Call.pick(freelancers, i)),
                Call.get("GET /v1/projects/{id}", i -> "/v1/projects/" + Call.pick(projects, i)),
                Call.get("/v1/index"), Call.get("/v1/index/rebuild")));
    }

    ServiceMix success() {
        Call predict = Call.post("POST /v1/predictions", i -> "/v1/predictions", i -> predictionRequest(i));
        return new ServiceMix("success-predictor", "success", predict, 10,
                "success-predictor README: one prediction with reasons p99 <= 10 ms", List.of(predict,
                Call.post("POST /v1/predictions/batch (10)", i -> "/v1/predictions/batch", i -> {
                    StringBuilder json = new StringBuilder("{\"reasons\":false,\"requests\":[");
                    for (int k = 0; k < 10; k++) {
                        json.append(k == 0 ? "" : ",").append(predictionRequest(i * 10 + k));
                    }
                    return json.append("]}").toString();
                }),
                Call.get("GET /v1/projects/{id}/predictions", i -> "/v1/projects/" + Call.pick(projects, i)
                        + "/predictions"),
                Call.get("/v1/predictions/quality"), Call.get("/v1/models")));
    }

    ServiceMix tutoring() {
        Call next = Call.get("GET /v1/learners/{id}/next-exercises", i -> "/v1/learners/" + Call.pick(learners, i)
                + "/next-exercises?limit=10");
        return new ServiceMix("tutoring-service", "tutoring", next, 20,
                "tutoring-service README: next exercises p99 <= 20 ms (the 2 ms mastery update is per event: "
                        + "./talent bench tutoring)", List.of(next,
                Call.get("GET /v1/learners/{id}/mastery", i -> "/v1/learners/" + Call.pick(learners, i) + "/mastery"),
                Call.get("GET /v1/learners/{id}/learning-path", i -> "/v1/learners/" + Call.pick(learners, i)
                        + "/learning-path?goal=react"),
                Call.get("GET /v1/learners/{id}/path", i -> "/v1/learners/" + Call.pick(learners, i) + "/path"),
                Call.post("POST /v1/learning-paths/preview", i -> "/v1/learning-paths/preview", i -> {
                    StringBuilder json = new StringBuilder("{\"answers\":[");
                    for (int k = 0; k < 5; k++) {
                        int e = (int) Math.floorMod(i * 31 + k, (long) exercises.size());
                        json.append(k == 0 ? "" : ",").append("{\"exerciseId\":\"").append(exercises.get(e))
                                .append("\",\"skillIds\":[\"").append(exerciseSkills.get(e).getFirst())
                                .append("\"],\"correct\":").append(k % 2 == 0).append('}');
                    }
                    return json.append("]}").toString();
                }),
                Call.get("GET /v1/freelancers/{id}/portfolio", i -> "/v1/freelancers/" + Call.pick(freelancers, i)
                        + "/portfolio"),
                Call.post("POST /v1/portfolios", i -> "/v1/portfolios", i -> String.format(Locale.ROOT,
                        "{\"freelancerId\":\"%s\",\"language\":\"%s\",\"format\":\"%s\"}", Call.pick(freelancers, i),
                        i % 2 == 0 ? "ko" : "en", i % 3 == 0 ? "html" : "json"))));
    }

    List<String> freelancers() {
        return freelancers;
    }

    List<String> projects() {
        return projects;
    }

    List<List<SkillRequirement>> projectSkills() {
        return projectSkills;
    }

    List<String> learners() {
        return learners;
    }

    List<String> exercises() {
        return exercises;
    }

    List<List<String>> exerciseSkills() {
        return exerciseSkills;
    }

    private String predictionRequest(long i) {
        return String.format(Locale.ROOT, "{\"projectId\":\"%s\",\"freelancerId\":\"%s\",\"agreedRateKrw\":%d}",
                Call.pick(projects, i), Call.pick(freelancers, i + 3), 30_000 + (i % 5) * 5_000);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
