"""Generate the demo organisations as plain records, deterministically from a seed and a date."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import Decimal

from salescoach.demo.calls import STYLES, CallStyle, synthesise_call
from salescoach.demo.coaching_effect import PlantedGoal, planted_goal
from salescoach.demo.profiles import PROFILES, TEAM_PROFILES, Profile

DEMO_PASSWORD = "coach-the-mindset"  # noqa: S105 - printed for the demo; never a real secret
MONTHS = 12
CALL_DAYS = 150  # reps record discovery calls over the last five months

FIRST_NAMES = (
    "Amara",
    "Bram",
    "Chiara",
    "Dmitri",
    "Elif",
    "Farid",
    "Greta",
    "Hugo",
    "Ines",
    "Jonas",
    "Kaia",
    "Lukas",
    "Mireille",
    "Nikolai",
    "Oona",
    "Pavel",
    "Quinn",
    "Rosa",
    "Soren",
    "Talia",
    "Ugo",
    "Vera",
    "Wim",
    "Ximena",
    "Yusuf",
    "Zofia",
    "Anders",
    "Beatriz",
    "Cyril",
    "Dagny",
    "Emre",
    "Freya",
    "Gael",
    "Hana",
    "Ivo",
    "Jasmin",
)
LAST_NAMES = (
    "Okafor",
    "de Vries",
    "Rossi",
    "Ivanov",
    "Kaya",
    "Haddad",
    "Lindqvist",
    "Marchand",
    "Duarte",
    "Becker",
    "Halvorsen",
    "Novak",
    "Laurent",
    "Petrov",
    "Virtanen",
    "Horvat",
    "Byrne",
    "Moreno",
    "Madsen",
    "Levi",
    "Bianchi",
    "Kovacs",
    "Jansen",
    "Ortega",
    "Demir",
    "Nowak",
    "Berg",
    "Costa",
    "Fontaine",
    "Aas",
    "Yilmaz",
    "Nyberg",
    "Leclerc",
    "Sato",
    "Peeters",
    "Aziz",
)
ACCOUNTS = (
    "Alder Logistics",
    "Brightwater Foods",
    "Cobalt Health",
    "Delta Freight",
    "Evergreen Retail",
    "Fjord Energy",
    "Granite Insurance",
    "Harbor Labs",
    "Ironwood Manufacturing",
    "Juniper Bank",
    "Keystone Media",
    "Lumen Telecom",
    "Meridian Travel",
    "Northgate Pharma",
    "Orchid Hotels",
    "Pinnacle Construction",
    "Quartz Analytics",
    "Redwood Schools",
    "Summit Outdoor",
    "Tidewater Utilities",
    "Umbra Security",
    "Vantage Motors",
    "Willow Care",
    "Zenith Airlines",
)
PRODUCTS = (
    "Platform renewal",
    "Analytics add-on",
    "Team expansion",
    "Pilot",
    "Enterprise plan",
    "Migration project",
    "Support upgrade",
    "New region rollout",
)

STAGES: tuple[tuple[int, str, str, str, str, str], ...] = (
    # order, name, phase, gate name, seller requirement, customer confirmation
    (
        1,
        "Approach",
        "approach",
        "First conversation held",
        "Researched the account and held a first conversation with a named contact.",
        "The contact agreed to a discovery meeting.",
    ),
    (
        2,
        "Interview",
        "interview",
        "Needs confirmed",
        "Sent a written summary of the needs heard in discovery.",
        "The key stakeholder replied confirming the summary is right.",
    ),
    (
        3,
        "Demonstrate",
        "demonstrate",
        "Solution fits",
        "Showed how the solution meets each confirmed need.",
        "The customer said which needs the solution meets and which it does not.",
    ),
    (
        4,
        "Validate",
        "validate",
        "Decision process mapped",
        "Mapped who decides, how, by when, and what proof they need.",
        "The decision maker confirmed the decision process and timeline.",
    ),
    (
        5,
        "Negotiate",
        "negotiate",
        "Terms agreed in principle",
        "Sent a proposal with price, scope and terms.",
        "The customer accepted the proposal terms in principle.",
    ),
    (
        6,
        "Close",
        "close",
        "Signed",
        "Sent the contract for signature.",
        "The customer signed the contract.",
    ),
)
LOSS_REASONS = {
    1: ("No response after first contact", "Not the right time"),
    2: ("No clear need", "Prospect not qualified"),
    3: ("Solution did not fit", "Chose a competitor's demo"),
    4: ("No decision made", "Decision maker never engaged", "Lost to status quo"),
    5: ("Price", "Lost to competitor on terms"),
    6: ("Contract stalled in legal",),
}


@dataclass(frozen=True)
class PersonRecord:
    key: str  # e-mail
    name: str
    role: str
    team: str | None
    manager: str | None
    login: bool
    started_on: dt.date | None = None
    profile: str | None = None


@dataclass(frozen=True)
class TeamRecord:
    name: str
    lead: str


@dataclass(frozen=True)
class DealRecord:
    external_id: str
    name: str
    account: str
    owner: str
    amount: Decimal
    created_on: dt.date
    closed_on: dt.date | None
    stage_order: int
    outcome: str
    loss_reason: str
    forecast_category: str
    stage_entries: tuple[tuple[int, dt.datetime], ...]
    forecast_history: tuple[str, ...] = ()  # categories before the current one


@dataclass(frozen=True)
class ActivityRecord:
    external_id: str
    type: str
    person: str
    deal: str | None
    occurred_at: dt.datetime
    duration_min: int
    subject: str
    attendees: str
    customer_facing: bool


@dataclass(frozen=True)
class EvidenceRecord:
    deal: str
    stage_order: int
    side: str
    activity: str
    note: str


@dataclass(frozen=True)
class QuotaRecord:
    person: str
    period_start: dt.date
    period_end: dt.date
    amount: Decimal


@dataclass(frozen=True)
class CallRecord:
    owner: str
    deal: str
    occurred_at: dt.datetime
    title: str
    transcript: str  # WebVTT


@dataclass
class OrgDataset:
    """One organisation's demo records."""

    name: str
    slug: str
    domain: str
    people: list[PersonRecord] = field(default_factory=list)
    teams: list[TeamRecord] = field(default_factory=list)
    deals: list[DealRecord] = field(default_factory=list)
    activities: list[ActivityRecord] = field(default_factory=list)
    evidence: list[EvidenceRecord] = field(default_factory=list)
    quotas: list[QuotaRecord] = field(default_factory=list)
    calls: list[CallRecord] = field(default_factory=list)
    as_of: dt.date | None = None  # the day the demo is built for: history ends the day before


