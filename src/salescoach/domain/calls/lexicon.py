"""The phrase patterns the call analysis recognises, as data written by hand (not mined).

Every pattern runs on lower-cased text, so none needs re.IGNORECASE (which is several times
slower). Leading `\\b` lets the regex engine skip quickly to word starts."""

from __future__ import annotations

import re

BACKCHANNEL_MAX_WORDS = 3
BACKCHANNEL_MAX_S = 2.0

# Filler a question or a restatement may start with: "so,", "and", "okay", "um".
LEAD_IN = (
    r"^(?:(?:so|and|okay|ok|well|now|right|but|alright|all right|great|then|um|uh|er|erm|mm-hmm|"
    r"uh-huh|hmm|huh|yeah|oh|and then|also|exactly|yes|sure|i see|got it|absolutely|"
    r"perfect|cool|thanks|thank you|gotcha|i mean|like|you know|(?:hello|hi|hey) there|hello|hi|"
    r"hiya|hey|grand|ha|ah|"
    # (Since 2.137.0 also the greeting of the day, raw "hi good morning is that sophie lund".)
    r"good (?:morning|afternoon|evening)|"
    r"lovely|brilliant|nice|tidy|fair enough|no (?:bother|worries|problem)(?: at all)?|"
    # (Since 2.141.0 also a point granted, raw "that makes sense so you want something that more
    # or less runs itself…".)
    r"(?:that|it) makes (?:total |perfect |complete )?sense)"
    r"[,.?!;:\s-]+)*"
)
# Numbers said in words, for the patterns that reach for a figure: the digits, and a sum as
# it starts ("twenty", "a hundred", "£", "5…").
_DIGIT_WORD = r"one|two|three|four|five|six|seven|eight|nine"
_TENS_WORD = r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
# A fault code said in words: "E twenty-one", "F oh four" (since 2.124.0).
_SPOKEN_CODE = (
    r"\b[a-z]{{1,2}} (?:(?:oh|zero) )?(?:(?:{0})(?:[- ](?:{1}))?|{1}|ten|eleven|{2})".format(
        _TENS_WORD, _DIGIT_WORD, r"twelve|(?:thir|four|fif|six|seven|eigh|nine)teen"
    )
)
_SUM_START = r"(?:" + _DIGIT_WORD + r"|ten|twenty|thirty|forty|fifty|a hundred|\d|£|\$)"
_MONTHS = r"january|february|march|april|may|june|july|august|september|october|november|december"
# A date of the month: "the 14th", "the ninth", "the twenty-fourth" (not "the path", "the
# board", "the rest", which end in the same letters; since 2.81.0).
_ORDINAL = (
    r"(?:\d{1,2}(?:st|nd|rd|th)|(?:twenty[- ]?|thirty[- ]?)?(?:first|second|third|fourth|fifth|"
    r"sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)"
    r"teenth|twentieth|thirtieth)\b"
)
# Contractions as raw speech recognition writes them, without the apostrophe ("ive updated
# it", "dont worry", "thats fine"), and as they are read. Only forms that are no other word:
# not "its", "well", "were", "id", "ill", "lets", "hell", "wed".
BARE_CONTRACTIONS = {
    "dont": "don't", "cant": "can't", "wont": "won't", "ive": "i've", "im": "i'm",
    "youre": "you're", "theyre": "they're", "doesnt": "doesn't", "didnt": "didn't",
    "isnt": "isn't", "wasnt": "wasn't", "wouldnt": "wouldn't", "couldnt": "couldn't",
    "shouldnt": "shouldn't", "havent": "haven't", "hasnt": "hasn't", "hadnt": "hadn't",
    "arent": "aren't", "werent": "weren't", "thats": "that's", "whats": "what's",
    "theres": "there's", "weve": "we've", "youve": "you've", "theyve": "they've",
    "youll": "you'll", "theyll": "they'll", "itll": "it'll", "youd": "you'd",
    "theyd": "they'd", "shes": "she's", "hes": "he's", "whos": "who's", "wheres": "where's",
    "whatre": "what're", "hows": "how's",
}  # fmt: skip
# "lets" is "let's" only before the act it proposes: "yes lets do that", "lets say friday" (not
# "it lets you see the takings"; since 2.84.0).
BARE_LETS = (
    r"lets(?= (?:do|say|book|meet|see|talk|get|make|have|put|try|pencil|set|fix|call|schedule|"
    r"look|start|go for)\b)"
)
BARE_CONTRACTION = re.compile(r"\b(?:" + "|".join(BARE_CONTRACTIONS) + "|" + BARE_LETS + r")\b")
# Hesitation sounds that carry nothing: "would uh would you" reads as "would would you".
FILLER = re.compile(r"(?<![\w'-])(?:uh|um|uhm|erm)(?![\w'-]),?\s*")
# Where a clause starts: the sentence start, or after a comma, semicolon, colon or dash (a
# spaced dash, short or long, or the long dash of a restart: "is it-- why did she leave").
CLAUSE_START = re.compile(r"(?:^|[,;:.?!]\s+|\s(?:-+|—)\s*|\w(?:--+|—)\s*)")
# Stutters that hide the first word: "what-what" → "what", and false starts that the next word
# completes: "w-why" → "why", "wha-what" → "what", "i-i-i" → "i". Not the parts of a
# hyphenated word: "e-mail", "re-key", "one-to-one", "brother-in-law" stay whole.
STUTTER = re.compile(r"\b([\w']++)(?:-+\1\b)+|\b(\w{1,4})-+(?=\2\w)")
# A false start that the next word completes ("wha-what"), for what STUTTER leaves of
# "wha-wha-what".
FALSE_START = re.compile(r"\b(\w{1,4})-+(?=\1\w)")
SENTENCE_END = re.compile(r"(?<=[.?!])\s+(?=\S)")
ANY_END_PUNCTUATION = re.compile(r"[.?!]")
WORD = re.compile(r"[a-z0-9']+")

_SUBJECT = (
    r"(?:you|we|i|they|he|she|it|that|this|there|these|those|your|the|our|anyone|anybody|"
    r"everyone|somebody|someone|any|y'all|ya|now)"
)
# Someone's readiness or wish put as "would … be": "would peter be up for a quick call…".
_BE_READY = r"be (?:up for|able to|free|around|available|happy|interested|willing|keen)\b"
# Which of the choices just put suits them: "…so which is easier for you".
_WHICH_SUITS = r"which (?:is|would be) (?:easier|better|best) for you\b"
# What brought the customer to call ("…so what made you fill the form in"), and, after "but",
# whether they are doing something or it is worth it ("…but are they giving you thirty percent
# off", "…but is it worth her time"): each both the lead's lookahead and the question.
_WHAT_BROUGHT_YOU = r"what\s+(?:made|brought|got)\s+you\b"
_BUT_ASKS = r"(?:are\s+they\s+[a-z]+ing|is\s+it\s+worth)\b"
# What they are after, now or when they first got in touch: "…so right what is it youre after
# exactly", "…um so what was it you were after" (since 2.143.0 also in the past).
_WHAT_YOURE_AFTER = r"what (?:is|was) it (?:you're|you are|you were) (?:after|looking for)\b"
# Which of the slots or choices just put suits them, with "one": "…or saturday morning at ten
# which one suits you better" (since 2.143.0; "…at ten which suits you" may go on from the
# slot, so "one" is needed after a lead).
_WHICH_ONE_SUITS = r"which one (?:suits|would suit) you\b"
# The rep asking while they have the customer on the line: "anything else while I've got you?"
# is a yes or no; "while I've got you, we've now got…" offers more on a service call.
_GOT_YOU = r"while i(?:'ve| have) got you"
AUXILIARY_START = re.compile(
    # (Not an instruction, "do it once more and check the tip comes out clean", since 2.97.0.)
    LEAD_IN + r"(?!do (?:it|that|this) (?:once more|again|one more time|twice|now|for me)\b)"
    # (Nor, since 2.145.0, the sigh "isn't it always the way".)
    r"(?!isn't (?:it|that) (?:always|just) the way\b)"
    r"(?:do|does|did|is|are|was|were|can|could|would|will|should|shall|have|has|had|may|"
    r"might|must|am|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|won't|wouldn't|can't|"
    r"couldn't|shouldn't|haven't|hasn't)\s+" + _SUBJECT + r"\b"
    # … or a person named, asked after: "ok is daniel someone youd be happy to introduce me
    # to", "is Tom around this week" (since 2.85.0).
    r"|" + LEAD_IN + r"(?:is|was) [a-z]+ (?:someone|somebody|the (?:one|person)|around|about|"
    r"available|free)\b"
    # (Since 2.132.0 also whether they would be up for it, raw "right and would peter be up for
    # a quick call this week…".)
    r"|"
    + LEAD_IN
    + r"(?:would|will|could) [a-z]+ "
    + _BE_READY
    + r"|"
    # (Since 2.135.0 also a doing put to them, raw "and is getting outside help with that
    # something youd consider…", as "is fixing it something you're planning…?" asks.)
    + LEAD_IN
    + r"is [a-z]+ing\b(?: [\w']+){0,6}? something (?:you|you'd|youd|you're|youre|"
    r"you'll|you've|we)\b"
)
# A wh-word followed by an auxiliary or a contraction: a direct question even without '?'.
WH_QUESTION = re.compile(
    LEAD_IN + r"(?:what|how|why|when|where|whereabouts|who|which|whose)(?:'s|'re|'d|'ve|'ll|\s+(?:"
    r"do|does|did|is|are|was|were|can|could|would|will|should|have|has|had|about|else|kind|"
    r"sort|type|other|"
    r"made|happens|happened|makes|brought|led|would|much|many|long|often|part|exactly|"
    r"specifically|if|then|caused|prompted|got|gets|worries|concerns|"
    # (Since 2.125.0 also what tends to happen, raw "what tends to go wrong with them".)
    r"tends|tend|goes|usually|normally|typically))\b"
    # … or who does what a business needs done: raw "sure who signs it off on your side"
    # (since 2.107.0).
    r"|" + LEAD_IN + r"who (?:signs|decides|approves|handles|deals with|manages|runs|owns|looks "
    r"after|sorts)\b"
    # … and "how come" (since 2.120.0, raw "how come you stopped").
    r"|" + LEAD_IN + r"how come\b"
    # … and which one suits them (since 2.143.0, raw "which one suits you better").
    r"|" + LEAD_IN + _WHICH_ONE_SUITS
)
# A wh-word, up to two words, then an inverted auxiliary: "what branch were you in". Not a
# pronoun straight after the wh-word: "what I'm hearing is the…" and "what we need is…" state.
WH_NOUN_QUESTION = re.compile(
    LEAD_IN + r"(?:what|which|how|whose|where|when|why|who)"
    r"(?!\s+(?:i|i'm|we|we're|you|you're|they|they're|he|she)\b)(?:\s+[a-z']+){0,2}"
    r"(?:\s+of\s+[a-z']+(?:\s+[a-z']+)?)?\s+(?:do|does|did|"
    r"is|are|was|were|can|could|would|will|should|have|has|had)\s+" + _SUBJECT + r"\b"
)
# Short echo questions that only make sense as questions: "really", "you do", "is that so".
ECHO_QUESTION = re.compile(
    r"^(?:oh\s+)?(?:really|you do|you did|you are|you have|you were|is that so|is that right|"
    r"are you serious|what)$"
)
# "so you think…": a statement shape that asks for confirmation in unpunctuated speech.
SO_YOU_QUESTION = re.compile(
    r"^(?:(?:and|oh|well|uh|um)\s+)*so\s+(?:you|your)\s+(?:think|work|have|haven't|don't|do|"
    r"are|were|live|mean|guys|all|say|said|go|like|use|had|get)\b"
)
# Raw speech recognition gives a cue as one sentence, so a question to the listener often
# follows a lead clause with nothing between: "that's a fair worry what tooling are you
# running", "hi Jo it's Marcus can you hear me okay", "…under the sink is that right". Not
# after a word that makes it part of the clause before ("I know what you…", "to do you…",
# "they said are you…", "and do you…"), nor "are you know" (the filler). The question
# itself is group 1.
# A wh-word asking about a thing or someone already named: "what would that mean…", "what
# doesn't he cover", "when did it start…" (not "who", which also opens a clause: "a lad who
# does it round the back"; since 2.120.0 also with "do" and what is theirs, "…and what do your
# regulars actually ask for").
_WH_OF_IT = (
    r"(?:what|how|where|why|when)\s+(?:do|does|did|doesn't|didn't|would|will|could)\s+(?:he|she|"
    r"they|it|that|this|your\s+[a-z]+)\b"
)
_NOT_BEFORE_QUESTION = (
    r"i|you|we|they|he|she|it|that|this|there|what|who|how|where|why|which|when|if|whether|"
    r"know|wonder|ask|asked|said|say|says|see|tell|told|sure|idea|understand|is|was|that's|to|"
    r"not|don't|can't|didn't|never|so|neither|nor|than|as|and|or|but|of|about|on|in|at|for|"
    r"with|like|well|oh|think|thought|guess|mean|remember|decide|explain|show|matter|depends|"
    # An offer: "i can do you a brand new drive", "I'll do you a deal" (since 2.81.0).
    r"can|could|will|would|i'll|we'll|ill"
)
MID_QUESTION = re.compile(
    r"(?:(?:^|\s)(?!(?:" + _NOT_BEFORE_QUESTION + r")\s)\S+\s+|"
    # (Since 2.106.0 also leave asked after a point granted, "yeah no i get that um can i ask
    # have all your staff got their level two".)
    # (Since 2.134.0 also what goes on, "yeah i get that um what happens on the floor when…")
    # (Since 2.137.0 also the point granted and then put aside, "sure sure i totally get that but
    # are you happy with what youre paying".)
    r"\b(?:get|see|understand|appreciate|hear) that\s+(?:(?=can i ask\b|what happens\b(?! is\b))|"
    r"but\s+(?=(?:are|do|have|would)\s+you\b))|"
    # (Since 2.108.0 also what was wondered about after "and", "…for a few cafes round kelham
    # island and i was just wondering how youre getting on with your bread".)
    r"\band\s+(?=(?:i was|i'm|i am)\s+(?:just\s+)?wondering\s+(?:what|how|why|where|who)\b|"
    # (Since 2.109.0 also what the rep wanted to ask, "…round the bay and i just wanted to ask
    # how you deal with the ovens".)
    r"i\s+(?:just\s+)?wanted\s+to\s+ask\s+(?:you\s+)?(?:how|what|why)\b)|"
    # (Since 2.111.0 also after "so" that ends a lead clause, "you said to give you a ring so
    # um have you got five minutes now"; since 2.132.0 also "…take your time so um are you
    # still looking at putting some courts in", "…so how about i email you a quote".)
    r"\S\s+so\s+(?=(?:have|do|did|can|could|would)\s+you\b|are\s+you\s+(?!know\b)\w|"
    # (Since 2.133.0 also "…theyre good lads um so what can i do for you".)
    r"how\s+about\b|what\s+can\s+(?:i|we)\s+do\s+for\s+you\b|"
    # (Since 2.138.0 also a choice after it, "…i can have it on site tomorrow morning so which
    # is easier for you"; since 2.97.0 what brought them, "brilliant thanks for getting back to
    # us so what made you fill the form in", and since 2.140.0 after any word, "…i know exactly
    # what its like so what made you ask for it in the first place…".)
    # (Since 2.143.0 also what they were after and an offer to book them, "ha we try um so what
    # was it you were after", "…so shall i put you down for saturday at ten".)
     + _WHICH_SUITS + r"|" + _WHAT_BROUGHT_YOU + r"|" + _WHAT_YOURE_AFTER + r"|shall\s+i\s+\w)|"
    # (Since 2.111.0 also who else decides, after any word, "so apart from you who else would
    # need to say yes before we start".)
    # (Since 2.114.0 also how things are going, after any word, "…rather than me talking at
    # you how are things going in the cafe at the moment"; since 2.117.0 leave to ask, "…but
    # before i go on can i ask what youre running at the moment".)
    # (Since 2.141.0 also "is that/it…" after "you", which no clause goes on with, "…they drive
    # past you is that something youve actually heard from them…".)
    r"\byou\s+(?=is\s+(?:that|it|this)\s)|"
    # (Since 2.142.0 also whether they are doing something, or it is worth it, after "but",
    # "yeah loads of gyms do but are they giving you thirty percent off", "i get that but is it
    # worth her time if…".)
    r"\S\s+but\s+(?=" + _BUT_ASKS + r")|"
    # (Since 2.144.0 also a yes or no after the leave the rep took, "i wont keep you long i just
    # wanted to ask have you had any bother with…".)
    r"\bwanted\s+to\s+ask\s+(?=(?:have|do|did|are|were|would|could|can)\s+you\b)|"
    r"\S\s+(?=who\s+else\s+(?:would|do|does|is|needs|has|gets|should|will|might)\b|how\s+are"
    r"\s+things\s+going\b|can\s+i\s+(?:just\s+)?ask\b)|"
    # (Since 2.117.0 also a wh-question on what was said after "and", "yeah i hear you and what
    # did it cost you…".)
    r"\band\s+(?=" + _WH_OF_IT + r")|"
    # (Since 2.117.0 also after "just so I know", "…just so i know is it you that makes the
    # call on the boxes…".)
    r"\bso\s+(?:i|we)\s+know\s+(?=(?:is|are|do|does|did|have|has|can|could|would|will)\s)|"
    # (Since 2.124.0 also after the customer's point granted, "it is what did the missed
    # flight end up costing you".)
    r"^(?:(?:yeah|yes)\s+)?it\s+(?:is|was|does|did)\s+(?=(?:what|how\s+much)\s+(?:did|does|"
    r"do|would|will)\s+(?:the|your|that|this)\s))("
    # (Since 2.117.0 also of a thing or someone named before, "when you say mostly what doesnt
    # he cover", "…in the season what would that mean for the yard".)
    + _WH_OF_IT
    + r"|(?:do|does|did|have|has|can|could|would|will)\s+you\b|(?:are|were)\s+you\b(?!\s+know\b)|"
    r"(?:could|can|shall|may)\s+i\b|you\s+(?:alright|all right|okay|ok)$|"
    # … and asking after them at the end: "morning bev its darren from northwrap hows things"
    # (since 2.86.0).
    r"how's (?:things|it going|business|trade)$|"
    r"(?:what|how|where|why|who|which|when)(?:\s+[a-z]+)?\s+"
    r"(?:do|does|did|are|were|have|can|could|would|will)\s+you\b|"
    r"is that right$|is there anything\b|can i ask\b|how can i help\b|"
    # (Since 2.132.0 also a way asked for, "…after the price rise um is there any way they
    # could do an email vote".)
    r"is there any (?:way|chance)\b|how about (?:i|we|if)\b|"
    # (What goes on, only after a point granted, above; since 2.134.0.)
    r"(?<=\bthat )what happens\b(?! is\b)|"
    # (Since 2.121.0 also how long it has been, "…not nice at all how long has it been since the
    # bins were properly cleaned out".)
    r"how long (?:has|have|is|was) (?:it|that|this|they|he|she) been\b|"
    # What a thing cost them (since 2.124.0).
    r"(?:what|how\s+much)\s+(?:did|does|do|would|will)\s+(?:the|your|that|this)\s+"
    r"(?:[a-z-]+\s+){1,3}?(?:end\s+up\s+)?cost(?:ing)?\s+(?:you|your|the\s+business|us)\b|"
    # (Since 2.120.0 also "how come" after a lead, raw "oh right how come", not "it's how come
    # he calls".)
    r"(?<!\bit's )(?<!\bits )how come\b|"
    # (Since 2.113.0 also "morning gwen what can i do for you".)
    r"what can (?:i|we) do for you\b|"
    # (Since 2.114.0 also what a thing looks like, "and when someone new starts what does the
    # training look like on day one", and how things are going.)
    # (Since 2.135.0 also what it would look like, "if you could wave a magic wand what would a
    # good first month look like…".)
    r"what (?:does|do|would) (?:the|your|a|an) (?:[a-z]+ ){1,3}look like\b|"
    r"how\s+are\s+things\s+going\b|"
    r"who\s+else\s+(?:would|do|does|is|needs|has|gets|should|will|might)\b|"
    # (Since 2.101.0 also "…and ill give david a ring tomorrow night is that alright".)
    r"is that (?:alright|all right|ok|okay)$|"
    # (Since 2.144.0 also whether the plan just put suits them, at the end, "…on the saturday
    # at the lads houses does that work for you".)
    r"does (?:that|this|it) (?:work|suit)(?: for)? you$|"
    # (Since 2.98.0 "…without digging up the yard is it something youd want to do this
    # winter".)
    r"is (?:it|that|this) something (?:you|you'd|you'll|you've|we)\b|"
    # … and who decides: "…you mentioned your dad is it just you that decides on this".
    r"is it (?:just|only) (?:you|yourself)\b|is it (?:you|yourself) (?:that|who)\b|"
    # (Since 2.95.0 also "…by the end of next week would that give you time to put it on the
    # agenda", "…would it help if I sent over a sample".)
    # (Since 2.104.0 also "…knock another fifty off would that get it over the line".)
    r"would (?:it|that) (?:be|give|help|work|suit|make|save|mean|get)\b|"
    # (Since 2.136.0 also "an", raw "…is now an okay time for ten minutes or so", and
    # "alright".)
    r"is (?:now|this) (?:an? )?(?:bad|good|ok|okay|alright|all right|convenient) time\b|"
    # (Since 2.136.0 also whether someone named would be up for it, "when hes back would he be
    # up for us coming out…", and whether anyone else has a say, "…apart from your uncle is
    # there anyone else who would have a say…".)
    r"(?:would|will|could) (?:he|she|they) " + _BE_READY + r"|is there anyone\b|"
    # … and the invitations that need no "you" after a verb: "so when Ken goes what's the
    # plan", "…last week what made you get in touch".
    r"what's the (?:plan|next step)\b|" + _WHAT_BROUGHT_YOU + r"|"
    # (Since 2.138.0 also a choice after "so", above, and what they are after, "…by the sound of
    # it so right what is it youre after exactly"; since 2.143.0 also which one suits them after
    # any word, "…or saturday morning at ten which one suits you better".)
    r"(?<=\bso )" + _WHICH_SUITS + r"|" + _WHAT_YOURE_AFTER + r"|" + _WHICH_ONE_SUITS + r"|"
    r"(?<=\bbut )" + _BUT_ASKS + r"|"
    # (Since 2.96.0 also what they have, "so i wont keep you long whats your set up for gas at
    # the moment".)
    r"what's your\b|"
    # (Since 2.136.0 also what a thing is like, "…apart from the pans whats it like to actually
    # work on day to day…".)
    r"what's it like\b|"
    # (Since 2.126.0 also the best way to do something, "understood whats the best way to get
    # it in front of him".)
    r"what's the best way to\b|"
    # (Since 2.103.0 also what has been happening, "…you said the old machine was giving you a
    # bit of bother whats been going on with it".)
    r"what's been (?:going on|happening|going wrong)\b|"
    # (Since 2.105.0 also what they were wondered about, "thanks ill be quick so i was just
    # wondering what you do with all your grass cuttings…".)
    r"(?:so )?(?:i was|i'm|i am) (?:just )?wondering (?:what|how|why|where|who|whether|if)\b|"
    r"i (?:just )?wanted to ask (?:you )?(?:how|what|why)\b|"
    # … and how a thing works or what it said: "…in the kitchen at the moment how does it work
    # for you", "…the letter from yorkshire water what did it actually say".
    r"(?:what|how) (?:does|did) (?:it|that|this) (?:actually |really |normally |usually )?(?:say|"
    r"work|look like)\b)"
)
# One word said twice in a row, with or without a comma: "did, did you" → "did you".
REPEATED_WORD = re.compile(r"(?<![\w'])([a-z']++)(?:,?\s+\1\b)+")
# A request that works as a question: "tell me…", "walk me through…".
REQUEST_QUESTION = re.compile(
    # A bidding may name the customer first: "Right, Moira, tell me what's going on with them."
    LEAD_IN
    # … or after a short lead: "before I say anything about us, tell me about the pub".
    # (Since 2.120.0 also after a clause, "I'd rather hear about your set-up than talk at you,
    # so tell me a bit about the farm.")
    + r"(?:(?:before [^,?]{1,50},\s+|to (?:start|begin)(?: with)?,\s+|go on,?\s+|"
    r"[^?]{1,150}?,\s+so\s+(?=tell me (?:a (?:little )?bit )?(?:more )?about\b))?"
    r"(?:[a-z][a-z'-]*,\s+)?(?:tell me(?! when you(?:'re| are) (?:there|ready|done|back|in|"
    r"through|finished|set)\b)|walk me through|talk me through|take me through|help me understand|"
    r"describe|explain|talk to me (?:a (?:little )?bit )?(?:more )?about|remind me (?:again )?"
    r"(?:what|why|how)|catch me up)|"
    # (Since 2.124.0 also "I was just wondering how last season's crop came out for you.")
    r"can you tell|could you tell|would you tell|i'm curious|i wonder|i was wondering|"
    r"i was just wondering (?:what|how|why|where|who|when|which)\b|"
    # (Since 2.144.0 also whether they have a moment, said as wondered, alone or after a clause,
    # "Your name was on the hoarding at the old Victoria Mill job…, and I wondered if you had a
    # couple of minutes.")
    r"(?:[^?]{1,150}?,\s+(?:and|so)\s+)?i (?:just )?wondered (?:if|whether) you\b|"
    # (Since 2.109.0 also raw "so i wanted to ask how things are with the geese".)
    r"i (?:just )?wanted to ask (?:you )?(?:how|what|why)\b|"
    # … or after a clause of context: "I saw you'd downloaded our guide, so I'm curious what's
    # going on at your end".
    r"[^?]{1,150}?,\s+so\s+i'm curious (?:what|how|why)\b|"
    # … or wondered about after one: "So on the form you mentioned tablecloths and napkins,
    # and I was wondering how you handle all of that at the moment." (since 2.108.0).
    r"[^?]{1,150}?,\s+(?:and|so)\s+i (?:was|am|'m) (?:just )?wondering (?:what|how|why|where|"
    r"who)\b)\b"
)
# A tag after at least three words: "…that works for you, right", "…isn't it".
TAG_QUESTION = re.compile(
    r"^(?!(?:that's|that is|all|alright|okay|oh|yeah|well|yes|no|right|all right)\b)\S+"
    r"(?:\s+\S+){2,}?,?\s(?:right|correct|isn't it|aren't they|aren't you|don't you|doesn't it|"
    r"didn't you|is that right|is that correct|does that make sense|wouldn't you say|huh|"
    r"yeah|no|or not|or no)\s*[?.]?$"
)
# What TAG_QUESTION takes for a tag and is none: "or not" closing an embedded question ("I
# don't know if it works or not") or the idiom "believe it or not".
NOT_A_TAG = re.compile(r"(?:\bbelieve it|\b(?:if|whether)\b.*),?\s+or not\s*[?.]?$")
# A one-word tag with no comma before it: in a punctuated transcript, "I think that's right"
# and "they said no" end in an adverb or an answer, not a tag.
UNMARKED_TAG = re.compile(r"[^,]\s(?:right|yeah|no|correct|huh)\s*[?.]?$")
# REPAIR and SO_DO_I never match more words than this, so longer sentences skip them: REPAIR's
# three two-word lead-ins ("excuse me excuse me excuse me"), its longest core ("what did you
# say") and a mark standing apart (" ?") make eleven.
SHORT_REPLY_WORDS = 11
# The person an inverted tag names ("…, isn't it", "…, do you").
_TAG_PERSONS = ("it", "he", "she", "they", "you", "we", "i")
_TAG_PERSON = "(?:" + "|".join(_TAG_PERSONS) + ")"
# … but "it" after "do" or "have" is the verb's object ("…they just don't do it").
_TAG_PERSON_NOT_IT = "(?:" + "|".join(p for p in _TAG_PERSONS if p != "it") + ")"
# INVERTED_TAG ends with one of these (then perhaps a mark): other sentences skip it.
TAG_ENDINGS = (*_TAG_PERSONS, "there", "that")
# "So do we.", "neither am i": agreement by inversion, a statement however it is punctuated.
SO_DO_I = re.compile(
    r"^(?:(?:well|and|oh|yeah)[,\s]+){0,3}(?:so|neither|nor)\s+(?:do|does|did|is|are|am|was|were|can|"
    r"could|would|will|have|has|had|should)\s+(?:i|we|they|you|he|she|it)\b[\s,.!?]*$"
)
_NEGATIVE_AUXILIARY = (
    r"(?:isn't|wasn't|aren't|weren't|don't|doesn't|didn't|haven't|hasn't|can't|couldn't|won't|"
    r"wouldn't|shouldn't)"
)
# An inverted tag closing a statement: "…, isn't it", "…, was he", "…, do you". A question even
# when the transcript ends it with a full stop.
INVERTED_TAG = re.compile(
    r"(?:(?:,\s+(?:is|was|are|were|do|does|did|have|has|can|could|will|would|should)|\S\s+\S+\s+"
    r"\S+,\s+" + _NEGATIVE_AUXILIARY + r")\s+(?:" + _TAG_PERSON + r"|there|that)|"
    # (Since 2.140.0 "there" and "that" with no comma before them only where no full stop
    # follows, as in raw speech recognition, "…there's really a lot isn't there": "So even the
    # backup wasn't there.", "…so it isn't that." say what is not.)
    r"\S\s+\S+\s+\S+\s+" + _NEGATIVE_AUXILIARY + r"\s+(?:" + _TAG_PERSON + r"|(?:there|that)"
    r"(?!\s*[.!]))|"
    # (Since 2.143.0 also a plain tag after "never" in the same clause, raw "…the alcoves are
    # never a standard size are they"; "do it" and the like end a verb's object, "…they just
    # don't do it".)
    r"\bnever\s[^,.;:?!]*?\S\s+(?:(?:is|are|was|were)\s+" + _TAG_PERSON + r"|(?:do|does|did|have|"
    r"has|can|will|would)\s+" + _TAG_PERSON_NOT_IT + r"))\s*[?.!,]?$"
)
# A request to repeat, not a question about the other person: "sorry?", "pardon?", "huh?",
# "what?", "you what?", "what did you say?".
REPAIR = re.compile(
    r"^(?:(?:oh|uh|um|i'm|i am|sorry|excuse me)[,\s]+){0,3}(?:what|huh|pardon(?: me)?|sorry|"
    r"excuse me|come again|say (?:that|it) again|what did you say|what was that|"
    r"i beg your pardon|beg your pardon|(?:\S+\s+){1,2}what)\s*[?.!]*$"
)
# "or do you…" / "or is it…": the second half of a choice question.
OR_QUESTION = re.compile(
    LEAD_IN + r"or\s+(?:do|does|did|is|are|was|were|can|would|will|have|has)\s"
)

