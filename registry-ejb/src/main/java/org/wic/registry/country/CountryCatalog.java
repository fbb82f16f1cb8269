package org.wic.registry.country;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reference data of this server, read from the database on first use and then answered from
 * memory. A failed first read (database down) is not remembered: the next call tries again.
 * An EJB, as every service the API calls: the persistence unit lives in the EJB module.
 */
@Singleton
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CountryCatalog {

    @PersistenceContext(unitName = "registry")
    private EntityManager entityManager;

    private volatile ReferenceData data;

    private ReferenceData data() {
        ReferenceData loaded = data;
        if (loaded == null) {
            synchronized (this) {
                loaded = data;
                if (loaded == null) {
                    loaded = load();
                    data = loaded;
                }
            }
        }
        return loaded;
    }

    public List<Continent> continents() {
        return data().continents();
    }

    public Optional<Continent> continent(String code) {
        return data().continent(code);
    }

    public long countryCount(Continent continent) {
        return data().countryCount(continent);
    }

    public Optional<Country> country(String code) {
        return data().country(code);
    }

    /** The country a request names (alpha-2 or alpha-3, any case), if it is one. */
    public Optional<CountryCode> code(String typed) {
        return country(typed).map(CountryCode::of);
    }

    /** The code of the continent of a country the catalog holds (a member's country always is one). */
    public String continentCode(String countryCode) {
        return country(countryCode).orElseThrow().continent().code();
    }

    public List<Country> countries(CountrySearch search) {
        return data().countries(search);
    }

    /** The alpha-2 codes of a continent's countries (what "members on a continent" filters by). */
    public Set<String> countryCodesOf(Continent continent) {
        return countries(new CountrySearch(Optional.of(continent.code()), Optional.empty())).stream().map(Country::alpha2).collect(Collectors.toSet());
    }

    private ReferenceData load() {
        List<Continent> continents = entityManager.createNamedQuery(Continent.ALL, Continent.class).getResultList();
        List<Country> countries = entityManager.createNamedQuery(Country.ALL, Country.class).getResultList();
        return new ReferenceData(continents, countries);
    }
}
