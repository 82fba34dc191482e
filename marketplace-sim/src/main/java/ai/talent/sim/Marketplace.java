package ai.talent.sim;

import ai.talent.domain.model.Exercise;
import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.sim.text.FreelancerProfile;
import ai.talent.sim.text.ProjectBrief;
import ai.talent.sim.text.QueryIntent;
import ai.talent.sim.text.TextOptions;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * A simulated marketplace for one configuration: any entity can be generated on demand by its index, and the
 * same configuration always gives the same entities. Nothing but the exercise catalogue is stored.
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
        CategoryMix categories = new CategoryMix(taxonomy);
        TextOptions text = new TextOptions(config.textHalf(), config.mechanisms().skillNoise());
        this.freelancers = new FreelancerGenerator(seed, taxonomy, mix, categories, text, config.mechanisms());
        this.clients = new ClientGenerator(seed, categories, freelancers, config.freelancers());
        this.projects = new ProjectGenerator(config, taxonomy, mix, categories, clients, text);
        this.hiring = new HiringSimulator(seed, config.freelancers(), freelancers,
                new FitModel(seed, config.mechanisms()));
        this.exercises = new ExerciseCatalog(seed, config.learners() == 0 ? 0 : config.exercisesPerSkill(), taxonomy,
                config.mechanisms().difficulty());
        this.learning = new LearningSimulator(config, exercises, taxonomy);
        this.queries = new QueryGenerator(seed, taxonomy, mix, categories, text);
    }

    public SimConfig config() {
        return config;
    }

    /** Freelancer {@code index} as they joined (with the record they brought, before any simulated contract). */
    public SimFreelancer freelancer(long index) {
        return freelancers.generate(index, true);
    }

    /** Freelancer {@code index} without the headline and bio (cheap: for judging, fitting and tests). */
    SimFreelancer profile(long index) {
        return freelancers.generate(index, false);
    }

    SimFreelancer freelancer(long index, TrackRecord sinceStart) {
        return freelancers.generate(index, true, sinceStart);
    }

    public SimClient client(long index) {
        return clients.generate(index);
    }

    public SimProject project(long index) {
        return projects.generate(index);
    }

    Instant postedAt(long index) {
        return projects.postedAt(index);
    }

    /** Who applied to the project, who was hired, and how the contract ended. */
    public HiringResult hiring(SimProject project) {
        return hiring.play(project);
    }

    /** The exercise catalogue (empty when there are no learners). */
    public List<Exercise> exercises() {
        return exercises.all();
    }

    public ExerciseTruth exerciseTruth(String exerciseId) {
        return new ExerciseTruth(exercises.trueDifficulty(exerciseId));
    }

    public SimLearner learner(long index) {
        return learning.learner(index);
    }

    /** One learner's attempts in time order, generated as they are read. */
    public Iterator<SimAttempt> attempts(SimLearner learner) {
        return learning.attempts(learner);
    }

    /** Streams one learner's attempts in time order. */
    public void attempts(SimLearner learner, Consumer<SimAttempt> sink) {
        attempts(learner).forEachRemaining(sink);
    }

    /** What freelancer {@code index}'s texts are written from. */
    FreelancerProfile freelancerProfile(long index) {
        return freelancers.profile(index);
    }

    /** What project {@code index}'s post is written from. */
    ProjectBrief projectBrief(long index) {
        return projects.brief(index);
    }

    /** What query {@code index}'s text is written from. */
    QueryIntent queryIntent(long index) {
        return queries.intent(index);
    }

    QueryGenerator.Generated query(long index) {
        return queries.generate(index);
    }
}
