"""The pieces of benchmarks/bench_regenerate.py: measuring one process, preparing fresh projects, the benchmark's
own virtual environments, the scenarios of issue 11, and the Markdown report."""
