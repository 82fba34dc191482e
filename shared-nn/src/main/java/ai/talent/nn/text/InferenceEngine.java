package ai.talent.nn.text;

/**
 * Which engine a {@link TextEncoder} runs the frozen encoder on. Training always runs on PyTorch; serving may
 * run the same weights on ONNX Runtime (exported into the MiniLM graph, same vectors within 1e-5), which on
 * these CPUs is faster at batch 1 and on densely packed batches and leaves the PyTorch natives unloaded.
 */
public enum InferenceEngine {
    /** DJL's PyTorch engine through the fused inference path. */
    PYTORCH,
    /** ONNX Runtime (needs {@code com.microsoft.onnxruntime:onnxruntime} on the class path). */
    ONNX_RUNTIME
}
