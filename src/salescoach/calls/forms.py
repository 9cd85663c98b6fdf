"""The call upload form."""

from __future__ import annotations

from django import forms

from salescoach.calls.models import CallKind
from salescoach.calls.services import MAX_TRANSCRIPT_BYTES


class CallUploadForm(forms.Form):
    transcript = forms.FileField(
        help_text="WebVTT, SRT, JSON (generic, Zoom, Teams or Gong-style) or plain 'Name: text'."
    )
    kind = forms.ChoiceField(choices=CallKind.choices, initial=CallKind.SALES, required=False)
    rep_name = forms.CharField(
        required=False,
        max_length=200,
        help_text="The seller's name as it appears in the transcript, if it is not yours.",
    )
    deal = forms.IntegerField(required=False, widget=forms.HiddenInput)

    def clean_kind(self) -> str:
        return str(self.cleaned_data.get("kind") or CallKind.SALES)

    def clean_transcript(self) -> object:
        upload = self.cleaned_data["transcript"]
        if upload.size > MAX_TRANSCRIPT_BYTES:
            raise forms.ValidationError(
                f"The file is larger than {MAX_TRANSCRIPT_BYTES // 2**20} MB."
            )
        return upload
