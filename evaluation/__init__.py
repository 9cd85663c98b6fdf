"""Quality measurements of the analysis core against labelled data (run with `make eval`)."""
