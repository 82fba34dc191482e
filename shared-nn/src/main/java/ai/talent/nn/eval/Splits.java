package ai.talent.nn.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Reproducible partitions of row indices: a hold-out split and k-fold cross-validation (plain,
 * stratified by label, or grouped so that no group appears on both sides, e.g. one freelancer's
 * contracts).
 */
public final class Splits {

    private Splits() {
    }

    /** Shuffles the rows and keeps {@code round(n * testFraction)} of them (at least one) for testing. */
    public static Fold holdout(int n, double testFraction, long seed) {
        if (testFraction <= 0 || testFraction >= 1) {
            throw new IllegalArgumentException("test fraction must be in (0, 1), got " + testFraction);
        }
        if (n < 2) {
            throw new IllegalArgumentException("need at least 2 rows to split, got " + n);
        }
        List<Integer> rows = shuffled(n, seed);
        int test = Math.max(1, Math.min(n - 1, (int) Math.round(n * testFraction)));
        return new Fold(toArray(rows.subList(test, n)), toArray(rows.subList(0, test)));
    }

    /** Shuffled k-fold: fold sizes differ by at most one. */
    public static List<Fold> kFold(int n, int k, long seed) {
        checkK(n, k);
        List<Integer> rows = shuffled(n, seed);
        int[] assignment = new int[n];
        for (int i = 0; i < n; i++) {
            assignment[rows.get(i)] = i % k;
        }
        return folds(assignment, k);
    }

    /** k-fold where each fold keeps the label proportions of the whole set (labels are class indices). */
    public static List<Fold> stratifiedKFold(int[] labels, int k, long seed) {
        checkK(labels.length, k);
        Map<Integer, List<Integer>> byLabel = new LinkedHashMap<>();
        for (int i = 0; i < labels.length; i++) {
            byLabel.computeIfAbsent(labels[i], l -> new ArrayList<>()).add(i);
        }
        Random random = new Random(seed);
        int[] assignment = new int[labels.length];
        int next = 0;
        for (List<Integer> rows : byLabel.values()) {
            Collections.shuffle(rows, random);
            // continuing the round-robin across classes keeps fold sizes balanced too
            for (int row : rows) {
                assignment[row] = next++ % k;
            }
        }
        return folds(assignment, k);
    }

    /** k-fold over groups: every row of a group lands in the same fold; groups are spread to balance row counts. */
    public static List<Fold> groupKFold(String[] groups, int k, long seed) {
        Map<String, List<Integer>> byGroup = new LinkedHashMap<>();
        for (int i = 0; i < groups.length; i++) {
            byGroup.computeIfAbsent(groups[i], g -> new ArrayList<>()).add(i);
        }
        if (byGroup.size() < k) {
            throw new IllegalArgumentException("grouped " + k + "-fold needs at least " + k + " groups, got "
                    + byGroup.size());
        }
        List<List<Integer>> members = new ArrayList<>(byGroup.values());
        Collections.shuffle(members, new Random(seed));
        // largest groups first into the currently smallest fold: a greedy balance of rows per fold
        members.sort((a, b) -> Integer.compare(b.size(), a.size()));
        int[] foldSize = new int[k];
        int[] assignment = new int[groups.length];
        for (List<Integer> group : members) {
            int target = 0;
            for (int f = 1; f < k; f++) {
                if (foldSize[f] < foldSize[target]) {
                    target = f;
                }
            }
            for (int row : group) {
                assignment[row] = target;
            }
            foldSize[target] += group.size();
        }
        return folds(assignment, k);
    }

    private static List<Fold> folds(int[] assignment, int k) {
        List<Fold> folds = new ArrayList<>(k);
        for (int f = 0; f < k; f++) {
            final int fold = f;
            int[] test = IntStream.range(0, assignment.length).filter(i -> assignment[i] == fold).toArray();
            int[] train = IntStream.range(0, assignment.length).filter(i -> assignment[i] != fold).toArray();
            folds.add(new Fold(train, test));
        }
        return folds;
    }

    private static List<Integer> shuffled(int n, long seed) {
        List<Integer> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(i);
        }
        Collections.shuffle(rows, new Random(seed));
        return rows;
    }

    private static int[] toArray(List<Integer> rows) {
        int[] a = rows.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(a);
        return a;
    }

    private static void checkK(int n, int k) {
        if (k < 2 || k > n) {
            throw new IllegalArgumentException("k must be in [2, n=" + n + "], got " + k);
        }
    }
}
