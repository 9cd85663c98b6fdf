"""The access rules written out by hand: who sees whom, per kind of record.

Read it as the product's privacy contract. The tests in this folder generate one case per
viewer × record × surface from these tables; they never derive the answer from the code under test.
"""

ORG_A = ("E", "AD", "M1", "M1a", "M2", "R1", "R1a", "R2")
ORG_B = ("EB", "MB", "RB")
VIEWERS = ORG_A + ORG_B
REPS = ("R1", "R1a", "R2", "RB")

# People (the directory): a rep sees themself; a manager their teams, transitively, and themself;
# enablement and admin the whole organisation; nobody another organisation.
PEOPLE_VISIBLE: dict[str, frozenset[str]] = {
    "R1": frozenset({"R1"}),
    "R1a": frozenset({"R1a"}),
    "R2": frozenset({"R2"}),
    "M1": frozenset({"M1", "M1a", "R1", "R1a"}),
    "M1a": frozenset({"M1a", "R1a"}),
    "M2": frozenset({"M2", "R2"}),
    "E": frozenset(ORG_A),
    "AD": frozenset(ORG_A),
    "RB": frozenset({"RB"}),
    "MB": frozenset({"MB", "RB"}),
    "EB": frozenset(ORG_B),
}

# Selling records (deals, activities, calls), named after the rep who owns them. Admins see none.
WORK_VISIBLE: dict[str, frozenset[str]] = {
    "R1": frozenset({"R1"}),
    "R1a": frozenset({"R1a"}),
    "R2": frozenset({"R2"}),
    "M1": frozenset({"R1", "R1a"}),
    "M1a": frozenset({"R1a"}),
    "M2": frozenset({"R2"}),
    "E": frozenset({"R1", "R1a", "R2"}),
    "AD": frozenset(),
    "RB": frozenset({"RB"}),
    "MB": frozenset({"RB"}),
    "EB": frozenset({"RB"}),
}

# Who may open the configuration screens (Django admin) of their organisation.
ADMIN_SITE = frozenset({"AD"})

# Imports of organisation-wide files (web page and API): which kinds each viewer may import into
# their own organisation. Administrators run imports; enablement owns the process and sees the
# whole pipeline; only administrators change the directory (people.csv). Nobody else.
_ORG_DATA = frozenset({"stages", "deals", "stage-changes", "activities", "quotas"})
ORG_IMPORTS: dict[str, frozenset[str]] = {
    "E": _ORG_DATA,
    "AD": _ORG_DATA | {"people"},
    "EB": _ORG_DATA,
    **{key: frozenset() for key in ("M1", "M1a", "M2", "R1", "R1a", "R2", "MB", "RB")},
}

# Whose calendar each viewer may import: their own; a manager also their teams'; enablement and
# administrators anyone in their organisation (the same people they see in the directory).
CALENDAR_FOR: dict[str, frozenset[str]] = {
    "R1": frozenset({"R1"}),
    "R1a": frozenset({"R1a"}),
    "R2": frozenset({"R2"}),
    "M1": frozenset({"M1", "M1a", "R1", "R1a"}),
    "M1a": frozenset({"M1a", "R1a"}),
    "M2": frozenset({"M2", "R2"}),
    "E": frozenset(ORG_A),
    "AD": frozenset(ORG_A),
    "RB": frozenset({"RB"}),
    "MB": frozenset({"MB", "RB"}),
    "EB": frozenset(ORG_B),
}

# Import history: whose imports each viewer sees (named after the person who imported).
IMPORTS_VISIBLE: dict[str, frozenset[str]] = CALENDAR_FOR

