"""Questions, open or closed, and paraphrases: one sentence at a time."""

from __future__ import annotations

import pytest

from salescoach.domain.calls import lexicon as lx
from salescoach.domain.calls.questions import (
    content_stems,
    content_words,
    is_paraphrase,
    is_question,
    normalise,
    question_kind,
    split_sentences,
    stem,
)


@pytest.mark.parametrize(
    ("text", "punctuated", "expected"),
    [
        ("How is the quarter going?", True, True),
        ("You use Salesforce?", True, True),  # declarative, but marked with '?'
        # an inverted auxiliary outweighs the full stop transcription often puts on a question
        ("Do you use Salesforce.", True, True),
        ("Which team are you on.", True, True),
        ("We do use Salesforce.", True, False),
        ("Tell me more.", True, True),  # a request for explanation
        ("We use Salesforce.", True, False),
        ("Do you use a crm", True, True),  # cut off by the cue: the form decides
        ("do you use a crm", False, True),
        ("what are the main gaps", False, True),
        ("so w-what made you call us", False, True),
        ("or is it the reporting", False, True),
        ("that works for you right", False, True),
        ("that's right", False, False),
        ("we use a crm", False, False),
        ("walk me through the process", False, True),
        ('"Is it live?"', True, True),
        # a pronoun straight after the wh-word states ("what I'm hearing is…"), with or
        # without punctuation
        ("So what I'm hearing is the data comes too late.", True, False),
        ("so what i'm hearing is the data comes too late", False, False),
        ("what we need is a cleaner forecast", False, False),
        # requests to repeat are not questions about the customer
        ("Sorry?", True, False),
        ("Pardon me?", True, False),
        ("You what?", True, False),
        ("what", False, False),
        # agreement by inversion is a statement
        ("So do we.", True, False),
        ("neither do i", False, False),
        # an inverted tag makes a question whatever the end mark
        ("It was a busy quarter, wasn't it.", True, True),
        ("The rollout went fine, did it.", True, True),
        ("We had to do it.", True, False),  # "do it" is a verb and its object, not a tag
        # hesitation sounds are dropped before the form is read
        ("did uh did you see the report", False, True),
        ("Would, um, would you consider it.", True, True),
        # "what about…" / "how about…" ask with a full stop too, but not the exclamation
        ("What about the renewal dates.", True, True),
        ("Okay, how about your team.", True, True),
        ("how about the finance side", False, True),
        ("How about that.", True, False),
        ("Why not start with one depot.", True, True),
        ("Sure, why not.", True, False),  # agreeing, not asking
        ("Anything else on your list.", True, True),
        ("You ever tried a shared calendar.", True, True),
        ("What's your timeline.", True, True),
        ("Where's the bottleneck.", True, True),
        # requests to explain, however punctuated
        ("Talk to me about the handover.", True, True),
        ("Catch me up on the pilot.", True, True),
        ("Remind me why you moved suppliers.", True, True),
        # a relative clause going on from the sentence before states, but a choice asks
        ("Which is why we moved to monthly billing.", True, False),
        ("which was a pain for the team", False, False),
        ("which is better for you monthly or yearly", False, True),
        # a pseudo-cleft states, though it opens like a question
        ("What happens is the invoice sits in a queue.", True, False),
        ("what bothers me is the lag", False, False),
        ("What happens if it fails.", True, False),  # a wh-word alone is no question
        ("what happens if it fails", False, True),
        # wondering aloud about others muses; about the listener it asks
        ("I wonder how they keep up with it all.", True, False),
        ("I was wondering if you could send the figures.", True, True),
        # a question quoted after a reporting verb asks the listener nothing
        ("And I said, why is it so expensive?", True, False),
        ("So he goes, have you tried turning it off?", True, False),
        ("It's like, how is anyone meant to track that?", True, False),
        ("Did you say the renewal is in May?", True, True),
        # "…, you know?" closing a statement is a filler, not a question
        ("We lose a day on every order, you know?", True, False),
        ("So are they willing to pay for it, you know?", True, True),
        # an embedded "or not" and "believe it or not" are no tags
        ("I'm not sure if it works or not", True, False),
        ("It works, believe it or not", True, False),
        ("that works for you or not", False, True),
        # in a punctuated transcript a one-word tag needs its comma
        ("I think that's right", True, False),
        ("That works for you, right", True, True),
        # raw speech recognition: a greeting or a reaction before the question
        ("hello is that marguerite", False, True),
        ("ha no bother at all is now a good time", False, True),
        ("grand so have you had a busy month", False, True),
        ("hello there", False, False),
        # A bidding may name the customer first; wondering aloud after a word is no bidding.
        ("Right, Moira, tell me what's going on with them.", True, True),
        ("maybe, I wonder if they read these at all.", True, False),
        # Telling the customer to say when they are ready is no question.
        ("Tell me when you're there.", True, False),
        ("Tell me when you first noticed it.", True, True),
        # A bidding after a short lead.
        ("Before I say anything about us, tell me about the pub.", True, True),
        ("To start with, walk me through a normal Friday.", True, True),
        ("Before the pub opened, I told them about it.", True, False),
        # "How about this:" announces a proposal; it asks nothing.
        ("So how about this: I'll set up your trial account today.", True, False),
        ("How about the Saturday.", True, True),
        ("How about this, I'll send you both a short summary today.", True, False),
        ("What about this, we'll do it on Monday?", True, True),
        # "Whereabouts" opens a question like "where", even unpunctuated.
        ("whereabouts do you keep the spare keys", False, True),
        # A greeting before the question, as raw speech recognition has it.
        ("hiya is that dean", False, True),
        # "Go on" before a bidding.
        ("Go on, tell me about that side of it.", True, True),
        ("go on tell me a bit more about that", False, True),
        ("Go on then, I've got ten minutes.", True, False),
        # Raw speech recognition: a question to the listener after a lead clause, with
        # nothing between.
        ("thats a fair worry what tooling are you running at the moment", False, True),
        ("hi bob its ann from brightline can you hear me ok", False, True),
        ("its the big van under the arch is that right", False, True),
        ("no not today is there anything else i can help with", False, True),
        # … but not where the words before make it part of their clause, nor the filler.
        ("so when ken goes whats the plan at the moment", False, True),
        ("you filled in the form last week what made you get in touch", False, True),
        ("tidy so what made you get in touch", False, True),
        ("thats what made the difference for us", False, False),
        ("we want to do you a good price on it", False, False),
        ("and they said are you the owner", False, False),
        ("the vans are you know getting on a bit", False, False),
        ("i know what you mean about the vans", False, False),
        # With punctuation the full stop decides.
        ("That's a fair worry what tooling are you running.", True, False),
        # A question after a clause of context: "…, so I'm curious what…".
        ("I saw you'd read our guide, so I'm curious what made you look at it.", True, True),
        ("I saw you'd read our guide, so I'm keen to help.", True, False),
        # A sales call's opener after a lead clause.
        ("thats alright most people do is now a bad time", False, True),
        ("thats alright most people do now and again", False, False),
        # How a thing works or what it said, after a lead clause; not said of oneself.
        ("and the letter from the water board what did it actually say", False, True),
        (
            "i wanna get a picture of the kitchen at the moment how does it work for you",
            False,
            True,
        ),
        ("i know how it works", False, False),
        # A greeting with "there", a raw "whatre", asking leave ("could I…") or after the
        # customer ("…you alright") after a lead clause; not a question reported.
        ("hi there is that fiona", False, True),
        ("so whatre you mostly using at the moment", False, True),
        ("hi fiona its lee from northwood timber you alright", False, True),
        ("im round bath next week anyway could i pop into the workshop", False, True),
        ("he asked could i come on monday", False, False),
        # Raw "hows", and "nice" leading in.
        ("no worries so hows the bottling going for you at the minute", False, True),
        ("nice so do you want me to go through the options", False, True),
        ("nice one cheers", False, False),
        # "No problem" leading in.
        ("no problem how about monday morning", False, True),
        ("no problem at all", False, False),
        # "Take me through…" asks, however it ends.
        ("Take me through exactly what you see and hear.", True, True),
        ("It takes me through the whole day.", True, False),
        # An offer made with "can do you" or "I'll do you" asks nothing; a question after a
        # lead clause still asks.
        ("so while were there i can do you a new drive at ten percent off", False, False),
        ("ill do you a good price on the edging", False, False),
        ("the edging ive priced it up do you want it done as well", False, True),
        # Raw "id" is "i'd": what the rep would suggest is no question.
        ("what id suggest is we come out on monday and measure up", False, False),
        ("what did you suggest to them", False, True),
        # A person named, asked after, without punctuation.
        ("ok is daniel someone youd be happy to introduce me to", False, True),
        ("is tom around this week", False, True),
        ("daniel is someone youd like", False, False),
        # Asking after them at the end, without punctuation.
        ("morning bev its darren from northwrap hows things", False, True),
        ("thats how things are on the farm", False, False),
        # Whether a step would do, asked after what the rep offers, without punctuation.
        (
            "if i get you a drawing by the end of next week would that give you time to put it "
            "on the agenda",
            False,
            True,
        ),
        ("if i get you a drawing by friday that would give you time", False, False),
        # What they have, asked after a lead clause, without punctuation.
        ("so i wont keep you long whats your set up for gas at the moment", False, True),
        ("youll see whats your best option", False, False),
        # What brought them, asked after "so" and a lead clause; an instruction to do it again.
        ("brilliant thanks for getting back to us so what made you fill the form in", False, True),
        ("thanks for that so what we do is fill the form in for you", False, False),
        ("Do it once more and check the tip comes out clean.", True, False),
        ("Do it again?", True, True),
        # Asked in the middle of a raw sentence: whether it is wanted, who decides (since
        # 2.98.0); not the same words told.
        (
            "and if there was a way to get that without digging up the yard is it something youd "
            "want to do this winter",
            False,
            True,
        ),
        ("and you mentioned your dad is it just you that decides on this", False, True),
        ("i know it is something youd want to do this winter", False, False),
        # Leave asked at the end of a raw sentence (since 2.101.0).
        ("and ill give you a ring friday to see what steve thinks is that ok", False, True),
        ("the ring on friday is that ok", False, True),
        ("i think that is ok", False, False),
        # A question after "no worries at all" (since 2.102.0).
        ("no worries at all so what can i do for you", False, True),
        ("no problem at all so how can i help", False, True),
        ("no worries at all i can do that for you", False, False),
        # What has been happening, asked at the end of a raw sentence (since 2.103.0).
        (
            "thats fine ill be quick so when we chatted you said the old machine was giving you "
            "a bit of bother whats been going on with it",
            False,
            True,
        ),
        ("oh no whats been happening", False, True),
        ("i know whats been going on with it", False, False),
        # Whether it would get it over the line, at the end of a raw sentence (since 2.104.0).
        (
            "tell you what if i can get my manager to knock another fifty off would that get it "
            "over the line",
            False,
            True,
        ),
        ("i think that would get it over the line", False, False),
        # What was wondered about, in the middle of a raw sentence (since 2.105.0).
        (
            "thanks ill be quick so um i was just wondering what you do with all your grass "
            "cuttings and hedge trimmings and that at the minute",
            False,
            True,
        ),
        ("and i was wondering about that myself", False, False),
        # Leave asked after a point granted (since 2.106.0).
        (
            "yeah no i get that um can i ask have all your staff got their level two at the moment",
            False,
            True,
        ),
        ("yeah no i get that um we did ask them", False, False),
        # Who does what the business needs done, raw (since 2.107.0).
        ("sure who signs it off on your side", False, True),
        ("sure the treasurer signs it off on our side", False, False),
        # What was wondered about after "and", raw or after a clause (since 2.108.0).
        (
            "we do bread and pastries for a few cafes round kelham island and i was just "
            "wondering how youre getting on with your bread at the moment",
            False,
            True,
        ),
        (
            "So on the form you mentioned tablecloths, and I was wondering how you handle them "
            "at the moment.",
            True,
            True,
        ),
        ("So on the form you mentioned tablecloths, and I was wondering about them.", True, False),
        # What the rep wanted to ask, raw (since 2.109.0).
        ("so i wanted to ask how things are with the geese at the moment", False, True),
        (
            "we do oven cleaning round the bay and i just wanted to ask how you deal with the "
            "ovens",
            False,
            True,
        ),
        ("so i wanted to ask her about it but she was out", False, False),
        # After "so" ending a lead clause; who else decides, after any word (since 2.111.0).
        ("you said to give you a ring so um have you got five minutes now", False, True),
        ("so apart from you who else would need to say yes before we start", False, True),
        ("so have you", False, False),
        ("and the lads who else work there are all local", False, False),
        # Being asked after "so"; a way asked for; whether someone would be up for it (since
        # 2.132.0).
        (
            "no worries at all take your time so um are you still looking at putting some "
            "courts in at ashby",
            False,
            True,
        ),
        ("yeah of course so how about i email you a quote for two courts", False, True),
        ("it was so are you", False, False),
        (
            "ah right so thats after the price rise um is there any way they could do an email "
            "vote",
            False,
            True,
        ),
        ("right and would peter be up for a quick call this week", False, True),
        ("peter would be up for it", False, False),
        # What the rep can do for the caller, after "so" (since 2.133.0).
        (
            "oh right yeah we do a fair bit with them theyre good lads um so what can i do for you",
            False,
            True,
        ),
        ("so what i can do for you is knock ten percent off", False, False),
        # What the rep can do for the caller, after a greeting (since 2.113.0).
        ("morning gwen what can i do for you", False, True),
        # What a thing looks like, how things are going, after a lead clause (since 2.114.0).
        ("and when someone new starts what does the training look like on day one", False, True),
        (
            "great so rather than me talking at you how are things going in the cafe",
            False,
            True,
        ),
        ("i know what the training looks like on day one", False, False),
        # Leave to ask after any word; a wh-question of a thing named, also after "and"; after
        # "just so I know" (since 2.117.0).
        ("but before i go on can i ask what youre running at the moment", False, True),
        ("when you say mostly what doesnt he cover", False, True),
        (
            "and if one went off the road in the season what would that mean for the yard",
            False,
            True,
        ),
        ("yeah i hear you and what did it cost you when the big one was off", False, True),
        ("and just so i know is it you that makes the call on the boxes", False, True),
        ("thats what did it in the end", False, False),
        ("so weve got a lad who does it round the back", False, False),
        ("just so you know it is what it is", False, False),
        # "How come" after a lead; a wh-question with "do" and what is theirs, after "and"; a bid
        # to tell after a clause (since 2.120.0).
        ("oh right how come", False, True),
        ("and its how come he calls me", False, False),
        ("yeah that makes sense and what do your regulars actually ask for", False, True),
        ("and what your regulars ask for is cask", False, False),
        (
            "I'd rather hear about your set-up than talk at you, so tell me a bit about the farm.",
            True,
            True,
        ),
        ("I'll send it over, so tell me if it doesn't arrive.", True, False),
        # How long it has been, after a lead (since 2.121.0).
        ("no its not nice at all how long has it been since the bins were cleaned", False, True),
        ("its been a long time since the bins were cleaned", False, False),
        # A cost asked for after the point granted; "just" wondering how (since 2.124.0).
        ("it is what did the missed flight end up costing you", False, True),
        ("it was what did the damage to the roof", False, False),
        ("I was just wondering how last season's crop came out for you.", True, True),
        ("I was just wondering, um, getting back to the school run.", True, False),
        # What tends to happen, raw; what usually happens, said as a statement (since 2.125.0).
        ("what tends to go wrong with them", False, True),
        ("what usually happens is it stops", False, False),
        # The best way to do something, after a lead, raw (since 2.126.0).
        ("understood whats the best way to get it in front of him", False, True),
        ("understood thats the best way to get it in front of him", False, False),
        # What goes on, raw, after a point granted; not the pseudo-cleft (since 2.134.0).
        (
            "yeah i get that um what happens on the floor when a carer has to go out for a morning",
            False,
            True,
        ),
        ("yeah i get that what happens is they ring the office", False, False),
        ("im looking forward to seeing what happens over there", False, False),
        # What it would look like, raw, after a lead (since 2.135.0); a doing put to them.
        (
            "if you could wave a magic wand what would a good first month look like for them",
            False,
            True,
        ),
        ("if you could wave a magic wand it would look like this", False, False),
        (
            "and is getting outside help with that something youd consider or is the plan to "
            "keep it in house",
            False,
            True,
        ),
        ("and getting outside help is something we did last year", False, False),
        # Raw after a lead: whether now suits, "an" and "alright"; whether someone named would
        # be up for it; whether anyone else has a say; what a thing is like (since 2.136.0).
        ("thats us is now an okay time for ten minutes or so", False, True),
        ("well here i am um is now an alright time or are you busy", False, True),
        ("thats us now an okay time for ten minutes", False, False),
        ("when hes back would he be up for us coming out to do a survey", False, True),
        ("when hes back he would be up for us coming out", False, False),
        ("and apart from your uncle is there anyone else who would have a say", False, True),
        ("apart from the pans whats it like to actually work on day to day", False, True),
        ("apart from the pans thats what its like to work on", False, False),
        # After the greeting of the day; after a point granted and put aside (since 2.137.0).
        ("hi good morning is that sophie lund", False, True),
        ("good morning fernhill plant hire shane speaking", False, False),
        ("sure sure i totally get that but are you happy with what youre paying", False, True),
        ("i totally get that but it only takes one evening after you close", False, False),
        # A choice after "so"; what they are after, after any word (since 2.138.0).
        (
            "or its the card deposit and i can have it tomorrow so which is easier for you",
            False,
            True,
        ),
        (
            "every site in south yorkshire by the sound of it so right what is it youre after",
            False,
            True,
        ),
        ("the van is the one which is easier for you to load", False, False),
        # What brought them, after any word and "so" (since 2.140.0).
        (
            "oh dont worry i know exactly what its like so what made you ask for it in the first "
            "place",
            False,
            True,
        ),
        ("i know what its like so what made it worse was the rain", False, False),
        # A negative tag of "there" or "that" needs a comma where a full stop ends the sentence
        # (since 2.140.0).
        ("So even the backup wasn't there.", True, False),
        ("Okay, so it isn't that.", True, False),
        ("It was busy on Saturday, wasn't there.", True, True),
        ("uh theres really a lot isnt there", False, True),
        # "is that…" after "you", which no clause goes on with (since 2.141.0).
        (
            "and when you say they drive past you is that something youve actually heard from them",
            False,
            True,
        ),
        ("thank you is that all of it then", False, True),
        ("i told you that was the last one", False, False),
        # Whether they are doing something, or it is worth it, after "but" (since 2.142.0).
        ("yeah loads of gyms do but are they giving you thirty percent off", False, True),
        (
            "i get that but is it worth her time if shes only getting on it now and again",
            False,
            True,
        ),
        ("they wanted to but are allowed only two", False, False),
        # What they were after and an offer to book them, after "so"; which one suits them after
        # any word; a plain tag after "never" (since 2.143.0).
        ("ha we try um so what was it you were after", False, True),
        ("i know what it was you were after", False, False),
        (
            "its always better to have both of you there anyway so shall i put you down for "
            "saturday at ten",
            False,
            True,
        ),
        ("shes going to the show and so shall i", False, False),
        (
            "brilliant ive got thursday at eleven or saturday morning at ten which one suits you "
            "better",
            False,
            True,
        ),
        ("which one suits you better", False, True),
        ("we went for the one at ten which suits us fine", False, False),
        (
            "yeah no i hear that a lot with the thirties houses the alcoves are never a standard "
            "size are they",
            False,
            True,
        ),
        ("They're never on time are they.", True, True),
        ("half of them are never at a desk so they just dont do it", False, False),
        # A yes or no after the leave taken; whether the plan suits them, at the end; whether
        # they have a moment, said as wondered (since 2.144.0).
        (
            "i wont keep you long i just wanted to ask have you had any bother with catalytic "
            "converters going missing",
            False,
            True,
        ),
        ("i just wanted to ask and see what they said", False, False),
        (
            "ok brilliant so if we do the five in the yard on tuesday at six does that work for "
            "you",
            False,
            True,
        ),
        ("we tried the blue one and it does that work for us", False, False),
        (
            "Your name was on the hoarding at the old Victoria Mill job, and I wondered if you had "
            "a couple of minutes.",
            True,
            True,
        ),
        ("I wondered if you'd gone quiet on me.", True, True),
        ("I wondered about that myself.", True, False),
        # The sigh "isn't it always the way" asks nothing (since 2.145.0).
        ("Ha, isn't it always the way.", True, False),
        ("Isn't it the one by the door.", True, True),
    ],
)
def test_is_question(text: str, punctuated: bool, expected: bool) -> None:
    assert is_question(text, punctuated=punctuated) is expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("What happens when a deal slips?", "open"),
        ("How do you run the forecast?", "open"),
        ("Why now?", "open"),
        ("Walk me through your week.", "open"),
        ("Help me understand the approval process.", "open"),
        ("Okay, and describe the handover?", "open"),
        ("Right, so what's driving that?", "open"),  # open after a lead-in clause
        ("How many reps do you have?", "closed"),  # one fact
        ("What's your budget?", "closed"),
        ("Do you use a CRM?", "closed"),
        ("Is it Monday or Tuesday?", "closed"),
        ("Who else is involved?", "open"),
        ("Where do you keep the numbers?", "open"),
        ("Is there anything else?", "open"),
        ("I'm wondering what that costs you.", "open"),
        ("Could you give me an example?", "open"),
        ("Wha-what made you call?", "open"),  # the false start is folded first
        ("On a scale of 1 to 10, how confident are you?", "closed"),  # a number answers it
        ("Why don't we meet on Monday?", "closed"),  # a proposal
        ("Why don't you tell me what's been going on?", "open"),  # a proposal that they talk
        # An invitation later in the question still opens it.
        ("We met last week and I'm wondering if you can tell me how it went?", "open"),
        ("Would you mind filling me in?", "open"),
        ("Do you have any thoughts on the rollout?", "open"),
        ("Can you tell me if the renewal is signed?", "closed"),  # one yes/no
        ("-what was different this time?", "open"),  # a cut-in dash
        # a restart after a cut-off starts a clause
        ("Is it-- why did the project stall?", "open"),
        ("Wha-wha-what made you call?", "open"),  # the repeat and the false start both fold
        # asking for the other person's view anywhere in the question opens it
        ("So if we changed the rota, what do you think would happen?", "open"),
        ("I wanted to ask you how the rollout felt?", "open"),
        ("Honestly, I'm interested to know what you've tried so far?", "open"),
        ("Talk to me about the handover?", "open"),
        ("Remind me why you moved suppliers?", "open"),
        # wondering whether asks yes or no; wondering how invites
        ("I wonder if we could look at the contract?", "closed"),
        ("I'm just wondering, is there a budget for it?", "closed"),
        ("I'm just wondering how the team took it?", "open"),
        # each sentence of a longer text starts a clause
        ("Okay. Thanks for that. What made you look now?", "open"),
        # a proposal is yes or no; "how about" someone or something asks about them
        ("How about Thursday?", "closed"),
        ("What about a two-week trial with five of your regulars?", "closed"),
        ("What if we phased it?", "closed"),
        ("How about your family, what do they make of it?", "open"),
        ("What about the nights you're not there?", "open"),
        # asking leave to ask how or what, or for a picture, invites an account
        ("Can I ask how a decision like this gets made?", "open"),
        ("Could you give me a picture of how an order comes in?", "open"),
        ("Can I ask if you've got a budget?", "closed"),
        # the customer's words echoed with "how?" ask them to explain
        ("Falls over how?", "open"),
        ("Run your life in what way?", "open"),
        ("Falls over?", "closed"),
        # a time proposed with "what about", and the closing offer of a service call
        ("What about after Easter, would May suit better?", "closed"),
        ("How about the end of the month?", "closed"),
        ("Is there anything else I can help with today?", "closed"),
        ("Is there anything else you'd like to tell me about it?", "open"),
        # One fact asked for: an email, a size, the numbers.
        ("What's the best email for you?", "closed"),
        ("So what sort of size is the lawn?", "closed"),
        ("Can you tell me the numbers of the two that failed?", "closed"),
        ("Can you tell me what happened after that?", "open"),
        ("What if you paid a deposit now and the rest in March?", "closed"),  # a proposal
        # A proposal that lists what it offers, wh-clauses and all, asks yes or no.
        (
            "So how about I put together a page, the cost, what it saves, and you send it on?",
            "closed",
        ),
        ("What did Bradford come in at, roughly?", "closed"),  # a figure
        ("Oh right, who've you got, if you don't mind me asking?", "closed"),  # a name
        # Whether there is more the rep should do or bring, or more to ask: yes or no.
        ("Anything else either of you want me to cover before Thursday?", "closed"),
        ("Is there anything else on the account you'd like me to look at?", "closed"),
        ("Anything else I should bring?", "closed"),
        ("Anything else before I let you get back to it?", "closed"),
        ("Anything else you'd want in it?", "open"),
        # A "where" that opens a relative clause asks nothing of its own.
        (
            "Would you be open to a different way of doing it, where the gate and the billing "
            "talk to each other?",
            "closed",
        ),
        ("And the spare keys, where do you keep those?", "open"),
        # "Whereabouts" asks like "where"; where the customer is, is a fact asked for.
        ("Whereabouts does the signal drop out at the moment?", "open"),
        ("Whereabouts are you, Sevenoaks way?", "closed"),
        ("Where are you based?", "closed"),
        ("Where are you with the new rota?", "open"),
        # Asking whether they would mind telling invites the story; a figure asked for is a fact.
        ("Would you mind telling me what happened?", "open"),
        ("Would you mind telling me if the van's back?", "closed"),
        ("What figure did you have in mind?", "closed"),
        # A day proposed with "this": yes or no.
        ("How about this Thursday at half ten?", "closed"),
        ("How's Thursday afternoon, say two o'clock?", "closed"),
        ("How's business been this year?", "open"),
        ("How about this week, how's it been?", "open"),
        # "What I'll do…", put as a question, proposes.
        (
            "Look, what I'll do is send both options, and you take them to the committee?",
            "closed",
        ),
        # A topic named, then a yes/no question about it; asking to be told whether.
        ("What about finance, though, is that something your customers ask for?", "closed"),
        ("What about the staff, how do they find it?", "open"),
        ("What about the pro shop, is there anything he'd change?", "open"),
        ("Could you press it a couple more times and tell me if it goes all the way?", "closed"),
        ("Tell me how it goes when you press it.", "open"),
        # Without punctuation the question after the lead clause decides.
        ("so when you say its gone hard again what are you noticing", "open"),
        ("good morning brightline service desk ann speaking how can i help", "open"),
        ("hi bob its ann from brightline can you hear me ok", "closed"),
        # A figure or a name asked for, however politely; not an account of how.
        ("Can I ask how many vans you run?", "closed"),
        ("Can I ask how the rota gets made?", "open"),
        ("What did that cost you, roughly?", "closed"),
        ("What did that cost you?", "open"),
        ("Who's the installer, so I can ring them?", "closed"),
        ("And who's your current supplier?", "closed"),
        ("Who's involved when a big order comes in?", "open"),
        # A day or a rate asked for.
        ("How does Thursday look?", "closed"),
        ("How does the rota look at the moment?", "open"),
        ("What unit rate have they put on it?", "closed"),
        ("What rate are you paying at the moment?", "closed"),
        # A wh-question with a guess to say yes or no to; not a how-question.
        ("So what kind of building are you in, is it stone?", "closed"),
        ("Who signs off on it, is that you?", "closed"),
        ("How do you decide what goes on the shelves, is that down to yourself?", "open"),
        ("What's been going on, tell me more?", "open"),
        # A rough figure asked for, whatever the verb; a picture asked for stays open.
        ("What are you paying them, roughly, if you don't mind me asking?", "closed"),
        ("What sort of volumes are you doing a month, roughly?", "closed"),
        ("What does the monthly budget look like, roughly?", "open"),
        # Who the supplier is; a statement with a tag asking for agreement.
        ("Who is it you're with at the moment?", "closed"),
        ("Fine is fine until it isn't, you know what I mean?", "closed"),
        ("You know what I mean?", "open"),
        # A reading asked for; a job's worth asked for.
        ("Can you open the Devices page and tell me what it says next to the card?", "closed"),
        ("Could you refresh it and tell me what you see?", "closed"),
        ("And what does the tablet say now?", "closed"),
        ("Tell me what happened when it stopped.", "open"),
        ("Can I ask, what's one boiler install worth to you?", "closed"),
        ("What would make it worth it for you?", "open"),
        ("What do your landlords pay at the moment?", "closed"),
        # Who someone is, asked bare; a question after a spaced long dash.
        ("Who's Sandra?", "closed"),
        ("Who's involved?", "open"),
        (
            "So you filled in the form last week — what was going on that made you get in touch?",
            "open",
        ),
        # A reading asked for bare; a measure; a rough number; who someone is, then a guess.
        ("What's it reading?", "closed"),
        ("whats the gauge saying now", "closed"),
        ("What's the plan saying about the stairs?", "open"),
        ("How heavy are the heaviest panels, do you know?", "closed"),
        ("What sort of number were you hoping for?", "closed"),
        ("Who's Martin, sorry, is he the director?", "closed"),
        # A day asked of the customer.
        ("perfect how are you fixed thursday morning", "closed"),
        ("How are you getting on with it?", "open"),
        # What they pay now (since 2.71.0 without "roughly" too: writers mark it closed).
        ("What are you paying for a refill?", "closed"),
        ("What are you paying them?", "closed"),
        ("What are you paying attention to first?", "open"),
        # A proposal of the rep's own; not one that the customer talks.
        ("what about if i dropped some brochures in for the bridal folder", "closed"),
        ("How about if you share with me what the effects are?", "open"),
        # Who does it, with the guess alone.
        ("Who's doing the wrapping at the minute, you?", "closed"),
        # A day proposed with "the".
        ("How about the Saturday after, then?", "closed"),
        ("How about the people who'd use it?", "open"),
        # Asked to be taken through what happens; not put through to someone.
        ("Can you take me through exactly what happens when you print?", "open"),
        ("Can you take me through to accounts?", "closed"),
        # Who, with the guess alone; a reading of a thing named in two words.
        ("Who'd usually be going, just the two of you?", "closed"),
        ("Who'd usually be going?", "open"),
        ("If you open the app, what does the status screen say?", "closed"),
        ("What does the rest of the team say about it?", "open"),
        # A reading off the kit is one fact; what it shows, described, is not.
        ("What colour is the light on the tracker showing at the moment?", "closed"),
        ("And what battery level does the app show?", "closed"),
        ("Could you press the button and tell me what colour the light is now?", "closed"),
        ("What error message do you see exactly?", "closed"),
        ("Can you tell me what the display is showing exactly?", "open"),
        ("Tell me what happened when the light went out.", "open"),
        # Whether there is more the rep should know: yes or no.
        ("Is there anything else about the entrance I should know before Thursday?", "closed"),
        ("What else should I know about the entrance?", "open"),
        ("Is there anything else on your mind before we finish?", "closed"),
        ("What's on your mind?", "open"),
        # A measurement read off the display.
        ("Can you look at the display and tell me what the humidity's reading?", "closed"),
        # A day proposed with "next" or a date; asked to be told a thing is done.
        ("How's next Wednesday morning?", "closed"),
        ("How does Tuesday the fourteenth at ten look?", "closed"),
        ("How does the new rota look to the drivers?", "open"),
        (
            "Can you tell me the driver has disconnected his hoses and the fill point caps are "
            "back on?",
            "closed",
        ),
        ("Can you tell me the way the deliveries usually go?", "open"),
        # Who someone is, by role or by whom they are with, asks for a name (since 2.98.0);
        # who it is up to asks how they decide.
        ("Who's the framework supplier?", "closed"),
        ("Who's the best person there to talk to?", "closed"),
        ("Who's your terminal with at the moment?", "closed"),
        ("Who would that be?", "closed"),
        ("Who would it be up to?", "open"),
        # A measure asked for (since 2.99.0).
        ("whats the width at the narrowest do you reckon", "closed"),
        ("What's the width of the gate?", "closed"),
        # How things stand asked after "how are you fixed for…"; an offer to go through
        # something, whatever wh-clause it names (since 2.100.0).
        ("How are you fixed for stock at the moment?", "open"),
        ("How are you fixed Thursday morning?", "closed"),
        (
            "Shall I take you through what we'd suggest, and then you can tell me what won't work?",
            "closed",
        ),
        (
            "Can I talk you through, very briefly, how we'd normally go about a refill shop?",
            "closed",
        ),
        # Who holds a role now, with a reason after it (since 2.102.0).
        ("And who's the chair at the moment, in case they have any questions?", "closed"),
        # "Who'd…" after a yes/no question opens a relative clause; not after leave to ask; whom
        # to send something to is one fact (since 2.103.0).
        (
            "Is it just you who'd decide on this, or is there anyone else, a landlord or a "
            "business partner, who'd need to be involved?",
            "closed",
        ),
        ("Can I ask, if something did change, who would make a decision like that?", "open"),
        ("Who would I send the agreement over to?", "closed"),
        ("Who would you normally go to for advice on it?", "open"),
        # Who else takes part, after leave to ask; leave asked to show; a raw guess after
        # "who's…" (since 2.104.0).
        ("Before I do, can I ask who else would be involved in deciding?", "open"),
        ("Can I ask who looks after the bookings at the clinic?", "closed"),
        (
            "Would it be okay if I showed you a few of ours, and you tell me what fits and what "
            "doesn't?",
            "closed",
        ),
        ("okay so whos rob is he the uh the owner", "closed"),
        ("so whos rob and what does he do for you", "open"),
        # How to reach someone, what a control is set to, how close (since 2.105.0); not the
        # best way to win someone over.
        ("great and whats the best way to get hold of her", "closed"),
        ("What's the best way to get it in front of him?", "open"),
        ("What's the pressure set to?", "closed"),
        ("How close is the cottage to where the gate is now?", "closed"),
        # A guess for a yes or no after leave asked (since 2.106.0).
        ("Can I ask, who owns the house, is it just you?", "closed"),
        ("Can I ask, who owns the house and what do they want from it?", "open"),
        # "What," said while reaching for a figure or a date (since 2.107.0).
        ("You've got, what, six trucks on site?", "closed"),
        ("So you're keen, and they next meet on the, what, the fourteenth?", "closed"),
        ("So what, in your view, is the biggest problem?", "open"),
        # Leave asked for one fact (since 2.108.0).
        ("Could I ask what sort of budget you normally have for the outside areas?", "closed"),
        ("Can I ask what you've looked at so far?", "open"),
        # A choice of two, a guess after "out of interest" or put as "would it be…", and a sum
        # set by (since 2.109.0).
        ("Who pays at the moment, the student or the college?", "closed"),
        ("Where does that show up for you, in the margins or somewhere else?", "open"),
        ("And out of interest, who decides on contractors, is it you or the bursar?", "closed"),
        ("Who'd make the call on this, would it be you or would Jack have a say?", "closed"),
        ("What's at the leisure centre at the moment, is there anything built in?", "open"),
        ("What had you pencilled in?", "closed"),
        # A degree asked for; a reading listed (since 2.111.0); not how busy.
        ("How warm does it get by midnight, roughly?", "closed"),
        ("And how full do you get across the year?", "closed"),
        ("How busy are you these days?", "open"),
        ("Can you go into the menu and tell me what it lists under GPS source?", "closed"),
        # What one of the rep's people would do, proposed (since 2.112.0).
        ("What if the coach came in to do a free taster assembly first?", "closed"),
        # How quickly (since 2.113.0).
        ("How quickly can they turn it around?", "closed"),
        # A date proposed (since 2.117.0).
        ("no problem how about the twenty third for both", "closed"),
        ("How about the health side of it?", "open"),
        # The closing offer with what it is for (since 2.120.0).
        (
            "Is there anything else for the conference we can help with, badges or banners?",
            "closed",
        ),
        ("Is there anything else for the conference you'd like to tell me about?", "open"),
        # What the light does; what it reads; whom they bought from; who, with the guess put as
        # "is there a…" (since 2.121.0).
        (
            "Could you unclip the lead, so nothing's connected, and tell me what the light does?",
            "closed",
        ),
        ("If you put it across the terminals, what does it read?", "closed"),
        ("Who did you get them from?", "closed"),
        ("Who did you get on with best?", "open"),
        (
            "Who else is involved with the building, is there a freeholder or a managing agent?",
            "closed",
        ),
        ("And where does that leave you with Hallmark, is there a way back?", "open"),
        ("no its not nice at all how long has it been since the bins were cleaned", "closed"),
        # Dates and days asked for (since 2.123.0).
        ("And when you say before March, what dates are you closed?", "closed"),
        ("Karen, what days suit you?", "closed"),
        # "Is there anything else" of things; the best way to reach someone, asked to be told
        # (since 2.124.0).
        ("Is there anything else plugged in near the door, like a heater or a kettle?", "closed"),
        ("Is there anything else on your list, or is it mainly the heat?", "closed"),
        ("Is there anything else up there you're worried about?", "open"),
        ("Could you tell me the best way to reach her?", "closed"),
        ("Could you tell me the best way to handle it?", "open"),
        # Whom to speak to (since 2.125.0).
        ("who should i be speaking to in estates", "closed"),
        ("Who should I be worried about?", "open"),
        # The day or time theirs (since 2.126.0).
        ("What's your usual order day?", "closed"),
        ("What's the date?", "closed"),
        ("What's your typical day like?", "open"),
        # A reading of a part named with its place (since 2.128.0).
        ("What does the little screen on the front say?", "closed"),
        ("What does the little screen on the front do for you?", "open"),
        # One fact to be told (since 2.129.0); one of several, and how a thing came about, are
        # not.
        (
            "Can you wipe it with a dry cloth, and then tell me how big the gap is between the "
            "sensor and the little magnet?",
            "closed",
        ),
        ("Could you tell me how long it's been doing that?", "closed"),
        ("Can you tell me what time suits?", "closed"),
        ("Can you tell me how it started?", "open"),
        ("Could you tell me how you handle it now?", "open"),
        # A quantity proposed, raw; a place bought from (since 2.129.0).
        ("what about two cases then i can still do free delivery on two", "closed"),
        ("What about one of your other sites?", "open"),
        ("And where are you getting your lanterns from at the moment?", "closed"),
        ("Where are you getting stuck?", "open"),
        # Where to write; help offered (since 2.130.0).
        ("And what email address should I use for the brochure?", "closed"),
        ("What emails do they send you?", "open"),
        (
            "Would it help if I explained how our workshop day runs, and you can tell me what "
            "fits?",
            "closed",
        ),
        ("What would help most?", "open"),
        # Whose name; the supplier used now, as "who do you use?" (since 2.131.0).
        ("And what's his name on the system, so I can pull up his account?", "closed"),
        ("What's her name on the booking?", "closed"),
        ("What's in a name, for your customers?", "open"),
        ("Who are you using at the moment?", "closed"),
        ("Who are you hoping to reach with it?", "open"),
        # Any "shall we…?" (since 2.132.0).
        (
            "Shall we put twenty minutes in for Tuesday morning, so you can tell me how it went?",
            "closed",
        ),
        ("So you can tell me how it went, what would suit?", "open"),
        # Asked to start by telling; any "what if…?" but a refusal wondered about (since
        # 2.133.0).
        (
            "Rather than me talking about us, could you start by telling me how buying actually "
            "works at Brackley today?",
            "open",
        ),
        ("Could you start by sending me the list?", "closed"),
        ("What if the first half of the visit is a free look at your figures?", "closed"),
        ("And what if they won't?", "open"),
        # Whose the role is; who does a job now (since 2.134.0).
        ("okay and whos the regional manager for you", "closed"),
        ("And who's doing the permit applications today?", "closed"),
        ("whos looking after the conveyors now", "closed"),
        ("And who's running it when you're drying round the clock?", "open"),
        # Who does it as a rule, whom the rep has on the line, an area (since 2.137.0).
        ("Who looks after the inspections on the ladders you've got now?", "closed"),
        ("And who takes care of the flag itself?", "closed"),
        ("and who looks after them for you at the moment", "open"),
        ("And who am I speaking to?", "closed"),
        ("What's the floor area?", "closed"),
        ("What's the area like round the yard?", "open"),
        # Use or help asked after before showing; how much to book (since 2.138.0).
        (
            "Would it be useful if I walked you both through how we'd normally handle a firm "
            "your size, and you tell me what doesn't fit?",
            "closed",
        ),
        ("Would it be helpful if we went through it, and you tell me what fits?", "closed"),
        ("So what can I put you down for?", "closed"),
        ("What can I do for you?", "open"),
        # Which of two matters more (since 2.139.0).
        (
            "What matters more to you, keeping the cost under ten, or getting it up before spring?",
            "closed",
        ),
        ("What matters more to you?", "open"),
        # Who someone is, with "sorry"; who signs for whom; the hours kept; what is charged
        # (since 2.140.0).
        ("Who's Martin, sorry?", "closed"),
        ("Now, who's the signatory for the practice?", "closed"),
        ("Who's on the board for the practice, and what will they want to see?", "open"),
        ("What are your opening hours, by the way?", "closed"),
        ("What are your quietest hours?", "open"),
        ("what are you charging the families for the hearse at the moment", "closed"),
        ("What are they charging you, if you don't mind me asking?", "closed"),
        # What they spend on one; "just so I know" before a guess (since 2.141.0).
        ("What do you normally spend on an order with Highmoor?", "closed"),
        ("What do you spend most of your time on?", "open"),
        (
            "And just so I know, who makes the buying decisions at the shop, is that you?",
            "closed",
        ),
        ("Just so I know, who else would have a say in something like this?", "open"),
        # What they are spending (since 2.142.0).
        ("roughly what are you spending there each month", "closed"),
        ("What are you spending most of your time on these days?", "open"),
        # One thing guessed after what (since 2.143.0).
        ("And what do you want it crushed down to, a six F two?", "closed"),
        ("What would good look like for you, a year from now?", "open"),
        ("And what about the little ones, a couple of the younger ones?", "open"),
        # A guess after asking what a thing does or is like leaves the question open; a named
        # person's surname is one fact (since 2.144.0).
        ("What did the excavator actually do up there, was he pulling the stumps out?", "open"),
        ("What's the warehouse like, is it heated at all?", "open"),
        ("What makes you say that, was it someone who'd had one fitted?", "open"),
        ("What do you use at the moment, is it a spreadsheet?", "closed"),
        ("What's Gareth's surname, so I get the right address?", "closed"),
        # The guess put to them; raw, who decides guessed as them; how thick; "anything else"
        # offered while the rep has them (since 2.145.0).
        ("What is it you farm, are you beef, sheep, dairy?", "closed"),
        (
            "and who would need to sign that off is it you or is there someone else involved",
            "closed",
        ),
        ("and who else is it you deal with there", "open"),
        ("How thick are the walls, do you know roughly?", "closed"),
        ("Is there anything else on the machine while I've got you?", "closed"),
        ("Anything else while I've got you?", "closed"),
        ("Is there anything else you'd like to know about it?", "open"),
    ],
)
def test_question_kind(text: str, kind: str) -> None:
    assert question_kind(text) == kind


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("So you'd want a terminal that prints the tickets.", True),
        # The customer's want put back to them (since 2.61.0), not an instruction.
        ("Okay so you need something that works when there's no signal.", True),
        ("So you want something that sorts out the fuel.", True),
        ("So you need to press the reset button.", False),
        ("So you want me to send it again?", False),
        ("So it's less about the kit and more about somebody being there at seven.", True),
        ("So it's not really about the price, it's the people.", True),
        ("So it's about ten minutes from the depot.", False),
        # "So it's really about…", raw "so its…", after "fair enough" (since 2.70.0).
        ("So it's really about getting paid for every rod on the bank.", True),
        ("fair enough so its really about getting paid for every rod on the bank", True),
        ("Fair enough, it's about ten minutes away.", False),
        # "Just so I've got it right, …", "just so I'm clear, …", not asked (since 2.71.0).
        ("Just so I'm clear, the main thing for you is getting the subs in.", True),
        ("Just so I've got it right, you'd want the twelve-month plan.", True),
        ("And just so I've got it right, he's back on the fourteenth?", False),
        # "If I've understood", with a comma after it (since 2.68.0).
        ("So if I've understood, Jess would want something that feels natural.", True),
        ("So if I've understood the form, it's due Friday?", False),
        # Not just one thing but another (raw speech recognition, and punctuated).
        (
            "so its not just the bill its the stock and the work you have to turn away when the "
            "water gets tight",
            True,
        ),
        ("So it's not just the money, it's hanging on to your team as well.", True),
        ("So it's not just me.", False),
        # Something said earlier recalled to lead into a question restates nothing (since
        # 2.98.0); what they said, put back, does.
        ("You mentioned the reception area at the show, what's going on there?", False),
        ("You said the reception floods when it rains.", True),
        # Whatever is needed or wanted, put back (since 2.131.0).
        (
            "So you need references that come back faster, and you need to be able to trust "
            "the income checks.",
            True,
        ),
        ("So you want the name changing as well as the repaint.", True),
        ("So you want to book it for March?", False),
        # What it comes down to, put back (since 2.134.0); not the rep's verdict.
        ("So it really is a straight price comparison, and their service isn't in question.", True),
        ("So it's really the branding that matters to them.", True),
        ("So it's really the better deal all round.", False),
        # How they stand, put back (since 2.135.0); not who they are or what they are after.
        ("so youre winning the candidates but then theyre stuck in hotels for weeks", True),
        ("Okay, so you're two VAT quarters behind and there's a penalty letter.", True),
        ("Perfect, so you're the one who can sign the authority form?", False),
        ("So you're after bunting for the high street?", False),
        ("So you're all set.", False),
        # Whatever the goal or the aim (since 2.136.0).
        ("So the goal is every tool tagged and in date, certificates in one place.", True),
        ("So the aim is a proper repair that keeps its character.", True),
        ("So the goals of the day are on the board.", False),
        # The customer's condition on any answer; what they would have saved (since 2.137.0).
        ("So whatever you do, the students keep the people they know.", True),
        ("So whatever goes in can't ask anything of Jonah.", True),
        ("So if you'd known within the hour, you could have saved the lot.", True),
        ("So if you'd like, I can send the brochure.", False),
        ("So what do you do about it now?", False),
        # What has gone on since a time the customer named (since 2.138.0).
        ("So since Saturday morning, checkout two is flagging a weight problem.", True),
        ("So since we spoke, I've had a word with the factory.", False),
        # What weighs more with them (since 2.139.0).
        ("So a date you can rely on matters more than getting the lowest price.", True),
        ("So timing matters more than shaving the price.", True),
        ("So what matters more, the price or the date?", False),
        # After a point granted (since 2.141.0).
        ("that makes sense so you want something that more or less runs itself", True),
        ("That makes sense, you'd be splitting the takings with an outside bar.", False),
        ("That makes total sense, so the goal is clean bins before harvest.", True),
    ],
)
def test_restating_phrases(sentence: str, expected: bool) -> None:
    # A restating phrase also keeps the sentence from the pitch classifier.
    assert bool(lx.PARAPHRASE_START.match(normalise(sentence))) is expected


