"""`salescoach token create EMAIL` prints a bearer token; `token revoke PREFIX` revokes one."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from salescoach.org.models import ApiToken
from salescoach.org.selectors import find_login
from salescoach.org.services import create_api_token, revoke_api_token


class Command(BaseCommand):
    help = "Create or revoke API bearer tokens."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
        create = sub.add_parser("create", help="Create a token for a login and print it once.")
        create.add_argument("email")
        create.add_argument("--days", type=int, default=90, help="Days until it expires (90).")
        create.add_argument("--name", default="", help="A label to recognise it by.")
        revoke = sub.add_parser("revoke", help="Revoke a token by the prefix shown at creation.")
        revoke.add_argument("prefix")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["action"] == "create":
            user = find_login(email=options["email"])
            if user is None:
                raise CommandError(f"no login with e-mail {options['email']}")
            if options["days"] < 1:
                raise CommandError("--days must be at least 1")
            issued = create_api_token(user=user, name=options["name"], valid_days=options["days"])
            self.stdout.write(issued.secret)
            self.stderr.write(
                f"Token {issued.token.prefix}… for {user.email}, expires "
                f"{issued.token.expires_at:%Y-%m-%d}. It is shown only once."
            )
            return
        tokens = list(ApiToken.objects.filter(prefix=options["prefix"]))
        if len(tokens) != 1:
            raise CommandError(f"no single token with prefix {options['prefix']}")
        revoke_api_token(token=tokens[0])
        self.stdout.write(f"Revoked {tokens[0].prefix}….")
