"""The conversation with themselves: instrument responses, shared summaries, maturity."""