# "…which is why we moved": a relative clause that goes on from the sentence before, not a
# question, when no '?' marks it as one. Not a choice: "which is better for you".
WHICH_RELATIVE = re.compile(
    r"^(?:(?:and|but|so|oh|huh|well|uh|um)[,.\s]+)*which\s+(?:is|was|are|were|has|had|would|"
    r"will|could|should|can|might|means|meant|makes|made)\b(?!\s+(?:be\s+)?(?:it|the\s+)?(?:better|"
    r"best|easier|easiest|cheaper|cheapest|quicker|faster|more|most|right|one)\b)"
)
# A pseudo-cleft: "what happens is…", "what bothers me is…", "what we need is…". A statement
# whose subject is a wh-clause, though its first words read like a question.
PSEUDO_CLEFT = re.compile(
    # (Raw speech recognition's "id" is "i'd": "what id suggest is…", since 2.82.0.)
    # (Since 2.125.0 also with how often it happens first, "what usually happens is…".)
    LEAD_IN + r"what\s+(?:(?:usually|normally|typically|generally|often|always)\s+)?"
    r"(?:(?:i|we|they|you|he|she|it|people|the|my|our|your|his|her|their|id)"
    r"(?:'s|'re|'m)?\s+[a-z']+|(?!(?:does|has|is|was)\b)[a-z']+(?:s|ed))"
    r"(?:\s+[a-z']+){0,2}?\s+(?:is|was)\s+\S"
)
# Wondering aloud about someone else ("I wonder how they keep up with it") muses; addressed
# to the listener ("I was wondering if you could…") it asks.
MUSING = re.compile(
    LEAD_IN + r"i(?:,?\s+i)?\s+(?:(?:was|am|'m)\s+|"
    r"(?:really\s+)?do\s+|just\s+)?(?:wonder|wondering)\b"
    r"(?!.*\b(?:you|your|you're|you've|you'd|you'll|yourself|yourselves)\b)"
)
# A question quoted after a reporting verb ("and I said, why is it so dear?", "he goes, have
# you tried…?") reports what someone asked; it asks the listener nothing.
REPORTED_QUESTION = re.compile(
    r"^(?:(?:and|but|so|then|well|oh|like)[,\s]+)*(?:i|he|she|they|we|you|somebody|someone|"
    r"people|everybody|my [a-z]+|his [a-z]+|her [a-z]+)(?:\s+(?:just|finally|then|always|"
    r"kept|would))?\s+(?:said|asked|goes|go|went|thought|was like|were like|was saying|"
    r"were saying|keeps saying|kept saying|told (?:him|her|them|me|us))"
    r"(?:\s+to\s+(?:him|her|them|me|us|myself|himself|herself))?,\s|"
    r"^(?:(?:and|but|so|then|well|oh)[,\s]+)*(?:(?:it's|it was) like[,\s]|instead of (?:saying|"
    r"asking)[,\s]|(?:i|he|she|they|we) (?:just )?(?:keep|kept) (?:saying|asking|telling "
    r"(?:him|her|them|me|us|myself))[,\s])"
)
# A "…, you know?" closing a statement asks nothing; said after a question form ("so are
# they willing, you know?") the question stands.
YOU_KNOW_TAG = re.compile(r"\S\s+\S.*,\s+you know\?$")
# Shapes that ask even when the transcript closes them with a full stop: "what about the
# renewal.", "how about you.", "why not.", "anything else.", "what's your timeline.". Not the
# exclamation "how about that", nor "how about this:" announcing a proposal.
STOP_QUESTION = re.compile(
    LEAD_IN
    + r"(?:(?:what|how) about\b(?!\s+(?:that|this)\s*(?:[.!]*$|:|,\s+(?:i|we)(?:'ll| will)\b))|"
    r"why (?:not|bother)\s+[a-z]|"
    r"(?:anything else|any (?:other )?(?:questions|ideas|thoughts|comments|concerns))"
    r"(?:\s+[a-z']+)*\s*[.!]?$|"
    r"(?:you|y'all|you all|you guys) (?:ever|got any|have any|need any)\b|"
    r"(?:what|where|who|how|when|why|which)(?:'s|'re| is| are| was| were)\s+(?:that|this|it|"
    r"he|she|they|you|your|his|her|their|the)\b)"
)


def _either(*patterns: re.Pattern[str]) -> re.Pattern[str]:
    """One pattern matching at the start wherever one of these LEAD_IN patterns would: a single
    pass instead of several."""
    bodies = (p.pattern.removeprefix(LEAD_IN) for p in patterns)
    return re.compile(LEAD_IN + "(?:" + "|".join(bodies) + ")")


# "Who" opening a relative clause after a yes/no question, not a question of its own: "is it
# just you who'd decide on this, or is there anyone else, a landlord or a partner, who'd need
# to be involved?" (since 2.103.0). Not after leave to ask, which the question then follows:
# "can I ask, if something did change, who would make a decision like that?"
RELATIVE_WHO = re.compile(r"who(?:'d| would| might| could| should)\b")
ASKS_LEAVE = re.compile(LEAD_IN + r"(?:can|could|may|might) i (?:just )?ask\b")
# The shapes that outweigh a full stop, and every question shape read at the start.
INVERTED_START = _either(AUXILIARY_START, WH_NOUN_QUESTION, OR_QUESTION)
QUESTION_START = _either(AUXILIARY_START, WH_QUESTION, WH_NOUN_QUESTION, OR_QUESTION)

# Asked to be told that a thing is done, a yes or no put as "tell me" ("can you tell me the
# driver has disconnected his hoses…?", since 2.95.0).
_TOLD_DONE = r"(?:the|your) [\w-]+(?: [\w-]+)? (?:has|have|is|are|was|were)\b"
OPEN_QUESTION = re.compile(
    # (Not "what," said while reaching for a figure or a date, "you've got, what, six trucks
    # on site?", "…they next meet on the, what, the fourteenth?", since 2.107.0.)
    LEAD_IN
    + r"(?:what(?!, (?:(?:the|about|around|roughly|maybe|say|you're looking at) )?(?:\d|"
    + _DIGIT_WORD
    + r"|ten|eleven|twelve|\w+teen|\w+teenth|"
    + _TENS_WORD
    + r"|a hundred|a couple|a few|half|first|second|third|"
    r"fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+tieth)\b)|how|why|"
    r"tell me(?! (?:if\b|whether\b|" + _TOLD_DONE + r"))|walk me through|"
    r"talk me through|"
    r"take me through|"
    r"help me understand|describe|"
    # (Since 2.133.0 also asked to start by telling, "could you start by telling me how buying
    # actually works…?")
    r"(?:could|can|would) you start by (?:telling|walking|talking|taking) me\b|"
    r"explain|in what way|(?:could|can) you (?:tell|walk|talk|describe|explain|help|say more)"
    r"(?! me (?:if\b|whether\b|" + _TOLD_DONE + r"))|"
    r"would you (?:tell|walk|describe|explain)(?! me (?:if|whether)\b)|"
    r"would you mind (?:telling|walking|talking|describing|explaining)(?! me (?:if|whether)\b)|"
    r"where do you see|"
    r"which (?:part|parts|areas?|problems?|aspects?)|(?:i'm curious|i wonder)(?!,?\s+(?:if|"
    r"whether|is|are|was|were|do|does|did|can|could|would|will|have|has)\b))\b"
)
# Further openings that invite the other person to talk: who/where, "anything else", "I'm
# wondering…", "give me an example".
_WHILE_GOT_YOU = r"[^?]*\b" + _GOT_YOU + r"\b"
OPEN_QUESTION_MORE = re.compile(
    LEAD_IN
    + r"(?:who|whereabouts|where(?!\s+(?:the|a|an|my|your|our|their|his|her|its|this|these|those|"
    # ("Is there anything else…?" invites talk said bare or of the listener's own wants and
    # worries, "…that you like about it", "…up there you're worried about"; of things it asks
    # yes or no, "Is there anything else plugged in near the door…?", since 2.124.0.)
    # (Not, since 2.145.0, "anything else" offered while the rep has them, "Anything else while
    # I've got you?", "Is there anything else on the machine while I've got you?": yes or no.)
    r"everyone|everything)\b)|anything else(?!" + _WHILE_GOT_YOU + r")|"
    r"is there anything else(?!" + _WHILE_GOT_YOU + r")(?=[^,?]*\b(?:you|we|i)\b|[?.]?$)|"
    r"what else|"
    r"(?:i'm |i am |i was )?(?:just )?"
    r"(?:sort of |kind of )?wondering(?!,?\s+(?:if|whether|is|are|was|were|do|does|did|can|could|"
    r"would|will|have|has)\b)|catch me up|(?:can|could|would) you (?:give me an example|"
    r"elaborate|say more|share more)|give me an example|say more about)\b"
)
# The customer's words echoed with "how?" or "in what way?": "falls over how?", "different
# how?", "run your life in what way?" ask them to explain.
ECHO_OPEN = re.compile(r"^(?:[a-z'-]+,?\s+){1,4}(?:how|in what way)\s*\?$")
# A reading asked for: "what's it reading?", "what's the gauge saying now?" (not "what's the
# plan saying about…?"). A closed question, and after a fix the check that it works.
# How best to reach someone: a fact asked for, even when put as "tell me…" (since 2.124.0).
_BEST_WAY_TO = r"the best (?:way|number|time) to"
# Asked to be told, one fact or more: "could you tell me…", "would you just give me…" (since
# 2.129.0 one pattern for the facts asked so).
_TELL_ME = r"(?:can|could|would|will) you (?:please |just )?(?:tell|give) me"
_READING_ASKED = (
    r"\bwhat(?:'s| is|s) (?:it|that|the [\w-]+) (?:reading|showing|saying)\b(?! about\b)"
)
# A rating on a scale, or a proposal ("why don't we…"): closed however it opens, unless the
# proposal is that the other person talks ("why don't you tell me…").
CLOSED_SHAPE = re.compile(
    r"\b(?:on a scale|scale of|scale from|(?:1|one|zero|0) to (?:10|ten)|what number)\b|"
    # A wh-question answered with a guess for a yes or no: "so what kind of building are you
    # in, is it stone?", "who signs off, is that you?" (not a how-question: "how do you
    # decide, is that down to yourself?" still asks how); since 2.106.0 also after leave asked,
    # "can I ask, who owns the house, is it just you?"; since 2.109.0 also "out of interest",
    # and the guess put as "would it be…": "who'd make the call on something like this, would
    # it be you or would Jack have a say?"; since 2.141.0 also "just so I know", "And just so I
    # know, who makes the buying decisions at the shop, is that you?". (Not, since 2.144.0,
    # after asking what a thing does or is like, or what lies behind it: "What did the excavator
    # actually do up there, was he pulling the stumps out?", "What's the warehouse like, is it
    # heated at all?", "What makes you say that, was it…?", "What's behind the delay, is it…?"
    # still ask for the account.) (Since 2.145.0 also the guess put to them, "What is it you
    # farm, are you beef, sheep, dairy?".)
    + LEAD_IN
    + r"(?:(?:can|could|may) i ask,? |out of interest,? |just so (?:i|we) know, )?"
    r"(?!what (?:does|did|do|would|will) [^,?]{1,40}? do\b|what(?:'s| is| was) [^,?]{1,40} like,|"
    r"what (?:makes|made) you\b|what's behind\b)(?:what|who|whose|where|which)\b"
    r"[^,?]{3,60},(?: sorry,)? (?:(?:is|are|was|were) (?:it|that|they|this|he|she|you)|would (?:it|"
    r"that) be)\b[^?]*\?$|"
    # (Since 2.121.0 also who, with the guess put as "is there a…": "who else is involved with
    # the building, is there a freeholder or a management company?"; not "where does that leave
    # you with Hallmark, is there a way back?".)
    + LEAD_IN
    + r"(?:(?:can|could|may) i ask,? )?who\b[^,?]{3,60}, is there (?:a|an)\b[^?]*\?$|"
    # (Since 2.145.0 also raw, with no comma, who decides guessed as them: "and who would need to
    # sign that off is it you or is there someone else involved".)
    + LEAD_IN
    + r"who\b[^,?]{3,60}? is (?:it|that) (?:just )?(?:you|yourself)(?= or\b|$)|"
    # (Since 2.104.0 also raw, with no comma: "okay so whos rob is he the owner".)
    + LEAD_IN
    + r"who's [a-z]+ (?:is|was) (?:he|she|that) (?:the|your|a|an)\b|"
    # … or with the guess alone: "who's doing the wrapping at the minute, you?", "who'd
    # usually be going, just the two of you?"
    + LEAD_IN
    + r"(?:what|who|whose|where|which)\b[^,?]{3,60}, (?:(?:the|a|an|your|their) [\w' -]{1,30}? "
    # (Since 2.109.0 also a choice of two: "who pays at the moment, the student or the
    # college?"; not "where does that show up for you, in the margins or somewhere else?".)
    r"or (?:the|a|an|your|their|just) [\w' -]{1,30}|(?:just )?(?:you|yourself|the (?:two|three|"
    r"four) of you|you two)(?: or [^?]{1,30})?)\?$|"
    # (Since 2.143.0 also one thing guessed after what or which, "And what do you want it
    # crushed down to, a six F two?"; not "what about…, a…?", which asks for more, nor a time
    # from now, "What would good look like for you, a year from now?".)
    + LEAD_IN
    + r"(?:what|which)\b(?! about\b)[^,?]{3,60}, an? (?!(?:year|month|week|day|fortnight|few|"
    r"couple|bit|lot)\b)[\w' -]{1,30}\?$|"
    # A statement with a tag asking for agreement: "fine is fine until it isn't, you know what I
    # mean?"
    r"\S, you know what i mean\?$|"
    # A reading asked for: "can you open the settings and tell me what it says next to Port?",
    # "…and tell me what you see?", "what does the screen say?" (since 2.111.0 also "…and tell
    # me what it lists under GPS source?").
    # (Since 2.121.0 also what the light does, "…and tell me what the light does?", and "what
    # does it read?")
    r"\btell me what (?:it|that|the [\w-]+|you) (?:says|see|shows|reads|lists|displays|does)\b|"
    # (since 2.76.0 also of a thing named in two words, "what does the status screen say?")
    # (Since 2.128.0 also of a part placed, "What does the little screen on the front say?")
    r"\bwhat does (?:it|that|the (?:[\w-]+ )?[\w-]+(?: (?:on|at|by) the [\w-]+)?) (?:say|read)\b|"
    + _READING_ASKED
    + r"|"
    r"^(?:(?:so|and|okay|well|um|uh)[,\s]+)*why (?:don't|not) (?:we|you|i)\b"
    r"(?! (?:start by |begin by )?(?:just )?(?:having you )?"
    r"(?:tell|talk|walk|fill|describe|explain))"
)
# An invitation to talk at length, wherever it stands in the question: "…and I'm wondering if
# you can tell me a bit about how that happened?", "would you mind filling me in?", "can I ask
# how it gets decided?", "could you give me a picture of…?". Asking to be told one yes/no
# ("tell me if it hurts") is not one.
# A reading off the kit asked for is one fact: "what colour's the light on the front showing
# now?", "what battery level does the app show?", "…and tell me what colour it is now?",
# "what error message do you see?" (since 2.90.0).
_READING = (
    r"(?:(?:colou?r|(?:[\w-]+ )?level|reading|error(?: message| code)?|percentage|temperature|"
    r"lights?)\b|"
    # (Since 2.92.0 also "…tell me what the humidity's reading?")
    r"(?:the [\w-]+|it)(?:'s| is) reading\b)"
)
INVITATION = re.compile(
    r"\b(?:(?:can|could|would|will) you (?:please )?(?:tell me|talk me through|walk me through|"
    r"take me through(?! to\b)|describe|explain|say more|share more|elaborate|fill me in)"
    r"(?! (?:if\b|whether\b|" + _TOLD_DONE + r"))|"
    r"(?:mind|you) (?:filling|fill) me in|i'd (?:love|like) to hear|"
    r"talk to me (?:a (?:little )?bit )?(?:more )?about|remind me (?:again )?(?:what|why|how)|"
    r"what do you (?:think|feel|make of)|how do you feel|"
    r"ask(?: you)? (?:how|what|why)|"
    # (Since 2.104.0 also who else takes part: "can I ask who else would be involved in
    # deciding?", as "who else would be involved…?" asks.)
    r"ask(?: you)? who(?: else)?(?:'d| would| will|'s| is| might)? (?:need to |have to )?"
    r"(?:be |get )?involved\b|"
    r"give me a (?:picture|sense|feel|flavour|flavor) of|"
    r"(?:interested|keen|curious) to (?:know|hear|learn) (?:more )?(?:how|what|why|about)|"
    r"tell me (?:a (?:little )?bit |more |a little )?(?:about|how|what|why)|any thoughts|"
    r"any ideas? (?:why|how|as to))\b"
)
# A question that opens by proposing ("how about I put a one-pager together, what it would
# cost, and you send it to the owner?"): yes or no, whatever wh-clauses follow in its list.
PROPOSAL_START = re.compile(
    # (Since 2.112.0 also what one of the rep's people would do, "what if the coach came in to
    # do a free taster assembly first…?"; since 2.133.0 any "what if…?", "What if the first
    # half of the visit is a free look at your figures…?", not a refusal wondered about, "what
    # if they won't?")
    LEAD_IN + r"(?:look,? )?(?:how about (?:i|we)|what if\b(?! (?:they|he|she|it|that|this|you|"
    r"we|i) (?:won't|don't|doesn't|can't|didn't|isn't|aren't|wasn't|wouldn't)\b)|"
    r"what i(?:'ll| will) do|"
    # (Since 2.100.0 an offer to go through something, "shall I take you through what we'd
    # suggest…?", "can I talk you through, very briefly, how we'd…?")
    r"(?:can|could|may|should) (?:i|we) (?:just )?(?:take|run|talk|walk|go) (?:you )?through|"
    # (Since 2.104.0 leave asked to show or tell, "would it be okay if I showed you a few of
    # ours, and you tell me what fits and what doesn't?")
    # (Since 2.138.0 also use or help asked after, "Would it be useful if I walked you both
    # through how we'd normally handle a firm your size, and you tell me what doesn't fit?")
    r"would it be (?:okay|ok|alright|all right|useful|helpful) if (?:i|we)|"
    # (Since 2.130.0 also help offered, "Would it help if I explained how our workshop day runs,
    # and you can tell me what fits?")
    r"would it help if (?:i|we)|"
    # (Since 2.132.0 any "shall I/we…?", whatever it goes on to invite: "Shall we put twenty
    # minutes in for Tuesday morning, so you can tell me how it went?")
    r"shall (?:i|we))\b"
)
# "What time…", "how many…", "what's your budget" ask for one fact: closed. So does a proposal
# put as a question ("how about Thursday?", "what about a trial?", "what if we phased it?"):
# yes or no. Not "how about your family?", which asks about them.
FACT_QUESTION = re.compile(
    LEAD_IN + r"(?:how's (?:next )?(?:\w+day|tomorrow|next week)\b|"
    # How to reach someone, what a control is set to (since 2.105.0): "what's the best way to
    # get hold of her?", "what's the pressure set to?"
    # (Since 2.124.0 also asked to be told, "Could you tell me the best way to reach her?")
    r"(?:what(?:'s| is)|"
    + _TELL_ME
    + r") "
    + _BEST_WAY_TO
    + r" (?:get hold of|reach|contact|ring|call|"
    r"phone|get in touch with) (?:you|him|her|them|the [\w-]+)\b|"
    r"what(?:'s| is) (?:the|your|it|that) (?:[\w-]+ )?set (?:to|at|on)\b|"
    # A day proposed: "how does Thursday look?", "how would tomorrow suit?" (since 2.95.0 also
    # "how's next Wednesday morning?", "how does Tuesday the fourteenth at ten look?")
    r"how (?:does|do|would|will) (?:next )?(?:\w+day|tomorrow|next week)(?: [\w']+){0,4} "
    r"(?:look|suit|"
    r"sound|work)\b|"
    # … or asked of the customer: "how are you fixed Thursday morning?" (since 2.100.0 not
    # "how are you fixed for stock at the moment?", which asks how things stand).
    r"how(?:'re| are) you (?:fixed|placed)\b(?! for\b)|"
    # (Since 2.117.0 also a date, "no problem how about the twenty third for both".)
    r"(?:how|what) about (?:if (?:i|we)\b|i|we|a|an|\w+day|next|tomorrow|tonight|(?:this|that|the) "
    r"(?:\w+day|morning|afternoon|evening|week|weekend)|the " + _ORDINAL + r")\b|"
    # (Since 2.129.0 also a quantity, raw "what about two cases then i can still do free delivery
    # on two", not one of several, "what about one of your other sites?")
    r"(?:how|what) about (?:\d+|(?:" + _DIGIT_WORD + r"|ten|eleven|twelve|twenty|fifty|a hundred|"
    r"half) (?!of\b)[\w-]+)\b|"
    # A time proposed ("what about after Christmas, would January suit?") and the closing
    # offer of a service call ("is there anything else I can help with?").
    r"(?:how|what) about (?:after|before|later|earlier|early|christmas|easter|the (?:new year|"
    r"end|start|weekend|week after|spring|summer|autumn|winter)|" + _MONTHS + r")\b|"
    # (Since 2.120.0 also with what it is for, "is there anything else for the conference we can
    # help with, badges or banners?")
    r"(?:is there )?anything else (?:(?:for|with|on) (?:the|your|you|today)\b[\w' ]{0,30}? )?(?:i|"
    r"we) (?:can|could) (?:help|do)\b|"
    # A topic named, then a yes/no question about it: "what about finance, though, is that
    # something your customers ask for?" (not "…, is there anything he'd change?").
    r"(?:how|what) about [^,?]{1,40}, (?:though, |then, )?(?!is there anything\b)(?:is|are|was|"
    r"were|do|does|did|would|could|can|will|have|has)\b|"
    # So is asking whether there is more the rep should do or bring, or whether the customer
    # has more to ask: "anything else you'd want me to cover?", "anything else I should
    # bring?", "anything else before I let you go?" (not "anything else you'd want in it?").
    r"(?:is there )?anything else (?:[\w'-]+ ){0,4}?you(?:'d| would)? (?:want|wanted|need|needed|"
    r"like) (?:me to|from me|to ask)\b|(?:is there )?anything else (?:i|we) should (?:bring|"
    r"cover|do)\b|(?:is there )?anything else (?:[\w'-]+ ){0,6}?before (?:i let you|we (?:finish|"
    # (Since 2.92.0 also "is there anything else on your mind before we finish?")
    r"wrap up|hang up))\b|"
    # … or whether there is more the rep should know ("is there anything else about the
    # entrance I should know before Thursday?"; since 2.91.0).
    r"(?:is there )?anything else (?:about (?:[\w'-]+ ){1,3})?(?:i|we) should know\b|"
    # (Since 2.123.0 also more than one, "…what dates are you closed?")
    r"what if (?:i|we|you)\b|what (?:times?|days?|dates?|version|year|is the price|size|figure)|"
    # (Since 2.130.0 also where to write, "And what email address should I use for the
    # brochure?")
    r"what (?:e-?mail|email address|postal address|address|postcode|phone number|mobile "
    r"number)\b|"
    # (Since 2.131.0 also whose name, "And what's his name on the system, so I can pull up his
    # account?"; since 2.144.0 also of someone named, "What's Gareth's surname, so I get the
    # right address?")
    r"what(?:'s| is) (?:his|her|their|your|[a-z]+'s) (?:full |first |last |sur)?name\b|"
    # (Since 2.126.0 also the day or time theirs, "What's your usual order day?", not what it
    # is like, "what's your typical day like?")
    r"what(?:'s| is) (?:your|the) (?:usual |normal |regular |preferred |best )?(?:[\w-]+ )?"
    r"(?:day|date|time)\b(?! like\b)|"
    # (Since 2.140.0 also the hours kept, "What are your opening hours, by the way?"; not "what
    # are your quietest hours?")
    r"what are (?:your|the) (?:opening|office|working|business|trading) hours\b|"
    r"(?:" + _TELL_ME + r" )?what " + _READING + r"|"
    # A rate asked for: "what unit rate have they put on it?", "what rate are you paying?"
    r"what (?:[\w-]+ )?rate (?:are|have|do|did|is|were|would)\b|"
    # A figure or a name asked for: "what did Bradford come in at?", "who've you got?"
    r"what did (?:[\w'-]+ ){1,3}(?:come in at|quote|knock off)\b|"
    # … or what someone paid or pays: "what do your landlords pay at the moment?", "what are
    # you paying for a refill?"; since 2.140.0 also what is charged, raw "what are you charging
    # the families for the hearse at the moment", "What are they charging you…?"
    r"what (?:did|do|does) (?:[\w'-]+ ){1,3}(?:pay|charge)\b|"
    r"what (?:are|were) (?:you|they) (?:paying|charging)\b(?! attention)|"
    # (Since 2.141.0 also what they spend on one, "What do you normally spend on an order with
    # Highmoor?"; since 2.142.0 also raw "roughly what are you spending there each month", not
    # time spent, "what are you spending most of your time on?")
    r"what (?:do you (?:normally |usually |typically )?spend (?:on|per|each|a)|(?:are|were) you "
    r"spending\b(?! (?:most |all |a lot |much )?(?:of )?(?:your|the|their) time\b))|"
    # … or what one job is worth: "what's one boiler install worth to you?" (not "what would
    # make it worth it for you?").
    r"what(?:'s| is) (?:one|a|an|each|every) (?:[\w-]+ ){1,3}worth\b|"
    # … or a rough figure: "what did that cost you, roughly?", "what are you paying them,
    # roughly?" (not "what does the budget look like, roughly?").
    r"what\b(?![^?,]*\blooks? like\b)[^?,]*,? (?:roughly|ballpark|approximately|more or less)\b|"
    # (Since 2.131.0 also "who are you using at the moment?", as "who do you use?")
    r"who(?:'ve| have) you got\b|who do you use\b|who are you using\b|who (?:are you|is it "
    r"you're|is it you are) with\b|"
    # … or whom they bought from: "who did you get them from?" (since 2.121.0), and where from,
    # "And where are you getting your lanterns from at the moment?" (since 2.129.0).
    r"where (?:are|do|did) you (?:get|getting|buy|buying|source|sourcing|order|ordering) "
    r"(?:[\w'-]+ ){1,3}?from\b|"
    r"who (?:did|do) you (?:get|buy|order|source) (?:it|them|those|these|that|the [\w-]+) "
    r"(?:from|through)\b|"
    # … or whom to send something to: "who would I send the agreement over to?" (since 2.103.0).
    r"who (?:do|would|should|shall|can) (?:i|we) (?:send|address|email|e-mail|post|make) "
    r"(?:[\w'-]+ ){0,4}?(?:out )?(?:to|for)\b|"
    # … or whom to speak to: raw "who should i be speaking to in estates" (since 2.125.0).
    r"who (?:do|would|should|shall|can) (?:i|we) (?:be )?(?:speak|speaking|talk|talking) to\b|"
    # … or who one party is: "who's the broker, so I've got the right email?", "and who's the
    # current supplier, if you don't mind me asking?"
    # (Since 2.98.0 in up to three words, "who's the framework supplier?", "who's the best
    # person there to talk to?", who they are with, "who's your terminal with at the moment?",
    # "who's she with?", and the person asked for, "who would that be?"; not "who would it be
    # up to?"; since 2.102.0 also "who's the chair at the moment, in case…?")
    # (Since 2.134.0 also whose it is, raw "okay and whos the regional manager for you"; since
    # 2.140.0 also for whom, "Now, who's the signatory for the practice?", not "who's the
    # contact in procurement?", which its writer heard as open.)
    r"who(?:'s| is) (?:the|your) (?:[\w-]+ ){0,2}[\w-]+(?=\s*[,?.!]|$| at the moment\b| now\b| "
    r"currently\b| these days\b| for you\b| on your side\b| for (?:the|your) [\w-]+"
    r"(?:\s*[,?.!]|$))|"
    # … or who does a job now: "who's doing the permit applications today?", raw "whos looking
    # after the conveyors now…" (since 2.134.0; not "who's running it when…").
    r"who(?:'s| is) (?:doing|handling|looking after) (?:the|your)\b|"
    # (Since 2.137.0 also who does it as a rule, "Who looks after the inspections on the ladders
    # you've got now?", "And who takes care of the flag itself…?"; not "who looks after them for
    # you", nor "who does your foiling…?", which their writers heard as open.)
    r"who (?:looks after|takes care of) the\b|"
    # … and whom the rep has on the line: "Who am I speaking to?" (since 2.137.0).
    r"who am i (?:speaking|talking) (?:to|with)\b|"
    # … and how much to book: "So what can I put you down for?" (since 2.138.0).
    r"what (?:can|shall|should) i put you down for\b|"
    # … and which of two matters more, "What matters more to you on this one, the cost, or
    # having a fixed date…?" (since 2.139.0; not "what matters most to you?").
    r"what matters more(?: to you)?\b(?=.*,? or\b)|"
    r"who(?:'s| is) the (?:best|right) (?:person|people|one)\b|"
    r"who(?:'s| is) (?:[\w-]+ ){1,2}with(?=\s*[,?.!]| at the moment\b| now\b| currently\b|$)|"
    r"who would (?:that|it) be(?=\s*[,?.!]|$)|"
    # … or who someone is, asked bare: "who's Sandra?", "who's that?" (since 2.140.0 also
    # "Who's Martin, sorry?")
    r"who(?:'s| is) (?!involved\b)[a-z]+(?=(?:,? sorry)?\s*\?$)|"
    # Where the customer is: "whereabouts are you, Sevenoaks way?" (not "where are you with
    # it?").
    r"where(?:abouts)? are you(?: (?:based|located|now|calling from))?(?=\s*(?:[,?.!]|$))|"
    # (Since 2.105.0 also "how close is the cottage to where the gate is now?"; since 2.111.0
    # also a degree asked for, "How warm does it get by midnight, roughly?", not "how busy…")
    r"how (?:many|much|long|often|old|big|soon|far|close|near|heavy|tall|wide|deep|high|warm|"
    # (Since 2.113.0 also how quickly, "How quickly can they turn it around?")
    # (Since 2.145.0 also how thick, "How thick are the walls, do you know roughly?")
    r"hot|cold|full|late|early|quickly|fast|thick)|"
    r"what's (?:the|your) (?:best )?(?:budget|"
    r"price|timeline|deadline|name|number|email|address|postcode)|"
    # … or a measure: raw "whats the width at the narrowest do you reckon" (since 2.99.0).
    r"what's the (?:width|length|height|depth|weight|distance|gap|span)\b|"
    # (Since 2.137.0 also an area, "What's the floor area?"; not "what's the area like…?")
    r"what's the (?:floor |roof |site |total )?area\b(?! like\b)|"
    # "What sort of size is the pool?", "can you tell me the numbers of the three?"
    r"what (?:sort|kind) of (?:size|budget|price|figure|number|amount)|"
    # (Since 2.109.0 a sum set by, "what had you pencilled in?")
    r"what (?:had|have|did) you (?:pencilled|budgeted|set aside|put aside)\b|"
    + _TELL_ME
    + r" (?:the|your) (?:[\w-]+ )?(?:names?|numbers?|"
    r"address|postcode|email|dates?|reference|serial|model|registration))\b"
)

