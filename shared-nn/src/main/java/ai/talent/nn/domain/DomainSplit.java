package ai.talent.nn.domain;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which occupations and skills the domain encoder may learn from. A fixed share of occupations (stratified by ISCO
 * major group) and of skills (stratified by collection) is held out for the final evaluation and never trained on;
 * of the rest, a smaller dev slice is kept for choosing the recipe and for the checks during training.
 */
public record DomainSplit(Set<String> heldOutOccupations, Set<String> devOccupations, Set<String> heldOutSkills,
        Set<String> devSkills, double heldOutFraction, double devFraction, long seed) {

    public static final double HELD_OUT = 0.2;
    public static final double DEV = 0.1;
    public static final long SEED = 20_240_515L;

    public DomainSplit {
        heldOutOccupations = Set.copyOf(heldOutOccupations);
        devOccupations = Set.copyOf(devOccupations);
        heldOutSkills = Set.copyOf(heldOutSkills);
        devSkills = Set.copyOf(devSkills);
    }

    /** Held-out first, then the dev slice from what remains (another seed), both stratified. */
    public static DomainSplit of(Taxonomy taxonomy, double heldOutFraction, double devFraction, long seed) {
        Set<String> heldOutOccupations = HeldOutSplit.of(taxonomy.occupations(), Occupation::id,
                Occupation::majorGroup, heldOutFraction, seed);
        Set<String> heldOutSkills = HeldOutSplit.of(taxonomy.skills(), Skill::id, Skill::collection, heldOutFraction,
                seed);
        List<Occupation> rest = taxonomy.occupations().stream().filter(o -> !heldOutOccupations.contains(o.id()))
                .toList();
        List<Skill> restSkills = taxonomy.skills().stream().filter(s -> !heldOutSkills.contains(s.id())).toList();
        return new DomainSplit(heldOutOccupations,
                HeldOutSplit.of(rest, Occupation::id, Occupation::majorGroup, devFraction, seed + 1),
                heldOutSkills, HeldOutSplit.of(restSkills, Skill::id, Skill::collection, devFraction, seed + 1),
                heldOutFraction, devFraction, seed);
    }

    public static DomainSplit defaults(Taxonomy taxonomy) {
        return of(taxonomy, HELD_OUT, DEV, SEED);
    }

    /** Occupations training may use: neither held out nor in the dev slice. */
    public Predicate<Occupation> trainsOn() {
        return o -> !heldOutOccupations.contains(o.id()) && !devOccupations.contains(o.id());
    }

    /** Skills training may use. */
    public Predicate<Skill> trainsOnSkill() {
        return s -> !heldOutSkills.contains(s.id()) && !devSkills.contains(s.id());
    }
}