# Mindset answers. Every rep submits an achievement-drive self-assessment. R1 shares its
# summary with M1 (their manager), R1a with M1a (their direct manager, not M1 above), RB with
# MB; R2 shares nothing. Each manager answers the coaching-readiness reflection; M1a shares
# theirs with enablement (E).
# The answers themselves (and the free text in them): the respondent alone, whoever asks.
ANSWERS_VISIBLE: dict[str, frozenset[str]] = {
    "R1": frozenset({"R1"}),
    "R1a": frozenset({"R1a"}),
    "R2": frozenset({"R2"}),
    "M1": frozenset({"M1"}),
    "M1a": frozenset({"M1a"}),
    "M2": frozenset({"M2"}),
    "E": frozenset(),
    "AD": frozenset(),
    "RB": frozenset({"RB"}),
    "MB": frozenset({"MB"}),
    "EB": frozenset(),
}
# Summaries (scores and bands): the respondent, and whoever they share with right now. M1 does
# not read R1a's (shared with M1a only); M2 has no share from R2; admins read none.
SUMMARIES_VISIBLE: dict[str, frozenset[str]] = {
    "R1": frozenset({"R1"}),
    "R1a": frozenset({"R1a"}),
    "R2": frozenset({"R2"}),
    "M1": frozenset({"M1", "R1"}),
    "M1a": frozenset({"M1a", "R1a"}),
    "M2": frozenset({"M2"}),
    "E": frozenset({"M1a"}),
    "AD": frozenset(),
    "RB": frozenset({"RB"}),
    "MB": frozenset({"MB", "RB"}),
    "EB": frozenset(),
}
# Self-belief figures (a learning goal's progress on it, a recommendation's evidence) are read from
# the rep's achievement-drive summary, so they follow it: the rep, and whoever the rep shares it
# with right now. With the shares above (R1 → M1, R1a → M1a, RB → MB; R2 none): M1 does not see
# R1a's (shared with M1a only), M2 and enablement see nobody's, though all of them see the goals.
SELF_BELIEF_VISIBLE: dict[str, frozenset[str]] = {
    "R1": frozenset({"R1"}),
    "R1a": frozenset({"R1a"}),
    "R2": frozenset({"R2"}),
    "M1": frozenset({"R1"}),
    "M1a": frozenset({"R1a"}),
    "M2": frozenset(),
    "E": frozenset(),
    "AD": frozenset(),
    "RB": frozenset({"RB"}),
    "MB": frozenset({"RB"}),
    "EB": frozenset(),
}
# With no share, or every share revoked: the rep alone.
SELF_BELIEF_VISIBLE_UNSHARED: dict[str, frozenset[str]] = {
    viewer: frozenset({viewer}) & frozenset({"R1", "R1a", "R2", "RB"})
    for viewer in ("E", "AD", "M1", "M1a", "M2", "R1", "R1a", "R2", "EB", "MB", "RB")
}

# A rep's direct coaches: their manager and the lead of their own team (M1 leads T1, above
# T1a, but is not R1a's direct coach).
DIRECT_COACHES: dict[str, frozenset[str]] = {
    "R1": frozenset({"M1"}),
    "R1a": frozenset({"M1a"}),
    "R2": frozenset({"M2"}),
    "RB": frozenset({"MB"}),
}
# Reps whose self-belief the diagnosis reads: those whose summary every direct coach reads right
# now. With the shares above: R1 (→ M1), R1a (→ M1a) and RB (→ MB), whether or not enablement is
# active; never R2 (shares nothing); nobody once no share is active.
SELF_BELIEF_DIAGNOSED: dict[tuple[str, bool], frozenset[str]] = {
    ("shared", False): frozenset({"R1", "R1a", "RB"}),  # (scenario, enablement active)
    ("shared", True): frozenset({"R1", "R1a", "RB"}),
    ("never shared", False): frozenset(),
    ("never shared", True): frozenset(),
    ("revoked", False): frozenset(),
    ("revoked", True): frozenset(),
}
# An achievement-drive recommendation (built on the rep's self-belief), and a learning goal
# accepted from one: the rep, and whoever the rep shares the achievement-drive summary with right
# now. Not enablement, not M1 for R1a (a lead higher up), not M2 (no share from R2), though all of
# them see the rep's other recommendations and goals.
ACHIEVEMENT_ADVICE_VISIBLE: dict[str, frozenset[str]] = {
    "R1": frozenset({"R1"}),
    "R1a": frozenset({"R1a"}),
    "R2": frozenset({"R2"}),
    "M1": frozenset({"R1"}),
    "M1a": frozenset({"R1a"}),
    "M2": frozenset(),
    "E": frozenset(),
    "AD": frozenset(),
    "RB": frozenset({"RB"}),
    "MB": frozenset({"RB"}),
    "EB": frozenset(),
}
# With no share, or every share revoked: the rep alone.
ACHIEVEMENT_ADVICE_VISIBLE_UNSHARED: dict[str, frozenset[str]] = {
    "R1": frozenset({"R1"}),
    "R1a": frozenset({"R1a"}),
    "R2": frozenset({"R2"}),
    "RB": frozenset({"RB"}),
    **{viewer: frozenset() for viewer in ("M1", "M1a", "M2", "E", "AD", "MB", "EB")},
}

# Organisation figures: enablement only, and only for groups of at least this many people.
ORGANISATION_FIGURES = frozenset({"E", "EB"})
MIN_GROUP = 5

# Coaching: each rep has one session with their own manager (R1 with M1, R1a with M1a, R2 with
# M2, RB with MB), one commitment, and two notes by that manager: one shared, one manager-only.
# Sessions, commitments and shared notes: the rep and the managers above them. Enablement reads
# coaching only as aggregates and administrators never; so neither opens a session.
SESSIONS_VISIBLE: dict[str, frozenset[str]] = {
    "R1": frozenset({"R1"}),
    "R1a": frozenset({"R1a"}),
    "R2": frozenset({"R2"}),
    "M1": frozenset({"R1", "R1a"}),
    "M1a": frozenset({"R1a"}),
    "M2": frozenset({"R2"}),
    "E": frozenset(),
    "AD": frozenset(),
    "RB": frozenset({"RB"}),
    "MB": frozenset({"RB"}),
    "EB": frozenset(),
}

