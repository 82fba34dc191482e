package ai.talent.sim;

import ai.talent.domain.model.Exercise;
import ai.talent.domain.skill.SkillTaxonomy;
import java.util.List;
import java.util.function.Consumer;

/**
 * A simulated marketplace for one configuration: any entity can be generated on demand by its index, and the
 * same configuration always gives the same entities. Nothing but the small exercise catalogue is stored.
 */
public final class Marketplace {

    private final SimConfig config;
    private final FreelancerGenerator freelancers;
    private final ClientGenerator clients;
    private final ProjectGenerator projects;
    private final HiringSimulator hiring;
    private final ExerciseCatalog exercises;
    private final LearningSimulator learning;
    private final QueryGenerator queries;

    public Marketplace(SimConfig config) {
        this(config, SkillTaxonomy.standard());
    }

    public Marketplace(SimConfig config, SkillTaxonomy taxonomy) {
        this.config = config;
        long seed = config.seed();
        LanguageMix mix = LanguageMix.of(config);
        this.freelancers = new FreelancerGenerator(seed, taxonomy, mix);
        this.clients = new ClientGenerator(seed);
        this.projects = new ProjectGenerator(seed, config.projects(), Math.max(1, config.clients()), taxonomy, mix,
                clients);
        this.hiring = new HiringSimulator(seed, config.freelancers(), freelancers, new FitModel(seed));
        this.exercises = new ExerciseCatalog(seed, config.exercises(), taxonomy);
        this.learning = new LearningSimulator(seed, config.attemptsPerLearner(), exercises, taxonomy);
        this.queries = new QueryGenerator(seed, taxonomy, mix);
    }

    public SimConfig config() {
        return config;
    }

    public SimFreelancer freelancer(long index) {
        return freelancers.generate(index, true);
    }

    public SimClient client(long index) {
        return clients.generate(index);
    }

    public SimProject project(long index) {
        return projects.generate(index);
    }

    /** Who applied to the project, who was hired, and how the contract ended. */
    public HiringResult hiring(SimProject project) {
        return hiring.play(project);
    }

    public List<Exercise> exercises() {
        return exercises.all();
    }

    public SimLearner learner(long index) {
        return learning.learner(index);
    }

    /** Streams one learner's attempts in time order. */
    public void attempts(SimLearner learner, Consumer<SimAttempt> sink) {
        learning.attempts(learner, sink);
    }

    public SimQuery query(long index) {
        return queries.generate(index);
    }
}
