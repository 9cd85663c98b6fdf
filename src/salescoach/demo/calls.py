"""Synthesise demo call transcripts (WebVTT) whose behaviour matches each planted profile."""

from __future__ import annotations

import random
from dataclasses import dataclass

WORDS_PER_SECOND = 2.5  # about 150 words a minute

OPENERS = (
    "Thanks for making the time today.",
    "Good to finally meet properly, thanks for joining.",
    "Thanks for taking my call, I know your week is busy.",
)
SMALL_TALK_REPLY = (
    "No problem, happy to talk.",
    "Sure, glad we could find a slot.",
    "Of course, it's been on my list.",
)
OPEN_QUESTIONS = (
    "What prompted you to look at this now?",
    "How do you handle onboarding new customers today?",
    "Walk me through what happens when an order goes wrong.",
    "Tell me more about how your team plans the quarter.",
    "What would a good outcome look like for you by the end of the year?",
    "How does that affect the people on your team day to day?",
    "Help me understand what you have tried so far.",
    "What gets in the way when you try to fix it?",
    "Why is this a priority for you this year rather than next?",
    "How are you measuring the impact of that today?",
)
CLOSED_QUESTIONS = (
    "Do you use spreadsheets for that?",
    "Is that handled by your team?",
    "Are you on the latest version?",
    "Would Tuesday work for a follow-up?",
    "Is budget already approved?",
    "Have you looked at other vendors?",
)
NEED_STATEMENTS = (
    "Honestly, we struggle with keeping track of renewals, things slip through the cracks.",
    "Our problem is that every region reports numbers differently and nobody trusts them.",
    "We need a way to see which accounts are at risk before it is too late.",
    "It's a real pain, we lose about two days a month reconciling reports by hand.",
    "We're looking for something that cuts the time our managers spend on admin.",
)
STORY_SENTENCES = (
    "Last quarter we had three big customers churn and we only found out at renewal.",
    "The team spends Mondays pulling data from four different systems.",
    "By the time the report is ready the numbers are already a week old.",
    "My managers end up arguing about whose spreadsheet is right instead of helping people.",
    "We tried a reporting tool two years ago but nobody kept it up to date.",
    "The board asked me directly why our forecast keeps missing by twenty percent.",
    "Our best people are tired of the manual work and one of them left in the spring.",
    "When a customer complains, it takes us days to see the full history.",
    "We grew from forty to ninety people and the old way simply stopped working.",
    "I want my team to spend their time with customers, not on copying numbers.",
)
PARAPHRASES = (
    "So what I'm hearing is that the reporting takes so long it's stale by the time you use it.",
    "It sounds like the real cost is your managers' time rather than the software itself.",
    "If I understand correctly, the churn surprised you because nobody saw the warning signs.",
    "So you're saying the numbers exist, but nobody trusts them enough to act on them.",
)
BACKCHANNELS = ("Mm-hm.", "Right.", "I see.", "Okay.", "Got it.")
PITCHES = (
    "Let me show you our platform, it pulls all of that into one dashboard automatically.",
    "Our product has a renewal radar feature that flags at-risk accounts for you.",
    "We offer an integration with every major CRM, and the setup takes about a week.",
    "Our solution includes forecasting, reporting and alerts in one place.",
    "The demo will show you how our analytics module handles exactly this.",
)
LONG_PITCH_SENTENCES = (
    "We were founded eight years ago and now work with over four hundred companies.",
    "The platform has three modules: reporting, forecasting and customer health.",
    "Each module comes with templates so you can be up and running in days.",
    "Our customers usually see results in the first month.",
    "We also have a mobile app so your managers can check numbers on the go.",
    "The pricing is per seat and there is a discount for annual contracts.",
)
OPEN_TO_SOLUTION = (
    "We'd definitely be open to looking at a different way of doing this.",
    "I'm open to changing how we work if it actually saves us the time.",
)
AGREE_TO_DISCUSS = (
    "Yes, let's talk about how you would approach it for us.",
    "Sure, I'd like to hear how you'd solve that.",
)
DECISION_AUTHORITY = (
    "The budget is mine, so I can make the decision on this.",
    "I sign off on tools like this myself, together with our finance lead.",
)
NO_AUTHORITY = (
    "I'd have to check with my boss, she decides on anything like this.",
    "Honestly, the decision sits with procurement and the CFO, not with me.",
)
NO_NEED = (
    "To be honest, things work fine for us at the moment.",
    "We're pretty happy with what we have, I just wanted to see what's out there.",
)
TRANSACTION = (
    "What discount could you give us if we sign this month?",
    "If you can do a better price, we could close this quickly.",
)
TRANSACTION_REP = (
    "If you sign before the end of the month I can offer fifteen percent off.",
    "Let's get the contract over to you today so we can close this.",
)
NEXT_STEPS = (
    "Great, I'll send a summary of what we discussed and we can meet again next week.",
    "I'll put a follow-up in the calendar and share a short written recap.",
)
CUSTOMER_SHORT = ("Yes.", "No, not really.", "Sometimes.", "I think so.", "Maybe.", "Not yet.")


