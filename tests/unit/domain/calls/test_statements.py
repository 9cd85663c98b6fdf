"""Needs, objections and pitches read from single sentences and tiny calls, by hand."""

from __future__ import annotations

import pytest

from salescoach.domain.calls import lexicon as lx
from salescoach.domain.calls.analysis import analyze_transcript
from salescoach.domain.calls.questions import is_paraphrase, normalise
from salescoach.domain.calls.statements import (
    Context,
    context,
    is_need,
    is_objection,
    rule_features,
)
from salescoach.domain.calls.transcripts import Cue, Transcript


@pytest.mark.parametrize(
    ("sentence", "objection"),
    [
        # An objection phrase.
        ("We already use the booking module in our practice system.", True),
        ("Look, let me think about it.", True),
        # A word of hesitation ("more than", "my worry", "won't", "wary") about the offer, its
        # price, roll-out or the switch ("pay", "portal", "training", "it").
        ("That's a lot more than we pay now.", True),
        ("My worry is the older tenants, a lot of them won't touch a portal.", True),
        ("So I'm wary of anything that needs a week of training.", True),
        # Hesitation about nothing offered, or the offer without hesitation.
        # Worry denied is none: "no worries, that works" agrees.
        ("I'm not worried about the price.", False),
        ("No worries, that works for us.", False),
        ("We host clients almost every Monday.", False),
        ("The text link part is interesting.", False),
        # A plain decline or a doubt about changing at all.
        ("There's no point, honestly.", True),
        ("I'm sorry, I know it's your job, but we're not looking to add anything.", True),
        ("Three years is a long time to lock yourself in.", True),
        ("Their guy came in on Tuesday and they're a fair bit cheaper.", True),
        ("We're looking to add two more vans this year.", False),
        # Risk is a reservation, but accounts "at risk" are the customer's trouble.
        ("The risk is that it never gets used.", True),
        ("We need to see which accounts are at risk before it is too late.", False),
        # A decline, spending on hold, how things are being good enough, another supplier
        # already chosen, preferring to wait.
        ("Not this quarter, sorry.", True),
        ("Head office have put everything on hold until the merger.", True),
        ("Honestly, it isn't broken, so I won't be fixing it.", True),
        ("We're pretty happy with our current courier.", True),
        ("We're already trialling something similar with another firm.", True),
        ("I'd rather wait and see what the new owners want.", True),
        ("I don't want the team learning another system this year.", True),
        # Not about the offer: a refusal to share a figure, a happy yes.
        ("I'd rather not say, to be honest.", False),
        ("I'm happy with that, send it over.", False),
        # A mild reservation: money short, no reason to change, people who would not have it,
        # a doubt it would help, a promise withheld; a plain decline.
        ("Cash is pretty tight until the harvest comes in.", True),
        ("Even at that price it's money we'd have to find from somewhere.", True),
        ("The setup fee is the sticking point for me.", True),
        ("We've coped for fifteen years with a whiteboard, so why change now?", True),
        ("The trustees would never agree to a monthly fee.", True),
        ("Honestly, the drivers would hate it.", True),
        ("I don't think that it would help us much.", True),
        ("I don't trust an app to get the orders right.", True),
        ("I can't promise anyone will read it before Easter.", True),
        ("Not until we've had the audit, no.", True),
        ("We're not switching, sorry.", True),
        ("Nah, leave it, thanks.", True),
        ("No need, honestly, we're sorted.", True),
        ("She's not going to start using a tablet at her age.", True),
        ("I'd rather you didn't, it'll only get lost.", True),
        # Not a reservation: a reason to change asked after, time tight, a need.
        ("That's why changes to the rota take us a week.", False),
        # Burned before, people who would resist, not agreed yet.
        ("We got stung by a booking app a couple of years back.", True),
        ("The chef will take some convincing after last time.", True),
        ("Most of the team aren't great with computers.", True),
        ("The lads in the yard can barely work their phones.", True),
        ("Hold on, I haven't said yes to anything yet.", True),
        ("The whole crew was burnt out by October.", False),
        # Spending stopped until a date, enough on, not signing over the phone, the team first.
        ("Head office says no more spending until the new year.", True),
        ("Honestly, I've got enough on with the move.", True),
        ("I never sign anything on a first call.", True),
        ("I'd need to talk to the partners first.", True),
        ("Hang on, I've only just heard what it costs.", True),
        # Money tight in the trade, a rival's quote, the effort of learning it.
        ("Charities run on a shoestring, you know that.", True),
        ("Our margins are wafer-thin as it is.", True),
        ("Northline quoted us ninety pence a head.", True),
        ("I'd still have to learn it, though.", True),
        ("I quoted us in at the lower rate.", False),
        ("They're a lot cheaper, to be fair.", True),
        # A rival's price set against the rep's, disbelief, a promise refused, being hurried.
        ("That's twelve percent above what we pay now.", True),
        ("Harlows are quoting me four weeks.", True),
        ("Aye, they all say that.", True),
        ("No promises, mind.", True),
        ("Hang on, I didn't say I was buying one.", True),
        ("That's not good enough, that.", True),
        ("I'm not rushing it.", True),
        # Content as they are, a bad moment, the price called dear, nothing decided now.
        ("Honestly, we're fine as we are.", True),
        ("Even if I liked it, now's a terrible time.", True),
        ("That's not cheap for a shop our size.", True),
        ("I'm not signing up to anything this week.", True),
        ("I'm not really sure we need it.", True),
        ("We're fine as we are for drivers, but the rota is a mess.", True),
        ("Time is tight on the Friday, so the morning suits.", False),
        ("There's no need to apologise.", False),
        ("We're not paying attention to the returns, and it shows.", False),
        # The price too high, refused or wanted lower; disbelief; too busy to change.
        ("Yeah, and that's too high.", True),
        ("I'm not paying five grand a year on a guess.", True),
        ("But I still want the monthly down.", True),
        ("So you say.", True),
        ("We're flat out till the end of October.", True),
        # The price called a robbery or cheeky or a lot for what it is, paying more for less, a
        # tight month, what they have already doing it, people not taken with technology.
        ("Ninety quid a van to fit it is daylight robbery.", True),
        ("A setup fee on top, that's a bit cheeky.", True),
        ("Four hundred's a lot for moving a few names over.", True),
        ("So we'd pay more for less, then.", True),
        ("This quarter's really tight with the new roof.", True),
        ("Our office manager does that already.", True),
        ("Half the coaches aren't big on technology.", True),
        ("Not just now, thanks.", True),
        ("I'd want better than ten percent on an order that size.", True),
        ("I want to see what the lettering will look like first.", True),
        ("I think we're alright just now, thanks.", True),
        ("If it ain't broke, you know.", True),
        ("Five seventy's still a lot for me right now.", True),
        ("I've seen ones on the market for about half that.", True),
        ("I've seen them at the show, they looked smart.", False),
        # What they have does it now; a rival's quote in hand; not this year; no money for it.
        ("Well, we do that now.", True),
        ("I've had a quote from Bradford as well.", True),
        ("It's my budget, and it's not happening this year.", True),
        ("There's no money for changing contractors this year.", True),
        # Rather the old way, affording it in doubt, more than they have, enough as it is.
        ("I'd sooner put up with the bank than change the place.", True),
        ("It's just whether we can afford it, really.", True),
        ("That's more than we've got, put it that way.", True),
        ("The notebook does me.", True),
        ("Not today.", True),
        ("We had a quote from Pennine Oil this morning.", True),
        ("We had a quote from you last year.", False),
        ("I'm not having anyone up on that roof without the landlord knowing.", True),
        ("There's a lot for us to get through first.", False),
        ("The cheeky chappie on the desk took the booking.", False),
        # What someone else pays for theirs; one like it tried before.
        ("My cousin over in Shrewsbury pays about thirty for his, mind.", True),
        ("The shop on our high street pays about fifteen a month for theirs.", True),
        ("We pay about fifteen a month for the phone line.", False),
        ("Yeah, we tried one of those ordering websites about three years back.", True),
        ("We had one of these before, about six years back.", True),
        ("We tried the new menu last week and it went down well.", False),
        # Someone they know who can do it, a rival's offer to match, good enough, not before
        # a season.
        ("My nephew reckons he can knock us up a stock sheet for nothing.", True),
        ("The bank's man said he'd match anybody's rate.", True),
        ("What we've got works well enough, really.", True),
        ("Not this side of Christmas, no.", True),
        ("It's the busy side of Christmas for us.", False),
        # Nothing taken on now, no time to learn it, the last one not worth its trouble, the
        # people who would have to use it.
        ("But look, I'm not taking anything on now.", True),
        ("Not till the harvest's in, I haven't the time to learn it.", True),
        ("Anything over fifty goes to the committee, and the AGM's not till March.", False),
        ("Honestly, the last one was more trouble than it was worth.", True),
        ("The thing is, most of my drivers aren't going to use an app.", True),
        ("Not this week, no.", True),
        # Only just moved to what they have.
        ("But honestly, we only moved to Bookwell last year.", True),
        ("We moved to the new unit last year.", False),
        # Nothing put down today, a friend's cheaper deal, not signing up, not a computer person.
        ("Hang on, I'm not putting anything down today.", True),
        ("She's with some crowd that's cheaper than that.", True),
        ("And anyway, I couldn't sign up for anything, it'd have to go to the committee.", True),
        ("She's been here twenty years and she's not a computer person.", True),
        # Nothing done today, two big changes at once.
        ("I'm not doing it today, I'm sat in a field.", True),
        ("I can't do anything today, love, I've got forty shirts to get out.", True),
        (
            "We're moving the shop in the summer, and I can't be doing two big changes at once.",
            True,
        ),
        # Staff who'll not touch it, nothing signed today, content with how it has gone.
        ("Half my bar staff are retired lads, and they'll not touch the app.", True),
        ("I can't sign anything today anyway.", True),
        ("It's worked alright so far, to be fair.", True),
        # The budget spent, a claim heard before, someone who would not go near a computer.
        ("We've nothing left in the budget this season.", True),
        ("Our funding year starts in April, so I've nothing left in the pot until then.", True),
        # Doubt that the staff would take to it.
        ("I can't see them logging hours on a tablet, I really can't.", True),
        ("I can't see them from the office window.", False),
        ("I can't see me adding another forty-odd on top for five advisers.", True),
        # A big number for their size; what they have works near enough.
        ("That's twenty-two grand, though, it's a big number for a firm our size.", True),
        ("We've just got through the summer and the spreadsheet works near enough.", True),
        ("There's nothing left in our budget for the kit, mind.", True),
        ("I've heard that one before.", True),
        ("Mam wouldn't touch a computer.", True),
        ("She'd never go near a laptop.", True),
        ("We had a budget for the new pitch last year.", False),
        ("I've heard good things about the trial.", False),
        # Put off by the price; just signed with another; committed now.
        ("Well, honestly, the price put me off a bit.", True),
        ("We've just signed a new three-year licence with another firm.", True),
        ("That's interesting, but honestly, we're committed now.", True),
        ("We're committed to getting the bookings right this year.", False),
        # "More than" as an intensifier is no hesitation about the offer.
        ("The handovers lose the context, which frustrates the team more than anything.", False),
        ("We'd be more than happy to look at the new product.", False),
        # A contract still to pay out.
        ("We'd have to pay out the rest of the year, which is about two thousand pound.", True),
        ("We pay at the end of the year.", False),
        # Shopping around.
        ("I'll talk to a couple of other suppliers and decide after Easter.", True),
        ("I'll talk to the other trustees and let you know.", False),
        ("I can't see the point, if I'm honest.", True),
        ("I can see the point of it.", False),
        # Other things first; the matter theirs; attached to the firm they have.
        ("Honestly, the signage is the least of our worries.", True),
        ("That's my problem to sort, not yours.", True),
        ("The staff are very loyal to Sheila.", True),
        ("The least we can do is ring them back.", False),
        ("Our problem is getting them to book at all.", False),
        # Too small for it; the rep's sums doubted; a bare "please don't".
        ("There's only four of us in the office.", True),
        ("Only four of us went to the show.", False),
        ("That assumes they pay on time.", True),
        ("It assumes nothing about the weather.", False),
        ("Please don't.", True),
        ("Please don't worry about the mess.", False),
        # What they can do already; their calls unwanted; not worth the trouble.
        ("I can already see them on my phone.", True),
        ("I can see them on my phone.", False),
        ("Don't ring me again, please.", True),
        ("Don't ring me before nine.", False),
        ("It's not worth the bother for me.", True),
        ("It's worth the bother for me.", False),
        # What they have works.
        ("That's good to know, but honestly, what we have works.", True),
        ("I'd like to see how what you have works.", False),
    ],
)
def test_objections(sentence: str, objection: bool) -> None:
    assert is_objection(normalise(sentence)) is objection


