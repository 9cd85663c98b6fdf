"""Pure coaching analysis."""
