package ai.talent.matching.market;

/** The success predictor's latest probability for a project done by a freelancer. */
public record PredictedSuccess(String projectId, String freelancerId, double probability, String modelVersion) {
}