@pytest.mark.parametrize(
    ("sentence", "need"),
    [
        # A need phrase.
        ("Exactly, we need some kind of sanity check before anything is paid.", True),
        ("Replacing a baker in this town takes us three months.", True),  # time it costs
        # Problem language: chasing, overtime, out of date, falling through the cracks.
        ("She spends a good two hours a day just chasing contractors for updates.", True),
        ("We paid close to eleven thousand pounds in overtime last quarter.", True),
        ("Half the time the printout is already out of date.", True),
        ("And honestly, things fall through the cracks.", True),
        # How things run, with no trouble in it.
        ("We host clients almost every Monday.", False),
        ("Then they phone every driver whose route changed.", False),
        ("It's my decision, it comes out of my operations budget.", False),
        # Trouble in everyday words; small talk and a denied complaint are none.
        ("Our phone bill has gone through the roof since the spring.", True),
        ("We definitely need to stop copying the orders twice.", True),
        ("I'd like to get the returns under control this year.", True),
        ("Sorry, I'm running a bit behind this morning.", False),
        ("Our guests don't complain about the wifi.", False),
        # What wears them down, said plainly.
        ("The invoicing is killing us, honestly.", True),
        ("Stock counts are the one thing that gets away from me.", True),
        ("It's the part we're worst at.", True),
        ("I'd love my Sundays back.", True),
        ("I can't face another Christmas like the last one.", True),
        ("Pat's frazzled by the Friday orders.", True),
        ("The car park is a bit of a nightmare in August.", True),
        ("He took the kids to see the film about the killer whale.", False),
        ("It's the Mondays that kill us.", True),
        ("She says she won't do another summer like it.", True),
        ("The phone doesn't stop from nine till six.", True),
        ("I spend half my Friday apologising to drivers.", True),
        # A threat in jest is no trouble.
        ("My partner would kill me if I signed without her.", False),
        # The problem named, what bugs them, a wish, a faff, typing things in.
        ("It's Fridays that are the real problem.", True),
        ("That's the bit that bugs me.", True),
        ("I'd love it if the drivers could see the jobs themselves.", True),
        ("Getting the readings off the loggers is a right faff.", True),
        ("Then somebody spends Tuesday typing the dockets into the system.", True),
        ("Last August the compressor packed up on a bank holiday.", True),
        ("Our website's a bit dated, like.", True),
        ("I've got staff stood about with nothing to do.", True),
        ("Mondays are a bit of a scramble.", True),
        ("We never have the right parts in.", True),
        ("The web bookings just aren't turning up in the diary.", True),
        # An objective for the team; systems that do not talk; overselling; money tight; days
        # lost to admin.
        ("I want my team to spend their time with customers, not on copying numbers.", True),
        ("The shop and the website don't talk to each other.", True),
        ("Last May we oversold foundation sheets by forty packs.", True),
        ("Some weeks I'm barely covering the diesel.", True),
        ("I've got a day a week going on just the admin.", True),
        # Worn down, kept awake, owed money, time eaten, a pain; a wish for the crews.
        ("The drivers are fed up with ringing in for their jobs.", True),
        ("The stock take eats into the whole of Monday.", True),
        ("I lie awake wondering if a form's gone missing.", True),
        ("We're owed nearly three grand in late invoices.", True),
        ("Chasing the deposits is a real pain.", True),
        ("I'd like the fitters to see their jobs on their phones.", True),
        ("The yard dog eats up anything you leave out.", False),
        # Something that keeps stopping, a deadline, a year not to repeat, someone who
        # stopped coming, trade hit, "not ideal".
        ("Two of the mowers keep cutting out on the slope.", True),
        ("So the end of May's really the deadline for us.", True),
        ("I just don't want a repeat of last summer.", True),
        ("The lad we had just stopped turning up.", True),
        ("It's hit the bookings, to be honest.", True),
        ("Walking them back up the hill, it's not ideal.", True),
        ("The big one sprang a leak at the fete.", True),
        ("Two of the regulars haven't been back since.", True),
        ("Tuesdays are the actual problem.", True),
        ("I haven't been back to the office today.", False),
        # Kept awake, unable to hear oneself think, a favour that cannot go on, a want with its
        # quality.
        ("That's what's been keeping me awake.", True),
        ("You can't hear yourself think when the blowers are on.", True),
        ("I can't keep asking her to do that.", True),
        ("I'd love a proper stock of spares.", True),
        ("I'd love a cup of tea, to be honest.", False),
        # Their own customers unhappy, a machine not taking payment.
        ("The brewery weren't thrilled.", True),
        ("The insurer did have a bit of a moan last year.", True),
        ("So the card reader's not taking cards.", True),
        # Getting to be a headache, where it costs, a call never received, stock poured away,
        # work turned away.
        ("It's getting to be a headache, the tickets.", True),
        ("That's where it costs me.", True),
        ("But then the vet never got the call.", True),
        ("Had to pour the lot down the drain.", True),
        ("Right now I'd have to turn them down.", True),
        ("We never got round to painting it.", False),
        # A nuisance, what they would change first, glad to be rid of it.
        ("The bank's a nuisance now, mind.", True),
        ("That's the bit I'd change if I could wave a wand.", True),
        ("I'd be glad to see the back of that spreadsheet.", True),
        # Theft; a machine that will not do its job.
        ("Somebody just walked off with it, tin and all.", True),
        ("The projector won't start on a cold morning.", True),
        ("I've got a problem with the rounds this morning.", True),
        # A want put as being able to; money handed back or swallowed; worn out.
        ("I'd love to be able to take cards at the market.", True),
        ("So I had to ring her and refund her.", True),
        ("The job overran, so we just ate the cost.", True),
        ("She never complains, but she's wrecked.", True),
        ("We ate at the pub after the match.", False),
        # More than once, work at a loss, someone who may go if it carries on, a phone that
        # rings out, evenings wanted back; sitting in the van is no waiting.
        ("I've driven down to open the gate in my pyjamas more than once.", True),
        ("Three or four jobs ran at a loss last year.", True),
        ("Kieran's said he'll look elsewhere if it carries on.", True),
        ("The office number just rings out.", True),
        ("I'd get my evenings back, for a start.", True),
        ("Sorry, I'm sat in the van, the workshop's too noisy.", False),
        # A guddle, something that has to change, never right, miles off, a terrible signal,
        # a dropped connection, labels coming out blank.
        ("Well, it's a bit of a guddle, to be honest.", True),
        ("Something's got to change with the website, I know that.", True),
        ("And the stock's never right anyway.", True),
        ("We count it in January, and the numbers are miles off by then.", True),
        ("The signal's terrible down by the gate.", True),
        ("The card machine drops the connection in the back room.", True),
        ("The labels are coming out blank.", True),
        # Money in the bin; a wish to halve it.
        ("And that's money in the bin, isn't it.", True),
        ("I'd love to halve that.", True),
        # Regulars not back since, writing nobody can read, a form not found.
        ("They've not been back since.", True),
        ("Half the time you cannot read the writing.", True),
        ("When the wee boy got hurt, we couldn't find his waiver.", True),
        # A feed, line or machine dropping out.
        ("The card machine drops out every time the bus goes past.", True),
        ("In October the live feed dropped out for forty minutes.", True),
        # Weekends wanted back; it stung; not good for the numbers; not fair on the staff;
        # stock binned.
        ("I'm seventy-one, and I'd quite like my weekends back.", True),
        ("We've had a few of our older moving heads pack in.", True),
        ("Which, you know, stung a bit.", True),
        ("We hand out free tickets, which isn't great for the numbers.", True),
        ("It's not fair on the keepers.", True),
        ("I reckon I'm binning a couple of hundred quid's worth a month.", True),
        # What should happen and does not (raw speech recognition).
        ("the tenants are meant to leave them clean but they never do", True),
        ("We're meant to be open till six on Saturdays.", False),
        # A day of the week with no trade; not a quiet morning to talk.
        ("Honestly, Thursdays are dead.", True),
        ("Tuesdays are dead until lunchtime, I've got a brew on.", False),
        # Leaving the call is no need.
        ("Sorry, I need to jump on another call.", False),
        ("Right, I need to dash.", False),
        ("I need to get the invoices out faster.", True),
        # Someone they rely on going.
        ("Our first aider is retiring in March.", True),
        ("The old van is retired now.", False),
        # How it is going, in two words.
        ("Honestly, not great.", True),
        ("Not great, to be honest.", True),
        ("Not great at remembering names, me.", False),
        # A need granted, "probably"; a lapse said short.
        ("We probably do need to replace some of it, I'll grant you that.", True),
        ("We probably don't need to replace any of it.", False),
        ("It just slipped through.", True),
        ("The parcel slipped through the letterbox this morning.", False),
    ],
)
def test_needs(sentence: str, need: bool) -> None:
    low = normalise(sentence)
    assert is_need(low, objection=is_objection(low)) is need


