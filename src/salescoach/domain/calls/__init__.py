"""Pure calls analysis."""
