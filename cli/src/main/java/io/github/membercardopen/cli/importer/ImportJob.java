package io.github.membercardopen.cli.importer;

import io.github.membercardopen.spec.Masking;
import io.github.membercardopen.cli.input.MemberRow;
import io.github.membercardopen.cli.input.PhoneNumbers;
import io.github.membercardopen.cli.input.RowProblem;
import io.github.membercardopen.cli.input.RowResult;
import io.github.membercardopen.cli.progress.ImportCounters;
import io.github.membercardopen.cli.state.Admission;
import io.github.membercardopen.cli.state.ImportStateStore;
import io.github.membercardopen.cli.state.NewMember;
import io.github.membercardopen.cli.state.OutRequestNumbers;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Streams CSV rows through the state file and into {@link MemberCall}s on a fixed pool. Memory stays flat:
 * rows are read in small batches and reading waits while the pool is full.
 */
public final class ImportJob {
    private static final int BATCH = 256;

    private final ImportStateStore store;
    private final OutRequestNumbers outRequestNumbers;
    private final MemberCall call;
    private final ImportCounters counters;
    private final ImportSettings settings;
    private final AtomicBoolean stopping;
    private final AtomicReference<RuntimeException> fatal = new AtomicReference<>();

    public ImportJob(ImportStateStore store, OutRequestNumbers outRequestNumbers, MemberCall call,
                     ImportCounters counters, ImportSettings settings, AtomicBoolean stopping) {
        this.store = store;
        this.outRequestNumbers = outRequestNumbers;
        this.call = call;
        this.counters = counters;
        this.settings = settings;
        this.stopping = stopping;
    }

    /**
     * Imports every row not yet done, until the input ends or a stop is requested; returns when every
     * started call has finished and its outcome is written.
     *
     * @return the failure that stopped the run (a configuration or account problem the SDK reported, or the
     *         state file failing), or {@code null}
     */
    public RuntimeException run(Iterable<RowResult> rows) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(settings.concurrency(), task -> {
            Thread thread = new Thread(task, "import");
            thread.setDaemon(true);
            return thread;
        });
        Semaphore slots = new Semaphore(settings.concurrency() * 2);
        try {
            List<MemberRow> batch = new ArrayList<>(BATCH);
            for (RowResult row : rows) {
                if (stopping.get()) {
                    break;
                }
                counters.rowRead();
                if (row instanceof RowProblem problem) {
                    counters.invalidRow();
                    store.recordRejectedRow(problem.line(), "INVALID_ROW", problem.field() + ": " + problem.reason());
                } else {
                    batch.add((MemberRow) row);
                    if (batch.size() == BATCH) {
                        dispatch(batch, pool, slots);
                        batch.clear();
                    }
                }
            }
            if (!stopping.get()) {
                dispatch(batch, pool, slots);
            }
        } finally {
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                // in-flight calls finish within their call timeout; outcomes keep being recorded meanwhile
            }
            store.flush();
        }
        return fatal.get();
    }

    private void dispatch(List<MemberRow> rows, ExecutorService pool, Semaphore slots) throws InterruptedException {
        List<NewMember> members = new ArrayList<>(rows.size());
        for (MemberRow row : rows) {
            String key = outRequestNumbers.derive(settings.merchantId(), settings.cardId(), row.phone());
            members.add(new NewMember(key, row.line(), Masking.phone(row.phone()), row.code(),
                    row.outRequestNo() == null ? key : row.outRequestNo()));
        }
        List<Admission> admissions = store.admit(members);
        for (int i = 0; i < rows.size() && !stopping.get(); i++) {
            MemberRow row = rows.get(i);
            Admission admission = admissions.get(i);
            switch (admission.decision()) {
                case SEND -> {
                    slots.acquire();
                    String key = members.get(i).memberKey();
                    pool.execute(() -> callReleasing(slots, key, row.phone(), admission));
                }
                case ALREADY_IMPORTED, ALREADY_FAILED -> counters.alreadyDone();
                case DUPLICATE_PHONE, DUPLICATE_OUT_REQUEST_NO -> {
                    counters.duplicate();
                    store.recordRejectedRow(row.line(), admission.decision().name(),
                            "same " + (admission.decision() == Admission.Decision.DUPLICATE_PHONE ? "phone" : "out_request_no")
                                    + " as line " + admission.firstLine() + "; imported once");
                }
            }
        }
    }

    private void callReleasing(Semaphore slots, String key, String phone, Admission admission) {
        try {
            if (!stopping.get()) {
                stopWith(call.importMember(key, phone, admission.code(), admission.outRequestNo()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) { // the state file failing: no outcome can be recorded, so stop
            stopWith(e);
        } finally {
            slots.release();
        }
    }

    private void stopWith(RuntimeException failure) {
        if (failure != null && fatal.compareAndSet(null, failure)) {
            stopping.set(true);
        }
    }
}
