"""The engine on the hand-labelled calls of tests/data/calls (labels worked out by hand from the
meaning of each sentence; docs/quality.md reports the same comparison)."""

from __future__ import annotations

import pytest
from evaluation.labelled import SCORED, LabelledCall, agreement, analyse, labelled_calls, unmatched

from salescoach.domain.calls.transcripts import parse_transcript

CALLS = labelled_calls()
BY_NAME = {call.name: call for call in CALLS}

# Where the engine's verdict differs from the person's, and why. A fix makes the test fail
# until the entry is removed; a new disagreement makes it fail too.
KNOWN_DISAGREEMENTS = {
    # Held out for 2.6.0 final (heldout4, heldout5), run once. The bargaining is in bare
    # amounts ("twenty-one six", "eighteen four") that do not read as the deal, so the
    # listening moves outweigh it.
    ("heldout4-printing", "focus", "customer_needs"),
    # The golf club's secretary tells how things run and admits no problem, but the need
    # classifier marks how things run ("Ian pops them in by hand") before the pitch. Up to
    # 2.90.0's refit that was clear enough for the need checkpoint too (not with the weights
    # of 2.22.0 alone, nor since 2.91.0's refit: the statement lies near the line), and "you
    # can send it over" then read as agreeing (and so as open), where the person heard polite
    # interest.
    ("heldout5-golfclub", "pitch_before_need", ""),
    # Held out for 2.7.0 (heldout6), run once; they shaped 2.7.1. "Nobody's ever left us a
    # review saying the lab results were too slow" denies trouble, but reads as a need.
    # (Since 2.93.0's refit, which weighs where a customer statement falls in the call, the need
    # checkpoint agrees with the writer's.)
    # Held out for 2.8.0 (heldout8), run once; they shaped 2.8.1. The rep's opener ("I saw
    # you grabbed our pricing sheet") is in the pitch phrases, so a pitch comes before the
    # first need.
    ("heldout8-architects-resourcing", "pitch_before_need", ""),
    # A story of families who came back from a big chain is clearly a need to the classifier.
    # (Since 2.93.0's refit, which weighs where a customer statement falls in the call, the need
    # checkpoint agrees with the writer's.)
    # Held out for 2.8.1 (heldout9), run once; they shaped 2.8.2. "We don't really ring
    # round" denies trouble, but the need classifier is clear it is a need.
    # (Since 2.93.0's refit, which weighs where a customer statement falls in the call, the need
    # checkpoint agrees with the writer's.)
    # (The yard manager's stories made the turns that listen outnumber those about the lease,
    # though the person read the rep's talk as price and terms; since 2.107.0 reads "you've
    # got, what, six trucks on site?" as the closed question it is, the deal outweighs them.)
    # The finance and discount talk reads as presenting more than as the deal.
    ("heldout9-worktop-bridge-saw", "focus", "product"),
    # Held out for 2.8.2 and 2.9.0 (heldout10, heldout11, heldout12), run once on each; they
    # shaped 2.9.1. The cargo-bike rep's lease offers read as presenting more than as the
    # deal.
    ("heldout11-cargo-bikes", "focus", "product"),
    # Held out for 2.9.1 (heldout13), run once. The early, long presentation makes the call
    # product-focused where the person heard a push to close.
    ("heldout13-tattoo-deposits", "focus", "product"),
    # Since 2.15.0 reads "how about a two-week trial…?" as the proposal it is (closed), the
    # landscaper's rep has 10 listening moves against 11 turns on price, trials and terms, and
    # the call tips to the deal where the person heard it built on the needs.
    ("heldout13-landscape-quotes", "focus", "transaction"),
    # Held out for 2.10.0 (heldout14), run once. The studio owner's "I was looking at a few
    # things late one night" reads as a need before the pitch.
    ("heldout14-rehearsal-studio-locks", "pitch_before_need", ""),
    # Held out for 2.11.0 (heldout15, service calls), run once; they shaped 2.11.1. The cause
    # of the roaming charges, an add-on dropped when the plan changed, is said without words
    # of cause ("whoever changed your plan should have added it"); a reinstall that brings the
    # app back ("it's back on") reads as the fix, though the sync stays broken.
    ("heldout15-mobile-roaming-credit", "service_step", "diagnose"),
    ("heldout15-notes-sync-escalated", "service_step", "resolve"),
    # Held out for 2.14.0 (heldout16), run once. The beekeeper's many questions about the
    # scales are answered in eleven presenting turns against three listening moves, so the
    # count says product where the person heard a call built on the need (and said it could
    # go either way).
    ("heldout16-beekeeping", "focus", "product"),
    # The customer's "send me the quote… and I'll have a proper look", which the person heard
    # as open to a solution, reads as putting the rep off.
    ("heldout16-climbingwall", "checkpoint", "open_to_solution"),
    # Held out for 2.15.0 (heldout17), run once; they shaped 2.16.0. Nine presenting turns
    # of the escape-room rep outweigh the discounts and deadlines the person heard as the
    # call's focus.
    ("heldout17-escape-rooms", "focus", "product"),
    # The sailing school's owner tells at length how bookings run, content with it; the
    # classifier reads it as needs, so a need is admitted, the pitch comes after it and the
    # call reads as needs-focused, where the person heard a rep pitching to someone with none.
    ("heldout17-sailing-school", "checkpoint", "need_admitted"),
    ("heldout17-sailing-school", "focus", "customer_needs"),
    ("heldout17-sailing-school", "pitch_before_need", ""),
    # Held out for 2.16.0 (heldout18), run once; they shaped 2.17.0. (The aquarium agent's fix,
    # "I can see it checking in on my side now", is not in the resolve phrases, which found it
    # only in her recap at the end, after the checks that it works, until 2.123.0 read the
    # customer's "It's spinning." as the fix.)
    # The choir librarian tells how she gets permission for an arrangement, which reads as
    # a need before the rep describes the product, so no pitch comes before a need.
    ("heldout18-choir-licensing", "checkpoint", "need_admitted"),
    ("heldout18-choir-licensing", "pitch_before_need", ""),
    # The distiller's account of bottling twice a week reads as a need, before the pitch
    # (since the refit of 2.17.0 not clearly enough for the need checkpoint).
    ("heldout18-distillery-bottling", "pitch_before_need", ""),
    # Held out for 2.17.0 (heldout19), run once; they shaped 2.18.0. The agent asks the
    # plumber to ring the number and check; the fix is read only in her "great, so that's
    # sorted" after he has, so the check before it is not counted.
    ("heldout19-plumbingphones", "service_step", "confirm"),
    # The scrap-yard owner's account of his weighbridge software ("it prints a ticket, it
    # keeps the records…"), contentment, still reads as a need after the pitch. Since 2.88.0's
    # refit his small talk about the roadworks, "three weeks of cones and one man in a van",
    # reads as a need before the rep's first pitch, so the pitch no longer comes first and
    # the focus reads as his needs.
    # (Since 2.93.0's refit, which weighs where a customer statement falls in the call, the need
    # checkpoint agrees with the writer's.)
    ("heldout19-scrapyard", "focus", "customer_needs"),
    ("heldout19-scrapyard", "pitch_before_need", ""),
    # Held out for 2.19.0 (heldout21), run once; with heldout20 they shaped 2.22.0. The
    # mason's rep spends eight turns on price and terms against three presenting, so the call
    # reads as a push to close where the person heard a product pitch.
    ("heldout21-memorial-masons", "focus", "transaction"),
    # "Go on then", the tea blender's yes to hearing what the rep's firm does, is agreement
    # to hear about a solution by the rules (and so openness), where the person heard a
    # customer letting the rep talk.
    ("heldout21-tea-blending", "checkpoint", "open_to_solution"),
    ("heldout21-tea-blending", "checkpoint", "agrees_to_discuss"),
    # Held out for 2.22.0 (heldout22), run once; they shaped 2.23.0. The cattery owner's
    # mishap told contentedly ("once or twice someone's forgotten it and they've had to drive
    # home for it") reads as a clear need, before the pitch.
    ("heldout22-catteries", "checkpoint", "need_admitted"),
    ("heldout22-catteries", "pitch_before_need", ""),
    # "Send it, and put the six months and the free month in writing" agrees for the person;
    # by the rules a yes to being sent the offer shows interest only.
    ("heldout22-locksmiths", "checkpoint", "agrees_to_discuss"),
    # Held out for 2.25.0 (heldout25), run once; they shaped 2.26.0. The cosmetics buyer's
    # need, told as a tender ("our retailer wants fifty percent recycled content… our current
    # supplier can't get there"), is not read clearly before the rep answers her questions
    # about the bottles: the pitch comes first, the focus reads as product, and openness and
    # agreement, looked for after the need, are missed.
    ("heldout25-cosmetics", "checkpoint", "open_to_solution"),
    ("heldout25-cosmetics", "checkpoint", "agrees_to_discuss"),
    ("heldout25-cosmetics", "pitch_before_need", ""),
    ("heldout25-cosmetics", "focus", "product"),
    # The fishmonger's "I'm no' against a new counter", in Scots, is not read as openness.
    ("heldout25-fishmonger", "checkpoint", "open_to_solution"),
    # (Held out for 2.26.0 (heldout26), run once; they shaped 2.27.0. The dehumidifier hire is
    # a haggle over the weekly rate and the deposit, which until 2.112.0 was not read in more
    # rep turns than both his presenting and his two open questions; since 2.113.0, which
    # reads a deposit as a sum ("a hundred pound deposit per dryer") as deal talk, the focus
    # is the deal, as its writer has it.)
    # The fuel-card customer's complaints ("half the time the card gets declined at the pump")
    # are not read as a need until late, so the rep's answers with new features come first and
    # openness and agreement, looked for after the need, are missed.
    ("heldout26-fuel-cards", "pitch_before_need", ""),
    ("heldout26-fuel-cards", "checkpoint", "open_to_solution"),
    ("heldout26-fuel-cards", "checkpoint", "agrees_to_discuss"),
    # Since the refit of 2.29.0 (the heldout28 calls train the classifiers) the distillery
    # owner's account of how they work ("we're still pretty hands on, we bottle twice a week…",
    # raw speech recognition) reads as a need, which its writer did not see in it.
    ("heldout18-distillery-bottling", "checkpoint", "need_admitted"),
    # Held out for 2.30.0 (heldout30), run once; they shaped 2.31.0. The BSL agency's director
    # haggles after a demo that is not in the call: openness and agreement come before any need
    # is read, and "if it's three twenty-five, I can tell you now we'll sign" is authority in
    # words the phrases do not read.
    ("heldout30-bsl-interpreting", "checkpoint", "open_to_solution"),
    ("heldout30-bsl-interpreting", "checkpoint", "agrees_to_discuss"),
    ("heldout30-bsl-interpreting", "checkpoint", "decision_authority"),
    # (The funeral director's mild openness, "I'm not against looking at it, in principle", is
    # read since 2.98.0.)
    # Held out for 2.31.0 (heldout31), run once; they shaped 2.32.0.
    # The mechanic's "yeah, go on, Tuesday's fine" to the rep's offer to ring him after sending
    # a brochure takes the next call, which the rules read as openness and agreement; to its
    # writer it is a brush-off.
    ("heldout31-mobile-mechanic", "checkpoint", "open_to_solution"),
    ("heldout31-mobile-mechanic", "checkpoint", "agrees_to_discuss"),
    # (The physio receptionist's "yeah, that's fine" to a follow-up ring is agreement to its
    # writer; the rules read the rep's offer as a call to chase, not a proposal to discuss.
    # Since 2.126.0 her earlier "Yeah, go on, if it's quick." to "Would it be worth me taking
    # two minutes to show you how other clinics deal with that?" reads as agreeing.)
    # The baker's "the odd one's a bit slow paying, but they always pay in the end" is no need
    # to its writer, but reads as one (since the refit of 2.32.0 before the rep presents, so
    # the pitch no longer comes before a need).
    ("heldout31-wedding-cakes", "checkpoint", "need_admitted"),
    ("heldout31-wedding-cakes", "pitch_before_need", ""),
    # (The support agent's "just to check, can you open one of the new ones and tell me what
    # you see?" came before the fix was said in words the resolve step read, "so the sync is
    # working again", and the confirm step was looked for after it, until 2.123.0 read the
    # customer's "Right, it's spinning." as the fix.)
    # Held out for 2.32.0 (heldout32), run once; they shaped 2.33.0. "Go on then" to the rep's
    # offer to email the pricing and a video is no agreement to its writer, but the offer reads
    # as a proposal.
    ("heldout32-bridal-alterations", "checkpoint", "agrees_to_discuss"),
    # The cinema owner's "the website was slow one Saturday… but that was our hosting… and the
    # lad who does our site sorted it" is trouble already fixed to its writer, but reads as a
    # need, before the rep's one pitch.
    ("heldout32-independent-cinemas", "checkpoint", "need_admitted"),
    ("heldout32-independent-cinemas", "pitch_before_need", ""),
    # Held out for 2.33.0 (heldout33), run once; they shaped 2.34.0. "Aye, you can drop me an
    # email" to "would it be okay if I checked in after the summer?" is a brush-off to its
    # writer; the rules read a yes to the rep's proposal.
    ("heldout33-music-tuition", "checkpoint", "open_to_solution"),
    ("heldout33-music-tuition", "checkpoint", "agrees_to_discuss"),
    # Held out for 2.34.0 (heldout34), run once; they shaped 2.35.0. The pub owner's "Sunday
    # lunch is booked out three weeks ahead" is good news to its writer, but reads as a need,
    # so the rep's one late pitch does not come before a need. ("send it over, no harm. I
    # can't promise I'll do anything with it", a brush-off to the writer, agrees to nothing
    # since 2.110.0: it takes what the rep offered to send.)
    ("heldout34-kitchen-cleaning", "checkpoint", "need_admitted"),
    ("heldout34-kitchen-cleaning", "pitch_before_need", ""),
    # Held out for 2.35.0 (heldout35), run once; they shaped 2.36.0. The bouncy-castle rep's
    # opening "we do bouncy castles and inflatables for events" is an introduction to its
    # writer, not a presentation (other writers label such openings as presenting), and reads
    # as one before any need, which makes the call product-focused.
    ("heldout35-bouncy-castle", "pitch_before_need", ""),
    ("heldout35-bouncy-castle", "focus", "product"),
    # "The only person I ever ran anything past was my mother", who has died, is authority
    # said sideways, which the rules do not read. (The chip-shop owner's haggle was read in
    # fewer rep turns than the rep's talk of his craft, so the focus was her needs rather than
    # the deal; since 2.107.0 reads a price in hundreds said in words as the deal, it is.)
    ("heldout35-sign-writing", "checkpoint", "decision_authority"),
    # Held out for 2.36.0 (heldout36), run once; they shaped 2.37.0. The pharmacist's "it's
    # pension day… so the queue's been out the door since nine" is busy-ness to its writer but
    # reads as a need.
    ("heldout36-hearing-loops", "checkpoint", "need_admitted"),
    # (The gazebo haggle, "four fifty, weights thrown in… I'll do the delivery for nothing",
    # was read in fewer rep turns than the rep's descriptions of the gazebo and his short
    # replies until 2.112.0; since 2.113.0, which reads "if you order this week I can do…" as
    # deal talk, the focus is the deal, as its writer has it.)
    # Held out for 2.38.0 (heldout38), run once; they shaped 2.39.0. The weighbridge owner's
    # "put it in writing and I'll look at it" is agreement to its writer, a promise to read to
    # the rules (as "send me something in the post and I'll have a look" is to other writers).
    ("heldout38-weighbridge", "checkpoint", "agrees_to_discuss"),
    # Held out for 2.39.0 (heldout39), run once; they shaped 2.40.0. The haggle over pence a
    # litre is read in fewer rep turns than the rep's questions and restatements.
    ("heldout39-scout-oil", "focus", "customer_needs"),
    # (Held out for 2.41.0 (heldout41), run once; they shaped 2.42.0. From 2.42.0 to 2.109.0
    # the car-wash rep's "before we get into numbers, remind me what you most want this to fix
    # for you" read as one more listening move that outweighed the haggle over the contract;
    # since 2.110.0 a promise ("Hillfield first, I'll put it on the job sheet.") restates
    # nothing, and the focus is the deal, as its writer has it.)
    # Since the 2.57.0 refit the thatcher's "most of them are with the specialist thatch
    # insurers, and they just want the chimney swept and the wiring done properly" reads as a
    # clear need (not with the refits of 2.62.0, 2.64.0 and 2.65.0; again with 2.63.0's and
    # 2.66.0's); to its writer it describes her customers, and she admits none.
    # (Since 2.93.0's refit, which weighs where a customer statement falls in the call, the need
    # checkpoint agrees with the writer's.)
    # With 2.90.0's refit (as with 2.78.0's) the cathedral gift shop manager's good news, "the
    # new tea room's helped a lot…", reads as a clear need; she admits none.
    ("heldout40-cathedralgifts", "checkpoint", "need_admitted"),
    # Held out for 2.42.0 (heldout42), run once; they shaped 2.43.0. The candle maker's "let's
    # leave it with the proposal for now, and I'll be in touch if it's right for us", a polite
    # put-off, reads as agreeing to talk.
    ("heldout42-candles", "checkpoint", "agrees_to_discuss"),
    # "Are you able to reprint it while I'm on the line?" reads as checking that the fix
    # works; to its writer the reprint was not done on the call, so nothing was confirmed.
    ("heldout42-newsagents", "service_step", "confirm"),
    # Held out for 2.43.0 (heldout43), run once; they shaped 2.44.0. The waller's rep pitches
    # in his second turn and the classifier reads more of his turns as presenting than the
    # writer did, which outweighs his five restatements.
    ("heldout43-drystonewalling", "focus", "product"),
    # The sharpener's "can you just send me something to read?" reads as interest, as the
    # rules read every request for material (to its writer it was a way off the phone), and
    # "Friday's fine", a time for the rep to ring once she has read it, as agreeing to talk.
    ("heldout43-knifesharpening", "checkpoint", "open_to_solution"),
    ("heldout43-knifesharpening", "checkpoint", "agrees_to_discuss"),
    # Held out for 2.45.0 (heldout45), run once; they shaped 2.46.0. The pub manager never
    # admits a need; his "too much hassle, and sure the chipper's only across the road",
    # turning down food, reads as one, so the rep's short pitch no longer comes before a need.
    ("heldout45-pub", "checkpoint", "need_admitted"),
    ("heldout45-pub", "pitch_before_need", ""),
    # The card-machine rep pitches at once and pushes to sign today, but the rates, the
    # contract and the free rolls are read as presenting more than as the deal, so the
    # verdict is the product where the writer heard the transaction.
    ("heldout45-stationery", "focus", "product"),
    # Held out for 2.46.0 (heldout46), run once; they shaped 2.47.0. The embroiderer's "go on
    # then" to "what if I send you the pricing and ring you back Thursday?" reads as a yes
    # (to its writer, a way to end a pushy call).
    ("heldout46-embroidery", "checkpoint", "open_to_solution"),
    ("heldout46-embroidery", "checkpoint", "agrees_to_discuss"),
    # The fencer's rep talks price, the half-price offer and a trial today in more turns than
    # he presents, so the verdict is the transaction where the writer heard the product.
    ("heldout46-fencing", "focus", "transaction"),
    # Held out for 2.47.0 (heldout47), run once; they shaped 2.48.0. The mushroom grower never
    # admits a need, but a statement of his reads as a clear need, "When we converted them we
    # had a bloke come down from Plymouth…" (not with 2.112.0's and 2.113.0's refits nor with
    # 2.129.0's and 2.130.0's), and "send it over and I'll show Tamsin", taking a brochure, as
    # agreeing to talk.
    ("heldout47-mushrooms", "checkpoint", "need_admitted"),
    ("heldout47-mushrooms", "checkpoint", "open_to_solution"),
    ("heldout47-mushrooms", "checkpoint", "agrees_to_discuss"),
    # "Ten on Friday's fine, ring the centre number", a time for the rep to call back, reads
    # as agreeing to talk; to its writer she would not get into it.
    ("heldout47-tutoring", "checkpoint", "agrees_to_discuss"),
    # (Held out for 2.49.0 (heldout49), run once; they shaped 2.50.0. The planetarium's
    # director, just signed with a rival, takes a catalogue ("yes, that's fine, send it
    # over"), which read as interest and agreeing until 2.109.0; to its writer it was a polite
    # close, and since 2.110.0 taking what the rep offered to send agrees to nothing.)
    # Held out for 2.51.0 (heldout51), run once; they shaped 2.52.0. The axe-throwing owner's
    # "aye, go on, send it and I'll have a look at it tonight", to "shall I pop that over?"
    # (the contract), is not read as agreeing ("send it" needs "over").
    ("heldout51-axe-throwing", "checkpoint", "agrees_to_discuss"),
    # The drilling firm's manager takes a write-up to put in front of the owner ("yeah, go
    # on, that'd be handy"), which reads as agreeing; to its writer he turned the
    # walkthrough down.
    ("heldout51-boreholes", "checkpoint", "agrees_to_discuss"),
    # Held out for 2.52.0 (heldout52), run once; they shaped 2.53.0. The bin-cleaning owner's
    # "yeah go on then text me in the new year", to "shall I drop you a text in January?",
    # reads as interest and agreeing (raw speech recognition); to its writer it put the rep
    # off.
    ("heldout52-bin-cleaning", "checkpoint", "open_to_solution"),
    ("heldout52-bin-cleaning", "checkpoint", "agrees_to_discuss"),
    # Held out for 2.53.0 (heldout53), run once; they shaped 2.54.0. Material asked for: the
    # seed buyer's "send me the quote and the lab sheets, and I'll have a proper look" is
    # agreeing to its writer and not read so; the speech therapist's "aye, send that, and
    # I'll keep it on file" is a brush-off to its writer and reads as agreeing. Writers split
    # on such requests; the rules read "send that" as agreement.
    ("heldout53-seeds", "checkpoint", "agrees_to_discuss"),
    ("heldout53-speech-therapy", "checkpoint", "agrees_to_discuss"),
    # Held out for 2.54.0 (heldout54), run once; they shaped 2.55.0. The builders' merchant rep
    # opens with the new branch and a flyer left on the van, which
    # reads as presenting before the plasterer's need; its writer heard price and terms, not
    # a presentation, and a rep whose focus is the deal.
    # (Since 2.93.0's refit, which weighs where a customer statement falls in the call, the
    # focus and pitch before need agree with the writer's.)
    # Held out for 2.55.0 (heldout55), run once; they shaped 2.56.0. The dog walker's "can
    # you send me something?" reads as interest; to its writer it put the rep off (writers
    # split on material asked for).
    ("heldout55-dog-walking", "checkpoint", "open_to_solution"),
    # Held out for 2.57.0 (heldout57), run once; they shaped 2.58.0. (Since 2.66.0's refit
    # the quiet works manager's need, in raw speech recognition, is heard, and his openness
    # and agreement after it.) The pallet rep asks and restates enough to read as needs-led
    # where its writer heard price and the order drive the call.
    ("heldout57-pallets", "focus", "customer_needs"),
    # Since 2.81.0's refit none of the first-aid customer's needs, in raw speech recognition
    # ("er our first aider is retiring", "the boss just said sort it"), is read clearly enough
    # for the checkpoint (as before 2.66.0's refit), so the need, and the openness and
    # agreement looked for after it, are missed again.
    # (Since 2.93.0's refit, which weighs where a customer statement falls in the call,
    # agreement to discuss, the need checkpoint and openness agree with the writer's.)
    # Held out for 2.58.0 (heldout58), run once; they shaped 2.59.0. The seaweed harvester's
    # "send me a quote", for her grant application, is agreement to its writer and not read so
    # (writers split on material asked for).
    ("heldout58-seaweed", "checkpoint", "agrees_to_discuss"),
    # In raw speech recognition the customer's "aye right thats it thats it clicked" is not
    # read as the fix; since 2.62.0 the rep's summary after the check, "perfect so thats it
    # running properly again…", is, so the check ("so just to check is it holding under five
    # hundred now…") comes before the fix the engine hears.
    ("heldout58-taxidermy", "service_step", "confirm"),
    # Held out for 2.59.0 (heldout59), run once; they shaped 2.60.0. The answering-service
    # owner's "well, it'd be me, mostly", to who would sign off, reads as hers to decide; the
    # next sentence takes it back ("well, me and our Carol… she's got half the business"). The
    # music teacher's "it's just me. Well, me and the bank." (heldout33) is the same shape
    # and its writer read it as hers to decide, so no rule.
    ("heldout59-callanswering", "checkpoint", "decision_authority"),
    # Held out for 2.60.0 (heldout60), run once; they shaped 2.61.0. The IT manager's "people
    # moan about the VPN being slow from home, but that's their broadband, isn't it, not us"
    # reads as a need; he puts it down to their broadband himself.
    ("heldout60-acoustics", "checkpoint", "need_admitted"),
    # The rep's restatement "so when something does go wrong, Dave's in the same day and it
    # gets sorted" reads as presenting with 2.90.0's refit (and with the refits of 2.76.0 to
    # 2.78.0 and 2.80.0 to 2.84.0), before the first need the engine hears, tipping the focus
    # to the product; not with 2.79.0's nor those of 2.85.0 to 2.89.0.
    # (Since 2.93.0's refit, which weighs where a customer statement falls in the call, the
    # focus and pitch before need agree with the writer's.)
    # The plating firm's office manager: "well, that would be a help, obviously", to a lower
    # rate, is not read as openness; "send me what you've got, I'll put it in front of him on
    # Thursday, and you can ring me Friday" is agreement to its writer and not read so
    # (writers split on material asked for).
    ("heldout60-plating", "checkpoint", "open_to_solution"),
    ("heldout60-plating", "checkpoint", "agrees_to_discuss"),
    # Held out for 2.61.0 (heldout61), run once; they shaped 2.62.0. (In raw speech
    # recognition the cafe owner's "aye a big folder behind the counter every dish and what's
    # in it the girls all know where it is", what works to its writer, read as a need; and
    # "the folder's not out of date" as a clear one until 2.136.0's refit.)
    # The HR manager's "yeah, that's fine, send it over", to a leaflet she will keep on file,
    # reads as openness and agreement; its writer reads neither (writers split on material
    # asked for or accepted).
    ("heldout61-wellbeing", "checkpoint", "open_to_solution"),
    ("heldout61-wellbeing", "checkpoint", "agrees_to_discuss"),
    # Held out for 2.62.0 (heldout62), run once; they shaped 2.63.0. The people lead's "and
    # what do they actually do on the day?" and "could you send me both…?" are agreement to
    # its writer and not read so (writers split on material asked for); "I can sign off stuff
    # up to about two grand" reads as his to decide, though this spend is over it ("it'll have
    # to go to Moira").
    ("heldout62-cookery", "checkpoint", "agrees_to_discuss"),
    ("heldout62-cookery", "checkpoint", "decision_authority"),
    # The motorbike workshop owner books the survey by naming a day ("Tuesday's usually
    # quiet", "make it half nine"), not read as agreement.
    ("heldout62-flood", "checkpoint", "agrees_to_discuss"),
    # The walk test that checks the footfall counter's fix ("read me the in-number on the
    # tablet at the till", "three out, three in") is not read as the check.
    ("heldout62-footfall", "service_step", "confirm"),
    # Held out for 2.63.0 (heldout63), run once; they shaped 2.64.0. The fishery owner's
    # "anything over a couple of thousand, we both sign" reads as his to decide (his sister
    # owns half and is abroad); the knife sharpener's "anything over a tenner a month, me and
    # Ollie decide together" (heldout43) is the same shape and its writer read it as theirs
    # to decide, so no rule.
    ("heldout63-dredging", "checkpoint", "decision_authority"),
    # Since 2.64.0's refit none of the social club secretary's sentences reads as a clear
    # need ("and I don't think we have", of a risk assessment the insurer asks for, reads as
    # an objection), so neither the need nor her grudging openness after it, "we'd have to do
    # something, wouldn't we, if the insurers want it" (read as openness since 2.64.0), is
    # reached.
    # (Since 2.93.0's refit, which weighs where a customer statement falls in the call, the need
    # checkpoint and openness agree with the writer's.)
    # Held out for 2.65.0 (heldout65), run once; they shaped 2.66.0. The engine hears more
    # listening from the pellet rep than the writer did (a joke and the silo's price read as
    # restatements, "whats the boiler what make is it" as an open question), which outweighs
    # his presenting: the focus reads as her needs, where the writer heard the product.
    ("heldout65-biomass-pellets", "focus", "customer_needs"),
    # Held out for 2.66.0 (heldout66), run once; they shaped 2.67.0. The dog trainer's rep's
    # "oh, great, so you're used to that" reads as a restatement, one listening move more
    # than its writer heard, which tips a close tally (six presenting turns against five
    # listening moves to the writer) to the customer's needs.
    ("heldout66-dog-training", "focus", "customer_needs"),
    # Held out for 2.68.0 (heldout68), run once; they shaped 2.69.0. Since 2.69.0's refit the
    # walking-holiday owner's "we might need a bigger one for two of the August weeks" and
    # "March is dead for us" are marked as needs but neither clearly enough for the
    # checkpoint (2.68.0 read the first as an objection and "the whole quote's gone up about
    # eight percent" as the need, after the coach firm's first offer), so neither the need nor
    # his openness and agreement after it are reached; his pitch before need now settles.
    # (Since 2.93.0's refit, which weighs where a customer statement falls in the call,
    # agreement to discuss, the need checkpoint and openness agree with the writer's.)
    # Held out for 2.69.0 (heldout69), run once; they shaped 2.70.0. The mill manager's "aye,
    # that's fine", to "is it all right if I send you a short note of what we talked about?",
    # reads as agreement; its writer reads none (writers split on material asked for or
    # accepted).
    ("heldout69-woollen-mill", "checkpoint", "agrees_to_discuss"),
    # Held out for 2.70.0 (heldout70), run once; they shaped 2.71.0. The picture restorer
    # admits no need, but since 2.71.0's refit her "I'm sixty-one, I'm the only one who does
    # the work, and I want to keep it that way" reads as one (2.70.0 read "I'd only have to
    # turn them away", of more enquiries, so).
    ("heldout70-picture-restoration", "checkpoint", "need_admitted"),
    # The compliance-app rep opens with two sentences about the app before asking anything,
    # which the engine reads as a pitch before the need and so a focus on the product; its
    # writer heard a rep who then mostly listens.
    ("heldout70-soap-making", "focus", "product"),
    # Held out for 2.71.0 (heldout71), run once; they shaped 2.72.0. Since 2.72.0's refit,
    # which reads more of the Christmas-tree grower's presenting (his call now among its
    # training calls), five rep turns presenting outweigh four about price, terms and closing,
    # so the focus reads as the product where its writer heard the deal.
    ("heldout71-christmas-trees", "focus", "product"),
    # In raw speech recognition the barn venue's events manager's "about six years now and
    # weve never had a single complaint", of her wedding-car supplier, reads as a need, so her
    # "go on then send it to events at oakfield barn…", to "can i at least email you our
    # price list", reads as openness and agreement (writers split on material asked for or
    # accepted).
    # (Since 2.93.0's refit, which weighs where a customer statement falls in the call,
    # agreement to discuss, the need checkpoint and openness agree with the writer's.)
    # Held out for 2.73.0 (heldout73), run once; they shaped 2.74.0. The wedding barn owner
    # admits no need, but her pride in her own bar ("Josh has it down to a fine art, and
    # couples love that we serve cider from the orchard next door") reads as one, before the
    # mobile-bar rep's short description of the horsebox: so no pitch before the need the
    # engine hears.
    ("heldout73-mobile-bars", "checkpoint", "need_admitted"),
    ("heldout73-mobile-bars", "pitch_before_need", ""),
    # Held out for 2.74.0 (heldout74), run once; they shaped 2.75.0, which settles the milk
    # round's and the tile showroom's. The riding school owner admits no need, but "we had it
    # topped up last spring, and a local lad harrows it twice a week" (upkeep she is happy
    # with) reads as one, so her "you can send it over, but I wouldn't expect a call" reads as
    # openness and agreement, and the rep's late word about the surface check comes after the
    # need the engine hears.
    ("heldout74-riding-school", "checkpoint", "need_admitted"),
    ("heldout74-riding-school", "checkpoint", "open_to_solution"),
    ("heldout74-riding-school", "checkpoint", "agrees_to_discuss"),
    ("heldout74-riding-school", "pitch_before_need", ""),
    # Held out for 2.75.0 (heldout75), run once; they shaped 2.76.0, which settles the oven
    # cleaner's need, openness and pitch before need and the mower's fix and check. The
    # oven-cleaning call's focus still reads as the deal (the price and the not-now) where its
    # writer heard the product.
    ("heldout75-oven-cleaning", "focus", "transaction"),
    # Held out for 2.76.0 (heldout76), run once; they shaped 2.77.0, which settles the awning
    # firm's diagnosis and check. The comic shop owner's praise of the distributor he has
    # ("when a box went missing before Christmas he drove up from Glasgow with the
    # replacements himself") reads as a need.
    # (Since 2.93.0's refit, which weighs where a customer statement falls in the call, the need
    # checkpoint agrees with the writer's.)
    # The farm B&B owner's "yes, that's fine", to going on the mailing list, reads as openness
    # and agreement (writers split on material accepted).
    ("heldout76-shepherd-huts", "checkpoint", "open_to_solution"),
    ("heldout76-shepherd-huts", "checkpoint", "agrees_to_discuss"),
    # Held out for 2.77.0 (heldout77), run once; they shaped 2.78.0, which settles the pond
    # firm's check and the social club's need. The meadery rep's trade offer and prices read
    # as presenting, so the focus reads as the product where its writer heard the deal.
    ("heldout77-meadery", "focus", "product"),
    # Since 2.111.0 the drain surveyor's "Thanks, Nadia, speak soon." no longer reads as a
    # restatement, and without that listening move his five turns on price and terms weigh
    # as much as his presenting: the focus reads as the deal, where its writer heard the
    # product (not with 2.140.0's refit, which read a sixth turn as presenting).
    ("heldout77-drain-surveys", "focus", "transaction"),
    # Held out for 2.78.0 (heldout78), run once; they shaped 2.79.0, which settles the hotel's
    # "I can't see the point" (an objection, no need); its refit settles the farm call
    # (heldout-farm, read otherwise since 2.67.0's refit) and turns back the IT firm's
    # restatement (heldout60, read as presenting by 2.76.0's refit) and the cathedral gift
    # shop (heldout40, read as admitting a need by 2.78.0's).
    # Held out for 2.79.0 (heldout79), run once; they shaped 2.80.0, which settles the rider
    # radios' check, the jam maker's agreement and pitch before need, and the village show's
    # need (its good news, "numbers are good… the most we've ever had", is no longer read as
    # one). The show secretary's "the rides are part of it, but nobody comes for the rides"
    # still reads as a need before the fairground rep's first pitch, where to its writer the
    # show admits none. "But the Shaws have the whole field, and I wouldn't want to tread on
    # their toes" read as a need clearly enough for the checkpoint with the refits of 2.83.0
    # and 2.88.0 to 2.90.0 (as the objection it is with those of 2.80.0 to 2.82.0, 2.84.0 to
    # 2.87.0 and since 2.91.0).
    ("heldout79-fairground-rides", "pitch_before_need", ""),
    # Held out for 2.80.0 (heldout80), run once; they shaped 2.81.0, which settles the hospice
    # fundraiser's authority, the scoreboard's check and the driveway rep's pitch before need.
    # The planting firm's rep answers the facilities manager with his contract terms and
    # visits as much as with the plants, so the focus reads as the deal where its writer heard
    # the product.
    ("heldout80-office-plants", "focus", "transaction"),
    # Held out for 2.81.0 (heldout81), run once; they shaped 2.82.0, which settles the parcel
    # lockers' fix and check, and whose refit settles the janitorial supplier's need.
    # Held out for 2.82.0 (heldout82), run once; they shaped 2.83.0, which settles the wedding
    # venue's need (her content with the hog roast suppliers she has) and the trout farmer's
    # authority ("that's more than I can sign off on my own" is none).
    # Held out for 2.83.0 (heldout83), run once, with no verdict read otherwise; they shaped
    # 2.84.0, whose refit settled the village show's need (heldout79) until 2.88.0's.
    # Held out for 2.84.0 (heldout84), run once; they shaped 2.85.0, which settles the
    # air-conditioning agent's diagnosis ("okay, I think I can see what's happened") and the
    # keyholding call's pitch before need and focus (the rep's parting "if Mark ever does
    # move, just look up Dalesguard and you'll find us" no longer presents). The lettings
    # office manager's "yes, send it over and I'll put it on his desk" (a
    # brochure passed to the director who decides) reads as agreeing to discuss.
    # (Since 2.93.0's refit, which weighs where a customer statement falls in the call,
    # agreement to discuss agrees with the writer's.)
    # Held out for 2.85.0 (heldout85), run once; they shaped 2.86.0, which settles the
    # grocer's check (her fix, "I've pushed all two hundred and fourteen waiting price changes
    # out to your labels now", is read as one) and, in raw speech recognition, the stretch-film
    # buyer's agreement ("yeah go on send some over and well try them on monday"). Two
    # questions about her quote and her wrapper read as open and two of the rep's answers as
    # restatements, so the focus reads as her needs where its writer heard the deal.
    ("heldout85-stretch-film", "focus", "customer_needs"),
    # Held out for 2.86.0 (heldout86), run once; they shaped 2.87.0, which settles the venue
    # owner's "it's my house and my business, I decide".
    # Held out for 2.87.0 (heldout87), run once; they shaped 2.88.0, which settles the
    # school's check ("…and tell me what balance the till shows for him now?"). The yard
    # owner's "we own the yard together
    # and anything this size we decide together" reads as theirs to decide; to its writer the
    # husband, not on the call, must agree (other writers read owners deciding together as
    # the decision held).
    ("heldout87-arena-surfaces", "checkpoint", "decision_authority"),
    # The town clerk's "we probably do need to replace some of it, I'll grant you that" is not
    # read as open to a solution, nor "send me the figures and I'll look at them" as agreeing
    # to discuss it.
    ("heldout87-festive-lighting", "checkpoint", "agrees_to_discuss"),
    ("heldout87-festive-lighting", "checkpoint", "open_to_solution"),
    # In raw speech recognition the café owner's "yeah send it to the cafe email its on the
    # website", for a price list, reads as open to a solution.
    # (Since 2.93.0's refit, which weighs where a customer statement falls in the call, openness
    # agrees with the writer's.)
    # The arts centre's "which is where we are", closing an account of how they caption now,
    # reads as a clear need, so the rep's short presentation after it follows a need.
    ("heldout87-subtitling", "checkpoint", "need_admitted"),
    ("heldout87-subtitling", "pitch_before_need", ""),
    # Held out for 2.88.0 (heldout88), run once; they shaped 2.89.0, which settles the
    # karaoke agent's cause ("it's almost certainly still trying to join your old wifi
    # network") and fix ("…so I've just pushed that through from here"). The inn owner's
    # "Megan advises, but it's me and my wife Claire who own the place, and we sign off
    # everything together" is not read as theirs to decide.
    ("heldout88-bespoke-wallpaper", "checkpoint", "decision_authority"),
    # The practice manager's "our last compliance review was in March and the storage
    # company's certificates were all they wanted" reads as a clear need; the firm admits none.
    # (Since 2.93.0's refit, which weighs where a customer statement falls in the call, the need
    # checkpoint agrees with the writer's.)
    # In raw speech recognition the catering manager's "send me the spec sheet and a rough
    # price for our size and ill have a look" is not read as agreeing to discuss (as with the
    # town clerk's "send me the figures and I'll look at them", heldout87).
    ("heldout88-food-waste-composters", "checkpoint", "agrees_to_discuss"),
    # Held out for 2.89.0 (heldout89), run once; they shaped 2.90.0, which settles the
    # tracker agent's fix ("I've put a seven day grace period on the account and reactivated
    # the tracker's data…") and so her check after it; its refit settles the fabricator's raw
    # "honestly nothing at the moment maybe if the booth packed up…" (no need). The practice
    # manager's "Send both over and I'll look at them next week…", agreement (and so
    # openness) to its writer and read so from 2.90.0 to 2.109.0, takes what the rep has just
    # offered to send ("So I'll send you both, the two year and the three year, and you
    # pick.") and since 2.110.0 agrees to nothing.
    ("heldout89-toner-supply", "checkpoint", "agrees_to_discuss"),
    ("heldout89-toner-supply", "checkpoint", "open_to_solution"),
    # Held out for 2.90.0 (heldout90), run once; they shaped 2.91.0, which settles the
    # roofer's introduction ("it's Ryan from the Living Roof Company in Bristol" no longer
    # presents, so the workshop owner's leak comes first) and the menu-board agent's check
    # ("…just so I know it's today's?").
    # Held out for 2.91.0 (heldout91), run once; they shaped 2.92.0, whose refit settles the
    # surveyor's payment terms ("and we can split the invoice over three months if that helps
    # with cash flow" no longer presents before the lettings manager's mould) and the
    # architect's "we took a graduate on in September and we had plenty of applicants" (no
    # longer a clear need). Her "we've got more work on than we can comfortably handle…"
    # still reads as a need, so the podcast rep's pitch comes after one and the listening
    # moves outweigh it; to its writer the practice admits none.
    ("heldout91-podcast-production", "pitch_before_need", ""),
    ("heldout91-podcast-production", "focus", "customer_needs"),
    # Held out for 2.92.0 (heldout92), run once; they shaped 2.93.0, which settles the dog-wash
    # agent's cause ("that's very likely the cause"), fix ("perfect, that's the line primed")
    # and check ("and is everything else on the booth behaving normally?"), and the bench
    # maker's raw opener ("its kieran from timberline we did the benches at the red lion in
    # your village" no longer presents).
    # Held out for 2.93.0 (heldout93), run once; they shaped 2.94.0, which reads the radio-hire
    # agent's "that'll be it, so the radios had no charge overnight" as the cause. It is the
    # second fault's; the first one's fix, heard back before it ("it beeped twice and the S
    # has gone", "yes, that's coming through loud and clear"), is not read, and no fix comes
    # after it on the call.
    ("heldout93-radio-hire", "service_step", "resolve"),
    # The pension adviser's four presenting turns outweigh his two open questions, so the
    # focus reads as the product where its writer heard the fee waiver and the deadline.
    ("heldout93-pension-advice", "focus", "product"),
    # The builder's office manager admits her needs only after the pitch ("the photos on our
    # website are years old", "we did have a load of copper pipe pinched off that site over
    # the winter"), and neither reads as one.
    ("heldout93-timelapse-cameras", "checkpoint", "need_admitted"),
    # Held out for 2.94.0 (heldout94), run once. (The forecourt agent's opener, "what's happened?",
    # and his check, "is the screen showing litres and price as it should?", read as finding out
    # what is wrong and as confirming the fix since 2.95.0.) The café owner's need, after the pitch
    # ("the bill did go up this year, now you mention it", "it's about forty pounds a month more
    # than it was"), reads as no need and as an objection.
    ("heldout94-business-rates", "checkpoint", "need_admitted"),
    # Held out for 2.95.0 (heldout95), run once. (The gas supplier's rep's raw first question, "so i
    # wont keep you long whats your set up for gas at the moment", read as one since 2.96.0, and
    # with it the call as built on the customer's needs. The boutique owner's needs after the
    # pitch, which read as objections or as nothing with 2.95.0 and 2.96.0, reach the need
    # checkpoint with 2.97.0's refit: "two of them have got hands missing, we just put them in
    # long sleeves".)
    # The scale agent has the butcher level the scale and zero it himself: the fix is only what
    # the butcher sees ("that's it in the middle now", "it's showing zero point zero zero
    # zero"), with no words of the agent's that put it right. (The check, "…and tell me if it
    # stays on zero?", reads as one since 2.96.0.)
    ("heldout95-retail-scales", "service_step", "resolve"),
    # With 2.96.0's refit the turf contractor's presenting reads as its writer's does ("that
    # includes overseeding the worn areas as well", "deep tining will sort that"), so it comes
    # before the groundsman's need and outweighs the one listening move: the focus reads as the
    # product, where the writer heard the seasonal deal pressed.
    ("heldout95-turf-aeration", "focus", "product"),
    # Held out for 2.96.0 (heldout96), run once. The printer agent names the cause as what an
    # update changed ("in four point two point one the hotend fan was changed so it only runs
    # at full speed above a set temperature…"), without words of cause, and the fix is an
    # instruction to the technician ("go into Settings, then Cooling, and switch the hotend fan
    # from Auto to Always On"), which is not read as putting it right until the technician's
    # "Done." (read as the fix since 2.103.0).
    ("heldout96-3d-printer-support", "service_step", "diagnose"),
    # (The museum curator's "that's well beyond my budget" read as the budget being hers to
    # decide until 2.97.0; to its writer it is an objection, and the trustees decide.)
    # The site engineer's openness ("so a quiet rig is something I'd look at, to be fair") comes
    # in the cue that admits her need, which reads as an objection; the need is read only
    # later ("one of them has already complained to the council…"), after the openness.
    ("heldout96-sheet-piling", "checkpoint", "open_to_solution"),
    # (Held out for 2.97.0 (heldout97), run once. The leisure centre manager's openness, "I'm
    # not against looking at it when the contract comes up…", the dashcam agent's cause, "that
    # usually happens when the garage pulls the camera fuse…", and his fix, "what I'm doing now
    # is pushing the correct network profile to both units", are read since 2.98.0.)
    # (With 2.94.0's to 2.96.0's refits, 2.98.0's to 2.115.0's and 2.119.0's to 2.122.0's, the
    # student landlord's "a few parents have said it's nice they can see it's been dealt with"
    # read as a clear need; to its writer it is praise for what they have. Not with 2.97.0's,
    # 2.116.0's to 2.118.0's, nor 2.123.0's.)
    # Held out for 2.98.0 (heldout98), run once. (The parish clerk's openness, "something like
    # that might help, I'll grant you", the heating agent's guess at the cause, "my guess is
    # water has got into the sensor box…", and his check, "is that matching your hand
    # thermometer?", and the market gardener's "I suppose it would be useful to know what's
    # actually going on" are read since 2.99.0.) Her question after the offer, "how much is
    # it?", is not read as agreeing to discuss it.
    ("heldout98-soil-testing", "checkpoint", "agrees_to_discuss"),
    # Held out for 2.99.0 (heldout99), run once. (The newsletter agent's cause, "…so Gmail and
    # Outlook can't verify your newsletters…", is read since 2.100.0, and the fix done by the
    # customer as guided, "Okay, name, and target. Save. Done.", since 2.103.0.)
    # (The bedding rep leads with the pallet deal, "we've got the pallet deal back on, sixty
    # bales…"; from 2.100.0's refit to 2.112.0 the focus read as the product, presented
    # before the need; since 2.113.0, which reads "…if you order today" as deal talk, the
    # focus is the deal, as its writer has it.)
    # (The company secretary's raw "yeah you can send it over thats fine", taking a sample set
    # of minutes and the price list, read as openness and agreement to discuss until 2.109.0;
    # to its writer it is politeness before she declines.)
    # Held out for 2.100.0 (heldout100), run once. (The chainsaw technician's cause, "right, I
    # think that's our culprit", is read since 2.101.0.) His fix is put as a request ("could
    # you drain the tank into your waste can and refill it with fresh mix…?"), which is not
    # read as putting it right.
    ("heldout100-chainsaw-servicing", "service_step", "resolve"),
    # (The town clerk's hedged need, "I mean, we do get complaints about Mill Lane.", was not
    # read as a clear one until 2.128.0's refit.)
    # Held out for 2.101.0 (heldout101), run once. (The hill farmer's raw authority, "its the
    # partnership humphreys and son but its me that decides on all this…", is read since
    # 2.102.0; the scanning contractor's quick run through flock size, price per head and
    # dates read as presenting the product, where its writer heard the deal pressed, until
    # 2.134.0 read any price per unit as the deal.)
    # The stocktaker's offers ("We'll do your first stocktake at half price…", "We could do
    # those spot checks at no charge…") read as presenting since 2.102.0's refit, as their
    # writer labelled them, so 5 presenting turns outweigh the price talk and the call reads as
    # product-focused, where the writer heard the deal pressed.
    ("heldout101-bar-stocktaking", "focus", "product"),
    # The parish clerk's need, "I mean, speeding does come up at every meeting, I won't pretend
    # it doesn't.", reads as an objection.
    ("heldout101-speed-indicator-signs", "checkpoint", "need_admitted"),
    # Held out for 2.102.0 (heldout102), run once. (The slush-machine agent's check, "Could you
    # keep an eye on the bowl wall and tell me when you see ice forming?", and the owner's
    # "Done." after the fix she was told to make are read since 2.103.0.) The franking rep's
    # sweeteners ("I could knock the lease down to fifteen ninety-nine for the first year",
    # "with the free months, you've got nothing to lose") read as presenting since 2.103.0's
    # refit, as their writer labelled them, so 7 presenting turns outweigh the talk of terms
    # and the call reads as product-focused, where the writer heard the deal pressed.
    ("heldout102-franking", "focus", "product"),
    # Held out for 2.103.0 (heldout103), run once. The salon owners' shared authority, "We own
    # it half each, so if we both like it, that's it.", is not read; (the café owner's raw
    # "well its a bit grubby i wont lie…" reads as a clear need since 2.104.0's refit); the
    # landlady's want in
    # her first breath ("I'd like to get some heat out there so people stay out longer.") is
    # not read as openness (her "I do need to do something with that garden…" is, since
    # 2.129.0), nor "How many would I need?" as agreeing to discuss; the slicer
    # agent's cause ("The switch thinks the cover's come off and stops the motor.") has no
    # words of cause, and the fix, the owner's "Oh, there's a click.", is not read.
    ("heldout103-dog-treats", "checkpoint", "decision_authority"),
    ("heldout103-patio-heaters", "checkpoint", "agrees_to_discuss"),
    ("heldout103-slicer-servicing", "service_step", "diagnose"),
    ("heldout103-slicer-servicing", "service_step", "resolve"),
    # Held out for 2.104.0 (heldout104), run once. The hotel coordinator's need, "It's looking
    # a bit tired, if I'm honest, and a couple of this year's brides asked if we had anything
    # more modern.", reads as an objection. (The finance broker's opening recap of the terms,
    # "So just to recap, that's forty-eight monthly payments…", reads as presenting since
    # 2.105.0's refit, so the pitch comes before the farmer's need, as its writer has it.) His
    # "Don't get me wrong, I'm happy to finance it, I just want the right deal." reads as a
    # need, not openness, and so the agreement after it ("Right, go through how that would
    # work, then.") is not reached either.
    ("heldout104-dance-floor-hire", "checkpoint", "need_admitted"),
    ("heldout104-tractor-finance", "checkpoint", "agrees_to_discuss"),
    ("heldout104-tractor-finance", "checkpoint", "open_to_solution"),
    # Held out for 2.105.0 (heldout105), run once; they shaped 2.106.0. The clinic owner's
    # "Fine, send it over." after the offer to email a quote read as agreeing until 2.109.0,
    # where its writer heard only a quote taken; since 2.110.0 it takes what the rep offered
    # to send and shows nothing, where its writer heard openness in it. (The pub tenant's "Go
    # on, tell me how it would work." and the kiosk owner's "It's in. It clicked.", the fix
    # done as she was told, are read since 2.106.0.)
    ("heldout105-massage-couches", "checkpoint", "open_to_solution"),
    # Held out for 2.106.0 (heldout106), run once; they shaped 2.107.0. The yard manager's
    # "Yes, do." to "Shall I give you a ring on the twentieth…?" reads as agreeing to discuss
    # (a call taken), where its writer heard her turn down hearing how the service works.
    # (The cash machine's steps, the cause said as what it did, "That's what stopped it going
    # home.", the fix, "Done, it clicked this time.", and no check of it in "Is that all
    # right?", asked of a call back, are read since 2.107.0; since its refit the will-writing
    # rep's two restatements no longer read as presenting, and the focus is the couple's
    # needs.)
    ("heldout106-horse-rug-washing", "checkpoint", "agrees_to_discuss"),
    # Held out for 2.107.0 (heldout107), run once; they shaped 2.108.0. The rep's opening
    # description of the care-home chiropody service comes before any need, which makes the
    # call product-focused, where its writer heard it built on the home's needs. (The
    # manager's "It's me, I'm the registered manager." to "is it you who signs off…?", the
    # merchant's "Hang on, can you go through what we'd actually get first?" and the school's
    # "This year, honestly, there isn't one." after a closed question about the budget are
    # read as their writers read them since 2.108.0.)
    ("heldout107-care-home-chiropody", "focus", "product"),
    # Held out for 2.108.0 (heldout108), run once; they shaped 2.109.0. (The livery-yard owner's
    # "I do need to do something about him, he sounds like an old smoker." was not read as
    # openness until 2.129.0.) At the school the estates manager's account of his tanks ("Well,
    # we've got, um, four cold water tanks…") reads as a clear need before the rep's pitch, where
    # its writer heard no need at all. (Since 2.109.0's refit "Mm, the soaking water's a
    # nightmare, actually." reads as the need; the hotel's fix, "Done, it shows today's date
    # now…", after "That's the cause.", and its check are read since 2.109.0.)
    ("heldout108-water-tank-cleaning", "checkpoint", "need_admitted"),
    ("heldout108-water-tank-cleaning", "pitch_before_need", ""),
    # Held out for 2.109.0 (heldout109), run once; they shaped 2.110.0. (The tennis club
    # secretary's "Fine, send it over and I'll forward it to the committee." after the offer to
    # email a quote agrees to nothing since 2.110.0, as its writer heard it.)
    # Held out for 2.110.0 (heldout110), run once; they shaped 2.111.0, which reads the boat
    # owner's "Oh, there we go, it's got a fix." as the fault fixed and the reptile shop
    # owner's "I'd think about a second supplier for the frozen, honestly." as openness.
    # Held out for 2.111.0 (heldout111), run once; they shaped 2.112.0, which reads the
    # council officer's "Just tell me what you'd put in and what it would cost." as agreeing to
    # discuss and "Under ten thousand I've got delegated authority." as the decision hers.
    # Held out for 2.112.0 (heldout112), run once; they shaped 2.113.0, which reads the hire
    # desk's raw talk of the saving, the waiver and the deposit as deal talk, so that call's
    # focus is the deal, as its writer has it.
    # Held out for 2.113.0 (heldout113), run once; they shaped 2.114.0 (two raw questions and a
    # commitment; no verdict moved). The café manager's raw "yeah go on then that
    # would be useful", taking free tips the rep offered, reads as openness and agreement,
    # where its writer heard neither (the tips are not the product), and "thats me the owners
    # leave the cafe completely to me…" is not read as the decision hers (the builder's "Hang
    # on, how does it actually work?" is read as agreeing to discuss since 2.116.0); the legal
    # team's "I
    # suppose renewals do sneak up on us now and then." is not read as a clear need. (The
    # facilities manager's "We had someone slip on the back stairs in January…" was not either,
    # and so neither the openness and agreement after it, until 2.121.0's refit, which reads
    # "It went in the accident book, and our insurer asked what we were doing about it." as a
    # clear need.)
    ("heldout113-barista-training", "checkpoint", "agrees_to_discuss"),
    ("heldout113-barista-training", "checkpoint", "decision_authority"),
    ("heldout113-barista-training", "checkpoint", "open_to_solution"),
    ("heldout113-contract-management", "checkpoint", "need_admitted"),
    # Held out for 2.114.0 (heldout114), run once. The fix promised for tomorrow, "Then I'll
    # send a zero four zero nozzle out by courier today…", is not read as the fault resolved.
    ("heldout114-pressure-washer-repair", "service_step", "resolve"),
    # (Held out for 2.115.0 (heldout115), run once: "How would it work with our layout,
    # though?" was not read as the owner agreeing to talk on, nor the agent's cause, "Right, I
    # can see the six second floor panels are still pointing at the old room mailboxes…", and
    # the fix under way, "I'm re-linking them now.", as the steps; they are since 2.116.0.)
    # Held out for 2.116.0 (heldout116), run once; they shaped 2.117.0. (The agent's "Can you
    # scan a pick and check it shows on the office screen?" is read as the fix confirmed, the
    # festival organiser's "Okay, tell me a bit more about them, then." as agreeing to talk on,
    # and so open, and the facilities manager's "Go on then, send it over." after the offer of
    # a case study as agreeing to nothing, since 2.117.0; nor, since 2.118.0, as openness, the
    # offer coming with a call put off to September.) With 2.117.0's refit, which trains on the
    # festival call, more of its rep's offers read as presenting (13 turns, more than those
    # about price and terms), and its focus as the product; to its writer the deal.
    ("heldout116-cold-room-hire", "focus", "product"),
    # (Held out for 2.117.0 (heldout117), run once; they shaped 2.118.0, which reads the
    # agent's "Can I just check, is the dashboard showing all seven sites live for you now?" as
    # the fix checked, the office manager's "Yes, come and show me what it looks like on our
    # glass." as agreeing to talk on, the groundworks buyer's yes to "could I give you a call
    # in January…?" as no agreement (nor openness) and "All the hire and the materials go
    # through me." as the decision his; with its refit, which trains on them, the office
    # manager's rep reads as presenting more than dealing, and the focus as the product.)
    # Held out for 2.118.0 (heldout118), run once; they shaped 2.119.0. The team leader's raw "well
    # yeah a couple of mine do get headaches by the end of a shift theyre on the screen eight hours"
    # is not read as a clear need; the office manager who rings in to buy, "I'd like to set up a
    # weekly fruit delivery for the office, please.", is not read as a need, nor as open, and so
    # neither the later checkpoints (her "The directors have signed off the budget and I can place
    # the order myself." not as the decision hers), the rep's offers read as presenting before any
    # need, and the focus as the product (to its writer, the deal). (The caravan park owner's "I'm
    # not against getting it looked at." is read as openness since 2.119.0.)
    ("heldout118-corporate-eyecare", "checkpoint", "need_admitted"),
    ("heldout118-office-fruit-delivery", "checkpoint", "agrees_to_discuss"),
    ("heldout118-office-fruit-delivery", "checkpoint", "decision_authority"),
    ("heldout118-office-fruit-delivery", "checkpoint", "need_admitted"),
    ("heldout118-office-fruit-delivery", "checkpoint", "open_to_solution"),
    ("heldout118-office-fruit-delivery", "focus", "product"),
    ("heldout118-office-fruit-delivery", "pitch_before_need", ""),
    # Held out for 2.119.0 (heldout119), run once. (The landlady's raw "no were free of tie
    # since last year its me and my husband so we choose" and the golf club manager's "The
    # shop's mine, as long as I keep within budget." were not read as the decision theirs, and
    # the hotel agent's fix and its check were missed, until 2.120.0.) With 2.120.0's refit,
    # which trains on these calls, the lanyard rep's prices ("Five hundred of those works out
    # at sixty-eight pence each.", "Delivery is free over two hundred pounds.") read as
    # presenting too, and seven presenting turns outweigh the deal talk.
    ("heldout119-lanyard-printing", "focus", "product"),
    # Held out for 2.120.0 (heldout120), run once. (The depot safety coordinator's near miss, "A
    # forklift came round the end of aisle six and nearly took out one of the pickers.", did
    # not read as a need, so no later checkpoint was reached, and the rep's prices read as
    # presenting rather than the deal, until 2.121.0's refit, which trains on the call.) The
    # club chairman's "The council gave us a grant last year and we got all new ones…" (no
    # need: the posts are new) reads as one, since 2.121.0's refit before the first pitch.
    # The farmer's fence is checked at the far end ("Could you check the reading at the far
    # end of the fence…?"), where the person heard the check put off.
    ("heldout120-fence-energiser-support", "service_step", "confirm"),
    ("heldout120-goalposts", "checkpoint", "need_admitted"),
    ("heldout120-goalposts", "pitch_before_need", ""),
    # Held out for 2.121.0 (heldout121), run once. (The estates officer's "Honestly, badly.",
    # "…we get fly-tipping round them every week." and "Look, something needs doing, I know
    # that." were not read as clear needs, nor so the openness after them, and the pitch came
    # before any need, until 2.122.0's refit, which trains on the call.) Since that refit
    # "Let's see what the board says." reads as agreeing to discuss, where the person heard a
    # decision passed up; and the roofer's discounts ("And if you book before Friday I can
    # knock another fifteen percent off.") read as presenting, not the deal (until 2.134.0,
    # whose price per unit, "…less than a pound a day", is the deal too).
    ("heldout121-bin-store-enclosures", "checkpoint", "agrees_to_discuss"),
    # Held out for 2.122.0 (heldout122), run once. (The care home's "It's going up!", the hoist
    # lifting again once its emergency stop is reset, was not read as the fix until 2.123.0;
    # the shopfitter's "We had a bit of a near miss in November, one of the lads was leaning off
    # the tower…" was not read as a clear need until 2.123.0's refit, which trains on it.)
    # Held out for 2.123.0 (heldout123), run once. (Raw "honestly its me i manage the travel
    # budget and the partners just want it to work" was not read as the decision his, the bike
    # hire agent's "E twenty-one means the charging point isn't getting enough power…" not as
    # the cause, and the customer's "Our bikes aren't charging again." was taken for the fix,
    # until 2.124.0; the choir rep's opening discount read as presenting before the need, and
    # the farmer's "The Maris Pipers were a bit patchy coming up in the top field, but that was
    # the dry spring as much as anything." not as a need, until 2.124.0's refit, which trains
    # on them.)
    # Held out for 2.124.0 (heldout124), run once. (The hose repair agent's "That'll be it, I
    # reckon." was not read as the cause found until 2.125.0; the residents' association
    # secretary's "The committee asked me to get a price for running our committee election
    # this year." read as a need, so the rep's opening talk was not presenting before one, and
    # the poultry vaccination rep's rates and discounts read as presenting, not the deal, until
    # 2.125.0's refit, which trains on them.) The secretary's "Go on, how would it work for a
    # group like ours?" is agreement to discuss to its writer, who heard no need and no
    # openness before it: the engine reads agreement only after both. The geography teacher's
    # half admissions ("It stopped sending anything about eighteen months ago and nobody's had
    # time to look at it.", "I'll admit the fieldwork unit is a bit thinner without our own
    # readings.") read as objections.
    ("heldout124-ballot-services", "checkpoint", "agrees_to_discuss"),
    ("heldout124-weather-stations", "checkpoint", "need_admitted"),
    # Held out for 2.125.0 (heldout125), run once. (The grill owner's "Go on, what else do you
    # do, because I need mince and pork belly as well." and the office manager's raw "yeah go
    # on", to "would it be worth me walking you through…", were not read as agreeing to
    # discuss, and the theatre technician's "No freeze." not as the fix, nor so the check
    # after it, until 2.126.0.) The warehouse facilities manager's "Yeah, our insurer said
    # something along those lines at the last visit, actually." is not read as a need, nor so
    # "Look, I accept we'll probably need something up there eventually." as openness. Since
    # 2.126.0's refit, which trains on them, the meat wholesaler's prices read as presenting
    # (seven turns of them) where its writer has them as the deal, and the roof lifeline
    # rep's talk of terms outweighs his presenting, where its writer has the product.
    ("heldout125-catering-meat-wholesale", "focus", "product"),
    ("heldout125-height-safety-systems", "checkpoint", "need_admitted"),
    ("heldout125-height-safety-systems", "checkpoint", "open_to_solution"),
    ("heldout125-height-safety-systems", "focus", "transaction"),
    # Held out for 2.126.0 (heldout126), run once. (The activity centre manager's raw "whoa
    # hang on what does the day actually involve though" was not read as agreeing to discuss,
    # and the queue system engineer's "…so we can check it comes up on the screen and over the
    # speaker?" not as the check, until 2.127.0.) The forest school rep's rates and discounts
    # read as presenting rather than the deal.
    ("heldout126-forest-school", "focus", "product"),
    # Held out for 2.127.0 (heldout127), run once; they shaped 2.128.0. The café owner's raw
    # "well we did have the toilet block in august and the plumber pulled out a load of paper
    # towel but that was a school holidays kids thing" (a need half admitted and put down to
    # the holidays) is not read as a need; the race director's "Eleven hundred finishers, which
    # is the most we've had, dry weather, nobody fainted." reads as a need, so the medal rep's
    # presenting comes after one. (The marketing manager's "Go on then, but if I don't pick up,
    # it's because I'm knee deep in mud.", to a ring after her monthly meeting, read as
    # agreeing until 2.129.0.)
    ("heldout127-hand-dryers", "checkpoint", "need_admitted"),
    ("heldout127-race-medals", "checkpoint", "need_admitted"),
    ("heldout127-race-medals", "pitch_before_need", ""),
    # Since 2.128.0's refit, which trains on them, the crate hire rep's bundles and discounts
    # read as presenting (seven turns), where its writer has the deal.
    ("heldout127-crate-hire", "focus", "product"),
    # (Held out for 2.128.0 (heldout128), run once; they shaped 2.129.0. The farm shop owner's
    # raw "i might be interested in trying a few jars i suppose" was not read as openness, nor
    # did the honey rep's trade prices and case sizes after one short pitch outweigh his open
    # questions; the music lead's "Yes, that would be good." to "Shall I check in with you after
    # Easter, before the committee meets?" (a call put off, to its writer) read as agreeing.)
    # Held out for 2.129.0 (heldout129), run once; they shaped 2.130.0. The office manager's
    # hedged "Well, a couple of people have mentioned backache, I suppose." is not read as a
    # need. (The company secretary's raw "yeah fine send it over", to a case study promised a
    # sentence before the rep's note to call in September, read as agreeing to discuss, and the
    # chef's "Right, it's running the descale now." was not read as the fix, until 2.130.0.)
    ("heldout129-ergonomic-chairs", "checkpoint", "need_admitted"),
    # Held out for 2.130.0 (heldout130), run once; they shaped 2.131.0. The dictation agent's
    # fix (the partner signed in again, "Yes, I can see them arriving on our side now, eleven
    # files…") is not read. Since 2.131.0's refit, which trains on them, the dental lab rep's
    # deal talk (the offer's end, a discount locked in before Friday) reads as presenting in
    # eight turns, where its writer has the transaction. (The paddock contractor's raw
    # opening, "its tom bryce from greenacre topping we cut paddocks for yards round the
    # vale…", read as a pitch before any need, and so the focus as the product, until 2.131.0's
    # refit.)
    ("heldout130-dental-lab-crowns", "focus", "product"),
    ("heldout130-digital-dictation-support", "service_step", "resolve"),
    # Held out for 2.131.0 (heldout131), run once; they shaped 2.132.0. The estates officer's
    # half-admitted tagging ("I mean, we do get some tagging.", "Every few weeks, maybe.") is
    # not read as a need. (The bar manager's own "That's partly why this matters, the league
    # lads are the ones who notice…" read as the cause named, where the agent never looked for
    # one, until 2.132.0.)
    ("heldout131-anti-graffiti-coating", "checkpoint", "need_admitted"),
    # Held out for 2.132.0 (heldout132), run once; they shaped 2.133.0. The site manager's raw
    # "thursday um whats the date thursday the fourteenth yeah that could work…" (a slot taken)
    # is not read as openness, nor his questions about the job ("well hang on i need to know a
    # couple of things first…") as agreeing to discuss; the agent's "Is it back to working the
    # way it normally does, as far as you're concerned?" is not read as confirming the fix.
    ("heldout132-concrete-cutting", "checkpoint", "open_to_solution"),
    ("heldout132-concrete-cutting", "checkpoint", "agrees_to_discuss"),
    ("heldout132-macerator-support", "service_step", "confirm"),
    # Held out for 2.133.0 (heldout133), run once; they shaped 2.134.0. The nursery owner's
    # account of what he grows ("Spring bedding for garden centres, about two million plugs a
    # year…") reads as a clear need, where he has none, and so the rep's presenting does not
    # come before a need; the care home manager's raw "yeah go on send it to the home email and
    # ill pass it on…" reads as openness; the transport firm's rates read as presenting in more
    # turns than the deal talk (focus product, where its writer has the transaction; the dye
    # house's prices per unit, "…sixty pounds per colour", are the deal since 2.134.0).
    ("heldout133-growing-media", "checkpoint", "need_admitted"),
    ("heldout133-growing-media", "pitch_before_need", ""),
    ("heldout133-patient-transport", "checkpoint", "open_to_solution"),
    ("heldout133-patient-transport", "focus", "product"),
    # Held out for 2.134.0 (heldout134), run once; they shaped 2.135.0. (The bakery's agent
    # naming the cause, "It sounds like the bearing in the end roller on the right-hand table
    # is failing.", is read as the diagnosis since 2.135.0.) The restaurant owner's "Look, I
    # know we need something better than the spreadsheet, that much is obvious." is not read
    # as openness.
    ("heldout134-recipe-costing-software", "checkpoint", "open_to_solution"),
    # Held out for 2.135.0 (heldout135), run once; they shaped 2.136.0. The charity manager asks to
    # see the reporting ("Go on then, show me the reporting side…") without having admitted a need,
    # so no agreement is read after a need; the chip shop manager's raw "no just him really i run
    # the shop day to day…", said of his uncle, reads as his own authority; the builder's "How would
    # it go in the rafters, then?" is not read as agreeing to discuss.
    ("heldout135-donor-database-software", "checkpoint", "agrees_to_discuss"),
    ("heldout135-frying-ranges", "checkpoint", "decision_authority"),
    ("heldout135-sheep-wool-insulation", "checkpoint", "agrees_to_discuss"),
    # Held out for 2.136.0 (heldout136), run once; they shaped 2.137.0. The oven engineer's
    # instruction to rinse the filter mesh and turn the water back on ("Rinse the mesh under the
    # sink tap…") reads as the fix, where the fault stays and an engineer is booked.
    ("heldout136-combi-oven-support", "service_step", "resolve"),
    # (With 2.141.0's refit the exams officer's "Sorry I'm a couple of minutes late, I had a
    # Year Eleven parent at the door." no longer read as a need, so the rep's plan for the call
    # ("I thought we could spend most of the time on how your exams run now… and then, if it's
    # useful, I'll show you how we might help."), read as presenting, came before the first
    # need, and the focus read as the product; since 2.142.0 the plan presents nothing.)
    # Held out for 2.137.0 (heldout137), run once; they shaped 2.138.0. Said before the rep
    # presents, the quarry firm's purchasing manager's "…which is partly why I'm up to my eyes
    # at the moment." reads as a need, so no pitch comes before the first need (the school
    # business manager's "A bit frantic, it's parents' evening tonight." did too, until 2.138.0's
    # refit); her "Anything under five thousand I can raise myself…" is not read as her
    # authority.
    ("heldout137-tarpaulin-covers", "checkpoint", "decision_authority"),
    ("heldout137-tarpaulin-covers", "pitch_before_need", ""),
    # Held out for 2.138.0 (heldout138), run once; they shaped 2.139.0. The groundworker's raw
    # account of a job lost to another supplier ("…so it was out of my hands really…"), said
    # before the gabion rep presents, reads as a need, so no pitch comes before the first need.
    ("heldout138-gabion-baskets", "pitch_before_need", ""),
    # Held out for 2.139.0 (heldout139), run once; they shaped 2.140.0, which settles the
    # guillotine technician's check ("Is everything working the way it should now?" came
    # before the first sentence read as the fix). The parking enforcement rep's ten presenting
    # turns outweigh the term, the Friday signature and the installation slot that its writer
    # heard as the call's focus.
    ("heldout139-parking-enforcement", "focus", "product"),
    # Held out for 2.140.0 (heldout140), run once; they shaped 2.141.0. The landscaper's "And then
    # it's sat on the lawn we're trying to lay." (an objection to its writer) reads as her need,
    # and her "Yeah, go on then, send it over, I'll put it in the folder with the others." (a
    # brush-off) as openness and agreement; the grab hire and yarn mill reps' offers (prices,
    # discounts, terms) read as presenting, so both calls' focus reads as the product where their
    # writers heard the deal. (The yarn rep's reason for calling, "Well, we've heard that Highmoor
    # are dropping most of their aran and chunky lines…", read as presenting before the shop
    # owner's first need until 2.141.0's refit.)
    ("heldout140-grab-hire", "checkpoint", "need_admitted"),
    ("heldout140-grab-hire", "checkpoint", "open_to_solution"),
    ("heldout140-grab-hire", "checkpoint", "agrees_to_discuss"),
    ("heldout140-grab-hire", "focus", "product"),
    ("heldout140-yarn-wholesale", "focus", "product"),
    # Held out for 2.141.0 (heldout141), run once; they shaped 2.142.0, which settles the site
    # manager's "So what have you got that would work for that?" (asking to hear the offer).
    # The estate agent's busy spring ("We've had more valuations in March than… so the lads in
    # Ludlow are run off their feet…"), no need to its writer, reads as his need; with 2.141.0
    # the floorplan rep's presenting came before it and made the focus the product, where its
    # writer heard the customer's needs; since 2.142.0's refit his "He does the photos, the
    # floorplan and the EPC drawing all in one visit…" reads as a need before the rep
    # presents, so no pitch comes before the first need. The sports nutrition rep's bundles,
    # discounts and account form read as presenting, so the focus reads as the product where
    # its writer heard the deal.
    ("heldout141-property-floorplans", "checkpoint", "need_admitted"),
    ("heldout141-property-floorplans", "pitch_before_need", ""),
    ("heldout141-sports-nutrition-wholesale", "focus", "product"),
    # Held out for 2.142.0 (heldout142), run once; they shaped 2.143.0. The demolition
    # contractor's "I do like the idea of the sub base coming off the same site…" is not read
    # as openness, nor his "Send it over and we'll go through it." as agreeing to discuss; the
    # homeowner's raw "yes alright that would be useful actually i could see the colours then"
    # is not read as agreeing to the design visit. (The wedding venue manager's apology for
    # being late, "Sorry I'm a couple of minutes late, we had a menu tasting…", read as a need
    # before the event staffing rep presented, so no pitch came before the first need, until
    # 2.143.0, where apologising for one's own state admits no need.)
    ("heldout142-aggregate-crushing", "checkpoint", "open_to_solution"),
    ("heldout142-aggregate-crushing", "checkpoint", "agrees_to_discuss"),
    ("heldout142-fitted-wardrobes", "checkpoint", "agrees_to_discuss"),
    # Held out for 2.143.0 (heldout143), run once; they shaped 2.144.0. The site manager's "Go
    # on then." to the rep sending details to his plant manager reads as agreeing to discuss,
    # where its writer heard the decision passed on.
    ("heldout143-dust-suppression-cannons", "checkpoint", "agrees_to_discuss"),
    # Held out for 2.144.0 (heldout144), run once; they shaped 2.145.0. The car wash agent's
    # reading of the dosing log ("The drying agent pump is set to thirty millilitres a wash…")
    # is not read as the diagnosis; the pub manager's "Tell me what's in the range, then." is
    # not read as agreeing to discuss; the college manager's "Yes, that would actually be
    # useful." to hearing how others do it reads as openness to a solution, where its writer
    # heard none; the homeowner's "It's our house, there's no mortgage on it, and Ruth's
    # already said she wants it sorted…" is not read as deciding.
    ("heldout144-car-wash-dosing-support", "service_step", "diagnose"),
    ("heldout144-crisp-wholesale", "checkpoint", "agrees_to_discuss"),
    ("heldout144-lecture-capture", "checkpoint", "open_to_solution"),
    ("heldout144-lime-mortar-repointing", "checkpoint", "decision_authority"),
    # (Since 2.145.0's refit, which trains on it, the snack rep's deals read as presenting, so the
    # pub call tips to the product where its writer heard the deal.)
    ("heldout144-crisp-wholesale", "focus", "product"),
    # Held out for 2.145.0 (heldout145), run once. The body shop owner's account of his work
    # ("Insurance work mostly, a bit of private work, the odd classic car…") reads as a clear
    # need and his "Yeah, send it if you like." as openness and agreement to discuss, so the
    # rep's presenting comes after a need, where its writer heard no need at all; the florist's
    # "…talk me through what you'd actually send for a standard casket spray…" is not read as
    # agreeing to discuss; the care agency owner's "If I decide we're giving families your
    # number, that's what happens." is not read as deciding.
    ("heldout145-flammable-storage-cabinets", "checkpoint", "need_admitted"),
    ("heldout145-flammable-storage-cabinets", "checkpoint", "open_to_solution"),
    ("heldout145-flammable-storage-cabinets", "checkpoint", "agrees_to_discuss"),
    ("heldout145-flammable-storage-cabinets", "pitch_before_need", ""),
    ("heldout145-funeral-flowers", "checkpoint", "agrees_to_discuss"),
    ("heldout145-hospital-bed-hire", "checkpoint", "decision_authority"),
    # (The farmer's raw needs, "…so its just been growing and growing", read as needs but not
    # as clear ones with 2.100.0, and so the later checkpoints with them; with 2.101.0's
    # refit, which trains on them, they do.)
    # Read otherwise since 2.93.0, whose need and objection classifiers weigh where a customer
    # statement falls in the call (once the rep has presented, in reply to an open or a closed
    # question, straight after a presenting sentence): a need said after the pitch reads less
    # surely, so some need checkpoints reached only after it are no longer reached, and some
    # statements before it now read as needs.
    # heldout-farm: "Barley was a bit down, but everyone's barley was down this year." now reads
    # as a clear need; "Barley was a bit down, but everyone's barley was down this year." reads
    # as a need before the first pitch; the focus reads as customer needs.
    ("heldout-farm", "checkpoint", "need_admitted"),
    ("heldout-farm", "focus", "customer_needs"),
    ("heldout-farm", "pitch_before_need", ""),
    # (heldout-security: the IT manager's needs ("We had an invoice fraud attempt in March…",
    # "There are three of us in IT for four hundred people…") read as needs but not clear ones
    # with 2.139.0's refit, and so the later checkpoints with them; they do with 2.140.0's.)
    # heldout108-hay-steamers: "Mm, the soaking water's a nightmare, actually." does not read
    # as a clear need, and so the openness after it (not with 2.136.0's refit, 2.139.0's to
    # 2.142.0's, and 2.144.0's; it did with 2.137.0's, 2.138.0's and 2.143.0's).
    ("heldout108-hay-steamers", "checkpoint", "need_admitted"),
    ("heldout108-hay-steamers", "checkpoint", "open_to_solution"),
    # heldout14-rehearsal-studio-locks: "I was looking at a few things late one night after
    # we'd locked up." (no need to its writer) reads as a need but not as a clear one, and "The
    # odd band doesn't turn up and doesn't tell me…" not as a need, so the need checkpoint is
    # not reached (with 2.140.0's refit and since 2.143.0's; it was with 2.141.0's and
    # 2.142.0's).
    ("heldout14-rehearsal-studio-locks", "checkpoint", "need_admitted"),
    # heldout16-climbingwall: "We had forty in on Saturday." reads as a need before the first
    # pitch.
    ("heldout16-climbingwall", "pitch_before_need", ""),
    # heldout22-driving-schools: "So yeah, that's money we lose, I suppose." no longer reads as
    # a clear need.
    ("heldout22-driving-schools", "checkpoint", "need_admitted"),
    # (heldout25-fishmonger: "Honestly, the bigger worry is the inspector." did not read as a
    # clear need with 2.93.0's and 2.94.0's refits, and does with 2.95.0's.)
    # heldout25-jewellery: "I wouldn't say frustrating." reads as a need before the first pitch;
    # the focus reads as customer needs.
    ("heldout25-jewellery", "focus", "customer_needs"),
    ("heldout25-jewellery", "pitch_before_need", ""),
    # heldout26-fuel-cards: "One year, and if it happens again we're gone." no longer reads as a
    # clear need.
    ("heldout26-fuel-cards", "checkpoint", "need_admitted"),
    # heldout29-piano-tuning: "But that's not on the cards." now reads as a clear need.
    ("heldout29-piano-tuning", "checkpoint", "need_admitted"),
    # (heldout46-embroidery: "Hang on, let me turn this machine off, I can't hear myself think."
    # read as a need before the first pitch with 2.93.0's, 2.98.0's and 2.102.0's refits, not
    # with 2.94.0's to 2.97.0's, 2.99.0's to 2.101.0's nor 2.103.0's.)
    # heldout5-golfclub: "Some of the older members still ring the pro shop and Ian pops them in
    # by hand." now reads as a clear need, and so the later checkpoints with it.
    ("heldout5-golfclub", "checkpoint", "agrees_to_discuss"),
    ("heldout5-golfclub", "checkpoint", "need_admitted"),
    ("heldout5-golfclub", "checkpoint", "open_to_solution"),
    # heldout54-plastering: the focus reads as customer needs. Since 2.96.0's refit "Brooks give
    # me twelve anyway, and I know the lads on the counter." no longer reads as a need (to its
    # writer, an objection), so the rep's first pitch comes before the first need read and the
    # focus reads as the product (still not the writer's push to close).
    ("heldout54-plastering", "focus", "product"),
    ("heldout54-plastering", "pitch_before_need", ""),
    # (heldout61-lightning: "There was a list of bits they wanted sorting, and I'm fairly sure
    # the lightning thing was on it." reads as a clear need, and so the later checkpoints with
    # it, with 2.112.0's, 2.113.0's and 2.115.0's refits, not with 2.114.0's.)
    # heldout65-pat-testing: "Last year it was March before he came, and it's meant to be
    # January, and the lady from the insurance did ask me about it." no longer reads as a clear
    # need.
    ("heldout65-pat-testing", "checkpoint", "need_admitted"),
    # (heldout67-driveway-cleaning: no need read as a clear one, nor the later checkpoints with
    # it, with 2.93.0's and 2.94.0's refits ("The bit that bothers me is the ramp up to the side
    # door, the wheelchair ramp.") and with 2.98.0's to 2.102.0's ("It's slate, and it goes
    # green every winter, and it's like an ice rink.", which does with 2.95.0's to 2.97.0's and
    # 2.103.0's).)
    # (heldout68-mobile-canning: "i mean it works we have a little four head filler and its me
    # and my partner reese doing it by hand basically" no longer read as a clear need, and so
    # the later checkpoints with it, but with 2.126.0's refit and since 2.128.0's.)
    # heldout75-mole-catcher: "A few hills on the front lawn in March, and one right by the
    # ceremony arch, which wasn't ideal." no longer reads as a clear need.
    ("heldout75-mole-catcher", "checkpoint", "need_admitted"),
    # (heldout78-alloy-wheels: "no he doesnt no the diamond cat ones we send off to a place in
    # leeds and its a week before we get them back" no longer read as a clear need, and so the
    # later checkpoints with it, until 2.128.0's refit.)
    # heldout79-fairground-rides: "The rides are part of it, but nobody comes for the rides."
    # now reads as a clear need.
    ("heldout79-fairground-rides", "checkpoint", "need_admitted"),
    # heldout8-architects-resourcing: no need reads as a clear one ("And the other half of it
    # is timesheets." did not with 2.106.0's to 2.109.0's refits, "Turned out the two people
    # who'd done that kind of heritage work were both tied up…" did with 2.110.0's to
    # 2.117.0's, and neither does with 2.118.0's).
    ("heldout8-architects-resourcing", "checkpoint", "need_admitted"),
    # (heldout79-watch-repair: "I had a Patek in last spring for a service, and I drove it back
    # to the chap myself because I didn't fancy posting it." did not read as a clear need from
    # 2.93.0's refit on, but with 2.96.0's and 2.101.0's to 2.140.0's, nor with 2.141.0's to
    # 2.143.0's; with 2.144.0's it does.)
    # (heldout8-funeral-webcast: "Too many stands and not enough chairs." read as a need before
    # the first pitch with 2.93.0's refit to 2.103.0's and with 2.110.0's and 2.111.0's; not
    # with 2.104.0's to 2.109.0's, nor with 2.112.0's.)
    # heldout84-lone-worker-alarms: "To be honest, the thing that does bother me is the evening
    # viewings." did not read as a clear need with 2.93.0's to 2.119.0's refits; with 2.120.0's
    # it does, and so "Yes, send it over and I'll put it on his desk." reads as agreeing to
    # discuss, where the person heard a message passed on.
    ("heldout84-lone-worker-alarms", "checkpoint", "agrees_to_discuss"),
    # heldout85-dock-levellers: "The lip doesn't drop properly and someone has to kick it down."
    # no longer reads as a clear need.
    ("heldout85-dock-levellers", "checkpoint", "need_admitted"),
    # heldout87-kombucha-wholesale: "well funny enough weve had a few people asking for low
    # sugar stuff lately the elderflower is quite sweet and the mums from the yoga class next
    # door always ask if weve got anything without sugar in" did not read as a clear need from
    # 2.93.0's refit to 2.99.0's, and does again with 2.100.0's; the café owner's raw "yeah
    # send it to the cafe email its on the website" after it then reads as openness, where
    # its writer heard a brush-off.
    ("heldout87-kombucha-wholesale", "checkpoint", "open_to_solution"),
    # heldout89-powder-coating: raw "we get them galvanised and then we spray them ourselves
    # weve got a booth at the back of the unit" (no need to its writer) reads as a need before
    # the first pitch, and the focus as customer needs (with 2.106.0's and 2.107.0's refits,
    # not with 2.108.0's to 2.124.0's, again with 2.125.0's to 2.128.0's, not with 2.129.0's to
    # 2.142.0's, again with 2.143.0's).
    ("heldout89-powder-coating", "focus", "customer_needs"),
    ("heldout89-powder-coating", "pitch_before_need", ""),
    # heldout91-podcast-production: "We've got more work on than we can comfortably handle at
    # the moment, which is a nice problem to have." now reads as a clear need.
    ("heldout91-podcast-production", "checkpoint", "need_admitted"),
    # heldout95-mannequins: "Two of them have got hands missing, we just put them in long
    # sleeves." no longer reads as a clear need (since 2.106.0's refit).
    ("heldout95-mannequins", "checkpoint", "need_admitted"),
    # heldout99-horse-bedding: "Low, to be honest." (her stock, asked after) does not read as a
    # need, and her "We took on six more liveries in September…" not as a clear one, and so the
    # later checkpoints with them (not with 2.130.0's refit, 2.133.0's to 2.136.0's, and since
    # 2.144.0's; they did with 2.131.0's, 2.132.0's and 2.137.0's to 2.143.0's).
    ("heldout99-horse-bedding", "checkpoint", "need_admitted"),
    ("heldout99-horse-bedding", "checkpoint", "open_to_solution"),
    ("heldout99-horse-bedding", "checkpoint", "agrees_to_discuss"),
    # monologue-retail: "It works, mostly, but the fresh produce orders are often wrong." does
    # not read as a clear need (not with 2.97.0's to 2.101.0's, 2.103.0's to 2.107.0's,
    # 2.136.0's, 2.141.0's and 2.143.0's refits; it did with 2.102.0's, 2.108.0's to 2.135.0's,
    # 2.137.0's to 2.140.0's and 2.142.0's).
    ("monologue-retail", "checkpoint", "need_admitted"),
}

