# title: In from the heat
# summary: A sweat-soaked man in cloth shoes says he only came in to cool off. Your senior colleague says don't waste your time on him.
# role: Sales clerk at a light-truck dealership
# setting: truck-showroom
# minutes: 12
# order: 1
# customer: farmer
# cast: farmer = Mr. Tian, a man in from the heat
# cast: clerk = Wei, a senior salesman
# cast: manager = Ms. Fang, the showroom manager
# ending: big-order = Mr. Tian orders twelve trucks
# ending: polite-exit = Mr. Tian thanks you and leaves without buying
# ending: walks-out = Mr. Tian walks out and tells his friends
# reveal: In the real story, the farmer had farmed all his life and had just started a freight business with friends. Told that after-sales service matters most, he toured the dealers in his field clothes, and for days every showroom ignored him. One clerk gave him a seat, a cold drink and a test drive, and he ordered 12 trucks on the spot.

VAR listening = 0
VAR promise_keeping = 0
VAR ownership = 0
VAR trust = 3
VAR patience = 4

Two-forty on a July afternoon. {~The forecast said thirty-six degrees|The radio promised thirty-six degrees}, and the forecourt tarmac is soft underfoot.
Inside it is cool and quiet: six light trucks, a lounge with a leather sofa, and a banner over the door that reads "Every visitor is our guest."
The door chimes. # sfx: door-chime
A man in his sixties steps in: a sweat-stained undershirt, dusty cloth shoes, a straw hat in his hand. # actor: farmer # expression: doubtful # prompt: yes
He stops just inside, under the air-con vent, and keeps well away from you. # actor: farmer
Wei, the senior salesman, doesn't look up from his phone. # actor: clerk # expression: neutral
Don't waste your time on him. He's here for the air-con, not the trucks. # speaker: clerk
-> arrival

