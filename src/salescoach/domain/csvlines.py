"""CSV for download, one line at a time, as spreadsheets open it."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Sequence


def csv_lines(header: Sequence[str], rows: Iterable[Sequence[str]]) -> Iterator[str]:
    """A byte-order mark and the header, then one CRLF-ended CSV line per row, each produced
    as its row is read (so a long export streams rather than being built whole)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")

    def line(cells: Sequence[str]) -> str:
        buffer.seek(0)
        buffer.truncate()
        writer.writerow(cells)
        return buffer.getvalue()

    yield "\ufeff" + line(header)
    for row in rows:
        yield line(row)
