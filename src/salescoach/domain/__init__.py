"""The pure analysis core: plain typed Python, no Django, no I/O, no clock."""
