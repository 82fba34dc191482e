/**
 * Network building blocks on DJL: {@link ai.talent.nn.block.Mlp} (configurable depth, width,
 * activation, dropout, batch/layer norm, residual shortcuts), {@link ai.talent.nn.block.SequenceModel}
 * (id embedding → LSTM/GRU → per-step or last-step head, e.g. knowledge tracing),
 * {@link ai.talent.nn.block.TwoTower} for contrastive retrieval, and the output
 * {@link ai.talent.nn.block.Heads} (binary, multi-class, regression, token classification, L2-normalised
 * embedding).
 */
package ai.talent.nn.block;
