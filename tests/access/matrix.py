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