def test_problem_language_in_an_objection_is_no_need() -> None:
    # "late" is problem language, but the sentence hesitates ("worried") about the roll-out.
    low = normalise("I'm worried the rollout would run late.")
    assert is_objection(low)
    assert not is_need(low, objection=True)
    # A need phrase counts even beside an objection.
    low = normalise("We need it live before the season, but it costs too much.")
    assert is_objection(low)
    assert is_need(low, objection=True)


def test_a_machine_that_will_not_play_is_problem_language_beside_the_offer_words() -> None:
    # "won't" beside "it" also reads as a reservation about the offer, so the rules alone call
    # it an objection; the classifiers weigh the problem language (the fourth rule feature).
    low = normalise("We've a film at half seven and the server won't play it.")
    assert rule_features(low)[3] == 1.0
    assert lx.TROUBLE.search(low) is not None
    assert lx.TROUBLE.search(normalise("The server plays it fine now.")) is None


def _labels(cues: list[Cue]) -> dict[str, list[str]]:
    result = analyze_transcript(
        Transcript(tuple(cues), format="json"), roles={"Ann": "rep", "Bob": "customer"}, detail=True
    ).to_json()
    return {s["text"]: s["labels"] for s in result["sentences"]}


def test_questions_carry_no_pitch_need_or_objection() -> None:
    labels = _labels(
        [
            Cue("Ann", 0, 4, "Would you like to see how our scheduler handles that?"),
            Cue("Bob", 5, 9, "Do we struggle to fill the night shifts every week?"),
            Cue("Ann", 10, 14, "Our scheduler moves the shifts for you."),
            Cue("Bob", 15, 19, "We struggle to fill the night shifts every week."),
        ]
    )
    assert labels["Would you like to see how our scheduler handles that?"] == ["question_closed"]
    assert labels["Do we struggle to fill the night shifts every week?"] == ["question_closed"]
    assert labels["Our scheduler moves the shifts for you."] == ["pitch"]
    # The same words said as a statement admit a need.
    assert labels["We struggle to fill the night shifts every week."] == ["need"]


