package ai.talent.search.index.lucene;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Language;
import ai.talent.domain.model.Money;
import ai.talent.domain.model.Nullable;
import ai.talent.domain.model.Region;
import ai.talent.domain.model.SkillLevel;
import ai.talent.domain.text.TextSignals;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.util.BytesRef;

/**
 * A profile without its texts (headline and bio), in a compact binary form kept as a doc value beside the stored
 * JSON: what a search needs of each of its hundreds of candidates (skills, rate, region, years, rating,
 * availability, languages, name, and what the texts state — role, domains, seniority, years — read once when the
 * profile is indexed) for the intent fit, facets, sorting and fusion. Reading it skips the stored JSON's block
 * decompression and parsing, which were most of a leg's time, and reading the texts' signals again; only the page's
 * hits are read in full.
 *
 * <p>The first byte is the format's version: a value of another version, a malformed one, or one whose signals were
 * read with other phrase lists ({@link TextSignals#fingerprint()}) decodes to nothing and the stored JSON is read
 * instead (as for documents written before the card existed); {@code ./talent search reindex} rewrites the cards.
 */
final class ProfileCard {

    /** Bumped when the layout changes (a field of {@link Freelancer} added or its meaning changed). */
    static final byte VERSION = 2;

    /** A decoded card: the profile with empty headline and bio, and what those texts state. */
    record Card(Freelancer profile, TextSignals.Profile stated) {
    }

    private ProfileCard() {
    }

    static BytesRef encode(Freelancer f) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeUTF(f.id());
            out.writeUTF(f.displayName());
            out.writeUTF(f.textLanguage().name());
            out.writeShort(f.skills().size());
            for (SkillLevel s : f.skills()) {
                out.writeUTF(s.skillId());
                out.writeByte(s.level());
                out.writeDouble(s.years());
            }
            out.writeLong(f.hourlyRate().amount());
            out.writeUTF(f.hourlyRate().currency());
            out.writeUTF(f.region().name());
            out.writeBoolean(f.remoteOk());
            out.writeShort(f.spokenLanguages().size());
            for (String language : f.spokenLanguages()) {
                out.writeUTF(language);
            }
            out.writeInt(f.availabilityHoursPerWeek());
            out.writeDouble(f.ratingAverage());
            out.writeInt(f.ratingCount());
            out.writeInt(f.completedProjects());
            TextSignals signals = TextSignals.standard();
            out.writeUTF(signals.encode(signals.readProfile(f)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BytesRef(bytes.toByteArray());
    }

    /**
     * The profile with empty headline and bio and what they state, or null when the value is of another version,
     * malformed, or its signals were read with other phrase lists.
     */
    static @Nullable Card decode(BytesRef value) {
        if (value == null || value.length == 0 || value.bytes[value.offset] != VERSION) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(
                new java.io.ByteArrayInputStream(value.bytes, value.offset + 1, value.length - 1))) {
            String id = in.readUTF();
            String name = in.readUTF();
            Language textLanguage = Language.valueOf(in.readUTF());
            int skillCount = in.readUnsignedShort();
            List<SkillLevel> skills = new ArrayList<>(skillCount);
            for (int i = 0; i < skillCount; i++) {
                skills.add(new SkillLevel(in.readUTF(), in.readByte(), in.readDouble()));
            }
            Money rate = new Money(in.readLong(), in.readUTF());
            Region region = Region.valueOf(in.readUTF());
            boolean remote = in.readBoolean();
            int languageCount = in.readUnsignedShort();
            List<String> languages = new ArrayList<>(languageCount);
            for (int i = 0; i < languageCount; i++) {
                languages.add(in.readUTF());
            }
            int availability = in.readInt();
            double ratingAverage = in.readDouble();
            int ratingCount = in.readInt();
            int completed = in.readInt();
            TextSignals.Profile stated = TextSignals.standard().decodeProfile(in.readUTF());
            if (in.available() != 0 || stated == null) {
                return null;
            }
            return new Card(new Freelancer(id, name, "", "", textLanguage, skills, rate, region, remote, languages,
                    availability, ratingAverage, ratingCount, completed), stated);
        } catch (IOException | RuntimeException e) {
            // truncated, an unknown enum name, a value a profile cannot hold: read the stored JSON instead
            return null;
        }
    }
}
