package ai.talent.sim;

import ai.talent.domain.model.Freelancer;

/**
 * A simulated freelancer: the public profile, the hidden truth behind it, and the track record they brought
 * from before the simulated history (the profile's record may include contracts completed since).
 */
public record SimFreelancer(long index, Freelancer freelancer, FreelancerTruth truth, TrackRecord initialRecord) {
}
