"""The import upload form."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django import forms
from django.db.models import QuerySet

from salescoach.org.models import Person

KIND_LABELS = {
    "stages": "Sales process stages (stages.csv)",
    "people": "People and teams (people.csv)",
    "deals": "Deals (native, Salesforce or HubSpot export, or with a mapping file)",
    "stage-changes": "Stage history of deals (stage_changes.csv)",
    "activities": "Activities (activities.csv)",
    "quotas": "Quotas (quotas.csv)",
    "calendar": "A calendar (.ics) as meetings",
}
LAYOUT_LABELS = {
    "auto": "Recognise from the header row",
    "native": "salescoach columns",
    "salesforce": "Salesforce opportunity report",
    "hubspot": "HubSpot deals export",
}


class ImportForm(forms.Form):
    kind = forms.ChoiceField(label="What the file holds")
    file = forms.FileField(
        label="File", help_text="UTF-8 CSV with a header row, or an iCalendar (.ics) file."
    )
    layout = forms.ChoiceField(
        label="Column layout",
        choices=list(LAYOUT_LABELS.items()),
        initial="auto",
        required=False,
        help_text="Salesforce and HubSpot layouts apply to deals.",
    )
    mapping = forms.FileField(
        label="Mapping file (optional)",
        required=False,
        help_text="YAML or JSON from our column name to yours, e.g. deal_id: Opp Ref.",
    )
    person = forms.ModelChoiceField(
        queryset=Person.objects.none(),
        label="Whose calendar",
        required=False,
        help_text="Calendars only; yours when left empty.",
    )

    def __init__(
        self, *args: Any, kinds: Sequence[str], people: QuerySet[Person], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        kind_field: Any = self.fields["kind"]
        kind_field.choices = [(kind, KIND_LABELS[kind]) for kind in kinds]
        person_field: Any = self.fields["person"]
        person_field.queryset = people
        if len(kinds) == 1:
            kind_field.initial = kinds[0]

    def clean_layout(self) -> str:
        return str(self.cleaned_data.get("layout") or "auto")