def _month_start(day: dt.date, months_back: int) -> dt.date:
    month_index = day.year * 12 + (day.month - 1) - months_back
    return dt.date(month_index // 12, month_index % 12 + 1, 1)


def _at(day: dt.date, hour: int, minute: int) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=dt.UTC)


def _workdays(start: dt.date, end: dt.date) -> list[dt.date]:
    days = []
    day = start
    while day <= end:
        if day.weekday() < 5:
            days.append(day)
        day += dt.timedelta(days=1)
    return days


class _Names:
    """Unique invented names: first and last names shuffled, then paired without repeats."""

    def __init__(self, rng: random.Random) -> None:
        self._firsts, self._lasts = list(FIRST_NAMES), list(LAST_NAMES)
        rng.shuffle(self._firsts)
        rng.shuffle(self._lasts)
        self._count = 0

    def next(self, domain: str) -> tuple[str, str]:
        n, size = self._count, len(self._firsts)
        self._count += 1
        first, last = self._firsts[n % size], self._lasts[(n + n // size) % size]
        local = f"{first}.{last}".lower().replace(" ", "")
        return f"{first} {last}", f"{local}@{domain}"


def generate_demo(*, seed: int = 7, reps: int = 24, as_of: dt.date) -> list[OrgDataset]:
    """The main demo organisation and a small second one that it must never see."""
    if reps < 1:
        raise ValueError("the demo needs at least one rep")
    rng = random.Random(seed)
    main = _generate_org(
        rng,
        seed=seed,
        name="Harbourline Software",
        slug="harbourline",
        domain="harbourline.example",
        reps=reps,
        as_of=as_of,
        team_names=("Nordics", "Benelux", "DACH"),
    )
    other = _generate_org(
        rng,
        seed=seed,
        name="Northwind Outfitters",
        slug="northwind",
        domain="northwind.example",
        reps=3,
        as_of=as_of,
        team_names=("Field sales",),
        months=3,
        calls_per_rep=1,
        call_days=0,
    )
    return [main, other]


def _generate_org(
    rng: random.Random,
    *,
    seed: int,
    name: str,
    slug: str,
    domain: str,
    reps: int,
    as_of: dt.date,
    team_names: tuple[str, ...],
    months: int = MONTHS,
    calls_per_rep: int = 6,
    call_days: int = CALL_DAYS,
) -> OrgDataset:
    data = OrgDataset(name=name, slug=slug, domain=domain, as_of=as_of)
    names = _Names(rng)
    enablement_name, enablement_email = names.next(domain)
    data.people.append(
        PersonRecord(enablement_email, enablement_name, "enablement", None, None, True)
    )
    admin_name, admin_email = names.next(domain)
    data.people.append(PersonRecord(admin_email, admin_name, "admin", None, None, True))

    team_count = len(team_names)
    per_team = [reps // team_count + (1 if i < reps % team_count else 0) for i in range(team_count)]
    start = _month_start(as_of, months - 1)
    for team_index, team_name in enumerate(team_names):
        manager_name, manager_email = names.next(domain)
        data.people.append(
            PersonRecord(manager_email, manager_name, "manager", team_name, enablement_email, True)
        )
        data.teams.append(TeamRecord(team_name, manager_email))
        plan = TEAM_PROFILES[team_index % len(TEAM_PROFILES)]
        for slot in range(per_team[team_index]):
            profile = PROFILES[plan[slot % len(plan)]]
            rep_name, rep_email = names.next(domain)
            started = (
                _month_start(as_of, profile.ramp_months - 1)
                if profile.ramp_months
                else start - dt.timedelta(days=rng.randint(200, 1500))
            )
            data.people.append(
                PersonRecord(
                    rep_email, rep_name, "rep", team_name, manager_email, True, started, profile.key
                )
            )
            goal = planted_goal(team_index=team_index, slot=slot, profile=profile.key, as_of=as_of)
            _generate_rep(
                rng,
                data,
                rep_email,
                profile,
                start=max(start, started),
                as_of=as_of,
                goal=goal,
                # The coached change draws from its own generator, so the main one makes the
                # same draws with or without it: no other rep's records move.
                effect_rng=random.Random(f"{seed}-{rep_email}-coached"),
            )
            _generate_calls(
                rng,
                data,
                rep_email,
                rep_name,
                profile,
                calls_per_rep=calls_per_rep,
                call_days=call_days,
                as_of=as_of,
                goal=goal,
            )
    return data


def _generate_rep(
    rng: random.Random,
    data: OrgDataset,
    rep: str,
    profile: Profile,
    *,
    start: dt.date,
    as_of: dt.date,
    goal: PlantedGoal | None = None,
    effect_rng: random.Random | None = None,
) -> None:
    """The rep's deals with their stage history and touches, their calendar and quotas. The demo
    is built at the start of its as-of day: what happened (deals opened, moved or closed,
    meetings, replies) happened by the end of the day before; only quotas reach further."""
    effect_rng = effect_rng or random.Random(f"{rep}-coached")
    local = rep.split("@", 1)[0]
    deal_counter = 0
    month = start
    until = as_of - dt.timedelta(days=1)
    while month <= until:
        n_deals = max(1, round(rng.gauss(profile.deals_per_month, 1.0)))
        for _ in range(n_deals):
            deal_counter += 1
            created = month + dt.timedelta(days=rng.randint(0, 27))
            if created > until:
                continue
            deal = _generate_deal(
                rng,
                rep=rep,
                local=local,
                number=deal_counter,
                profile=profile,
                created=created,
                started=start,
                as_of=until,
            )
            if goal is not None and goal.measure == "decide_win_rate":
                deal = _coached_decision(
                    effect_rng, deal, profile, goal, started=start, as_of=until
                )
            data.deals.append(deal)
            _deal_touches(rng, data, rep, deal, until)
        month = _month_start(month, -1)
    if profile.plateaued:
        _level_results(data, rep)
    first_meeting = len(data.activities)
    _calendar(rng, data, rep, profile, start=start, as_of=until)
    if goal is not None and goal.measure == "customer_hours_per_week":
        data.activities[first_meeting:] = _prospecting_blocks(
            effect_rng, data.activities[first_meeting:], rep, goal
        )
    _quotas(data, rep, profile, start=start, as_of=as_of)


PLATEAU_MONTHLY_RESULT = Decimal(20000)  # the never-raised quota's monthly share: 100%


def _level_results(data: OrgDataset, rep: str) -> None:
    """A plateaued rep's won deals of each month add up to the same amount: results flat all
    year, at the level of a quota that never moves (wins and losses themselves are unchanged,
    and no random draw is made, so every other rep's data stays as it was)."""
    wins: dict[tuple[int, int], list[int]] = {}
    for index, deal in enumerate(data.deals):
        if deal.owner == rep and deal.outcome == "won" and deal.closed_on is not None:
            wins.setdefault((deal.closed_on.year, deal.closed_on.month), []).append(index)
    for indexes in wins.values():
        share = (PLATEAU_MONTHLY_RESULT / len(indexes)).quantize(Decimal("0.01"))
        for index in indexes:
            data.deals[index] = replace(data.deals[index], amount=share)


def _skill(profile: Profile, started: dt.date, day: dt.date) -> float:
    """A new hire's odds at each step grow with months in the job; 1.0 for everyone else."""
    if not profile.ramp_months:
        return 1.0
    months_in = (day.year - started.year) * 12 + day.month - started.month
    return 0.5 + 0.52 * min(1.0, months_in / max(1, profile.ramp_months - 1))


CONTACT_NAMES = (
    "Jordan Blake",
    "Sam Whitfield",
    "Alex Moreau",
    "Robin Castell",
    "Kim Adler",
    "Morgan Reyes",
    "Taylor Brandt",
    "Casey Lund",
)


def _generate_calls(
    rng: random.Random,
    data: OrgDataset,
    rep: str,
    rep_name: str,
    profile: Profile,
    *,
    calls_per_rep: int,
    call_days: int = 0,
    as_of: dt.date | None = None,
    goal: PlantedGoal | None = None,
) -> None:
    """Discovery calls on the rep's deals that reached the interview stage: every other one of
    those interviewed in the last `call_days` days (every one for a rep whose learning goal is a
    call figure: they record all their calls for the manager to review), and at least the
    `calls_per_rep` most recent. After a call-figure goal is agreed, the rep's calls move
    towards the coached style (`_call_style`) as far as the goal's planted response says."""
    deals = [d for d in data.deals if d.owner == rep and len(d.stage_entries) >= 2]
    deals.sort(key=lambda d: d.stage_entries[1][1])
    recorded = {d.external_id for d in deals[-calls_per_rep:]} if calls_per_rep else set()
    if call_days and as_of is not None:
        since = as_of - dt.timedelta(days=call_days - 1)
        recent = [d for d in deals if d.stage_entries[1][1].date() >= since]
        every = 1 if goal is not None and goal.measure in CALL_GOAL_STYLES else 2
        recorded.update(d.external_id for d in recent[::-1][::every])
    # The calls draw from their own generator: how a call is written never shifts the deals.
    call_rng = random.Random(rng.getrandbits(64))
    for deal in (d for d in deals if d.external_id in recorded):
        contact = call_rng.choice(CONTACT_NAMES)
        held = deal.stage_entries[1][1]
        style = _call_style(call_rng, profile, goal, held.date())
        data.calls.append(
            CallRecord(
                owner=rep,
                deal=deal.external_id,
                occurred_at=held,
                title=f"Discovery call – {deal.account}",
                transcript=synthesise_call(
                    call_rng, profile=profile.key, rep=rep_name, customer=contact, style=style
                ),
            )
        )


# How the calls of a rep with a call-figure learning goal go: before the goal (a rep with the
# discovery goal talks through about half of discovery; an early pitcher or poor qualifier keeps
# their own style), once the coaching has taken hold, and when the rep drifts the wrong way.
# A rep who has learnt to discover first gets more customers to name a need and go on from it.
COACHED_REACH = (0.96, 0.88, 0.88, 0.70)
CALL_GOAL_STYLES: dict[str, tuple[CallStyle, CallStyle, CallStyle]] = {
    "discovery_rep_talk_share": (
        CallStyle(1, 4, 0, (1, 3), False, 6, probes=0, demo_steps=6),
        CallStyle(3, 2, 1, (3, 5), False, 4, reach=COACHED_REACH, probes=1, demo_steps=6),
        CallStyle(1, 5, 0, (1, 2), True, 10, probes=0, demo_steps=7),
    ),
    "pitch_before_need_share": (
        STYLES["early_pitcher"],
        CallStyle(3, 3, 1, (2, 4), False, 10, reach=COACHED_REACH, probes=1, demo_steps=8),
        STYLES["early_pitcher"],
    ),
}
# Planted profiles whose own call style already shows what a discovery goal works on.
TALKS_IN_DISCOVERY = ("early_pitcher", "poor_qualification")


def _call_style(
    rng: random.Random, profile: Profile, goal: PlantedGoal | None, day: dt.date
) -> CallStyle:
    """The style of one call of the rep on `day`: their profile's, or for a call-figure goal the
    goal's 'before' style until it was agreed, then the coached (or, for a negative response,
    the drifting) style on a share of calls that grows to the response over RAMP_DAYS."""
    own = STYLES.get(profile.key, STYLES["steady"])
    if goal is None or goal.measure not in CALL_GOAL_STYLES:
        return own
    before, coached, drifting = CALL_GOAL_STYLES[goal.measure]
    if profile.key in TALKS_IN_DISCOVERY:
        before = own
    strength = goal.strength(day)
    if strength == 0 or rng.random() >= abs(strength):
        return before
    if strength > 0:
        return coached
    return drifting


def _walk(
    rng: random.Random,
    profile: Profile,
    *,
    stage: int,
    day: dt.date,
    entries: list[tuple[int, dt.datetime]],
    started: dt.date,
    as_of: dt.date,
    odds: Callable[[int, float, dt.date], float] | None = None,
) -> tuple[int, str, dt.date | None]:
    """Move a deal on from `stage`, entered on `day`, until it closes or reaches `as_of`:
    the stage it ends in, its outcome and the day it closed (entries grow as it moves).
    With `odds(stage, p, day)`, the coached walk: the chance `p` of moving on (or of winning,
    at Close) may change, and the deal keeps to the quicker half of the profile's stage times,
    without the stall in the rep's slow stage."""
    while True:
        low, high = profile.days_in_stage
        if odds is not None:
            high = (low + high) // 2
        stay = rng.randint(low, high)
        if profile.slow_stage == stage and odds is None:
            stay = rng.randint(25, 55)
        next_day = day + dt.timedelta(days=stay)
        if next_day > as_of:
            return stage, "open", None  # still in this stage today
        skill = _skill(profile, started, next_day)
        chance = profile.win_at_close * skill if stage == 6 else profile.advance[stage - 1] * skill
        if odds is not None:
            chance = odds(stage, chance, next_day)
        if stage == 6:
            return stage, ("won" if rng.random() < min(0.99, chance) else "lost"), next_day
        if rng.random() < min(0.98, chance):
            stage += 1
            day = next_day
            entries.append((stage, _at(day, 10, rng.randint(0, 59))))
        else:
            return stage, "lost", next_day


def _forecast(stage: int, outcome: str) -> tuple[str, tuple[str, ...]]:
    """The deal's forecast category and the categories it had before."""
    if outcome == "open":
        forecast = "commit" if stage >= 5 else "best_case" if stage == 4 else "pipeline"
    else:
        forecast = "closed" if outcome == "won" else "omitted"
    # Reps call a deal best case once it reaches Validate (4) and commit from Negotiate (5).
    history = tuple(
        category
        for reached, category in ((4, "best_case"), (5, "commit"))
        if stage >= reached and category != forecast
    )
    return forecast, history


def _generate_deal(
    rng: random.Random,
    *,
    rep: str,
    local: str,
    number: int,
    profile: Profile,
    created: dt.date,
    started: dt.date,
    as_of: dt.date,
) -> DealRecord:
    amount = Decimal(rng.randrange(8, 120) * 500)
    entries: list[tuple[int, dt.datetime]] = [(1, _at(created, 9, 0))]
    stage, outcome, closed = _walk(
        rng, profile, stage=1, day=created, entries=entries, started=started, as_of=as_of
    )
    forecast, history = _forecast(stage, outcome)
    loss_reason = rng.choice(LOSS_REASONS[stage]) if outcome == "lost" else ""
    account = rng.choice(ACCOUNTS)
    return DealRecord(
        external_id=f"{local}-{number:03d}",
        name=f"{account} – {rng.choice(PRODUCTS)}",
        account=account,
        owner=rep,
        amount=amount,
        created_on=created,
        closed_on=closed,
        stage_order=stage,
        outcome=outcome,
        loss_reason=loss_reason,
        forecast_category=forecast,
        forecast_history=history,
        stage_entries=tuple(entries),
    )


# The chance of moving on from Validate and Negotiate, and of signing at Close, that a rep who
# has fully taken on the decision-process goal reaches.
COACHED_DECISION_ODDS = {4: 0.85, 5: 0.92, 6: 0.97}


def _coached_decision(
    rng: random.Random,
    deal: DealRecord,
    profile: Profile,
    goal: PlantedGoal,
    *,
    started: dt.date,
    as_of: dt.date,
) -> DealRecord:
    """A deal of a rep coached on the customer's decision process that is in a deciding stage
    (Validate, Negotiate, Close) on or after the day the goal was agreed: from that stage (and
    from no earlier than that day) it moves on as the coached rep steers it, with each chance
    moved towards COACHED_DECISION_ODDS by the goal's strength that day and without the stall
    in the rep's slow stage. Drawn from `rng`, not the deal's own generator, so the deals after
    it stay as they were. No change for a rep who does not respond to the goal."""
    if goal.response <= 0:
        return deal
    entries = list(deal.stage_entries)
    after_agreement = as_of + dt.timedelta(days=1)
    leaves = [at.date() for _, at in entries[1:]] + [deal.closed_on or after_agreement]
    cut = next(
        (
            index
            for index, ((stage, _), left) in enumerate(zip(entries, leaves, strict=True))
            if stage in COACHED_DECISION_ODDS and left > goal.agreed_on
        ),
        None,
    )
    if cut is None:
        return deal

    def odds(at: int, chance: float, day: dt.date) -> float:
        target = COACHED_DECISION_ODDS.get(at)
        lift = goal.strength(day)
        return chance if target is None or lift <= 0 else chance + lift * (target - chance)

    stage, entered = entries[cut]
    entries = entries[: cut + 1]
    stage, outcome, closed = _walk(
        rng,
        profile,
        stage=stage,
        day=max(entered.date(), goal.agreed_on),
        entries=entries,
        started=started,
        as_of=as_of,
        odds=odds,
    )
    forecast, history = _forecast(stage, outcome)
    return replace(
        deal,
        closed_on=closed,
        stage_order=stage,
        outcome=outcome,
        loss_reason=rng.choice(LOSS_REASONS[stage]) if outcome == "lost" else "",
        forecast_category=forecast,
        forecast_history=history,
        stage_entries=tuple(entries),
    )


def _deal_touches(
    rng: random.Random, data: OrgDataset, rep: str, deal: DealRecord, as_of: dt.date
) -> None:
    """Per stage reached: the seller's step and, when the deal moved on, the customer's reply."""
    contact = f"buyer@{deal.account.lower().replace(' ', '')}.example"
    passed = {order for order, _ in deal.stage_entries[1:]}
    for index, (order, entered) in enumerate(deal.stage_entries):
        seller_id = f"{deal.external_id}-s{order}"
        when = entered + dt.timedelta(hours=2)
        if when.date() > as_of:
            continue
        data.activities.append(
            ActivityRecord(
                seller_id,
                "email" if order in (2, 5, 6) else "meeting",
                rep,
                deal.external_id,
                when,
                0 if order in (2, 5, 6) else 45,
                f"{STAGES[order - 1][1]}: {deal.name}",
                contact,
                True,
            )
        )
        data.evidence.append(
            EvidenceRecord(deal.external_id, order, "seller", seller_id, STAGES[order - 1][4])
        )
        left_forward = (order + 1) in passed or (order == 6 and deal.outcome == "won")
        if left_forward:
            if index + 1 < len(deal.stage_entries):
                reply_at = deal.stage_entries[index + 1][1] - dt.timedelta(hours=3)
            else:
                reply_at = _at(deal.closed_on or as_of, 9, 30)
            reply_id = f"{deal.external_id}-c{order}"
            data.activities.append(
                ActivityRecord(
                    reply_id,
                    "prospect_reply",
                    rep,
                    deal.external_id,
                    reply_at,
                    0,
                    f"Reply from {deal.account}",
                    contact,
                    True,
                )
            )
            data.evidence.append(
                EvidenceRecord(deal.external_id, order, "customer", reply_id, STAGES[order - 1][5])
            )


def _calendar(
    rng: random.Random,
    data: OrgDataset,
    rep: str,
    profile: Profile,
    *,
    start: dt.date,
    as_of: dt.date,
) -> None:
    """Customer meetings and internal blocks on working days."""
    local = rep.split("@", 1)[0]
    counter = 0
    for day in _workdays(start, as_of):
        slots: list[tuple[int, int, bool]] = []
        meetings = _poisson(rng, profile.customer_meetings_per_day)
        for _ in range(meetings):
            slots.append((rng.choice((30, 45, 60, 60, 90)), rng.randint(0, 1), True))
        for _ in range(_poisson(rng, profile.internal_blocks_per_day)):
            low, high = profile.internal_block_min
            slots.append((rng.randint(low, high), 0, False))
        minute = 8 * 60 + 30
        rng.shuffle(slots)
        for duration, _unused, customer in slots:
            if minute + duration > 18 * 60:
                break
            counter += 1
            subject = (
                rng.choice(("Customer call", "Follow-up meeting", "Discovery session"))
                if customer
                else rng.choice(
                    ("Internal sync", "Admin", "CRM update", "Forecast review", "E-mail catch-up")
                )
            )
            attendees = "contact@prospect.example" if customer else ""
            data.activities.append(
                ActivityRecord(
                    f"{local}-cal-{counter:05d}",
                    "meeting" if customer else "task",
                    rep,
                    None,
                    _at(day, minute // 60, minute % 60),
                    duration,
                    subject,
                    attendees,
                    customer,
                )
            )
            minute += duration + rng.choice((0, 0, 15, 30))


PROSPECTING_DAYS = (1, 3)  # Tuesday and Thursday
PROSPECTING_MIN = 120
DAY_ENDS = 18 * 60


def _prospecting_blocks(
    rng: random.Random, meetings: list[ActivityRecord], rep: str, goal: PlantedGoal
) -> list[ActivityRecord]:
    """A rep coached to protect customer time, from the day the goal was agreed: on Tuesdays
    and Thursdays a two-hour customer-facing prospecting block after the day's last slot (on
    the half hour, ending by 18:00), kept on as many of those days as the goal's strength that
    day says. Drawn from `rng`, so other records stay as they were."""
    local = rep.split("@", 1)[0]
    by_day: dict[dt.date, list[ActivityRecord]] = {}
    for meeting in meetings:
        by_day.setdefault(meeting.occurred_at.date(), []).append(meeting)
    kept: list[ActivityRecord] = []
    blocks = 0
    for day, slots in by_day.items():
        kept.extend(slots)
        strength = goal.strength(day)
        if day.weekday() not in PROSPECTING_DAYS or strength <= 0 or rng.random() >= strength:
            continue
        free_from = max(
            s.occurred_at.hour * 60 + s.occurred_at.minute + s.duration_min for s in slots
        )
        begins = -(-free_from // 30) * 30  # the next half hour
        if begins + PROSPECTING_MIN > DAY_ENDS:
            continue
        blocks += 1
        kept.append(
            ActivityRecord(
                f"{local}-prospecting-{blocks:03d}",
                "meeting",
                rep,
                None,
                _at(day, begins // 60, begins % 60),
                PROSPECTING_MIN,
                "Prospecting block",
                "",
                True,
            )
        )
    return kept


def _poisson(rng: random.Random, mean: float) -> int:
    # Knuth's method: fine for the small means used here.
    limit = pow(2.718281828459045, -mean)
    count, product = 0, rng.random()
    while product > limit:
        count += 1
        product *= rng.random()
    return count


def _quotas(
    data: OrgDataset, rep: str, profile: Profile, *, start: dt.date, as_of: dt.date
) -> None:
    """Quarterly quotas: raised each quarter, except the plateaued rep's, which never moves."""
    quarter = dt.date(start.year, (start.month - 1) // 3 * 3 + 1, 1)
    base = Decimal(60000)
    step = 0
    while quarter <= as_of:
        end = _month_start(quarter, -3) - dt.timedelta(days=1)
        amount = base if profile.plateaued else base * (Decimal(1) + Decimal("0.05") * step)
        data.quotas.append(QuotaRecord(rep, quarter, end, amount.quantize(Decimal(1))))
        quarter = _month_start(quarter, -3)
        step += 1
