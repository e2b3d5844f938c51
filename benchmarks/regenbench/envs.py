"""The benchmark's own virtual environments, kept between runs: one for the peer (openapi-python-client) and one
holding only httpx, for the generated package's import time. Neither touches the development environment."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

PEER_REQUIREMENT = "openapi-python-client>=0.29"
HTTPX_REQUIREMENT = "httpx>=0.27"


@dataclass(frozen=True)
class Environment:
    python: Path
    packages: dict[str, str]

    def version(self, name: str) -> str:
        return self.packages.get(name.lower(), "?")


def environment(folder: Path, requirement: str) -> Environment:
    """A virtual environment in `folder` holding `requirement` and what it needs; created on first use."""
    python = folder / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(folder)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", requirement], check=True)
    listed = subprocess.run(
        [str(python), "-m", "pip", "list", "--format=freeze", "--exclude", "pip", "--exclude", "setuptools"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    packages = dict(line.lower().split("==", 1) for line in listed.split() if "==" in line)
    return Environment(python, packages)
