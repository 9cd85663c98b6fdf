"""Pure pipeline analysis."""
