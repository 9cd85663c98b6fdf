"""Forms of the coaching session workspace and the steps of the achievement-drive exercise."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.utils import timezone

from salescoach.coaching.models import CommitmentStatus, NoteVisibility, SessionKind
from salescoach.coaching.services import CONVERSATIONS, GoalSphere, PlannedAction

DATETIME_INPUT = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")
DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
CONVERSATION_LABELS = {
    "customers": "With customers (skills)",
    "themselves": "With themselves (mindset)",
    "coach": "With the coach (support and follow-up)",
}


class SessionPlanForm(forms.Form):
    """Plan a session: with whom (people in the teams you lead), what kind, and when."""

    rep = forms.IntegerField(label="With", widget=forms.Select)
    kind = forms.ChoiceField(choices=SessionKind.choices, initial=SessionKind.SKILL)
    deal = forms.IntegerField(
        label="Deal",
        widget=forms.Select,
        required=False,
        help_text="Opportunity coaching works on one of the rep's open deals.",
    )
    scheduled_for = forms.DateTimeField(label="When", widget=DATETIME_INPUT)

    def __init__(
        self,
        *args: Any,
        reps: list[tuple[int, str]],
        deals: list[tuple[str, list[tuple[int, str]]]] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        # Any id is accepted here; the service decides whether the person is in your teams,
        # so an out-of-scope choice gets the rule's message rather than a generic one.
        self.fields["rep"].widget.choices = [("", "Choose a person"), *reps]
        # Open deals grouped by rep; the service checks the deal is the chosen rep's.
        self.fields["deal"].widget.choices = [("", "No particular deal"), *(deals or [])]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if cleaned.get("kind") == SessionKind.OPPORTUNITY and not cleaned.get("deal"):
            self.add_error("deal", "opportunity coaching needs the deal it is about")
        return cleaned


class NoteForm(forms.Form):
    text = forms.CharField(label="Note", widget=forms.Textarea(attrs={"rows": 3}), max_length=5000)
    visibility = forms.ChoiceField(
        choices=NoteVisibility.choices, initial=NoteVisibility.MANAGER_ONLY, required=False
    )

    def clean_text(self) -> str:
        text = str(self.cleaned_data["text"]).strip()
        if not text:
            raise forms.ValidationError("A note cannot be empty.")
        return text


class CommitmentForm(forms.Form):
    text = forms.CharField(label="What will be done", max_length=500)
    due_on = forms.DateField(label="By", widget=DATE_INPUT)
    owner = forms.ChoiceField(choices=[("rep", "The rep"), ("manager", "The manager")])


class CommitmentStatusForm(forms.Form):
    status = forms.ChoiceField(choices=CommitmentStatus.choices)


class SessionHeldForm(forms.Form):
    duration_min = forms.IntegerField(label="Duration (minutes)", min_value=1, max_value=600)
    outcomes = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), required=False)
    conversations = forms.MultipleChoiceField(
        choices=[(c, CONVERSATION_LABELS[c]) for c in CONVERSATIONS],
        widget=forms.CheckboxSelectMultiple,
        required=False,
        label="Conversations covered",
    )


# --- The achievement-drive exercise: four steps, each validated before the next -------------


class GoalStepForm(forms.Form):
    """Step 1: a goal the rep wants."""

    goal = forms.CharField(label="The goal the rep wants", max_length=300)
    sphere = forms.ChoiceField(
        label="Where it lives",
        choices=[(GoalSphere.PROFESSIONAL, "Professional"), (GoalSphere.PERSONAL, "Personal")],
        widget=forms.RadioSelect,
    )


class SkillsStepForm(forms.Form):
    """Step 2: the skills or capabilities it needs."""

    skills = forms.CharField(
        label="Skills or capabilities it needs (one per line)",
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
    )

    def clean_skills(self) -> list[str]:
        skills = [line.strip() for line in str(self.cleaned_data["skills"]).splitlines()]
        skills = [s for s in skills if s]
        if not skills:
            raise forms.ValidationError("Name at least one skill or capability.")
        return skills


ACTION_ROWS = 3


class PlanStepForm(forms.Form):
    """Step 3: what will build belief that it can be done, and specific actions with dates."""

    belief = forms.CharField(
        label="What will build the belief that it can be done",
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
    )

    def __init__(self, *args: Any, today: dt.date | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.today = today or timezone.localdate()
        for n in range(1, ACTION_ROWS + 1):
            self.fields[f"action_{n}"] = forms.CharField(
                label=f"Action {n}", max_length=500, required=False
            )
            self.fields[f"due_{n}"] = forms.DateField(
                label=f"Action {n} by", required=False, widget=DATE_INPUT
            )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        actions: list[PlannedAction] = []
        for n in range(1, ACTION_ROWS + 1):
            text = str(data.get(f"action_{n}") or "").strip()
            due = data.get(f"due_{n}")
            if f"due_{n}" in self.errors:
                continue
            if text and due is None:
                self.add_error(f"due_{n}", "Give the action a date.")
            elif due is not None and not text:
                self.add_error(f"action_{n}", "Say what will be done by this date.")
            elif text and due is not None:
                if due < self.today:
                    self.add_error(f"due_{n}", "The date is in the past.")
                else:
                    actions.append(PlannedAction(text=text, due_on=due))
        if not actions and not self.errors:
            self.add_error("action_1", "Plan at least one specific action with a date.")
        data["actions"] = actions
        return data


class CheckInStepForm(forms.Form):
    """Step 4: the date of the check-in."""

    check_in_at = forms.DateTimeField(label="Check-in", widget=DATETIME_INPUT)

    def clean_check_in_at(self) -> dt.datetime:
        when: dt.datetime = self.cleaned_data["check_in_at"]
        if when <= timezone.now():
            raise forms.ValidationError("A check-in cannot be in the past.")
        return when


EXERCISE_STEPS: tuple[tuple[str, type[forms.Form]], ...] = (
    ("The goal", GoalStepForm),
    ("Skills and capabilities", SkillsStepForm),
    ("Belief and plan", PlanStepForm),
    ("Check-in", CheckInStepForm),
)
