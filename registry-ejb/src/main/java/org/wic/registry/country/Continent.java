package org.wic.registry.country;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One of the seven continents, by its two-letter code ({@code AF}, {@code AN}, … {@code SA}). */
@Entity
@Table(name = "continent")
@Cacheable
@NamedQuery(name = Continent.ALL, query = "SELECT c FROM Continent c ORDER BY c.code")
public class Continent {

    static final String ALL = "Continent.all";

    @Id
    @Column(name = "code", length = 2)
    private String code;

    @Column(name = "name", nullable = false, length = 40)
    private String name;

    protected Continent() {
        // for JPA
    }

    public Continent(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return code;
    }
}