def test_the_need_checkpoint_is_the_first_sentence_marked_as_a_need() -> None:
    cues = (
        Cue("Ann", 0, 4, "How do rotas go out today?"),
        Cue("Bob", 5, 12, "Most weeks the rota is late, and two bakers left over it."),
        Cue("Ann", 13, 16, "That sounds costly."),
    )
    result = analyze_transcript(
        Transcript(cues, format="json"), roles={"Ann": "rep", "Bob": "customer"}, detail=True
    ).to_json()
    need = result["checkpoints"]["need_admitted"]
    assert need["reached"] is True
    assert need["quote"] == "Most weeks the rota is late, and two bakers left over it."
    assert need["at_s"] == 5
    assert result["first_need_at_s"] == 5


def test_a_turn_about_the_product_or_the_deal_restates_nothing() -> None:
    customer = "We have six properties and the contract ends next month."
    # Shares "properties" with the customer, but quotes the price: selling, not restating.
    assert not is_paraphrase("For six properties it is forty thousand a year.", customer)
    # Shares "contract", framed around the customer ("so your…"), but about the deal.
    assert not is_paraphrase("So your contract ends next month.", customer)
    # A plain restatement still counts.
    assert is_paraphrase("Six properties, all coming up next month.", customer)


@pytest.mark.parametrize(
    ("sentence", "pattern", "reached"),
    [
        # Openness: looking for a solution, wanting one in place, interest in what was heard.
        ("We are looking for something that updates itself.", "OPEN_TO_SOLUTION", True),
        ("Yes, I'd be interested in that.", "OPEN_TO_SOLUTION", True),
        ("That last bit caught my ear.", "OPEN_TO_SOLUTION", True),
        ("I'd think they could find a better way to fund it.", "OPEN_TO_SOLUTION", False),
        (
            "Well, I'd certainly consider anything that cuts the commission.",
            "OPEN_TO_SOLUTION",
            True,
        ),
        ("I'd never consider changing.", "OPEN_TO_SOLUTION", False),
        # Nobody else to ask, said alone, as an answer.
        ("Nobody really.", "SAYS_ME", True),
        ("Erm, no one else.", "SAYS_ME", True),
        ("Nobody really uses the diary.", "SAYS_ME", False),
        # Agreement to discuss: to the next meeting or to being shown.
        ("Thursday works, let's do that.", "AGREES_TO_DISCUSS", True),
        ("Yes, send that over.", "AGREES_TO_DISCUSS", True),
        ("Book it for Wednesday.", "AGREES_TO_DISCUSS", True),
        ("Send me something in the post and I'll have a look.", "AGREES_TO_DISCUSS", False),
        # Authority: the budget or the call is theirs; a denial or someone else's sign-off
        # is none.
        ("Anything under twenty thousand a year is my call.", "DECISION_AUTHORITY", True),
        ("It sits within my delegated authority.", "DECISION_AUTHORITY", True),
        ("So it isn't my call alone.", "DECISION_AUTHORITY", False),
        ("Any spend over five thousand has to go through him.", "DECISION_AUTHORITY", False),
        ("Contracts like this come out of my budget.", "DECISION_AUTHORITY", True),
        ("I sign those off myself.", "DECISION_AUTHORITY", True),
        ("I can make the case to the board for it.", "DECISION_AUTHORITY", False),
        # A denial with a word between is still a denial; a budget may be named.
        ("Honestly, it's not really my decision.", "DECISION_AUTHORITY", False),
        ("That would come out of my facilities budget.", "DECISION_AUTHORITY", True),
        ("It's my shop, I sign the contracts.", "DECISION_AUTHORITY", True),
        # A spending limit of their own; not one they are denied.
        (
            "I can sign anything under fifteen hundred a year without the committee.",
            "DECISION_AUTHORITY",
            True,
        ),
        ("I can spend up to two grand without going to the board.", "DECISION_AUTHORITY", True),
        ("I can't sign anything without the committee.", "DECISION_AUTHORITY", False),
        ("I can sign nothing without the board.", "DECISION_AUTHORITY", False),
        # Owners who decide together.
        (
            "It's our shop, it's just the two of us, so yes, it's our call.",
            "DECISION_AUTHORITY",
            True,
        ),
        ("It isn't our call.", "DECISION_AUTHORITY", False),
        ("It's just me and Maureen who decide on anything like that.", "DECISION_AUTHORITY", True),
        ("It's my brother and me who sign the cheques.", "DECISION_AUTHORITY", True),
        ("It's me and the kids who eat most of it.", "DECISION_AUTHORITY", False),
        ("It is, it's our place.", "DECISION_AUTHORITY", True),
        ("Anything under fifteen is mine, so this one's me.", "DECISION_AUTHORITY", True),
        ("We'd both sign, it's a partnership.", "DECISION_AUTHORITY", True),
        ("She's said whatever I pick, she'll go with.", "DECISION_AUTHORITY", True),
        ("And it's just me who decides, there's no board.", "DECISION_AUTHORITY", True),
        ("No, it's my studio.", "DECISION_AUTHORITY", True),
        ("It's my boat and my money.", "DECISION_AUTHORITY", True),
        ("I do the lot myself and I decide what I take on.", "DECISION_AUTHORITY", True),
        ("It's not just me who decides.", "DECISION_AUTHORITY", False),
        ("But what we spend in the workshop is my shout.", "DECISION_AUTHORITY", True),
        ("Well, on my side it's me.", "DECISION_AUTHORITY", True),
        ("He drives, I do the money.", "DECISION_AUTHORITY", True),
        ("I hold the purse strings here.", "DECISION_AUTHORITY", True),
        ("On my side it's Fiona who signs.", "DECISION_AUTHORITY", False),
        ("The money side is mine, I'm the one writing the cheque.", "DECISION_AUTHORITY", True),
        ("It's my name over the door, so yeah.", "DECISION_AUTHORITY", True),
        ("She's the one writing the cheque.", "DECISION_AUTHORITY", False),
        ("The others leave all the ordering to me.", "DECISION_AUTHORITY", True),
        ("He leaves the shop side to me.", "DECISION_AUTHORITY", True),
        ("He's paying half, but he's left it to me.", "DECISION_AUTHORITY", True),
        ("The committee left it with me in September.", "DECISION_AUTHORITY", True),
        ("Costumes are my department.", "DECISION_AUTHORITY", True),
        ("She's left it with the accountant.", "DECISION_AUTHORITY", False),
        ("They leave the cooking to me.", "DECISION_AUTHORITY", True),
        ("I leave all that to them.", "DECISION_AUTHORITY", False),
        # Openness in plain words; the customer asking for the next step at a time.
        ("Something's got to change or we'll lose the lot.", "OPEN_TO_SOLUTION", True),
        ("I'm not saying no to the idea.", "OPEN_TO_SOLUTION", True),
        ("Can you do that Thursday? After two.", "AGREES_TO_DISCUSS", True),
        ("Can you do that for less?", "AGREES_TO_DISCUSS", False),
        ("If there's a better way of doing it, I'm all ears.", "OPEN_TO_SOLUTION", True),
        ("So yes, I want something.", "OPEN_TO_SOLUTION", True),
        ("We want something that works offline.", "OPEN_TO_SOLUTION", True),
        ("I want something to eat first.", "OPEN_TO_SOLUTION", False),
        ("If there's an easier way of doing it I'd take it.", "OPEN_TO_SOLUTION", True),
        ("Look, I'm not against doing something.", "OPEN_TO_SOLUTION", True),
        ("I'm not wedded to the lot we've got.", "OPEN_TO_SOLUTION", True),
        ("I suppose we'd probably want something for the waiting list.", "OPEN_TO_SOLUTION", True),
        # A day agreed for the next call.
        ("Yeah, Wednesday at two's fine.", "AGREES_TO_DISCUSS", True),
        ("Friday is good for us.", "AGREES_TO_DISCUSS", True),
        ("It's not our place to say.", "DECISION_AUTHORITY", False),
        ("Ruth and I would decide between us.", "DECISION_AUTHORITY", True),
        ("It's the two of us, fifty-fifty.", "DECISION_AUTHORITY", True),
        ("We split the bill fifty-fifty.", "DECISION_AUTHORITY", False),
        ("It's me and Lynne, we decide everything between us.", "DECISION_AUTHORITY", True),
        ("I score the tenders and I sign the award.", "DECISION_AUTHORITY", True),
        ("He does the money, but we decide things together.", "DECISION_AUTHORITY", True),
        ("Let's decide together once you've seen it.", "DECISION_AUTHORITY", False),
        # Down to them; the buying theirs.
        ("It's our freehold, so it's down to the two of us.", "DECISION_AUTHORITY", True),
        ("That's down to me, really.", "DECISION_AUTHORITY", True),
        ("It's down to the weather, mostly.", "DECISION_AUTHORITY", False),
        # Deciding together, said of the two of them by name or number.
        ("Anything over a tenner, me and Ollie decide together.", "DECISION_AUTHORITY", True),
        ("So the two of us would decide it together.", "DECISION_AUTHORITY", True),
        ("The two of us decide which rounds to drop.", "DECISION_AUTHORITY", False),
        (
            "My son does the roofs, but I do all the buying and the books.",
            "DECISION_AUTHORITY",
            True,
        ),
        ("Maybe just send me some information first.", "OPEN_TO_SOLUTION", True),
        # Contentment with what they have agrees to nothing.
        ("It's grown up over twenty years, it works for us.", "AGREES_TO_DISCUSS", False),
        ("Thursday at ten works for me.", "AGREES_TO_DISCUSS", True),
        ("Thursday at four would work.", "AGREES_TO_DISCUSS", True),
        ("Friday afternoon would suit.", "AGREES_TO_DISCUSS", True),
        ("Friday would be the worst day for it.", "AGREES_TO_DISCUSS", False),
        ("Come down Wednesday week, around eleven.", "AGREES_TO_DISCUSS", True),
        ("Come down here and say that.", "AGREES_TO_DISCUSS", False),
        ("Thursday morning, before we open, that works.", "AGREES_TO_DISCUSS", True),
        # Authority given up to a sum.
        (
            "The committee gave me authority to spend up to two thousand without going back "
            "to them.",
            "DECISION_AUTHORITY",
            True,
        ),
        ("I'd have to go back to the committee first.", "DECISION_AUTHORITY", False),
        ("We decide these things between us, always have done.", "DECISION_AUTHORITY", True),
        # Nobody else to ask.
        ("But it's just us two, there's nobody else to ask.", "DECISION_AUTHORITY", True),
        ("There's nobody else to ask about the rota.", "DECISION_AUTHORITY", True),
        # "Go ahead" agrees when it answers; inside a question about what follows it does not.
        ("Okay, go ahead.", "AGREES_TO_DISCUSS", True),
        ("What happens to our data if we go ahead?", "AGREES_TO_DISCUSS", False),
        # A yes put off to a spare minute, "when" or "if".
        ("Aye, send it over, and I'll have a look if I get a minute.", "AGREES_TO_DISCUSS", False),
        ("Send it over and I'll read it tonight.", "AGREES_TO_DISCUSS", True),
        # Asking to hear how it works, for the firm ("us") as well as for oneself.
        ("Go on, tell us how it works.", "AGREES_TO_DISCUSS", True),
        ("Tell me how that works, then.", "AGREES_TO_DISCUSS", True),
        ("Tell us how it works out for the others.", "AGREES_TO_DISCUSS", False),
        # The last word said outright.
        ("If I say we're doing it, we're doing it.", "DECISION_AUTHORITY", True),
        ("If I say yes, it's yes.", "DECISION_AUTHORITY", True),
        ("If I say yes, my partner will go mad.", "DECISION_AUTHORITY", False),
        ("If I say yes, he'll say yes, as long as it adds up.", "DECISION_AUTHORITY", True),
        ("She'd go with whatever I think on this.", "DECISION_AUTHORITY", True),
        ("He'll usually go with what I say, but it's his money.", "DECISION_AUTHORITY", False),
        # Wanting to act on it.
        ("I know I need to do something about it before the winter.", "OPEN_TO_SOLUTION", True),
        ("They need to do something about the parking.", "OPEN_TO_SOLUTION", False),
        ("If you can get them here on time, I'm interested.", "OPEN_TO_SOLUTION", True),
        ("I'm not interested, thanks.", "OPEN_TO_SOLUTION", False),
        # Wanting the thing itself.
        ("I saw yours at the show and I want one.", "OPEN_TO_SOLUTION", True),
        ("I came on this call to buy one.", "OPEN_TO_SOLUTION", True),
        ("I don't want one, thanks.", "OPEN_TO_SOLUTION", False),
        # Asking for a visit or for the thing itself is taking the next step.
        ("Can you get somebody to come and look at the power?", "AGREES_TO_DISCUSS", True),
        ("How soon can you get one up to us?", "AGREES_TO_DISCUSS", True),
        ("How soon can you tell which one it is?", "AGREES_TO_DISCUSS", False),
        ("Look, I'd look at something for the bookings, I would.", "OPEN_TO_SOLUTION", True),
        ("If it does that, I'd definitely look at it.", "OPEN_TO_SOLUTION", True),
        ("I wouldn't look at it, to be honest.", "OPEN_TO_SOLUTION", False),
        ("I'd have to look at it with Dave first.", "OPEN_TO_SOLUTION", False),
        ("I mean, I wouldn't say no to something for the winter.", "OPEN_TO_SOLUTION", True),
        ("I wouldn't say no to a cup of tea.", "OPEN_TO_SOLUTION", False),
        ("I mean, I'm not saying no.", "OPEN_TO_SOLUTION", True),
        ("I'm not saying no, but not this year.", "OPEN_TO_SOLUTION", False),
        ("That sounds, yeah, that sounds like what we need actually.", "OPEN_TO_SOLUTION", True),
        ("It sounds like what we needed last year.", "OPEN_TO_SOLUTION", False),
        ("I'd be daft not to look at it, wouldn't I.", "OPEN_TO_SOLUTION", True),
        ("I'd be daft not to run it past her first.", "OPEN_TO_SOLUTION", False),
        (
            "We'd have to do something, wouldn't we, if the insurers want it.",
            "OPEN_TO_SOLUTION",
            True,
        ),
        ("We've got to do something about the car park.", "OPEN_TO_SOLUTION", True),
        ("We have to do things by the book here.", "OPEN_TO_SOLUTION", False),
        ("Listen, I know we need to get it done one way or the other.", "OPEN_TO_SOLUTION", True),
        ("We get it done one way or the other, every year.", "OPEN_TO_SOLUTION", False),
        (
            "me and alan but hes happy for me to sort the heating he just does the sheep",
            "DECISION_AUTHORITY",
            True,
        ),
        ("She's happy for me to go ahead and ask him.", "DECISION_AUTHORITY", False),
        (
            "no its me its my yard my name over the gate i decide what goes on here",
            "DECISION_AUTHORITY",
            True,
        ),
        ("its my first time doing this", "DECISION_AUTHORITY", False),
        (
            "no its me carol does the books but if i say were doing something were doing it",
            "DECISION_AUTHORITY",
            True,
        ),
        # A reply's "no" before the place claimed; the decision over what goes on.
        ("no its my place i bought it off the old boy", "DECISION_AUTHORITY", True),
        ("no its not my place to say", "DECISION_AUTHORITY", False),
        ("Put it this way, I decide what goes on.", "DECISION_AUTHORITY", True),
        ("I don't decide what goes on.", "DECISION_AUTHORITY", False),
        # The old kit must go; the offer asked for.
        (
            "We're going to have to replace them at some point, I know that.",
            "OPEN_TO_SOLUTION",
            True,
        ),
        ("We're going to have to wait and see.", "OPEN_TO_SOLUTION", False),
        (
            "Look, tell me properly what the package is for three and I'll have a think.",
            "AGREES_TO_DISCUSS",
            True,
        ),
        ("Tell me what the weather's doing up there.", "AGREES_TO_DISCUSS", False),
        # Up for a change, if…; the whole of it owned.
        ("I'd be up for switching if the deliveries are reliable.", "OPEN_TO_SOLUTION", True),
        ("id be up for trying one run yeah if the numbers work", "OPEN_TO_SOLUTION", True),
        ("I'm not up for switching.", "OPEN_TO_SOLUTION", False),
        ("Yes, it's all mine.", "DECISION_AUTHORITY", True),
        ("The bookings and the invoicing are all mine.", "DECISION_AUTHORITY", True),
        ("The mess isn't all mine.", "DECISION_AUTHORITY", False),
        # Signing that off; picking who goes on the list.
        (
            "It comes out of the building budget, and I sign that off up to five thousand.",
            "DECISION_AUTHORITY",
            True,
        ),
        ("yeah thats me i pick who goes on the list", "DECISION_AUTHORITY", True),
        ("I don't pick who goes on the list.", "DECISION_AUTHORITY", False),
        # One side of the business owned.
        (
            "The bar's my side of things, and Mark looks after the grounds.",
            "DECISION_AUTHORITY",
            True,
        ),
        ("That's not my side of things.", "DECISION_AUTHORITY", False),
        # Needing something other than what they have (raw speech recognition).
        ("i mean i do need something thats not a pile of paper", "OPEN_TO_SOLUTION", True),
        ("I do need something to write on.", "OPEN_TO_SOLUTION", False),
        # Willing to look at anything that would help (raw speech recognition drops the
        # apostrophe of "we'd").
        (
            "honestly wed look at anything that took the ovens off my plate",
            "OPEN_TO_SOLUTION",
            True,
        ),
        ("We'd look at the figures first.", "OPEN_TO_SOLUTION", False),
    ],
)
def test_checkpoint_phrases(sentence: str, pattern: str, reached: bool) -> None:
    assert bool(getattr(lx, pattern).search(normalise(sentence))) is reached