# "Just so I've got it right, you'd want…", "just so I'm clear, the main thing…" (not put as a
# question: "just so I've got it right, he's back on the fourteenth?").
_GOT_IT_RIGHT = (
    r"(?:just )?so (?:i(?:'ve| have|ve) got (?:it|this|that) right|i(?:'m| am|m) clear)\b"
    r"(?![^?]*\?)"
)
# A recap announced in so many words: "let me play that back", "let me make sure I understand",
# "to make sure I've got it".
_ANNOUNCED_RECAP = (
    r"let me (?:play|say) (?:that|it) back|let me make sure i (?:understand|got)|"
    r"to make sure i(?:'ve| have)? (?:got|understood)"
)
# A recap announced as one, which restates what the customer said before, even when a
# backchannel of theirs ("right.", "lovely") came between: "just so I've got it right, you'd
# want…", "so if I've understood, …", "let me play that back".
RECAP_START = re.compile(
    LEAD_IN
    + r"(?:"
    + _GOT_IT_RIGHT
    + r"|(?:so )?if i(?:'ve| have) understood\b|"
    + _ANNOUNCED_RECAP
    + r")"
)
PARAPHRASE_START = re.compile(
    LEAD_IN
    + r"(?:so what i(?:'m| am) hearing|what i(?:'m| am) hearing|what i hear is|it sounds like|"
    r"it sounds as if|i(?:'m| am)(?: also)? hearing|"
    # (Not, since 2.113.0, with only the name after it, "I hear you, Martin.")
    r"i hear (?:you|that)(?![\s,.!?]*$)(?!,? [a-z']+[.!]*$)(?! (?:a lot|all the time|often|quite "
    r"a lot)\b)|sounds like|"
    r"it seems like|if i understand (?:you )?(?:correctly|right)|"
    r"if i(?:'ve| have) got (?:this|it|that|you) right|" + _GOT_IT_RIGHT + r"|"
    r"if i(?:'ve| have) understood(?: (?:you|that|this|it|correctly|right)|(?=,))|"
    r"(?:so )?you(?:'re| are) saying|in other words|" + _ANNOUNCED_RECAP + r"|"
    # (Not "you mentioned…" since 2.98.0: it recalls something said earlier to lead into a
    # question or a topic, "you mentioned the reception area at the show, what's going on
    # there?")
    # (Not, since 2.111.0, a call back the customer asked for, "you said to give you a ring
    # so um have you got five minutes now".)
    r"you said(?! to (?:give|ring|call|phone|try|get back|come back)\b)|so for you|"
    r"so your (?:main|biggest|real)|"
    r"so the (?:main|biggest|real) (?:thing|problem|issue|worry|concern) (?:is|for you)\b|"
    r"so (?:the|your) (?:worry|concern|fear) is\b|"
    # "so its not just the bill its the stock and the work you have to turn away" (raw speech
    # recognition, and "so it's not just the money, it's…").
    r"so (?:it's|its|it is) not just (?:the |your |about )?[\w' -]{2,30}?,? (?:it's|its|it is)\b|"
    # "So you'd want a terminal that…", "so the goal is that you're not…", "so it's two
    # things really:".
    # (Since 2.136.0 whatever the goal or the aim, "So the goal is every tool tagged and in
    # date…", "So the aim is a proper repair…".)
    r"so you(?:'d| would) (?:want|need|like|rather|use)|so the (?:goal|aim) is\b|"
    # "So you need something that works when there's no signal" (not "so you need to…", "so
    # you want me to…"; since 2.131.0 whatever is needed, "So you need references that come
    # back faster…").
    r"so,? you (?:need|want)\b(?! (?:to|me|us)\b)|"
    # (Since 2.135.0 how they stand, "so youre winning the candidates but then…", "Okay, so
    # you're two VAT quarters behind…", not "so you're welcome", "so you're all set", "so you're
    # going to…", nor who they are or what they are after, "so you're the one who can sign…?",
    # "so you're after bunting…", "so you're in".)
    r"so,? (?:you're|you are) (?!welcome\b|all set\b|going to\b|gonna\b|sorted\b|the one\b|"
    r"after\b|in\b)|"
    r"so (?:it's|there's|that's) (?:two|three) things|"
    # "So it's less about the kit and more about somebody being there at seven", "so it's
    # really about getting paid for every rod" (raw speech recognition: "so its…").
    r"so,? (?:it's|its) (?:less|not(?: really| just| so much)?|really|mainly|mostly) about\b|"
    # (Since 2.134.0 also what it comes down to, "So it really is a straight price comparison…",
    # "So it's really the branding that matters to them…", not the rep's verdict, "So it's
    # really the better deal all round.")
    r"so,? it (?:really is|is really) (?:a|an)\b|so,? (?:it's|its) really the [\w-]+ that\b|"
    # (Since 2.137.0 also the condition the customer set on any answer, "So whatever you do, the
    # students with access arrangements keep the people they know…", "So whatever goes in can't
    # ask anything of Jonah…", and what they would have saved, "So if you'd known within the
    # hour, you could have saved the lot.")
    r"so,? whatever (?:you|we|it|goes|they)\b|"
    # (Since 2.138.0 also what has gone on since a time the customer named, "So since Saturday
    # morning, checkout two is flagging a weight problem…"; not the rep's own news, "so since we
    # spoke…")
    r"so,? since (?!(?:we|i|then|our|last time)\b)|"
    # (Since 2.139.0 also what weighs more with them, "So a date you can rely on matters more
    # than getting the lowest price.", "So timing matters more than shaving the price.")
    r"so,? (?:[\w'-]+,? ){1,8}?matters more (?:to you )?than\b|"
    r"so,? if you(?:'d| had) (?:known|caught|spotted|noticed|seen|heard|found)\b|"
    r"if i'm (?:hearing|understanding) you)\b"
)
# The rep's verdict on what the customer said, not a restatement of it: "Sounds like a good
# set-up.", "It sounds like the right order to do it in.", "Sounds like it's going well,
# though." (since 2.132.0).
APPROVAL = re.compile(
    # (Since 2.136.0 also said of "that", and of what the customer went through, "That sounds
    # like a horrible week.", "Ha, sounds like a busy one.")
    LEAD_IN + r"(?:it |that )?sounds like (?:(?:a|an) (?:really |very )?(?:good|great|sensible|"
    r"lovely|nice|smart|fair|brilliant|solid"
    r"|horrible|awful|rough|tough|hard|difficult|stressful|terrible|busy) [\w-]+(?: [\w-]+)?"
    r"(?=[,.!]|$)|the right (?:order|way|"
    r"thing|call|approach|plan|move|idea)\b|(?:it's|its|things are) going (?:well|great|"
    r"nicely)\b)"
)
# The rep's own conclusion or next step after "so": "so that's sorted", "so that's the bill put
# right", "so here's what I'd like to do", "so you're all set", "so that would explain it".
OWN_CONCLUSION = (
    r"(?:here's|here is|you're all set|that's (?:sorted|done|fixed|it|(?:the|your) "
    r"(?:[\w'-]+ ){1,3}(?:sorted|done|fixed|put right|booked))|it should|"
    r"that (?:would|'d|must|might|could|will) explain|that explains|"
    r"that's (?:the|your) (?:cause|culprit)|that(?:'ll|'d| will| would) be why|that's why|"
    # (Since 2.98.0 the next step proposed: "great so the next step would be a site survey…")
    r"(?:the )?next step|"
    # (Since 2.111.0 the rep's own point announced, "so the first thing to say is that all our
    # larch is Siberian…")
    r"the (?:first|main|other) thing (?:to say|i'd say|to mention|i'd mention|worth saying))\b"
)
# The rep speaking of their own side ("I'll send…", "we could…", "let's…", "our…"): an offer or a
# plan, not a restatement, whatever words it shares with the customer. (Raw speech
# recognition's "im", "ive" come through `normalise` with their apostrophes; "ill", which is
# also a word, does not.)
SELF_STATEMENT = re.compile(
    LEAD_IN + r"(?:(?:so,? )?(?:what )?(?:i|i'm|i'll|i've|i'd|we|we're|we'll|we've|we'd|let's|"
    r"let me|our|my|ill)\b|so,? " + OWN_CONCLUSION + r")"
)
# Bare thanks; not "thanks, Marsh Lane", which confirms what was said.
# Thanks alone, or with a name and a goodbye ("thanks Fiona, bye", since 2.85.0; since 2.111.0
# also with the name between commas, "Thanks, Anita, bye.").
_BARE_THANKS = (
    LEAD_IN + r"(?:thanks|thank you)(?:[\s,.!]*$|,?(?: [\w']+){0,2},? (?:bye|goodbye|take care|"
    r"cheers|speak soon|see you)\b)"
)
# Greetings, thanks and goodbyes ("hi Sam", "see you Thursday", "good luck with the move"): said
# to the person, not about what they said, whatever words they share with the customer.
SOCIAL_STATEMENT = re.compile(
    LEAD_IN + r"(?:hi|hello|hey|hiya|morning|afternoon|evening|cheers|bye|goodbye|see you|"
    r"(?:speak|talk) (?:to you|soon|then|on|next|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|"
    r"sun)day)|good luck|enjoy|"
    r"take care|have a (?:good|great|lovely|nice)|nice to|good to|lovely to|great to|welcome|"
    # Thanks and an acknowledgement, alone or before the rep's answer ("that's fine, loads of
    # our studios keep their galleries where they are"): taking the point, not restating it.
    r"thanks for|thank you for|you're welcome|no problem|no worries|not a problem|"
    # (Since 2.87.0 also "that's a really fair worry" and "you've come to the right place".)
    # (Since 2.104.0 also "that's a good point about the fire side".)
    r"(?:that's|that is|it's) (?:fine|fair(?: enough)?|a (?:really |very |perfectly )?(?:fair|good|"
    r"valid) (?:point|worry|question|concern)|"
    # (Since 2.111.0 also "that's the right worry to have".)
    r"the right (?:worry|question|concern)\b)|"
    r"(?:you've|you have) come to the right (?:place|people|person)\b|"
    # (Since 2.99.0 "you're right, it should…": agreeing, not restating.)
    r"you're (?:absolutely |quite |dead |completely |totally )?right(?=[,.!]|$| to be\b| "
    r"though\b)|"
    r"fair enough|(?:that )?makes sense|"
    # … or a reassurance: "that's completely normal, most people haven't", "that's not
    # selfish at all".
    r"(?:that's|that is) (?:completely |perfectly |totally |really |very |quite )?(?:normal|"
    r"common|understandable|natural)|(?:that's|that is) not [\w-]+ at all|"
    # … or sympathy: "oh no, that's the last thing you want before an appeal" (since 2.100.0;
    # since 2.101.0 also "sorry about that, Lloyd, that's not what you want on a new saw").
    r"(?:no,? )?(?:that's|that is) (?:the last thing|not what) you (?:want|need))\b|"
    r"sorry about that,? (?:[\w'-]+, )?(?:that's|that is) not what you (?:want|need)\b|"
    # … or leave taken: raw "perfect thanks bernadette ill let you get back to the meds" (since
    # 2.125.0).
    + LEAD_IN
    + r"(?:[\w'-]+,? )?(?:i'll|ill|i will) let you (?:go|get (?:back )?(?:on|to)\b)|"
    # … or a choice taken: "post it is", "mornings it is" (since 2.104.0; since 2.105.0 also
    # "noted, spring it is").
    + LEAD_IN
    + r"(?:[\w'-]+,? ){1,4}it is[.!]?$|"
    # … or the point taken, said on its own or before a comma: "that's useful to know, damp is
    # usually what gets the auto capsules" (since 2.101.0; not raw "thats useful to know so kev
    # makes the decision…", which goes on to restate).
    r"(?:that's|that is) (?:really |very )?(?:useful|good|helpful|handy) to know(?=[,.!]|$)|"
    # Reassurance that echoes the customer's own worry: "not daft at all".
     + LEAD_IN + r"not (?:[\w']+ )?at all[\s,.!]*$|" + _BARE_THANKS
)
# An instruction to the customer ("lovely, switch it back on and I'll clear the fault from
# here", "now turn the red lever back so it's along the pipe"): telling them what to do, not
# restating what they said, whatever words it shares with them.
INSTRUCTION = re.compile(
    LEAD_IN + r"(?:(?:first|next|after that)[,\s]+)?(?:just\s+)?(?:remember to |make sure |"
    r"don't forget to )?(?:switch|press|click|tap|open|"
    r"hold|turn|unplug|plug|pop|unscrew|screw|restart|reboot|scroll|select|type|pull|push|lift|"
    # (Since 2.111.0 also "choose the masthead one, and then untick the box…".)
    r"choose|tick|untick|"
    # "First, take the stock that's most at risk…", "give it a couple of minutes…"
    r"refresh|take|put|give|get|leave|check|wait|brush|wipe|clean)\b"
)
# The rep asking after the customer, not their business: "how are you doing?", "you
# alright?", "how was the weekend?", "how's the weather over there?", "how are things?". What
# the customer says in reply is small talk ("bit windswept, I've been out re-pegging an
# awning"), never a need or an objection. Not "how's it going with the two sites?", "how's
# your mixer treating you?" or "are you alright to check a couple of things?".
SOCIAL_QUESTION = re.compile(
    LEAD_IN + r"(?:(?:hi|hello|hey|hiya|morning|good morning|good afternoon|afternoon|evening)"
    r"(?: [a-z']+)?[,.!]?\s+)?"
    r"(?:how(?: are|'re) (?:you|ya)(?: doing| keeping| getting on| today| this morning| "
    r"this afternoon)*|how (?:you|ya) doing|(?:are )?(?:you|ya) (?:alright|all right|keeping "
    r"well|doing (?:ok|okay|alright|all right|well))(?: today| there| mate| love)?|"
    r"how(?:'s| is| are) (?:things|life|everything)(?: (?:with you|going|in [\w' ]+|over "
    r"(?:there|in [\w' ]+)))?|how(?:'s| is) it going|how have you been|"
    r"how(?:'s| is| was| has) (?:the|your) (?:weather|weekend|week|day|morning|holiday|trip|"
    r"break|journey|drive|flight|christmas|summer|family)\b[^?]*|"
    r"(?:did you )?have a (?:good|nice|lovely) (?:weekend|week|break|holiday|trip|christmas|"
    r"summer))[?.!]*$"
)
# The customer asking after the rep: the rep's own "how are you?" forms, or turning them back
# ("and what about you, did you get out at the weekend?", "and yourself?").
ASKS_AFTER_REP = re.compile(
    SOCIAL_QUESTION.pattern
    + r"|"
    + LEAD_IN
    + r"(?:(?:and|so) )?(?:what|how) about (?:you|yourself)\b|"
    + LEAD_IN
    + r"(?:(?:and|so),? )?(?:you|yourself)\?$"
)
# A short reaction before a summary: "ouch, so…", "oh no, so…", "fair enough, so…", "that's
# horrible, so…". Not a clause of the rep's own ("it syncs overnight, so…", "we've got
# deposits, so…"): no subject pronoun first, other than "that's" with one word.
_REACTION = (
    r"(?:(?:that's|that is)\s+[a-z'-]+|(?!(?:i|we|it|they|you|he|she|there|this|that|these|"
    r"those|[a-z]+'(?:s|ve|re|ll|d|m))\b)[a-z'-]+(?:[\s,]+[a-z'-]+){0,2}),\s+"
)
# What the customer's message before the call said ("your email mentioned English classes
# for some of your team"): recalled from writing, not a restatement of what they just said
# (since 2.102.0).
_WRITTEN_CONTACT = (
    r"your (?:message|email|e-mail|note|form|enquiry|inquiry|voicemail|text) (?:said|says|"
    r"mentioned|mentions)\b"
)
# A statement that sums up with "so" ("so a window of four hours and not enough people", "okay,
# so the count at the door isn't really happening", "ouch, so it's come in at three times the
# usual"): not "so" before a question word, the rep's own side, a next step or a change of
# subject ("so what…", "so I'll…", "so, first…").
SO_SUMMARY = re.compile(
    LEAD_IN + r"(?:" + _REACTION + r")?so,? (?!(?:what|how|why|when|where|who|which|do|does|"
    r"did|is|are|can|could|would|will|let|let's|i|we|i'll|we'll|i'd|we'd|i'm|we're|our|my|tell|anyway|yeah|okay|ok|right|"
    # (Since 2.104.0 not thanks, "thanks so much, Maggie"; still "so much of your week goes
    # on the phones".)
    r"if|before|first|just|basically|now|then|thanks|thank|much(?=,|[.!]?$| for\b))\b)"
    # Nor the rep's own conclusion or next step (`OWN_CONCLUSION`).
    r"(?!" + OWN_CONCLUSION + r"|" + _WRITTEN_CONTACT + r")"
)
# A statement framed around the other person: "you're…", "you feel…", "for you…" (not "you're
# welcome", nor "you are welcome" as raw speech recognition writes it, since 2.84.0, nor
# "you've come to the right place", since 2.87.0).
REFLECTION_FRAME = re.compile(
    # (Not, since 2.138.0, "You're very welcome, Martin.")
    LEAD_IN + r"(?:so\s+)?(?:you(?:(?:'re| are)(?! (?:very |most )?welcome| all set| booked| "
    r"(?:absolutely |quite |dead |completely |totally )?right\b)|'ve(?! come to the "
    # (Not, since 2.139.0, the customer credited with knowing better, "You'd know your numbers
    # better than me.")
    r"right\b)|'d(?! know (?:[\w'-]+ ){0,2}better\b)| have| feel| "
    # (Not "you mentioned…" since 2.99.0, as among the restating phrases since 2.98.0.)
    r"felt| think| want| don't| didn't| were| was| said| know| see| sound| seem| "
    r"also| really| just| still| "
    r"can't| need| like| wish| worry| care)|(?!"
    + _WRITTEN_CONTACT
    + r")your|for you|it sounds|sounds like|it seems|"
    r"seems like|it's (?:hard|difficult|important|been) for you|part of you|"
    r"on (?:the )?one hand)\b"
)

