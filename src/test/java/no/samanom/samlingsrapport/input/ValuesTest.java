package no.samanom.samlingsrapport.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

class ValuesTest {

    @Test
    void shouldReadDecimalCommaPointAndSpacedThousands() {
        assertThat(Values.decimal("4,5")).contains(new BigDecimal("4.5"));
        assertThat(Values.decimal("4.5")).contains(new BigDecimal("4.5"));
        assertThat(Values.decimal("1 234,5")).contains(new BigDecimal("1234.5"));
        assertThat(Values.decimal("78,5\u00A0")).contains(new BigDecimal("78.5"));
        assertThat(Values.decimal("fire")).isEmpty();
        assertThat(Values.decimal("")).isEmpty();
        assertThat(Values.decimal("4,5,6")).isEmpty();
    }

    @Test
    void shouldAcceptOnlyWholeNumbersOnTheScale() {
        assertThat(Values.whole("5", 1, 6)).contains(5);
        assertThat(Values.whole("5,0", 1, 6)).contains(5);
        assertThat(Values.whole(" 6 ", 1, 6)).contains(6);
        assertThat(Values.whole("4,5", 1, 6)).isEmpty();
        assertThat(Values.whole("7", 1, 6)).isEmpty();
        assertThat(Values.whole("0", 1, 10)).isEmpty();
        assertThat(Values.whole("10", 1, 10)).contains(10);
    }

    @Test
    void shouldNotReadANumberThatCouldBeReadTwoWays() {
        assertThat(Values.whole("1 0", 1, 10)).isEmpty();
        assertThat(Values.problem("1 0")).contains("mellomrom");
        assertThat(Values.whole("1.000", 1, 10)).isEmpty();
        assertThat(Values.decimal("12.500")).isEmpty();
        assertThat(Values.problem("1.000")).contains("Tvetydig");
        assertThat(Values.decimal("12 500")).contains(new BigDecimal("12500"));
        assertThat(Values.decimal("1,000")).contains(new BigDecimal("1.000")); // the Norwegian decimal comma
        assertThat(Values.decimal("78.5")).contains(new BigDecimal("78.5"));
        assertThat(Values.problem("78,5")).isNull();
    }

    @Test
    void shouldCountPlainNumberDatesInTheWorkbooksDateSystem() {
        assertThat(Values.date("41351", false)).contains(LocalDate.of(2013, 3, 18));
        assertThat(Values.date("39889", true)).contains(LocalDate.of(2013, 3, 18));
    }

    @Test
    void shouldReadNorwegianAndIsoDates() {
        LocalDate expected = LocalDate.of(2013, 3, 18);
        assertThat(Values.date("2013-03-18", false)).contains(expected);
        assertThat(Values.date("18.03.2013", false)).contains(expected);
        assertThat(Values.date("18.3.2013", false)).contains(expected);
        assertThat(Values.date("31.02.2013", false)).isEmpty();
        assertThat(Values.date("mars 2013", false)).isEmpty();
        assertThat(Values.date("41351", false)).contains(expected);
        assertThat(Values.date("12345", false)).isEmpty();
    }

    @Test
    void shouldSplitCellsIntoStatementsByLineAndBullet() {
        assertThat(Statements.split("• God planlegging\n• Godt lederskap\r\n\n")).containsExactly("God planlegging", "Godt lederskap");
        assertThat(Statements.split("- Bra klima\n* Lite dødtid")).containsExactly("Bra klima", "Lite dødtid");
        assertThat(Statements.split("-2 grader ute")).containsExactly("-2 grader ute");
        assertThat(Statements.split("  ")).isEmpty();
    }

    @Test
    void shouldReadATimeWrittenFourWays() {
        LocalTime nine = LocalTime.of(9, 0);
        assertThat(Values.time("0900")).contains(nine);
        assertThat(Values.time("09:00")).contains(nine);
        assertThat(Values.time("9.00")).contains(nine);
        assertThat(Values.time("0,375")).contains(nine); // Excel's fraction of a day, from a cell that lost its format
        assertThat(Values.time("kl. 9.00")).contains(nine);
        assertThat(Values.time("1445")).contains(LocalTime.of(14, 45));
        assertThat(Values.time("845")).contains(LocalTime.of(8, 45));
        assertThat(Values.time("0.5416666667")).contains(LocalTime.of(13, 0));
        assertThat(Values.time("0.50")).contains(LocalTime.of(0, 50)); // two digits after the point: a clock's minutes
    }

    @Test
    void shouldNotReadWhatIsNoTimeOfDay() {
        assertThat(Values.time("2500")).isEmpty();
        assertThat(Values.time("9.75")).isEmpty();
        assertThat(Values.time("9")).isEmpty(); // nine o'clock, or nine minutes?
        assertThat(Values.time("1,5")).isEmpty();
        assertThat(Values.time("formiddag")).isEmpty();
        assertThat(Values.time("")).isEmpty();
    }
}
