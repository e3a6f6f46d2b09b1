package no.samanom.samlingsrapport.input;

import java.util.List;

/**
 * Checks one row of a matched table against the contract. A bad value drops only that
 * value; a row without its key fields is rejected. Every decision becomes a deviation. What
 * passes is safe to show: control characters escaped ({@link Visible}), cells cut at
 * {@value RowCheck#LONGEST_CELL} characters, municipalities as the list of municipalities spells them.
 * The rules of each kind are in {@link GatheringRowRules}, {@link ProgrammeRowRules} and {@link NetworkRowRules}.
 */
public final class RowValidator {

    /** Where statements without a parameter are listed. */
    public static final String GENERAL_PARAMETER = "Generelt";

    private final TablePlan plan;
    private final Municipalities municipalities;
    private final GatheringRowRules gathering;
    private final NetworkRowRules network;
    private final ProgrammeRowRules programme;

    public RowValidator(TablePlan plan, RiskFactors factors, Municipalities municipalities) {
        this.plan = plan;
        this.municipalities = municipalities;
        this.gathering = new GatheringRowRules(plan, factors);
        this.network = new NetworkRowRules(plan);
        this.programme = new ProgrammeRowRules(plan);
    }

    public ValidatedRow validate(RawRow raw) {
        Origin origin = plan.ref().origin(raw.line());
        if (raw.problem() != null) {
            return new ValidatedRow(origin, List.of(), List.of(Deviation.at(origin, "", raw.cell(0), raw.problem(),
                    Consequence.ROW_REJECTED)));
        }
        RowCheck check = new RowCheck(plan, municipalities, origin, raw);
        switch (plan.ref().kind()) {
            case SAMLING -> gathering.meta(check);
            case FORVENTNINGER -> gathering.expectation(check);
            case EVALUERING -> gathering.evaluation(check);
            case RISIKO -> gathering.risk(check);
            case FORANKRING -> network.anchoring(check);
            case RESULTATER -> network.indicator(check);
            case PROGRAM -> programme.programme(check);
            case PROSJEKTSTATUS -> programme.projectStatus(check);
        }
        return check.result();
    }
}
