"""The benchmark's figures as Markdown, each beside issue 11's target."""

from __future__ import annotations

import statistics
from collections.abc import Callable
from dataclasses import dataclass

from regenbench.measure import Series
from regenbench.scenarios import MEMORY_INTERVAL, Cold, Edits, Imports, Incremental, Runs, Scaling

EXTRAPOLATE_TO = 10_000


@dataclass(frozen=True)
class Target:
    """At most `limit` (in the row's unit); `text` as the issue states it."""

    text: str
    limit: float | None = None

    def verdict(self, series: Series) -> str:
        if self.limit is None:
            return ""
        if series.high <= self.limit:
            return "yes" if len(series.values) == 1 else "yes, every round"
        return "median only" if series.median <= self.limit else "**no**"


NO_TARGET = Target("—")


def seconds(value: float) -> str:
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


def spread(series: Series, unit: Callable[[float], str] = seconds) -> str:
    if len(series.values) == 1:
        return f"{unit(series.median)} (1 round)"
    return f"{unit(series.median)} ({unit(series.low)}–{unit(series.high)})"


def times(value: float) -> str:
    return f"{value:.2f}×"


def megabytes(value: float) -> str:
    return f"{value:.0f} MB"


def ratios(ours: Series, peer: Series) -> Series:
    return Series([o / p for o, p in zip(ours.values, peer.values)])


class Table:
    def __init__(self) -> None:
        self.rows = [
            "| scenario | median (range) | round 1 | target (issue 11) | target holds |",
            "|---|---|---|---|---|",
        ]

    def row(
        self,
        label: str,
        series: Series,
        unit: Callable[[float], str] = seconds,
        target: Target = NO_TARGET,
        tail: bool = False,
    ) -> None:
        """`tail`: the median and range leave out round 1, which is reported on its own."""
        shown = series.tail() if tail else series
        measured = spread(shown, unit) + (
            ", rounds 2–" + str(len(series.values)) if tail and len(series.values) > 1 else ""
        )
        judged = target.verdict(shown)
        self.rows.append(f"| {label} | {measured} | {unit(series.values[0])} | {target.text} | {judged} |")

    def fitted(self, label: str, value: float, unit: Callable[[float], str], target: Target) -> None:
        judged = target.verdict(Series([value]))
        self.rows.append(f"| {label} | {unit(value)} (least-squares fit) | | {target.text} | {judged} |")

    def text(self) -> str:
        return "\n".join(self.rows)


def summary(cold: Cold | None, inc: Incremental | None, edit: Edits | None, scale: Scaling | None) -> str:
    table = Table()
    if cold:
        wall, cpu = ratios(cold.ours.wall, cold.peer.wall), ratios(cold.ours.cpu, cold.peer.cpu)
        table.row("cold regenerate ÷ peer, wall (same round)", wall, times, Target("≤ 1.0×", 1.0), tail=True)
        table.row("cold regenerate ÷ peer, CPU (same round)", cpu, times, Target("≤ 1.0×", 1.0), tail=True)
        table.row("cold regenerate, wall (ours)", cold.ours.wall, tail=True)
        table.row("cold regenerate, CPU (ours)", cold.ours.cpu, tail=True)
        table.row("peer (openapi-python-client, no post hooks), wall", cold.peer.wall, tail=True)
        table.row("peer, CPU", cold.peer.cpu, tail=True)
    if inc:
        table.row("no-op regenerate", inc.noop.wall, target=Target("≤ 0.3 s", 0.3))
        table.row("`--check` on a current tree", inc.check.wall)
        table.row("`--check` in a fresh clone, no caches", inc.fresh_check.wall, target=Target("≤ 1 s", 1.0))
    if edit:
        table.row("one description edited mid-manual, warm caches", edit.warm.wall, target=Target("≤ 1 s", 1.0))
        label = "the first such edit in a fresh clone, no caches"
        table.row(label, edit.first_after_clone.wall, target=Target("≤ 2 s", 2.0))
    if scale:
        largest = max(scale.points)
        point = scale.points[largest]
        label = f"manual as {largest} services ({point.actions} actions)"
        per_action = Series([w / point.actions for w in point.cold.wall.values])
        peer_per_action = Series([w / scale.peer_actions for w in scale.peer.wall.values])
        cpu_per_action = Series([c / point.actions for c in point.cold.cpu.values])
        peer_cpu_per_action = Series([c / scale.peer_actions for c in scale.peer.cpu.values])
        target = Target("≤ 1.0× the peer per action", 1.0)
        table.row(f"{label}: cold per action ÷ peer's, wall", ratios(per_action, peer_per_action), times, target)
        table.row(f"{label}: cold per action ÷ peer's, CPU", ratios(cpu_per_action, peer_cpu_per_action), times, target)
        table.row(f"{label}: cold", point.cold.wall)
        table.row(f"{label}: no-op", point.noop.wall, target=Target("≤ 0.5 s", 0.5))
        table.row(f"{label}: whole job's peak RSS", point.cold.job, megabytes, Target("< 300 MB", 300))
        for name, series, unit, target in extrapolations(scale):
            line = fit([p.actions for p in scale.points.values()], [s.median for s in series])
            if line is not None:
                label = f"{EXTRAPOLATE_TO:,} actions, extrapolated: {name}"
                table.fitted(label, line.at(EXTRAPOLATE_TO), unit, target)
    return table.text()


