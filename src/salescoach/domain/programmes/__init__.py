"""Pure programmes analysis."""
