package ai.talent.sim;

import java.io.Writer;

/**
 * A writer that keeps nothing and only counts the characters it is given, so the scale benchmark and the memory
 * test can run the simulator's whole output path without a disk in the way.
 */
final class CountingWriter extends Writer {

    private long chars;

    long chars() {
        return chars;
    }

    @Override
    public void write(char[] buffer, int offset, int length) {
        chars += length;
    }

    @Override
    public void write(String text, int offset, int length) {
        chars += length;
    }

    @Override
    public void write(int c) {
        chars++;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
