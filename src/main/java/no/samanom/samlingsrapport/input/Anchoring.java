package no.samanom.samlingsrapport.input;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The programme's ladder "from awareness to acceptance and ownership": three phases of two
 * steps each, as the seed draws it. A coordinator may name a step, or only a phase.
 */
public final class Anchoring {

    private Anchoring() {
    }

    public enum Phase {
        BEVISSTHET("Bevissthet", "bevisstheit", "medvit", "awareness"),
        AKSEPT("Aksept", "acceptance"),
        EIERSKAP("Eierskap", "eigarskap", "ownership");

        private final List<String> names;

        Phase(String... names) {
            this.names = List.of(names);
        }

        public String displayName() {
            return names.get(0);
        }

        /** Both steps of the phase, lower first. */
        public List<Step> steps() {
            return Arrays.stream(Step.values()).filter(s -> s.phase == this).toList();
        }
    }

    public enum Step {
        INTERESSE(Phase.BEVISSTHET, "Interesse", "interest"),
        BEVISSTHET(Phase.BEVISSTHET, "Bevissthet", "bevisstheit", "medvit", "awareness"),
        FORSTAELSE(Phase.AKSEPT, "Forståelse", "forståing", "understanding"),
        ENGASJEMENT(Phase.AKSEPT, "Engasjement", "engagement"),
        FORPLIKTELSE(Phase.EIERSKAP, "Forpliktelse", "forplikting", "commitment"),
        INTERNALISERING(Phase.EIERSKAP, "Internalisering", "internalisation", "internalization");

        private final Phase phase;
        private final List<String> names;

        Step(Phase phase, String... names) {
            this.phase = phase;
            this.names = List.of(names);
        }

        public Phase phase() {
            return phase;
        }

        public String displayName() {
            return names.get(0);
        }

        /** 1 (Interesse) to 6 (Internalisering): the rung of the ladder. */
        public int rung() {
            return ordinal() + 1;
        }
    }

    /**
     * Where a municipality stands: a phase, and the step when one was given.
     *
     * @param step null when only the phase was named
     */
    public record Stage(Phase phase, Step step) {

        /** The height on the ladder: the step's rung, or the middle of the phase when no step was named. */
        public double level() {
            return step != null ? step.rung() : phase.ordinal() * 2 + 1.5;
        }
    }

    /**
     * A step or a phase, matched like column names (case, accents and spaces do not matter).
     * "Bevissthet" is both the first phase and its second step; the step is the more precise answer.
     */
    public static Optional<Stage> parse(String text) {
        String key = Names.key(text);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Optional<Stage> step = Arrays.stream(Step.values())
                .filter(s -> s.names.stream().anyMatch(n -> Names.key(n).equals(key)))
                .findFirst().map(s -> new Stage(s.phase, s));
        return step.isPresent() ? step : Arrays.stream(Phase.values())
                .filter(p -> p.names.stream().anyMatch(n -> Names.key(n).equals(key)))
                .findFirst().map(p -> new Stage(p, null));
    }

    /** Every step of the ladder, then the phases that are not also a step: what a drop-down list offers. */
    public static List<String> names() {
        List<String> names = new java.util.ArrayList<>(Arrays.stream(Step.values()).map(Step::displayName).toList());
        Arrays.stream(Phase.values()).map(Phase::displayName).filter(n -> !names.contains(n)).forEach(names::add);
        return names;
    }

    /** "Bevissthet (Interesse, Bevissthet), Aksept (Forståelse, Engasjement), ...", for messages. */
    public static String accepted() {
        return String.join(", ", Arrays.stream(Phase.values()).map(p -> p.displayName() + " ("
                + String.join(", ", p.steps().stream().map(Step::displayName).toList()) + ")").toList());
    }
}
