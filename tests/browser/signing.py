"""Signing in through the login form, as every browser journey starts."""

from __future__ import annotations

from tests.world import PASSWORD


def sign_in(page, live_server, email: str) -> None:
    """Sign in as `email` (dropping any earlier sign-in) and wait until the signed-in page is
    there: the main navigation only shows to someone signed in."""
    page.context.clear_cookies()
    page.goto(f"{live_server.url}/login/")
    page.fill("#id_username", email)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_selector("nav[aria-label=Main]", state="attached")
