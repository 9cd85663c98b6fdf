"""`salescoach coaching ...` and other coaching commands."""
