"""Coaching sessions, notes, commitments, check-ins, coaching guides and coaching quality."""