def extrapolations(scale: Scaling) -> list[tuple[str, list[Series], Callable[[float], str], Target]]:
    """What the scaling run fits against the number of actions, and the target at 10,000 actions."""
    points = scale.points.values()
    return [
        ("cold wall", [p.cold.wall for p in points], seconds, Target("≤ 2 minutes", 120.0)),
        ("cold CPU", [p.cold.cpu for p in points], seconds, Target("≤ 2 minutes", 120.0)),
        ("no-op wall", [p.noop.wall for p in points], seconds, Target("≤ 1 s", 1.0)),
        ("no-op CPU", [p.noop.cpu for p in points], seconds, Target("≤ 1 s", 1.0)),
        ("whole job's peak RSS", [p.cold.job for p in points], megabytes, NO_TARGET),
    ]


def cold_details(cold: Cold) -> str:
    lines = [
        f"Ours: the whole project ({cold.actions} actions in all configured services: specs, clients, generated tests); "
        "the peer: the live API only. Per round (wall ÷ peer, CPU ÷ peer):",
        "",
        "| round | ours wall | ours CPU | peer wall | peer CPU | ÷ peer, wall | ÷ peer, CPU | ours peak RSS |",
        "|---|---|---|---|---|---|---|---|",
    ]
    rows = zip(cold.ours.wall.values, cold.ours.cpu.values, cold.peer.wall.values, cold.peer.cpu.values)
    for number, (wall, cpu, peer_wall, peer_cpu) in enumerate(rows, 1):
        lines.append(
            f"| {number} | {seconds(wall)} | {seconds(cpu)} | {seconds(peer_wall)} | {seconds(peer_cpu)} | "
            f"{times(wall / peer_wall)} | {times(cpu / peer_cpu)} | {megabytes(cold.ours.job.values[number - 1])} |"
        )
    if cold.stages:
        stages = ", ".join(f"{name} {series.median:.2f} s" for name, series in cold.stages.items())
        lines += ["", f"Stages in process (`--timings`, median of all rounds): {stages}."]
    return "\n".join(lines)


def incremental_details(result: Incremental) -> str:
    lines = [
        runs_line("no-op regenerate", result.noop),
        runs_line("`--check` on a current tree", result.check),
        runs_line("`--check` in a fresh clone", result.fresh_check),
    ]
    return "\n".join(f"- {line}" for line in lines)


def edit_details(edit: Edits) -> str:
    size = edit.place.path.stat().st_size / 1e6
    lines = [
        f"The edit: line {edit.place.line} of {edit.place.path.name} ({size:.2f} MB), the description "
        f"`{edit.place.original.strip()[:60]}`, gets a different word appended each round; each run is checked to "
        "carry the word into the live spec.",
        "",
        "- " + runs_line("warm caches", edit.warm),
        "- " + runs_line("first run in a fresh clone", edit.first_after_clone),
    ]
    return "\n".join(lines)