@pytest.mark.parametrize(
    ("turn", "customer", "expected"),
    [
        ("So what I'm hearing is the reports come late.", "", True),
        ("It sounds like the team is stretched.", "", True),
        ("If I understand correctly, renewals are manual.", "", True),
        ("You're saying nobody owns it.", "", True),
        ("You feel stuck between the two teams.", "", True),  # framed around the customer
        ("So the renewals slip every quarter.", "Our renewals slip all the time.", True),
        ("So let's look at pricing.", "Our renewals slip all the time.", False),  # no overlap
        ("Do you mean the renewals?", "Our renewals slip.", False),  # asking, not restating
        ("Fine. Did you say the renewals slip?", "Our renewals slip.", False),
        ("We have a feature for that.", "Our renewals slip.", False),
        # an invitation to talk asks, whatever words it shares
        (
            "Before we get to us, I'd love to hear how a slipped renewal plays out for you.",
            "Our renewals slip.",
            False,
        ),
        ("The renewals slip, and I'd love to hear why.", "Our renewals slip.", False),
        ("The renewals slip. I'd love to hear why.", "Our renewals slip.", True),
        ("So okay. So the renewals slip.", "Our renewals slip.", True),  # second "so" sentence
        # a statement repeating a content word of the customer's, compared by stem:
        # "renewal" ← "renewals" in both
        ("The renewal is the sore point.", "Our renewals slip all the time.", True),
        # …but not in product language
        ("Our platform tracks every renewal.", "Our renewals slip all the time.", False),
        # …and only in the first sentence of more than three words: here the echo is the second
        # ("Okay." is too short to count)…
        (
            "Okay. Let me explain how billing works here. The renewals slip for many teams.",
            "Our renewals slip.",
            False,
        ),
        # …and here the first
        (
            "Okay. The renewals slip for many teams. Let me explain how billing works.",
            "Our renewals slip.",
            True,
        ),
        # a restating phrase counts in the second sentence too
        (
            "Let me check I follow. It sounds like the team is stretched.",
            "We are short of people.",
            True,
        ),
        # the rep speaking of their own side offers or plans, whatever words are shared
        ("I'll send the renewal plan today.", "Our renewals slip.", False),
        ("We could move the renewal date.", "Our renewals slip.", False),
        ("Let's look at renewals next week.", "Our renewals slip.", False),
        # "I hear you" alone acknowledges; with what was heard, it restates
        ("I hear you.", "Our renewals slip.", False),
        ("I hear that the team is stretched.", "We are short of people.", True),
        # a filler or a thank-you shared with the customer is no restatement
        ("Thanks, mm-hmm.", "Mm-hmm, thanks.", False),
        # a reassurance, or an instruction, is no restatement either
        (
            "That's completely normal, most people haven't had it inspected.",
            "The racking's never been inspected.",
            False,
        ),
        ("Ha, that's not selfish at all.", "It sounds selfish, but I want my weekends.", False),
        (
            "Lovely, switch the machine back on and I'll clear the fault.",
            "I've switched the machine off.",
            False,
        ),
        ("The machine's switched off, then.", "I've switched the machine off.", True),
        (
            "First, take the dairy and the meat and put it in your back fridge.",
            "The dairy and the meat are in the warm fridge.",
            False,
        ),
        (
            "Okay, give it a couple of minutes for the vans to show.",
            "The vans aren't showing.",
            False,
        ),
        ("So the vans aren't showing.", "The vans aren't showing.", True),
        (
            "Just remember to turn the key back before the engineer arrives.",
            "I've turned the key and the gate's free.",
            False,
        ),
        # Raw "you are welcome" is a courtesy, as "you're welcome" is.
        (
            "you are welcome dennis speak soon",
            "thank you karen that is a weight off my mind",
            False,
        ),
        (
            "you are worried it will be a weight on your mind",
            "it is a weight on my mind",
            True,
        ),
        # Thanks with a name and a goodbye is a courtesy.
        ("Thanks Fiona, bye.", "Fiona will pass it on to him.", False),
        ("So Fiona will pass it on to him.", "Fiona will pass it on to him.", True),
        # Courtesies that share the customer's words restate nothing.
        ("That's a really fair worry.", "My worry is the fair weekend.", False),
        ("Well, you've come to the right place.", "I need the right place for it.", False),
        ("So you've got nowhere to put it.", "We've got nowhere to put it.", True),
        # Agreeing is not restating; nor is recalling what was said before (since 2.99.0).
        (
            "You're right, it should, and I'm sorry it wasn't set up that way.",
            "That should have been on in the first place.",
            False,
        ),
        ("You mentioned people ringing.", "We're swamped on Saturdays.", False),
        # Sympathy restates nothing (since 2.100.0).
        (
            "Oh no, that's the last thing you want before an appeal.",
            "Our winter appeal goes out on Thursday.",
            False,
        ),
        # Sympathy and the point taken restate nothing (since 2.101.0); raw, the point taken
        # may run on into a restatement.
        (
            "Sorry about that, Lloyd, that's not what you want on a new saw.",
            "It cuts out on a new saw.",
            False,
        ),
        (
            "That's useful to know, damp is usually what gets the auto capsules.",
            "The jackets live in a damp shed, the auto capsules are old.",
            False,
        ),
        (
            "okay thats useful to know so kev makes the decision",
            "kev makes the decision on anything like that",
            True,
        ),
        # What the customer's message said before the call is recalled, not restated (since
        # 2.102.0); the rep framing what they have just said still restates.
        (
            "Your message mentioned you're having trouble with seals.",
            "Hello, it's Greg from the farm shop.",
            False,
        ),
        (
            "So your email said something about a forklift and one of your uprights.",
            "Morning, yes, this is Kerry.",
            False,
        ),
        (
            "So your seals are letting air in after a day or two.",
            "The seals let air in after a day or two.",
            True,
        ),
        # A choice taken, a point acknowledged and thanks with "so much" restate nothing (since
        # 2.104.0); "so much of…" still sums up.
        ("Post it is.", "Post is better than email, I never look at my email.", False),
        (
            "That's a good point about the fire side.",
            "I'm not sure foam off the market would pass the fire regulations.",
            False,
        ),
        (
            "Thanks so much, Maggie.",
            "Mornings are best, I'm up at the hall most afternoons.",
            False,
        ),
        # A thank-you answered (since 2.138.0).
        (
            "You're very welcome, Martin.",
            "Brilliant, thank you so much, you've saved my week.",
            False,
        ),
        (
            "You're very worried about the weekend, then.",
            "I'm worried sick about the weekend.",
            True,
        ),
        # The customer credited with knowing better (since 2.139.0).
        (
            "You'd know your numbers better than me.",
            "I reckon we lose a grand a month, maybe more.",
            False,
        ),
        (
            "You'd rather lose the numbers than the month.",
            "I'd rather lose the numbers than the month.",
            True,
        ),
        (
            "So much of your week goes on the phones, then.",
            "Half my week goes on the phones.",
            True,
        ),
        # A choice taken after a word of its own (since 2.105.0).
        (
            "Noted, spring it is.",
            "And if the price is right, I'll want it in before the lambs go out in the spring.",
            False,
        ),
    ],
)
def test_is_paraphrase(turn: str, customer: str, expected: bool) -> None:
    assert is_paraphrase(turn, customer) is expected


