package org.wic.registry.feed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The one row that hands out feed sequence numbers, locked until the writing transaction ends. */
@Entity
@Table(name = "change_feed_head")
public class ChangeFeedHead {

    static final int ID = 1;

    @Id
    @Column(name = "id")
    private Integer id;

    @Column(name = "last_sequence", nullable = false)
    private long lastSequence;

    protected ChangeFeedHead() {
        // for JPA
    }

    long lastSequence() {
        return lastSequence;
    }

    long next() {
        return ++lastSequence;
    }
}
