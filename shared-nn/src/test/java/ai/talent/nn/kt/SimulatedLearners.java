package ai.talent.nn.kt;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded learners with a known truth, for training tests: every question has a difficulty and one skill (a
 * fifth of them a second skill, giving multi-skill problems as repeated rows); every learner has an ability
 * per skill that grows with each attempt. A row is correct with probability
 * {@code sigmoid(mean ability over the problem's skills − difficulty)}, the same for all rows of a problem.
 * Learners practise in sessions of a few questions on one skill, never the same question twice in a row.
 */
final class SimulatedLearners {

    static final int SKILLS = 8;
    static final int QUESTIONS = 64;
    static final double LEARNING = 0.12;

    /**
     * The learners; each row's true probability of a correct answer (the oracle's prediction); the same without
     * knowing the question, only its skills (averaged over the questions of the row's skill: the best a model
     * without question ids can do); each learner's ability per skill after the last attempt.
     */
    record Data(List<KtSequence> sequences, List<double[]> truth, List<double[]> skillTruth, List<double[]> finalAbility) {
    }

    private final double[] difficulty = new double[QUESTIONS + 1];
    private final int[][] skillsOf = new int[QUESTIONS + 1][];

    SimulatedLearners(long seed) {
        Random r = new Random(seed);
        for (int q = 1; q <= QUESTIONS; q++) {
            difficulty[q] = 1.2 * r.nextGaussian();
            int first = (q - 1) % SKILLS + 1;
            int second = (q * 3) % SKILLS + 1;
            skillsOf[q] = q % 5 == 0 && second != first ? new int[] {first, second} : new int[] {first};
        }
    }

    Data learners(int count, int attempts, long seed) {
        Random r = new Random(seed);
        List<KtSequence> sequences = new ArrayList<>();
        List<double[]> truth = new ArrayList<>();
        List<double[]> skillTruth = new ArrayList<>();
        List<double[]> abilities = new ArrayList<>();
        for (int l = 0; l < count; l++) {
            double general = r.nextGaussian();
            double[] ability = new double[SKILLS + 1];
            for (int s = 1; s <= SKILLS; s++) {
                ability[s] = general + 0.8 * r.nextGaussian();
            }
            List<int[]> rows = new ArrayList<>();
            List<Double> p = new ArrayList<>();
            List<Double> skillP = new ArrayList<>();
            int done = 0;
            int previous = 0;
            while (done < attempts) {
                int focus = 1 + r.nextInt(SKILLS);
                int session = 2 + r.nextInt(4);
                for (int i = 0; i < session && done < attempts; i++, done++) {
                    int q = focus + SKILLS * r.nextInt(QUESTIONS / SKILLS);
                    if (q == previous) {
                        // the same question twice in a row would read as one multi-skill problem
                        q = q + SKILLS <= QUESTIONS ? q + SKILLS : focus;
                    }
                    previous = q;
                    int[] skills = skillsOf[q];
                    double mean = 0;
                    for (int s : skills) {
                        mean += ability[s] / skills.length;
                    }
                    double chance = 1 / (1 + Math.exp(-(mean - difficulty[q])));
                    double skillChance = 0;
                    for (int k = 0; k < QUESTIONS / SKILLS; k++) {
                        skillChance += 1 / (1 + Math.exp(-(mean - difficulty[focus + SKILLS * k]))) / (QUESTIONS / SKILLS);
                    }
                    int correct = r.nextDouble() < chance ? 1 : 0;
                    for (int s : skills) {
                        rows.add(new int[] {q, s, correct});
                        p.add(chance);
                        skillP.add(skillChance);
                        ability[s] += LEARNING;
                    }
                }
            }
            int[] questions = rows.stream().mapToInt(x -> x[0]).toArray();
            int[] skills = rows.stream().mapToInt(x -> x[1]).toArray();
            int[] correct = rows.stream().mapToInt(x -> x[2]).toArray();
            sequences.add(new KtSequence("l-" + l, questions, skills, correct));
            truth.add(p.stream().mapToDouble(Double::doubleValue).toArray());
            skillTruth.add(skillP.stream().mapToDouble(Double::doubleValue).toArray());
            abilities.add(ability);
        }
        return new Data(sequences, truth, skillTruth, abilities);
    }
}
