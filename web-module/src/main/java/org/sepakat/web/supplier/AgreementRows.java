package org.sepakat.web.supplier;

import java.io.Serializable;
import org.sepakat.supplier.entity.AgreementRequirement;
import org.sepakat.supplier.entity.Obligation;
import org.sepakat.supplier.entity.ObligationKind;
import org.sepakat.supplier.entity.RaciActivity;
import org.sepakat.supplier.entity.RaciParty;
import org.sepakat.supplier.entity.SupplierAgreementData.ObligationData;
import org.sepakat.supplier.entity.SupplierAgreementData.RaciData;
import org.sepakat.supplier.entity.SupplierAgreementData.RequirementData;

/** The editable rows of a supplier agreement's lists, one class per list (SUP-3..6, OLA-1). */
public final class AgreementRows {

    private AgreementRows() {}

    /** A named part of a service the supplier provides (SUP-3). */
    public static class ComponentRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;

        static ComponentRow of(String name) {
            ComponentRow row = new ComponentRow();
            row.name = name;
            return row;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    /** A requirement the supplier must meet, traced to an SLA where one applies (SUP-4). */
    public static class RequirementRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String text;
        private String slaReference;

        static RequirementRow of(AgreementRequirement requirement) {
            RequirementRow row = new RequirementRow();
            row.text = requirement.getText();
            row.slaReference = requirement.getSlaReference();
            return row;
        }

        RequirementData toData() {
            return new RequirementData(text, slaReference);
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getSlaReference() {
            return slaReference;
        }

        public void setSlaReference(String slaReference) {
            this.slaReference = slaReference;
        }
    }

    /** An obligation, commitment or activity (SUP-5, OLA-1). */
    public static class ObligationRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private ObligationKind kind = ObligationKind.OBLIGATION;
        private String text;
        private String frequency;
        private String evidence;

        static ObligationRow of(Obligation obligation) {
            ObligationRow row = new ObligationRow();
            row.kind = obligation.getKind();
            row.text = obligation.getText();
            row.frequency = obligation.getFrequency();
            row.evidence = obligation.getEvidence();
            return row;
        }

        ObligationData toData() {
            return new ObligationData(kind, text, frequency, evidence);
        }

        public ObligationKind getKind() {
            return kind;
        }

        public void setKind(ObligationKind kind) {
            this.kind = kind;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getFrequency() {
            return frequency;
        }

        public void setFrequency(String frequency) {
            this.frequency = frequency;
        }

        public String getEvidence() {
            return evidence;
        }

        public void setEvidence(String evidence) {
            this.evidence = evidence;
        }
    }

    /** An activity of the responsibility matrix with each party's letters, e.g. "A" and "R" (SUP-6). */
    public static class RaciRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String activity;
        private String provider;
        private String supplier;

        static RaciRow of(RaciActivity raci) {
            RaciRow row = new RaciRow();
            row.activity = raci.getName();
            row.provider = raci.letters(RaciParty.PROVIDER);
            row.supplier = raci.letters(RaciParty.SUPPLIER);
            return row;
        }

        RaciData toData() {
            return new RaciData(activity, provider, supplier);
        }

        public String getActivity() {
            return activity;
        }

        public void setActivity(String activity) {
            this.activity = activity;
        }

        public String getProvider() {
            return provider;
        }

        public void setProvider(String provider) {
            this.provider = provider;
        }

        public String getSupplier() {
            return supplier;
        }

        public void setSupplier(String supplier) {
            this.supplier = supplier;
        }
    }
}