@dataclass(frozen=True)
class Fit:
    slope: float
    intercept: float
    r_squared: float

    def at(self, actions: float) -> float:
        return self.intercept + self.slope * actions


def fit(actions: list[int], values: list[float]) -> Fit | None:
    if len(set(actions)) < 2:
        return None
    slope, intercept = statistics.linear_regression(actions, values)
    r = statistics.correlation(actions, values) if len(set(values)) > 1 else 1.0
    return Fit(slope, intercept, r * r)


def scaling_details(scale: Scaling) -> str:
    lines = [
        f"{scale.rounds} round(s) per size (fewer than the other scenarios: the large cold runs are the slowest part). "
        "Medians; whole job = the larger of the largest process's peak RSS (RUSAGE_CHILDREN) and the sum over the "
        f"process tree sampled every {MEMORY_INTERVAL} s in the cold runs (elsewhere: the largest process only).",
        "",
        "| services | actions | cold wall | cold CPU | cold per action | no-op wall | no-op CPU | largest process | "
        "whole job |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for copies, point in scale.points.items():
        lines.append(
            f"| {copies} | {point.actions} | {spread(point.cold.wall)} | {spread(point.cold.cpu)} | "
            f"{point.cold.wall.median / point.actions * 1000:.1f} ms | {spread(point.noop.wall)} | "
            f"{spread(point.noop.cpu)} | {megabytes(point.cold.rss.median)} | {spread(point.cold.job, megabytes)} |"
        )
    peer_wall = scale.peer.wall.median
    lines += [
        "",
        f"Peer, same rounds, live API ({scale.peer_actions} actions): {spread(scale.peer.wall)} wall, "
        f"{spread(scale.peer.cpu)} CPU, {peer_wall / scale.peer_actions * 1000:.1f} ms per action (wall).",
        "",
        f"Least-squares fit over the sizes' medians, extrapolated to {EXTRAPOLATE_TO:,} actions:",
        "",
        f"| quantity | per 1,000 actions | at 0 actions | R² | at {EXTRAPOLATE_TO:,} actions | target |",
        "|---|---|---|---|---|---|",
    ]
    actions = [point.actions for point in scale.points.values()]
    for name, series, unit, target in extrapolations(scale):
        line = fit(actions, [s.median for s in series])
        if line is None:
            lines.append(f"| {name} | (one size only: no fit) | | | | {target.text} |")
            continue
        lines.append(
            f"| {name} | {unit(line.slope * 1000)} | {unit(line.intercept)} | {line.r_squared:.3f} | "
            f"{unit(line.at(EXTRAPOLATE_TO))} | {target.text} |"
        )
    peer_at = peer_wall / scale.peer_actions * EXTRAPOLATE_TO
    lines += ["", f"The peer at its measured rate would take {seconds(peer_at)} for {EXTRAPOLATE_TO:,} actions."]
    return "\n".join(lines)


def import_details(result: Imports) -> str:
    httpx = result.env.version("httpx")
    others = ", ".join(f"{name} {version}" for name, version in sorted(result.env.packages.items()))
    return "\n".join(
        [
            f"`{result.statement}` in a virtual environment holding only httpx {httpx} and what it needs ({others}), "
            "`python -I`, generated/ on sys.path. Each round: a fresh copy of generated/ without bytecode, imported "
            "once (Python compiles and writes the bytecode), then again with it.",
            "",
            "| | the import statement | the whole process |",
            "|---|---|---|",
            f"| first import, no bytecode | {spread(result.first)} | {spread(result.first_process)} |",
            f"| later imports | {spread(result.later)} | {spread(result.later_process)} |",
            "",
            "No target in issue 11; it quotes 223–270 ms for the official SDK's import in such an environment.",
        ]
    )


def runs_line(name: str, runs: Runs) -> str:
    return f"{name}: wall {spread(runs.wall)}, CPU {spread(runs.cpu)}, largest process {spread(runs.rss, megabytes)}"