@pytest.mark.parametrize(
    "sentence",
    [
        "We already use the booking module in our practice system.",
        "My worry is the older tenants, a lot of them won't touch a portal.",
        "She spends a good two hours a day just chasing contractors for updates.",
        "We need a better way to build the rota.",
        "We host clients almost every Monday.",
        "That's a lot more than we pay now, and we're always late on invoices.",
    ],
)
def test_rule_features_hold_the_need_and_objection_judgements(sentence: str) -> None:
    low = normalise(sentence)
    objection = is_objection(low)
    features = rule_features(low)
    assert features[:2] == (float(is_need(low, objection=objection)), float(objection))


@pytest.mark.parametrize(
    ("rep_labels", "pitched", "opens_reply", "expected"),
    [
        # The start of the call: nothing before it.
        ((), False, True, Context(False, False, False, False)),
        # In reply to an open question, after the rep has presented once.
        (("question_open",), True, True, Context(True, True, False, False)),
        # The second sentence of a reply to a closed question.
        (("question_closed",), False, False, Context(False, False, True, False)),
        # Straight after a presenting sentence; then later in the same reply.
        (("pitch",), True, True, Context(True, False, False, True)),
        (("pitch",), True, False, Context(True, False, False, False)),
    ],
)
def test_the_context_of_a_customer_statement(
    rep_labels: tuple[str, ...], pitched: bool, opens_reply: bool, expected: Context
) -> None:
    assert context(rep_labels, pitched=pitched, opens_reply=opens_reply) == expected


