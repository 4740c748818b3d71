package dev.hindsight.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The byte sniff answers as a search of the decoded text for the envelope does, on any bytes. */
class EnvelopeSnifferTest {
    /** What ReportFiles.isReport searched the decoded head for before. */
    private static final Pattern ENVELOPE = Pattern.compile("\"format\"\\s*:\\s*\"postmortem-report\"");

    private static final String[] PIECES = {"\"format\"", "\"format\" ", "format", "\"", ":", " ", "\t", "\n", "\r\n",
        "\u000B", "\f", "\u00A0", "\u2003", "\"postmortem-report\"", "\"postmortem-report", "postmortem-report\"",
        "\"Postmortem-report\"", "{", "}", ",", "\"formatVersion\": 1", "é", "中", "😀", "\u0000"};
    private static final String[] SPACES = {"", " ", "  ", "\t", "\n  ", "\r\n", "\u000B", "\f", "\u00A0", "\u2003", "\u0000"};
    private static final byte[][] BYTES = {{(byte) 0xC3}, {(byte) 0xE4, (byte) 0xB8}, {(byte) 0xFF}, {(byte) 0x80},
        {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}};

    @Test
    void answersAsTheSearchOfTheDecodedTextOnGeneratedHeads() {
        Random random = new Random(20261202L);
        int found = 0;
        for (int n = 0; n < 50_000; n++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int i = random.nextInt(12); i >= 0; i--) {
                if (random.nextInt(8) == 0) {
                    out.writeBytes(BYTES[random.nextInt(BYTES.length)]);
                } else if (random.nextInt(6) == 0) {
                    out.writeBytes(("\"format\"" + SPACES[random.nextInt(SPACES.length)] + ":" + SPACES[random.nextInt(SPACES.length)]
                            + "\"postmortem-report\"").getBytes(StandardCharsets.UTF_8));
                } else {
                    out.writeBytes(PIECES[random.nextInt(PIECES.length)].getBytes(StandardCharsets.UTF_8));
                }
            }
            byte[] head = out.toByteArray();
            boolean expected = ENVELOPE.matcher(new String(head, StandardCharsets.UTF_8)).find();
            assertThat(EnvelopeSniffer.hasEnvelope(head)).as("%s", new String(head, StandardCharsets.UTF_8))
                    .isEqualTo(expected);
            found += expected ? 1 : 0;
        }
        assertThat(found).as("heads holding the envelope").isBetween(1_000, 25_000);
    }

    @Test
    void findsTheEnvelopeOfARealReportAndNotInOtherFiles() {
        assertThat(EnvelopeSniffer.hasEnvelope("{\n  \"format\": \"postmortem-report\",\n  \"formatVersion\": 1"
                .getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(EnvelopeSniffer.hasEnvelope("%PDF-1.5 \"format\" : \"postmortem-report".getBytes(StandardCharsets.UTF_8)))
                .isFalse();
        assertThat(EnvelopeSniffer.hasEnvelope(new byte[0])).isFalse();
    }
}
