"""Template filters of the coaching app."""
