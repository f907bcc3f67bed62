"""The YAML loader and dumper every reader of YAML uses: safe ones only (libyaml's C ones when present)."""

from __future__ import annotations

import yaml

SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
SafeDumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
