package no.samanom.samlingsrapport.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisibleTest {

    @Test
    void shouldEscapeTerminalSequencesLineBreaksAndBidirectionalOverrides() {
        // an OSC sequence that sets a terminal's title, a clear-screen sequence, and a forged line
        assertThat(Visible.of("a\u001b]0;hacked\u0007b\u001b[2Jc\nTotalt: 0 avvik"))
                .isEqualTo("a\\x1B]0;hacked\\x07b\\x1B[2Jc\\x0ATotalt: 0 avvik");
        assertThat(Visible.of("fil\u202Egpj.exe")).isEqualTo("fil\\u202Egpj.exe");
        assertThat(Visible.of("nul\u0000byte\u0085")).isEqualTo("nul\\x00byte\\x85");
        assertThat(Visible.of("Ørland 🙂 Karmøy")).isEqualTo("Ørland 🙂 Karmøy");
    }

    @Test
    void shouldKeepTheLinesOfACellButEscapeEverythingElse() {
        assertThat(Visible.cell("• Godt\r\n• Bedre\tnå\u001b[31m")).isEqualTo("• Godt\r\n• Bedre\tnå\\x1B[31m");
    }

    @Test
    void shouldCutLongTextSayingHowLongItWasAndNotCutItTwice() {
        String huge = "x".repeat(52_428_800);
        String shown = Visible.of(huge, Visible.VALUE);
        assertThat(shown).startsWith("x".repeat(200)).endsWith("… (52\u00A0428\u00A0800 tegn)");
        assertThat(shown.length()).isLessThan(240);
        assertThat(Visible.of(shown, Visible.VALUE)).isEqualTo(shown);
    }

    @Test
    void shouldGroupCountsTheNorwegianWay() {
        assertThat(Visible.count(199_990)).isEqualTo("199\u00A0990");
        assertThat(Visible.count(7)).isEqualTo("7");
    }
}
