# title: Two bottles for three yuan
# summary: A newspaper ad promised more than the store meant to. Face the angry queue at the till, then decide as the manager what the store's word is worth.
# role: Cashier at till 3, then the manager on duty, at a newly opened hypermarket
# setting: hypermarket-checkout
# minutes: 12
# order: 3
# customer: shopper
# cast: shopper = Mrs. Zhou, a customer with the morning paper
# cast: queue = The queue
# cast: cashier = Lina, your colleague at till 4
# cast: manager = Mr. Gao, the manager on duty
# ending: praised = The queue calms down and praises the store
# ending: grudging-refund = The store pays up, grudgingly
# ending: angry-crowd = The crowd leaves angry
# reveal: In the real story, a new hypermarket's newspaper ad lost a price by mistake and read as two juices for 3 yuan. Cashiers held to 7, and shoppers cried "word games" until the manager heard the whole story, said the mistake was the store's and charged 3 yuan for the pair. Staff restocked, fixed the signs and the ad, and apologised. The store lost money that day, and won trust and free word of mouth.

VAR listening = 0
VAR promise_keeping = 0
VAR ownership = 0
VAR trust = 4
VAR patience = 6

// Trust is Mrs. Zhou's; patience is the queue's. Both move in steps of 2 through mood(), between 0 and 10.
// Each knot with a decision opens with an invisible fallback choice (+ -> go). It makes the saved
// story state the same however the player arrived, so the analyzer can merge paths and stay fast.

Saturday morning, the hypermarket's first week open. Every till has a queue, and the floor still smells of fresh paint. # sfx: door-chime
You are on till 3. Lina, on till 4, started the same week you did.
The promotion sheet is taped under your screen: buy a Golden Orange juice at 7 yuan, and get an Apple Fresh juice, worth 3 yuan, free.
Mrs. Zhou, a retired teacher from across town, puts one orange and one apple juice on the belt, and lays a folded newspaper on top.
The till beeps. Seven yuan. # sfx: till-beep
Seven? Your advert says three. It's right here in today's paper. # speaker: shopper # expression: doubtful
-> paper

