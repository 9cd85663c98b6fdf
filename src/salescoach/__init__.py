"""salescoach: self-hosted sales coaching around the three conversations a salesperson has."""

__version__ = "0.1.0"
