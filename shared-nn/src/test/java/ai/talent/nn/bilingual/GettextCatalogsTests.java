package ai.talent.nn.bilingual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GettextCatalogsTests {

    @Test
    void aCompiledCatalogGivesItsWholeSentenceMessagesCleanedAndNothingElse(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("a.mo"), mo(ByteOrder.LITTLE_ENDIAN, new String[][] {
            {"", "Content-Type: text/plain; charset=UTF-8\n"},
            {"The repository could not be opened.", "저장소를 열 수 없습니다."},
            {"cannot open %s for reading", "%s을(를) 읽기용으로 열 수 없습니다"},
            {"_Open the selected file now", "선택한 파일 지금 열기(_O)"},
            {"One file was removed from the index\0%d files were removed", "파일 하나를 색인에서 제거했습니다\0"},
            {"menu\u0004Save the whole   project\n to disk", "프로젝트 전체를\n 디스크에 저장"},
            {"  -v, --verbose     explain what is being done", "  -v, --verbose     진행 상황을 자세히 알림"},
            {"Too short here", "너무 짧음"},
            {"This message was left untranslated here", ""},
            {"This message has no Hangul in it", "This message has no Hangul in it"},
        }));
        Files.write(dir.resolve("b.mo"), mo(ByteOrder.BIG_ENDIAN, new String[][] {
            {"The repository could not be opened.", "저장소를 열지 못했습니다."},
            {"Press the button to start the download", "다운로드를 시작하려면 단추를 누르십시오"},
        }));
        Files.writeString(dir.resolve("notes.txt"), "not a catalog");

        List<ParallelPair> pairs = GettextCatalogs.read(dir);

        assertEquals(List.of(
                new ParallelPair("The repository could not be opened.", "저장소를 열 수 없습니다."),
                new ParallelPair("Open the selected file now", "선택한 파일 지금 열기"),
                new ParallelPair("One file was removed from the index", "파일 하나를 색인에서 제거했습니다"),
                new ParallelPair("Save the whole project to disk", "프로젝트 전체를 디스크에 저장"),
                new ParallelPair("Press the button to start the download", "다운로드를 시작하려면 단추를 누르십시오")),
                pairs, "a.mo's first translation wins; b.mo is big-endian; placeholders, option help, short, "
                        + "untranslated and Hangul-free messages are left out; a plural gives its singular forms");
    }

    @Test
    void pluralAndContextTakeTheSingularWithoutTheContext() {
        Map<String, String> m = GettextCatalogs.messages(mo(ByteOrder.LITTLE_ENDIAN, new String[][] {
            {"ctx\u0004One item was deleted\0%d items were deleted", "항목 하나를 삭제했습니다\0항목 %d개를 삭제했습니다"},
        }));
        assertEquals(Map.of("One item was deleted", "항목 하나를 삭제했습니다"), m);
        assertNull(GettextCatalogs.sentencePair("%d items were deleted here", "항목 %d개를 삭제했습니다"));
    }

    @Test
    void aFileThatIsNotACatalogIsRefusedAndAMissingFolderGivesNothing(@TempDir Path dir) throws Exception {
        assertThrows(IllegalArgumentException.class,
                () -> GettextCatalogs.messages("this is plain text, not a gettext file".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(), GettextCatalogs.read(dir.resolve("absent")));
    }

    /** A compiled catalog with these (original, translation) entries, in the given byte order. */
    static byte[] mo(ByteOrder order, String[][] entries) {
        int n = entries.length;
        int originals = 28;
        int translations = originals + 8 * n;
        int strings = translations + 8 * n;
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        List<int[]> orig = new ArrayList<>();
        List<int[]> trans = new ArrayList<>();
        for (String[] e : entries) {
            for (int side = 0; side < 2; side++) {
                byte[] bytes = e[side].getBytes(StandardCharsets.UTF_8);
                (side == 0 ? orig : trans).add(new int[] {bytes.length, strings + data.size()});
                data.writeBytes(bytes);
                data.write(0);
            }
        }
        ByteBuffer b = ByteBuffer.allocate(strings + data.size()).order(order);
        b.putInt(0x950412de).putInt(0).putInt(n).putInt(originals).putInt(translations).putInt(0).putInt(0);
        for (int[] o : orig) {
            b.putInt(o[0]).putInt(o[1]);
        }
        for (int[] t : trans) {
            b.putInt(t[0]).putInt(t[1]);
        }
        b.put(data.toByteArray());
        return b.array();
    }
}
