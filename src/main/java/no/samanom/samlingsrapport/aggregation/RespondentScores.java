package no.samanom.samlingsrapport.aggregation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import no.samanom.samlingsrapport.input.Consequence;
import no.samanom.samlingsrapport.input.DataRow.EvaluationRow;
import no.samanom.samlingsrapport.input.Deviation;
import no.samanom.samlingsrapport.report.GatheringSummary.DieScoreSection;
import no.samanom.samlingsrapport.report.RespondentScore;

/**
 * The evaluation's respondents and their die scores, in int arrays so that memory grows by a
 * few ints per respondent, never per row. A named respondent is one respondent however many
 * rows they write, and their score is settled only once every row is in; each anonymous row
 * is a respondent of its own.
 */
final class RespondentScores {

    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");

    private final Consumer<Deviation> late;
    private final Map<String, Integer> respondentIds = new HashMap<>();
    private final List<String> respondentNames = new ArrayList<>();
    private int anonymousRespondents;
    private int[] scores = new int[1024];
    private int[] scoreLines = new int[1024];
    /** Line and score of each anonymous respondent's score, two ints per score. */
    private int[] anonymousScores = new int[1024];
    private int anonymousScoreCount;
    /** Scores of anonymous respondents; named respondents' scores join at the end, once settled. */
    private final Distribution dieScores = new Distribution(6);

    /** @param late where a respondent's differing scores are reported, once the row that differs is seen */
    RespondentScores(Consumer<Deviation> late) {
        this.late = late;
    }

    /** Counts the row's respondent and score; returns the respondent's id, or the registry's anonymous one. */
    int add(EvaluationRow row) {
        int respondent = respondent(row);
        if (row.score() != null) {
            score(row, respondent);
        }
        return respondent;
    }

    private int respondent(EvaluationRow row) {
        if (row.respondent() == null) {
            anonymousRespondents++;
            return StatementGroups.Registry.ANONYMOUS;
        }
        int id = respondentIds.computeIfAbsent(row.respondent().strip().toLowerCase(NORWEGIAN), k -> {
            respondentNames.add(row.respondent().strip());
            return respondentIds.size();
        });
        if (id >= scores.length) {
            scores = Arrays.copyOf(scores, scores.length * 2);
            scoreLines = Arrays.copyOf(scoreLines, scoreLines.length * 2);
        }
        return id;
    }

    /** Equal repeats count once; a respondent whose scores differ gets none, with a deviation. */
    private void score(EvaluationRow row, int respondent) {
        if (respondent == StatementGroups.Registry.ANONYMOUS) {
            dieScores.add(row.score());
            if (2 * anonymousScoreCount + 2 > anonymousScores.length) {
                anonymousScores = Arrays.copyOf(anonymousScores, anonymousScores.length * 2);
            }
            anonymousScores[2 * anonymousScoreCount] = row.origin().line();
            anonymousScores[2 * anonymousScoreCount + 1] = row.score();
            anonymousScoreCount++;
            return;
        }
        int known = scores[respondent];
        if (known == 0) {
            scores[respondent] = row.score();
            scoreLines[respondent] = row.origin().line();
        } else if (Math.abs(known) != row.score()) {
            scores[respondent] = -Math.abs(known);
            late.accept(Deviation.at(row.origin(), "terningkast", row.score().toString(),
                    "Respondent «" + row.respondent() + "» har et annet terningkast her enn på linje "
                            + scoreLines[respondent] + " (" + Math.abs(known) + "); respondentens terningkast er utelatt",
                    Consequence.VALUE_DROPPED));
        }
    }

    int respondents() {
        return respondentIds.size() + anonymousRespondents;
    }

    DieScoreSection dieScoreSection() {
        Distribution all = dieScores.copy();
        for (int r = 0; r < respondentIds.size(); r++) {
            if (scores[r] > 0) {
                all.add(scores[r]);
            }
        }
        return new DieScoreSection(all.n(), all.mean(), all.median(), all.counts());
    }

    /** Every settled score, named respondents in order of appearance, then the anonymous ones. */
    void forEach(Consumer<RespondentScore> sink) {
        for (int r = 0; r < respondentNames.size(); r++) {
            if (scores[r] > 0) {
                sink.accept(new RespondentScore(respondentNames.get(r), scoreLines[r], scores[r]));
            }
        }
        for (int i = 0; i < anonymousScoreCount; i++) {
            sink.accept(new RespondentScore(null, anonymousScores[2 * i], anonymousScores[2 * i + 1]));
        }
    }
}
