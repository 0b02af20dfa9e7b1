package org.sepakat.supplier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One row of a responsibility matrix: an activity and each party's roles in it (a party may hold
 * several, e.g. responsible and accountable, or none). Kept as the roles' letters in R, A, C, I
 * order ("RA"), so that it can be mapped as an embeddable row with two short text columns.
 */
@Embeddable
public class RaciActivity {

    @Column(name = "activity", nullable = false, length = 200)
    private String name;

    @Column(name = "provider_roles", nullable = false, length = 4)
    private String provider;

    @Column(name = "supplier_roles", nullable = false, length = 4)
    private String supplier;

    protected RaciActivity() {}

    public RaciActivity(String name, Collection<RaciRole> provider, Collection<RaciRole> supplier) {
        this.name = name == null ? "" : name.strip();
        this.provider = letters(Objects.requireNonNull(provider, "provider"));
        this.supplier = letters(Objects.requireNonNull(supplier, "supplier"));
    }

    /** A row from the letters as people write them: {@code of("Restore service", "A", "R")}. */
    public static RaciActivity of(String name, String provider, String supplier) {
        return new RaciActivity(name, roles(provider), roles(supplier));
    }

    private static String letters(Collection<RaciRole> roles) {
        Set<RaciRole> ordered = EnumSet.noneOf(RaciRole.class);
        ordered.addAll(roles);
        return ordered.stream().map(r -> String.valueOf(r.letter())).collect(Collectors.joining());
    }

    private static Set<RaciRole> roles(String letters) {
        Set<RaciRole> roles = EnumSet.noneOf(RaciRole.class);
        letters.chars()
                .filter(c -> !Character.isWhitespace(c) && c != '/' && c != ',')
                .forEach(c -> roles.add(RaciRole.of((char) c)));
        return roles;
    }

    public String getName() {
        return name;
    }

    /** The roles of {@code party} in this activity. */
    public Set<RaciRole> roles(RaciParty party) {
        return roles(party == RaciParty.PROVIDER ? provider : supplier);
    }

    /** How many parties hold {@code role} in this activity. */
    public long holders(RaciRole role) {
        return Arrays.stream(RaciParty.values())
                .filter(p -> roles(p).contains(role))
                .count();
    }

    /** The letters of {@code party}'s roles, e.g. "RA"; empty when it has none. */
    public String letters(RaciParty party) {
        return party == RaciParty.PROVIDER ? provider : supplier;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RaciActivity that
                && name.equals(that.name)
                && provider.equals(that.provider)
                && supplier.equals(that.supplier);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, provider, supplier);
    }

    @Override
    public String toString() {
        return name + " [" + provider + "|" + supplier + "]";
    }
}
