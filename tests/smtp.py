"""A real local SMTP server for the tests that send mail: aiosmtpd, keeping what it receives.

Tests run in several processes at once (pytest-xdist), so no port is picked before it is bound:
the server listens on a socket the kernel gave a free port, and a port meant to refuse
connections stays bound here, unlistened, for as long as the test needs it."""

from __future__ import annotations

import email
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from email.message import Message

import pytest
from aiosmtpd.controller import Controller


class Inbox:
    """An aiosmtpd handler that keeps every message it receives."""

    def __init__(self) -> None:
        self.messages: list[Message] = []

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:  # noqa: N802
        self.messages.append(email.message_from_bytes(envelope.content))  # type: ignore[attr-defined]
        return "250 Message accepted"


def _bound_socket() -> socket.socket:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    return sock


class LocalController(Controller):  # type: ignore[misc]
    """An aiosmtpd server on 127.0.0.1, on a socket already bound to a port the kernel chose
    (`port` says which), so no other process can take that port first. Stopping the server
    closes the socket."""

    def __init__(self, handler: object) -> None:
        self._socket = _bound_socket()
        super().__init__(handler, hostname="127.0.0.1", port=self._socket.getsockname()[1])

    def _create_server(self) -> object:
        return self.loop.create_server(self._factory_invoker, sock=self._socket)


@contextmanager
def refusing_port() -> Iterator[int]:
    """A local port where nothing listens, held bound for the block so that no server (another
    test worker's, say) can start on it meanwhile: connecting to it is refused."""
    with _bound_socket() as sock:
        yield int(sock.getsockname()[1])


@pytest.fixture
def smtp(settings) -> Iterator[Inbox]:
    """Django's SMTP backend pointed at a local server started for the test, with the tasks
    running through the database backend."""
    inbox = Inbox()
    controller = LocalController(inbox)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", controller.port
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    yield inbox
    controller.stop()