=== arrival ===
+ [Ask him politely if he's collecting a truck for his employer #id: arrival.ask-employer #coach: You guessed his business from his clothes, and he heard the guess. The best staff greet him first and let him say why he came. #lesson: never-judge-by-appearance]
    ~ listening -= 1
    ~ trust -= 1
    ~ patience -= 1
    Good afternoon, sir. Are you here to pick up a truck for your boss? # speaker: you
    No boss. Just me. # speaker: farmer # expression: annoyed
    He tugs at his damp undershirt and looks away. # actor: farmer
    -> cool_off
+ [Walk over, greet him, and agree it's a scorcher out there #id: arrival.greet-warmly #coach: A warm greeting and a word about the heat tell him he is welcome before he has said a thing. The best staff do this for anyone who walks in. #lesson: every-visitor-is-a-guest]
    ~ listening += 1
    ~ ownership += 1
    ~ trust += 1
    Good afternoon, sir! Hot enough to fry an egg out there, isn't it? # speaker: you
    He blinks, surprised that anyone came over. # actor: farmer # expression: surprised
    -> cool_off
+ [Give him a nod and let him cool off without crowding him #id: arrival.give-space #coach: Giving space sounds kind, but to a shy man in work clothes it feels like being ignored. The best staff walk over and greet him, then let him set the pace. #lesson: every-visitor-is-a-guest]
    ~ listening -= 1
    ~ ownership -= 1
    ~ trust -= 1
    You nod from behind the desk and go back to your screen.
    -> wei_steps_in

=== cool_off ===
~ settle()
{ trust >= 4:
    He gives you a shy half-smile and wipes his forehead with his wrist. # actor: farmer # expression: neutral
- else:
    He keeps his distance, hat pressed to his chest. # actor: farmer # expression: doubtful
}
Don't mind me. I only came in to cool off for a minute. I'll be out of your way soon. # speaker: farmer
He glances at the lounge sofa, then down at his dusty shoes.
Told you. Air-con tourist. # speaker: clerk # expression: neutral
+ [Tell him he's welcome to stand by the vent as long as he likes #id: cool-off.stay-by-vent #coach: Kind words, but he is still standing by the door like a trespasser. The best staff invite him to sit down and bring him something cold. #lesson: every-visitor-is-a-guest]
    Stay as long as you like. That vent's the best spot in the house. # speaker: you
    Thank you. I won't be long. # speaker: farmer # expression: neutral
    He stays on his feet by the door for ten minutes, careful not to touch anything.
    -> trucks
+ [Say the lounge is for customers, but the water cooler is free #id: cool-off.water-cooler #coach: The banner over the door promises that every visitor is a guest, and a polite rule just broke that promise. Offer the lounge to anyone who walks in, buying or not. #lesson: honour-what-you-printed]
    ~ listening -= 1
    ~ promise_keeping -= 1
    ~ trust -= 2
    The lounge is really for customers, I'm afraid. But the water cooler's free, help yourself. # speaker: you
    Of course. Customers. # speaker: farmer # expression: annoyed
    He drinks a paper cup of water standing up, and doesn't look at you again for a while.
    -> trucks
+ [Invite him to sit in the lounge while you fetch a cold drink #id: cool-off.invite-lounge #coach: He said he came to cool off, so you helped him cool off. Meeting the need he names, with no sales pitch, is where trust starts. #lesson: every-visitor-is-a-guest]
    ~ listening += 1
    ~ ownership += 1
    ~ trust += 1
    Come and sit in the lounge, it's the coolest spot we have. I'll bring you something cold. # speaker: you
    -> sofa

=== wei_steps_in ===
~ settle()
Five minutes pass. He is still by the door, fanning himself with his hat.
Wei strolls over, keys jingling. # actor: clerk # expression: neutral
Help you, sir? The lounge is for customers, you know. # speaker: clerk
The man's ears go red. He turns toward the door. # actor: farmer # expression: annoyed
+ [Step in, tell Wei you've got this, and offer him the lounge #id: wei-steps-in.take-over #coach: You let a guest stand ignored, then owned it before he left. Better still is to greet him the moment he walks in, so no colleague gets the chance to shoo him out. #lesson: own-it-until-handed-over]
    ~ listening += 1
    ~ ownership += 1
    ~ trust += 1
    Thanks, Wei, I've got this one. Sir, please, come and sit where it's cool. # speaker: you
    Wei shrugs and wanders off. # actor: clerk # expression: annoyed
    The man hesitates, then follows you to the lounge. # actor: farmer # expression: surprised
    -> sofa
+ [Leave it to Wei; he's senior and knows the showroom rules #id: wei-steps-in.leave-to-wei #coach: Deferring to a senior colleague let him turn a guest away in front of you. The best staff step in politely and look after the visitor themselves. #lesson: own-it-until-handed-over]
    ~ promise_keeping -= 1
    ~ ownership -= 2
    ~ trust -= 3
    You stay at the desk. Wei knows the floor better than you do.
    -> leaving
+ [Catch his eye and say he's welcome to cool off by the door #id: wei-steps-in.by-the-door #coach: You softened Wei's words but still left him standing by the door. The best staff take over from Wei and seat him in the lounge. #lesson: every-visitor-is-a-guest]
    No hurry, sir. You're welcome to cool off right there. # speaker: you
    He nods, but he doesn't move from the doormat. # actor: farmer # expression: doubtful
    -> trucks

=== sofa ===
~ settle()
He stops short of the sofa and looks down at himself. # actor: farmer # expression: doubtful
Look at the state of me. I'm soaked through. I'll spoil your nice sofa. # speaker: farmer
+ [Tell him the sofa is for guests, and today he's our guest #id: sofa.for-guests #coach: You answered his real worry, being a nuisance, and kept the promise on the banner. That is exactly what the clerk in the real story said. #lesson: every-visitor-is-a-guest]
    ~ listening += 1
    ~ promise_keeping += 1
    ~ trust += 1
    That sofa's there for our guests, sir. Anyone who walks through that door is a guest, buying or not. # speaker: you
    He lowers himself onto the sofa, slowly, and lets out a long breath. # actor: farmer # expression: pleased
    -> drink
+ [Fetch a towel to spread over the cushion so he can sit easy #id: sofa.fetch-towel #coach: Well meant, but the towel agreed with him that he is too dirty for the sofa. The best staff tell him the sofa is for guests, and he is one. #lesson: never-judge-by-appearance]
    ~ listening -= 1
    Let me put a towel down for you, so you needn't worry. # speaker: you
    He sits on the very edge of the towel, knees together. # actor: farmer # expression: neutral
    -> drink
+ [Offer him the wipe-clean chair by the service desk instead #id: sofa.plastic-chair #coach: A chair that wipes clean tells him what you think of him, and breaks the banner's promise. The best staff seat him on the sofa like any other guest. #lesson: never-judge-by-appearance]
    ~ listening -= 1
    ~ promise_keeping -= 1
    ~ trust -= 2
    Maybe the chair by the service desk? It wipes clean, so no harm done. # speaker: you
    Right. The chair. # speaker: farmer # expression: annoyed
    -> drink

=== drink ===
~ settle()
You head to the back room. A jug of iced tea is sweating in the fridge.
The desk phone rings. Wei holds up the receiver. # sfx: phone-ring
It's Mr. Han, about his delivery date. He says it's urgent. # speaker: clerk # expression: neutral # prompt: yes
+ [Take the call now; the drink can wait a couple of minutes #id: drink.call-first #coach: You told him you'd bring a drink, and the call ran fifteen minutes. The best staff ask the caller to hold for two minutes and deliver what they promised first. #lesson: three-expectations]
    ~ promise_keeping -= 1
    ~ trust -= 1
    ~ patience -= 2
    Mr. Han has a lot to say. When you hang up, fifteen minutes have gone.
    The man in the lounge is sitting very upright, staring at the door. # actor: farmer # expression: annoyed
    Sorry, sir. Here's your tea. # speaker: you
    -> trucks
+ [Ask Wei to carry the tea over to him while you take the call #id: drink.wei-carries #coach: The drink arrived, but you handed your guest to the colleague who wanted him gone. Keep it yourself: ask the caller to wait two minutes and carry the tea over. #lesson: own-it-until-handed-over]
    ~ ownership -= 1
    ~ trust -= 1
    Wei sets the glass down in front of the man without a word and walks away. # actor: clerk # expression: annoyed
    The man looks at the glass for a while before he picks it up. # actor: farmer # expression: doubtful
    -> trucks
+ [Tell Wei you'll ring back in two minutes, and take the tea over #id: drink.tea-first #coach: You kept the small promise you had just made, and gave the caller one you could keep too. Two minutes later you rang Mr. Han back, as you said. #lesson: three-expectations]
    ~ promise_keeping += 2
    ~ ownership += 1
    ~ trust += 1
    Tell Mr. Han I'll ring him back in two minutes, please. # speaker: you
    You set a tall glass of iced tea in front of the man, then call Mr. Han back, as promised.
    He drinks half of it in one go. # actor: farmer # expression: pleased
    Ah. That's better. # speaker: farmer
    -> trucks

=== trucks ===
~ settle()
{ trust >= 5:
    Cooler now, he wanders over to the trucks and runs a hand along a blue tailgate. # actor: farmer # expression: pleased # prompt: yes
- else:
    He drifts over to the trucks, hands behind his back, as if he might be told off for touching. # actor: farmer # expression: neutral # prompt: yes
}
Don't let him climb into a cab in those shoes. # speaker: clerk # expression: annoyed
+ [Let him browse in peace; nobody likes a salesperson hovering #id: trucks.browse-alone #coach: Some customers do want space, but this one keeps looking round for someone to ask. The best staff walk over and offer to explain any model, then follow his lead. #lesson: ask-before-assuming]
    ~ ownership -= 1
    You leave him to it. After a while he looks round for someone to ask.
    -> afford
+ [Walk over and offer to tell him about any truck he likes #id: trucks.offer-intro #coach: Offering to explain, with no questions about money, treats him like any other buyer. That is the move the clerk in the real story made. #lesson: never-judge-by-appearance]
    ~ listening += 1
    ~ ownership += 1
    ~ trust += 1
    See one you like? I'm happy to tell you about any of them. # speaker: you
    -> afford
+ [Bring him a brochure with the price list, then leave him be #id: trucks.brochure #coach: A price list handed over in passing says "see if you can afford it". The best staff stay and offer to explain whichever truck catches his eye. #lesson: never-judge-by-appearance]
    ~ listening -= 1
    ~ ownership -= 1
    ~ trust -= 1
    You hand him a glossy brochure, prices on the back page, and return to the desk.
    He reads the back page and puts the brochure down very carefully. # actor: farmer # expression: doubtful
    -> afford

=== afford ===
~ settle()
{ trust >= 5:
    He laughs and shakes his head. # actor: farmer # expression: pleased
- else:
    He gives a short laugh that isn't really a laugh. # actor: farmer # expression: doubtful
}
Me? A farmer like me can't afford one of these. # speaker: farmer
+ [Mention the used lot out back, where prices start much lower #id: afford.used-lot #coach: You took his remark as a fact about his wallet and sent him elsewhere. The best staff say that's fine and show him round anyway. #lesson: never-judge-by-appearance]
    ~ listening -= 1
    ~ ownership -= 1
    ~ trust -= 2
    There's a used lot round the back. Prices there start a lot lower. # speaker: you
    I see. # speaker: farmer # expression: annoyed
    -> explain
+ [Tell him about the low-deposit payment plan for farmers #id: afford.payment-plan #coach: He didn't ask how to pay; you pitched finance at a man who said he wasn't buying. The best staff say that's fine, and offer to show him round in case friends ever ask. #lesson: let-them-finish]
    ~ listening -= 1
    ~ trust -= 1
    ~ patience -= 1
    We do a low-deposit plan for farmers. Twenty percent down, and the rest over three years. # speaker: you
    He waves the idea away. # actor: farmer # expression: doubtful
    -> explain
+ [Say that's fine, and offer a tour in case a friend ever asks #id: afford.tour-anyway #coach: No pressure and no judgement: you gave him a reason to stay and learn. That is what the clerk in the real story did. #lesson: every-visitor-is-a-guest]
    ~ listening += 1
    ~ ownership += 1
    ~ trust += 1
    That's fine. Let me show you round anyway. One day a friend or a neighbour might ask you where to look. # speaker: you
    He considers that, and nods. # actor: farmer # expression: pleased
    -> explain

=== explain ===
~ settle()
{ trust <= 1 || patience <= 0:
    -> leaving
}
{ patience <= 2:
    He glances at the clock on the wall. # actor: farmer # expression: annoyed
}
He points his chin at the nearest truck. # actor: farmer
Go on, then. What makes this one any good? # speaker: farmer
+ [Ask what he'd haul, then cover load, fuel and the warranty #id: explain.ask-first #coach: Asking first meant you explained the truck he needs, and an honest word on the warranty is a promise he can hold you to. That is how the best staff explain. #lesson: ask-before-assuming]
    ~ listening += 1
    ~ promise_keeping += 1
    ~ ownership += 1
    ~ trust += 1
    What would it be carrying, mostly? # speaker: you
    Oh... sacks. Fertiliser, grain. Heavy, and a long way. # speaker: farmer # expression: neutral
    You walk him through payload, fuel on long runs, and exactly what the three-year warranty covers.
    He listens closely, nodding. # actor: farmer # expression: pleased
    -> test_drive
+ [Keep it short so he doesn't feel trapped in a sales pitch #id: explain.keep-short #coach: He asked a real question and got a slogan. The best staff ask what he'd carry, then explain what matters for that load. #lesson: ask-before-assuming]
    ~ listening -= 1
    ~ trust -= 1
    Good engine, good price, popular model. # speaker: you
    Hm. # speaker: farmer # expression: doubtful
    -> test_drive
+ [Tell him it's the best-seller and it simply never breaks down #id: explain.never-breaks #coach: "Never breaks down" is a promise no one can keep, and he knows it. Tell him honestly what the warranty and service cover instead. #lesson: three-expectations]
    ~ promise_keeping -= 1
    ~ trust -= 1
    It's our best-seller. Honestly, it never breaks down. # speaker: you
    Everything breaks down, sooner or later. # speaker: farmer # expression: doubtful
    -> test_drive

=== test_drive ===
~ settle()
He circles the truck twice, then clears his throat. # actor: farmer # expression: doubtful
Would I... be allowed to drive it? Just round the yard. # speaker: farmer
Demo truck's for real buyers. # speaker: clerk # expression: annoyed
+ [Explain drives are by appointment, and book him in for Saturday #id: test-drive.book-saturday #coach: The rule is real, but the demo truck is sitting outside, free. The best staff check the board and take him out while he's here. #lesson: act-fast]
    ~ ownership -= 1
    ~ trust -= 1
    ~ patience -= 2
    Test drives are by appointment, I'm afraid. How about Saturday at ten? # speaker: you
    -> reschedule
+ [Ask if he's thinking of buying before you take the truck out #id: test-drive.ask-if-buying #coach: Making him prove he's a buyer is judging him by his shirt. The best staff say yes and fetch the keys. #lesson: never-judge-by-appearance]
    ~ listening -= 1
    ~ ownership -= 1
    ~ trust -= 2
    Before I get the truck out, are you actually thinking of buying? # speaker: you
    He looks at you for a moment. # actor: farmer # expression: annoyed
    Just wondering. Never mind. # speaker: farmer
    -> slip_check
+ [Say you'll check with the manager first, and get back to him #id: test-drive.check-manager #coach: Asking permission for something you are allowed to do is a dodge, and he waited for it. The best staff own the yes and fetch the keys. #lesson: own-it-until-handed-over]
    ~ ownership -= 2
    ~ trust -= 1
    ~ patience -= 2
    Let me check with my manager first. I'll be right back. # speaker: you
    Ms. Fang looks up from her desk. # actor: manager # expression: surprised
    Why are you asking me? Take him out. # speaker: manager
    By the time you come back with the keys, he has been waiting fifteen minutes. # actor: farmer # expression: doubtful
    -> after_drive
+ [Say of course, fetch the keys, and bring the demo truck round #id: test-drive.fetch-keys #coach: You offered to show him the trucks, and a drive is part of that offer. Acting at once, with no questions about money, is what the best staff do. #lesson: act-fast]
    ~ promise_keeping += 1
    ~ ownership += 2
    ~ trust += 1
    Of course. Give me one minute to get the keys. # speaker: you
    -> after_drive

=== reschedule ===
~ settle()
He turns his hat round in his hands. # actor: farmer # expression: doubtful
Saturday? Saturday I'm back in the fields. # speaker: farmer
You glance at the board. The demo truck is parked out front, with nothing booked until four.
+ [Keep the Saturday slot and write the time on your card for him #id: reschedule.keep-saturday #coach: The booking rule was written for busy days, not to send away a man standing next to a free truck. The best staff take him out now. #lesson: act-fast]
    ~ ownership -= 1
    ~ trust -= 1
    Saturday at ten, then. I've written it on the back of my card. # speaker: you
    He takes the card and puts it away without reading it. # actor: farmer # expression: neutral
    -> polite_exit
+ [Say the demo's free right now after all, and take him out today #id: reschedule.drive-now #coach: You saw the free slot and changed course; recovering fast is the next best thing to getting it right first time. The best staff check the board before they quote the rule. #lesson: act-fast]
    ~ promise_keeping += 1
    ~ ownership += 1
    ~ trust += 1
    Actually, the demo truck is free right now. Shall we go? # speaker: you
    He brightens. # actor: farmer # expression: surprised
    Now? # speaker: farmer
    -> after_drive

=== after_drive ===
~ settle()
Twenty minutes later he climbs down from the cab, grinning. # actor: farmer # expression: pleased
Handles well. Better than my old tractor, that's for sure. # speaker: farmer
+ [Ask what he liked, and offer the long-bed model to compare #id: after-drive.ask-compare #coach: You asked what he liked and offered the next step he might want. The clerk in the real story offered other models too. #lesson: ask-before-assuming]
    ~ listening += 1
    ~ ownership += 1
    ~ trust += 1
    What did you like about it? If you want to compare, the long-bed model is right there. # speaker: you
    The steering. Light as anything. And the seat's good for a long day. # speaker: farmer # expression: pleased
    He pats the door, like you'd pat a good horse. # actor: farmer
    -> slip_check
+ [Start the order form for that model while he's still keen #id: after-drive.start-form #coach: He said he liked the drive, not that he was buying. Rushing to paperwork stops you hearing what he wants next; ask what he liked. #lesson: let-them-finish]
    ~ listening -= 1
    ~ trust -= 1
    ~ patience -= 1
    Shall I start the paperwork while it's fresh? # speaker: you
    Slow down. I only drove it round the yard. # speaker: farmer # expression: annoyed
    -> slip_check
+ [Thank him for coming, and say he's welcome back any time #id: after-drive.thank-him #coach: Polite, but you closed the visit just as he warmed up. The best staff ask what he liked and offer the next model. #lesson: ask-before-assuming]
    ~ ownership -= 1
    Thanks for coming in, sir. You're welcome back any time. # speaker: you
    Oh. Right. # speaker: farmer # expression: neutral
    -> slip_check

=== slip_check ===
~ settle()
{
    - patience <= 0:
        -> leaving
    - trust >= 7:
        -> slip
    - trust >= 3:
        -> polite_exit
    - else:
        -> leaving
}

=== slip ===
// He has made up his mind; he is in no hurry now.
~ patience = 10
He sits down at your desk and takes a folded slip of paper from his shirt pocket. # actor: farmer # expression: neutral
A model number, and a quantity written in pencil: twelve.
Get these ready for me, would you? I'll sign today. # speaker: farmer # expression: pleased
+ [Promise him all twelve will be ready by the end of next week #id: slip.promise-next-week #coach: You promised a date without checking stock, and now the store has to break it or scramble. Check first, then promise only what you can keep. #lesson: three-expectations]
    ~ promise_keeping -= 2
    ~ trust -= 1
    All twelve, ready by the end of next week! # speaker: you
    From her office doorway, Ms. Fang winces. # speaker: manager # expression: surprised
    We have five in stock. # speaker: manager
    -> reveal
+ [Ask, gently, whether he's sure he can finance twelve trucks #id: slip.ask-finance #coach: After all this, you still judged him by his shirt. The best staff thank him, advise him to take his time, and bring the manager in. #lesson: never-judge-by-appearance]
    ~ listening -= 1
    ~ trust -= 5
    That's a big order, sir. Are you sure the finance is in place? # speaker: you
    His face closes. # actor: farmer # expression: angry
    So you're like the rest after all. # speaker: farmer
    -> reveal
+ [Thank him, suggest he take his time, and bring Ms. Fang over #id: slip.take-your-time #coach: You were honest that a big order deserves care, and you brought the manager in while staying at his side. That is what the clerk in the real story did. #lesson: own-it-until-handed-over]
    ~ listening += 1
    ~ promise_keeping += 1
    ~ ownership += 1
    ~ trust += 1
    Twelve! Thank you. That's a big decision, though. Take your time, or drive it again first. I'll ask my manager to join us. # speaker: you
    -> reveal
+ [Wave Ms. Fang over so she can handle an order this size #id: slip.hand-to-manager #coach: Handing over is right for an order this size, but you stepped back as she stepped in. Stay at his side until the manager has taken it over. #lesson: own-it-until-handed-over]
    ~ ownership -= 1
    ~ trust -= 1
    Ms. Fang, could you come and take care of this one? # speaker: you
    He watches you step back from the desk. # actor: farmer # expression: doubtful
    -> reveal

=== reveal ===
~ settle()
{ trust < 3:
    -> leaving
}
{ trust < 6:
    He looks at you for a long moment, then folds the slip back into his pocket. # actor: farmer # expression: doubtful
    Maybe I'll think on it a while longer. # speaker: farmer
    -> polite_exit
}
He smiles at the look on your face. # actor: farmer # expression: pleased
Don't look so worried. I've thought about it plenty, and I trust this place. # speaker: farmer
I've farmed all my life. This spring, some friends and I put our savings into a freight business. # speaker: farmer
I don't know much about trucks. But everyone told me: what matters is the service after you've paid. # speaker: farmer
Dealers smile until the money's in. Then the truck breaks down and nobody answers the phone. # speaker: farmer
So I've been going round the showrooms dressed like this. Four days, and nobody gave me the time of day. # speaker: farmer
Today somebody treated me like a guest before I'd spent a penny. That tells me how I'll be treated after. # speaker: farmer
He taps the slip. # actor: farmer # expression: neutral
So tell me straight. One breaks down at night, on the road, fully loaded. What happens? # speaker: farmer
+ [Promise a mechanic will reach him within the hour, wherever he is #id: after-sales.within-hour #coach: That is the kind of promise his friends were given and saw broken. Tell him exactly what the warranty and hotline cover, and write it down. #lesson: three-expectations]
    ~ promise_keeping -= 2
    ~ trust -= 1
    Don't worry. We'll have a mechanic with you within the hour, wherever you are. # speaker: you
    Within the hour? Up a mountain road at midnight? # speaker: farmer # expression: doubtful
    -> handover
+ [Explain the warranty and roadside hotline, and write it all down #id: after-sales.write-it-down #coach: You listened for his real worry and answered it with promises the store can keep, in writing. That is the after-sales service he came looking for. #lesson: three-expectations]
    ~ listening += 1
    ~ promise_keeping += 2
    ~ ownership += 1
    ~ trust += 1
    You write it out for him: the warranty terms, the roadside hotline and its hours, and the partner garage nearest his route.
    He folds the page and puts it in his pocket with the slip. # actor: farmer # expression: pleased
    That's what I wanted to hear. # speaker: farmer
    -> handover
+ [Say the service department handles that, and give him their leaflet #id: after-sales.leaflet #coach: His biggest worry is being passed around after the sale, and you just passed him around. Answer him yourself, then introduce the service team by name. #lesson: own-it-until-handed-over]
    ~ listening -= 1
    ~ ownership -= 1
    ~ trust -= 1
    That's our service department. Their leaflet has all the details. # speaker: you
    He turns the leaflet over without reading it. # actor: farmer # expression: doubtful
    -> handover

=== handover ===
~ settle()
Ms. Fang, the manager, arrives at the desk and reads the slip twice. # actor: manager # expression: surprised
Wei is right behind her, all smiles. # actor: clerk # expression: pleased
I'll take the paperwork from here. Big orders need someone senior. # speaker: clerk
+ [Introduce him to Ms. Fang, and stay with him through the paperwork #id: handover.stay-with-him #coach: You handed over visibly and stayed his contact until the paperwork was done. Ownership means he never has to wonder who is looking after him. #lesson: own-it-until-handed-over]
    ~ promise_keeping += 1
    ~ ownership += 2
    ~ trust += 1
    Ms. Fang, this is Mr. Tian. I'll see the paperwork through with him, and I'll be his contact afterwards. # speaker: you
    Ms. Fang nods, and Wei finds something to do elsewhere. # actor: manager # expression: pleased
    -> finale
+ [Let Wei take over; he's closed far more big orders than you #id: handover.let-wei #coach: You handed your customer to the colleague who said he wasn't worth your time. Stay with him until the manager has visibly taken over. #lesson: own-it-until-handed-over]
    ~ ownership -= 2
    ~ trust -= 4
    Wei slides into your chair. # actor: clerk # expression: pleased
    Him? He's the one who said I wasn't worth your time. # speaker: farmer # expression: angry
    -> finale
+ [Offer him five percent off as a thank-you, before the paperwork starts #id: handover.thank-you-discount #coach: A discount you had no authority to give is a promise the store must now honour or break. Leave pricing to the manager and stay with him through the paperwork. #lesson: three-expectations]
    ~ promise_keeping -= 2
    ~ trust -= 1
    And as a thank-you, five percent off the lot! # speaker: you
    Ms. Fang's smile tightens. # speaker: manager # expression: annoyed
    That's not yours to offer. # speaker: manager
    -> finale

=== finale ===
~ settle()
{ trust >= 6:
    He signs, slowly and carefully, on every line. # sfx: till-beep
    Look after my trucks the way you looked after me today. # speaker: farmer # expression: pleased
    Ms. Fang walks him out into the heat, then comes back to your desk. # actor: manager # expression: pleased
    Twelve trucks. Because somebody offered a sweaty stranger a seat. # speaker: manager
    Over the door, the banner still reads "Every visitor is our guest." Wei doesn't look at it.
    # outcome: big-order
    -> END
- else:
    He looks from Wei to Ms. Fang, then folds the slip back into his pocket. # actor: farmer # expression: doubtful
    I'll talk it over with my partners first. # speaker: farmer
    He thanks you politely and goes out into the heat. He doesn't come back. # sfx: door-chime
    Twelve trucks, and we let them walk out of the door. # speaker: manager # expression: doubtful
    # outcome: polite-exit
    -> END
}

=== polite_exit ===
~ settle()
He puts his straw hat back on. # actor: farmer # expression: neutral
Thanks for letting me cool off. I'd best be going. # speaker: farmer
+ [Offer five percent off if he signs today, so the trip isn't wasted #id: see-off.discount-today #coach: A discount to hurry a man into signing pressures him and cheapens your word. The best staff see him out warmly and leave the door open. #lesson: every-visitor-is-a-guest]
    ~ listening -= 1
    ~ promise_keeping -= 1
    Before you go: five percent off if you sign today? # speaker: you
    He smiles thinly. # actor: farmer # expression: doubtful
    No, thank you. # speaker: farmer
    -> polite_goodbye
+ [Walk him to the door, give him your card, and invite him back #id: see-off.walk-to-door #coach: A warm goodbye costs nothing and leaves the door open. The best staff do this for every visitor, buying or not. #lesson: every-visitor-is-a-guest]
    ~ listening += 1
    ~ ownership += 1
    You walk him to the door and hand him your card. # speaker: you
    Come back whenever it's hot out, sir. # speaker: you
    He tips his hat to you. # actor: farmer # expression: pleased
    -> polite_goodbye
+ [Wish him a good afternoon from the desk and get back to work #id: see-off.wave-from-desk #coach: Polite, but he leaves the way he came in: alone. The best staff walk a guest to the door and invite him back. #lesson: every-visitor-is-a-guest]
    ~ ownership -= 1
    Good afternoon, sir! # speaker: you
    He lets himself out. # actor: farmer # expression: neutral
    -> polite_goodbye

=== polite_goodbye ===
The door chimes behind him, and the heat swallows him up. # sfx: door-chime
Ms. Fang comes out of her office. # actor: manager # expression: neutral
Who was that? # speaker: manager
In his shirt pocket, still folded, is a slip of paper with a model number and the figure twelve. Tomorrow he'll try one more dealer.
# outcome: polite-exit
-> END

=== leaving ===
// He is done waiting.
~ patience = 0
He puts his hat back on and heads for the door without a word. # actor: farmer # expression: annoyed
+ [Let him go; chasing after him now would only embarrass him #id: door.let-him-go #coach: Letting a guest leave unacknowledged is how he was treated everywhere else. Even at the door, the best staff catch him with a kind word and a cold drink. #lesson: every-visitor-is-a-guest]
    ~ listening -= 1
    ~ ownership -= 1
    -> walked_out
+ [Hurry after him with a bottle of cold water for the road #id: door.water-for-road #coach: A late kindness can't undo the ones you skipped, but it changes what he remembers. Better still is to make him welcome from the moment he walks in. #lesson: every-visitor-is-a-guest]
    ~ listening += 1
    ~ ownership += 1
    ~ trust += 2
    Sir! Take this for the road. It's murderous out there. # speaker: you
    -> caught_at_door
+ [Call after him that the summer sale prices end this Sunday #id: door.sale-ends #coach: A sales line shouted at his back tells him he was only ever a number. The best staff go after him with a kind word, not a pitch. #lesson: every-visitor-is-a-guest]
    ~ promise_keeping -= 1
    ~ ownership -= 1
    Summer sale ends Sunday, sir! # speaker: you
    He doesn't turn round. # actor: farmer # expression: angry
    -> walked_out

=== caught_at_door ===
~ settle()
{ trust >= 3:
    He stops, surprised, and takes the bottle. # actor: farmer # expression: surprised
    Thank you. That's kind. # speaker: farmer
    -> polite_goodbye
}
He takes the bottle without meeting your eye, and keeps walking. # actor: farmer # expression: doubtful
-> walked_out

=== walked_out ===
The door swings shut behind him. # sfx: door-chime
Ms. Fang looks up from her office. # actor: manager # expression: neutral
Who was that? # speaker: manager
Nobody. Just a farmer. # speaker: clerk # expression: neutral
That night, at a {~roadside noodle stall|dumpling stall by the freight yard}, he tells his two partners about the showroom with the banner over the door. # speaker: farmer # expression: angry
Same as all the others. We'll keep looking. # speaker: farmer
In his shirt pocket is a slip of paper with a model number, and the figure twelve.
# outcome: walks-out
-> END

=== function settle() ===
~ trust = MAX(0, MIN(10, trust))
~ patience = MAX(0, MIN(10, patience))
