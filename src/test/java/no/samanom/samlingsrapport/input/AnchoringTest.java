package no.samanom.samlingsrapport.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import no.samanom.samlingsrapport.input.Anchoring.Phase;
import no.samanom.samlingsrapport.input.Anchoring.Stage;
import no.samanom.samlingsrapport.input.Anchoring.Step;

class AnchoringTest {

    @Test
    void shouldAcceptTheStepOrThePhaseInAnyCaseWithOrWithoutAccents() {
        assertThat(Anchoring.parse("Forståelse")).contains(new Stage(Phase.AKSEPT, Step.FORSTAELSE));
        assertThat(Anchoring.parse(" FORSTAELSE ")).contains(new Stage(Phase.AKSEPT, Step.FORSTAELSE));
        assertThat(Anchoring.parse("internalisering")).contains(new Stage(Phase.EIERSKAP, Step.INTERNALISERING));
        assertThat(Anchoring.parse("Aksept")).contains(new Stage(Phase.AKSEPT, null));
        assertThat(Anchoring.parse("eierskap")).contains(new Stage(Phase.EIERSKAP, null));
        assertThat(Anchoring.parse("Eigarskap")).contains(new Stage(Phase.EIERSKAP, null));
        assertThat(Anchoring.parse("commitment")).contains(new Stage(Phase.EIERSKAP, Step.FORPLIKTELSE));
        assertThat(Anchoring.parse("Toppen")).isEmpty();
        assertThat(Anchoring.parse("")).isEmpty();
    }

    @Test
    void shouldTakeBevissthetAsTheStepSinceItNamesBothTheFirstPhaseAndItsSecondStep() {
        assertThat(Anchoring.parse("bevissthet")).contains(new Stage(Phase.BEVISSTHET, Step.BEVISSTHET));
    }

    @Test
    void shouldPlaceAPhaseWithoutAStepInTheMiddleOfItsRungs() {
        assertThat(new Stage(Phase.BEVISSTHET, Step.INTERESSE).level()).isEqualTo(1);
        assertThat(new Stage(Phase.EIERSKAP, Step.INTERNALISERING).level()).isEqualTo(6);
        assertThat(new Stage(Phase.AKSEPT, null).level()).isEqualTo(3.5);
    }
}
