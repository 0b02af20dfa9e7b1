package org.sepakat.supplier.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sepakat.party.entity.VisibleCustomers;
import org.sepakat.supplier.entity.Supplier;
import org.sepakat.supplier.entity.SupplierKind;

class ReadableSuppliersTest {

    private final Supplier external = new Supplier("HOST", "Hosting", SupplierKind.EXTERNAL_SUPPLIER, null);
    private final Supplier hisCustomer = new Supplier("FIN-S", "Finance", SupplierKind.CUSTOMER_AS_SUPPLIER, 7L);
    private final Supplier otherCustomer = new Supplier("HR-S", "HR", SupplierKind.CUSTOMER_AS_SUPPLIER, 8L);

    @Test
    @DisplayName("X-4: whoever sees every customer reads every supplier")
    void everyCustomerEverySupplier() {
        VisibleCustomers all = VisibleCustomers.every();
        assertThat(List.of(external, hisCustomer, otherCustomer)).allMatch(s -> ReadableSuppliers.admits(all, s));
    }

    @Test
    @DisplayName("X-4: a relationship manager reads only the customers of his acting as suppliers")
    void relationshipManagerReadsHisCustomersAsSuppliers() {
        VisibleCustomers his = VisibleCustomers.only(List.of(7L));
        assertThat(ReadableSuppliers.admits(his, hisCustomer)).isTrue();
        assertThat(ReadableSuppliers.admits(his, otherCustomer)).isFalse();
        assertThat(ReadableSuppliers.admits(his, external)).isFalse();
        assertThat(ReadableSuppliers.admits(VisibleCustomers.only(List.of()), hisCustomer))
                .isFalse();
    }
}
