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
    "Does the whole team sit in one office?",
    "Is budget already approved?",
    "Have you looked at other vendors?",
)
NEED_STATEMENTS = (
    "Honestly, we struggle with keeping track of renewals, things slip through the cracks.",
    "Our problem is that every region reports numbers differently and nobody trusts them.",
    "We need a way to see which accounts are at risk before it is too late.",
    "It's a real pain, we lose about two days a month reconciling reports by hand.",
    "We need something that cuts the time our managers spend on admin.",
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
# A need admitted, but no wish to change anything about it yet.
NOT_OPEN = (
    "We've lived with it for years, so changing how we work isn't on the agenda for now.",
    "It is what it is; the team has found its own way around it and I'd leave it there.",
    "Honestly, I'd rather not touch the way we work until the reorganisation is done.",
)
# Open to a solution, but not to hearing about ours yet.
NOT_NOW = (
    "Not today, thanks; I'd rather think it through with my team first.",
    "Maybe later. For now I'd just like something short to read.",
    "I'd prefer to see what the other vendors say before we go into yours.",
)
# What a customer with no pressing need tells about how they work: no trouble, no wish.
CALM_STORY = (
    "The regions send their figures to head office each month.",
    "Our account managers look after about forty customers each.",
    "Renewals are looked after by a small team, and that works well for us.",
    "We moved to our current CRM three years ago and people are used to it.",
    "The managers meet on Mondays to go through the pipeline together.",
    "Finance and sales share one report, and it does the job for us.",
    "Most of our customers are on yearly contracts.",
    "Two account managers joined in the summer and they settled in quickly.",
    "The leadership team reads a one-page summary on Thursdays.",
    "Customer success calls every new customer in their first month.",
    "Our managers review the forecast from the CRM before it goes to the board.",
    "Renewal dates sit in a shared calendar that the team looks after.",
)
CALM_HOW = (
    "the team sits down on Mondays to look at the week ahead",
    "each account has its own named contact",
    "the figures go to head office once a month",
    "the managers go through the pipeline on Mondays",
    "renewals go on the plan a quarter ahead",
    "we call each new customer in their first month",
)
CALM_VERDICT = (
    "and it works for us",
    "and that has worked well for years",
    "and the managers prefer it that way",
    "and it does the job",
    "so we're comfortable with where we are",
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


PROBES = (
    "How often does that happen?",
    "What happens next when it does?",
    "Who feels that most in the business?",
    "What have you tried so far to work around it?",
    "How much time would you say that costs each week?",
    "What does your manager make of it?",
    "How did the team react when that happened?",
    "What would change for you if that went away?",
    "Where does the information come from today?",
    "How do your customers notice it?",
)
MORE_STORY = (
    "We have a weekly call where every region reads out its numbers and nobody questions them.",
    "The finance team keeps its own version of the pipeline and it never matches ours.",
    "Two of our account managers built their own trackers, and neither talks to the CRM.",
    "When someone goes on holiday their accounts just go quiet for two weeks.",
    "Our renewal dates live in contracts that sit in a shared drive, not in any system.",
    "The last time we audited it, a fifth of the open opportunities had no next step at all.",
    "People update the CRM on Friday afternoons, so the forecast on Monday is guesswork.",
    "We only hear about unhappy customers when they have already asked for a termination date.",
    "I spend most of my Thursday building the deck for the leadership meeting.",
    "The sales team and customer success use different words for the same stage.",
    "New hires take about four months before they trust the numbers they see.",
    "We lost a large logistics client last spring and nobody could say why.",
)
DEMO_STEPS = (
    "This is the overview your managers would open on Monday morning.",
    "Each account gets a health score built from usage, tickets and payment history.",
    "Here you can see the renewals coming up in the next ninety days, sorted by risk.",
    "When a score drops, the account owner gets a note with the reasons behind it.",
    "The forecast view rolls up from each rep's own commit, so nobody keeps a side sheet.",
    "You can filter by region, which answers the point about regions reporting differently.",
    "Reports can be scheduled, so the leadership deck builds itself on Thursday night.",
    "Everything here syncs both ways with your CRM every few minutes.",
    "Permissions follow your team structure, so each manager sees their own people.",
    "There is an audit trail on every change to a forecast figure.",
)
DEMO_REACTIONS = (
    "Okay, that looks cleaner than what we have.",
    "Can it pull from two CRMs at once? We still run an old one in one region.",
    "How long would the data take to load the first time?",
    "Who would have to maintain the scores?",
    "That's interesting, our finance lead would like that view.",
    "And what happens if the rep disagrees with the score?",
)
DEMO_ANSWERS = (
    "Good question: the first load usually runs overnight and then it stays in sync.",
    "Yes, both sources can feed the same view; we map the fields during setup.",
    "The scores maintain themselves from the data; your team only adjusts the weights.",
    "The rep can add a comment to the score, and that comment shows in the forecast view.",
)
OBJECTIONS = (
    "My worry is that we tried something similar and nobody used it after a month.",
    "The timing is tricky, we are in the middle of a reorganisation.",
    "It looks good, but I'm not sure we have the people to roll it out this quarter.",
)
OBJECTION_RESPONSES = (
    "That's fair. What made the last tool fall out of use?",
    "Understood. What would have to be true for the timing to work?",
    "That makes sense. Who would you want involved in a rollout, if you went ahead?",
)
# Pitch parts the rep combines into sentences: a capability and what it is said to bring.
PITCH_FEATURE = (
    "Our forecasting module",
    "The renewal radar",
    "The manager dashboard",
    "Our CRM connector",
    "The mobile app",
    "The reporting studio",
    "Our alerting engine",
    "The data warehouse export",
)
PITCH_CLAIM = (
    "is the most complete on the market",
    "was rebuilt from scratch last year",
    "comes with more than fifty templates",
    "is used by some of the biggest names in your industry",
    "won an industry award this spring",
    "sets itself up in under a week",
)
# Story parts the customer combines into sentences: where, what goes wrong, what it costs.
STORY_WHERE = (
    "In the northern region",
    "On the renewals desk",
    "For our enterprise accounts",
    "In customer success",
    "On the finance side",
    "With our channel partners",
    "In the London office",
    "For the new product line",
)
STORY_PROBLEM = (
    "the numbers arrive a week late",
    "nobody owns the follow-up after a complaint",
    "people keep their own spreadsheets",
    "the forecast is built on gut feel",
    "handovers between teams lose the context",
    "we only see churn at renewal time",
    "reports are copied by hand from three systems",
    "managers spend their Fridays on admin",
    "new leads wait days before anyone calls them back",
    "price approvals take two weeks",
)
STORY_COST = (
    "so decisions get made on stale data",
    "and last quarter that cost us two renewals",
    "which frustrates the team more than anything else",
    "and the board has started asking questions",
    "so good people spend their time on the wrong things",
    "and customers notice before we do",
    "which is partly why the forecast missed again",
    "and nobody can tell me what it really costs us",
)
SMALL_TALK = (
    ("How was the trip back from the conference?", "Long, but worth it, we met a few partners."),
    ("Is the new office working out for the team?", "Mostly, once the coffee machine arrived."),
    ("Did the quarter close the way you hoped?", "Close enough, it was a busy last week."),
)
# The engine judges these calls (docs/metrics.md, "Needs, objections and pitches"): what the rep
# says before presenting is worded so that none of it reads as presenting the product, and what a
# customer with no need says admits none (tests/integration/demo/test_demo_dialogue.py).
AGENDAS = (
    "I'd like to hear how things work at your end for most of today, and keep the last ten "
    "minutes for next steps. Does that work?",
    "I'd like to understand your situation first, and then we can decide together whether "
    "it's worth taking further. Is that all right with you?",
)


# The chance, call by call, that the customer says each qualification checkpoint's line (need,
# openness, agreement to discuss, decision authority). Need, openness and agreement are each
# drawn only when the one before was said; authority is the contact's, drawn on every call.
STEADY_REACH = (0.90, 0.82, 0.85, 0.70)


@dataclass(frozen=True)
class CallStyle:
    """How a rep's calls go: discovery depth, when they pitch, how far the customer gets
    through the qualification checkpoints (`reach`).

    Question and paraphrase counts are the typical call; each call varies around them."""

    open_questions: int
    closed_questions: int
    paraphrases: int
    story_length: tuple[int, int]  # sentences per customer story
    pitch_first: bool  # pitch before the customer admits a need
    pitch_sentences: int
    reach: tuple[float, float, float, float] = STEADY_REACH
    transactional: bool = False
    probes: int = 1  # follow-up questions per discovery topic
    demo_steps: int = 4  # steps of the product walk-through


STYLES: dict[str, CallStyle] = {
    # Gets most customers through every checkpoint, though not all of them.
    "strong_discovery": CallStyle(
        6, 1, 3, (5, 8), False, 2, reach=(0.97, 0.93, 0.93, 0.85), probes=2, demo_steps=4
    ),
    # Customers shown the product before they named a need seldom say they want to change, and
    # fewer still ask to hear the rep's approach.
    "early_pitcher": CallStyle(
        1, 5, 0, (1, 3), True, 14, reach=(0.80, 0.50, 0.55, 0.70), probes=0, demo_steps=9
    ),
    # Qualifies the need well, but rarely talks to the person who decides.
    "decision_stage_loser": CallStyle(
        4, 2, 2, (3, 6), False, 3, reach=(0.90, 0.85, 0.85, 0.10), probes=1, demo_steps=6
    ),
    # Talks to prospects who mostly have no need, and seldom to the one who decides.
    "poor_qualification": CallStyle(
        2, 4, 0, (1, 3), True, 10, reach=(0.30, 0.70, 0.80, 0.15), probes=0, demo_steps=8
    ),
    "plateaued": CallStyle(
        2,
        3,
        0,
        (2, 4),
        False,
        9,
        reach=(0.85, 0.75, 0.80, 0.70),
        transactional=True,
        probes=1,
        demo_steps=7,
    ),
    "steady": CallStyle(4, 3, 1, (3, 5), False, 4, probes=1, demo_steps=6),
    "new_hire": CallStyle(4, 3, 1, (3, 5), False, 4, probes=1, demo_steps=6),
    "fragmented_calendar": CallStyle(4, 3, 1, (3, 5), False, 4, probes=1, demo_steps=6),
}


def _around(rng: random.Random, typical: int, *, low: int = 0, high: int) -> int:
    """The typical count, one more or one fewer now and then."""
    return max(low, min(high, typical + rng.choice((-1, 0, 0, 1))))


class _Script:
    def __init__(self, rng: random.Random, rep: str, customer: str, *, troubled: bool) -> None:
        """`troubled`: the customer's stories tell of problems (else of how they work, calmly:
        a customer with no need to admit)."""
        self.rng, self.rep, self.customer = rng, rep, customer
        self.cues: list[tuple[str, float, float, str]] = []
        self.clock = 0.0
        if troubled:
            made = [
                f"{where}, {problem}, {cost}."
                for where in STORY_WHERE
                for problem in STORY_PROBLEM
                for cost in STORY_COST
            ]
            self.stories = rng.sample(made, k=40) + list(STORY_SENTENCES + MORE_STORY)
        else:
            made = [
                f"{where}, {how}, {verdict}."
                for where in STORY_WHERE
                for how in CALM_HOW
                for verdict in CALM_VERDICT
            ]
            self.stories = rng.sample(made, k=40) + list(CALM_STORY)
        rng.shuffle(self.stories)

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
        """A customer story: sentences in cues of one to three, with a backchannel now and then."""
        told = 0
        while told < sentences and self.stories:
            size = min(sentences - told, self.rng.randint(1, 3), len(self.stories))
            self.customer_says(" ".join(self.stories.pop() for _ in range(size)))
            told += size
            if told < sentences and self.rng.random() < 0.4:
                self.rep_says(self.rng.choice(BACKCHANNELS))

    def pitch(self, sentences: int) -> None:
        """The rep presents: an opening line, then `sentences` sentences in cues of one to
        three (a monologue when long)."""
        self.rep_says(self.rng.choice(PITCHES))
        made = [f"{feature} {claim}." for feature in PITCH_FEATURE for claim in PITCH_CLAIM]
        pool = list(LONG_PITCH_SENTENCES) + self.rng.sample(made, k=12)
        self.rng.shuffle(pool)
        said = pool[:sentences]
        while said:
            size = self.rng.randint(1, 3)
            self.rep_says(" ".join(said[:size]))
            said = said[size:]

    def demo(self, steps: int) -> None:
        """A walk-through of the product with the customer's questions along the way."""
        reactions = list(DEMO_REACTIONS)
        self.rng.shuffle(reactions)
        for index, step in enumerate(self.rng.sample(DEMO_STEPS, k=min(steps, len(DEMO_STEPS)))):
            self.rep_says(step)
            if index % 2 == 1 and reactions:
                reaction = reactions.pop()
                self.customer_says(reaction)
                if reaction.endswith("?"):
                    self.rep_says(self.rng.choice(DEMO_ANSWERS))


def checkpoints_said(rng: random.Random, style: CallStyle) -> tuple[bool, bool, bool, bool]:
    """Which checkpoint lines the customer says on one call: need, openness and agreement to
    discuss in turn (each only after the one before), and authority on its own."""
    need_p, open_p, discuss_p, authority_p = style.reach
    need = rng.random() < need_p
    is_open = need and rng.random() < open_p
    discuss = is_open and rng.random() < discuss_p
    return need, is_open, discuss, rng.random() < authority_p


def synthesise_call(
    rng: random.Random, *, profile: str, rep: str, customer: str, style: CallStyle | None = None
) -> str:
    """One call transcript as WebVTT, behaving as the profile's style says: small talk and an
    agenda, discovery topics (an open question, the customer's story, follow-up probes, a
    paraphrase where the rep paraphrases), closed questions, the customer's need and openness
    (or their absence), the pitch and a product walk-through, an objection, the decision
    question, next steps. How far the customer gets through the checkpoints is drawn per call
    from the style's `reach`: a customer with no need tells calm stories and says so, one not
    open to change or not ready to hear the rep's approach says that instead.
    `style` overrides the profile's own (a coached rep's calls change)."""
    style = style or STYLES.get(profile, STYLES["steady"])
    need_admitted, is_open, discuss, authority = checkpoints_said(rng, style)
    s = _Script(rng, rep, customer, troubled=need_admitted)
    s.rep_says(rng.choice(OPENERS))
    s.customer_says(rng.choice(SMALL_TALK_REPLY))
    chat_question, chat_answer = rng.choice(SMALL_TALK)
    s.rep_says(chat_question)
    s.customer_says(chat_answer)
    if not style.pitch_first:
        s.rep_says(rng.choice(AGENDAS))
        s.customer_says("Yes, that works.")
    if style.pitch_first:
        s.pitch(style.pitch_sentences)
        s.demo(style.demo_steps)
        s.customer_says(rng.choice(CUSTOMER_SHORT))
    n_open = _around(rng, style.open_questions, low=1, high=len(OPEN_QUESTIONS))
    n_closed = _around(rng, style.closed_questions, high=len(CLOSED_QUESTIONS))
    n_paraphrases = (
        _around(rng, style.paraphrases, high=len(PARAPHRASES)) if style.paraphrases else 0
    )
    open_qs = rng.sample(OPEN_QUESTIONS, k=n_open)
    closed_qs = rng.sample(CLOSED_QUESTIONS, k=n_closed)
    paraphrases = list(rng.sample(PARAPHRASES, k=n_paraphrases))
    probes = list(PROBES)
    rng.shuffle(probes)
    need_said = False
    for index, question in enumerate(open_qs):
        s.rep_says(question)
        if index == 0 and need_admitted:
            s.customer_says(rng.choice(NEED_STATEMENTS))
            need_said = True
        s.customer_story(rng.randint(*style.story_length))
        for _ in range(_around(rng, style.probes, high=3) if style.probes else 0):
            if probes:
                s.rep_says(probes.pop())
                s.customer_story(rng.randint(*style.story_length))
        if paraphrases:
            s.rep_says(paraphrases.pop())
            s.customer_says("Yes, exactly, that's it.")
    for question in closed_qs:
        s.rep_says(question)
        s.customer_says(rng.choice(CUSTOMER_SHORT))
    if need_admitted and not need_said:
        s.customer_says(rng.choice(NEED_STATEMENTS))
    if not need_admitted:
        s.customer_says(rng.choice(NO_NEED))
    elif not is_open:
        s.customer_says(rng.choice(NOT_OPEN))
    else:
        s.customer_says(rng.choice(OPEN_TO_SOLUTION))
        s.rep_says("Would it help if I showed you how we would approach it?")
        s.customer_says(rng.choice(AGREE_TO_DISCUSS if discuss else NOT_NOW))
    if not style.pitch_first:
        s.pitch(style.pitch_sentences)
        s.demo(style.demo_steps)
        s.customer_says(rng.choice(CUSTOMER_SHORT))
    pick = rng.randrange(len(OBJECTIONS))
    s.customer_says(OBJECTIONS[pick])
    if style.probes:
        s.rep_says(OBJECTION_RESPONSES[pick])
        s.customer_story(rng.randint(1, 2))
    else:
        s.rep_says(rng.choice(LONG_PITCH_SENTENCES))
    if style.transactional:
        s.customer_says(rng.choice(TRANSACTION))
        s.rep_says(rng.choice(TRANSACTION_REP))
    s.rep_says("Who else would be involved in deciding on this?")
    s.customer_says(rng.choice(DECISION_AUTHORITY if authority else NO_AUTHORITY))
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
