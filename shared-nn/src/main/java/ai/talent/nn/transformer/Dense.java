package ai.talent.nn.transformer;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.util.PairList;

/**
 * A fully connected layer over the last axis ({@code y = x W^T + b}, weight stored {@code [out, in]} as in
 * PyTorch). It can swap its fp32 weight for int8 values with one scale per output channel, in which case it
 * dequantizes the weight for each forward pass: the model then holds a quarter of the weight memory at
 * the cost of that conversion.
 */
public final class Dense extends AbstractBlock {

    private final int in;
    private final int out;
    private final Parameter weight;
    private final Parameter bias;
    private NDArray int8Weight;
    private NDArray channelScales;

    public Dense(int in, int out) {
        this.in = in;
        this.out = out;
        weight = addParameter(Parameter.builder().setName("weight").setType(Parameter.Type.WEIGHT)
                .optShape(new Shape(out, in)).optInitializer(new NormalInitializer(0.02f)).build());
        bias = addParameter(Parameter.builder().setName("bias").setType(Parameter.Type.BIAS)
                .optShape(new Shape(out)).build());
    }

    /** Input features. */
    public int inFeatures() {
        return in;
    }

    /** Output features. */
    public int outFeatures() {
        return out;
    }

    /** The fp32 weight {@code [out, in]}; absent once the layer is quantized. */
    public Parameter weight() {
        return weight;
    }

    /** The bias {@code [out]}. */
    public Parameter bias() {
        return bias;
    }

    /** Whether the layer runs on int8 weights. */
    public boolean isQuantized() {
        return int8Weight != null;
    }

    /**
     * Replaces the fp32 weight by int8 values {@code [out, in]} and per-output-channel scales {@code [out]};
     * both arrays become owned by this layer. The fp32 weight array is released.
     */
    public void useInt8(NDArray values, NDArray scales) {
        if (values.getDataType() != DataType.INT8 || !values.getShape().equals(new Shape(out, in))) {
            throw new IllegalArgumentException("int8 weight must be INT8 " + new Shape(out, in) + ", got "
                    + values.getDataType() + " " + values.getShape());
        }
        NDArray old = weight.getArray();
        values.attach(old.getManager());
        scales.attach(old.getManager());
        int8Weight = values;
        channelScales = scales;
        old.close();
    }

    /** The int8 weight, or null when the layer is fp32. */
    public NDArray int8Weight() {
        return int8Weight;
    }

    /** The per-output-channel scales, or null when the layer is fp32. */
    public NDArray channelScales() {
        return channelScales;
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        NDArray b = ps.getValue(bias, x.getDevice(), training);
        if (int8Weight != null) {
            try (NDArray w = int8Weight.toType(DataType.FLOAT32, false)) {
                NDArray y = x.getNDArrayInternal().linear(x, w, null).singletonOrThrow();
                return new NDList(y.muli(channelScales).addi(b));
            }
        }
        NDArray w = ps.getValue(weight, x.getDevice(), training);
        return x.getNDArrayInternal().linear(x, w, b);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape s = inputShapes[0];
        return new Shape[] {s.slice(0, s.dimension() - 1).add(out)};
    }
}
