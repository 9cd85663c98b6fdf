"""Pure assessments analysis."""
