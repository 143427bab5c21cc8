"""The seed report's two performance tables, measured again: CPython, PyPy and pyvm side by side.

    python3 benchmarks/seed_tables.py [--max-runs N] [--max-discs D] [--budget SECONDS]
                                      [--repeat R] [--hanoi iterative|recursive] [--out DIR]

Fibonacci (benchmarks/fib.py) at 10, 100, ..., --max-runs runs (default 10,000,000), and
Towers of Hanoi (benchmarks/hanoi_iterative.py, as the report's toh.py) at 4, 6, 8, ... discs,
each with CPython (this interpreter), PyPy (`pypy3`, when on PATH) and pyvm
(`python -m pyvm PROGRAM ARG`).

What is measured is the wall time of each whole process, startup and compilation included, as
the report measured it, in milliseconds: the median of --repeat runs (default 3). The runs are
interleaved (one run of each implementation, then the next round, in a rotating order) so that
noise on the machine hits every implementation alike. A column stops growing at the first size
where one of its runs takes longer than --budget seconds (default 180); the rest of that size's
runs are then skipped. The Hanoi table grows until no column is left that ran within budget.

Every run's output is compared with CPython's for the same size; a difference is reported on
stderr and marked MISMATCH in the table. An implementation whose command fails gets "failed"
cells with its error message, and the runner goes on.

Writes DIR/seed_tables.md (default DIR: benchmarks/results) and, when matplotlib is importable
(`pip install -e .[bench]`), DIR/seed_tables.png: the ratios against the size, log axes.
"""
from __future__ import annotations

import argparse
import datetime
import os
import platform
import shutil
import statistics
import subprocess
import sys
import sysconfig
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent

CPYTHON, PYPY, PYVM = "CPython", "PyPy", "pyvm"
IMPLEMENTATIONS = (CPYTHON, PYPY, PYVM)


# ---------------------------------------------------------------------------------------------
# Running one process


@dataclass
class Run:
    ms: float
    ok: bool
    stdout: str = ""
    error: str = ""          # one line: why the run failed
    timed_out: bool = False


def error_line(stderr: str, returncode: int) -> str:
    """The line of a failed process's stderr that says what went wrong.

    A Python traceback or an argparse complaint opens with a line that says nothing
    ("Traceback (most recent call last):", "usage: ..."); its message is its last line.
    """
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    if not lines:
        return f"exit status {returncode}"
    line = lines[-1] if lines[0].startswith(("Traceback", "usage:")) else lines[0]
    line = line.replace(str(REPO) + os.sep, "")
    return line if len(line) <= 160 else line[:157] + "..."


# The environment of every run: this one, less PYTHONDONTWRITEBYTECODE. An installed Python
# package starts from its byte-compiled modules (pip compiles them when it installs); with that
# variable set (some sandboxes set it), pyvm would compile its own source again at every start.
# CPython's and PyPy's standard libraries come byte-compiled either way.
RUN_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run_once(cmd: list[str], timeout: float) -> Run:
    start = time.perf_counter()
    try:
        proc = subprocess.run(cmd, cwd=REPO, stdin=subprocess.DEVNULL, capture_output=True,
                              text=True, timeout=timeout, env=RUN_ENV)
    except subprocess.TimeoutExpired:
        ms = (time.perf_counter() - start) * 1000
        return Run(ms, False, error=f"timed out after {timeout:.0f} s", timed_out=True)
    except OSError as e:
        return Run(0.0, False, error=f"{cmd[0]}: {e.strerror or e}")
    ms = (time.perf_counter() - start) * 1000
    if proc.returncode != 0:
        return Run(ms, False, proc.stdout, error_line(proc.stderr, proc.returncode))
    return Run(ms, True, proc.stdout)


def pyvm_command() -> list[str]:
    """The `pyvm` command that pip installed for this interpreter, as a user runs it (the one on PATH
    may be a wrapper, such as pyenv's shims, that costs more than pyvm's own start); else
    `python3 -m pyvm`."""
    installed = os.path.join(sysconfig.get_path("scripts"), "pyvm")
    return [installed] if os.access(installed, os.X_OK) else [sys.executable, "-m", "pyvm"]


