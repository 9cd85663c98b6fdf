"""Recorded sales and service calls, their analyses, imports and the call review page."""
