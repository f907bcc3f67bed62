"""A learner's study settings: what the Settings page edits and the scheduler reads."""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field

LEARNER_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 _.\-]{0,39}$")
DEFAULT_LEARNER = "default"


class LearnerSettings(BaseModel):
    """Per-learner targets; ranges mirror what FSRS handles sensibly."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    desired_retention: float = Field(0.9, ge=0.7, le=0.99)
    daily_new_limit: int = Field(20, ge=0, le=1000)
    maximum_interval: int = Field(3650, ge=1, le=36500)
    enable_fuzzing: bool = True


def check_learner_name(name: str) -> str:
    """Return the trimmed name, or raise ValueError saying what a profile name may contain."""
    name = name.strip()
    if not LEARNER_PATTERN.match(name):
        raise ValueError(
            f"profile name {name!r} must be 1-40 letters, digits, spaces, '.', '_' or '-', "
            "starting with a letter or digit"
        )
    return name
