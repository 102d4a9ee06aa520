package io.github.membercardopen.cli.input;

/** What one CSV record turned into: a {@link MemberRow} to import or a {@link RowProblem} to report. */
public sealed interface RowResult permits MemberRow, RowProblem {

    /** Physical line (1-based) where the record starts. */
    long line();
}
