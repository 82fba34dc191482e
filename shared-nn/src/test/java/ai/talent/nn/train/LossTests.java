package ai.talent.nn.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.loss.Loss;
import ai.talent.nn.engine.NnEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LossTests {

    private static final double LN2 = Math.log(2);
    private NDManager m;

    @BeforeEach
    void open() {
        m = NnEngine.get().newBaseManager();
    }

    @AfterEach
    void close() {
        m.close();
    }

    @Test
    void binaryCrossEntropyMatchesTheFormulaAndStaysFiniteForLargeLogits() {
        float v = eval(new BceWithLogitsLoss(), list(m.create(new float[] {1f, 0f})), list(m.create(new float[] {0f, 2f})));
        assertThat(v).isCloseTo((float) ((LN2 + 2 + Math.log1p(Math.exp(-2))) / 2), within(1e-5f));
        float big = eval(new BceWithLogitsLoss(), list(m.create(new float[] {0f})), list(m.create(new float[] {1000f})));
        assertThat(big).isCloseTo(1000f, within(1e-3f));
        float padded = eval(new BceWithLogitsLoss(), list(m.create(new float[] {1f, BceWithLogitsLoss.IGNORE})),
                list(m.create(new float[] {0f, 7f})));
        assertThat(padded).isCloseTo((float) LN2, within(1e-5f));
    }

    @Test
    void softmaxCrossEntropyIsMinusLogProbabilityAndSkipsIgnoredLabels() {
        NDList logits = list(m.create(new float[] {(float) Math.log(3), 0f, 5f, -5f}, new Shape(2, 2)));
        float v = eval(new SoftmaxCeLoss(), list(m.create(new long[] {0, SoftmaxCeLoss.IGNORE})), logits);
        assertThat(v).isCloseTo((float) -Math.log(0.75), within(1e-5f));
    }

    @Test
    void meanSquaredErrorHasNoHalfFactor() {
        float v = eval(new MseLoss(), list(m.create(new float[] {0f, 0f})), list(m.create(new float[] {1f, 2f}, new Shape(2, 1))));
        assertThat(v).isCloseTo(2.5f, within(1e-6f));
    }

    @Test
    void infoNceOnOrthonormalPairsIsLogOnePlusEToTheMinusOne() {
        NDList pairs = list(m.eye(2), m.eye(2));
        float expected = (float) Math.log1p(Math.exp(-1));
        assertThat(eval(new InfoNceLoss(1f, false), list(), pairs)).isCloseTo(expected, within(1e-5f));
        assertThat(eval(new InfoNceLoss(1f, true), list(), pairs)).isCloseTo(expected, within(1e-5f));
        // A lower temperature sharpens the softmax: the same correct pairs cost less.
        assertThat(eval(new InfoNceLoss(0.1f, true), list(), pairs)).isLessThan(expected / 100);
    }

    @Test
    void infoNceHardNegativesJoinTheRowSoftmaxOnlyAndExcludedCandidatesDropOut() {
        float[][] anchors = {{1, 0, 0}, {0, 1, 0}};
        float[][] withNegative = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        NDList extra = list(m.create(anchors), m.create(withNegative));
        // Rows see e (positive) against 1 (other positive) and 1 (the hard negative); columns ignore hard negatives.
        float rows = (float) Math.log1p(2 * Math.exp(-1));
        float plain = (float) Math.log1p(Math.exp(-1));
        assertThat(eval(new InfoNceLoss(1f, false), list(), extra)).isCloseTo(rows, within(1e-5f));
        assertThat(eval(new InfoNceLoss(1f, true), list(), extra)).isCloseTo((rows + plain) / 2, within(1e-5f));

        float[][] dropNegative = {{0, 0, 1}, {0, 0, 1}};
        NDList masked = list(m.create(anchors), m.create(withNegative), m.create(dropNegative));
        assertThat(eval(new InfoNceLoss(1f, true), list(), masked)).isCloseTo(plain, within(1e-5f));

        // Two pairs of one group are not each other's negatives: nothing is left to contrast, the loss is 0.
        float[][] sameGroup = {{0, 1}, {1, 0}};
        NDList grouped = list(m.eye(2), m.eye(2), m.create(sameGroup));
        assertThat(eval(new InfoNceLoss(1f, true), list(), grouped)).isCloseTo(0f, within(1e-5f));
    }

    @Test
    void rankNetAveragesOverOrderedPairsOnly() {
        NDList scores = list(m.create(new float[] {1f, 0f, 5f}, new Shape(1, 3, 1)));
        NDList relevance = list(m.create(new float[] {1f, 0f, 0f}, new Shape(1, 3)));
        // pairs (0,1): log(1+e^-1), (0,2): log(1+e^4); items 1 and 2 tie and do not count
        double expected = (Math.log1p(Math.exp(-1)) + Math.log1p(Math.exp(4))) / 2;
        assertThat(eval(new RankNetLoss(), relevance, scores)).isCloseTo((float) expected, within(1e-5f));
    }

    @Test
    void listNetIsTheCrossEntropyOfTheTwoSoftmaxes() {
        NDList relevance = list(m.create(new float[] {(float) Math.log(3), 0f}, new Shape(1, 2)));
        float uniform = eval(new ListNetLoss(), relevance, list(m.create(new float[] {0f, 0f}, new Shape(1, 2))));
        assertThat(uniform).isCloseTo((float) LN2, within(1e-5f));
        float matching = eval(new ListNetLoss(), relevance, list(m.create(new float[] {(float) Math.log(3), 0f}, new Shape(1, 2))));
        assertThat(matching).isCloseTo((float) -(0.75 * Math.log(0.75) + 0.25 * Math.log(0.25)), within(1e-5f));
    }

    private static float eval(Loss loss, NDList labels, NDList predictions) {
        return loss.evaluate(labels, predictions).getFloat();
    }

    private static NDList list(ai.djl.ndarray.NDArray... arrays) {
        return new NDList(arrays);
    }
}
