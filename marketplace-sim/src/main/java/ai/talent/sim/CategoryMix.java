package ai.talent.sim;

import ai.talent.domain.skill.SkillCategory;
import ai.talent.domain.skill.SkillTaxonomy;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** The categories that have skills in the taxonomy, and how often the market draws each (freelancers, projects, queries). */
final class CategoryMix {

    private final List<SkillCategory> categories = new ArrayList<>();
    private final double[] weights;

    CategoryMix(SkillTaxonomy taxonomy) {
        for (SkillCategory c : SkillCategory.values()) {
            if (!taxonomy.inCategory(c).isEmpty()) {
                categories.add(c);
            }
        }
        weights = categories.stream().mapToDouble(c -> MarketParameters.CATEGORY_WEIGHT.getOrDefault(c, 0.05)).toArray();
    }

    SkillCategory draw(RandomGenerator rng) {
        return categories.get(Draw.weightedIndex(weights, rng));
    }

    List<SkillCategory> all() {
        return categories;
    }
}