# A manager-only note reaches its author alone: not the rep, and not a manager further up
# (M1 opens R1a's session but never reads what M1a kept to themself). Only the author edits.
PRIVATE_NOTES_VISIBLE: dict[str, frozenset[str]] = {
    "R1": frozenset(),
    "R1a": frozenset(),
    "R2": frozenset(),
    "M1": frozenset({"R1"}),
    "M1a": frozenset({"R1a"}),
    "M2": frozenset({"R2"}),
    "E": frozenset(),
    "AD": frozenset(),
    "RB": frozenset(),
    "MB": frozenset({"RB"}),
    "EB": frozenset(),
}
NOTE_AUTHOR = PRIVATE_NOTES_VISIBLE  # the same manager wrote both notes of each session

# The team board, its CSV and XLSX exports and the coaching-quality page belong to managers:
# each lists the reps of the teams they lead, transitively (M1 sees R1a through T1a). Every
# other role gets 404 on all four.
BOARD_REPS: dict[str, frozenset[str]] = {
    "M1": frozenset({"R1", "R1a"}),
    "M1a": frozenset({"R1a"}),
    "M2": frozenset({"R2"}),
    "MB": frozenset({"RB"}),
}

# The printable session summary is the rep's copy: the rep and the managers above them download
# it (the same people who open the session), and it never holds a manager-only note.
SUMMARY_VISIBLE: dict[str, frozenset[str]] = {
    "R1": frozenset({"R1"}),
    "R1a": frozenset({"R1a"}),
    "R2": frozenset({"R2"}),
    "M1": frozenset({"R1", "R1a"}),
    "M1a": frozenset({"R1a"}),
    "M2": frozenset({"R2"}),
    "E": frozenset(),
    "AD": frozenset(),
    "RB": frozenset({"RB"}),
    "MB": frozenset({"RB"}),
    "EB": frozenset(),
}

# Coaching guides: everyone reads their own organisation's; enablement and administrators edit.
GUIDE_EDITORS = frozenset({"E", "AD", "EB"})

# The organisation's coaching view (quality per manager, flags counted per team): enablement.
ORGANISATION_COACHING = frozenset({"E", "EB"})

# Who may accept or set aside a rep's recommended learning goal: the rep and the managers whose
# teams include them (M1 leads R1a's team from above). Enablement reads but does not agree.
RECOMMENDATION_DECIDERS: dict[str, frozenset[str]] = {
    "R1": frozenset({"R1", "M1"}),
    "R1a": frozenset({"R1a", "M1", "M1a"}),
    "R2": frozenset({"R2", "M2"}),
    "RB": frozenset({"RB", "MB"}),
}

# Who may run the diagnosis for a rep on today's evidence: the deciders, and enablement of
# the rep's organisation.
DIAGNOSIS_RUNNERS: dict[str, frozenset[str]] = {
    "R1": frozenset({"R1", "M1", "E"}),
    "R1a": frozenset({"R1a", "M1", "M1a", "E"}),
    "R2": frozenset({"R2", "M2", "E"}),
    "RB": frozenset({"RB", "MB", "EB"}),
}

# A session's agenda, prepared by the rep's own manager (R1 by M1, R1a by M1a, R2 by M2, RB by
# MB) while the rep shares their achievement-drive and behaviour-style summaries as above
# (R1 → M1, R1a → M1a, RB → MB; R2 nothing, so M2's agenda for R2 holds nothing drawn from
# them). Its items drawn from those summaries, and its achievement-drive recommendation, are read
# by whoever opens the session and may read those summaries now: the rep, and the manager the
# rep shares with. Not M1 on R1a's session (a lead further up), not enablement or admins (they
# open no session). The rep's other recommendations reach everyone who opens the session.
AGENDA_MINDSET_VISIBLE: dict[str, frozenset[str]] = {
    "R1": frozenset({"R1"}),
    "R1a": frozenset({"R1a"}),
    "R2": frozenset(),
    "M1": frozenset({"R1"}),
    "M1a": frozenset({"R1a"}),
    "M2": frozenset(),
    "E": frozenset(),
    "AD": frozenset(),
    "RB": frozenset({"RB"}),
    "MB": frozenset({"RB"}),
    "EB": frozenset(),
}
# The same agendas after the reps revoked every share: the rep alone reads them.
AGENDA_MINDSET_VISIBLE_REVOKED: dict[str, frozenset[str]] = {
    "R1": frozenset({"R1"}),
    "R1a": frozenset({"R1a"}),
    "R2": frozenset(),
    "RB": frozenset({"RB"}),
    **{viewer: frozenset() for viewer in ("M1", "M1a", "M2", "E", "AD", "MB", "EB")},
}
