package ai.talent.sim;

import ai.talent.domain.model.Freelancer;

/** A simulated freelancer: the public profile and the hidden truth behind it. */
public record SimFreelancer(long index, Freelancer freelancer, FreelancerTruth truth) {
}