# The customer puts a need, want, problem or objective into words: a struggle or a loss, a
# want or goal, something that keeps going wrong, what it costs them in time or money, or a
# thing that does not work.
_TIME_SPAN = (
    r"(?:hours|days|weeks|evenings|weekends|mornings|afternoons|nights|all (?:day|morning|night|"
    r"week|weekend)|half (?:a|the) day|forever|too long|ages)"
)
_COUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten|several|a few|a couple of|\d+)"
NEED = re.compile(
    r"\b(?:we(?:'re| are)? (?:struggl\w+|los(?:e|ing)|miss(?:ing)?|spend(?:ing)? too much)|"
    r"we struggle|our (?:biggest |main |real |big )?(?:problem|issue|challenge|pain|headache)|"
    r"the (?:problem|issue|challenge|trouble|hard part|difficulty) (?:is|we have)|"
    # (Since 2.88.0 also "we probably do need to replace some of it".)
    r"(?<!not sure )(?<!don't think )we (?:(?:really|definitely|badly|desperately|probably) )?"
    r"(?:do )?need|"
    r"we(?:'d| would) (?:like|love) to|i(?:'d| would) (?:like|love|want) to be able to|"
    # How it is going, answered in two words: "honestly, not great" (since 2.84.0).
    r"^(?:(?:honestly|truthfully|to be honest),? )?not great(?:,? (?:to be honest|honestly))?"
    r"[.!]?$|"
    r"(?:get|have) (?:my|our) (?:evenings|weekends|nights|sundays|saturdays|life|lives) back\b|"
    r"i(?:'d| would) (?:like|love) to (?:get|fix|sort|stop|cut|halve|"
    r"reduce|know|find|see (?:fewer|less|more|better))|"
    r"we want to|we(?:'re| are) looking for|it(?:'s| is) a (?:real |big )?(?:pain|problem)|"
    r"(?:is|are|'s) (?:getting to be |becoming |turning into )?(?:a )?(?:real |bit of a )?"
    r"(?:headache|nightmare)|(?:is|are) (?:a|in a|such a) mess|"
    r"(?:'s|is|are) (?:a bit of |a right |such |in )?a (?:guddle|shambles|muddle)\b|"
    r"(?:something|things?)(?:'s| has) (?:got|gotta) to change\b|"
    r"(?:that's|this is|it's) where it (?:costs|hurts|kills) (?:me|us)\b|"
    r"keeps? (?:failing|breaking|slipping|missing|crashing|losing|running out|going down|"
    r"falling behind|getting (?:lost|stuck|missed)|stopping|cutting out|dying|jamming|leaking|"
    r"tripping|dropping out|freezing)|"
    # A deadline to meet; a year not to repeat: "October's kind of the deadline", "I don't
    # want a repeat of last year".
    r"(?:'s|is) (?:kind of |sort of |really |basically )?(?:the|our|my) deadline\b|"
    r"(?:don't|do not) want (?:a repeat|another (?:\w+ )?like)\b|"
    # (Since 2.88.0 also said short: "it just slipped through".)
    r"nobody trusts|slip(?:s|ping)? through the cracks|"
    r"(?:it|things|that|jobs) (?:just )?(?:slipped|slips|slip) through\b|"
    r"our goal is|we(?:'re| are) trying to|"
    r"we have to (?:fix|solve|improve|cut|reduce)|"
    # Not the call ended: "I need to jump on another call", "I need to dash" (since 2.81.0).
    r"i need(?! to (?:dash|jump on|hop on|hop off|shoot off|head off|get off (?:the|this)|go now|"
    r"go[,.!]?$))|i want to|"
    r"(?:i|we)(?: want|'d like| would like) (?:my|our|the) (?:\w+ ){1,2}to\b|"
    r"we can't (?:keep|afford)|"
    r"what we need|what i (?:want|need) is|takes (?:us )?(?:forever|too long)|"
    r"we(?:'ve| have) been (?:losing|struggling)|can't keep (?:happening|going|asking|doing|"
    r"relying|paying|covering|chasing|putting)|"
    r"(?:(?:takes|took) (?:us |me |him |her |them |\w+ )?|(?:take|took) (?:us|me|them) )"
    r"(?:until \w+|" + _COUNT + r" " + _TIME_SPAN + r"|" + _TIME_SPAN + r")|"
    r"(?:i|we|they|she|he) (?:spent|spend|waste|wasted|lose|lost) (?:\w+ )?(?:"
    + _COUNT
    + r" )?"
    + _TIME_SPAN
    + r"|"
    r"costs? us|cost(?:ing)? us|we lost|we(?:'ve| have) lost|"
    r"(?:is|are|was|were) (?:often |always |usually |still |constantly )?(?:wrong|late|broken|"
    r"out of date|paid late)(?! to\b)|"
    r"(?<!if )(?<!if that )(?<!if it )(?:isn't|aren't|doesn't|don't|won't|wasn't|stopped|not) "
    r"(?:\w+ )?(?:working|sync(?:ing)?|"
    r"load(?:ing)?|work)\b(?! for (?:me|us)\b)|shows? (?:a|an) (?:\w+ )?error|errors? in|"
    r"(?:two|three|four|five|several|a few|\d+) errors|running out of|run out of|"
    r"none of (?:our|the|my) (?:[\w-]+ ){1,2}(?:are|is|were|was) \w+ing|"
    # What wears them down, said plainly: "quoting is killing us", "the one bit that gets
    # away from us", "it's the bit we're worst at", "I'd like my evenings back", "I can't do
    # another spring like this one".
    r"(?:is|are|'s) killing (?:us|me)|(?<!would )(?<!'d )(?<!will )kills? (?:us|me)\b|"
    r"gets? away from (?:us|me)|"
    r"(?:bit|thing|part) (?:we're|we are|i'm|i am) worst at|"
    r"i(?:'d| would) (?:quite |really |just )?(?:like|love) (?:my|our) \w+ back|"
    r"(?:can't|won't) (?:do|face|take) another|"
    # "It's Mondays that are the problem", "that's the part that bugs me", "I'd love it if
    # people could…".
    r"(?:is|are|'s) the (?:real |main |big |actual )?problem\b|bugs (?:me|us)\b|"
    r"drives (?:me|us) (?:mad|nuts|crazy|up the wall|round the bend)|"
    r"i(?:'d| would) love (?:it )?if|"
    # A want with its quality: "I'd love a proper par of linen".
    r"i(?:'d| would) (?:love|like) (?:a|an|some) (?:proper|decent|reliable|better)\b)"
)
# Not denied just before: "not worried", "no concerns", "isn't my call", "never my decision".
NOT_DENIED = (
    r"(?<!not )(?<!no )(?<!n't )(?<!never )(?<!not really )(?<!n't really )(?<!not actually )"
    r"(?<!n't actually )(?<!not entirely )(?<!n't entirely )(?<!not just )(?<!not only )"
    r"(?<!n't be )(?<!not be )"
)
# Trouble denied: the customer says a thing is no problem, nobody complains, it never costs them
# sleep or a sale ("we've not lost a single tender over it", "it's one of the few things I never
# lose sleep over", "no complaints so far"), or is content with what they have ("the lads know
# it inside out", "it does everything we need", "it's paid for"). A remark about a problem
# word, not an admission.
DENIES_TROUBLE = re.compile(
    r"\b(?:never (?:\w+ )?(?:lose|lost) (?:any )?sleep|(?:not|n't|never) (?:\w+ )?lost (?:a|one|"
    r"any|a single) |(?:nobody|no one|no-one|none of them)(?:'s| has| have)? (?:ever )?"
    r"(?:complain|moan|grumble|said a word)|no (?:real )?(?:complaints|problems?|issues?|trouble)"
    r"\b|(?:isn't|is not|wasn't|was not|hasn't been|has not been|never been|not been|not really)"
    r" (?:really )?(?:a|an|any|much of a|much of an) (?:big |real |major )?(?:problem|issue|"
    r"concern|worry|headache)|(?:doesn't|does not|don't|do not) (?:really )?(?:bother|worry|"
    r"trouble) (?:me|us)|(?:works|working|worked|runs|running) (?:fine|well|smoothly|okay)|"
    # (Since 2.96.0 also people or trade going well: "they're doing well", "things are going
    # really well", "they settled in quickly".)
    r"(?:doing|going) (?:really |very |pretty |quite )?(?:well|fine|great|nicely|alright|"
    r"all right)\b(?! (?:over|beyond|past|under|above|below)\b)|"
    r"settled in (?:quickly|well|fine|nicely)\b|"
    r"(?:works|worked|has worked|is working) (?:fine |well )?for (?:us|me|them)|does the job|"
    r"(?:we're|we are|i'm|i am) (?:quite |very |pretty |perfectly )?(?:happy|fine|comfortable) "
    r"with|knows? (?:it|them|the system) inside out|does (?:everything|all|what) (?:we|i) need|"
    r"(?:no|any) (?:reason|need) to (?:change|switch|move)|(?:never|not once) let (?:us|me) down|"
    r"it's (?:all )?paid for|(?:nobody|no one|no-one)(?:'s| is) asking for (?:anything|a change|"
    r"more)|(?:not|never|didn't|hasn't|haven't|doesn't|don't)\b[\w ,']{0,30}?\bcost (?:us|me) "
    r"anything\b|"
    # Contentment said of how things run: "it's honestly fine", "the audit went fine", "it's
    # all in one place", "it hasn't gone down since…", "we caught it before it went out".
    r"(?:it's|it is|it was|it went|went) (?:honestly |really |all |perfectly |absolutely )?fine\b|"
    r"all in one place|hasn't (?:gone|been) (?:off|down)|"
    r"came back (?:fine|clean|clear|okay|ok|all right|alright)\b|"
    r"(?:caught|spotted) it (?:before|in time)|(?:that|it) was (?:just )?a one-off\b|"
    r"(?:we|i) (?:got|have got|'ve got) (?:it|that) sorted\b|"
    r"can't complain|mustn't grumble|"
    # No complaints had, nobody turned away: "I don't get complaints about the food", "they've
    # never had to turn one of our couples away" (since 2.83.0).
    r"(?:don't|do not|never|rarely|hardly ever) (?:get|have|had|hear) (?:any |many )?"
    r"complaints\b|never had to turn (?:[\w'-]+ ){1,4}away\b|"
    # A way of working chosen and kept: "the managers prefer it that way".
    r"(?:prefer|prefers|like|likes) it (?:that way|like that|as it is)\b|"
    # Good news: "numbers are good", "…which is the most we've ever had" (since 2.80.0).
    r"(?:numbers|bookings|sales|takings|trade|business) (?:are|is|have been|has been) "
    r"(?:really |very |pretty )?(?:good|great|strong|healthy)\b|"
    r"(?:the )?(?:most|best|busiest) (?:we've|we have|i've|i have) ever (?:had|done|seen)\b)"
)
# The customer leaving the call: "Right, I need to get back out on the floor.", "Sorry, I need
# to go." Needing to be elsewhere now is no need the rep could meet (since 2.131.0); it may
# still put the rep off ("not today, I need to get the top field done" does not start so).
LEAVING = re.compile(
    LEAD_IN + r"(?:sorry,? )?i (?:really )?need to (?:go(?! (?:through|over|back|with|for|"
    r"ahead)\b)|get back(?! on top\b| to (?:where|how|normal|basics)\b)|get off|head off|dash|"
    r"shoot off|crack on)\b"
)
# The customer apologising for their own state ("Sorry I'm a couple of minutes late, we had a
# menu tasting…", "Sorry if I sound a bit frazzled, one of our wagons has broken down…", raw
# "sorry i was just going up the stairs…"): small talk before the business, no need the rep
# could meet (since 2.143.0); it may still object ("Sorry, I'm not at the deposit stage yet.").
OWN_APOLOGY = re.compile(
    r"^(?:(?:oh|yeah|hi|hello|right|um|uh|erm)[,\s]+)*sorry,?\s+(?:if\s+)?i(?:'m|\s+am|\s+was|"
    r"\s+can't|\s+sound)\b"
)
# The need itself denied: "we don't need it", "it doesn't sound like something we need",
# "it's whether we need it, and we don't" (apostrophes optional, as raw speech recognition
# drops them). Such a statement admits no need, whatever its other words; it may object.
NEED_DENIED = re.compile(
    r"\b(?:(?:i|we|they) (?:really |just )?(?:don'?t|do not|didn'?t|did not) (?:really |actually )?"
    r"need (?:it|one|that|this|them|any of (?:it|that|this)|anything (?:like (?:that|this)|else|"
    r"more))\b|(?:doesn'?t|does not|don'?t|do not|isn'?t|is not|not) (?:[\w']+ ){0,3}(?:something|"
    r"anything) (?:we|i) (?:really |actually )?need\b|(?:whether|if) (?:we|i) (?:really )?need "
    r"(?:it|one|that|this)\b.*\b(?:we|i) (?:don'?t|do not)\b|"
    # What they have already does it: "his portal does the rents, and that's all we need".
    r", and (?:that's|that is) all (?:we|i) need\b)"
)
# Problem language: a customer statement in these words tells of trouble on their side (delay,
# loss, error, overload, manual work, depending on one person, unhappy people, risk), which is
# a need put into words even without "we need". Read only when the sentence is no objection.
TROUBLE = re.compile(
    r"\b(?:late|later than|delay(?:s|ed)?|overdue|backlog|(?<!running )(?<!bit )behind|waits?|"
    r"waiting|(?<!i'm )(?<!i am )(?<!we're )sat (?:in|there|"
    r"on)|buried|stuck|slow(?:er)?|wrong|errors?|mistakes?|missed|miss(?:es|ing)|lost|los(?:e|es|"
    # (Since 2.81.0 someone they rely on going: "our first aider is retiring".)
    r"ing)|left us|given notice|quit|(?:is|are|'s|'re) retiring|churn(?:ed)?|"
    r"(?<!don't )(?<!never )(?<!doesn't )"
    r"complain(?:s|ed|ts?)?|angry|upset|unhappy|annoy(?:ed|ing|s)|bane|gone downhill|"
    r"through the roof|overpa(?:y|ying|id)|overcharg\w*|gaps? in|skipped|hates? it|"
    r"(?:doesn't|don't|didn't|couldn't|can't) (?:catch|notice|produce|pick up)|"
    r"nobody (?:hears|believes|notices|answers)|"
    r"not happy|frustrat\w*|exhausted|frazzled|nightmare|hairy|apologi[sz]\w*|never make it|"
    # Aches of the staff: "…a couple of people have mentioned backache" (since 2.130.0).
    r"(?:back|neck|shoulder|wrist)ache|(?:bad|sore|aching|stiff) (?:backs?|necks?|shoulders?|"
    r"wrists?)\b|"
    r"faff|hassle|queued up|typ(?:e|es|ed|ing) (?:[\w-]+ ){0,3}into|"
    r"pack(?:ed|s|ing)? (?:up|in)\b|scramble|"
    r"(?:never|don't|doesn't) (?:have|has) the right|(?:isn't|aren't|not) turning up|"
    r"(?:went|goes|go) bang|(?:'s|is|looks|looking) (?:a bit |very |really |so )?dated|"
    r"(?:stood|standing|sat|sitting) about|"
    r"(?:doesn't|don't|never) stops?\b|stretched|overworked|"
    r"burn(?:ed|t)? out|worr(?:y|ies|ied) "
    r"me|afraid|scared|embarrass\w*|uncomfortable|awkward|by hand|manually|re-?key\w*|retyp\w*|"
    r"copy(?:ing)? (?:everything|it all|\w+ into)|chas(?:e|es|ing) (?:\w+ )?(?:up|for|down|"
    r"contractors|people|customers|suppliers|invoices|payments|updates)|ring(?:ing)? round|"
    r"phon(?:e|ing) round|twice|again,? and again|nobody (?:knows|writes|sees|checks|caught|"
    r"told|signed)|no(?:body| one) (?:has time|picks|owns)|no idea|no way (?:to|of)|"
    r"(?:can't|cannot) (?:see|tell|produce|find|track|get|keep up|carry on|cope)|"
    # "You cannot read the writing", "we couldn't find his waiver".
    r"(?:can't|cannot) read (?:the|his|her|their|my|our) (?:writing|handwriting|notes)\b|"
    r"couldn't find (?:the|his|her|their|my|our|it|them)\b|(?:fall|falls|fell|"
    r"falling) (?:through|behind)|out of date|overtime|double shift|works? a double|"
    r"(?:don't|doesn't|do not|does not|never) talk to each other|oversold|overbooked|"
    r"double[- ]book(?:ed|ing|ings)?|barely (?:covering|cover|breaking even|making|scraping)|"
    r"(?:a|one|two|three|half a|a whole) days? a (?:week|month) (?:on|going on|doing|just|"
    r"chasing|sorting)\b|"
    r"the worst|(?:isn't|wasn't) the first time|without (?:heat|power|stock|cover)|"
    # Worn down, kept awake, money owed, time eaten: "the practices get fed up with it", "it
    # eats into the morning", "I do lie awake about it", "we're owed about four grand",
    # "quoting's a pain as well".
    r"fed up|(?:eats?|eating|ate) (?:into|up) (?:the|my|our|your|a|half)\b|"
    # A leak sprung; people who never came back.
    r"(?:sprang|sprung|sprouted) a leak|(?:is|was|were|started|start) leaking|"
    r"(?:neither|none) of (?:them|us)(?:'s| has| have)? (?:been|come) back|"
    r"(?:haven't|hasn't|have not|has not|'ve not|'s not|never) (?:been|come) back since\b|"
    r"never came back\b|"
    # A call or message never received, stock poured away, work turned away.
    r"never (?:got|received) (?:the|a|my|our|his|her|their) (?:call|message|email|text|order|"
    r"delivery|invoice|page|alert)\b|(?:phone|bell|alarm|pager) never (?:rang|went off)\b|"
    r"(?:pour(?:ed)?|pouring|chuck(?:ed)?|threw|throw|bin(?:ned)?) (?:the lot|it all|it|them|the "
    r"\w+) (?:down the drain|away|in the bin|in the skip)\b|"
    r"turn(?:ing|ed)? (?:them|it|work|orders|customers|people|bookings) (?:down|away)\b|"
    # Their own customers unhappy or complaining; a machine not taking payment.
    r"(?:weren't|wasn't|aren't|isn't|not) (?:too |very |exactly |best )?(?:thrilled|impressed|"
    r"pleased|chuffed)\b|"
    # Worn out; money handed back or swallowed.
    r"(?:she's|he's|i'm|we're|they're) (?:\w+ )?(?:wrecked|shattered)\b|"
    r"money (?:in|down) the (?:bin|drain|toilet)\b|(?:that|it) (?:really )?stings\b|"
    # It stung; not good for the numbers; not fair on the staff; stock binned.
    r"(?:which|that|it),?(?: you know,?| really| rather)? stung\b|"
    r"(?:isn't|is not|wasn't|was not|not) (?:great|good|ideal) for (?:the|our|my) (?:numbers|"
    r"business|trade|bookings|reviews|reputation|takings|margins?)\b|"
    r"(?:isn't|is not|it's not|not) fair on (?:the|our|my|them|us|her|him)\b|"
    r"(?:i'm|we're|i am|we are) (?:\w+ )?(?:binning|chucking out|throwing away)\b|"
    r"refund(?:ed|ing)? (?:her|him|them|the customer)\b|"
    # Happened more than once, work at a loss, a worker who may go, a phone nobody answers.
    r"more than once|(?:ran|run|runs|running|done|did|sold|selling) at a loss\b|"
    r"if (?:it|this|that) carries on\b|(?:rings?|ringing|rang) out\b|"
    # Never right, miles off, a terrible signal, a dropped connection, labels coming out blank.
    r"(?:is|are|'s|'re) never right\b|miles (?:off|out)\b|"
    r"(?:signal|wifi|wi-fi|reception|connection)(?:'s| is) (?:terrible|awful|rubbish|useless|"
    r"dreadful|shocking|hopeless)\b|drop(?:s|ped|ping)? (?:the |our |my )?(?:connection|signal|"
    r"calls?)\b|coming out (?:blank|faint|wrong|smudged)\b|"
    # A feed, line or machine dropping out: "the card machine drops out every time…".
    r"(?:feed|line|machine|reader|signal|connection|wifi|wi-fi|stream|call|broadband|internet) "
    r"(?:keeps |kept )?drop(?:s|ped|ping)? out\b|"
    r"can't answer (?:it |the phone |calls )?when\b|"
    r"(?:we|i) (?:just )?(?:ate|swallowed|absorbed) (?:it|the cost|the difference)\b|"
    r"(?:had|have) a (?:bit of a |right )?moan\b|"
    r"(?:not|isn't|won't|stopped) taking (?:cards|payments|card payments|bookings|orders)\b|"
    # Someone who stopped coming, a hit to trade, "it's not ideal".
    r"stopped (?:coming|turning up|showing up|answering|replying|calling back)|"
    r"(?:'s|has|have) hit (?:the|our|my) (?:bookings|sales|numbers|trade|takings|reviews|"
    r"margins?|turnover)|not (?:exactly )?ideal|far from ideal|"
    r"(?:keeping|kept) (?:me|us) (?:up|awake)\b|"
    r"can't hear (?:yourself|myself|ourselves) think|"
    r"(?:lie|lying|lay) awake|(?<!never )(?<!n't )los(?:e|ing) sleep|keeps? (?:me|us) up at night|"
    r"(?:we're|we are|i'm|i am) owed|(?:'s|is|are) (?:a (?:real |right |bit of a |total )?)"
    r"(?:pain|nuisance)\b|"
    # What they would change first, what they would be glad to be rid of.
    r"(?:bit|thing|part) i(?:'d| would) (?:change|fix|get rid of)\b|"
    r"(?:glad|happy) to see the back of\b|"
    # Theft, and a machine that will not do its job: "somebody walked off with it", "the
    # server won't play it".
    r"stolen|theft|thie(?:f|ves)|(?:walked|walks|went|made) off with\b|"
    # "I've got a problem with the rounds this morning."
    r"(?:i've|we've|i have|we have) got (?:a|an) (?:\w+ )?(?:problem|issue|fault) with\b|"
    r"won't (?:play|print|start|connect|charge|turn on|switch on|open)\b|"
    # What should happen and does not: "the tenants are meant to leave them clean but they
    # never do".
    r"(?:meant|supposed) to\b[^.?!]{0,60}\bbut\b|"
    # A day of the week with no trade: "honestly, Thursdays are dead".
    r"(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekdays|midweek|the "
    r"middle of the week) (?:are|is|'s) dead\b(?! (?:simple|easy|nice|good|until|till)\b)|"
    r"instead of (?:\w+ing)|supposed to be|(?:a|the) (?:risk|fine|penalty|audit)|failed|fails|"
    r"failing|broke|breaks|crash\w*|outage|down for|downtime|depend(?:s|ing)? on one|"
    r"single point|(?:costs?|cost(?:ing)?|paid|pay(?:ing)?) (?:us )?(?:close to |about |over |"
    r"nearly |almost )?(?:\d|a fortune|thousands|a lot)|wastes?|wasted|"
    r"(?:takes?|took) (?:us |me |her |him |them )?(?:" + _COUNT + r"|a good|the whole)[\w ]{0,12}"
    r"(?:months|weeks|days|hours))\b"
)
# Hesitation about the offer: a reservation ("my worry is…", "I'm wary of…", "more than we
# pay now") about what is proposed: its price, terms, roll-out, the switch from what they have.
# "More than" as an intensifier ("more than anything", "more than happy") is none.
RESERVATION = re.compile(
    r"\b" + NOT_DENIED + r"(?:worr(?:y|ied|ies)|wary|concern(?:ed|s)?|"
    r"hesitant|nervous|sceptical|skeptical)|\b(?:"
    r"not convinced|not sure|doubt|afraid|(?<!at )risk(?:y)?|don't want (?:to|them|the|my|our|"
    r"anyone|people|staff)|don't think (?:the|it|it'd|we'd|that)|won't|wouldn't|(?:can't|couldn't) "
    r"(?:justify|sign|commit|afford)|hard (?:time|to justify|sell)|"
    r"more than(?! (?:anything|ever|once|"
    r"happy|welcome|enough)\b)|longer than|"
    r"too (?:much|long|expensive|complicated|complex|many|big)|a fraction of|already|"
    r"the other thing is|timing|busiest|not (?:now|yet|rolling|switching|changing|ready)|"
    r"ignore it|(?:won't|'ll not|will not) (?:touch|use|read)|hated|then what|what if|"
    # "Not this week", "not till the season's done", "they aren't going to book online".
    r"not this\b|(?:^|, )not (?:till|until)\b|"
    r"(?:aren't|isn't|are not|is not) going to (?:use|book|learn|bother|change|touch|read|pay))\b"
)
OFFER_TOPIC = re.compile(
    r"\b(?:pric\w+|cost(?:s|ing)?|pay(?:ing)?|paid|fees?|spend|budget\w*|money|cheap\w*|"
    r"expensive|contract|sign(?:ing)?|commit\w*|terms?|years?|renew\w*|roll(?:ing)?[ -]?out|"
    r"implement\w*|migrat\w*|switch\w*|chang(?:e|ing)|training|learn|adopt\w*|app|portal|"
    r"system|software|tool|platform|product|new|another|one more thing|yours|your (?:\w+ )?"
    r"(?:product|tool|app|system|platform|price|offer)|it|this|that|anything|something|"
    r"timing|stretch|season|quarter|month|we have|we use|we've been on|we're on|pilot|trial|"
    r"machine|kit|equipment|device|hardware)\b"
)
# The rep presents the product or solution: names it, says what it does or lets the customer
# do, or tells what other customers got from it. Offering a demo is not yet presenting. (The
# pitch label itself comes from the learned classifier, `learned.py`; this pattern keeps a
# rep's presenting statement from counting as a restatement.)
# Words that only fill a pause while something loads or is found ("there we go", as a screen
# share opens; "bear with me"): no presenting, whatever the classifier makes of them.
SIGNPOST = re.compile(
    LEAD_IN + r"(?:(?:there|here) (?:we|you) (?:go|are)|bear with me|(?:just )?(?:one|a) "
    r"(?:sec|second|moment|tick))[.!]?$"
)
# The rep's plan for the call, "I thought we could spend most of the time on how your exams
# run now…, and then, if it's useful, I'll show you how we might help.": no presenting either
# (since 2.142.0).
CALL_PLAN = re.compile(
    LEAD_IN + r"(?:i thought|i'd like|i was hoping|i'd suggest|the plan is|my plan is)(?: that)? "
    r"(?:we|i) (?:could |might |would |can )?(?:spend|start|use)(?: (?:most|much|the bulk|a bit|"
    r"some) of)? (?:the|our|this) (?:time|call|half hour|hour)\b"
)
# A door left open at the end of a call ("if Mark ever does move, just look up Dalesguard and
# you'll find us", "you know where we are"): no presenting either (since 2.85.0).
PARTING_INVITATION = re.compile(
    r"\b(?:you know where (?:we are|to find (?:us|me))|you'll find us|look us up|give (?:us|me) a "
    r"(?:ring|shout|call|bell) (?:if|whenever|any ?time|when))\b"
)
# The rep saying who they are and where from, and no more ("it's Ryan from the Living Roof
# Company in Bristol"): no presenting either, whatever the company's name says (since
# 2.91.0); not an introduction that goes on to the offer ("…, we make booking software").
INTRODUCTION = re.compile(
    LEAD_IN + r"(?:(?:hi|hello|hiya|morning|afternoon) [\w'-]+,? )?(?:it's|its|this is|i'm|im|"
    r"my name's|my name is) [\w'-]+(?: [\w'-]+)? (?:here )?(?:from|at|with) "
    r"(?:(?!\b(?:we|and|who|which|that|so|to|about)\b)[^,;:?!]){1,60}"
    # … and where the customer knows them from: raw "its kieran from timberline we did the
    # benches at the red lion in your village" (since 2.93.0).
    r"(?:,? we (?:met|spoke|did|fitted|supplied|installed|put in|sent|worked)\b[^?!]*)?[.!]?$"
)
_PRODUCT_NOUN = (
    r"(?:platform|product|solution|software|tool|system|module|app|suite|dashboard|engine|"
    r"model|service|offering|portal|integration|analytics|reporting|feature|features|"
    r"waiting list|scheduler|workflow)"
)
PITCH = re.compile(
    # (Since 2.137.0 also "Let me just tell you quickly about our hire scheme…".)
    r"\b(?:let me show you|i(?:'ll| will| can) show you|"
    r"let me (?:just )?tell you (?:quickly |briefly )?about our\b|our (?:[\w-]+ ){0,2}"
    + _PRODUCT_NOUN
    # Not a colleague named by their work: "he's our product specialist".
    + r"\b(?! (?:specialists?|managers?|team|experts?|lead|owners?|designers?|consultants?|"
    r"engineers?|people|person|guy)\b)|we offer|we provide|we also offer|features?\b|"
    r"(?:our|the) (?:pricing|integration)|we integrate|out of the box|comes with|"
    # Not a booking offered: "we've got a slot in the second week of October".
    r"we(?:'ve| have) (?:built|got) (?:a|an)(?! (?:[\w-]+ )?(?:slot|space|gap|cancellation|opening|"
    r"vacancy)\b)|our customers (?:usually|typically|see)|"
    r"(?:customers|clients) (?:usually|typically|often) (?:see|get|cut|save|are)|"
    r"most (?:of our )?(?:customers|clients) (?:are|see|get|go|cut|save)|"
    r"what we do is|we help (?:companies|teams|customers)|"
    r"we (?:assign|include|automate|guarantee|handle|monitor|take care of)\b|"
    r"(?:it|(?:the|our) (?:[\w-]+ )?" + _PRODUCT_NOUN + r") (?:also |then |automatically )?"
    r"(?:lets you|gives you|"
    r"sends|texts|flags|alerts|syncs|updates|pulls|feeds|shows|handles|automates|tracks|"
    r"reads|checks|catches|fills|works out|accounts for)\b|"
    r"you(?:'d| would|'ll| will) be able to|pricing is per|"
    r"(?:ours|our \w+) is (?:much |far |a lot )?(?:easier|faster|cheaper|simpler|better)|"
    # The product named as "the app", "the platform": in the rep's mouth, theirs; not the one
    # the customer asked about ("you were asking about the ordering app").
    r"(?<!asking about )(?<!asked about )(?<!enquiring about )(?<!enquired about )"
    r"(?:the|this|that) (?:[\w-]+ )?(?:app|platform|module|dashboard|portal|feature|mode)\b|"
    # Other customers' stories and comparisons with what the customer has.
    r"(?:one|some|a lot|many|most|plenty|hundreds) of our (?:customers|clients|users)|"
    # The reach it gives: "you're in front of every farm shop from Ludlow to Chester" (since
    # 2.80.0).
    r"(?:puts? you|gets? you|you're|you are|you'd be|you'll be) in front of (?:every|all the|"
    r"hundreds of|thousands of|\d+|\w+ (?:hundred|thousand))\b|"
    r"we(?:'ve| have) got (?:over |more than |about )?(?:\d+|\w+ (?:hundred|thousand)) "
    r"(?:customers|clients|users|teams|companies|contractors|firms)|came to us from|"
    r"ours (?:works|does|has|is|runs|keeps)|our [\w-]+ (?:are|is) (?:a lot |much |far )?more|"
    # What it is for, and how light it is to take on.
    r"(?:that's|this is|which is) (?:exactly )?(?:what|where) (?:our|the) [\w -]{0,30}"
    r"(?:is for|comes in|shines|helps)|(?:that's|this is) (?:exactly )?where \w+ (?:shines|"
    r"comes in)|built for|on the market|up and running|(?:is|are) included|included in|"
    r"we (?:do|run|handle|import|migrate|configure|host|designed|built|released) (?:the|those|"
    r"it|all|that|your|them)\b|with one (?:tap|click)|(?:builds|updates|fills) itself)"
)
# In a service call the agent presents only when offering something more than the fix: an
# add-on, a newer product, a better cover ("While I've got you, we've now got a pendant
# that…", "We also do a hair pre-filter…", "There's also a wired adapter we can fit…", "Some
# aquariums add our backup module…"; since 2.131.0). Not "while I've got you, I'll update
# your number".
SERVICE_OFFER = re.compile(
    r"\b(?:" + _GOT_YOU + r",? (?:we|we've|we're|our|there's|there is|there are)\b|"
    r"we (?:also|now) (?:offer|provide|sell|do|fit|supply|make|have)\b|we offer|we provide|"
    r"we(?:'ve| have) (?:now |also )got (?:a|an)\b|"
    r"there(?:'s| is) also (?:a|an) [\w -]{1,40}? (?:we|you) (?:can|could) (?:fit|add|get|buy|"
    r"have)\b|(?:add|upgrade to|go for|take out|switch to) our\b|"
    # (Since 2.132.0 also a plan of theirs put forward, "What you might want to think about is
    # our Priority Care plan.")
    r"you (?:might|may) (?:want to )?(?:think about|look at|consider)(?: is)? our\b|"
    # (Since 2.135.0 also one mentioned for later, "And just so you know for the future, we do a
    # planned maintenance contract…")
    r"so you know(?: for the future| for next time)?,? we (?:do|offer|run|sell) (?:a|an)\b|"
    # (Since 2.137.0 also one offered against the fault coming back, "To stop this coming back
    # once the engineer has been, we do a scale guard filter…"; not advice, "To stop it
    # happening again, it's worth checking that basket…")
    r"to stop (?:this|it|that) (?:coming back|happening again)\b[^.]*?,? we (?:do|offer|sell|"
    r"fit|supply) (?:a|an)\b|"
    r"(?:it's|it is|it might be|it'd be|it would be) worth (?:thinking about|looking at|"
    r"considering) our\b)"
)
# Other firms the customer means to try: "a couple of other suppliers".
_OTHER_SUPPLIERS = (
    r"(?:a couple of |a few |some |two |three )?other (?:suppliers|firms|companies|people|"
    r"installers|printers)\b"
)
OBJECTION = re.compile(
    r"\b(?:too expensive|(?:no|not the) budget|not (?:a|the) (?:priority|right time)|"
    r"we already (?:have|use)|not sure (?:about|that|it|we)|"
    # What they can do already, their own calls unwanted, not worth the trouble: "I can already
    # see them on my phone", "don't ring me again", "it's not worth the bother for me" (since
    # 2.84.0).
    r"(?:i|we) can already (?:see|do|get|check|track)\b|"
    r"don't (?:ring|call|phone|contact|email|e-mail|text) (?:me|us) again\b|"
    r"not worth (?:the|my|our) (?:bother|hassle|trouble|effort)\b|"
    + NOT_DENIED
    + r"(?:concern(?:ed|s)?\b|worried)|"
    # Shopping around: "I'll talk to a couple of other suppliers and decide after Easter".
    r"(?:talk|speak) to "
    + _OTHER_SUPPLIERS
    + r"|get (?:some )?(?:other )?quotes from "
    + _OTHER_SUPPLIERS
    + r"|"
    # Other things come first, they are attached to the firm they have, or the matter is
    # theirs: "the plants are the least of it", "she's very fond of Derek", "that's my problem
    # to manage, not yours" (since 2.81.0).
    r"(?:is|are|'s|'re) (?:(?:the )?least of (?:it|my worries|our worries|my problems|our "
    r"problems)|(?:very |really |quite |so |ever so )?(?:fond of|loyal to))\b|"
    r"(?:my|our) (?:problem|lookout|headache) to (?:manage|sort|deal with|worry about)\b|"
    r"happy with what we have|things work fine|doesn't fit|too (?:complicated|complex)|"
    r"costs? too much|budget freeze|above (?:what we|our) budget|over (?:our|the) budget|"
    # (Since 2.97.0 also "that's well beyond my budget".)
    r"(?:beyond|outside|above|over) (?:my|our|the) (?:[\w-]+ )?budget\b|"
    r"(?:a )?long commitment|(?:need|have) to think about it|let me think about it|"
    r"not (?:right )?now|bad timing|locked into|locked in (?:to|until|for)|"
    r"not (?:at the moment|for now|for a while|today|this (?:year|quarter|month|time|round|"
    r"season))|"
    r"maybe (?:later|next year|another time)|no complaints|never (?:had|have) (?:a|any) "
    r"(?:problem|issue|complaint)|"
    r"(?:not|isn't|ain't) broken?\b|(?:we're|we are|i'm|i am|they're) (?:quite |really |perfectly |"
    r"very |pretty )?happy with (?:what we|where|how (?:it|things|we)|the (?:current|pilot|way|"
    r"system|supplier|one)|our (?:current )?\w+)|don't (?:really |actually )?(?:have|see) (?:a|"
    r"the|any) (?:problem|need|issue|case) for|(?:a lot|that kind|serious amount) of money|"
    r"(?:a )?big (?:number|ask|outlay) for\b|"
    r"(?:budgets?|spend\w*|the lot|everything|it all|projects?) (?:is |are |'s |has been |have "
    r"been |been )?(?:frozen|on hold)|frozen (?:the lot|everything|all|spending|budgets?)|"
    r"(?:spending|budget|hiring) freeze|put (?:it|this|that|everything|things) on hold|hold off|"
    r"no new (?:suppliers|spend\w*|systems|projects)|"
    r"not going to (?:do|change|buy|sign|switch|move|look|take|start|bother)|"
    # What someone else pays for theirs ("my cousin pays about thirty for his"); one like it
    # tried before ("we tried one of those ordering websites", "we had one of those sensors").
    r"(?:pays?|paying|paid) (?:about |only |just |around |roughly |under |less than )?"
    r"[\w£$€.,-]+(?: [\w.-]+)?(?: a (?:month|year|week|quarter))? for (?:his|hers|theirs|"
    r"(?:his|her|their) [\w-]+)\b|"
    r"we (?:tried|had) (?:one of (?:those|these|them|your)|something like (?:this|that|it)|one "
    r"before)\b|"
    # Someone they know who says they can do it ("my nephew reckons he can knock us up a stock
    # sheet"), a rival's offer to match, what they have being good enough, not before a season.
    r"(?:reckons|says|thinks) (?:he|she|they)(?:'d| could| can|'ll| would) (?:knock|do|sort|fit|"
    r"set|build|make|rig)\b|(?:match|beat) (?:anybody's|anyone's|any|your) (?:rate|price|"
    r"quote)\b|works? (?:well|good|near) enough\b|"
    r"not this side of (?:christmas|easter|the new year|the summer|summer|spring)\b|"
    # (Since 2.82.0 also "I won't be switching any time soon".)
    r"(?:(?:we're|we are|i'm|i am) not|(?:i|we) (?:won't|will not) be) (?:buying|signing|"
    r"switching|changing|paying for)\b|"
    # Too small for it, "there are only nine of us"; the rep's sums doubted, "that assumes
    # they ask every year"; a bare "please don't" (since 2.82.0).
    r"(?:there's|there are|there is|we're|we are) only (?:\w+|a few|a handful) of us\b|"
    r"^(?:but |well,? )?that assumes\b|^(?:oh,? |no,? )?please don't[.!]?$|"
    r"(?:nah|no),? leave it\b|^no need,? (?:honestly|really|thanks|thank you)\b|"
    r"i(?:'d| would) (?:rather|sooner) (?:keep|stay|stick|wait|leave|put up with|pay less)|"
    # Affording it in doubt, more than they have, what they have suffices: "it's just whether
    # we can afford it", "that's more than we've got", "the notebook does me".
    r"whether (?:we|i) can afford (?:it|that|this|one)\b|more than (?:we've|we have|i've|i have)"
    r" got\b|\b(?:the|my|our|that|this) [\w-]+ does (?:me|us)\b|"
    r"(?:we're|we are|we've|we have) already (?:running|using|trialling|piloting|signed|"
    r"committed|chosen|picked|got|with)|"
    # A plain decline or a doubt about changing at all: "there's no point", "I can't see it
    # this year", "I'd be wasting your time", "we're not looking to add anything", "I don't
    # see what's broken", "the last thing I want is…", "three years is a long time to lock
    # yourself in", "they're a fair bit cheaper", "I'd rather not…".
    r"(?:there's|there is) (?:no|not much) point|can't see (?:me|us|them|him|her) [a-z]+ing\b|"
    # "I can't see the point, if I'm honest."
    r"(?:can't|cannot|don't) see the point\b|"
    r"can't see (?:it|that|us|this) (?:this|happening|"
    r"before|working|being)|wasting (?:your|my|our) time|"
    r"(?:not|n't) (?:really )?looking to (?:add|change|buy|switch|move|spend|take on)|"
    r"(?:don't|do not|can't|cannot) (?:really )?see what's (?:broken|wrong)|"
    r"(?:the )?last thing (?:i|we) (?:want|need)|lock (?:yourself|ourselves|us|me) in|"
    r"(?:a fair bit|a lot|quite a bit|much|loads) cheaper|"
    r"i(?:'d| would) rather not\b(?! (?:say|tell|answer|share|disclose|go into)\b)|"
    # A mild reservation: money short ("money's fairly tight", "it's still money we'd have to
    # find", "the price is the sticking point"), no reason to change ("why change now?", "we've
    # managed for years with a diary"), the people who would not have it ("the committee would
    # never agree", "she'd hate it"), a doubt it would help, a promise withheld ("I can't
    # promise anyone will look at it before the spring", "not until I've thought it over").
    r"i(?:'d| would) rather (?:you didn't|you did not|muddle|carry on|make do)|"
    r"(?:money|cash|budget|funds?)(?:'s| is| are)(?: \w+)? tight|"
    r"(?:money|budget|cash) (?:we'd|we would|i'd|i would) (?:have|need) to find|"
    r"sticking point|stumbling block|"
    r"why (?:change|switch|bother)\b(?! (?:to|from|over|is|was)\b)|"
    r"(?:we've|we have|i've|i have|they've|they have) (?:managed|coped|got by|survived) "
    r"(?:fine |perfectly well |ok |okay )?(?:for|without|with)\b|"
    r"would never (?:agree|go for|accept|wear|use|sign|approve|allow|stand for)|"
    r"(?:would|'d|will|'ll) hate (?:it|that|this|the idea)\b|"
    r"(?:don't|do not) (?:know|think) (?:that|if|whether) (?:it|that|this)(?:'d| would) "
    r"(?:help|work|change|make)|"
    r"(?:don't|do not|wouldn't|would not) trust (?:a|an|the|it|that|them|computers?|software|"
    r"apps?|machines?)\b|"
    r"can't promise|not until (?:i've|we've|i have|we have|i|we|after|next)\b|"
    r"(?:got|been|get|were|was) (?:badly )?(?:burned|burnt|stung)\b(?! out)|"
    r"take (?:some|a lot of|a bit of) convincing|"
    r"(?:not|[a-z]+n't) (?:great|good|very good|brilliant) with (?:computers|technology|tech|"
    r"phones|apps|"
    r"screens)|not (?:a )?(?:tech|techy|technical|computer) (?:people|person|type)|"
    r"(?:can|could) (?:barely|hardly) (?:work|use|manage|operate)|never again|"
    r"(?:i've|i have|we've|we have) not (?:even )?(?:said|agreed|decided)|"
    r"(?:i|we) haven't (?:even )?(?:said|agreed|decided)|"
    # Spending stopped until a date, enough on already, not signing over the phone, the team
    # first, just heard of it.
    r"no (?:more )?(?:spending|spend) (?:till|until|before)|got enough on\b|"
    r"(?:don't|never) sign (?:anything|things)|(?:talk|speak) to (?:the|my|our) \w+ first|"
    r"only just heard|"
    # Money tight in the trade, a rival's quote, the effort of learning it.
    r"(?:run|runs|running) on a shoestring|margins? (?:are|is) (?:tiny|thin|tight|wafer[- ]thin)|"
    r"(?<!you )(?<!i )(?<!we )quoted (?:us|me)\b|(?:have|need) to learn (?:it|a new|another)\b|"
    # No time to take it on, nothing new taken on, a past one not worth its trouble.
    r"(?:haven't|have not|don't have|do not have|not got|no) (?:got )?(?:the )?time to (?:learn|"
    r"set (?:it|one|that) up|train|change|switch)\b|"
    r"(?:i'm|we're|i am|we are) not doing (?:it|that|anything) (?:today|now|this week)\b|"
    r"(?:can't|cannot|couldn't) (?:do|sign) anything (?:today|now|this week|till|until)\b|"
    # Content with how it has gone: "it's worked alright so far".
    r"(?:it's|it has|that's|that has) worked (?:alright|all right|fine|okay|ok|well(?: enough)?) "
    r"(?:so far|for us|up to now|till now)\b|"
    r"can't be doing (?:two|another|that|this|it|all)\b|"
    r"(?:i'm|we're|i am|we are) not (?:taking|putting|signing) (?:anything|anyone|on anything|"
    r"on anyone|up (?:to|for) anything)\b|"
    r"(?:that's|who's|which is|that is|that are|who are) (?:a (?:bit|lot|fair bit) )?cheaper "
    r"than (?:that|yours|you|what you|your)\b|"
    r"more (?:trouble|hassle|bother|work|faff) than (?:it|they)(?:'s| is| was| were) worth\b|"
    r"(?:they're|they are|theirs is|they were) (?:\w+ )?cheaper|"
    # Money they would not spend: "at the moment I wouldn't spend money on it" (since 2.89.0).
    r"\b(?:i|we) (?:wouldn't|would not|won't|will not) spend (?:money|anything|that|that much)\b|"
    # What they have works: "honestly, what we have works" (since 2.88.0).
    r"\bwhat (?:we|i)(?:'ve got| have| use| run)(?: now| at the moment)? works\b|"
    # Tied in before: "the coffee machine people tied us in for five years" (since 2.86.0).
    r"\btied (?:us|me) in\b|"
    # Another firm they have seen was cheaper: "the other company we had in was cheaper on
    # the chairs" (since 2.85.0).
    r"\bother (?:company|companies|firm|firms|supplier|suppliers|one|lot|crowd|quote)\b"
    r"[\w' ]{0,30}? (?:was|were|is|are|'s|'re) (?:still |a bit |a lot |much |a fair bit )?"
    r"cheaper\b|"
    # A rival's price set against the rep's, disbelief, a promise refused, being hurried.
    r"above what (?:we|i) pay|(?:below|under|cheaper than) you\b|(?:are|is) quoting (?:me|us)|"
    r"they all say that|\baye,? right\b|no promises|"
    r"(?:didn't|didnae|never) say (?:i was|i'm|we were|we're) (?:buying|going ahead|signing)|"
    r"not good enough|(?:not|no') rushing|"
    # Content as they are, a bad moment, the price called dear.
    r"(?:we're|we are|i'm|i am) (?:fine|grand|okay|ok|alright|all right) as (?:we|i) (?:are|am)|"
    r"(?:we're|we are|i'm|i am) (?:fine|grand|okay|ok|alright|all right|sorted) (?:just now|"
    r"for now|at the (?:minute|moment)|for the time being)\b|"
    r"(?:a|the) (?:terrible|bad|awful|rubbish|busy) time (?:for|to)|now's (?:a|the) (?:terrible|"
    r"bad|awful|worst) time|(?:that's|it's|that is|it is) not (?:cheap|exactly cheap)|"
    r"(?:i'm|i am|we're|we are) (?:no|not) (?:signing|deciding) (?:up |anything)|"
    r"not (?:really )?sure (?:we|i) need (?:it|one|that|this)|"
    # The price too high, refused or wanted lower; "so you say"; too busy to change now.
    r"too (?:high|steep|dear|pricey)\b|"
    r"(?:i'm|i am|we're|we are) not paying\b(?! (?:\w+ )?attention)|"
    r"(?:i|we) (?:won't|will not|wouldn't|would not) pay\b|"
    r"(?:want|get|need) the (?:price|monthly|cost|rate|figure|number|quote) down\b|"
    r"\bso you say\b|flat out (?:till|until|at the moment|right now|this|for)\b|"
    # The price called a robbery or cheeky, "six hundred's a lot for copying a spreadsheet
    # over", "so I pay more for less", "this month's tight"; what they have does it already;
    # people not taken with technology; "not just now".
    r"(?:daylight|highway) robbery|(?:'s|is) (?:a (?:bit|little|tad) )?(?:cheeky|steep)\b|"
    r"(?<!there)(?:'s| is) (?:still |quite |a bit )?a lot (?:for|to pay|to spend)\b|"
    # A rival's price seen: "I've seen ones on Amazon for about one eighty".
    r"(?:i've|we've|i have|we have) seen (?:ones?|them|it|the same) (?:on|at|in|from) "
    r"[\w' ]{1,20}? for\b|pay(?:ing)? more for less|"
    r"(?:month|week|quarter|year)(?:'s| is)(?: \w+)? tight|"
    r"(?:does|do|did|handles?|covers?|sorts?) (?:that|this|it|all that) already\b|"
    r"(?:we|i|he|she|they) (?:do|does) (?:that|this|it) (?:now|ourselves|myself|in-house)\b|"
    # A rival's quote in hand, not this year, no money for it.
    r"(?:i|we)(?:'ve| have)? (?:had|got) (?:a |another )?quote from\b"
    r"(?! (?:you|your|yourselves)\b)|"
    r"(?:i'm|i am|we're|we are) not having (?:anyone|anybody|that|it|them|people)\b|"
    r"(?:it's|that's) not happening (?:this|till|until|before)\b|"
    r"(?:there's|there is) no money (?:for|in)\b|"
    r"(?:not|[a-z]+n't) (?:big|keen|great) on (?:technology|tech|computers|apps|phones|screens|"
    r"gadgets)|"
    r"not just (?:now|yet|at the moment)\b|"
    # Seeing it before anything: "I want to see what it's going to look like first".
    r"(?:i|we)(?:'d)? (?:want|need|like) to see (?:it|what|how|one|a sample|a mock-up|a proof|the "
    r"[\w-]+)\b[\w ,'-]{0,40}\bfirst\b|"
    # Holding out for a better price: "I'd want better than ten percent on five suits".
    r"(?:i|we)(?:'d| would) (?:want|need|expect) (?:better|more) than\b|"
    # Only just moved to what they have: "we only moved to Bookwell last year".
    r"we (?:only|just|only just) (?:moved|switched|changed) (?:to|over)\b|"
    # The budget spent ("we've nothing left in the budget this season"), a claim heard before,
    # someone who would not go near a computer.
    r"(?:nothing|no money|nowt|not a penny) left in (?:the|our|my) (?:budget|pot|kitty)\b|"
    r"(?:i've|we've|i have|we have) heard (?:that|this|it) (?:one |all )?before\b|"
    r"(?:wouldn't|won't|would not|will not|would never|will never|'d never) (?:go near|touch) "
    r"(?:a|an|the) (?:computer|laptop|tablet|app|screen|ipad)\b|"
    # Put off by the price; just signed elsewhere; committed now.
    r"(?:put|puts|putting) (?:me|us) off\b|"
    r"(?:we've|we have|i've|i have) (?:just|only just|recently) signed (?:a|an|with|up|for|on)\b|"
    r"(?:we're|we are) committed (?:now|elsewhere)\b|"
    # A contract to pay out ("we'd have to pay out the rest of the year").
    r"(?:have|need) to pay (?:out |off )?the rest of\b)"
)
_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
# A day named for an act: "(on) Thursday", "tomorrow", "next week".
_ON_A_DAY = r"(?:on )?(?:" + _WEEKDAYS + r"|tomorrow|next week)\b"
# The customer invites a visit for a day: "come down Wednesday week, the tenth, around eleven"
# (a commitment, and agreement to discuss the solution).
_VISIT_INVITED = (
    r"^(?:(?:well|right|okay|ok|aye|yeah|yes|go on|fine|so),? )*come (?:down|over|round|in|"
    r"along|out|up)(?: on| next)? (?:" + _WEEKDAYS + r"|week|tomorrow)\b"
)
# A day taken, its condition said before "that works": "Thursday morning, before we open, that
# works" (a commitment, and agreement to discuss the solution).
_DAY_THEN_WORKS = (
    r"^(?:(?:yeah|yes|right|okay|ok|oh|well|aye),? )*(?:" + _WEEKDAYS + r"|tomorrow)(?: "
    r"(?:morning|afternoon|evening))?, [\w' ]{1,40}, (?:that|which) (?:works|suits|would work|"
    r"would suit|is fine|'s fine)\b"
)
# A moment asked for and what the speaker does in it ("hang on, I'll put my ear to it", "hold
# on, I'll get the hoover"): done on the call, no commitment (since 2.92.0), unless a promise
# follows it ("…and I'll ring you back").
HOLD_ON = re.compile(
    LEAD_IN + r"(?:hang on|hold on|bear with me|one sec(?:ond)?|just a (?:sec|second|moment|"
    r"minute)|give me a (?:sec|second|moment|minute))[,.!]* (?:i'll|ill|i will) (?:just )?"
    r"(?![^.?!]*\b(?:and|then) (?:i'll |ill )?(?:ring|call|phone|get back|email|send|text)\b)"
)
# A sum of money said back as a question, and nothing else: "Eleven thousand?", "Eight hundred
# and ninety pounds?", "A thousand for the council as well?" (since 2.110.0; an objection to
# the price when it does not answer a question, see `analysis`).
_SUM_WORD = (
    r"(?:" + _DIGIT_WORD + r"|ten|eleven|twelve|\w+teen|" + _TENS_WORD + r"|hundred|thousand|and|a|"
    r"\d[\d,.]*)"
)
PRICE_ECHOED = re.compile(
    r"^(?:(?:and|so|sorry|what|wow|blimey|hang on|oh|really),? )*£?(?:"
    + _SUM_WORD
    + r"[ -])*"
    + _SUM_WORD
    + r" ?(?:hundred|thousand|grand|pounds|quid|k)(?: (?:pounds|quid|a (?:month|year|week|head|"
    r"unit)|each|per \w+|for (?:the|a|one|two) [\w ]+|plus vat))?\?$"
)
# A worry put as a question raises an objection: "what happens if the power goes?", "and what
# if the venue hasn't got wifi?" (since 2.96.0); not a counter-offer, "what if we went to once
# a day?"; since 2.102.0 also after the case it is about, "and if I did buy a new one, what
# happens if it breaks in the middle of December?").
WORRY_QUESTION = re.compile(
    r"^(?:(?:and|but|so|ok|okay|right|well),? )?(?:if [^,?]{1,60}, )?what (?:happens )?(?:if|"
    r"when) "
    r"(?!(?:we|i) (?:just )?(?:went|did|made|had|paid|took|moved|switched|changed|tried|put|"
    r"kept|started|dropped|booked|signed)\b)"
)
# A move left to the speaker's own interest, said first: "if I'm interested I'll get in touch",
# "if I want it, I'll ring you": no commitment (since 2.95.0).
AT_WILL = re.compile(
    r"^(?:(?:and|but|so|well),? )?if (?:i|we|he|she|they)(?:(?:'re|'m|'s| am| are| is)(?: not)? "
    # (Since 2.132.0 also "If we want something, we'll be in touch.")
    r"interested\b|(?: do(?:n't|esn't)?)? (?:want|decide|like|fancy) (?:it|them|that|one|to|"
    r"something|anything)\b)"
)
# An offer made on the customer's act: "I can get you on Thursday's wagon if you order today",
# "if you sign up today I'll drop it to one point two five" (no commitment unless a promise
# of its own comes before it, "I'll send the agreement over tonight, and if you sign it…";
# since 2.100.0).
ON_THEIR_ACT = re.compile(
    r"\bif you (?:sign|order|pay|book|go ahead|confirm|commit|place the order|put the order in|"
    # (Since 2.106.0 also a quantity taken, "if you take two before Friday I can do…".)
    r"take (?:both|the lot|(?:" + _DIGIT_WORD + r"|ten|twelve|twenty|fifty|a hundred|\d+)\b))\b"
)
# A purpose said after a request ("can you send me your last two years' accounts so I can get
# it underwritten?"): what the speaker could then do, no promise (since 2.105.0).
PURPOSE_BEFORE = re.compile(r"\w,? (?:just )?so (?:that )?$")
ABLE_TO = re.compile(r"(?:i|we) (?:can|could)\b")
# A price offered for the work ("we'll do your first stocktake at half price", "I'll do the
# ties for nothing"): terms put to the customer, no commitment unless a promise of its own is
# said with them (since 2.102.0).
OFFERED_TERMS = re.compile(
    r"\b(?:i|we)(?:'ll| will) do (?:[\w'-]+ ){1,4}?(?:at (?:half price|cost|a discount|"
    r"[\w-]+ (?:per ?cent|percent) off)|for (?:nothing|free)\b|free of charge\b|(?:at )?no "
    r"charge\b)"
)
# Not a call left to the speaker's wish: "I'll ring you if I want something" (since 2.84.0).
_NOT_AT_WILL = (
    r"(?!(?:(?:ring|phone|call|email|e-mail|text|message) (?:you|them)(?: back)?|"
    # (Since 2.96.0 also "I'll get in touch if I'm interested".)
    r"(?:get|be) in touch(?: with (?:you|them))?) if (?:i|we)\b)"
)
# A yes put off to a spare minute ("go on then, send it over, I'll have a look when I get a
# minute", "…if I get a minute", "send it if you want"): a brush-off, not a yes.
_PUT_OFF = (
    r"(?!.*\b(?:(?:when|if) i get a (?:minute|chance|moment|sec)|if i get the chance|"
    r"if you want)\b)"
)
# … or to a time with no date: "…when things quieten down", "…after New Year".
_READ_LATER = (
    r"(?!.*\b(?:when (?:things|it's quiet|it is quiet|the season|i can\b)|after (?:new year|"
    r"christmas)\b))"
)
# A reading of material promised: "…I'll have a proper look", "…I'll go through it".
_READ_PROMISED = (
    r"(?:have a (?:proper |good |quick )?look|look (?:at|over|through)|go through|read)\b"
)
COMMITMENT = re.compile(
    # (Not a promise withheld, "I can't promise I'll read it"; "ill" is raw speech recognition.)
    r"\b(?:(?<!promise )(?<!promising )(?:i(?:'ll| will|(?:'m| am)(?: also| just)? going to)|ill) "
    r"(?:also |just |then |definitely |personally |first |probably )?"
    + _NOT_AT_WILL
    # (Not, since 2.112.0, the screen shared there and then, "I'll share my screen and take you
    # through it".)
    + r"(?:send|share(?! my screen\b)|confirm|"
    # (Since 2.110.0 also "I'll measure up the bit of ground behind the barn…".)
    r"measure up\b|"
    # (Since 2.134.0 also a quote promised, "Perfect, I'll quote on exactly that spec…")
    r"quote (?:on|for|you)\b|"
    # (Since 2.120.0 also a reminder set, "I'll also set a reminder on your account…", and a
    # part swapped there and then, "We've got some in reception, I'll swap them now.", not one
    # offered in exchange, "…I'll swap it for something that does").
    r"set (?:a|an|the) (?:[\w-]+ )?reminder\b|swap (?:it|them|those|these|the [\w-]+)\b(?! for\b)|"
    # (Since 2.122.0 also the date noted, "After Easter, I'll make a note."; since 2.123.0 the
    # call treated as urgent, "Understood, I'll treat it as urgent.", a case pressed, "…but I'll
    # push for it." (not "I'll push for it, but."), and a try promised on the offer, "I'll see if
    # I can hold the fifteen percent…" (not "I'll see if I can find it.")
    r"make a note\b|treat (?:it|this|that|them) as (?:urgent|(?:a )?priority)\b|"
    # (Since 2.125.0 also a point marked for them, "…clause four, but I'll highlight it for
    # you.")
    r"(?:highlight|flag) (?:it|that|this|them|the [\w-]+) (?:up )?for you\b|"
    r"push for (?:it|that|this|you)\b(?!,? but\b)|see if i can (?:hold|move|squeeze|push|knock)\b|"
    r"set (?:it|that|this|them|you) up|read (?:it|that|them|through)|double-check|pencil|"
    r"go through (?:it|them|that|this|the [\w-]+)|"
    r"hold (?:the )?" + _ORDINAL + r" for you\b|"
    # (Since 2.130.0 also a day of the week, "I'll hold the Tuesday and Wednesday of that week
    # for you…")
    r"hold (?:the )?(?:" + _WEEKDAYS + r")\b|"
    # (Since 2.115.0 also the offer held to a day, "I'll hold it until the twelfth…".)
    r"hold (?:it|that|them|this|those) (?:for you )?(?:until|till)\b|"
    # (Since 2.122.0 also a week or a day held, "I'll hold the week for you until…")
    r"hold (?:the|this|that|it|them|your|this year's|last year's) (?:[\w'-]+ )?(?:price|rate|"
    r"offer|discount|slot|date|booking|units?|percent|per cent|place|week|day|spot|space)\b|"
    # "I'll stretch the offer to the end of the month."
    r"(?:extend|stretch) (?:the|this|that|your) (?:[\w'-]+ )?(?:price|rate|offer|discount|"
    r"deadline)\b|"
    r"keep (?:an eye on(?! the (?:clock|time)\b)|an eye out\b|watching|checking)|"
    r"have (?:it|that|them) (?:to|with) you|"
    r"ask (?!you\b)(?:the |my |our )?\w+[.!]?$|"
    # (Since 2.98.0 also "I'll ask." alone.)
    r"ask[.!]?$|"
    # (Since 2.86.0 asking whoever was named, whatever follows: "I'll ask her, but she's
    # usually in meetings till four", raw "ill ask her she does the books mondays".)
    r"ask (?:him|her|them)\b|"
    # (Since 2.101.0 also with what is set up between, "I'll set the account up now…".)
    r"set up|set (?:(?:the|your|an?) [\w-]+|it|them|that|you) up\b|"
    r"put(?! you on (?:hold|speaker|loudspeaker|the bench)| it in front\b)|follow up|call|"
    r"check|get back|loop|log|raise|"
    r"forward|bring|invite|book|schedule|drop you|get (?:our|my|the) \w+ to|"
    # (Since 2.138.0 also a thing to them by a day, "I'll have a draft over to you by
    # Wednesday…", and theirs hurried on, "…and I'll push yours to the front of the queue".)
    r"have (?:the|it|them|a [\w-]+ (?:over |across |round )?to you)\b|"
    r"push (?:it|yours|them|that|this|the [\w-]+) (?:to|through|down|forward)\b|"
    r"arrange|organi[sz]e|prepare|put together|ask (?!you\b)\w+ (?:to|if|whether|about)|"
    # (Since 2.140.0 also a thing left with them, "Tell you what, I'll leave you a pack for
    # him…"; not "I'll leave you to it".)
    r"leave you (?:a|an|the|some) [\w-]+\b|"
    # (Since 2.90.0 someone named by their role: "I'll ask the service desk to ring Harrogate".)
    # (Since 2.129.0 also theirs, "…and I'll ask their head if she'd write a few lines.")
    r"ask (?:the|my|our|their|his|her) [\w' -]{1,40}? (?:to|if|whether)\b|"
    # (Since 2.130.0 also the matter taken to someone, "I'll take it to Mrs Bell on Monday…",
    # not "I'll take it.")
    r"take (?:it|this|that|them|those|the [\w-]+) (?:to|up with) (?!you\b)(?:the |my |our |"
    r"mrs |mr |ms |miss |dr )?[\w-]+\b|"
    # (Since 2.94.0 a charge taken off: "I'll take the scan mix-up off your invoice".)
    r"take (?:[\w' -]+ )?off (?:your|the) (?:invoice|bill|account)\b|"
    # (Since 2.91.0 a check promised with its answer: raw "ill have to check that one and get
    # back to you".)
    r"(?:have|need) to (?:check|ask|find out)\b[^.?!]*\band (?:i'll |ill |i will )?(?:get|come) "
    r"back to you\b|"
    r"give you a (?:quick )?(?:ring|call|bell|buzz|shout)|try you\b|attach|flag|"
    r"have a (?:quick )?word with|"
    r"show (?!you\b)\w+|look at it (?:tonight|today|tomorrow|properly|over the)|"
    # (Since 2.115.0 any reading promised for a day, "Fine, I'll have a look at the weekend",
    # "I'll have a look at your numbers next Friday…", not "…properly later".)
    + _READ_PROMISED
    + r"(?: (?:at |over |through )?(?:it|them|that|this|(?:the|your|our) [\w-]+))? (?:tonight|"
    r"today|tomorrow|(?:at|over) the weekend|this (?:afternoon|evening|week)|next (?:week|"
    + _WEEKDAYS
    + r")|on (?:"
    + _WEEKDAYS
    + r"))\b|"
    # "I'll write a one-page summary", "I'll ask my dad and let you know", "I'll sit down
    # with Liam at the weekend".
    r"write (?:up |you )?(?:a|an|the|it|that|them|something)\b|"
    # (Since 2.108.0 also to someone, "I'll write to the families this week…", and a time
    # kept for the customer, "I'll keep Friday morning free for you".)
    r"write to (?:the|them|him|her|my|our|your|you|everyone)\b|"
    r"keep (?:" + _WEEKDAYS + r"|tomorrow|the (?:morning|afternoon|day|date))(?: (?:morning|"
    r"afternoon|evening))? (?:free|clear)\b|"
    # (Since 2.113.0 an offer kept open, "…and I'll keep the onboarding offer open until then",
    # and a ticket closed, "I'll close the ticket and email you the reference number".)
    r"keep (?:the|that|this|your) (?:[\w-]+ )?(?:offer|price|rate|discount|slot|date) open\b|"
    r"close (?:the|your|this) (?:ticket|case|job)\b|"
    # (Since 2.114.0 also "I'll ask both of them about Saturdays and dentals".)
    r"ask (?:both|all|each) of (?:them|you) (?:about|if|whether|to)\b|"
    r"ask (?:the |my |our )?\w+ and (?:let|get back|come back)|sit down with|"
    r"give (?:it|this|that|them) to (?:him|her|them|my \w+|our \w+|the \w+)\b|"
    r"(?:have to |need to )?try it (?:in a bit|later|after|when|tomorrow|tonight|first thing)\b|"
    # Taking it to the people who decide: "I'll take it to them on the fourteenth" (since
    # 2.107.0 also what is taken named, raw "ill take the quote to the committee on the sixth").
    # (Since 2.111.0 also into a meeting, "I'll take them into my Thursday meeting with Ruth…".)
    r"take (?:it|that|this|them|those|the [\w-]+) (?:in)?to (?:them|the \w+|my \w+|our \w+))|"
    # A promise under way: "I'm putting a note on your account", "I'm booking it in now".
    r"i'm (?!putting you on\b)(?:putting|adding|flagging|booking|setting up|logging|raising) "
    r"(?:a|an|the|it|that|"
    r"this|you)\b|"
    # (Not the offer described, "it's the best price we'll do all year", since 2.91.0; since
    # 2.110.0 also "…, the best we'll do this year".)
    # (Not, since 2.132.0, what they will have to do, "…we'll have to have a rethink".)
    r"(?<!price )(?<!rate )(?<!deal )(?<!best )(?<!lowest )(?<!cheapest )we(?:'ll| will) "
    r"(?:run|set up|book|do|have(?! to\b)|go through|walk)|"
    # (Not, since 2.140.0, where to send it, "And have you got an email I can send the study
    # and the brochure to?")
    r"(?<!email )(?<!e-mail )(?<!address )(?<!number )i can (?:send|share|email|e-mail|set up|"
    r"follow up|get back)|"
    # (Since 2.132.0 also a thing got to them by a day, "I can get the demo unit out to you on
    # Monday…", "Yeah, I can get a sample to you by Thursday.")
    r"i can get (?:it|them|one|some|(?:the|a|an|your) [\w-]+(?: [\w-]+)?) (?:out |over |round |"
    r"across )?to you (?:on|by)\b|"
    # (Since 2.90.0 "I can pass your details on.")
    r"i can pass (?:it|them|that|this|(?:your|the) [\w-]+) on\b|"
    # A visit invited for a day; a day taken with its condition; a day and time taken in few
    # words, "Tuesday at two"; a session offered for a day, "I can do a screen share on
    # Thursday".
    + _VISIT_INVITED
    + r"|"
    + _DAY_THEN_WORKS
    + r"|i can do (?:a|an|the) [\w-]+(?: [\w-]+){0,3} (?:on )?(?:"
    + _WEEKDAYS
    # (Since 2.95.0 also after an assent: "Fine, Thursday at two.")
    + r"|tomorrow)\b|^(?:(?:fine|ok|okay|right|yes|yeah|lovely|great|perfect|go on),? )*(?:"
    + _WEEKDAYS
    + r") at [\w']+(?: o'clock| thirty)?[.!]?$|"
    # … or a day with the hour it may start: "Monday after ten is fine".
    r"^(?:"
    + _WEEKDAYS
    + r"|tomorrow)(?: (?:morning|afternoon))? (?:after|from) [\w']+(?: o'clock| thirty)?(?:'s| is) "
    r"(?:fine|good|great|perfect)\b|"
    # Asking to try it: "could I try it on a real job?"; asking to be shown: "come and show
    # us".
    r"^(?:(?:well|right|okay|ok|aye|yeah|yes|go on|fine),? )*come (?:and|over and|in and|round "
    r"and|out and) (?:show|see|have a look|talk)\b|"
    r"(?:could|can) (?:i|we) (?:try|trial) (?:it|one|that) (?:on|for|out)\b|"
    # Asking the other to come on a day: "yes, come Thursday morning if you can", "can you
    # come Wednesday, before I open?" (since 2.95.0; not "could I come in next Thursday?").
    r"(?<!\bi )(?<!\bwe )(?<!\bi'll )(?<!\bwe'll )\bcome (?:on |in |round |over |down |out )?"
    r"(?:next )?(?:" + _WEEKDAYS + r")\b|"
    # "Let me ring my manager", "set us up with the one crew from Monday".
    # (Since 2.134.0 also someone named before, "…so let me talk to him this week", "Let me
    # check with her and get back to you.")
    r"let me (?:ring|call|phone|check with|speak (?:to|with)|talk to|run it (?:past|by)) "
    r"(?:(?:my|our|the) \w+|him\b|her\b|them\b)|"
    # Something to be sent, offered: "let me email you a quote for two…", "well, let me send
    # you the spec sheets anyway" (since 2.106.0; not asked leave for, "would you at least let
    # me send you a few bits through?").
    r"(?<!\byou )(?<!\bat least )let me (?:send|email|e-mail|post|text) you\b|"
    # Asked to be set up, not told of someone who once set them up ("my nephew set me up a
    # form").
    r"(?:^|[,;] |\band |\bplease |\bjust |\bcan you |\bcould you |\byou can |\byou could )"
    r"(?:set|sign) (?:us|me) up\b|"
    # Not the service agent's opener, "let's get you sorted", "let's get to the bottom of it"
    # (since 2.112.0 nor a price aimed at, "then let's get you under ten").
    # (Nor, since 2.137.0, one thing put before another, "Let's get the oven working first,
    # then I'll think about filters.", "Let's get the renewal signed first.")
    r"let's (?:meet|schedule|book|set up|do|see it|get(?! (?:it|that|this|you|things|tonight|"
    r"everything) (?:sorted|going|looked at|right|fixed|moving|under|below|down)\b)"
    r"(?! (?:[\w'-]+ ){1,4}first\b)"
    # (Nor, since 2.113.0, a fix tried there and then, "let's try the quick thing first".)
    r"(?! to the bottom\b)|try(?! the (?:quick|simple|easy|obvious) (?:thing|one|fix)\b)|run|"
    r"make|put|go for)\b|"
    # (Not the rep asking for one, "what would be a good next step for you?", "whats the next
    # step on your side", since 2.94.0.)
    r"(?<!what's the )(?<!whats the )(?<!what is the )(?<!a sensible )(?<!a good )next step|"
    # A day named: "let's say Wednesday the sixth, at ten" (since 2.83.0).
    r"let's say (?:" + _WEEKDAYS + r"|tomorrow|next week|the " + _ORDINAL + r")|"
    r"(?<!if )(?<!whether )(?:i|we) can get (?:you|that|it|them)\b|"
    r"we(?:'ll| will) (?:send|meet|review)|i can commit|"
    # (Not, since 2.133.0, one refused, "And please don't send me a proposal before then…")
    r"(?<!don't )(?<!do not )(?<!never )(?:send|book) (?:me|us) (?:a|the) (?:invite|proposal)|"
    # Material asked for and a reading of it promised: "send both over and I'll look at them
    # next week", raw "send me the spec sheet … and ill have a look" (since 2.90.0); not a
    # vague "send me something", nor a reading put off ("…when I get a minute").
    r"\bsend (?!(?:me |us )?something\b)[^.?!]*?\band (?:i'll|ill|i will) "
    + _READ_PROMISED
    + _PUT_OFF
    + _READ_LATER
    + r"|"
    # … and after a comma or, in raw speech recognition, no word at all, when the reading has
    # its day: "yeah send it over ill have a look at it at the weekend" (since 2.97.0; not
    # "hmm, send me the details, I'll have a look").
    r"\bsend (?!(?:me |us )?something\b)[^.?!]*?(?:,|\b(?:over|through|across)) (?:i'll|ill|"
    r"i will) "
    + _READ_PROMISED
    + r"(?=[^.?!]*\b(?:tonight|today|tomorrow|this (?:afternoon|evening|week)|next week|"
    r"(?:at|over) the weekend|\w+day)\b)" + _PUT_OFF + _READ_LATER + r"|"
    # A promise of a concrete act, said in the first person: "I'll email it over this
    # afternoon", "I'm going to pop a note on your account", "we'll get Mick to meet you".
    r"(?<!promise )(?<!promising )(?:(?:i|we)(?:'ll| will|(?:'m|'re| am| are)(?: also| just)? "
    r"going to)|ill) (?:also |just |then |definitely |personally |first |probably )?"
    + _NOT_AT_WILL
    + r"(?:email|e-mail|post|"
    r"ring|phone|text|"
    # (Since 2.109.0 a copy printed, "I'll print it and stick it by the encoder".)
    r"print (?:it|that|them|this|the|a|off|out)\b|"
    # (Since 2.133.0 papers scanned for them, "I'll scan them in tonight.")
    r"scan (?:it|that|them|this|those|these|the [\w-]+) (?:in|over|through|across)\b|"
    # (Since 2.85.0 a paper drawn up: "I'll draft the letter for your auditor".)
    r"draft|prepare|draw up|"
    # (Since 2.89.0 a chase: "I'll chase the lab about your forty today".)
    r"chase\b|"
    # (Since 2.86.0 a call to someone named, "I'll give Mark a call next week as well", and
    # someone seen to be there, "I'll make sure Dean's in to let you in", "…he sees it".)
    r"give (?!you\b)(?:[a-z]+ ){1,2}a (?:call|ring|bell|shout|buzz)\b|"
    r"make sure (?:[a-z]+|the [\w-]+)(?:'s| is| are)? (?:there|in|around|free|available|open)\b|"
    # (Since 2.142.0 also someone named, "…I'll make sure Tom's team lead hears about it…".)
    r"make sure [\w']+(?: [\w'-]+){0,2} (?:sees|gets|has|knows|hears)\b|"
    # (Since 2.141.0 also where it will be kept, "…and I'll make sure it's on your account from
    # now on.", "I'll make sure those are at the top of the rate card.", and what they will get,
    # "…I'll make sure you get the same discount…", "…I'll make sure you're at the top of the
    # list…"; not "I'll make sure the important bits come early".)
    r"make sure (?:it's|it is|they're|they are|those are|that's|that is) (?:on|in|at) (?:your|"
    r"the)\b|make sure you(?:'re| are| get)\b|"
    # (Since 2.91.0 a thing made ready for the visit: "I'll make sure the ovens are off by ten",
    # "…the roof hatch key is actually where it's meant to be".)
    # (Since 2.103.0 also "I'll make sure the yard's clear…".)
    # (Since 2.106.0 also the customer's, "I'll make sure your swaps are on a weekday…".)
    # (Since 2.119.0 also where it will be, "I'll make sure the basement key's at reception.")
    r"make sure (?:the|your) [\w-]+(?: [\w-]+){0,2}(?: is| are| 's|'s)(?: actually)? (?:off|on|out|"
    r"ready|at|"
    r"clear|"
    r"cool|empty|unlocked|charged|where)\b|"
    r"message|come|pop(?! you on (?:hold|speaker))|"
    r"put(?! you on (?:hold|speaker|loudspeaker|the bench)| it in front\b)|drop|"
    # (Not reassurance, "don't worry, we'll get to the bottom of it", "we'll get you sorted",
    # nor "I'll get to price", since 2.108.0.)
    r"get (?!back to you when|straight|to the bottom\b|you sorted\b|to (?:the )?price\b)|pick|"
    r"dig|export|"
    r"run|include|add|change|price (?:it|that|them|this|everything) up|"
    r"find out|mention(?!,)|tell (?!you\b)|walk|meet|pay|sign|note|mark|pass|load|fly|pull|"
    # … a visit on a day (raw speech recognition): "sound ill be over thursday morning".
    r"introduce you|be there\b|be (?:over|round|down|out) " + _ON_A_DAY + r"|"
    # … or going out on a day: "i will go out myself next week and send you the first photos"
    # (since 2.84.0).
    r"go (?:over|round|down|out|up)(?: there)?(?: myself| ourselves)? " + _ON_A_DAY + r"|"
    r"do (?:it|that|the)|"
    # (Not shopping around: "I'll talk to a couple of other suppliers".)
    r"try (?:it|that|again)|head|(?:speak|talk) to(?! " + _OTHER_SUPPLIERS + r")|"
    r"talk you through|sort|"
    r"let (?:\w+ ){1,3}know)\b|"
    # Asking to be shown on a day: "fine, yes, show me on Thursday".
    r"show (?:me|us)(?: it| how)? " + _ON_A_DAY + r"|"
    # A concrete act offered as "I can": "aye, of course, I can come out Tuesday", "yeah, I can
    # dig those out tonight".
    r"i can (?:come|pop) (?:out |over |round |down |in )?" + _ON_A_DAY + r"|"
    r"i can dig (?:those|them|it|that|the [\w-]+) out\b|"
    # … or taken to those who decide, unhedged: "I can put it to the PCC, they meet on the
    # fourteenth" (not "I can put it to them, but I couldn't promise you anything").
    # (Since 2.117.0 also taken there, "I can take that to the meeting.")
    r"i can (?:put it to (?:the|them|him|her)|take (?:it|that|this|them) to (?:the|them|him|her|"
    r"my|our))\b(?![^.?!]*\bbut\b)|"
    # What the customer will do with what is sent: "I'll stick it on the wall by the scale",
    # "…and I'll pin it up by the console", "I'll fill it in tonight and send it straight back"
    # (since 2.96.0; not "we'll fill her in", telling someone).
    r"(?:i(?:'ll| will)|ill) (?:just )?(?:stick|pin) (?:it|that|them|this) (?:up|on)\b|"
    r"(?:i(?:'ll| will)|ill) (?:just )?fill (?:it|that|them|this|the [\w-]+) in\b|"
    # Staying with the customer while they try it: "I'll stay on the line while you do it"; a
    # booking asked for: "yes, book them in" (since 2.97.0; since 2.115.0 also "Okay, pencil it
    # in.").
    r"(?:i(?:'ll| will)|ill|we(?:'ll| will)) (?:just )?stay on the (?:line|phone)\b|"
    r"^(?:(?:yes|yeah|ok|okay|right|go on|great|lovely|fine|aye),? )*(?:go ahead and )?(?:book|"
    r"pencil) (?:it|them|us|me|that|him|her) in\b|"
    # (Since 2.140.0 also what was offered taken, raw "that would help a lot actually yes i think
    # id like to do that"; not "i think id like to do the course first".)
    r"\b(?:i(?:'d| would)|id) like to do (?:that|this|it)[.!]?$|"
    # (Since 2.118.0 also the go-ahead alone, raw "yeah go on then do it".)
    r"^(?:(?:yes|yeah|ok|okay|right|go on|fine|aye)(?: then)?,? )+do it[.!]?$|"
    # (Since 2.117.0 also one held for them, "Go on, put the twelve footer on hold for me.")
    r"\bput (?:the|that|it|them|one|those) (?:[\w-]+ ){0,3}?on hold for (?:me|us)\b|"
    # What the rep will do; not an offer, "what I can do is ninety-nine if you pay the year".
    # (Since 2.136.0 also raw "okay so what ill do is send you the quote…")
    r"what (?:i(?:'ll| will|'m going to)|ill) do (?:first |now |then |next )?is|"
    # (Since 2.136.0 a set-up offered there and then, "I can set that up for you now…", not
    # one the customer may take, "I can set you up on the free tier…".)
    r"\bi can set (?:that|it|this|them) up for you\b|"
    # Putting the account right, said by the one who will ("I'll cancel and refund that test
    # one", "I'll turn on alerts"); not a refund promised on a condition ("…you can cancel and
    # we'll refund the deposit").
    # (Since 2.121.0 also a charge waived for them, "I'll waive it for you, just this once.",
    # not the fee waived in an offer, "if you go annual… I'll waive the setup fee".)
    r"(?:i(?:'ll| will)|ill) (?:also |just |then )?(?:cancel|refund|credit|waive (?:it|that|this|"
    r"them) for you|turn (?:on|off)|"
    # (Since 2.95.0 also "I'll also switch on a text alert to your phone".)
    r"switch (?:on|off))\b|"
    # (Raw speech recognition writes "i'd" as "id", since 2.82.0.)
    r"what (?:i(?:'d| would)|id) suggest is (?:i|we) (?:come|send|pop|bring|book|put|call|ring)"
    r"\b|"
    # The matter taken to the next meeting: "I'll catch Mr Adeyemi tomorrow and ask him to put
    # it on the agenda" (since 2.82.0).
    r"\b(?<!you )ask (?:him|her|them|[a-z]+(?: [a-z]+)?) to (?:put|get) (?:it|this|that|you|us) "
    r"on the agenda\b|"
    # A day or time taken: "Thursday works", "the ninth at two is fine", "Tuesday at two,
    # then", "put it in for the Tuesday", "I could do Wednesday afternoon"; not "it works for
    # us", said of what they have.
    r"(?:we'll|we will|let's) shake on (?:it|that)\b|"
    # A day offered when free; the customer naming the hour to come, "Come at nine, before the
    # afternoon trucks start arriving.", "Come at half eight, we open at ten." (since 2.137.0);
    # a deadline promised after another act ("I'll take a small cutting… and have the burn test
    # results to you by the Friday"); since 2.86.0.
    r"^(?:(?:well|yes|yeah|okay|ok|right|aye),? )*(?:(?:i'm|i am|we're|we are) free (?:on )?(?:"
    + _WEEKDAYS
    + r"|tomorrow)|come (?:at|for|by) (?:half |quarter (?:past |to ))?(?:"
    + _DIGIT_WORD
    + r"|ten|eleven|twelve|noon|midday|\d))\b|"
    r"\band have (?:it|that|them|the [\w-]+(?: [\w-]+){0,3}) (?:to|with|over to) you by\b|"
    # Someone sent to the customer, said as "I can have…" ("I can have an engineer with you on
    # Monday the ninth"); a day and its part taken bare ("Tuesday, in the morning."); since
    # 2.87.0.
    r"\bi can have (?:an?|the|our) [\w-]+ (?:with|out to|round to|over to) you\b|"
    r"^(?:(?:yes|yeah|ok|okay|right|well),? )*(?:"
    + _WEEKDAYS
    + r"),? in the (?:morning|afternoon|evening)[.!]?$|"
    # A time taken: "tomorrow morning I can do", "nine's fine", "make it half ten".
    r"(?:tomorrow|\w+day)(?: (?:morning|afternoon|evening))? (?:i|we) can do\b|"
    r"^(?:(?:oh|well|yeah|yes|right|okay|ok|grand|great),? )*(?:one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|half \w+)(?: o'clock)?(?:'s| is) (?:fine|good|grand|"
    r"perfect|great)(?:,? (?:then|thanks|for me|for us|by me))?[.!]?$|"
    r"make it (?:half \w+|quarter (?:past|to) \w+|\w+ o'clock|\w+ thirty)\b|"
    # A step someone else will take on the job: "he'll check the head gasket while he's at it";
    # not one reported, "Dave's said he'll look at it".
    r"(?<!said )(?<!says )(?:he|she|they)(?: will|'ll) (?:check|look at|fix|sort|replace|service|"
    r"test) (?:the|it|"
    r"them|your)\b|(?:he|she|they)(?: will|'ll) give you a (?:ring|call|bell|shout)\b|"
    # Someone sent out ("I can get Sarah out to you on Thursday"); the customer asking to be
    # rung on a day ("ring me on the Wednesday").
    r"(?:i|we) can (?:get|have|send) \w+ (?:out|over|round) to you\b|"
    # (Since 2.115.0 a call put off to a month or a season, "ring me after Christmas", "ring me
    # in May, no promises", only with a next step of its own, "ring me in April and we'll
    # see…"; otherwise it is a polite brush-off.)
    r"(?:ring|call|phone) me (?:back )?(?:(?:on )?(?:the )?\w+day|next (?:week|month|\w+day)|"
    r"tomorrow|after (?:" + _DIGIT_WORD + r"|ten|eleven|twelve|lunch|half \w+|\d+)|in a (?:week|"
    r"fortnight|month)|(?:after (?:the )?\w+|in (?:"
    + _MONTHS
    + r"|the new year))(?= and we(?:'ll| will)\b))\b|"
    # (Not a choice of days offered, "is Monday or Tuesday better for you?", since 2.94.0.)
    r"(?<!\bor )(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next week|the "
    + _ORDINAL
    # (Since 2.99.0 also raw, without the apostrophe: "wednesdays fine yeah", "monday mornings
    # fine any time after ten".)
    # (Since 2.133.0 also with its date and as "would be", "Thursday the twenty-first would be
    # best, in the morning after milking.")
    + r")(?:'?s)?(?: the "
    + _ORDINAL
    + r")?(?: (?:morning|afternoon|evening|first thing))?(?:'?s)?(?: at [\w' ]+)?"
    r"(?: is| would be| will be)? (?:works|fine|good|better|best|suits|alright|all right|grand|"
    r"perfect)\b|"
    r"(?<!\bit )(?<!\bit all )(?<!\bit still )(?:works|suits) (?:for )?(?:me|us)\b|"
    # (Not "let's get it sorted today then", since 2.92.0; nor a goodbye, "Lovely, speak
    # Thursday then.", since 2.115.0.)
    r"(?<!\bspeak )(?<!\btalk )(?<!\bspeak on )(?<!\btalk on )(?<!\bsee you )"
    r"(?:(?!today\b)\w+day|the " + _ORDINAL + r"|o'clock|half \w+)(?: (?:morning|afternoon|"
    r"evening))?"
    r"(?: (?:at|on) [\w' ]+)?,? "
    r"(?:then|it is|perfect|lovely|great|grand|brilliant)"
    # (Since 2.95.0 also with thanks after it, raw "tuesday at ten it is thanks karen".)
    r"(?:,? (?:thanks|thank you|cheers)(?: [a-z]+)?)?[.!]?$|"
    # "Saturday week would work", "yeah, I can do that", "I'll feed that back".
    r"(?:\w+day)(?: week)?(?: (?:morning|afternoon|evening))?(?: at [\w']+(?: o'clock)?)? "
    r"(?:would|will|could|should) (?:work|suit|do)(?: (?:for )?(?:me|us))?"
    r"(?:,? (?:before|after) [\w' ]{1,20})?[.!]?$|"
    r"^(?:(?:yeah|yes|sure|aye|okay|ok|right),? )+(?:i|we) can do that\b|"
    # (Since 2.90.0 also "I could do that." said to a proposal.)
    r"^(?:(?:yeah|yes|sure|aye|okay|ok|right),? )*(?:i|we) could do that[.!]?$|"
    # A day offered with its window: "Wednesday afternoon, any time after two".
    r"^(?:(?:yeah|yes|aye|okay|ok|right|well),? )*(?:\w+day|tomorrow)(?: (?:morning|afternoon|"
    r"evening))?,? any ?time (?:after|before|from)\b|"
    r"(?:i|we)(?:'ll| will) (?:also |just )?feed (?:that|it|this) back\b|"
    r"\bput it in(?: (?:for|the diary|the calendar|my diary|your diary)\b|[.!]?$)|"
    # (Not "please don't put me down for anything", since 2.81.0.)
    r"\b(?<!don't )(?<!do not )(?<!never )put (?:me|us) down (?:for|as)\b|"
    # (Since 2.98.0 not a choice of days offered, "I can do Thursday at ten, or Friday after
    # two", nor a price for the first months, "I can do the first three months at half price".)
    r"(?:i|we) (?:can|could) do (?:\w+day|the " + _ORDINAL + r"(?! (?:[\w-]+ )?(?:months?|weeks?|"
    r"years?|seasons?|days?|visits?|orders?)\b))\b(?![^.?!]*\bor (?:on )?(?:next )?(?:\w+day|the "
    + _ORDINAL
    + r"|tomorrow)\b)|"
    # A date taken with what goes with it: "Friday the twenty-eighth, I'm free after four",
    # raw "thursday the ninth but it would have to be before eleven" (since 2.98.0).
    # (Since 2.105.0 also with its time, "Thursday the twelfth at ten, that's fine"; since
    # 2.119.0 not the date put as a question, "Tuesday the sixteenth at ten, at the lychgate?")
    r"^(?:(?:yes|yeah|ok|okay|right),? )*(?:"
    + _WEEKDAYS
    + r") the "
    + _ORDINAL
    + r"(?: at [\w' ]{1,20}?)?(?:,| but\b)(?![^?]*\?$)|"
    # A next step someone else will take, arranged on the call: "the engineer will bring a new
    # pump", "Rhys will see you at nine", "you're booked in for Thursday", "the summary will
    # be with you this afternoon".
    r"(?:the|our|my) (?:\w+ )?(?:engineer|technician|fitter|installer|surveyor|team|specialist|"
    r"colleague|manager|courier|driver|rep)s?(?: will|'ll) (?:get back|bring|call|ring|phone|come|"
    r"visit|be (?:with|there|in touch)|see you|email|send|fit|install|contact)\b|"
    r"(?:he|she|they)(?: will|'ll) bring (?:a|an|the|it|them|one|you)\b|"
    r"(?<!promise )(?:he|she|they|\w+)(?: will|'ll) " + _NOT_AT_WILL + r"(?:be with you|see you at|"
    r"call you|"
    r"ring you|get back to you|be in touch)\b|"
    # (Not the customer's own trade, "you're booked a long way ahead", since 2.110.0.)
    r"(?:you're|you are|that's|it's|you've been) (?:all )?booked\b"
    r"(?! (?:a long way|weeks|months|solid|up)\b)|"
    # (Since 2.110.0 also the visit booked by the rep, "I've booked her for quarter past
    # eight.")
    r"i(?:'ve| have) (?:now |just )?booked (?:you|him|her|them|it|an? [\w-]+|the [\w-]+) "
    r"(?:in|for)\b|"
    r"will be with you (?:by|this|tomorrow|today|within|in|on|before|first)\b|"
    # (Not, since 2.132.0, "you'll get a different story depending on who you ask".)
    r"you(?:'ll| will) (?:get|have|receive) (?:it|them|(?:the|a|an|both|my) (?!different\b)"
    r"[\w-]+)"
    r"(?: [\w-]+){0,3}? (?:by|from me|later|today|tomorrow|tonight|this|next|on|within|"
    r"straight)\b)"
)
# The customer is open to a solution: says so, is looking for one, wants one in place, or
# takes an interest in what they heard ("that caught my ear", "I'd be interested in that").
OPEN_TO_SOLUTION = re.compile(
    r"\b(?:(?:'m|'re|am|are|is|be|been|always|very|quite|definitely|certainly|totally|fully|"
    r"really|still|more|pretty|genuinely|not un) open to|willing to (?:look|try|change|consider)|"
    r"(?:would|'d) (?:certainly |definitely |happily |seriously )?consider\b|"
    r"(?:actively|already|currently) looking|looking (?:at|into) (?:options|"
    r"alternatives|other (?:options|systems|tools|suppliers|providers))|"
    r"(?:just|maybe) send (?:me|us) (?:some|more|a bit of) (?:information|info|details)|"
    r"(?:could|can|would) you (?:just )?(?:send|email|pop|drop) (?:me|us) (?:something|some|the|"
    r"a|an|more|details|info|pricing|prices|a quote)|"
    # (Since 2.129.0 also a try, raw "i might be interested in trying a few jars i suppose", not
    # denied, "we're not interested in trying anything new".)
    r"(?<!not )(?<!n't )(?<!nt )interested in (?:seeing|exploring|finding|looking|hearing|knowing|"
    r"trying|that|this|it|a|an|how)|"
    r"i(?:'d| would) be interested|happy to (?:look|explore|try|put it)|"
    # "I'd be up for switching if the deliveries are reliable", "id be up for trying one run".
    r"(?:i|we)(?:'d| would|d) (?:\w+ )?be up for (?:switching|changing|moving|trying|looking|a "
    r"change|something|one|it|that)\b|"
    # Wanting the thing itself: "I saw your LX40 on the stand and I want one", "I came on this
    # call to buy one".
    r"(?:i|we) want one\b|(?:came|rang|called|phoned|'m here|am here) (?:on this call |today )?"
    r"to buy\b|"
    # Said outright, alone or after a condition: "if you can get them here on time, I'm
    # interested" (not the condition itself, "I'll get in touch if I'm interested", since
    # 2.97.0).
    r"(?<!\bif )(?:i'm|i am|we're|we are) (?:definitely |very |really |quite |genuinely |"
    r"properly )?interested\b|"
    r"keen to (?:see|hear|look|try)|"
    # Willing to look, or to have one: "look, I'd look at something for the reports", "aye,
    # I'd look at that", "I wouldn't say no to something that got us through crunch",
    # "honestly wed look at anything that took the ovens off my plate".
    r"(?:i|we)(?:'d| would|d) (?:maybe |definitely |certainly |happily |probably |at least )?"
    r"look at (?:it|that|this|something|anything|one)\b|"
    # (Since 2.111.0 also another supplier thought about, "I'd think about a second supplier for
    # the frozen, honestly", not "I'd think about it".)
    r"(?:i|we)(?:'d| would|d) (?:maybe |definitely |certainly |happily |probably |at least )?"
    r"think about (?:a (?:second|new|different|backup|spare)|another|switching|changing|trying|"
    r"using|moving)\b|"
    r"(?:i|we) (?:certainly |definitely |honestly )?(?:wouldn't|would not|'d not) say no to "
    r"(?:something|anything|one|that|it)\b|"
    # Said at the end, hedged: "I mean, I'm not saying no.", "that sounds like what we need
    # actually", "I'd be daft not to look at it" (not "…daft not to run it past her").
    r"(?:i'm|i am|we're|we are) not saying no[.!]*$|(?:that|it) sounds like (?:exactly )?what "
    r"(?:we|i) need\b|(?:'d|would) be daft not to(?:[\s,.!]*$| (?:look|try|have|give|take)\b)|"
    r"we(?:'d| would) like to change|ready to (?:change|look|try)|"
    r"(?:we|i) should (?:change|look at)|something(?: has|'s got| has got) to (?:change|give)|"
    # Granting that something must be done: "we'd have to do something, wouldn't we, if the
    # insurers want it", "we've got to do something", "I know we need to get it done one way or
    # the other".
    # (Since 2.129.0 also said needed, "I keep saying we need to do something about the
    # frontage…")
    r"(?:we|i)(?:(?:'d| would|'ll| will|(?:'re| are|'m| am) going to)? have|'ve got| have got| "
    r"(?:really |still |definitely |do |probably )?need) to do something\b|"
    r"(?:need|have|got) to (?:get|sort) (?:it|this|that)(?: done| sorted)? one way or (?:the "
    r"other|another)\b|"
    # … or that the old kit must go: "we're going to have to replace them at some point".
    r"(?:we|i)(?:(?:'re| are|'m| am) going to have|'ll have| will have|'ve got| have got) to "
    r"(?:replace|upgrade|renew) (?:them|it|that|those|these|the [\w-]+)\b|"
    r"(?:i'm|i am|we're|we are) not saying no to (?:it|that|the idea|the \w+)\b|"
    r"worth (?:a look|looking|trying)|"
    r"(?:looking|searching) for (?:something|a way|a tool|a system|a better|someone|a solution)|"
    r"i want (?:this|it|something|that) (?:in place|sorted|fixed|live)|"
    r"(?:we'd|i'd|we would|i would) (?:\w+ ){0,2}?(?:want|need) something (?:for|to|that|which|"
    r"like)\b|"
    r"(?:if|there) (?:there's|there is|must be|has to be|'s got to be) (?:a|an) (?:better|easier|"
    r"simpler|quicker) way|(?:i'm|i am|we're|we are) not against (?:doing something|it|the idea|"
    # (Since 2.98.0 also looking or trying: "I'm not against looking at it when the contract
    # comes up".)
    # (Since 2.119.0 also having it seen to, "I'm not against getting it looked at.")
    r"changing|a change|something|looking|having a look|trying|spending|(?:getting|having) "
    r"(?:it|them|that|this|the [\w-]+) (?:looked at|checked|seen to|sorted|done))\b|"
    # (Since 2.99.0 what is offered might help, "something like that might help, I'll grant
    # you", "that would help, actually" (not "I doubt that would help"), and it would be useful
    # to know, "I suppose it would be useful to know what's actually going on".)
    r"(?<!\bdoubt )(?<!n't think )(?<!\bnot sure )(?<!\bif )(?:something like (?:that|this)|that|"
    r"this|it) (?:might|could|would|may) (?:well |really |definitely |actually )?help\b|"
    r"(?:it|that) (?:would|could|might) be (?:useful|good|helpful|handy) to (?:know|find out|"
    r"see)\b|not wedded to\b|"
    # Needing something other than what they have: "i mean i do need something thats not a pile
    # of paper".
    r"(?:i|we) (?:do|really) need something (?:that|thats|that's|which|other|else|better)\b|"
    r"(?:i'm|i am|we're|we are) all ears\b|(?:i|we) (?:do |really )?want something(?:[.!]?$| "
    r"(?:in place|better|that (?:works|does|would|will|can)|like (?:that|this|yours))\b)|"
    r"caught my (?:ear|eye|attention)|(?:be|am|i'm|we're) up for (?:trying|looking|seeing|"
    r"giving|having|a|it|that|this)|been meaning to (?:look|sort|fix|change|get)|"
    r"(?:we|i) need to (?:change|fix|sort|look at|do something about) (?:this|that|it|how)|"
    r"(?:'d|would) (?:certainly |really |definitely |honestly )?(?:be glad of|welcome) "
    r"(?:something|anything|a way|a tool|a system|some help)|"
    r"i(?:'d| would) (?:happily )?change how (?:we|i) (?:work|do (?:it|things))|"
    r"(?:we're|we are|we'll be|we will be) (?:definitely |certainly |probably )?(?:getting|"
    r"buying|bringing in|putting in) (?:something|a (?:new )?(?:system|tool|solution))|"
    r"(?:we're|we are) going to (?:automate|replace|digiti[sz]e|upgrade|moderni[sz]e) "
    r"(?:it|this|that|the)\b|"
    r"(?:put|set) (?:some )?(?:money|budget|funds|cash) aside|"
    r"(?:approved|signed off|set aside|allocated) (?:the |a )?budget\b|"
    r"(?:want|need) (?:something|a system|one|it) in (?:place )?(?:before|by) |"
    r"(?:we've|we have|i've|i have) (?:had|seen) (?:the|a|their) (?:demo|quote|trial|proposal)"
    r"\b)"
)
# The customer agrees to talk about (or see) the rep's solution, or to the next meeting for it.
AGREES_TO_DISCUSS = re.compile(
    r"\b(?:let's (?:talk about|discuss|hear|see|do (?:that|it|this)|try|book|set (?:it|that) up)|"
    r"i(?:'d| would) like to (?:hear|see|know) how|"
    # (Since 2.106.0 also "go on, tell me how it would work".)
    # (Since 2.117.0 also more asked about what was offered, "Okay, tell me a bit more about
    # them, then.")
    r"tell (?:me|us) (?:a (?:little )?bit |a little )?more about (?:them|it|that|those|these|what "
    r"(?:she|he|they|you)(?:'d| would)?)\b|"
    # (Since 2.142.0 also what the rep has for it, asked, "So what have you got that would work
    # for that?")
    r"what (?:have you got|do you have|would you have) (?:that|which) (?:would|could|might) "
    r"(?:work|suit|help|do)\b|"
    r"show me how|tell (?:me|us) (?:how|more about how) (?:you|(?:it|that) (?:works|would work|"
    r"'d work)\b(?! out))|"
    # The offer asked for: "look, tell me properly what the package is for three".
    r"tell (?:me|us) (?:properly |exactly )?what (?:the|your) (?:[\w-]+ )?(?:package|deal|offer) "
    r"(?:is|would be|comes to)\b|"
    # (Since 2.112.0 also what the rep would put in, "just tell me what you'd put in and what it
    # would cost".)
    r"tell (?:me|us) what (?:you'd|you would) (?:put in|fit|install|recommend|suggest)\b|"
    r"(?:could|can|would) you show (?:it|me|us)|"
    r"yes,? (?:please(?!,? (?:send|email|pop|drop|post))|let's|go ahead)|"
    r"let's (?:do|say|make it) (?:\w+day|[\w']+ o'clock|half \w+|the " + _ORDINAL + r")|"
    r"^(?:[\w']+,? )?go ahead|"
    # (Since 2.80.0 also talked: "can you talk me through how the orders would actually work?")
    r"(?:walk|talk) me through (?:it|your|how)|"
    # (Since 2.108.0 what they would get: "hang on, can you go through what we'd actually get
    # first?")
    r"(?:can|could) you (?:go|run|walk me|talk me|take me) through what (?:we'd|we would|i'd|"
    r"i would|we'll|i'll) (?:actually )?(?:get|be getting|be paying for)\b|"
    r"how would you (?:approach|solve|do) (?:it|that|this)|"
    # (Since 2.115.0 the working of it asked after, "How would it work with our layout,
    # though?", "go on then how would the survey work".)
    r"how (?:would|does|will) (?:it|that|this|the [\w-]+) (?:actually )?work\b|"
    # (Since 2.126.0 what else is on offer, "Go on, what else do you do, because I need mince
    # and pork belly as well.")
    r"what else (?:do|can) you (?:do|sell|supply|offer|stock|make)\b|"
    # (Since 2.127.0 also what it would involve, raw "whoa hang on what does the day actually
    # involve though".)
    r"what (?:does|would|will) (?:it|that|the [\w-]+) (?:actually )?involve\b|"
    r"(?:sure|yes|okay|fine|go on),? (?:show|walk) me|go on then" + _PUT_OFF + r"|"
    # (Since 2.118.0 also asked to come and show, "Yes, come and show me what it looks like on
    # our glass.")
    r"\bcome (?:and|over and|in and|round and|out and) show (?:me|us)\b|"
    # (Since 2.90.0 also "send both over".)
    r"send (?:that|it|both|the \w+) (?:over|through|across)" + _PUT_OFF + r"|"
    # Samples asked for, to try: "yeah go on send some over and well try them on monday"
    # (since 2.86.0).
    r"(?:^|, |\b(?:go on|yes|yeah|please|just|can you|could you) )send (?:some|a few|a couple)"
    r"(?: of)?(?: \w+)? (?:over|through|across|out)\b|"
    # (Since 2.128.0 not a way of working told, "…and I take the booking and put it in the
    # diary".)
    r"book it (?:in|for)|(?<!\band )put it in the diary|"
    # The customer invites a visit, or asks for the next step at a time: "can you do that
    # Thursday?"
     + _VISIT_INVITED + r"|" + _DAY_THEN_WORKS + r"|"
    # … or asks for a visit or for the thing itself: "can you get somebody to come and look at
    # the power?", "how soon can you get one up to Paisley?"
    r"(?:can|could) you (?:get|send) (?:somebody|someone|one of your [\w-]+|an? [\w-]+) "
    r"(?:to come|out|over|round)\b|how (?:soon|quickly) (?:can|could) you (?:get|deliver|"
    r"install|fit|send)\b|"
    r"(?:can|could) you (?:do|come|make it|pop (?:in|over|round))(?: (?:that|it|then))? (?:on )?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|next week|tomorrow)\b|"
    r"(?:monday|tuesday|wednesday|thursday|friday|next week|that time|that date)"
    r"(?: (?:morning|afternoon|evening|at [\w']+(?: o'clock)?))?(?: works| suits|(?:'s| is) "
    r"(?:fine|good|great|perfect|ideal|best)\b|(?: would|'d| will|'ll) (?:work|suit|do|be "
    r"(?:fine|good|great|perfect|ideal|best))\b)|"
    r"(?<!\bit )(?<!\bit all )(?<!\bit still )works for (?:me|us|both of us)|"
    r"(?:might|could|would|will) (?:well )?be worth (?:them|him|her|you|us|everyone|the \w+) "
    r"(?:seeing|hearing|having a look|looking)|"
    r"send (?:me|us) the (?:[\w-]+ )?(?:paperwork|contract|agreement|order form)|"
    r"(?:we|you and i) (?:can|could) walk [\w ]{1,20}? through it|"
    r"i(?:'ll| will) (?:pay the deposit|get it signed|place the order|sign (?:it|the order))|"
    r"(?:want|like|need) (?:\w+ ){0,2}to see (?:it|one|them) (?:running|working|in action))"
)
# The customer holds the decision or the budget. Denials ("it isn't my call alone", "not my
# decision") are none.
# A business that can be one's own: "it's my shop", "the yard's mine".
_OWN_PLACE = (
    r"(?:business|company|firm|shop|practice|place|studio|salon|garage|workshop|bakery|cafe|café|"
    r"pub|farm|yard|clinic|gym|club)"
)
DECISION_AUTHORITY = re.compile(
    # Authority given up to a sum: "the committee gave me authority to spend up to two
    # thousand… without going back to them".
    r"\b(?:(?:gave|given|give) (?:me|us) (?:the )?(?:authority|sign-off|say-so) to\b|"
    # … or a budget given to spend: "the trustees gave me the entertainment budget to spend as
    # I see fit" (since 2.81.0).
    r"(?:gave|given) (?:me|us) (?:the|a|an) (?:[\w-]+ )?budget to spend\b|"
    r"(?:spend|use) (?:it |that |the money )?as (?:i|we) see fit\b|"
    r"without (?:going|having to go) back to (?:them|the (?:committee|board|trustees|partners|"
    r"owners?|directors?))\b|"
    # "It's my house and my business, I decide", "I decide what goes on in it" (not "if I
    # decide…"; since 2.87.0).
    r"(?<!if )(?<!when )(?<!once )(?<!until )(?<!before )\bi decide(?: what\b|[.!]?$)|"
    r"i (?:can )?(?:approve|decide|own)(?: on)? (?:the|this|that|it|tools|"
    r"purchases|decisions?)|i (?:can )?make (?:the |this |that )?(?:decision|call|purchase)s?\b|"
    r"the (?:budget|decision) is mine|(?:budget|decision|call)(?:'s| is) mine|"
    # (Not more than they may: "that's more than I can sign off on my own", since 2.83.0.)
    r"(?<!than )i (?:can )?sign (?:those|these|them|for|it|that|this|off)\b|"
    r"(?:it's|it is) me (?:that|who) signs|"
    r"i sign the (?:cheques|checks|contracts|orders|invoices|purchase orders|award|paperwork)|"
    r"(?:in|within|out of|comes out of|from) my (?:own )?(?:[\w-]+ )?budget|"
    + NOT_DENIED
    + r"our (?:call|decision)\b(?! alone)|"
    r"(?:it's|it is) (?:just )?(?:the two|the three|both) of us (?:who |that )?(?:decide|sign)|"
    # Deciding together in other words: "Alan and I would decide between us", "it's the two of
    # us, fifty-fifty" (which `normalise` reads as a stutter: "fifty").
    r"decide (?:it |everything |things |that |these things |those things |all that )?between "
    r"(?:us|the two of us|ourselves)|"
    r"(?:we|the two of us|both of us|the pair of us|me and (?:my )?\w+|(?:my )?\w+ and (?:me|i)) "
    r"(?:\w+ )?decide (?:it |everything |things |that )?together|"
    r"(?:we|we'd|we would|we'll|we will) both sign\b|whatever i (?:pick|choose|decide|go for)\b|"
    # "If I say we're doing it, we're doing it", "if I say yes, it's yes", "…she'll say yes";
    # "he'll go with whatever I think" (not "…what I tell him, but it's his money").
    # (Raw speech recognition writes "we're" as "were".)
    r"if i say (?:yes|we(?:'re| are|re) (?:doing|having|going (?:for|with|ahead with)) (?:it|that|"
    r"this|one|something)),? (?:it's|it is|that's|that is|we(?:'re| are|re)|we do|(?:he|she|they)"
    r"(?:'ll| will)"
    r" say yes)\b|"
    r"(?:he|she|they)(?:'ll| will|'d| would) (?:usually |always |just )?go with (?:whatever|what) "
    r"i (?:think|say|said|decide|want|pick|choose|tell (?:him|her|them))\b(?!.*\bbut\b)|"
    r"(?:the two of us|both of us),? "
    r"fifty(?:-fifty)?\b|"
    # (Since 2.120.0 also raw, with what follows, "…its me and my husband so we choose".)
    r"(?:it's|it is|its) (?:just |only )?(?:me and (?:my )?\w+|(?:my )?\w+ and me|me and him|me "
    r"and her) (?:who |that |(?:so|and) we )?(?:decide|sign|make the (?:call|decisions?)|choose)|"
    # (Raw speech recognition writes "it's" as "its": "…but its me that decides on all this",
    # since 2.102.0.)
    r"(?:it's|it is|its) (?:just |only )?me (?:who|that) (?:decides?|signs?|makes? the (?:call|"
    r"decisions?)|chooses?)\b|"
    r"(?:it's|it is) (?:my|our) (?:own )?(?:[\w-]+ and (?:my|our) (?:own )?)?money\b|"
    r"(?:is|'s|that's|it's) my shout\b|"
    # "Yes, it's all mine", "the bookings and the invoicing are all mine".
    r"(?:'s|is|are) all mine\b|"
    # "They leave all the booking to me", "he's left it to me", "the committee left it with
    # me"; "costumes are my department".
    r"(?:they|he|she|everyone|the (?:committee|others|board|rest of them))(?:'s|'ve| has| have)?"
    r" (?:just )?(?:leaves?|left) (?:all )?(?:the|that|it) (?:[\w-]+ ){0,2}(?:to|with) me\b|"
    r"(?:is|are|'s) (?:all )?my (?:department|remit|side of things)\b|"
    # Left to the speaker by the other owner: "he's happy for me to sort the heating", "my
    # husband does the books but he's happy for me to run all this".
    r"(?:he's|she's|they're) (?:happy|fine|content) for me to (?:sort|decide|choose|run|handle|"
    r"deal with|look after|sign|pick)\b|"
    # "It's down to the two of us", "I do all the buying and the books".
    r"(?:it's|it is|that's|that is|it'd be|it would be) (?:all |just |only )?down to (?:me|us|"
    r"myself|the two of us|both of us|me and \w+)\b(?! (?:and|but)\b)|"
    r"i do (?:all )?(?:the|our) (?:buying|ordering|purchasing)\b|"
    # "On my side it's me", "I do the money", "I hold the purse strings".
    r"(?:on|at|from) (?:my|our) (?:side|end),? (?:it's|it is|that's|that is) (?:me|mine|my call)\b|"
    r"i (?:do|handle|look after|control|hold) the (?:money|purse[- ]strings|spending)\b|"
    # (Since 2.124.0 also the budget held or run, raw "honestly its me i manage the travel
    # budget and the partners just want it to work", not with a "but" after it.)
    r"i (?:manage|hold|control|run|own|look after|handle) (?:the|our) (?:[\w-]+ )?budgets?\b"
    r"(?![^.?!]*\b(?:but|except|although|though)\b)|"
    # "I'm the one writing the cheque", "the money side is mine", "it's my name over the door".
    r"i(?:'m| am) the (?:one|person|man|woman) (?:who(?:'s| is)? )?(?:writing|signing|paying|"
    r"writes|signs|pays) (?:the|for)\b|(?:the )?(?:money|budget|spending|paying) side(?:'s| is) "
    r"(?:all )?mine\b|my name(?:'s| is)? (?:over|above|on) the (?:door|gate)\b|"
    + NOT_DENIED
    # (Not a budget exceeded, "that's well beyond my budget", since 2.97.0.)
    + r"(?<!beyond )(?<!over )(?<!outside )(?<!above )(?<!past )my (?:decision|call|budget(?: "
    r"line)?)\b(?! alone| rate)|"
    r"i have the budget|i(?:'m| am) the (?:decision maker|one who decides)|"
    # (Since 2.118.0 what is bought passing through them, "All the hire and the materials go
    # through me.")
    r"\b(?:all|everything)\b[\w ]{0,40}? go(?:es)? through me\b(?![^.?!]*\bbut\b)|"
    r"i(?:'m| am) (?:the )?(?:one|person) who signs|within my (?:delegated )?(?:authority|"
    r"budget|sign-?off(?: limit)?)|"
    # (Since 2.112.0 also held, "Under ten thousand I've got delegated authority.")
    r"i(?:'ve| have)(?: got)? (?:the )?delegated (?:authority|sign-?off|budget)\b|"
    r"i (?:can )?sign (?:for )?(?:everything|anything)|"
    r"i (?:can )?(?:sign|approve|spend|buy|order)\b(?![\w£$€ ,.-]{0,50}?\b(?:nothing|not|never|"
    r"no)\b)[\w£$€ ,.-]{0,50}? without (?:the |a |any )?"
    r"(?:committee|board|approval|sign-?off|asking|going to)\b|"
    r"(?:doesn't|does not|won't) (?:need to )?go (?:back )?to the board|"
    r"(?:it's|it is|that's|that is|is|are) mine (?:to (?:sign|approve|decide|spend|call)|up to|"
    r"below|under)|"
    + NOT_DENIED
    # (…and "i pick who goes on the list".)
    + r"i (?:decide|choose|say|pick) (?:what|whether|which|how much|where|who) (?:we|i|the|our|"
    r"money|goes|happens|gets)\b|"
    r"if i like (?:it|something|what i see),? (?:i|we)(?:'ll| will)? (?:buy|get|sign|order)|"
    r"(?:up to|under|below) [\w£$€.,-]+(?: [\w£$€.,-]+){0,3}?,? (?:it's|it is|that's) "
    r"(?:mine|my (?:call|decision))|"
    # A spending limit of one's own: "anything under fifteen is mine".
    r"(?:anything|everything|whatever(?:'s| is)?) (?:up to|under|below) [\w£$€.,-]+"
    r"(?: [\w£$€.,-]+){0,3}? (?:is|are) (?:mine|my (?:call|decision))\b|"
    # (Raw speech recognition writes "it's" as "its": "no its me its my yard"; a reply's
    # leading "no" denies nothing there: "no its my place i bought it…".)
    + NOT_DENIED.replace("(?<!no )", "")
    + r"(?:it's|it is|its) (?:my|our) (?:own )?"
    + _OWN_PLACE
    + r"\b(?!'| to\b)|"
    # (Since 2.120.0 also the place said to be theirs, "The shop's mine, as long as I keep
    # within budget.")
    r"\bthe "
    + _OWN_PLACE
    + r"(?:'s| is) (?:all )?mine\b|"
    + NOT_DENIED
    + r"my signature (?:on it|goes on|that goes)|and my signature\b|"
    r"i(?:'ll| will) decide (?:after|once|when|by|on|next|this|at)\b|before i (?:decide|sign)\b|"
    r"(?:there's|there is) (?:nobody|no one|no-one) (?:else )?(?:to ask|above (?:me|us))\b|"
    r"(?:don't|do not) (?:need|have) to (?:run it past|ask|check with) (?:anyone|anybody))"
)
# A rep's question that proposes the next step for the solution (to show or tell how it works,
# to meet, to book, to send something): a yes-type reply to it is agreement to discuss.
PROPOSES_TO_DISCUSS = re.compile(
    r"\b(?:shall (?:we|i)|how about (?:we|i|a|an|next|\w+day)|what if (?:we|i)|"
    r"would (?:it|that) (?:make sense|be worth|help|be (?:useful|helpful|okay|ok)) (?:to|if|for)|"
    # (Since 2.126.0 also "would it be worth me walking you through how both of those work", not
    # only to send something.)
    r"would (?:it|that) be worth (?:me|us) (?!(?:sending|emailing|posting|dropping)\b)"
    r"[a-z]+ing\b|"
    r"would (?:a|an) [\w-]+(?: [\w-]+)? (?:make sense|be worth|help|be (?:useful|helpful))|"
    r"(?:can|could|may|might) (?:i|we) (?:show|walk|send|share|book|set up|arrange|put|take you|"
    r"run|bring|come|get|pop|give you|email|drop|demo|"
    r"tell you [\w ]{0,25}?(?:how|about|what we)\b)|"
    r"would you (?:like|want|be (?:up for|happy|open|interested|willing|free)) (?:me to|to (?:see|"
    r"have|meet|book|set|take|try|get|hear|look|come|go)|a |an |for |in (?:a|an|seeing|having|"
    r"meeting|trying|getting|hearing|taking))|"
    # (Also with "do you" left unsaid: "want me to run you through how they'd work?")
    r"do you want (?:me to|to see|to hear|to know how|to have a look|a |an )|"
    r"^(?:(?:so|okay|ok|right|well|and),? )*want me to\b|"
    r"are you (?:free|around|available)|is it (?:okay|ok|alright|all right) if (?:i|we) (?:show|"
    r"send|walk|share|book|tell you (?:about|how))|"
    r"(?:does|would|do|could|will) (?:\w+day|next week|the week|the \d+\w*|that time|"
    r"\w+ o'clock|that|this|it|an? [\w-]+) (?:[\w ,-]{0,40}?)(?:work|suit)\b)"
)
# A call proposed for a month or a season ahead: "could I give you a call in January to see
# how the job is going?". A yes to it agrees to talk then, not to discuss the solution (since
# 2.118.0; as a customer's "ring me after Christmas" commits to nothing, since 2.115.0).
_CALL_YOU = r"give you a (?:call|ring|bell|buzz)|call you|ring you|phone you"
CALL_PUT_OFF = re.compile(
    # (Since 2.129.0 also a check-in put off, "Shall I check in with you after Easter, before the
    # committee meets?")
    r"\b(?:" + _CALL_YOU + r"|catch up|speak|talk|check in(?: with you)?) "
    r"(?:again |back )?(?:in|after) (?:the )?(?:"
    + _MONTHS
    + r"|new year|spring|summer|autumn|christmas|easter)\b|"
    # (Since 2.129.0 also a call to chase the answer, "Shall I give you a ring on the thirteenth
    # to see where it landed?")
    r"\b(?:give you a quick (?:call|ring|bell|buzz)|" + _CALL_YOU + r")(?: back)?\b[^?]{0,40}? "
    r"to see (?:what|where|how|if|whether)\b"
)
# What is sent with an invitation to meet, not material to read.
_INVITATION_SENT = r"invite|invitation|calendar|meeting|diary|demo|call|slot"
# A rep's offer only to send something (the pricing, notes, a case study; not an invitation to a
# meeting): a yes to it shows interest in the solution, not agreement to discuss it.
OFFERS_TO_SEND = re.compile(
    r"\b(?:(?:(?:shall|can|could|may|might) (?:i|we)|(?:would you like|do you want) me to) "
    r"(?:just )?(?:send|email|share|drop|pop|post)|"
    # (Since 2.107.0 also as help, "would it help if I emailed you our price list…?")
    r"would (?:it|that) help if (?:i|we) (?:just )?(?:sent|emailed|shared|dropped|popped|"
    r"posted))\b"
    r"(?!.*\b(?:" + _INVITATION_SENT + r"|time)\b)"
)
# The rep offering or promising to send material: "I'll email you the quote with the discount
# this afternoon", "would it be all right if I sent you our catalogue…?" (not the papers of a
# deal or an invitation: "I'll send the contract over…", "shall I send you an invite?").
SENDS_MATERIAL = re.compile(
    # (Since 2.130.0 also raw speech recognition's "ill", "okay ill send you a short case study…")
    r"\b(?:i'll|ill|i will|let me|i can|i could|we'll|we can|(?:shall|can|could|may) (?:i|we)|"
    r"(?:would you like|do you want) me to|if (?:i|we)) (?:just )?(?:send|email|e-mail|drop|pop|"
    r"post|sent|emailed|dropped|popped|posted)\b"
    r"(?!.*\b(?:contract|agreement|order form|paperwork|invoice|booking form|"
    + _INVITATION_SENT
    + r")\b)"
)
# The customer taking what the rep just offered to send: "Fine, send it over." (after
# `SENDS_MATERIAL`, since 2.110.0 no agreement to discuss, and openness only as a yes to the
# offer; see `answers`).
# (Since 2.117.0 with the "go on" that takes it, "Go on then, send it over.")
TAKES_WHAT_IS_SENT = re.compile(
    r"\b(?:go on(?: then)?,? )?send (?:that|it|both|the \w+) (?:over|through|across)\b"
)
# A rep's question asking whether the customer is open to a solution or to changing: a
# yes-type reply to it is openness.
ASKS_OPENNESS = re.compile(
    r"\b(?:(?:would|are|were) you (?:be )?open to|is (?:that|this|it) something (?:you'd|you "
    r"would|you might|you'd be|worth)|would (?:that|it|something like (?:that|this)) (?:help|be "
    r"(?:useful|helpful|worth|of interest|interesting|of use))|would you (?:consider|look at)|"
    r"(?:are|would) you (?:be )?(?:interested|looking) (?:in|to|for)|"
    r"(?:does|would) (?:that|this) (?:sound|be) (?:like )?(?:useful|helpful|interesting|something)|"
    r"could (?:that|this|something like (?:that|this)) (?:help|work for you)|"
    r"is that the (?:kind|sort) of)"
)
# A rep's question whether the customer holds the decision or the budget.
ASKS_AUTHORITY = re.compile(
    r"\b(?:are you the (?:one|person) (?:who|that)|(?:is|would) (?:it|that|this|the (?:decision|"
    r"budget)) (?:be )?(?:your|yours)\b|is the (?:decision|budget|sign-?off) (?:yours|with you)|"
    r"do you (?:sign|make the (?:call|decision)|hold the budget|own the budget|have (?:the )?"
    r"(?:budget|sign-?off|authority|final say))|"
    r"can you (?:sign|approve|make the (?:call|decision))|"
    # (Since 2.108.0 "is it you who signs off on a new contractor, or…?")
    r"is it (?:you|yourself) (?:who|that) (?:signs|decides|approves|makes the (?:call|decision)|"
    r"holds the budget)\b|"
    # "Would it be yourself I'd speak to?"
    r"(?:would|is|will) it (?:be )?(?:yourself|you) (?:i'd|i would|i should|i'll|i need to|"
    r"i'd need to|i'd be) (?:speak|talk|deal)(?:ing)?\b|"
    # "Is it just yourself that'd be making the call on it?"
    r"(?:would|is|will) it (?:be )?(?:just |only )?(?:yourself|you)(?: and \w+)? "
    r"(?:that|who)(?:'d| would|'ll| will)? (?:be )?(?:(?:making|make|taking|take) (?:the|that) "
    r"(?:call|decision)|"
    # "Is it just yourself that does the ordering?", "is it yourself and Gwyn who'd decide?"
    r"(?:does|do|doing|handles?|handling) the (?:ordering|buying|purchasing)|decides?\b)|"
    r"(?:would|will) you (?:be (?:the one|signing|the person|making the)|sign|approve|decide)|"
    # "Is that you deciding, or the two of you together?"
    r"(?:is|would) (?:that|it) (?:be )?(?:just )?(?:you|yourself) (?:deciding|signing|making "
    r"the (?:call|decision))\b)"
)
# A rep's question who decides or holds the budget, and the reply that it is the customer.
ASKS_WHO_DECIDES = re.compile(
    r"\bwho(?: else)?(?:'s| is|'d| would| will| gets| has| needs| must| should| makes| signs| "
    r"decides| approves| holds)\b"
    r".{0,40}\b(?:decision|decide[sd]?|sign(?:s|ed|-off)?|approv\w*|budget|involved|final say|"
    r"(?:make|makes|making) the call|(?:be )?happy with it|(?:have )?a say|on board)"
)
SAYS_ME = re.compile(
    r"^(?:(?:oh|well|um|uh|erm|honestly|no|that's|it's|that'd be|that would be|it'd be|it would "
    r"be),? )*(?:just |only |mainly |really )?(?:me|myself|i do|i am|i will|mine)\b"
    r"(?!.*\b(?:and|with|but|not|n't)\b)(?!.*n't)|"
    # The two of them, said alone: "me and Kenny.", "the two of us.", "nobody, it's me and
    # Trace."
    r"^(?:(?:oh|well|um|uh|erm|honestly|nobody|no one|no|that's|it's|that'd be|it'd be),? )*"
    r"(?:just )?(?:me and "
    r"(?:my )?[\w']+|(?:my )?[\w']+ and me|the two of us|both of us|us two)[.!]?$|"
    # Nobody else, said alone: "nobody really."
    r"^(?:(?:oh|well|um|uh|erm|honestly|no),? )*(?:nobody|no one|no-one)(?:,? (?:really|else|at "
    r"all))?[.!]?$"
)
# A sentence of hesitation alone ("Erm.", "Well...", "Hmm."), after `normalise` has dropped
# the fillers: a reply that opens with one answers in the sentence after it.
HESITATION_ONLY = re.compile(r"^(?:(?:well|hmm+|mm+|oh|ah|er|ooh)\b)?[\s,.!?…-]*$")
# A yes-type reply: it opens the sentence, and nothing in the sentence takes it back.
AFFIRMATIVE = re.compile(
    r"^(?:(?:oh|well|um|uh|erm|right|okay|ok|honestly|i think|i suppose|i guess|probably),? )*"
    r"(?:yes|yeah|yep|yup|aye|sure|absolutely|"
    r"definitely|of course|certainly|fine|okay|ok|alright|all right|go (?:on|ahead|for it)|"
    r"please(?: do)?|sounds (?:good|great|fine|like a plan)|that (?:would|'d|will|'ll) "
    r"(?:really |definitely |certainly |actually |honestly )?(?:be )?"
    r"(?:great|good|help|useful|helpful|fine|work|better|best|easier|ideal|sensible)|"
    r"that (?:would )?makes? sense|that works|works for me|why not|let's|"
    r"i'd like that|happy to|great|perfect|lovely|brilliant|go on then|"
    # Taken up as bearable or welcome: "that I could live with", "I'd be happy with that".
    r"(?:that )?i (?:could|can) live with(?: that| it)?|(?:i'd|i would|we'd|we would) be happy "
    r"with that)\b"
    # (A warning is no taking back: "go on, but I'll warn you, I've seen a few of these".)
    r"(?!.*\b(?:but(?! i(?:'ll| will)? warn you\b)|though|although|not|no|maybe|perhaps|n't)\b)"
    r"(?!.*n't)" + _PUT_OFF + r"|"
    # A reluctant yes, whose words hold a "no": "I suppose there's no harm in you having a
    # look", "it can't hurt", "we might as well".
    r"^(?:(?:oh|well|um|uh|erm|right|okay|ok|honestly|i think|i suppose|i guess|probably),? )*"
    r"(?:(?:there's|there is|there'd be|it'd be|it would be) no harm|no harm in|"
    r"(?:it|that) (?:can't|won't|wouldn't|couldn't) hurt|(?:we|i) (?:might|may) as well)\b"
    r"(?!.*\b(?:but|though|although)\b)"
)