=== paper ===
+ -> go
= go
She taps the page with one finger. {~Behind her, a man shifts his basket to the other arm.|Behind her, a teenager sighs at his phone.}
I took two buses for this. Three yuan for the pair, it says. I'm not making it up. # speaker: shopper
+ [Explain the offer politely: the orange is 7 yuan, and the apple juice is free #id: ad.explain-offer #coach: You answered before you looked at what she was holding. Read her ad first; what the store printed is what she is holding you to. #lesson: never-argue]
    ~ listening -= 1
    ~ promise_keeping -= 1
    ~ mood(-2, 0)
    It's 7 yuan for the orange, madam, and the apple one is our gift. That's the promotion. # speaker: you
    That's not what it says here. Did you even look? # speaker: shopper # expression: annoyed
    -> murmur
+ [Ask to see her newspaper, and read the ad through with her, line by line #id: ad.read-together #coach: Right: she was showing you the problem. Reading it with her tells her you take her seriously, and shows you what the store actually promised. #lesson: let-them-finish]
    ~ listening += 2
    ~ ownership += 1
    ~ mood(2, 0)
    May I see? Let's read it together. # speaker: you
    She turns the paper round and runs her finger along the line.
    There. Read it for yourself. # speaker: shopper # expression: neutral
    -> murmur
+ [Ask her to step to one side for a moment so the queue can keep moving #id: ad.step-aside #coach: Parking the first person with a problem only moves the problem down the queue. Deal with her now: look at the ad, then call for help if you need it. #lesson: own-it-until-handed-over]
    ~ listening -= 1
    ~ ownership -= 1
    ~ mood(-2, -2)
    Could you step to one side for a moment? I'll just serve the others first. # speaker: you
    Step aside? I was first in this queue. # speaker: shopper # expression: angry
    -> murmur

=== murmur ===
+ -> go
= go
The ad reads: "Buy one Golden Orange juice, get one Apple Fresh juice (3 yuan)." There is no 7 anywhere on it.
Read that way, the pair costs 3 yuan. Your sheet says 7. Somebody made a mistake, and it wasn't her.
Behind Mrs. Zhou, three more shoppers hold up the same page. # sfx: crowd-murmur
{
- trust >= 4:
    You see? I read it the way anyone would. # speaker: shopper # expression: doubtful
- else:
    Everyone here read it the same way. Are we all stupid? # speaker: shopper # expression: angry
}
Lina leans across from till 4 and lowers her voice.
Don't start anything. Rules are rules: the till says 7, we charge 7. # speaker: cashier # expression: doubtful
+ [Tell the queue you can see the problem, and radio the manager right away #id: queue.call-now #coach: Good: you admitted the mismatch and escalated at once, without arguing. Saying you'll stay with them means nobody feels dropped. #lesson: act-fast]
    ~ listening += 1
    ~ ownership += 2
    ~ mood(0, 2)
    You're right, the ad and the till don't match. I'm calling the manager now, and I'll stay right here with you. # speaker: you
    -> radio
+ [Back Lina up: the till sets the price, and you're not allowed to change it #id: queue.back-lina #coach: Standing by a colleague felt loyal, but "the till decides" is hiding behind a rule. Keep the price as it is and call the manager now; that is how you back Lina up. #lesson: own-it-until-handed-over]
    ~ promise_keeping -= 1
    ~ ownership -= 1
    ~ mood(-2, -2)
    My colleague's right, I'm afraid. The till sets the price, and I can't change it. # speaker: you
    So the paper says one thing and the till decides. Lovely. # speaker: queue # expression: angry
    -> radio
+ [Keep scanning, and ask everyone holding the paper to wait to one side #id: queue.keep-scanning #coach: Half the queue has the same problem, so it won't wait politely. When one complaint is really twenty, call the manager straight away. #lesson: act-fast]
    ~ listening -= 1
    ~ ownership -= 1
    ~ mood(0, -2)
    If you're here for the newspaper offer, please wait to one side. I'll keep things moving for everyone else. # speaker: you
    Half your queue is here for the newspaper offer! # speaker: queue # expression: annoyed
    -> radio

=== radio ===
+ -> go
= go
The queue now reaches back past the bakery. # sfx: crowd-murmur
{
- patience >= 6:
    Is this going to take long? # speaker: queue # expression: doubtful
- else:
    What's the hold-up up there? Some of us have work! # speaker: queue # expression: annoyed
}
{
- trust >= 4:
    I'll wait. But I'm not paying 7 for something you advertised at 3. # speaker: shopper # expression: doubtful
- else:
    Well? Are you going to do something, or just stand there? # speaker: shopper # expression: annoyed
}
You unclip the radio from under the counter.
+ [Report a complaint at till 3, and ask the manager to come when he's free #id: radio.when-free #coach: "A complaint" sounds like one grumpy customer, so the manager finishes his delivery first. Tell him what it is and how many are waiting, and he'll come now. #lesson: act-fast]
    ~ listening -= 1
    ~ mood(0, -2)
    Till 3 here. I've got a customer complaint. Could you come over when you have a minute? # speaker: you
    I'm unloading a delivery. Ten minutes, maybe fifteen. # speaker: manager # expression: neutral
    -> wait
+ [Close the till and go to find the manager yourself, so he hears it in person #id: radio.go-find #coach: Walking away to fetch help leaves the queue with no one. Stay with them and use the radio; the problem is yours until the manager is standing at your till. #lesson: own-it-until-handed-over]
    ~ ownership -= 2
    ~ mood(-2, -4)
    You flip the sign to TILL CLOSED and hurry off towards the office.
    -> abandoned
+ [Give the manager the whole picture over the radio, and ask him to come now #id: radio.whole-picture #coach: Right: the ad, the price, how many are waiting. With the whole picture he knows to drop everything, and he doesn't arrive knowing nothing. #lesson: act-fast]
    ~ listening += 1
    ~ ownership += 2
    ~ mood(0, 2)
    Till 3. Today's ad reads as two juices for 3 yuan, but the till charges 7. Half my queue has the paper. I need you here now. # speaker: you
    Understood. Two minutes. Keep them with you. # speaker: manager # expression: neutral
    -> wait

=== abandoned ===
You find Mr. Gao in the loading bay, signing for pallets.
Give me five minutes. Go back to your till. # speaker: manager # expression: neutral
When you get back, the queue has doubled, and your sign is still on the belt. # sfx: crowd-murmur
You just walked off! We thought you'd gone home. # speaker: queue # expression: angry
-> wait

=== wait ===
+ -> go
= go
{
- trust >= 4:
    I'm not trying to cheat anyone. I read what you printed, that's all. # speaker: shopper # expression: doubtful
- else:
    So this is how it works. Print one thing, charge another. # speaker: shopper # expression: angry
}
Word games! That's all this is. # speaker: queue # expression: annoyed
While we wait, tell me straight. Is your store going back on its word, or are you saying I can't read? # speaker: shopper
+ [Explain that the 3 yuan in brackets is only the value of the free apple juice #id: wait.bracket-meaning #coach: That is exactly the word game she accused you of. Don't argue about what the ad "really" means; say sorry for the confusion and let the manager decide. #lesson: no-word-games]
    ~ listening -= 1
    ~ promise_keeping -= 2
    ~ mood(-4, -2)
    See the brackets? The 3 yuan is what the apple juice is worth. You still pay for the orange. # speaker: you
    So now it's a grammar lesson. Unbelievable. # speaker: shopper # expression: angry
    -> arrival
+ [Offer her a 5-yuan voucher for her next visit if she pays the 7 today #id: wait.voucher #coach: A voucher to make the complaint go away tells her the ad was never meant seriously. Don't buy her off; tell her the manager is coming to decide about the ad itself. #lesson: honour-what-you-printed]
    ~ promise_keeping -= 1
    ~ ownership -= 1
    ~ mood(-2, 0)
    How about this: pay the 7 today, and I'll give you a 5-yuan voucher for next time. # speaker: you
    I don't want a voucher. I want what your paper says. # speaker: shopper # expression: annoyed
    -> arrival
+ [Tell her kindly that prices are set by head office, so it isn't your call #id: wait.not-my-call #coach: True, but it sounds like "not my problem". Say what you can do: you've called the manager, you'll stay with her, and nobody will lose their place. #lesson: own-it-until-handed-over]
    ~ ownership -= 2
    ~ mood(-2, -2)
    I'm really sorry, but prices come from head office. It isn't my call. # speaker: you
    Then whose call is it? Somebody in this building must be in charge. # speaker: shopper # expression: annoyed
    -> arrival
+ [Say sorry for the muddle, and take the names of everyone with the paper #id: wait.sorry-and-list #coach: Right: an apology with no argument about the wording, and the list shows the whole queue you're handling it. The manager decides; you keep them. #lesson: apologise-first]
    ~ listening += 2
    ~ promise_keeping += 1
    ~ ownership += 1
    ~ mood(2, 2)
    I'm sorry. You read it the way anyone would, and I won't argue about what it means. The manager will decide. # speaker: you
    Meanwhile, let me write down who has the paper, so nobody loses their place. # speaker: you
    She gives her name, and the man behind her spells his.
    Well. At least somebody's writing it down. # speaker: shopper # expression: neutral
    -> arrival

=== arrival ===
+ -> go
= go
{
- patience >= 6:
    Mr. Gao arrives at a half-run, the radio still in his hand.
- else:
    It is a long while before Mr. Gao pushes through the crowd. Two baskets stand abandoned by the till. # sfx: crowd-murmur
}
What's going on here? # speaker: manager # expression: surprised
{
- trust >= 6:
    Good. Someone who can decide. # speaker: shopper # expression: neutral
- else:
    Are you in charge? Then you can explain this. # speaker: shopper # expression: angry
}
+ [Brief him in front of Mrs. Zhou: the ad, the till price, and who is waiting #id: handover.brief-in-front #coach: Good handover: everything he needs, said in front of her, so she doesn't have to start again. You let go only once he has clearly taken over. #lesson: own-it-until-handed-over]
    ~ listening += 1
    ~ ownership += 2
    ~ mood(2, 0)
    Mrs. Zhou brought in today's paper. The ad reads as two juices for 3 yuan, but the till charges 7. # speaker: you
    Six more people are waiting with the same page. I'll stay right here until you've got it. # speaker: you
    That's it exactly. # speaker: shopper # expression: neutral
    -> switch
+ [Take him aside, and warn him these people are trying it on with a misprint #id: handover.warn-aside #coach: She read what the store printed; nobody is trying it on. Brief him in front of her, with the facts and without guessing at motives. #lesson: ask-before-assuming]
    ~ listening -= 2
    ~ promise_keeping -= 1
    ~ mood(-4, -2)
    Between us, they're trying it on. Everyone knows what the offer really is. # speaker: you
    Trying it on? I'm standing right here. # speaker: shopper # expression: angry
    -> switch
+ [Hand him the newspaper, say she's all his, and go back to your till #id: handover.all-yours #coach: He arrives knowing nothing, so she has to start from the beginning. Brief him in front of her, then step back once he has clearly taken over. #lesson: own-it-until-handed-over]
    ~ listening -= 1
    ~ ownership -= 1
    ~ mood(-2, 0)
    Something about the juice ad. She's all yours. # speaker: you
    Mr. Gao looks at the paper, then at the queue. He has no idea where to start.
    -> switch

=== switch ===
Mr. Gao's radio crackles again: another shopper at the front door, holding the same newspaper.
Now you change places. For the rest of this encounter, you are Mr. Gao, the manager on duty.
The till, the queue and the decision are yours, and so is everything that follows from it.
-> hearing

=== hearing ===
+ -> go
= go
Mrs. Zhou, the queue and Lina all start talking at once. # sfx: crowd-murmur
{
- trust >= 6:
    Here, manager. Read it for yourself. # speaker: shopper # expression: neutral
- else:
    I've explained this three times already. Do I have to start again? # speaker: shopper # expression: angry
}
Lina waves the promotion sheet from head office.
It says 7, sir. In black and white. # speaker: cashier # expression: doubtful
+ [Take the cashiers aside first, to hear the store's side before anyone else's #id: hear.staff-first #coach: A staff huddle in front of an angry queue looks like getting your story straight. Hear the customer first, out loud, then check the paperwork with your staff. #lesson: let-them-finish]
    ~ listening -= 1
    ~ mood(-2, -2)
    Lina, a word over here, please. # speaker: you
    Getting their story straight. # speaker: queue # expression: annoyed
    -> compare
+ [Say you heard most of it on the radio, and move straight on to a decision #id: hear.enough #coach: A radio call is not her story. Let her tell it once, from the start, and check the ad against the sheet before you decide anything. #lesson: ask-before-assuming]
    ~ listening -= 2
    ~ mood(-2, 0)
    I heard most of it on the radio. Let's not go over it all again. # speaker: you
    You haven't heard a word from me yet. # speaker: shopper # expression: annoyed
    -> compare
+ [Ask Mrs. Zhou to tell it her way, then lay the ad beside Lina's sheet #id: hear.her-words #coach: Right: she tells it once without being interrupted, and then you check the facts side by side. Now you know exactly what went wrong. #lesson: let-them-finish]
    ~ listening += 2
    ~ ownership += 1
    ~ mood(2, 0)
    Mrs. Zhou, tell me from the start. Take your time. # speaker: you
    She tells it all: the paper at breakfast, two buses, the till saying 7. You don't interrupt once.
    That's all. I just want what it says. # speaker: shopper # expression: neutral
    -> compare

=== compare ===
+ -> go
= go
Side by side, the mistake is plain.
The sheet says: "Buy one Golden Orange (7 yuan), get one Apple Fresh (worth 3 yuan) free."
The ad lost the 7 and the word "free". What is left reads as two bottles for 3 yuan. The store typed it; she read what it printed.
{
- patience >= 6:
    Well? What's it going to be? # speaker: queue # expression: doubtful
- else:
    Just tell us! Are you keeping your word or not? # speaker: queue # expression: angry
}
{
- trust >= 6:
    So you see it too. # speaker: shopper # expression: neutral
- else:
    Go on, then. Tell me I misread it. # speaker: shopper # expression: angry
}
Lina leans in and whispers.
If we give in, we lose 4 yuan on every pair. # speaker: cashier # expression: doubtful
+ [Tell the queue you must ring head office for approval, and ask them to wait #id: decide.ring-head-office #coach: "Let me ask my boss" is a dodge when the answer is already clear. The ad is the store's promise and you run this floor, so decide now and explain upwards later. #lesson: own-it-until-handed-over]
    ~ ownership -= 1
    ~ mood(0, -4)
    I'll need to ring head office about this. Please bear with me a few minutes. # speaker: you
    A few minutes? We've been here half an hour! # speaker: queue # expression: angry
    -> head_office
+ [Decide now: the error is the store's, so the ad stands, two bottles for 3 yuan #id: decide.stand-by-ad #coach: That is what the real manager did. The loss on the juice is small next to a name for keeping your word, and deciding at once stops the anger growing. #lesson: honour-what-you-printed]
    ~ promise_keeping += 3
    ~ ownership += 2
    ~ mood(2, 2)
    The mistake is ours, not yours. We printed it, so we'll honour it: two bottles for 3 yuan. # speaker: you
    -> pushback
+ [Quietly let Mrs. Zhou have her pair for 3 yuan, so that things settle down #id: decide.just-her #coach: A private deal for the loudest customer breaks the promise to everyone else, and they're watching. What the ad promised one reader, it promised them all. #lesson: honour-what-you-printed]
    ~ listening -= 1
    ~ promise_keeping -= 1
    ~ mood(-2, -2)
    Take the pair for 3 yuan, madam. Let's keep this between ourselves. # speaker: you
    -> seen
+ [Set out what the offer really was: the orange at 7, and the apple juice free #id: decide.explain-offer #coach: Explaining what you meant is the word game the queue is already angry about. The ad is what the store said, so honour it and fix the ad. #lesson: no-word-games]
    ~ listening -= 1
    ~ promise_keeping -= 3
    ~ mood(-4, -4)
    Let me clear this up. The offer was always the orange at 7, with the apple juice free. # speaker: you
    -> uproar

=== pushback ===
+ -> go
= go
{
- trust >= 8:
    Thank you. That's all I wanted. # speaker: shopper # expression: pleased
- else:
    Well. We'll see. # speaker: shopper # expression: doubtful
}
Your phone buzzes. Head office has already heard. # sfx: phone-ring
"Who said 3 yuan? Finance says we lose 4 yuan on every pair. Put it back to 7."
{
- patience >= 6:
    Shh! He's on the phone to head office. # speaker: queue # expression: doubtful
- else:
    Is he backing out already? # speaker: queue # expression: annoyed
}
+ [Agree to go back to 7 for everyone who hasn't reached a till yet #id: pushback.switch-back #coach: Half the queue heard you promise 3 yuan; taking it back now is breaking your word twice. Explain the decision upwards and keep it. #lesson: honour-what-you-printed]
    ~ promise_keeping -= 2
    ~ ownership -= 1
    ~ mood(-4, -4)
    Understood. From the next customer on, it's back to 7. # speaker: you
    He promised! You all heard him promise! # speaker: queue # expression: angry
    -> aftermath
+ [Offer a cut-off: 3 yuan until noon, then back to 7, with a sign up #id: pushback.noon-cutoff #coach: A deadline the ad never printed is new small print. Honour what was printed while it runs, and stop the mistake at its source. #lesson: honour-what-you-printed]
    ~ promise_keeping -= 1
    ~ mood(-2, 0)
    Let's say 3 yuan until noon, then back to 7. I'll put a sign on the door. # speaker: you
    -> honour
+ [Hear finance out, then tell them the ad stands: the word has been given #id: pushback.keep-word #coach: Right: you listened to the cost, then stood by the decision and owned it upwards. A promise kept only until someone complains isn't a promise. #lesson: honour-what-you-printed]
    ~ listening += 1
    ~ promise_keeping += 2
    ~ ownership += 1
    I hear you on the cost. But the ad was ours, and I've given our word in front of the whole queue. # speaker: you
    I'll put it all in writing for you tonight. # speaker: you
    -> honour

=== head_office ===
+ -> go
= go
You ring head office. It rings, and rings. # sfx: phone-ring
A recording says the office reopens at two o'clock.
Twenty people in the queue now, sir. # speaker: cashier # expression: annoyed
+ [Hang up and decide yourself: the ad is the store's, so two bottles for 3 yuan #id: head-office.decide-now #coach: A late but right call. Next time decide first; you had all the facts and the authority of the manager on the floor. #lesson: act-fast]
    ~ promise_keeping += 2
    ~ ownership += 1
    ~ mood(2, 0)
    Sorry to keep you waiting. Our ad, our mistake: two bottles for 3 yuan. # speaker: you
    -> honour
+ [Keep holding for head office, and have the tills serve everyone else meanwhile #id: head-office.keep-holding #coach: Every minute on hold is another basket left at the till. Head office would have said what you already knew: honour it, and do it now. #lesson: act-fast]
    ~ ownership -= 2
    ~ mood(0, -4)
    You keep the phone to your ear. Twenty minutes later, a regional manager calls back: "Honour it, obviously."
    By then, a dozen full baskets stand abandoned by the tills.
    -> honour
+ [Take names and numbers, and promise to phone everyone once head office decides #id: head-office.take-numbers #coach: A callback promise sends people home with nothing, on the day the ad named. Decide on the floor; you have the facts and the authority. #lesson: act-fast]
    ~ promise_keeping -= 1
    ~ ownership -= 1
    ~ mood(-2, -2)
    Leave me your names and numbers. I'll ring each of you as soon as head office decides. # speaker: you
    Ring us? The ad is for today! # speaker: shopper # expression: angry
    -> aftermath

=== seen ===
+ -> go
= go
A man two places back has seen everything. # sfx: crowd-murmur
Hold on. Why does she get it for 3 and I pay 7? # speaker: queue # expression: angry
+ [Explain that she raised it first, so hers was a goodwill gesture, not the offer #id: seen.goodwill #coach: Now the store has two prices for the same ad, and everyone can see it. Whatever you give one reader of the ad, give everyone. #lesson: honour-what-you-printed]
    ~ listening -= 1
    ~ promise_keeping -= 2
    ~ mood(-2, -4)
    She raised it first, sir. That was a goodwill gesture, not the offer. # speaker: you
    Goodwill for her, word games for us. # speaker: queue # expression: angry
    -> aftermath
+ [Give the 3-yuan price only to people who can show you the newspaper #id: seen.paper-only #coach: A condition the ad never mentioned is new small print. The ad was public, so honour it for everyone who asks. #lesson: honour-what-you-printed]
    ~ promise_keeping -= 1
    ~ ownership += 1
    ~ mood(0, -2)
    Fair point. Anyone who shows me the ad pays 3 yuan for the pair. # speaker: you
    I left mine on the bus! # speaker: queue # expression: annoyed
    -> honour
+ [Admit that it wasn't fair, and give everyone the 3-yuan price the ad promised #id: seen.everyone #coach: A good recovery: you owned the unfairness out loud. Next time say it to the whole queue from the start, not in a whisper to one customer. #lesson: honour-what-you-printed]
    ~ listening += 1
    ~ promise_keeping += 2
    ~ mood(0, 2)
    You're right, that wasn't fair. The ad was for everyone: two bottles for 3 yuan. # speaker: you
    -> honour

=== uproar ===
+ -> go
= go
The queue erupts. # sfx: crowd-murmur
Word games! You print one thing and charge another! # speaker: queue # expression: angry
A man leaves his basket on the belt and walks out. Someone near the back is filming on a phone.
{
- trust >= 4:
    I only wanted what you printed. # speaker: shopper # expression: annoyed
- else:
    I'll tell every family in my building about this place. # speaker: shopper # expression: angry
}
+ [Offer everyone a 3-yuan voucher for their trouble, but keep the juice at 7 #id: uproar.voucher #coach: A voucher pays people to forget the promise, and they can tell. Honour the ad itself; it costs about the same and wins them back. #lesson: honour-what-you-printed]
    ~ promise_keeping -= 1
    ~ ownership -= 1
    ~ mood(-2, 0)
    Everyone gets a 3-yuan voucher for the inconvenience. The juice stays at 7. # speaker: you
    A voucher. For being lied to. # speaker: shopper # expression: angry
    -> aftermath
+ [Stop, admit you got it wrong, and honour the ad: two bottles for 3 yuan #id: uproar.back-down #coach: Backing down late is much better than never, and saying sorry for arguing helps. The same words at the start would have spared everyone the scene. #lesson: honour-what-you-printed]
    ~ promise_keeping += 2
    ~ ownership += 1
    ~ mood(2, 2)
    I was wrong to argue. We printed it, so we'll honour it: two bottles for 3 yuan. I'm sorry. # speaker: you
    Now you say so. # speaker: shopper # expression: doubtful
    -> honour
+ [Stay calm, and repeat that the offer is as designed and nobody has to buy #id: uproar.hold-line #coach: Calm words can't rescue a broken promise. What the store printed is what the store owes; say so, and honour it. #lesson: never-argue]
    ~ listening -= 1
    ~ promise_keeping -= 2
    ~ ownership -= 1
    ~ mood(-4, -4)
    I understand you're upset. The offer is as designed, and nobody has to buy. # speaker: you
    -> aftermath

=== aftermath ===
+ -> go
= go
Half the queue has gone. Baskets of orange juice stand abandoned by the tills. # sfx: crowd-murmur
We're going across the road. At least they mean what they print. # speaker: queue # expression: angry
What do we do with all these baskets, sir? # speaker: cashier # expression: doubtful
Mrs. Zhou heads for the exit, the newspaper tucked under her arm.
I'm done here. # speaker: shopper # expression: angry
+ [Catch her at the door, apologise, and ring up her pair for 3 yuan #id: aftermath.catch-her #coach: Better late than never: you apologised and kept the printed word for her. The rest of the queue has already gone home with the story, though. #lesson: apologise-first]
    ~ listening += 1
    ~ promise_keeping += 1
    ~ ownership += 1
    ~ mood(2, 2)
    Mrs. Zhou, wait. I'm sorry. You read our ad correctly. Two bottles, 3 yuan; I'll ring them up myself. # speaker: you
    It shouldn't have taken all this. # speaker: shopper
    -> doorway
+ [Let her go, and get the abandoned baskets back onto the shelves #id: aftermath.restock-baskets #coach: The shelves can wait; the customer leaving angry can't. Catch her, apologise, and keep the ad's word while she's still in the building. #lesson: own-it-until-handed-over]
    ~ ownership -= 1
    ~ mood(-2, 0)
    You let the door close behind her and start lifting baskets.
    -> doorway
+ [Hand her a feedback card, so she can take her complaint to head office #id: aftermath.feedback-card #coach: A feedback card passes her anger upstairs instead of dealing with it. You are the manager on the floor; apologise and fix it yourself, now. #lesson: own-it-until-handed-over]
    ~ listening -= 1
    ~ ownership -= 2
    ~ mood(-2, -2)
    If you'd like to complain, head office reads every one of these. # speaker: you
    She drops the card in the bin by the door.
    -> doorway

=== doorway ===
+ -> go
= go
More shoppers keep coming in through the doors, each with the same newspaper. # sfx: door-chime
What do I tell the new ones, sir? # speaker: cashier # expression: doubtful # prompt: yes
+ [Put a notice at the door: today's ad was a misprint, and the real offer is 7 yuan #id: doorway.misprint-notice #coach: Honest about the error, but it still cancels a promise the store printed. Honour the ad while it runs, and correct it for the future. #lesson: honour-what-you-printed]
    ~ promise_keeping -= 1
    ~ ownership += 1
    ~ mood(0, -2)
    You tape a notice to the door: MISPRINT IN TODAY'S AD. OFFER IS 7 YUAN, APPLE JUICE FREE.
    So they print a mistake and we pay for it. # speaker: queue # expression: annoyed
    -> signs
+ [Tell every till: from now on, anyone with the ad pays 3 yuan for the pair #id: doorway.honour-now #coach: Late, but right: from here on the store keeps its printed word. The people who already left took the story with them, so next time decide at the start. #lesson: honour-what-you-printed]
    ~ promise_keeping += 1
    ~ ownership += 1
    ~ mood(2, 2)
    Lina, tell every till: anyone with today's ad pays 3 yuan for the pair. # speaker: you
    Oh. Well, that's fair, at least. # speaker: queue # expression: neutral
    -> signs
+ [Say nothing at the door, and let the tills explain the price one by one #id: doorway.say-nothing #coach: Every new arrival now has to fight the same fight at the till. Decide once, tell everyone, and fix the ad at its source. #lesson: act-fast]
    ~ listening -= 1
    ~ promise_keeping -= 1
    ~ ownership -= 1
    ~ mood(-2, -2)
    Just tell them at the till, like before. # speaker: you
    Seven? But the paper says three! # speaker: queue # expression: angry
    -> signs

=== honour ===
+ -> go
= go
So it's 3 yuan a pair, at every till? # speaker: cashier # expression: surprised
At every till. # speaker: you
{
- trust >= 8:
    Three yuan. Just like it said. # speaker: shopper # expression: pleased
- trust >= 4:
    Well. Good. # speaker: shopper # expression: doubtful
- else:
    It took you long enough. # speaker: shopper # expression: annoyed
}
{
- patience >= 8:
    Did he say three? # speaker: queue # expression: surprised # prompt: yes
- patience >= 4:
    What did he say? We can't hear at the back! # speaker: queue # expression: doubtful # prompt: yes
- else:
    About time. Now can we pay and go? # speaker: queue # expression: angry # prompt: yes
}
+ [Say the paper's typesetter dropped a line, but the store will be generous #id: announce.blame-printer #coach: Blaming the printer turns your apology into an excuse, and the ad was yours. Say "our mistake, we're sorry" and stop there. #lesson: apologise-first]
    ~ ownership -= 2
    ~ mood(-2, 0)
    The newspaper's typesetter dropped a line, but we'll be generous and honour it anyway. # speaker: you
    Generous? It was your ad. # speaker: shopper # expression: annoyed
    -> shelf
+ [Tell the tills to charge 3 yuan, and let the queue find out as they pay #id: announce.tills-only #coach: The right decision, kept quiet, leaves the back of the queue still angry. Tell everyone out loud, with an apology, so they all hear it at once. #lesson: act-fast]
    ~ listening -= 1
    ~ ownership -= 1
    ~ mood(0, -2)
    Lina, put the tills on 3 yuan a pair. They'll see it when they pay. # speaker: you
    Is it 3 or 7? Nobody's telling us anything! # speaker: queue # expression: annoyed
    -> shelf
+ [Stand where the whole queue can see you, apologise, and say the ad stands #id: announce.apologise-aloud #coach: Right: a public mistake gets a public apology. Everyone hears the same words at the same moment, and the anger has nowhere left to go. #lesson: apologise-first]
    ~ listening += 1
    ~ promise_keeping += 1
    ~ ownership += 1
    ~ mood(2, 2)
    Everyone, please! The ad was our mistake, not yours, and we're sorry. Two bottles for 3 yuan, for every one of you. # speaker: you
    Fair enough! That's decent of you. # speaker: queue # expression: pleased
    -> shelf

=== shelf ===
+ -> go
= go
Ten minutes later, the juice shelf is nearly bare. One man has twenty pairs in his trolley.
More people are coming in through the doors, each with the same newspaper. # sfx: door-chime
{
- patience >= 6:
    Is there any left? We've come from the other side of town. # speaker: queue # expression: doubtful
- else:
    Don't tell us it's gone already. # speaker: queue # expression: annoyed
}
{
- trust >= 8:
    You'll need more than that, manager! # speaker: shopper # expression: pleased
- else:
    And now it's running out. Of course. # speaker: shopper # expression: annoyed
}
+ [Send two staff to the warehouse for more juice, and open two more tills #id: stock.restock-now #coach: Right: an honoured offer has to be on the shelf, or it's broken a second time. Restocking and opening tills fixes the queue as well as the price. #lesson: act-fast]
    ~ promise_keeping += 1
    ~ ownership += 2
    ~ mood(0, 2)
    Two of you to the warehouse for juice, please. And open tills 5 and 6. # speaker: you
    Within minutes, pallets of orange and apple juice roll onto the floor.
    -> signs
+ [Put up a handwritten sign: a limit of two pairs per customer #id: stock.limit #coach: A limit can be fair when it's printed in the ad, but this one wasn't. Restock instead, and save limits for the corrected ad. #lesson: honour-what-you-printed]
    ~ promise_keeping -= 1
    ~ ownership += 1
    ~ mood(-2, 0)
    You write LIMIT 2 PAIRS PER CUSTOMER on a piece of card and tape it to the shelf.
    That wasn't in the paper either. # speaker: queue # expression: doubtful
    -> signs
+ [Let the shelf run empty: when it's gone, it's gone, first come, first served #id: stock.sold-out #coach: An empty shelf breaks the promise again for everyone still coming in with the paper. Bring stock up from the warehouse while the ad is running. #lesson: honour-what-you-printed]
    ~ promise_keeping -= 2
    ~ ownership -= 1
    ~ mood(-2, -2)
    When it's gone, it's gone. First come, first served. # speaker: you
    Sold out already? How convenient. # speaker: queue # expression: angry
    -> signs

=== signs ===
+ -> go
= go
The shelf-edge signs carry the same wording as the ad. And the same ad is booked for tomorrow's paper.
{
- honour:
    Mrs. Zhou calls over from the queue.
    And fix those signs, or you'll have this all again tomorrow! # speaker: shopper # expression: neutral
}
{
- patience >= 6:
    A woman in the aisle taps a sign.
    Is this still right, then? # speaker: queue # expression: neutral # prompt: yes
- else:
    A man in the aisle jabs at a sign.
    So which price is real? # speaker: queue # expression: annoyed # prompt: yes
}
+ [Leave a note for the marketing team to fix the ad and signs after the weekend #id: root.after-weekend #coach: Tomorrow's paper will repeat the mistake to the whole city. Fix the root today: the signs now, and a correction in the paper. #lesson: decide-then-fix-the-root]
    ~ ownership -= 2
    ~ mood(-2, 0)
    You leave a sticky note for marketing: "Juice ad and signs wrong, please fix." It's Saturday.
    -> receipts
+ [Fix the shelf signs now, and ring the paper to print a correction #id: root.fix-today #coach: Right: decide on the spot, then fix the cause, so the same mistake doesn't fill the store again tomorrow. #lesson: decide-then-fix-the-root]
    ~ promise_keeping += 1
    ~ ownership += 2
    You rewrite the signs yourself, and phone the paper's advertising desk before it closes.
    {honour: Until the correction runs, anyone holding today's ad still pays 3 yuan for the pair.}
    -> receipts
+ [Have the signs quietly swapped back to the real offer tonight, with no notice #id: root.swap-quietly #coach: Changing the signs without a word looks like hiding the evidence. Correct them openly, with a notice and a correction in the paper. #lesson: no-word-games]
    ~ promise_keeping -= 2
    ~ mood(-2, 0)
    You ask the night shift to swap the signs after closing. No notice, no correction.
    -> receipts

=== receipts ===
+ -> go
= go
Word has spread. Two women come to the service desk with receipts from this morning. # sfx: crowd-murmur
We paid 7 yuan for the pair at nine o'clock, before all this. Do we get the difference? # speaker: queue # expression: doubtful
+ [Offer them store vouchers for the difference, instead of cash #id: earlier.vouchers #coach: They paid cash at a price you've admitted was wrong. Give the difference back in cash, with an apology. #lesson: honour-what-you-printed]
    ~ promise_keeping -= 1
    ~ mood(-2, 0)
    I can give you each a 4-yuan voucher to spend in store. # speaker: you
    So we have to shop here again to get our own money back. # speaker: queue # expression: annoyed
    -> lina_talk
+ [Refund them if they can show you the newspaper as well as the receipt #id: earlier.paper-too #coach: The receipt already proves what they paid; asking for the paper is small print made up on the spot. Refund anyone with a receipt. #lesson: no-word-games]
    ~ listening -= 1
    ~ promise_keeping -= 1
    ~ mood(-2, -2)
    If you've got the newspaper as well as the receipt, I'll refund the difference. # speaker: you
    Who brings the newspaper shopping? # speaker: queue # expression: annoyed
    -> lina_talk
+ [Refund the 4 yuan in cash to anyone with a receipt, with an apology #id: earlier.cash-refund #coach: Right: the ad's price applies to everyone who bought today, not just those who shouted. Cash, an apology, no conditions. #lesson: honour-what-you-printed]
    ~ promise_keeping += 2
    ~ ownership += 1
    Here's 4 yuan each, and I'm sorry for the trouble. Anyone with a receipt from today gets the same. # speaker: you
    Oh! Thank you. We thought we'd have to argue. # speaker: queue # expression: pleased
    -> lina_talk

=== lina_talk ===
+ -> go
= go
The rush is over. The last shoppers from the queue file out past the tills.
{
- patience >= 6:
    See you next week, then! # speaker: queue # expression: pleased
- else:
    Took all morning, that did. # speaker: queue # expression: annoyed
}
Lina finds you by the tills, twisting her lanyard.
They called me a cheat. I only charged what the till said. Am I in trouble? # speaker: cashier # expression: doubtful
+ [Thank her, and agree a rule: if the ad and the till disagree, call a manager #id: lina.agree-a-rule #coach: Right: she followed the rule she had. Fix the rule, so that next time a manager is called in the first minute. #lesson: decide-then-fix-the-root]
    ~ listening += 1
    ~ ownership += 1
    You were right not to change prices on your own. From now on, if an ad and the till disagree, call me straight away. # speaker: you
    I can do that. # speaker: cashier # expression: pleased
    -> farewell
+ [Tell her she should have spotted the ad, and charged the 3 yuan on her own #id: lina.should-have #coach: Blaming a cashier for the store's own typing error teaches her to hide problems. The mistake was the store's; give her a clear rule for next time. #lesson: own-it-until-handed-over]
    ~ ownership -= 2
    ~ mood(-2, 0)
    Honestly? You should have read the ad and charged 3 yourself. # speaker: you
    Nobody told me I was allowed to. # speaker: cashier # expression: annoyed
    A customer at the next till raises her eyebrows.
    -> farewell
+ [Tell her not to worry about it: mistakes happen in an opening week #id: lina.never-mind #coach: Kind, but she still doesn't know what to do next time. Work out with her what went wrong, and agree what she'll do when it happens again. #lesson: find-the-cause-together]
    ~ listening -= 1
    ~ ownership -= 1
    Don't worry about it. Mistakes happen in an opening week. # speaker: you
    Lina nods, but she still doesn't know what to do next time. # actor: cashier # expression: doubtful
    -> farewell

=== farewell ===
+ -> go
= go
Right. Back to till 4, then. # speaker: cashier # expression: neutral
{
- honour:
    Mrs. Zhou passes on her way out, two bottles in her bag.
    You lost money on every pair today. Why give in? # speaker: shopper # expression: surprised
- else:
    On his way out, a man from the queue stops beside you.
    All that, over 4 yuan a pair. Was it worth it? # speaker: queue # expression: annoyed
}
+ [Say it was a one-off, so nobody should expect it to happen again #id: close.one-off #coach: "Don't expect it again" turns a kept promise back into a favour. Say why the store keeps its word, and leave it there. #lesson: honour-what-you-printed]
    ~ promise_keeping -= 1
    ~ mood(-2, 0)
    It was a one-off. Please don't expect anything like it again. # speaker: you
    -> ending
+ [Say plainly that what the store prints is a promise it has to keep #id: close.plain-truth #coach: Right: a plain reason, in a sentence. That is what people repeat to their neighbours. #lesson: honour-what-you-printed]
    ~ listening += 1
    ~ promise_keeping += 1
    What we print is a promise. Today we printed the wrong one, and from now on we'll print it right. # speaker: you
    -> ending
+ [Thank them for their patience, and offer a loyalty card for next time #id: close.loyalty-card #coach: A sales pitch doesn't answer the question you were asked. Answer it first; the card can wait for a day that isn't about a mistake. #lesson: let-them-finish]
    ~ listening -= 1
    ~ mood(0, -2)
    Thank you for your patience today. Can I interest you in our loyalty card? # speaker: you
    -> ending

=== ending ===
{
- trust + patience <= 4:
    -> angry_crowd
- honour && trust >= 8 && patience >= 8:
    -> praised
- else:
    -> grudging
}

=== praised ===
By mid-afternoon the queue has gone, and so have four pallets of juice. # sfx: till-beep
I'll be telling the whole building about this. The good part. # speaker: shopper # expression: pleased
They admitted it and paid for it. You don't see that often. # speaker: queue # expression: pleased
The store lost money on every pair. Next Saturday the tills are busier than ever, and no advert paid for it.
# outcome: praised
-> END

=== grudging ===
{
- honour:
    Everyone gets their two bottles for 3 yuan in the end, but only after a fight.
- else:
    By closing time, head office orders the store to refund the difference to anyone with a receipt. It pays up, far too late for thanks.
}
We got there in the end. I won't forget how hard we had to push. # speaker: shopper # expression: doubtful
Next time, just do the right thing first. # speaker: queue # expression: annoyed
The store paid for the mistake, and got very little credit for it.
# outcome: grudging-refund
-> END

=== angry_crowd ===
{
- honour:
    The tills charge 3 yuan in the end, but by then half the queue has gone, and the rest pay in stony silence.
- else:
    Baskets of juice stand abandoned in the aisles. The queue leaves with nothing but the story.
}
Never again. And I'll make sure everyone hears why. # speaker: queue # expression: angry
I'll remember how we were treated today. # speaker: shopper # expression: angry
By evening, a video of the argument is going round the neighbourhood chat groups.
{honour: The store paid for the mistake and still lost the crowd.|The store saved a few yuan a pair, and paid for it in trust.}
# outcome: angry-crowd
-> END

=== function mood(dt, dp) ===
// Moves the customer's trust and the queue's patience, kept between 0 and 10.
~ trust = MAX(0, MIN(10, trust + dt))
~ patience = MAX(0, MIN(10, patience + dp))
