package ai.talent.search.rank;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Nullable;
import ai.talent.domain.model.Region;
import ai.talent.domain.model.SkillLevel;
import ai.talent.domain.skill.Skill;
import ai.talent.domain.skill.SkillCategory;
import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.domain.text.RecruiterLexicon;
import ai.talent.domain.text.TextSignals;
import ai.talent.search.index.ProfileFields;
import ai.talent.search.query.QueryIntent;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How well a profile meets the parsed intent, from what the profile states: the asked skills by declared level and
 * years (or, for a role asked alone, whether the profile states that role), then each constraint the profile misses
 * lowers the fit by a factor (soft constraints: a freelancer a little over budget stays findable, below those within
 * it), then a little for a weak track record. The role, domains, seniority and total years a freelancer states only
 * in words are read from the headline and bio by the platform's {@link TextSignals} (the lexicon the query parser
 * reads, cached by text). The result ranks candidates as the third input of fusion, and its parts are the "why" of
 * a hit.
 */
public final class IntentFit {

    private static final Set<Region> CAPITAL_AREA = EnumSet.of(Region.SEOUL, Region.GYEONGGI, Region.INCHEON);

    /** One constraint checked against a profile: met or not, and the factor it applied. */
    public record Check(String constraint, boolean met, double factor) {
    }

    /** The fit 0–1 and the checks behind it. */
    public record Fit(double score, double skill, List<Check> checks) {
    }

    private static final Map<String, SkillCategory> ROLE_CATEGORIES = RecruiterLexicon.standard().roleCategories();

    private final SkillTaxonomy taxonomy;
    private final FitFactors factors;
    private final TextSignals signals = TextSignals.standard();

    public IntentFit(SkillTaxonomy taxonomy, FitFactors factors) {
        this.taxonomy = taxonomy;
        this.factors = factors;
    }

    public Fit fit(QueryIntent intent, Freelancer f) {
        return fit(intent, f, null);
    }

    /**
     * @param stated what the profile's headline and bio state, as read when it was indexed; null to read them from
     *               {@code f}'s texts (which it must then carry)
     */
    public Fit fit(QueryIntent intent, Freelancer f, @Nullable TextSignals.Profile stated) {
        return fitStated(intent, f, stated != null ? stated : signals.profile(f));
    }

    private Fit fitStated(QueryIntent intent, Freelancer f, TextSignals.Profile stated) {
        List<Check> checks = new ArrayList<>();
        List<String> asked = intent.skillIds();
        SkillCategory category = ProfileFields.category(f, taxonomy);
        String role = intent.role();
        SkillCategory roleCategory = role == null ? null : ROLE_CATEGORIES.get(role);
        boolean statesRole = role != null && stated.roles().contains(role);
        double skill = 1.0;
        if (asked.isEmpty() && role != null) {
            skill = statesRole ? 1 : category != null && category == roleCategory ? factors.roleOnlySameCategory()
                    : factors.roleOnlyOther();
            checks.add(new Check("role", statesRole, skill));
            if (roleCategory != null && roleCategory != category) {
                skill *= factors.otherCategory();
            }
        } else if (!asked.isEmpty()) {
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
            if (wanted != null && wanted != category) {
                skill *= factors.otherCategory();
            }
        }
        double s = skill;
        if (role != null && !asked.isEmpty()) {
            boolean sameCategory = category != null && category == roleCategory;
            double factor = statesRole ? 1 : stated.roles().isEmpty() && sameCategory ? factors.roleUnstated()
                    : sameCategory ? factors.roleSameCategory() : factors.roleOtherCategory();
            checks.add(new Check("role", statesRole, factor));
            s *= factor;
        }
        if (intent.domain() != null) {
            boolean met = stated.domains().contains(intent.domain());
            double factor = met ? 1 : stated.domains().isEmpty() ? factors.domainUnstated() : factors.missingDomain();
            checks.add(new Check("domain", met, factor));
            s *= factor;
        }
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
        double years = stated.years() != TextSignals.UNKNOWN ? Math.max(stated.years(), ProfileFields.years(f))
                : ProfileFields.years(f);
        if (intent.minYears() != null) {
            boolean met = years >= intent.minYears();
            double factor = met ? 1 : factors.yearsFloor() + (1 - factors.yearsFloor()) * years / intent.minYears();
            checks.add(new Check("min_years", met, factor));
            s *= factor;
        }
        if (intent.seniority() != null) {
            int stage = stated.seniority() != TextSignals.UNKNOWN ? stated.seniority() : seniorityRank(seniorityOf(years));
            int gap = Math.abs(seniorityRank(intent.seniority()) - stage);
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