# Per label, the F1 over all the calls must not fall below what docs/quality.md reports
# (measured with analyser 2.145.0 once the heldout145 calls came in, rounded down; questions over
# the rep's sentences). Need, objection and pitch come from classifiers trained on the calls
# not marked unseen, so over all the calls they are mostly read on their own training data:
# docs/quality.md gives the held-out figures.
F1_FLOORS = {
    "question_open": 0.92,
    "question_closed": 0.95,
    "paraphrase": 0.69,
    "need": 0.77,
    "pitch": 0.96,
    "objection": 0.84,
    "commitment": 0.85,
}


def test_there_are_calls_in_every_format_and_one_without_punctuation() -> None:
    formats = {
        parse_transcript(c.transcript.read_bytes(), filename=c.transcript.name).format
        for c in CALLS
    }
    assert formats == {"webvtt", "srt", "json", "gong-json", "teams-json", "text"}
    assert any(
        parse_transcript(c.transcript.read_bytes(), filename=c.transcript.name).estimated_timing
        for c in CALLS
    )
    assert any(not any(mark in text for text in c.sentences for mark in ".?!") for c in CALLS)


@pytest.mark.parametrize("call", CALLS, ids=lambda c: c.name)
def test_every_labelled_sentence_is_one_of_its_calls_sentences(call: LabelledCall) -> None:
    result = analyse(call)
    assert unmatched(call, result) == []
    speakers = {s["name"] for s in result["speakers"] if s["role"] == "rep"}
    assert speakers == set(call.rep)


