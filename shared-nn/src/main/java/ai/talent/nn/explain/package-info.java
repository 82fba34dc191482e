/** Feature attributions for trained models: integrated gradients with a configurable baseline and quadrature rule. */
package ai.talent.nn.explain;
