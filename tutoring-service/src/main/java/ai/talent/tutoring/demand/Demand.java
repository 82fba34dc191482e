package ai.talent.tutoring.demand;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Demand seen on the {@code projects} topic at one moment: per skill, how many projects ask for it (a required
 * skill counts 1, a nice-to-have one 0.5), and the projects, whose titles name roles.
 */
public final class Demand {

    private final List<ProjectDemand> projects;
    private final Map<String, Double> bySkill = new HashMap<>();

    public Demand(List<ProjectDemand> projects) {
        this.projects = List.copyOf(projects);
        for (ProjectDemand p : projects) {
            p.requiredSkillIds().forEach(s -> bySkill.merge(s, 1.0, Double::sum));
            p.niceToHaveSkillIds().forEach(s -> bySkill.merge(s, 0.5, Double::sum));
        }
    }

    public double of(String skillId) {
        return bySkill.getOrDefault(skillId, 0.0);
    }

    public int projects() {
        return projects.size();
    }

    /**
     * The skills a role stands for: the projects whose title names the role (ignoring case), and the skills at least
     * {@code minShare} of them require, most required first, at most {@code max}; empty when no title names it.
     */
    public Optional<List<String>> roleSkills(String role, int max, double minShare) {
        String wanted = role.toLowerCase(Locale.ROOT).strip();
        List<ProjectDemand> naming = projects.stream()
                .filter(p -> p.title().toLowerCase(Locale.ROOT).contains(wanted)).toList();
        if (naming.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Integer> counts = new HashMap<>();
        naming.forEach(p -> p.requiredSkillIds().forEach(s -> counts.merge(s, 1, Integer::sum)));
        List<String> skills = counts.entrySet().stream()
                .filter(e -> e.getValue() >= minShare * naming.size())
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(max).map(Map.Entry::getKey).toList();
        return skills.isEmpty() ? Optional.empty() : Optional.of(skills);
    }
}
