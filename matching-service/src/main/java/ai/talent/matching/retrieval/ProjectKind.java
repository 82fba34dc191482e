package ai.talent.matching.retrieval;

import ai.talent.domain.model.Project;
import ai.talent.domain.model.ProjectStatus;
import ai.talent.domain.model.Region;
import ai.talent.domain.text.TextSignals;
import ai.talent.matching.rank.Budgets;
import ai.talent.matching.text.MatchTexts;
import java.util.ArrayList;
import java.util.List;

/** Open projects as the candidates of a freelancer's ranking (the other direction). */
public final class ProjectKind implements IndexedKind<Project> {

    private final MatchTexts texts;
    private final Budgets budgets;

    public ProjectKind(MatchTexts texts, Budgets budgets) {
        this.texts = texts;
        this.budgets = budgets;
    }

    @Override
    public String name() {
        return "projects";
    }

    @Override
    public Class<Project> type() {
        return Project.class;
    }

    @Override
    public String id(Project p) {
        return p.id();
    }

    @Override
    public String text(Project p) {
        return texts.project(p);
    }

    @Override
    public List<SkillTerm> skills(Project p) {
        List<SkillTerm> terms = new ArrayList<>();
        p.requiredSkills().forEach(s -> terms.add(new SkillTerm(s.skillId(), s.minLevel())));
        p.niceToHaveSkills().forEach(s -> terms.add(new SkillTerm(s.skillId(), s.minLevel())));
        return terms;
    }

    @Override
    public boolean offersSkills() {
        return false;
    }

    @Override
    public Region region(Project p) {
        return p.region();
    }

    @Override
    public boolean remote(Project p) {
        return p.remote();
    }

    @Override
    public long hourlyKrw(Project p) {
        return Math.round(budgets.hourly(p.budgetType(), p.budget().amount(), p.durationWeeks()));
    }

    @Override
    public int hoursPerWeek(Project p) {
        return 0;
    }

    @Override
    public boolean open(Project p) {
        return p.status() == ProjectStatus.OPEN;
    }

    @Override
    public String signals(Project p) {
        TextSignals signals = TextSignals.standard();
        return signals.encode(signals.readPost(p));
    }
}
