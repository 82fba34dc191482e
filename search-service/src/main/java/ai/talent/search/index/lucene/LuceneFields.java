package ai.talent.search.index.lucene;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Nullable;
import ai.talent.domain.skill.SkillCategory;
import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.search.index.ProfileFields;
import ai.talent.service.state.catalog.LuceneCatalogStore;
import java.util.Locale;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.FloatField;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene document of a freelancer. Field names are the same as in the Elasticsearch mapping
 * ({@code src/main/resources/elasticsearch/freelancers.json}); a Korean text field is analysed by Nori, its
 * {@code .std} twin by the standard analyzer.
 */
final class LuceneFields {

    /** The catalog store's id field (one term per entity), also sorted on for stable ties. */
    static final String ID = LuceneCatalogStore.ID;
    /** The catalog store's JSON of the profile, as the follower wrote it. */
    static final String SOURCE = LuceneCatalogStore.JSON;
    /** A stored copy of the vector, in indexes written before vectors were read from the HNSW field. */
    static final String VECTOR_BYTES = "vector_bytes";
    static final String NAME = "name";
    static final String NAME_PREFIX = "name_prefix";
    static final String HEADLINE = "headline";
    static final String BIO = "bio";
    static final String SKILL_NAMES = "skill_names";
    static final String STD = ".std";
    static final String SKILL_TERMS = "skill_terms";
    static final String SKILLS = "skills";
    static final String REGION = "region";
    static final String REMOTE = "remote";
    static final String LANGUAGES = "languages";
    static final String CATEGORY = "category";
    static final String TEXT_LANGUAGE = "text_language";
    static final String RATE = "rate";
    static final String YEARS = "years";
    static final String RATING = "rating";
    static final String RATING_SCORE = "rating_score";
    static final String AVAILABILITY = "availability";
    static final String COMPLETED = "completed";
    static final String VECTOR = "vector";
    /** The profile without its texts ({@link ProfileCard}): what a leg reads of each candidate. */
    static final String CARD = "card";

    /** Skill tokens carry their weight in term frequency, so length normalisation would only blur it. */
    private static final FieldType SKILL_TERMS_TYPE = new FieldType();

    static {
        SKILL_TERMS_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        SKILL_TERMS_TYPE.setTokenized(true);
        SKILL_TERMS_TYPE.setOmitNorms(true);
        SKILL_TERMS_TYPE.freeze();
    }

    private LuceneFields() {
    }

    /**
     * Adds the search fields of {@code f} to its catalog document, which already holds the store's id and JSON;
     * {@code vector} may be null (no encoder). {@code skillNameTokens} holds Nori's tokens of each skill's names.
     */
    static void addSearchFields(Document doc, Freelancer f, @Nullable float[] vector, SkillTaxonomy taxonomy,
                                SkillNameTokens skillNameTokens) {
        doc.add(new SortedDocValuesField(ID, new BytesRef(f.id())));
        doc.add(new BinaryDocValuesField(CARD, ProfileCard.encode(f)));
        text(doc, NAME, f.displayName());
        for (String prefix : ProfileFields.namePrefixes(f)) {
            doc.add(new StringField(NAME_PREFIX, prefix, Field.Store.NO));
        }
        text(doc, HEADLINE, f.headline());
        text(doc, BIO, f.bio());
        // Nori's tokens of the skill names come analysed once per skill; the standard twin is cheap to analyse.
        doc.add(new Field(SKILL_NAMES, skillNameTokens.tokens(f), TextField.TYPE_NOT_STORED));
        doc.add(new TextField(SKILL_NAMES + STD, ProfileFields.skillNames(f, taxonomy), Field.Store.NO));
        doc.add(new Field(SKILL_TERMS, ProfileFields.skillTerms(f), SKILL_TERMS_TYPE));
        f.skills().stream().map(s -> s.skillId()).distinct().forEach(id -> {
            doc.add(new StringField(SKILLS, id, Field.Store.NO));
            doc.add(new SortedSetDocValuesField(SKILLS, new BytesRef(id)));
        });
        doc.add(new StringField(REGION, f.region().name(), Field.Store.NO));
        doc.add(new SortedDocValuesField(REGION, new BytesRef(f.region().name())));
        doc.add(new StringField(REMOTE, Boolean.toString(f.remoteOk()), Field.Store.NO));
        for (String language : f.spokenLanguages()) {
            doc.add(new StringField(LANGUAGES, language.toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        SkillCategory category = ProfileFields.category(f, taxonomy);
        if (category != null) {
            doc.add(new StringField(CATEGORY, category.name(), Field.Store.NO));
        }
        doc.add(new StringField(TEXT_LANGUAGE, f.textLanguage().name(), Field.Store.NO));
        doc.add(new LongField(RATE, f.hourlyRate().amount(), Field.Store.NO));
        doc.add(new FloatField(YEARS, (float) ProfileFields.years(f), Field.Store.NO));
        doc.add(new FloatField(RATING, (float) f.ratingAverage(), Field.Store.NO));
        doc.add(new FloatField(RATING_SCORE, (float) ProfileFields.ratingScore(f), Field.Store.NO));
        doc.add(new IntField(AVAILABILITY, f.availabilityHoursPerWeek(), Field.Store.NO));
        doc.add(new IntField(COMPLETED, f.completedProjects(), Field.Store.NO));
        if (vector != null) {
            // Read back from the HNSW field's raw vectors (LuceneBackend): a stored copy would triple the stored
            // bytes every hit's JSON is decompressed with.
            doc.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
        }
    }

    private static void text(Document doc, String field, String value) {
        doc.add(new TextField(field, value, Field.Store.NO));
        doc.add(new TextField(field + STD, value, Field.Store.NO));
    }
}
