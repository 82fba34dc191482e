package ai.talent.matching.retrieval;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Region;
import ai.talent.domain.text.TextSignals;
import ai.talent.matching.text.MatchTexts;
import java.util.List;

/** Freelancers as the candidates of a project's ranking. */
public final class FreelancerKind implements IndexedKind<Freelancer> {

    private final MatchTexts texts;

    public FreelancerKind(MatchTexts texts) {
        this.texts = texts;
    }

    @Override
    public String name() {
        return "freelancers";
    }

    @Override
    public Class<Freelancer> type() {
        return Freelancer.class;
    }

    @Override
    public String id(Freelancer f) {
        return f.id();
    }

    @Override
    public String text(Freelancer f) {
        return texts.profile(f);
    }

    @Override
    public List<SkillTerm> skills(Freelancer f) {
        return f.skills().stream().map(s -> new SkillTerm(s.skillId(), s.level())).toList();
    }

    @Override
    public boolean offersSkills() {
        return true;
    }

    @Override
    public Region region(Freelancer f) {
        return f.region();
    }

    @Override
    public boolean remote(Freelancer f) {
        return f.remoteOk();
    }

    @Override
    public long hourlyKrw(Freelancer f) {
        return f.hourlyRate().amount();
    }

    @Override
    public int hoursPerWeek(Freelancer f) {
        return f.availabilityHoursPerWeek();
    }

    @Override
    public boolean open(Freelancer f) {
        return true;
    }

    @Override
    public String signals(Freelancer f) {
        TextSignals signals = TextSignals.standard();
        return signals.encode(signals.readProfile(f));
    }
}
