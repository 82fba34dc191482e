package ai.talent.search.state;

import ai.talent.domain.event.DomainEvent;
import ai.talent.domain.model.SkillLevel;
import ai.talent.domain.model.SkillRequirement;
import ai.talent.service.testing.RestartAndScaleOutScenario;
import ai.talent.service.testing.SampleEvents;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Search's packaged application restarted from its state folder and run twice against one broker: its catalogs
 * (freelancers, open projects) answer alike. Many profiles are published while it is down, so that the restart
 * has a real catch-up to do.
 */
class SearchStateIT extends RestartAndScaleOutScenario {

    private static final int PUBLISHED_WHILE_DOWN = 2_000;

    private final String run = SampleEvents.newId("it");

    @Override
    protected String service() {
        return "search-service";
    }

    @Override
    protected boolean hasKeyedState() {
        return false;
    }

    @Override
    protected List<View> feedBeforeRestart() {
        String term = "zephyr" + run.replaceAll("[^a-z0-9]", "");
        List<DomainEvent> sent = new ArrayList<>();
        List<String> freelancers = keysOnEveryPartition(run + "-f", 4);
        for (String id : freelancers) {
            sent.add(SampleEvents.freelancerUpserted(SampleEvents.freelancer(id, term + " specialist", 40_000,
                    List.of(new SkillLevel("react", 4, 3)))));
        }
        String projectId = run + "-p";
        sent.add(SampleEvents.projectPosted(SampleEvents.project(projectId, 50_000,
                List.of(new SkillRequirement("react", 3)))));
        events.sendAll(sent);
        return List.of(
                // Filtered to React, so the Python profiles published later cannot enter either leg; compared by the
                // hits in order, since BM25 scores move with the statistics of every document in the index.
                View.catalog("/v1/search?q=" + term + "&skills=react", okWith(freelancers.toArray(String[]::new)))
                        .comparedAs(SearchStateIT::hitsInOrder),
                View.catalog("/v1/freelancers/" + freelancers.getFirst(), okWith(freelancers.getFirst())),
                View.catalog("/v1/projects/" + projectId, okWith(projectId)));
    }

    /** The answer's status, total and hit ids in order. */
    private static String hitsInOrder(String body) {
        StringBuilder out = new StringBuilder(body.substring(0, Math.min(3, body.length())));
        Matcher total = Pattern.compile("\"total\":\\d+").matcher(body);
        if (total.find()) {
            out.append(' ').append(total.group());
        }
        Matcher id = Pattern.compile("\"freelancerId\":\"([^\"]+)\"").matcher(body);
        while (id.find()) {
            out.append(' ').append(id.group(1));
        }
        return out.toString();
    }

    @Override
    protected List<View> feedWhileStopped() {
        List<DomainEvent> sent = new ArrayList<>();
        String last = null;
        for (int i = 0; i < PUBLISHED_WHILE_DOWN; i++) {
            last = run + "-late-" + i;
            sent.add(SampleEvents.freelancerUpserted(SampleEvents.freelancer(last, "Data engineer", 50_000 + i,
                    List.of(new SkillLevel("python", 3, 2)))));
        }
        String projectId = run + "-p-late";
        sent.add(SampleEvents.projectPosted(SampleEvents.project(projectId, 60_000,
                List.of(new SkillRequirement("python", 3)))));
        events.sendAll(sent);
        return List.of(
                View.catalog("/v1/freelancers/" + last, okWith(last)),
                View.catalog("/v1/projects/" + projectId, okWith(projectId)));
    }
}