def test_rule_features_end_with_the_context() -> None:
    low = normalise("We lose a day a week to it.")
    bare = rule_features(low)
    placed = rule_features(low, where=Context(True, False, True, False))
    assert placed[: len(bare) - 4] == bare[:-4]
    assert bare[-4:] == (0.0, 0.0, 0.0, 0.0)
    assert placed[-4:] == (1.0, 0.0, 1.0, 0.0)


@pytest.mark.parametrize(
    ("sentence", "denied"),
    [
        ("But honestly, it doesn't sound like something we need.", True),
        ("It's whether we need it, and we don't.", True),
        ("we dont need it to be honest", True),  # raw speech recognition drops apostrophes
        ("We don't really need anything like that.", True),
        # What they have already does it.
        ("Yes, his portal does the rents, and that's all we need.", True),
        ("That's all we need.", False),
        # Not a denial of the need itself.
        ("We don't need another login, we need one place for all of it.", False),
        ("That's something we need.", False),
        ("We don't need anything fancy, just something that works.", False),
    ],
)
def test_the_need_denied(sentence: str, denied: bool) -> None:
    assert bool(lx.NEED_DENIED.search(normalise(sentence))) is denied


def test_a_need_denied_is_an_objection_though_the_need_classifier_reads_a_need() -> None:
    # The need classifier scores "it doesn't sound like something we need" above its
    # threshold (the word "need"); the denial outweighs it and turns the offer down, an
    # objection. The same customer admitting a need is read as one.
    def labels(said: str) -> list[str]:
        return _labels([Cue("Ann", 0, 5, "What do you make of it?"), Cue("Bob", 5, 10, said)])[said]

    assert labels("It doesn't sound like something we need.") == ["objection"]
    assert labels("We need something that saves the office two days a week.") == ["need"]


@pytest.mark.parametrize(
    ("sentence", "presents"),
    [
        ("Our product handles the whole rota for you.", True),
        ("Our booking app sends the reminders itself.", True),
        # A colleague named by their work presents nothing.
        ("I've brought Declan along, he's our product specialist.", False),
        ("I'll flag that to our product team.", False),
        # A booking slot offered is closing talk, not presenting.
        ("We've got an engineer based in Truro.", True),
        ("So I'll cut to the chase, we've got a slot in the second week of October.", False),
        # The app the customer asked about is theirs to ask about, not presented.
        ("hiya sue its jason from dairyline you were asking about the ordering app", False),
        ("so the ordering app takes the orders for you", True),
        # The reach it gives.
        ("Sign up and you're in front of every garden centre in the county.", True),
        ("you'd be in front of three hundred buyers on the day", True),
        ("So you're in front of the unit now?", False),
        # The scheme told of (since 2.137.0); not the customer asked to tell.
        ("Let me just tell you quickly about our hire scheme, it often suits schools.", True),
        ("Let me tell you about the last time it broke down.", False),
    ],
)
def test_pitch_phrases(sentence: str, presents: bool) -> None:
    assert bool(lx.PITCH.search(normalise(sentence))) is presents
