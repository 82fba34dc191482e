package ai.talent.search.index;

import java.util.List;

/** One page of freelancers in a sort order, with how many match the filters in total. */
public record BrowsePage(long total, List<ScoredFreelancer> hits) {
}
