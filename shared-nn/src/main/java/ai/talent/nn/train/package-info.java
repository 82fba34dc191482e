/**
 * Training: {@link ai.talent.nn.train.ModelTrainer#fit} runs a {@link ai.talent.nn.train.TrainConfig}
 * (optimiser, learning-rate schedule, L1/L2, gradient clipping, early stopping, seed, reports) over
 * in-memory {@link ai.talent.nn.train.TensorData}. Losses: binary and softmax cross-entropy, MSE,
 * InfoNCE, RankNet, ListNet — all DJL {@code Loss}es, usable with DJL's own trainer too.
 */
package ai.talent.nn.train;