@dataclass(frozen=True)
class CallStyle:
    """How a rep's calls go: discovery depth, when they pitch, whether the customer opens up."""

    open_questions: int
    closed_questions: int
    paraphrases: int
    story_length: tuple[int, int]  # sentences per customer story
    pitch_first: bool  # pitch before the customer admits a need
    pitch_sentences: int
    need_admitted: bool = True
    decision_authority: bool = True
    transactional: bool = False


STYLES: dict[str, CallStyle] = {
    "strong_discovery": CallStyle(6, 1, 3, (4, 7), False, 2),
    "early_pitcher": CallStyle(1, 5, 0, (1, 2), True, 9),
    "decision_stage_loser": CallStyle(4, 2, 2, (3, 5), False, 3, decision_authority=False),
    "poor_qualification": CallStyle(2, 4, 0, (1, 2), True, 5, need_admitted=False),
    "plateaued": CallStyle(2, 3, 0, (1, 3), False, 6, transactional=True),
    "steady": CallStyle(3, 3, 1, (2, 4), False, 4),
    "new_hire": CallStyle(3, 3, 1, (2, 4), False, 4),
    "fragmented_calendar": CallStyle(3, 3, 1, (2, 4), False, 4),
}


class _Script:
    def __init__(self, rng: random.Random, rep: str, customer: str) -> None:
        self.rng, self.rep, self.customer = rng, rep, customer
        self.cues: list[tuple[str, float, float, str]] = []
        self.clock = 0.0

    def say(self, speaker: str, text: str) -> None:
        words = len(text.split())
        duration = max(0.6, words / WORDS_PER_SECOND * self.rng.uniform(0.9, 1.15))
        gap = self.rng.uniform(0.3, 1.4)
        start = self.clock + gap
        self.cues.append((speaker, start, start + duration, text))
        self.clock = start + duration

    def rep_says(self, text: str) -> None:
        self.say(self.rep, text)

    def customer_says(self, text: str) -> None:
        self.say(self.customer, text)

    def customer_story(self, sentences: int) -> None:
        picks = self.rng.sample(STORY_SENTENCES, k=min(sentences, len(STORY_SENTENCES)))
        for index, sentence in enumerate(picks):
            self.customer_says(sentence)
            if index % 2 == 1 and index < len(picks) - 1:
                self.rep_says(self.rng.choice(BACKCHANNELS))

    def pitch(self, sentences: int) -> None:
        self.rep_says(self.rng.choice(PITCHES))
        for sentence in self.rng.sample(LONG_PITCH_SENTENCES, k=min(sentences, 6)):
            self.rep_says(sentence)


def synthesise_call(rng: random.Random, *, profile: str, rep: str, customer: str) -> str:
    """One call transcript as WebVTT, behaving as the profile's style says."""
    style = STYLES.get(profile, STYLES["steady"])
    s = _Script(rng, rep, customer)
    s.rep_says(rng.choice(OPENERS))
    s.customer_says(rng.choice(SMALL_TALK_REPLY))
    if style.pitch_first:
        s.pitch(style.pitch_sentences)
        s.customer_says(rng.choice(CUSTOMER_SHORT))
    open_qs = rng.sample(OPEN_QUESTIONS, k=style.open_questions)
    closed_qs = rng.sample(CLOSED_QUESTIONS, k=style.closed_questions)
    paraphrases = list(rng.sample(PARAPHRASES, k=style.paraphrases))
    need_said = False
    for index, question in enumerate(open_qs):
        s.rep_says(question)
        if index == 0 and style.need_admitted:
            s.customer_says(rng.choice(NEED_STATEMENTS))
            need_said = True
        s.customer_story(rng.randint(*style.story_length))
        if paraphrases:
            s.rep_says(paraphrases.pop())
            s.customer_says("Yes, exactly, that's it.")
    for question in closed_qs:
        s.rep_says(question)
        s.customer_says(rng.choice(CUSTOMER_SHORT))
    if style.need_admitted and not need_said:
        s.customer_says(rng.choice(NEED_STATEMENTS))
    if not style.need_admitted:
        s.customer_says(rng.choice(NO_NEED))
    else:
        s.customer_says(rng.choice(OPEN_TO_SOLUTION))
        s.rep_says("Would it help if I showed you how we would approach it?")
        s.customer_says(rng.choice(AGREE_TO_DISCUSS))
    if not style.pitch_first:
        s.pitch(style.pitch_sentences)
        s.customer_says(rng.choice(CUSTOMER_SHORT))
    if style.transactional:
        s.customer_says(rng.choice(TRANSACTION))
        s.rep_says(rng.choice(TRANSACTION_REP))
    s.rep_says("Who else would be involved in deciding on this?")
    s.customer_says(rng.choice(DECISION_AUTHORITY if style.decision_authority else NO_AUTHORITY))
    s.rep_says(rng.choice(NEXT_STEPS))
    s.customer_says("Sounds good, thanks.")
    return _webvtt(s.cues)


def _stamp(seconds: float) -> str:
    millis = round(seconds * 1000)
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, ms = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}.{ms:03d}"


def _webvtt(cues: list[tuple[str, float, float, str]]) -> str:
    lines = ["WEBVTT", ""]
    for index, (speaker, start, end, text) in enumerate(cues, start=1):
        lines += [str(index), f"{_stamp(start)} --> {_stamp(end)}", f"<v {speaker}>{text}</v>", ""]
    return "\n".join(lines)
