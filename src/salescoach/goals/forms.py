"""Forms for goals: accepting a recommended learning goal."""

from __future__ import annotations

from django import forms


class AcceptForm(forms.Form):
    """How the learning goal will be practised and which figure should move (both optional).
    The acceptance that completes the agreement shapes the goal."""

    practice = forms.CharField(
        label="How it will be practised", max_length=1000, required=False, widget=forms.Textarea
    )
    measure = forms.CharField(label="Figure that should move", max_length=100, required=False)
    weeks = forms.IntegerField(label="Weeks", min_value=1, max_value=52, initial=12)