def test_sentences_split_after_end_marks() -> None:
    assert split_sentences("Hi. How are you? Good!") == ["Hi.", "How are you?", "Good!"]
    assert split_sentences("no punctuation here") == ["no punctuation here"]
    assert split_sentences("   ") == []


def test_normalise_and_content_words() -> None:
    assert normalise("  'W-Why Now?' ") == "why now?"
    assert normalise("Wha-what do you mean") == "what do you mean"
    assert normalise("I-I-I think so") == "i think so"
    assert normalise("So, uh, what now?") == "so, what now?"
    assert normalise("Customer, um.") == "customer, ."  # "customer" keeps its "er"
    assert normalise("-What was different?") == "what was different?"  # a cut-in dash
    assert normalise("…and then?") == "and then?"
    assert content_words("The renewals are slipping, really.") == {"renewals", "slipping"}


def test_hyphenated_words_are_no_stutters() -> None:
    # A false start is the first letters of the word after it; the parts of a hyphenated word
    # are not, and stay whole.
    assert normalise("I'll e-mail it over tonight.") == "i'll e-mail it over tonight."
    assert normalise("We have to re-key everything.") == "we have to re-key everything."
    assert normalise("My brother-in-law sorted it.") == "my brother-in-law sorted it."
    assert normalise("A one-to-one on Friday.") == "a one-to-one on friday."
    assert normalise("Th-that was it.") == "that was it."


