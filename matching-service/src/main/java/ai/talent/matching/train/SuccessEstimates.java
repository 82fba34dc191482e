package ai.talent.matching.train;

import ai.talent.domain.model.Freelancer;
import java.util.OptionalDouble;

/**
 * A success probability for a freelancer on a project of a market's history, as the success predictor would have
 * published it when the project was posted; empty when none is known (the ranker's fallback).
 */
@FunctionalInterface
public interface SuccessEstimates {

    SuccessEstimates NONE = (market, project, freelancer) -> OptionalDouble.empty();

    OptionalDouble estimate(MarketHistory market, PastProject project, Freelancer freelancer);
}