def _disagreements(call: LabelledCall) -> set[tuple[str, str, str]]:
    result = analyse(call)
    found: set[tuple[str, str, str]] = set()
    for key, reached in (call.checkpoints or {}).items():
        if result["checkpoints"][key]["reached"] != reached:
            found.add((call.name, "checkpoint", key))
    for key, reached in (call.service_steps or {}).items():
        if result["service_steps"][key]["reached"] != reached:
            found.add((call.name, "service_step", key))
    if result["pitch_before_need"] != call.pitch_before_need:
        found.add((call.name, "pitch_before_need", ""))
    if call.focus is not None and result["focus"]["verdict"] != call.focus:
        found.add((call.name, "focus", result["focus"]["verdict"]))
    return found


def test_verdicts_agree_with_the_labels_but_for_the_known_disagreements() -> None:
    found = set().union(*(_disagreements(call) for call in CALLS))
    assert found == KNOWN_DISAGREEMENTS


def test_sentence_labels_stay_at_or_above_their_measured_f1() -> None:
    result = agreement(CALLS)
    assert set(F1_FLOORS) == set(SCORED)
    below = {
        label: round(score.f1, 2)
        for label, score in result.labels.items()
        if score.f1 < F1_FLOORS[label]
    }
    assert below == {}
    # The rep's questions of either kind: 8696 of the 8794 labelled found, 56 invented
    # (precision 8696/8752 = 0.99, recall 8696/8794 = 0.99).
    assert (result.question.tp, result.question.fp, result.question.fn) == (8696, 56, 98)


def test_a_good_discovery_call_reads_as_one() -> None:
    # discovery-freight: five open questions asked by the rep (labelled), all four checkpoints,
    # presentation only after the need.
    result = analyse(BY_NAME["discovery-freight"])
    assert result["questions"]["open"] == 5
    assert all(c["reached"] for c in result["checkpoints"].values())
    assert result["pitch_before_need"] is False
    assert result["focus"]["verdict"] == "customer_needs"
