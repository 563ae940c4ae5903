# title: Your first shift
# summary: Meet the shop floor with Grace, serve your first customer, and learn what each choice is scored on.
# role: New sales assistant at a home-goods store
# setting: shop-floor
# minutes: 5
# order: 0
# customer: shopper
# cast: mentor = Grace, your shift lead
# cast: shopper = Mrs. Chen, a customer
# ending: regular = Mrs. Chen becomes a regular
# ending: polite-goodbye = Mrs. Chen leaves politely, and shops elsewhere next time

VAR listening = 0
VAR promise_keeping = 0
VAR ownership = 0
VAR trust = 5
VAR patience = 6

Nine o'clock. The shutters roll up on aisle after aisle of kettles, pans and bedding. # sfx: door-chime
Welcome to your first shift. I'm Grace. Today you'll serve real customers, and I'll be right behind you. # speaker: mentor # expression: pleased
When someone speaks to you, your options appear below. Click one, or press its number key. # speaker: mentor
Every choice is scored on three things. Listening: do you let people finish, and ask before you assume? # speaker: mentor
Promise-keeping: what you and the store say, you do. Ownership: a problem you touch is yours until someone else has visibly taken it over. # speaker: mentor
Here comes our first customer. # speaker: mentor
-> kettle

=== kettle ===
A woman in a grey raincoat stops in front of the kettles, turning a price tag over in her fingers.
Excuse me. I need a kettle for my mother. She's eighty-one, and her hands aren't what they were, so… # speaker: shopper # expression: doubtful
* [Point her to the best-seller before she finishes #id: needs.best-seller #coach: You answered the question you expected, not the one she was asking. The best-seller is a heavy steel jug — wrong for her mother. #lesson: let-them-finish]
    ~ listening -= 1
    ~ trust -= 1
    ~ patience -= 2
    This one's our best-seller. Everybody loves it. # speaker: you
    It's steel. It must weigh a ton. I was trying to say, my mother's hands are weak. # speaker: shopper # expression: annoyed
    -> suggest
* [Let her finish, then ask what her mother finds hard #id: needs.let-her-finish #coach: She was still telling you what matters. Waiting and then asking turned "a kettle" into "a kettle her mother can lift". #lesson: let-them-finish]
    ~ listening += 2
    ~ trust += 1
    Take your time. What does she find hard with the one she has now? # speaker: you
    It's heavy when it's full, and she can't see the water line. She burnt her wrist last winter. # speaker: shopper # expression: neutral
    -> suggest
* [Tell her kettles are in this aisle and let her browse #id: needs.let-her-browse #coach: Pointing at a shelf is polite but leaves her to guess alone. She had a need to tell you and nobody asked. #lesson: ask-before-assuming]
    ~ listening -= 1
    ~ ownership -= 1
    ~ patience -= 1
    All our kettles are right here. Have a look around. # speaker: you
    She reads three price tags, sighs, and looks back at you.
    They all look the same to me. Which one is light? My mother's hands are weak. # speaker: shopper # expression: doubtful
    -> suggest

=== suggest ===
You find a light plastic kettle with a big window and a cordless base. She lifts it and smiles.
This is right. # speaker: shopper # expression: pleased
But I need it by Saturday, and you only have the display one. Can you get a new one in? # speaker: shopper
Deliveries come Thursday. They're usually on time. # speaker: mentor
* [Guarantee it will be here by Thursday morning, no matter what #id: promise.guarantee #coach: "No matter what" is a promise you don't control. Promise what you can deliver; deliveries slip. #lesson: three-expectations]
    ~ promise_keeping -= 1
    ~ trust += 2
    Guaranteed. Thursday morning, first thing. # speaker: you
    Wonderful. I'll come in Thursday at nine, then. # speaker: shopper # expression: pleased
* [Tell her to check back later in the week #id: promise.check-back #coach: Nothing promised, nothing owned: she has to do the chasing. A small promise — "I'll call you" — would have kept her. #lesson: own-it-until-handed-over]
    ~ ownership -= 1
    ~ patience -= 1
    Try popping in later in the week. It might be in. # speaker: you
    Might. Right. # speaker: shopper # expression: doubtful
* [Promise it for Thursday and say you'll call her when it's in #id: promise.call-thursday #coach: A clear promise you can keep. Now it's yours to keep — write it down. #lesson: three-expectations]
    ~ promise_keeping += 1
    ~ ownership += 1
    ~ trust += 1
    I'll set one aside from Thursday's delivery and call you the moment it's in. Can I take your number? # speaker: you
    Thank you. Here's my number. # speaker: shopper # expression: pleased
- -> thursday

=== thursday ===
Thursday, four in the afternoon. The delivery came, but the van was short: no light kettles. # sfx: phone-ring # prompt: yes
Grace hands you a box cutter.
Aisle nine needs restocking before five. # speaker: mentor
* [Call Mrs. Chen now, tell her plainly, and offer the display model at a discount or a firm new date #id: keep.call-now #coach: A promise you can't keep as made is still yours: tell her early, and offer real choices. That is what keeps a customer. #lesson: three-expectations]
    ~ promise_keeping += 2
    ~ ownership += 2
    ~ trust += 2
    She listens, then takes the display model at ten percent off.
    Thank you for calling before I came all that way. # speaker: shopper # expression: pleased
* [Restock first and call her tomorrow #id: keep.restock-first #coach: The shelf could wait an hour; her Saturday couldn't. A late call turns a supplier's delay into your broken word. #lesson: three-expectations]
    ~ promise_keeping -= 2
    ~ trust -= 2
    ~ patience -= 2
    Friday morning she answers on the first ring.
    I waited by the phone all evening. # speaker: shopper # expression: annoyed
* [Ask the customer-service desk to let her know #id: keep.hand-to-desk #coach: Handing it on is fine only when someone has visibly taken it over. Nobody confirmed, so her call never happened. #lesson: own-it-until-handed-over]
    ~ ownership -= 2
    ~ promise_keeping -= 1
    ~ trust -= 1
    ~ patience -= 1
    The note sits on the desk under a stapler. On Friday, Mrs. Chen calls the store herself.
    Nobody told me anything. I nearly came in for nothing. # speaker: shopper # expression: annoyed
- -> debrief

=== debrief ===
{ trust >= 7:
    Saturday afternoon, Mrs. Chen is back — with her mother, who wants a toaster she can manage.
    My mother wanted to meet the person who called. # speaker: shopper # expression: pleased
    That's the job. You listened, you kept your word, and you owned the problem when it went wrong. # speaker: mentor # expression: pleased
    # outcome: regular
- else:
    Mrs. Chen collects the kettle, thanks you politely, and buys her mother's toaster somewhere else.
    Thank you. Goodbye. # speaker: shopper # expression: neutral
    She was polite, but she won't be back. The debrief shows which choices cost us. # speaker: mentor # expression: doubtful
    # outcome: polite-goodbye
}
-> END
