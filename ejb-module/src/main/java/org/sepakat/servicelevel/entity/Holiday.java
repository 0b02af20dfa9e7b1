package org.sepakat.servicelevel.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/** A day without service hours. */
@Embeddable
public class Holiday {

    @Column(name = "holiday_date", nullable = false)
    private LocalDate date;

    @Column(name = "holiday_name", length = 200)
    private String name;

    protected Holiday() {}

    public Holiday(LocalDate date, String name) {
        this.date = Objects.requireNonNull(date);
        this.name = name;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getName() {
        return name;
    }

    @Override
    public String toString() {
        return date + (name == null ? "" : " " + name);
    }
}
