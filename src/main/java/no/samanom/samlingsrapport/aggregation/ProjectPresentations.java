package no.samanom.samlingsrapport.aggregation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import no.samanom.samlingsrapport.input.Consequence;
import no.samanom.samlingsrapport.input.DataRow.ProjectStatusRow;
import no.samanom.samlingsrapport.input.Deviation;
import no.samanom.samlingsrapport.input.Names;
import no.samanom.samlingsrapport.input.Visible;
import no.samanom.samlingsrapport.report.GatheringSummary.ProgrammeItem;
import no.samanom.samlingsrapport.report.GatheringSummary.ProgrammeSection;
import no.samanom.samlingsrapport.report.GatheringSummary.ProjectPresentation;

/**
 * The municipalities' project presentations: one per municipality, whatever number of rows it
 * took, each heading's points in the order first made and the same point made twice kept once.
 * They are shown in the order the programme names the municipalities, the others after them in
 * the order of the table.
 */
final class ProjectPresentations {

    private final StatementGroups.Registry registry = new StatementGroups.Registry();
    private final Map<String, Presentation> byMunicipality = new LinkedHashMap<>();
    private final Consumer<Deviation> late;

    /** @param late where a second, different expected completion goes */
    ProjectPresentations(Consumer<Deviation> late) {
        this.late = late;
    }

    /** @param municipality the key the municipality is counted by ({@link NameTally}) */
    void add(String municipality, ProjectStatusRow row) {
        byMunicipality.computeIfAbsent(municipality, k -> new Presentation(byMunicipality.size(), registry)).add(row, late);
    }

    /** @param shown the municipality as every report spells it, by its key */
    List<ProjectPresentation> build(ProgrammeSection programme, UnaryOperator<String> shown) {
        List<List<String>> items = new ArrayList<>();
        programme.days().forEach(day -> day.items().forEach(item -> items.add(words(text(item)))));
        record Placed(int item, int word, Presentation presentation, String municipality) {
        }
        List<Placed> placed = new ArrayList<>();
        byMunicipality.forEach((key, presentation) -> {
            String municipality = shown.apply(key);
            int[] at = mentioned(words(municipality), items);
            placed.add(new Placed(at[0], at[1], presentation, municipality));
        });
        // a stable sort: the municipalities the programme does not name stay in the order of the table
        return placed.stream().sorted(Comparator.comparingInt(Placed::item).thenComparingInt(Placed::word))
                .map(p -> p.presentation().presentation(p.municipality())).toList();
    }

    /** Where the programme first names the municipality: item, then word; after every item when it does not. */
    private static int[] mentioned(List<String> name, List<List<String>> items) {
        for (int i = 0; i < items.size(); i++) {
            List<String> words = items.get(i);
            for (int w = 0; w + name.size() <= words.size(); w++) {
                if (!name.isEmpty() && words.subList(w, w + name.size()).equals(name)) {
                    return new int[]{i, w};
                }
            }
        }
        return new int[]{items.size(), 0};
    }

    private static String text(ProgrammeItem item) {
        return String.join(" ", item.title(), Objects.toString(item.speaker(), ""),
                Objects.toString(item.organisation(), ""), String.join(" ", item.description()));
    }

    /** The words of a text folded like names: "Ørland kommune" and "ORLAND-KOMMUNE" are the same two words. */
    private static List<String> words(String text) {
        return Arrays.stream(text.split("[^\\p{L}\\p{N}]+")).map(Names::key).filter(w -> !w.isEmpty()).toList();
    }

    /** One municipality's points under each heading, deduplicated as statements are. */
    private static final class Presentation {
        private final int id;
        private final StatementGroups status;
        private final StatementGroups anchoring;
        private final StatementGroups risk;
        private final StatementGroups benefits;
        private final StatementGroups measurement;
        private ProjectStatusRow completion;

        Presentation(int id, StatementGroups.Registry registry) {
            this.id = id;
            status = new StatementGroups(registry);
            anchoring = new StatementGroups(registry);
            risk = new StatementGroups(registry);
            benefits = new StatementGroups(registry);
            measurement = new StatementGroups(registry);
        }

        void add(ProjectStatusRow row, Consumer<Deviation> late) {
            // counted once per municipality, so that a point repeated on two rows is one point, not "(2 av …)"
            row.status().forEach(s -> status.add(s, id));
            row.anchoring().forEach(s -> anchoring.add(s, id));
            row.risk().forEach(s -> risk.add(s, id));
            row.benefits().forEach(s -> benefits.add(s, id));
            row.measurement().forEach(s -> measurement.add(s, id));
            if (completion == null) {
                completion = row.completion() != null ? row : null;
            } else if (row.completion() != null && !row.completion().equals(completion.completion())) {
                late.accept(Deviation.at(row.origin(), "forventet avslutning", row.completion(), "Forventet avslutning "
                        + "for " + Visible.of(row.municipality(), Visible.NAME) + " er gitt før ("
                        + completion.origin().describe() + ": «" + Visible.of(completion.completion(), Visible.VALUE)
                        + "»); den første brukes", Consequence.VALUE_DROPPED));
            }
        }

        ProjectPresentation presentation(String municipality) {
            return new ProjectPresentation(municipality, status.ranked(),
                    completion == null ? null : completion.completion(),
                    completion == null ? null : completion.completionDate(), anchoring.ranked(), risk.ranked(),
                    benefits.ranked(), measurement.ranked());
        }
    }
}
