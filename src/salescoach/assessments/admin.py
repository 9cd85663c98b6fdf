"""Nothing of assessments is registered in the configuration screens: administrators see none
of a person's answers or summaries (docs/instruments.md, privacy)."""
