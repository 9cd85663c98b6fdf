"""The deterministic demo organisation: planted rep profiles over twelve months of selling."""
