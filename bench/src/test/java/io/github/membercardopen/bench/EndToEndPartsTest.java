package io.github.membercardopen.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EndToEndPartsTest {
    @Test
    void memberFileHasAPhoneHeaderAndDistinctMainlandMobiles(@TempDir Path dir) throws IOException {
        List<String> lines = Files.readAllLines(MemberFile.write(dir.resolve("m.csv"), 50_000));
        assertEquals("phone", lines.get(0));
        Set<String> phones = new HashSet<>(lines.subList(1, lines.size()));
        assertEquals(50_000, phones.size());
        assertTrue(phones.stream().allMatch(phone -> phone.matches("13[0-9]{9}")));
    }

    @Test
    void gcLogGivesTheLargestHeapBeforeAndAfterACollection(@TempDir Path dir) throws IOException {
        Path log = Files.writeString(dir.resolve("gc.log"), String.join("\n",
                "[0.010s][info][gc] Using G1",
                "[0.512s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->3M(64M) 2.345ms",
                "[0.900s][info][gc] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 40M->9M(64M) 1.100ms",
                "[1.100s][info][gc] GC(2) Pause Young (Allocation Failure) 2048K->512K(8192K) 0.300ms"));
        assertEquals(new GcLog(3, 40, 9), GcLog.read(log));
    }

    @Test
    void markdownTableHasOneRowPerLine() {
        String table = BenchTable.markdown(List.of(new BenchTable.Line("a", "JDK", "1 members/s", "-", "≥ 2")));
        assertEquals("| measurement | provider | figure | compared | target |\n| --- | --- | --- | --- | --- |\n"
                + "| a | JDK | 1 members/s | - | ≥ 2 |\n", table);
    }

    @Test
    void optionsOverrideTheRealRunDefaults() {
        BenchAll.Settings settings = BenchAll.parse(new String[] {"--quick", "--members", "2000",
                "--memory-members", "20000"});
        assertTrue(settings.quick());
        assertEquals(2000, settings.members());
        assertEquals(20000, settings.memoryMembers());
        assertEquals(4, settings.threads());
    }
}
