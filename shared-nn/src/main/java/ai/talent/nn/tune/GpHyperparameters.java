package ai.talent.nn.tune;

/** Length scale per input dimension, signal variance and noise variance of a Gaussian process. */
public record GpHyperparameters(double[] lengthScales, double signalVariance, double noiseVariance) {
}
