package ai.talent.matching.text;

import java.util.List;

/** Texts to unit vectors in one named vector space. */
public interface TextVectors {

    /** Names the vector space: vectors of different fingerprints never share an index. */
    String fingerprint();

    int dimension();

    float[][] embed(List<String> texts);
}