TRANSACTION = re.compile(
    r"\b(?:discount|price|pricing|per seat|per (?:user|unit|month|year|licen[cs]e)|contract(?!or)|"
    r"(?:our|the) [\w-]+ (?:plan|tier)|\w+ thousand (?:a|per) year|order form|quote\b|"
    r"sign (?:this|today|before|by|now)|"
    # Getting it signed now, or a rate held or locked: "is there any chance he could sign it
    # today?", "would you be happy to go ahead today?", "I can lock it in before the rates
    # move", "I can only hold a rate for about forty-eight hours".
    r"sign (?:it|them|the [\w-]+) (?:today|now|this week)|go ahead (?:today|now|this week)\b|"
    r"lock (?:it|that|this|you|the (?:rate|price)) in\b|hold (?:a|the|that|this|your) rate\b|"
    # A booking held against a deadline, a deposit due, prices about to rise, how it is paid
    # and what costs extra: "I can hold it for you till Friday", "I'd need to know by Friday
    # for the slot", "deposit by Monday", "our rates go up in January", "cheque or bank
    # transfer?", "taken away's an extra two thousand two hundred".
    r"hold (?:it|that|them|the (?:slot|date|space|booking)) (?:for you )?(?:till|until)\b|"
    r"(?:confirm|(?:need to|let me|let us) know|decide|book) by (?:"
    + _WEEKDAYS
    + r"|tomorrow|the end)\b|deposits? (?:by|to (?:secure|hold|confirm))\b|"
    r"(?:rates?|prices?) (?:go|goes|will go|(?:'re|are) going) up\b|bank transfer|"
    r"an extra (?:[\w-]+ ){0,3}(?:hundred|thousand|grand|quid|pounds?)\b|"
    # A price in hundreds said in words: "it's five hundred and forty pounds for the two of
    # you", "the café bundle is normally eleven hundred and fifty pounds" (since 2.107.0).
    r"(?:'s|\bis|\bare|\bbe|\bcomes to|\bcosts?) (?:normally |usually |just |only |about |around "
    r"|roughly )*(?:[\w-]+ ){0,2}(?:hundred|thousand)(?: and)?(?: [\w-]+)? (?:pounds|quid)\b|"
    r"end of (?:the )?(?:month|quarter)|close this|paperwork|terms|% off|percent off|"
    r"purchase order|invoice|penalty|notice period|break clause|"
    r"(?:pounds?|dollars?|euros?|grand|quid|bucks|thousand|hundred)(?: [\w-]+){0,4} (?:a|per|each) "
    r"(?:month|year|week|quarter|user|seat|head|site|person|staff member|member|employee)\b|"
    r"per (?:staff member|head|site|person|location|employee|driver|vehicle)|"
    # Closing talk: a price per use, a minimum term, a month knocked off, a deadline on the
    # offer, "what would it take to…", getting it signed or over the line.
    r"(?:pound|quid|dollar|euro)s? (?:a|per) (?:call|job|text|message|booking|visit|minute)\b|"
    # (Since 2.134.0 any price per unit, "…a small batch fee of sixty pounds per colour", "Lab
    # dips are twenty-five pounds a colour", not a sum put loosely, "…saving a couple of quid a
    # cow".)
    r"(?<!\bof )\b(?:pounds?|quid|pence)(?: [\w-]+)? (?:a|per) [\w-]+|"
    r"(?:month|year)s? minimum|minimum (?:term|contract|period)|"
    r"knock (?:[\w-]+ ){1,3}off\b|(?:months?|weeks?) (?:free|off|at half price)|free months?\b|"
    r"half price|(?:the|this|our) offer (?:closes|ends|expires|does close|runs out|goes)|"
    r"(?:miss|missing) out on (?:the|this) (?:offer|deal|price)|what would it take to|"
    r"get (?:it|this|you|the deal|the paperwork) (?:signed|over the line|started)|over the line|"
    r"sign(?:ed)? up (?:today|this week|now|before)|you're looking at (?:about |around |just )?"
    + _SUM_START
    + r"|"
    # Haggling: a sum taken off, a price knocked down or rounded ("call it thirteen thousand
    # flat"), a rate, room to move on the price, payment up front.
    r"(?:hundred|thousand|grand|quid|pounds?) off\b|knock (?:[\w-]+ ){1,4}?down to\b|"
    r"call it (?:[\w-]+ ){0,2}(?:thousand|hundred|grand|flat|quid|pounds|even)\b|"
    r"(?:usual|standard|normal|discounted|special|going|trade) rate\b|"
    r"(?:can't|cannot|can|could) move (?:much |a bit |a little |any further |at all |far )?on "
    r"(?:it|that|the price|price)\b|"
    r"(?:pay(?:s|ing)?|paid|half|deposit|the full amount|the year|in full) up ?front|"
    # A price that comes down, a term in months, how it is billed, a set-up fee, a price said
    # as spoken numbers a month ("three twenty-five a month").
    r"comes? (?:down|out) to (?:about |around |just |roughly )?" + _SUM_START + r"|"
    r"[\w-]+[- ](?:month|year) (?:term|contract|commitment|plan|deal)\b|"
    r"(?:the|a|your|no|waive the|half the) deposit\b|direct debit|(?:fitting|set-?up|install\w*|"
    r"admin|cancellation|exit|joining|monthly|annual) fee|"
    r"(?:a|per) (?:van|vehicle|unit|site|machine|camera|licence|license|seat|user|head) "
    r"(?:a|per) (?:month|year|week)\b|"
    r"(?:annual|monthly|yearly|quarterly) (?:plan|contract|billing|payments?)\b|"
    r"(?:paid|pay|paying|billed) (?:monthly|annually|quarterly|yearly)\b|"
    r"set-? ?up (?:fee|cost|charge)|"
    # (Since 2.112.0 a price put with its tax, "eight hundred and fifty plus vat a visit".)
    r"(?:plus|ex|excluding) vat\b|"
    # (Since 2.113.0 a saving in money, a price compared, a deposit as a sum, the card taken
    # up front, a booking now for a price, a damage waiver: raw "if you take the four weeks
    # youre saving nearly two hundred quid", "the four week block is cheaper than three single
    # weeks", "a card for the two hundred deposit", "if you book it now i can do…".)
    r"saving (?:about |nearly |over |around |almost |you )?[\w-]+ (?:hundred |thousand )?"
    r"(?:quid|pounds?)\b|cheaper than\b|(?:hundred|pound|quid|percent|per cent) deposit\b|"
    r"card up ?front|if you (?:book|order) (?:it |them )?(?:now|today|this week)\b|"
    r"(?:damage|loss) waiver\b|"
    r"\b(?:" + _DIGIT_WORD + r") (?:ten|eleven|twelve|fifteen|" + _TENS_WORD + r")[\w-]* "
    r"(?:a|per) month\b)"
)

