"""Command-line commands of the coaching app."""
