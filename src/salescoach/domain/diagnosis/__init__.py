"""Pure diagnosis analysis."""
