package org.wic.registry.country;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A current ISO 3166-1 country: alpha-2 (its key), alpha-3, numeric code, English short name, continent. */
@Entity
@Table(name = "country")
@Cacheable
@NamedQuery(name = Country.ALL, query = "SELECT c FROM Country c JOIN FETCH c.continent ORDER BY c.alpha2")
public class Country {

    static final String ALL = "Country.all";

    @Id
    @Column(name = "alpha2", length = 2)
    private String alpha2;

    @Column(name = "alpha3", nullable = false, length = 3)
    private String alpha3;

    @Column(name = "numeric_code", nullable = false, length = 3)
    private String numeric;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "continent_code", nullable = false)
    private Continent continent;

    protected Country() {
        // for JPA
    }

    public Country(String alpha2, String alpha3, String numeric, String name, Continent continent) {
        this.alpha2 = alpha2;
        this.alpha3 = alpha3;
        this.numeric = numeric;
        this.name = name;
        this.continent = continent;
    }

    public String alpha2() {
        return alpha2;
    }

    public String alpha3() {
        return alpha3;
    }

    /** The ISO 3166-1 numeric code: three digits, leading zeros kept ({@code "004"}). */
    public String numeric() {
        return numeric;
    }

    public String name() {
        return name;
    }

    public Continent continent() {
        return continent;
    }

    @Override
    public String toString() {
        return alpha2;
    }
}
