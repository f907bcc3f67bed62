"""Facts → items: one module per kind, shared wording, evidence, choices, ranking."""
