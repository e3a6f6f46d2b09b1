package no.samanom.samlingsrapport.input;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Opens each table of a gathering and matches its header against the contract. */
public final class Inspector {

    private final RiskFactors factors;

    public Inspector(RiskFactors factors) {
        this.factors = factors;
    }

    public InputPlan inspect(GatheringSource source) {
        List<TablePlan> tables = new ArrayList<>();
        List<Deviation> findings = new ArrayList<>(source.findings());
        for (TableRef ref : source.tables()) {
            try (TableSource table = TableSource.open(ref)) {
                tables.add(TablePlan.match(ref, table, factors, findings));
            } catch (InputFileException e) {
                findings.add(new Deviation(ref.file(), ref.sheet(), 0, "", "", e.getMessage(), Consequence.FILE_REJECTED));
            } catch (IOException | RuntimeException e) {
                // whatever a damaged file makes a library throw is a finding for that file
                findings.add(new Deviation(ref.file(), ref.sheet(), 0, "", "", "Filen kunne ikke leses: "
                        + e.getClass().getSimpleName() + ": " + e.getMessage(), Consequence.FILE_REJECTED));
            }
        }
        return new InputPlan(source, tables, findings);
    }
}
