package ai.talent.search.rank;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Region;
import ai.talent.domain.model.SkillLevel;
import ai.talent.domain.skill.Skill;
import ai.talent.domain.skill.SkillCategory;
import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.search.index.ProfileFields;
import ai.talent.search.query.QueryIntent;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * How well a profile meets the parsed intent, from what the profile states: the asked skills by declared level and
 * years, then each constraint the profile misses lowers the fit by a factor (soft constraints: a freelancer a
 * little over budget stays findable, below those within it), then a little for a weak track record. The result
 * ranks candidates as the third input of fusion, and its parts are the "why" of a hit.
 */
public final class IntentFit {

    private static final Set<Region> CAPITAL_AREA = EnumSet.of(Region.SEOUL, Region.GYEONGGI, Region.INCHEON);

    /** One constraint checked against a profile: met or not, and the factor it applied. */
    public record Check(String constraint, boolean met, double factor) {
    }

    /** The fit 0–1 and the checks behind it. */
    public record Fit(double score, double skill, List<Check> checks) {
    }

    private final SkillTaxonomy taxonomy;
    private final FitFactors factors;

    public IntentFit(SkillTaxonomy taxonomy, FitFactors factors) {
        this.taxonomy = taxonomy;
        this.factors = factors;
    }

    public Fit fit(QueryIntent intent, Freelancer f) {
        List<Check> checks = new ArrayList<>();
        List<String> asked = intent.skillIds();
        double skill = 1.0;
        if (!asked.isEmpty()) {
            double sum = 0;
            for (String id : asked) {
                SkillLevel level = f.skills().stream().filter(s -> s.skillId().equals(id)).findFirst().orElse(null);
                if (level != null) {
                    double experience = Math.min(1.0, level.years() / factors.skillYearsSaturation());
                    sum += Math.min(1.0, level.level() / factors.skillLevelSaturation())
                            * (1 - factors.skillYearsWeight() + factors.skillYearsWeight() * experience);
                }
            }
            skill = sum / asked.size();
            SkillCategory wanted = taxonomy.byId(asked.get(0)).map(Skill::category).orElse(null);
            if (wanted != null && wanted != ProfileFields.category(f, taxonomy)) {
                skill *= factors.otherCategory();
            }
        }
        double s = skill;
        if (!intent.regions().isEmpty()) {
            boolean in = intent.regions().contains(f.region());
            boolean near = !in && CAPITAL_AREA.contains(f.region())
                    && intent.regions().stream().anyMatch(CAPITAL_AREA::contains);
            double factor = in ? 1 : near ? factors.nearRegion() : f.remoteOk() ? factors.remoteElsewhere()
                    : factors.otherRegion();
            checks.add(new Check("region", in, factor));
            s *= factor;
        }
        if (intent.remote()) {
            double factor = f.remoteOk() ? 1 : factors.notRemote();
            checks.add(new Check("remote", f.remoteOk(), factor));
            s *= factor;
        }
        long rate = f.hourlyRate().amount();
        if (intent.maxRate() != null) {
            boolean met = rate <= intent.maxRate();
            double factor = met ? 1 : Math.exp(-factors.overBudgetDecay() * (rate / (double) intent.maxRate() - 1));
            checks.add(new Check("max_rate", met, factor));
            s *= factor;
        }
        if (intent.minRate() != null) {
            boolean met = rate >= intent.minRate();
            double factor = met ? 1 : factors.underMinRate();
            checks.add(new Check("min_rate", met, factor));
            s *= factor;
        }
        double years = ProfileFields.years(f);
        if (intent.minYears() != null) {
            boolean met = years >= intent.minYears();
            double factor = met ? 1 : factors.yearsFloor() + (1 - factors.yearsFloor()) * years / intent.minYears();
            checks.add(new Check("min_years", met, factor));
            s *= factor;
        }
        if (intent.seniority() != null) {
            int gap = Math.abs(seniorityRank(intent.seniority()) - seniorityRank(seniorityOf(years)));
            double factor = gap == 0 ? 1 : gap == 1 ? factors.seniorityOneOff() : factors.seniorityTwoOff();
            checks.add(new Check("seniority", gap == 0, factor));
            s *= factor;
        }
        if (intent.language() != null) {
            boolean met = f.spokenLanguages().contains(intent.language());
            double factor = met ? 1 : factors.missingLanguage();
            checks.add(new Check("language", met, factor));
            s *= factor;
        }
        if (intent.minAvailability() != null) {
            boolean met = f.availabilityHoursPerWeek() >= intent.minAvailability();
            double factor = met ? 1 : factors.lowAvailability();
            checks.add(new Check("availability", met, factor));
            s *= factor;
        }
        double record = Math.max(0, Math.min(1, (ProfileFields.ratingScore(f) - 3.0) / 2.0));
        s *= 1 - factors.trackRecordWeight() + factors.trackRecordWeight() * record;
        return new Fit(s, skill, checks);
    }

    /** Seniority read from years of experience, as the marketplace uses the words. */
    static String seniorityOf(double years) {
        return years < 3 ? "junior" : years < 7 ? "mid" : "senior";
    }

    static int seniorityRank(String seniority) {
        return switch (seniority) {
            case "junior" -> 0;
            case "mid" -> 1;
            default -> 2;
        };
    }
}