# What a receiver or a screen finds once it works: "it's got a fix", "…a signal".
_SIGNAL = r"(?:fix|signal|connection|position|picture|lock)\b"
# A fix still to come: "once it's back online…", "if that doesn't get it working again…". A
# resolution phrase after one of these (in the same sentence) is no resolution yet.
PENDING = re.compile(
    r"\b(?:once|as soon as|until|unless|if|when) (?:it|they|that|this|everything|you|we|the|"
    r"your)\b"
)
# What the agent has done to the account or the kit that puts it right.
_FIXED = (
    r"(?:fixed|reset|updated|issued|replaced|refunded|corrected|restored|credited|removed|"
    r"unlocked|reconnected|reactivated|re-?enabled|re-?sent|cancelled|reversed|applied|"
    r"(?:re-?)?linked|re-?paired|"
    # (Since 2.82.0 "I've recalibrated the sensors on that board".)
    r"(?:re-?)?calibrated|reconfigured)"
)
# Not a state denied: "Our bikes aren't charging again." (since 2.124.0).
_STATE_NOT_DENIED = r"(?<!n't )(?<!\bnot )(?<!\bnever )(?<!\bstopped )"
SERVICE_STEPS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        # Finding out what is wrong: asking what happened, what they see, since when.
        "understand",
        re.compile(
            r"\b(?:what (?:seems to be|is|was) the (?:problem|issue|trouble|fault)|what happened|"
            r"tell me what|(?:walk|take) me through (?:exactly )?what|can you describe|"
            r"when did (?:it|this|that|you) (?:start|begin|first|last|notice)|"
            r"(?:when|how long) (?:has|have) (?:it|this|that|you) been|"
            r"what (?:error|message|code|light|lights) (?:do|did|are|can) you (?:see|get|getting)|"
            r"what (?:do|does|did|can) (?:it|the [\w-]+|you) (?:show|say|see|do) (?:you )?(?:now|"
            r"when|exactly|on)|what (?:are|were) you (?:seeing|getting|trying)|"
            r"(?:how|what) can i (?:help|do for you)|what can i help (?:you )?with|"
            r"what(?:'s| is) (?:been )?(?:going on|going wrong|happening)|"
            # (Since 2.95.0 also "what's happened?", not the agent's "I can see what's
            # happened" nor "what's happened is…".)
            r"(?<!\bknow )(?<!\bsee )what(?:'s| has) happened(?! is\b)|"
            r"what (?:exactly )?(?:happens|happened) when)"
        ),
    ),
    (
        # Naming the cause, not only the symptom.
        "diagnose",
        re.compile(
            r"\b(?:root cause|the cause (?:is|was)|"
            # (Since 2.120.0 also a part too weak for its work, "The batteries are too weak to
            # drive the locking motor…")
            r"(?:the|your|its|their) [\w-]+ (?:is|are|'s|'re) (?:just |simply )?too (?:weak|low|"
            r"flat|old|worn|cold|hot|full|slow|small|big|high) to\b|"
            r"(?:it|this|that) looks like the (?:issue|problem)|"
            # (Since 2.135.0 also a part heard failing, "It sounds like the bearing in the end
            # roller on the right-hand table is failing.")
            r"sounds like (?:the|your|a|an) [\w' -]{1,60}? (?:is|are|'s|'re) (?:failing|failed|"
            r"going|gone|worn|seized|sticking|slipping|leaking|dying|faulty|broken|blocked|on "
            r"(?:its|their) way out)\b|"
            # (Not, since 2.132.0, the speaker's own reason or what is at stake, "that's partly
            # why I got in touch", "that's partly why this matters…".)
            r"that(?:'s| is|'ll be| will be| would be) (?:also |partly |probably )?(?:because|"
            r"why(?! (?:i|i'm|i've|we're here|we're on the call|(?:this|it) matters)\b)|"
            r"what(?:'s| is) (?:causing|stopping|blocking|letting|making)|"
            # (Since 2.107.0 also what it did, "That's what stopped it going home.")
            r"what (?:stopped|caused|blocked|made|kept) (?:it|them|the [\w-]+)\b)|"
            # (Since 2.101.0 also "…that's our culprit", "there's your culprit".)
            r"i(?:'ve)? found|the reason (?:is|was|for)|caused by|(?:the|your|our) culprit|"
            # (Since 2.93.0 "that's very likely the cause".)
            # (Since 2.109.0 also said plainly, "That's the cause.")
            r"that(?:'s| is|'ll be) (?:(?:very |most |almost certainly )?(?:likely|probably) )?"
            r"(?:the|your) (?:cause|culprit)\b|"
            r"that (?:explains|would explain|would fit|fits)|which (?:explains|is why)|"
            r"(?:the|your) (?:problem|issue|fault) (?:is|was|seems to be)|"
            r"what(?:'s| has) happened is|(?:it|that)(?:'s| is) (?:down to|coming from)|"
            # "Okay, I think I know what's happened" (since 2.85.0 also "I can see what's
            # happened").
            r"i (?:think i |reckon i )?(?:know|can see) what(?:'s| has) happened\b|"
            # What an update did: "after a big update RaceDesk sometimes drops back into
            # simulation", "after the update on Friday, the tablet's signed itself back into…".
            # (Not what people did: "after the update we went back to the old rota".)
            r"^after (?:a|an|the) (?:[\w-]+ ){0,3}?(?:update|upgrade)\b[^.?!]{0,60}?"
            r"(?<!\bwe )(?<!\bi )(?<!\byou )(?<!\bthey )\b(?:drops?|dropped|falls?|fell|goes|"
            r"went|reverts?|reverted|signs?|signed|switch(?:es|ed)?|logs?|logged) "
            r"(?:itself |themselves )?back\b|"
            # The cause found and named so: "so that's the problem", "ah, there's the culprit",
            # "yes, that'll be it".
            r"^(?:(?:yes|yeah|yep|so|ah|aha|right)[,\s]+)+(?:(?:that's|that is|there's) "
            r"(?:the|your) (?:problem|issue|fault)|that(?:'ll| will) be it)\b|"
            # … or said bare, as a sentence of its own: "That'll be it." (since 2.94.0 also "that'll
            # be it, then", "that'll be it, so the radios had no charge overnight").
            # (Since 2.125.0 also with a hedge, "That'll be it, I reckon.")
            r"^that(?:'ll| will) be it(?:,? then|,? i (?:think|reckon|suspect|bet))?"
            r"(?:[.!]?$|,? (?:so|because|if)\b)|"
            # What blocked the works: "the sawdust has clogged the condenser, so…"
            r"(?:has|have|'s|'ve) (?:clogged|blocked|choked|jammed|gummed|furred) (?:up )?"
            r"(?:the|your)\b|"
            r"(?:usually|normally|probably) means|"
            # The cause guessed at: "my guess is water has got into the sensor box…" (since
            # 2.99.0).
            r"my (?:best )?guess is\b|"
            # What usually brings it on: "that usually happens when the garage pulls the camera
            # fuse…" (since 2.98.0).
            r"(?:that|this|it) (?:usually|normally|often|typically|generally) happens (?:when|"
            r"if|after|because)\b|"
            # Still reaching for what has gone: "it's almost certainly still trying to join your
            # old wifi network" (since 2.89.0).
            r"(?:it's|its|it is) (?:[\w-]+ ){0,2}?still trying to (?:join|connect to|reach|find|"
            r"talk to|use) (?:the|your) old\b|"
            # (Since 2.115.0 also still set to the old, "…the six second floor panels are still
            # pointing at the old room mailboxes".)
            r"(?:is|are|'s|'re) still (?:pointing|linked|connected|set|mapped|going|sending) "
            r"(?:at|to) (?:the|your) old\b|"
            # (Since 2.124.0 also a code said in words, "E twenty-one means the charging point
            # isn't getting enough power…".)
            r"(?:code|error|light|symbol|message|warning|[a-z]{1,3}\d{1,4}|" + _SPOKEN_CODE + r") "
            r"(?:on [\w ]{1,20} )?means (?:that )?(?:the|it|your|you|we|there|something)\b|"
            # What the mail servers cannot check: "…so Gmail and Outlook can't verify your
            # newsletters" (not the speaker, "I can't verify the account"; since 2.100.0).
            r"(?<!\bi )(?<!\bwe )(?<!\byou )can(?:'t|not) (?:verify|authenticate)\b|"
            r"(?:it|that|this)(?:'s| is) (?:telling us|a sign) "
            r"(?:that|it)|(?:it|that) can(?:'t|not) (?:find|connect|reach|see|read|talk)|"
            r"(?:is|are|was|were) (?:being )?(?:blocked|expired|locked|corrupted|disconnected) "
            r"(?:because|since|after|when))"
        ),
    ),
    (
        # The problem fixed during the call, by the agent or by the customer as guided.
        "resolve",
        re.compile(
            # The fix done by the customer as they were told, once the cause is found: "Done.",
            # "right, done" (since 2.103.0); a part put back as told, "It's in.", "It clicked."
            # (since 2.106.0).
            # (Since 2.107.0 also both, "Done, it clicked this time.")
            # (Since 2.109.0 also with what it now shows, "Done, it shows today's date now…")
            # (Since 2.140.0 also led by "yep", "Yep, that clicked.")
            r"^(?:(?:okay|ok|right|yeah|yes|and)[,.!]? )*done[,.!]? (?:it|that|the [\w-]+)"
            r"(?:'s| is)? (?:shows?|says|reads|showing|saying|reading)\b|"
            r"^(?:(?:okay|ok|right|yeah|yes|yep|and|save)[,.!]? )*(?:(?:done|that's done|all done|"
            r"it's done|(?:it's|that's|they're) (?:back )?in|(?:it|that)(?:'s)? clicked(?: in)?)"
            r"(?: this time| now)?(?:[,.!]? |[.!]?$)){1,2}$|"
            r"\b(?:i(?:'ve| have) (?:just |also |now )?" + _FIXED + r"|"
            # … or after another act: "I've put a seven day grace period on the account and
            # reactivated the tracker's data" (since 2.90.0).
            r"i(?:'ve| have) (?:just |also |now )?[a-z]+ [\w' -]{1,60}? and (?:i(?:'ve| have) )?"
            r"(?:just |also |now )?" + _FIXED + r"\b|"
            r"that should (?:fix|solve|sort)|"
            # A setting put on the kit: "I've also set a minimum pipe temperature on house
            # three…", "I've set the sync service to start automatically…" (since 2.99.0).
            r"i(?:'ve| have) (?:also |just |now )?set (?:a|an|the|your) [\w' -]{1,40}? (?:on|for|"
            r"to)\b|"
            # Changes sent out to the kit: "I've pushed all two hundred and fourteen waiting
            # price changes out to your labels now" (since 2.86.0), "…so I've just pushed that
            # through from here as well" (since 2.89.0).
            # (Since 2.98.0 also while the agent does it, "what I'm doing now is pushing the
            # correct network profile to both units".)
            # (Since 2.115.0 a link or setting redone while the agent speaks, "I'm re-linking
            # them now.")
            r"i(?:'m| am) (?:just )?re-?(?:linking|connecting|pairing|syncing|mapping|assigning|"
            r"activating|enabling|setting|starting|booting) (?:it|them|that|those|both|all|the|"
            r"your)\b[^.?!]*\bnow\b|"
            r"(?:i(?:'ve| have) (?:just |now )?pushed|(?:what i(?:'m| am) doing now is|i(?:'m| am) "
            r"(?:just |now )?) pushing) (?:(?:that|it|this|them) through\b|"
            r"(?:[\w-]+ ){0,8}?(?:updates?|changes|prices|settings|fix|patch|profiles?)\b)|"
            # A setting turned up or down ("I've turned the darkness up"), put back as it was
            # ("I've switched your measured items back to metres", "…back over to your live
            # diary") or switched over ("I've switched both printers over to automatic
            # addresses").
            r"i(?:'ve| have) (?:just |now )?turned (?:[\w']+ ){1,3}(?:up|down)\b|"
            r"i(?:'ve| have) (?:just |now )?(?:switched|changed|set|put|turned|moved) "
            r"[\w' ]{1,40}? (?:back (?:over )?|over )(?:to|as)\b|"
            r"i(?:'ll| will) (?:send|issue) (?:a|you a) (?:replacement|refund)|"
            r"(?:it's|it is|that's|that is) (?:now )?(?:fixed|resolved|sorted|done it|fixed it)|"
            # "that's the boundary wire live again"; online again as a state, "it's come online
            # again" (not "it's been selling those huts online again", since 2.85.0); since
            # 2.124.0 not the state denied, "Our bikes aren't charging again."
            + _STATE_NOT_DENIED
            + r"(?:working|connected|running|active|printing|syncing|charging|live) again|"
            r"(?:'s|is|are|'re|be|been|it|them|now|come|came|comes|gone|went) online again|"
            # "that's saved, and I've sent it to the sensor" (not "that's saved me a trip"),
            # "that's the drain cycling properly again"
            r"that's (?:now |all )?saved\b(?! (?:me|us|you|them|him|her)\b)|"
            # "It's printing properly again."
            + _STATE_NOT_DENIED
            + r"(?:working|running|cycling|behaving|draining|pumping|heating|firing|printing|"
            r"scanning|feeding|charging|syncing) (?:properly|normally|as it should) again|"
            r"(?:it's|it is|that's) (?:still |now |all )?dry\b|"
            r"(?:stopped|no more) (?:leaking|dripping|beeping|flashing)|"
            # The fault tried for and gone, said on its own: "No freeze." (since 2.126.0).
            r"^(?:and |still )?no (?:freeze|freezing|crash|crashing)(?: this time| now| at all)?"
            r"[.!]?$|"
            r"back (?:online|up and running|to normal)\b|"
            # (Since 2.125.0 not what was done before the call, "…then put the breaker back on
            # about an hour ago.")
            r"(?<!you )back on\b(?![^.?!]*\bago\b)|talking to us again|"
            # A signal found again: "Oh, there we go, it's got a fix." (since 2.111.0).
            r"there we go,? (?:it's|it has) (?:now )?got (?:a|its|the) " + _SIGNAL + r"|"
            r"(?:it's|it has) got (?:a|its|the) " + _SIGNAL + r" (?:back|now|again)\b|"
            # "That's it back reading live", "that's them back working".
            r"(?:that's|that is) (?:it|them|everything|you) back (?:reading|working|running|"
            r"printing|syncing|connected|live|online|up)\b|"
            # A part put back right: "so that's the needle in the right way round now".
            r"(?:that's|that is) the [\w-]+ (?:back )?in (?:the right way(?: round)?|properly) "
            r"now\b|"
            r"that(?:'s| has) (?:done|fixed|sorted) it|that did it|"
            # The fix under way on the kit: "Right, it's running the descale now." (since
            # 2.130.0).
            r"(?:it's|it is) (?:now )?(?:running|doing) (?:the|a|its) (?:[\w-]+ )?(?:descale|"
            r"descaling|clean|cleaning|flush|purge|reset|update|recalibration)(?: cycle)?\b|"
            # The thing moving again, said as a sentence of its own: "It's going up!" (since
            # 2.123.0).
            r"^(?:(?:oh|yes|yeah|right|ok|okay|look)[,.!]? )*(?:it's|it is|they're|they are) "
            r"(?:going (?:up|down)|moving|lifting|turning|spinning|working)(?: now| again)?[.!]$|"
            # What would not open, open now: "It's whirring, and it's open." (since 2.120.0;
            # not open to or for something, nor open till six).
            r"(?:it's|it is|it has|they're|they are) (?:now )?(?:open|opened|unlocked|released)"
            r"\b(?! (?:to|for|until|till|on|from|at|in|up)\b)|"
            # A line or pump made ready again: "perfect, that's the line primed" (since 2.93.0).
            r"that's the [\w-]+ (?:primed|bled|reset|cleared|unblocked)\b|"
            r"(?:has|have) gone (?:through|green|solid)|'s gone (?:green|solid)\b|"
            r"(?:it's|it is|they're|they are) "
            r"(?:going|coming) through (?:now|again)|"
            r"(?:'s|has|have) (?:now )?been (?:removed|lifted|cleared|taken off|unblocked|reset|"
            r"reactivated|restored|refunded|credited))"
        ),
    ),
    (
        # Checking with the customer that the fix works.
        "confirm",
        re.compile(
            r"\b(?:does (?:that|this|it|everything) (?:work|fix|solve|help|look)|"
            # (Since 2.126.0 also of the parts, "Do the movers look right, positions and
            # colours?")
            r"do (?:the|they|those|these|all the) (?:[\w-]+ )?(?:look|work) (?:right|ok|okay|"
            r"correct|normal)\b|"
            r"is (?:it|everything|that) (?:now )?(?:working|running|showing|coming through|"
            r"looking)|"
            r"can you confirm|could you check (?:it|that)|"
            # (Since 2.117.0 the fix tried and its result checked, "Can you scan a pick and
            # check it shows on the office screen?", and asked after as working again, "So all
            # twelve are sending picks again?")
            # (Since 2.127.0 also "…so we can check it comes up on the screen and over the
            # speaker?")
            r"\b(?:and|so (?:we|i) can) check (?:it|that|they|the [\w-]+) (?:shows?|comes? "
            r"(?:through|up)|works?|prints?|appears?)\b|"
            r"\b(?:(?:is|are) (?:it|they|all \w+|both|the [\w-]+|everything)|(?:it|they|all \w+|"
            r"both|the [\w-]+|everything)(?: is| are|'s|'re)) (?:now )?[a-z]+ing\b[^?]{0,40}"
            r"\bagain\?$|"
            # (Since 2.93.0 also the rest of the kit: "and is everything else on the booth
            # behaving normally?")
            r"is everything else (?:on|with|in) (?:the|your) [\w-]+ (?:behaving|working|running|ok|"
            r"okay|fine)\b|"
            # (Not consent asked for what the agent proposes, "I'll ring you back at half
            # eleven… Is that all right?", since 2.107.0.)
            r"is (?!that (?:ok|okay|all right|alright)(?: with you| for you)?\?$)(?:it|everything|"
            r"that|all) (?:now )?(?:behaving|ok|okay|all right|alright|fine|"
            r"better|sorted)|are you happy with (?:that|how|where|the|what)|"
            r"are you happy (?:that )?(?:it|everything|that|all)(?:'s| is)\b|"
            r"(?:everything|it|that)'s (?:all )?(?:working|running) (?:as it should|properly|"
            r"again|now|fine|okay|ok)\b|"
            # (Since 2.107.0 also "just to be sure it's all working…")
            r"(?:it|that) works now|working now|just to (?:check|confirm|make sure|be sure "
            r"(?:it|that|everything|they)\b)|"
            # (Since 2.91.0 "…just so I know it's today's?")
            # (Since 2.120.0 also the fix tried again, "…just so you know it's working before she
            # uses it", and "Tested, and it opens first time.")
            r"just so (?:(?:i|we) know (?:it's|it is|that|they're|they are|both)\b|you know "
            r"(?:it's|it is|they're|they are) (?:all )?working\b)|"
            r"(?:it|that|they) (?:opens?|works?|starts?|fires?|prints?|locks?|unlocks?) first "
            r"time\b|"
            # A change of state checked: "can you just check for me whether the little red
            # light's gone off and a green one's come on?"
            r"check (?:for me )?(?:whether|if) [^?]{0,60}(?:'s|has|have) (?:gone|come|turned) "
            r"(?:on|off|green|out)\b|"
            # … or the part moved back: "can you check the front bar has gone all the way up
            # into the cassette?"
            r"check (?:for me )?(?:that |whether |if )?(?:the|it|they) (?:[\w-]+ ){0,2}(?:has|have|"
            r"'s) gone (?:all the way )?(?:up|in|back|down)\b|"
            # Asked of the thing fixed: "so four's running properly now…?"
            r"(?:'s|is|are) (?:all )?(?:working|running) (?:properly|as (?:it|they) should|"
            r"okay|ok|fine)\b[^?]*\?$|"
            # (Since 2.95.0 the display asked after, "is the screen showing litres and price as
            # it should?", and the fixed thing tried, "…and see if it starts?")
            # (Since 2.118.0 also asked of now, "is the dashboard showing all seven sites live for
            # you now?")
            r"\b(?:is|are) (?:the|your) [\w-]+ (?:now )?(?:showing|reading|working|running)\b"
            r"(?:[^?]{0,40}\bas (?:it|they) should\b|[^?]{0,60}\b(?:now|again)\?$)|"
            r"\bsee (?:if|whether) (?:it|they|that) (?:starts?|fires?|runs?|goes)\b|"
            # (Since 2.99.0 the reading held against another: "is that matching your hand
            # thermometer?", "does it match the meter?")
            r"\b(?:is|are) (?:that|it|they|the [\w-]+) (?:now )?matching\b|"
            r"\bdoes (?:that|it|the [\w-]+) (?:now )?match\b|"
            r"are you (?:now )?(?:seeing|getting|able to)|(?:is|has) (?:it|that) (?:now )?gone "
            r"(?:green|solid)\b|(?:tell me|let me know) (?:what you see|what colou?r (?:it|the "
            r"[\w-]+) is now\b|"
            r"if (?:it|that|everything) (?:works|worked|comes|goes)|"
            # (…and a reading asked for after the fix: "tell me what the screen shows now").
            # (Since 2.88.0 also a figure asked for: "tell me what balance the till shows for
            # him now".)
            r"what (?:[\w-]+ )?(?:it|that|the [\w-]+) (?:says|shows|reads)(?: [\w-]+){0,4} now\b)|"
            # … "can you have a look at the display for me now?", "what's it reading?", and
            # the symptom asked after: "has the beeping stopped?"
            # (Since 2.99.0 also "…at the screen for house three now".)
            r"look at (?:the|your) [\w-]+ (?:for (?:me|[\w-]+(?: [\w-]+)?) )?now\b|"
            + _READING_ASKED
            + r"|"
            # … or the thing fixed tried out: "can you print a few more and check the barcode
            # scans at the till?"
            r"check (?:that |whether |if )?(?:the |it |they )?(?:[\w-]+ )?(?:scans?|prints?|"
            r"works?|connects?|charges?|syncs?)\b|"
            r"(?:has|have) (?:the|that|it) (?:[\w-]+ )?(?:stopped|gone off|gone quiet|cleared)\b|"
            # … or asked to be told: "tell me whether the red warning has cleared"
            # (since 2.78.0 also gone, "tell me whether the snowflake has gone?")
            r"tell me (?:whether|if) (?:the|that|it) (?:[\w-]+ ){0,2}(?:has|have|'s) (?:stopped|"
            r"gone|cleared)\b|"
            # … or whether it comes through: "tell me if you hear it clearly on number three?"
            # (since 2.80.0)
            r"(?:tell me|let me know) (?:whether|if) you (?:can )?(?:hear|see) "
            r"(?:it|that|me|them)\b|"
            # … or whether it shows where it should: "can you add a run in the app and tell me
            # whether it goes up on the board?" (since 2.81.0), "…and tell me whether it pops
            # open?" (since 2.82.0)
            r"tell me (?:whether|if) (?:it|that|they|the [\w-]+) (?:(?:goes|go|comes|come|shows|"
            r"show) (?:up|through) (?:on|in|at)|pops? open|opens|unlocks|releases|"
            # (Since 2.96.0 whether it holds: "…and tell me if it stays on zero?")
            r"stays? (?:on|at|steady|put))\b|"
            # … or when the change shows: "could you keep an eye on the bowl wall and tell me
            # when you see ice forming?" (since 2.103.0)
            r"(?:tell me|let me know) (?:when|once|as soon as) (?:you (?:see|hear|notice|get)|"
            r"(?:it|they|the [\w-]+) (?:starts?|stops?|goes|go|comes?|turns?))\b)"
        ),
    ),
)
# A step whose phrase counts only when no condition comes before it in the sentence: a fix
# still to come is no resolution.
SERVICE_STEP_NOT_AFTER: dict[str, re.Pattern[str]] = {"resolve": PENDING}

