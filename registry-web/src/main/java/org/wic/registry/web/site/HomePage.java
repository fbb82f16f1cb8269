package org.wic.registry.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.wic.registry.statistics.MembershipFigures;
import org.wic.registry.statistics.StatisticsService;

/** The public figures, counted as the API counts them (and cached with them until the directory changes). */
@Named
@RequestScoped
public class HomePage {

    @Inject
    private StatisticsService statistics;

    private MembershipFigures figures;

    public MembershipFigures getFigures() {
        if (figures == null) {
            figures = statistics.membership();
        }
        return figures;
    }
}
