"""Deals as CSV in the native deals.csv columns, safe to open in a spreadsheet."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from salescoach.domain.csvlines import csv_lines
from salescoach.domain.pipeline.importing import neutralise_spreadsheet_cell
from salescoach.pipeline.models import Deal

DEAL_COLUMNS = (
    "deal_id",
    "name",
    "account",
    "owner_email",
    "amount",
    "currency",
    "created_at",
    "closed_at",
    "stage",
    "outcome",
    "loss_reason",
    "forecast_category",
)


def deal_csv_lines(deals: Iterable[Deal]) -> Iterator[str]:
    """The header, then one CSV line per deal, produced as the deals are read. Every text cell
    that a spreadsheet would run as a formula (=, +, -, @, tab, CR) starts with an apostrophe."""
    return csv_lines(DEAL_COLUMNS, (_deal_row(deal) for deal in deals))


def _deal_row(deal: Deal) -> list[str]:
    text = [deal.external_id, deal.name, deal.account, deal.owner.email]
    return [
        *(neutralise_spreadsheet_cell(cell) for cell in text),
        str(deal.amount),
        deal.currency,
        deal.created_on.isoformat(),
        deal.closed_on.isoformat() if deal.closed_on else "",
        neutralise_spreadsheet_cell(deal.stage.name if deal.stage else ""),
        deal.outcome,
        neutralise_spreadsheet_cell(deal.loss_reason),
        deal.forecast_category,
    ]
