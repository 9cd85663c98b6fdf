"""Organisations, teams, people, roles, logins and the one access layer."""
