package org.wic.registry.web.dues;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.wic.registry.dues.ArrearsService;
import org.wic.registry.dues.DuesRun;
import org.wic.registry.dues.DuesRunProgress;
import org.wic.registry.dues.DuesRunService;
import org.wic.registry.dues.DuesRunStatus;
import org.wic.registry.dues.DuesRunner;
import org.wic.registry.paging.PageRequest;
import org.wic.registry.time.RegistryCalendar;
import org.wic.registry.web.i18n.Messages;
import org.wic.registry.web.security.SignedInCaller;
import org.wic.registry.web.support.Outcomes;
import org.wic.registry.web.support.PerRequest;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dues year: start a run for this year or the next and follow its progress until it ends
 * (the page polls the run, as the API's clients poll {@code progress}); resume a failed one; run
 * the arrears check now and see whom it suspended.
 */
@Named
@ViewScoped
public class DuesRuns implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A run with its progress, for the table and the bar. */
    public record RunView(DuesRun run, DuesRunProgress progress) {
        public int percent() {
            return progress.total() == 0 ? 100 : (int) (100 * progress.done() / progress.total());
        }

        public boolean running() {
            return run.status() == DuesRunStatus.RUNNING;
        }
    }

    @Inject
    private DuesRunService runs;

    @Inject
    private DuesRunner runner;

    @Inject
    private ArrearsService arrears;

    @Inject
    private RegistryCalendar calendar;

    @Inject
    private SignedInCaller signedIn;

    @Inject
    private Outcomes outcomes;

    @Inject
    private Messages messages;

    private final PerRequest<List<RunView>> runList = new PerRequest<>();
    private final PerRequest<Optional<RunView>> snapshot = new PerRequest<>();
    private Integer year;
    private Long followed;
    private List<String> suspended;

    public List<RunView> getRuns() {
        return runList.of(() -> runs.list(signedIn.current(), PageRequest.first(20)).items().stream().map(run -> new RunView(run, runs.progress(run.id()))).toList());
    }

    public List<Integer> getYears() {
        int thisYear = calendar.today().getYear();
        return List.of(thisYear, thisYear + 1);
    }

    public void start() {
        Optional<DuesRun> started = outcomes.attempt(() -> runs.start(signedIn.current(), year), Map.of("year", "start:year"));
        started.ifPresent(run -> {
            runner.launch(run.id()); // after the start's transaction committed
            followed = run.id();
            snapshot.forget();
            messages.info("dues.started", String.valueOf(run.year())); // a year, not a number to group
        });
    }

    public void resume(long id) {
        if (outcomes.attempt(() -> runs.resume(signedIn.current(), id), Map.of()).isPresent()) {
            runner.launch(id);
            followed = id;
            snapshot.forget();
            messages.info("dues.resumed");
        }
    }

    /**
     * The run this page follows (the one started or resumed here), read once per request: every part
     * of the page (status, bar, summary, whether to poll again) shows the same moment of it.
     */
    public Optional<RunView> getFollowedRun() {
        return snapshot.of(() -> Optional.ofNullable(followed).map(id -> new RunView(runs.get(signedIn.current(), id), runs.progress(id))));
    }

    public boolean isFollowing() {
        return getFollowedRun().filter(RunView::running).isPresent();
    }

    public void checkArrears() {
        outcomes.attempt(() -> arrears.check(signedIn.current(), calendar.today()), Map.of()).ifPresent(members -> {
            suspended = members;
            messages.info("dues.arrearsChecked", members.size(), arrears.graceDays());
        });
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public List<String> getSuspended() {
        return suspended;
    }
}