# First-person-plural and product language that marks the seller, for guessing roles.
SELLER_LANGUAGE = re.compile(
    r"\b(?:our (?:platform|product|solution|customers|team)|we offer|"
    r"we help|let me show|i can show)"
)

STOPWORDS = frozenset(
    (
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "but",
        "by",
        "for",
        "from",
        "had",
        "has",
        "have",
        "i",
        "in",
        "is",
        "it",
        "its",
        "it's",
        "of",
        "on",
        "or",
        "our",
        "so",
        "that",
        "the",
        "their",
        "them",
        "there",
        "they",
        "this",
        "to",
        "was",
        "we",
        "were",
        "what",
        "when",
        "which",
        "who",
        "will",
        "with",
        "you",
        "your",
        "yes",
        "no",
        "not",
        "do",
        "does",
        "did",
        "just",
        "really",
        "very",
        "about",
        "me",
        "my",
        "mean",
        "like",
        "know",
        "think",
        "yeah",
        "okay",
        "well",
        "um",
        "uh",
        "right",
        "sure",
        "can",
        "could",
        "would",
        "should",
        "going",
        "get",
        "got",
        "been",
        "being",
        "more",
        "some",
        "any",
        "much",
        "how",
        "why",
        "where",
        "then",
        "than",
        "also",
        "too",
        "all",
        "one",
        # Fillers, contractions and everyday words that repeat without restating anything.
        "hmm",
        "mm",
        "mhm",
        "huh",
        "thank",
        "both",
        "thanks",
        "i'd",
        "i'll",
        "that's",
        "it's",
        "there's",
        "what's",
        "'cause",
        "cause",
        "kind",
        "sort",
        "stuff",
        "thing",
        "things",
        "something",
        "little",
        "pretty",
        "lot",
        "bit",
        # Pronouns and particles.
        "he",
        "she",
        "him",
        "her",
        "his",
        "hers",
        "out",
        "off",
        "into",
        "over",
        "before",
        "after",
        "now",
        "here",
        "again",
        "i'm",
        "i've",
        "you're",
        "you've",
        "you'd",
        "you'll",
        "we're",
        "we've",
        "we'd",
        "we'll",
        "they're",
        "they've",
        "he's",
        "she's",
        # A word of sympathy, judgement or attention answers what was said without restating it.
        "good",
        "great",
        "fine",
        "fair",
        "sorry",
        "awful",
        "brilliant",
        "see",
        "hear",
        "tell",
        "look",
        "come",
        "rather",
        "same",
    )
)
# Numbers, days, months and clock times: a time or a figure said back ("Thursday at ten it is",
# "half nine, then") confirms an arrangement or answers a question; it restates only with a
# word of substance beside it ("eleven hundred in one month").
WHEN_AND_HOW_MANY = frozenset(
    " ".join(
        (
            "zero one two three four five six seven eight nine ten eleven twelve",
            "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty",
            "forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands",
            "million millions half quarter third dozen",
            "first second fourth fifth sixth seventh eighth ninth tenth eleventh twelfth",
            "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth",
            "twentieth thirtieth",
            "monday tuesday wednesday thursday friday saturday sunday",
            "mondays tuesdays wednesdays thursdays fridays saturdays sundays",
            "january february march april may june july august september october",
            "november december",
            "o'clock noon midday morning afternoon evening tonight today tomorrow",
            "yesterday",
        )
    ).split()
)
