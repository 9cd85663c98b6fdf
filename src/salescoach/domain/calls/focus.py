"""Where the rep's attention went on a call: customer needs, the product, or the transaction."""

from __future__ import annotations

from dataclasses import dataclass

HIGH_REP_TALK_SHARE = 0.60  # above this the rep is presenting more than listening
MIN_TRANSACTION_STATEMENTS = 2


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
    pitches: int,
    open_questions: int,
    paraphrases: int,
    transaction_statements: int,
    need_admitted: bool,
) -> Focus:
    """Transaction when the rep's price/discount/contract/closing statements number at least
    two and outnumber both the pitches and the listening moves (open questions + paraphrases);
    else product when the rep pitched before a need, talked over 60% of the time, or pitched
    more than they listened; else customer needs."""
    listening = open_questions + paraphrases
    if (
        transaction_statements >= MIN_TRANSACTION_STATEMENTS
        and transaction_statements >= pitches
        and transaction_statements > listening
    ):
        return Focus(
            "transaction",
            (
                f"{transaction_statements} statements about price, terms or closing outweigh "
                f"{pitches} product statements and {listening} open questions and paraphrases",
            ),
        )
    reasons = []
    if pitch_before_need:
        reasons.append("presented the product before the customer admitted a need")
    if rep_talk_share is not None and rep_talk_share > HIGH_REP_TALK_SHARE:
        reasons.append(f"talked {rep_talk_share:.0%} of the time")
    if pitches > listening:
        reasons.append(
            f"{pitches} product statements against {listening} open questions and paraphrases"
        )
    if reasons:
        return Focus("product", tuple(reasons))
    reasons = [f"{open_questions} open questions and {paraphrases} paraphrases"]
    if need_admitted:
        reasons.append("the customer put a need into words")
    if rep_talk_share is not None:
        reasons.append(f"the rep talked {rep_talk_share:.0%} of the time")
    return Focus("customer_needs", tuple(reasons))