def commands(pypy: str | None) -> dict[str, object]:
    """Implementation name -> function (program, argument) -> argv, or None when not installed."""
    pyvm = pyvm_command()
    return {
        CPYTHON: lambda prog, arg: [sys.executable, str(prog), str(arg)],
        PYPY: (lambda prog, arg: [pypy, str(prog), str(arg)]) if pypy else None,
        PYVM: lambda prog, arg: pyvm + [str(prog), str(arg)],
    }


# ---------------------------------------------------------------------------------------------
# Measuring a table


@dataclass
class Cell:
    runs: list[Run] = field(default_factory=list)
    state: str = "pending"    # ok | failed | mismatch | skipped (a smaller size went over budget)
                              # | absent (not installed)
    error: str = ""
    output: str = ""          # what the implementation printed

    @property
    def times(self) -> list[float]:
        return [r.ms for r in self.runs if r.ok]

    @property
    def median(self) -> float | None:
        return statistics.median(self.times) if self.times else None


@dataclass
class Table:
    title: str
    size_name: str            # "Runs" or "Discs"
    program: Path
    sizes: list[int] = field(default_factory=list)
    cells: dict[int, dict[str, Cell]] = field(default_factory=dict)
    mismatches: list[str] = field(default_factory=list)
    over_budget: dict[str, int] = field(default_factory=dict)   # implementation -> size


def say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def measure(table: Table, sizes, cmds, args) -> Table:
    """Fill `table` size by size; `sizes` may be an endless iterator, the budget ends it."""
    stopped: set[str] = {name for name, cmd in cmds.items() if cmd is None}
    timeout = args.timeout if args.timeout else 10 * args.budget
    say(f"== {table.title}: {table.program.name}")

    # One untimed run of each implementation first, so that caches on disk (pyvm's compiled
    # runtime) are warm and the first timed size does not pay for filling them.
    first = next(sizes)
    for name, cmd in cmds.items():
        if cmd is not None:
            run_once(cmd(table.program, first), timeout)

    size = first
    while True:
        row = {name: Cell() for name in IMPLEMENTATIONS}
        for name in stopped:
            row[name].state = "absent" if cmds[name] is None else "skipped"
        running = [name for name in IMPLEMENTATIONS if name not in stopped]
        for rep in range(args.repeat):
            # rotate the order from round to round: no implementation always runs first
            order = running[rep % len(running):] + running[:rep % len(running)] if running else []
            for name in order:
                cell = row[name]
                if cell.state in ("failed", "over"):
                    continue
                run = run_once(cmds[name](table.program, size), timeout)
                cell.runs.append(run)
                if not run.ok:
                    cell.state, cell.error = "failed", run.error
                    say(f"   {name:8} {size:>9}: FAILED: {run.error}")
                    if run.timed_out:
                        stopped.add(name)
                        table.over_budget[name] = size
                    continue
                if not cell.output:
                    cell.output = run.stdout
                elif run.stdout != cell.output:
                    cell.state = "mismatch"
                    note = (f"{table.title}, {table.size_name.lower()} {size}: {name} printed "
                            f"{run.stdout.strip()!r} in one run and {cell.output.strip()!r} in another")
                    table.mismatches.append(note)
                    say(f"   MISMATCH: {note}")
                if run.ms > args.budget * 1000:
                    cell.state = "over" if cell.state == "pending" else cell.state
                    stopped.add(name)
                    table.over_budget[name] = size
                    say(f"   {name:8} {size:>9}: {run.ms:.0f} ms is over the budget "
                        f"of {args.budget:g} s: the column stops here")
        check_outputs(table, size, row)
        for name in running:
            cell = row[name]
            if cell.state in ("pending", "over"):
                cell.state = "ok"
            if cell.median is not None and cell.state != "failed":
                say(f"   {name:8} {size:>9}: {cell.median:10.0f} ms  (median of {len(cell.times)})")
        table.sizes.append(size)
        table.cells[size] = row
        # go on while some column ran this size within budget
        if not any(row[n].state in ("ok", "mismatch") and n not in stopped for n in running):
            break
        try:
            size = next(sizes)
        except StopIteration:
            break
    return table


