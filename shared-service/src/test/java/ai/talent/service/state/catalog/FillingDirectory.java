package ai.talent.service.state.catalog;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

/**
 * A directory whose disk fills up on demand: while {@link #fill() full}, every byte written to a file fails with
 * the IOException the JDK throws on a full disk, wherever Lucene is in its write (a segment flush, a commit), as
 * Lucene's own {@code MockDirectoryWrapper.setMaxSizeInBytes} does. Files already written stay readable.
 */
final class FillingDirectory extends FilterDirectory {

    static final String NO_SPACE = "No space left on device";

    private final AtomicBoolean full = new AtomicBoolean();

    FillingDirectory(Directory in) {
        super(in);
    }

    void fill() {
        full.set(true);
    }

    void free() {
        full.set(false);
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
        return new Filling(in.createOutput(name, context));
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
        return new Filling(in.createTempOutput(prefix, suffix, context));
    }

    /** An output that refuses bytes while the disk is full. */
    private final class Filling extends IndexOutput {

        private final IndexOutput out;

        Filling(IndexOutput out) {
            super("filling(" + out + ")", out.getName());
            this.out = out;
        }

        private void refuseWhenFull() throws IOException {
            if (full.get()) {
                throw new IOException(NO_SPACE);
            }
        }

        @Override
        public void writeByte(byte b) throws IOException {
            refuseWhenFull();
            out.writeByte(b);
        }

        @Override
        public void writeBytes(byte[] b, int offset, int length) throws IOException {
            refuseWhenFull();
            out.writeBytes(b, offset, length);
        }

        @Override
        public long getFilePointer() {
            return out.getFilePointer();
        }

        @Override
        public long getChecksum() throws IOException {
            return out.getChecksum();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
