package ai.talent.nn.train;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.talent.nn.engine.NnEngine;

/** Forward passes in evaluation mode (dropout off, BatchNorm on running statistics) outside a Trainer. */
public final class Inference {

    private Inference() {
    }

    /** Outputs are created alongside the inputs, in the inputs' manager. */
    public static NDList forward(Block block, NDList inputs) {
        NnEngine.configureCurrentThread();
        NDManager manager = inputs.head().getManager();
        return block.forward(new ParameterStore(manager, false), inputs, false);
    }
}
