"""Run a few lines of Python in a fresh interpreter of this checkout: what a new worker process imports and holds."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def printed_lines(script: str) -> list[str]:
    """The lines `script` printed; it must exit cleanly (its error is the assertion message otherwise)."""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                          cwd=PROJECT_ROOT)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()