def test_repeated_words_fold_near_the_start_but_never_across_a_cut_word() -> None:
    assert normalise("Did, did you see it?") == "did you see it?"
    # The first 32 characters end inside "talk": "don't t" is no repeat of "t", and the
    # "t" after an apostrophe is no word of its own.
    assert normalise("The shop and the website don't talk to each other.") == (
        "the shop and the website don't talk to each other."
    )
    assert normalise("I can't tell, t-tell you") == "i can't tell you"


def test_raw_speech_recognition_gets_its_contractions_back() -> None:
    assert normalise("ive also updated it so theres no charge") == (
        "i've also updated it so there's no charge"
    )
    # Only where the sentence has no apostrophe at all, and only words that are no other
    # word: "its", "well", "were" and "ill" stay as they are.
    assert normalise("I've said dont") == "i've said dont"
    assert normalise("well its fine were ill") == "well its fine were ill"
    assert normalise("whos involved in signing it off") == "who's involved in signing it off"
    assert normalise("whatre you using") == "what're you using"
    assert normalise("hows it going") == "how's it going"
    # "lets" before the act it proposes is "let's"; "it lets you…" stays.
    assert normalise("yes lets do that") == "yes let's do that"
    assert normalise("lets say friday then") == "let's say friday then"
    assert normalise("it lets you see the takings") == "it lets you see the takings"


def test_stems_drop_one_common_suffix_when_four_letters_remain() -> None:
    assert stem("renewals") == "renewal"
    assert stem("slipping") == stem("slipped") == "slipp"
    assert stem("uses") == "uses"  # "us" and "use" would be too short
    assert content_stems("Renewals slipped.") == {"renewal", "slipp"}