def check_outputs(table: Table, size: int, row: dict[str, Cell]) -> None:
    """Compare every implementation's output with CPython's (or the first one that ran)."""
    reference_name = next((n for n in IMPLEMENTATIONS if row[n].output), None)
    if reference_name is None:
        return
    reference = row[reference_name].output
    for name in IMPLEMENTATIONS:
        cell = row[name]
        if cell.output and cell.output != reference and cell.state != "mismatch":
            cell.state = "mismatch"
            note = (f"{table.title}, {table.size_name.lower()} {size}: {name} printed "
                    f"{cell.output.strip()!r}, {reference_name} printed {reference.strip()!r}")
            table.mismatches.append(note)
            say(f"   MISMATCH: {note}")


# ---------------------------------------------------------------------------------------------
# Reporting


def ms_text(cell: Cell, repeat: int) -> str:
    if cell.state == "absent":
        return "not installed"
    if cell.state == "skipped":
        return "—"
    if cell.state == "failed":
        return "failed: " + cell.error.replace("|", "\\|")
    text = f"{cell.median:.0f}"
    if len(cell.times) < repeat:
        text += f" ({len(cell.times)} run{'s' if len(cell.times) > 1 else ''})"
    if cell.state == "mismatch":
        text = f"**MISMATCH** {text}"
    return text


def ratio(numerator: Cell, denominator: Cell) -> float | None:
    if numerator.state != "ok" or denominator.state != "ok":
        return None
    return numerator.median / denominator.median


def ratio_text(r: float | None) -> str:
    if r is None:
        return "—"
    return f"{r:.1f}" if r >= 10 else f"{r:.2f}"


def markdown(table: Table, repeat: int) -> str:
    lines = [f"## {table.title}", "",
             f"`{table.program.relative_to(REPO)}`; wall time of the whole process in ms, "
             f"median of {repeat} run{'s' if repeat > 1 else ''}; ratio > 1: pyvm is faster.", "",
             f"| {table.size_name} | CPython (ms) | PyPy (ms) | pyvm (ms) | CPython/pyvm | PyPy/pyvm |",
             "|---:|---:|---:|---:|---:|---:|"]
    for size in table.sizes:
        row = table.cells[size]
        lines.append(f"| {size} | {ms_text(row[CPYTHON], repeat)} | {ms_text(row[PYPY], repeat)} | "
                     f"{ms_text(row[PYVM], repeat)} | {ratio_text(ratio(row[CPYTHON], row[PYVM]))} | "
                     f"{ratio_text(ratio(row[PYPY], row[PYVM]))} |")
    notes = []
    for name, size in table.over_budget.items():
        notes.append(f"{name} went over the budget at {size}; its larger sizes were not run (—).")
    if table.mismatches:
        notes.append("**Outputs differ:**")
        notes.extend(f"  - {m}" for m in table.mismatches)
    if notes:
        lines.append("")
        lines.extend(f"- {n}" if not n.startswith("  ") else n for n in notes)
    return "\n".join(lines) + "\n"


def version_line(cmd: list[str]) -> str:
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return "?"
    text = (proc.stdout + proc.stderr).strip()
    return " ".join(text.split())


def cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def header(args, pypy: str | None) -> str:
    commit = version_line(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"])
    lines = ["# The seed report's performance tables, measured again", "",
             f"Measured {datetime.datetime.now().strftime('%Y-%m-%d %H:%M')} with "
             f"`{' '.join(['python3 benchmarks/seed_tables.py'] + sys.argv[1:])}`.", "",
             f"- machine: {cpu_name()}, {os.cpu_count()} CPUs, {platform.platform()}",
             f"- CPython: {platform.python_version()} (`{sys.executable}`)",
             f"- PyPy: {version_line([pypy, '--version']) if pypy else 'not installed'}",
             f"- pyvm: commit {commit} (uncommitted changes, if any, included), run as `{' '.join(pyvm_command())}`",
             f"- budget per column: {args.budget:g} s per run; runs per cell: {args.repeat}", ""]
    return "\n".join(lines) + "\n"


def chart(tables: list[Table], path: Path) -> None:
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        import matplotlib.ticker
    except ImportError:
        say("matplotlib is not importable: no chart (pip install -e '.[bench]')")
        return
    series = [(CPYTHON, "CPython / pyvm", "o-"), (PYPY, "PyPy / pyvm", "s--")]
    fig, axes = plt.subplots(1, len(tables), figsize=(6 * len(tables), 4.5), squeeze=False)
    plotted = 0
    for ax, table in zip(axes[0], tables):
        hanoi = table.size_name == "Discs"
        for name, label, style in series:
            points = [(size, ratio(table.cells[size][name], table.cells[size][PYVM]))
                      for size in table.sizes]
            points = [(2 ** s - 1 if hanoi else s, r) for s, r in points if r is not None]
            if points:
                ax.plot([p[0] for p in points], [p[1] for p in points], style, label=label)
                plotted += 1
        ax.set_xscale("log")
        ax.set_yscale("log")
        plain = matplotlib.ticker.FuncFormatter(lambda v, _: f"{v:g}")
        ax.yaxis.set_major_formatter(plain)
        ax.yaxis.set_minor_formatter(plain)
        ax.axhline(1.0, color="grey", linewidth=0.8)
        ax.set_title(table.title)
        ax.set_ylabel("ratio (> 1: pyvm faster)")
        if hanoi:
            sizes = [s for s in table.sizes if s > 0]
            step = 1 if len(sizes) <= 12 else 2
            ax.set_xticks([2 ** s - 1 for s in sizes[::step]])
            ax.set_xticklabels([str(s) for s in sizes[::step]])
            ax.xaxis.set_minor_locator(matplotlib.ticker.NullLocator())
            ax.set_xlabel("discs (log scale of the moves, 2^discs - 1)")
        else:
            ax.set_xlabel("runs")
        ax.grid(True, which="major", alpha=0.3)
        if ax.get_legend_handles_labels()[0]:
            ax.legend()
    if not plotted:
        say("no ratio to plot (pyvm gave no timing): no chart")
        plt.close(fig)
        return
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
    say(f"wrote {path}")


# ---------------------------------------------------------------------------------------------


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--max-runs", type=int, default=10_000_000,
                        help="Fibonacci: largest number of runs (10, 100, ... up to this)")
    parser.add_argument("--max-discs", type=int, default=40, help="Hanoi: largest number of discs")
    parser.add_argument("--budget", type=float, default=180.0,
                        help="seconds: a column stops growing after a run that takes longer")
    parser.add_argument("--timeout", type=float, default=0.0,
                        help="seconds after which a run is killed (default: 10 x budget)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per cell; the median is shown")
    parser.add_argument("--hanoi", choices=("iterative", "recursive"), default="iterative",
                        help="which Towers of Hanoi program (the report's is iterative)")
    parser.add_argument("--out", type=Path, default=HERE / "results",
                        help="directory for seed_tables.md and seed_tables.png")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")

    pypy = shutil.which("pypy3")
    if not pypy:
        say("pypy3 is not on PATH: the PyPy column says 'not installed'")
    cmds = commands(pypy)

    def fib_sizes():
        runs = 10
        while runs <= args.max_runs:
            yield runs
            runs *= 10

    def hanoi_sizes():
        yield from range(4, args.max_discs + 1, 2)

    if args.max_runs < 10 or args.max_discs < 4:
        parser.error("--max-runs must be at least 10 and --max-discs at least 4")

    tables = [
        measure(Table("Fibonacci", "Runs", HERE / "fib.py"), fib_sizes(), cmds, args),
        measure(Table("Towers of Hanoi", "Discs", HERE / f"hanoi_{args.hanoi}.py"),
                hanoi_sizes(), cmds, args),
    ]

    args.out.mkdir(parents=True, exist_ok=True)
    md = args.out / "seed_tables.md"
    md.write_text(header(args, pypy) + "\n".join(markdown(t, args.repeat) for t in tables))
    say(f"wrote {md}")
    chart(tables, args.out / "seed_tables.png")
    mismatches = sum(len(t.mismatches) for t in tables)
    if mismatches:
        say(f"!!! {mismatches} OUTPUT MISMATCH(ES): see {md}")
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
