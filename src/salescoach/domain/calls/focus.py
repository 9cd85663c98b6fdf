"""Where the rep's attention went on a call: customer needs, the product, or the transaction."""

from __future__ import annotations

from dataclasses import dataclass

HIGH_REP_TALK_SHARE = 0.60  # above this the rep is presenting more than listening
MIN_DEAL_TURNS = 2
# A high talk share is no product focus when the listening moves are at least this many times
# the rep turns that present.
LISTENING_OUTWEIGHS_TALK = 2


@dataclass(frozen=True, slots=True)
class Focus:
    """The verdict ('customer_needs', 'product' or 'transaction') and the reasons for it."""

    verdict: str
    reasons: tuple[str, ...]

    def to_json(self) -> dict[str, object]:
        return {"verdict": self.verdict, "reasons": list(self.reasons)}


def judge_focus(
    *,
    rep_talk_share: float | None,
    pitch_before_need: bool,
    presenting_turns: int,
    open_questions: int,
    paraphrases: int,
    deal_turns: int,
    need_admitted: bool,
    small_talk_questions: int = 0,
) -> Focus:
    """Transaction when the rep turns that speak of price, discount, contract or closing number
    at least two and outnumber both the rep turns that present the product and the listening
    moves (open questions + paraphrases); else product when the rep pitched before a need,
    presented in more turns than they listened, or talked over 60% of the time without
    listening moves at least twice the presenting turns (a rep who mostly asks and restates
    while a terse customer answers in few words talks much, but about the customer); else
    customer needs. (Turns, not sentences: a presentation runs over several sentences, a
    question is one.) `open_questions` leaves out the rep asking after the customer ("how was the
    trip?"), counted in `small_talk_questions`: small talk explores no need, and the reasons
    say how many were left out."""
    listening = open_questions + paraphrases
    if deal_turns >= MIN_DEAL_TURNS and deal_turns >= presenting_turns and deal_turns > listening:
        return Focus(
            "transaction",
            (
                f"{_turns(deal_turns)} about price, terms or closing outweigh "
                f"{_turns(presenting_turns)} presenting the product and {listening} open "
                "questions and paraphrases",
            ),
        )
    reasons = []
    if pitch_before_need:
        reasons.append("presented the product before the customer admitted a need")
    talkative = rep_talk_share is not None and rep_talk_share > HIGH_REP_TALK_SHARE
    asked_more = listening > 0 and listening >= LISTENING_OUTWEIGHS_TALK * presenting_turns
    if talkative and (reasons or not asked_more):
        reasons.append(f"talked {rep_talk_share:.0%} of the time")
    if presenting_turns > listening:
        reasons.append(
            f"{_turns(presenting_turns)} presenting the product against {listening} open "
            "questions and paraphrases"
        )
    if reasons:
        return Focus("product", tuple(reasons))
    asked = _count(open_questions, "open question")
    if small_talk_questions:
        asked += f" (not counting {small_talk_questions} asking after the customer)"
    reasons = [f"{asked} and {_count(paraphrases, 'paraphrase')}"]
    if need_admitted:
        reasons.append("the customer put a need into words")
    if talkative:
        reasons.append(
            f"the rep talked {rep_talk_share:.0%} of the time, but mostly to ask and restate"
        )
    elif rep_talk_share is not None:
        reasons.append(f"the rep talked {rep_talk_share:.0%} of the time")
    return Focus("customer_needs", tuple(reasons))


def _turns(count: int) -> str:
    return f"{count} rep turn{'' if count == 1 else 's'}"


def _count(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"
