# title: The towel at the bottom of the cart
# summary: The exit alarm goes off on a loyal customer you have just served. Put it right without putting her on trial.
# role: Cashier at till 6 (you are Ms. Wang)
# setting: supermarket-exit
# minutes: 12
# order: 2
# customer: shopper
# cast: shopper = Mrs. Liang, a Saturday regular
# cast: inspector = Mr. Gao, the exit inspector
# cast: manager = Ms. Tang, the duty manager
# cast: cashier = Xiao Li, at the next till
# cast: queue = The queue at till 6
# ending: loyal = Mrs. Liang comes back to your till
# ending: never-returns = Mrs. Liang pays, and never shops here again
# ending: formal-complaint = A formal complaint, and a whole cart returned
# reveal: In the real story, the cashier insisted she had never seen a towel on her belt. The shopper filed a complaint and tried to return her whole cart; the duty manager calmed it only after long mediation, and she never shopped there again. A towel under a full cart is easy for both sides to miss.

VAR listening = 0
VAR promise_keeping = 0
VAR ownership = 0
VAR trust = 1
VAR patience = 6

Saturday, twenty to eleven. Till 6 has had a queue all morning.
Mrs. Liang's cart was heaped to the handle.
Her ten-kilo sack of rice was too heavy for the belt, so you scanned it where it lay.
Five hundred and thirty-six yuan. She paid, thanked you, and pushed off toward the exit. # sfx: till-beep
Busy one today, Ms. Wang. # speaker: cashier # expression: neutral
It never stops. Next, please! # speaker: you
You are scanning the next customer's eggs when the gate goes off. # sfx: gate-alarm
Mr. Gao, the exit inspector, stops her cart and starts lifting things out.
From the very bottom, under the rice, he pulls a blue bath towel with the price tag still on.
Madam, this one wasn't paid for. What's going on here? # speaker: inspector # expression: doubtful
I just spent over five hundred yuan in your shop. Would I steal one towel? # speaker: shopper # expression: angry
Your cashier missed it. Go and ask her! # speaker: shopper
Heads turn {~all along the tills|down the whole checkout line}. # sfx: crowd-murmur
Ms. Wang! Over here, please. This lady came through your till. # speaker: inspector # expression: neutral
Er, do you want my loyalty card, or not? # speaker: queue # expression: doubtful
-> summons

=== go(-> target) ===
+ -> target

=== function settle() ===
~ trust = MAX(0, MIN(10, trust))
~ patience = MAX(0, MIN(10, patience))

=== summons ===
+ [Call across that you scanned everything that came down your belt #id: summons.call-across #coach: Shouting your defence across the store tells her, and everyone watching, that she is the problem. Walk over first, and talk only once you've heard her. #lesson: never-argue]
    ~ listening -= 1
    ~ ownership -= 1
    ~ trust -= 2
    Everything on my belt went through, Mr. Gao! I scanned all of it! # speaker: you
    Did you hear that? Now I'm a thief and a liar. # speaker: shopper # expression: angry
    Xiao Li slides over to take your till and nods you toward the gate.
    -> go(-> hear_her)
+ [Ask Xiao Li to cover your till, and go straight over to the gate #id: summons.go-now #coach: A colleague can cover your customer for a minute; the woman stopped at the gate, with everyone staring, cannot wait. #lesson: act-fast]
    ~ ownership += 2
    Xiao Li, can you take this gentleman for me? Thank you. # speaker: you
    Go. I've got him. # speaker: cashier
    -> go(-> hear_her)
+ [Finish serving the man at your till, then go over to the gate #id: summons.finish-first #coach: It feels fair to the man in front of you, but Xiao Li could cover him. Every minute she stands at the gate being stared at is a minute she blames on you. #lesson: act-fast]
    ~ ownership -= 1
    ~ patience -= 2
    One moment, Mr. Gao. I'll just finish here. # speaker: you
    It takes three minutes. At the gate, Mrs. Liang stands by her cart with her arms folded while shoppers edge past.
    -> go(-> hear_her)
+ [Ask Mr. Gao to call the duty manager, since gate disputes are hers #id: summons.send-for-manager #coach: It came through your till, so it starts as yours. Sending for the manager before you've heard a word is a hand-off nobody has accepted. #lesson: own-it-until-handed-over]
    ~ ownership -= 2
    ~ trust -= 1
    Could you call Ms. Tang? Disputes at the gate are for the duty manager. # speaker: you
    She's on the phone to a supplier. It was your till, Ms. Wang; come over, please. # speaker: inspector
    Mrs. Liang heard every word. # actor: shopper # expression: angry
    -> go(-> hear_her)

=== hear_her ===
~ settle()
You reach the gate.
{
- trust <= 0:
    And here she is. The one who thinks I'm a liar. # speaker: shopper # expression: angry
- patience <= 4:
    Finally. I've been standing here like a criminal while the whole shop stares. # speaker: shopper # expression: angry
- else:
    You're the cashier? Good. Then you can hear this too. # speaker: shopper # expression: annoyed
}
I've shopped here every Saturday for two years. I just paid you five hundred and thirty-six yuan. # speaker: shopper
Do you know what it's like when that alarm goes off, and everyone turns round to look at you? # speaker: shopper
She draws breath. She has not finished.
+ [Let her finish. Nod, keep quiet, and keep your eyes on her #id: hear-her.let-her-finish #coach: She had to say all of it before she could hear anything from you; thirty seconds of silence took the heat out of everything after. #lesson: let-them-finish]
    ~ listening += 2
    ~ trust += 1
    You nod, and wait.
    My neighbour is in that queue and saw all of it. I have never taken a thing in my life. # speaker: shopper # expression: annoyed
    She stops. Her hands are shaking a little.
    -> go(-> first_words)
+ [Cut in to say you check every single item that comes down the belt #id: hear-her.defend-belt #coach: Defending yourself mid-sentence turns her complaint into a contest she can only win by getting louder. Hear her out; the facts can wait a minute. #lesson: never-argue]
    ~ listening -= 2
    ~ ownership -= 1
    ~ trust -= 2
    Madam, I check every single item that comes down my belt. # speaker: you
    So I'm lying? You're standing there telling me I'm lying? # speaker: shopper # expression: angry
    -> go(-> first_words)
+ [Cut in with "Sorry, sorry, let's just get it sorted quickly" #id: hear-her.quick-sorry #coach: An apology that interrupts sounds like "please stop talking". Let her finish first, and the same apology will land. #lesson: let-them-finish]
    ~ listening -= 1
    Sorry, sorry, madam. Let's just get this sorted out quickly. # speaker: you
    Don't "sorry, sorry" me. I haven't finished. # speaker: shopper # expression: annoyed
    -> go(-> first_words)
+ [Turn to Mr. Gao and ask him quietly what the gate picked up #id: hear-her.ask-gao #coach: Talking over her head to a colleague tells her she's the case, not the customer. Hear her first, then check the facts with her, not around her. #lesson: let-them-finish]
    ~ listening -= 1
    ~ ownership -= 1
    ~ trust -= 1
    Mr. Gao, what did the gate pick up, exactly? # speaker: you
    I'm standing right here. You can ask me. # speaker: shopper # expression: angry
    -> go(-> first_words)

=== first_words ===
~ settle()
{
- trust <= 0:
    Well? Nothing to say for yourself? # speaker: shopper # expression: angry
- else:
    So. What do you have to say to me? # speaker: shopper # expression: annoyed
}
Mr. Gao is still holding the towel up, like evidence.
+ [Explain, politely, that staff have to check the cart whenever the gate sounds #id: first-words.policy #coach: The policy is real and beside the point; she never asked why the gate exists. Say sorry for how she was treated first, and the rules can wait. #lesson: apologise-first]
    ~ listening -= 1
    ~ ownership -= 1
    ~ trust -= 1
    I'm sorry, madam, but when the gate sounds we're required to check the cart. It's store policy. # speaker: you
    So it's my fault your alarm went off. # speaker: shopper # expression: angry
    -> go(-> first_words_done)
+ [Say you're sorry, but you honestly never saw a towel come down your belt #id: first-words.sorry-but #coach: "Sorry, but" cancels the sorry; all she hears is the but. Apologise for what happened to her, full stop, and work out the how together afterwards. #lesson: never-argue]
    ~ ownership -= 2
    ~ trust -= 1
    I'm sorry, but I honestly never saw a towel on my belt. # speaker: you
    "Sorry, but." So it is my fault after all. # speaker: shopper # expression: angry
    -> go(-> first_words_done)
+ [Say you're sorry she was stopped like that, and you'll sort it out now #id: first-words.apologise #coach: Say sorry for what she went through, with no "but", and promise to fix it now, yourself. That is what the best cashiers do first. #lesson: apologise-first]
    ~ listening += 1
    ~ promise_keeping += 1
    ~ ownership += 2
    ~ trust += 2
    I'm sorry you were stopped like that, in front of everyone. Let's sort it out together, right now. # speaker: you
    She blinks. She was ready for an argument. # actor: shopper # expression: surprised
    Well. All right. # speaker: shopper # expression: doubtful
    -> go(-> first_words_done)
+ [Tell her the duty manager will be down shortly to deal with it #id: first-words.manager-coming #coach: You don't know when the manager will come, and "deal with it" tells her it won't be you. Stay with it yourself until someone has visibly taken it over. #lesson: own-it-until-handed-over]
    ~ promise_keeping -= 1
    ~ ownership -= 1
    ~ patience -= 2
    The duty manager will be down shortly to deal with this, madam. # speaker: you
    Shortly. And I'm to stand here until then, am I? # speaker: shopper # expression: annoyed
    -> go(-> first_words_done)

=== first_words_done ===
~ settle()
{ trust <= 0 || patience <= 0:
    -> go(-> escalation)
}
-> facts

=== escalation ===
That's it. I want to make a formal complaint about this cashier. # speaker: shopper # expression: angry
And you can take the whole lot back. I'm not leaving you one yuan. # speaker: shopper
The queue at till 6 has stopped unloading to watch. # sfx: crowd-murmur
+ [Explain that a refund this size needs the manager's signature, so she'll have to wait #id: escalation.refund-rules #coach: Quoting the refund rules to a woman who feels accused of theft is arguing by other means. Stop defending, and ask her to tell you the rest. #lesson: never-argue]
    ~ listening -= 1
    ~ ownership -= 1
    ~ trust -= 1
    ~ patience -= 2
    A refund of that size needs the manager's signature, madam, so you'll need to wait for her. # speaker: you
    Then get her. Now. # speaker: shopper # expression: angry
    -> go(-> complaint)
+ [Stop defending yourself; say she has every right to be angry, and ask her to go on #id: escalation.hear-it-all #coach: Dropping your defence and inviting her to say the rest is the only thing that turns a complaint around at this point. #lesson: let-them-finish]
    ~ listening += 1
    ~ ownership += 1
    ~ trust += 1
    ~ patience += 2
    You have every right to be angry. Please, tell me all of it. # speaker: you
    She stops. For the first time since the alarm, someone is listening instead of answering.
    You stopped me at the door like a thief. That's what I can't stand. # speaker: shopper # expression: annoyed
    I understand. Let's put it right. # speaker: you
    -> go(-> back_on_track)
+ [Offer her ten percent off today's shopping if she'll keep it and let it go #id: escalation.discount #coach: A discount to make a complaint go away reads as the store buying her silence, and it isn't yours to give. She wants to be heard and cleared, not paid. #lesson: apologise-first]
    ~ promise_keeping -= 1
    ~ ownership -= 1
    ~ trust -= 1
    What if I took ten percent off today's shopping, and we leave it there? # speaker: you
    So you think I can be bought off, as well as being a thief. # speaker: shopper # expression: angry
    -> go(-> complaint)

=== back_on_track ===
~ settle()
{ cause > 0:
    -> go(-> fix)
}
-> facts

=== facts ===
{
- trust >= 4:
    Mrs. Liang folds her arms and waits. # actor: shopper # expression: doubtful
- else:
    Mrs. Liang glares at the towel as if it had betrayed her. # actor: shopper # expression: angry
}
Mr. Gao sets the towel on top of the rice. Blue, thirty-nine yuan.
It was right at the bottom, madam. Flat under the sack. # speaker: inspector # expression: neutral
+ [Go through her receipt with her and show that the towel isn't on it #id: facts.check-receipt #coach: Proving the towel isn't on the receipt wins a point nobody disputed and loses the customer. Ask her how the cart was packed; that's where the answer is. #lesson: never-argue]
    ~ listening -= 1
    ~ ownership -= 1
    ~ trust -= 2
    Here's your receipt, madam. Look: rice, oil, nappies. No towel. # speaker: you
    I know it's not on there. That's what I've been telling you. # speaker: shopper # expression: angry
    Mr. Gao lifts the rice sack. The towel had been lying flat beneath it.
    -> go(-> cause)
+ [Ask Mr. Gao to pull the camera footage of till 6 to see what happened #id: facts.footage #coach: Footage takes twenty minutes and tells her you need proof before you'll believe her. The person who knows how the cart was packed is standing in front of you. #lesson: act-fast]
    ~ listening -= 1
    ~ trust -= 1
    ~ patience -= 2
    Mr. Gao, could you pull the footage from till 6? # speaker: you
    Twenty minutes, at least. # speaker: inspector
    Twenty minutes? You need a film to decide whether I'm a thief? # speaker: shopper # expression: angry
    In the end Mr. Gao just lifts the rice sack. The towel had been lying flat beneath it.
    -> go(-> cause)
+ [Say it doesn't matter how it happened, and move straight on to fixing it #id: facts.skip-to-fix #coach: Speed is good, but skipping the cause leaves her thinking you still suspect her. One question about the cart would have cleared her name. #lesson: find-the-cause-together]
    ~ listening -= 2
    ~ ownership += 1
    How it happened doesn't matter now, madam. Let's just fix it. # speaker: you
    It matters to me. Your inspector thinks I hid it. # speaker: shopper # expression: annoyed
    Mr. Gao lifts the rice sack. The towel had been lying flat beneath it.
    -> go(-> cause)
+ [Ask her, kindly, how the cart was packed when she came to your till #id: facts.ask-how-packed #coach: She is the only one who knows how that cart was packed, and asking her treats her as the witness, not the suspect. #lesson: ask-before-assuming]
    ~ listening += 2
    ~ ownership += 1
    ~ trust += 1
    Can you tell me how the cart was packed when you came to my till? # speaker: you
    The towel went in first; it's for my daughter. Then everything else on top. # speaker: shopper # expression: neutral
    And you scanned the rice in the cart, didn't you? You never lifted it. # speaker: shopper # expression: doubtful
    You remember leaning over with the hand scanner. The towel must have been under the sack the whole time.
    -> go(-> cause)

=== cause ===
~ settle()
{
- trust >= 5:
    Mrs. Liang looks at the towel, then at you. She seems more tired now than angry. # actor: shopper # expression: doubtful
    So how did nobody see it? # speaker: shopper
- else:
    So? Whose mistake was it, then? # speaker: shopper # expression: annoyed
}
+ [Remind her, gently, that customers are asked to put every item on the belt #id: cause.belt-rule #coach: True, and the surest way to make it her fault. The rice stayed in the cart because you chose to scan it there; say so. #lesson: never-argue]
    ~ listening -= 1
    ~ ownership -= 2
    ~ trust -= 2
    Customers are asked to put every item on the belt, madam. # speaker: you
    Lift a ten-kilo sack onto the belt? You told me to leave it in the cart! # speaker: shopper # expression: angry
    -> go(-> cause_done)
+ [Say the towel was easy for both of you to miss, and checking was your job #id: cause.both-missed #coach: Naming the real cause, a towel hidden under a heavy sack, clears her without blaming anyone, and owning the check keeps it with you. #lesson: find-the-cause-together]
    ~ listening += 1
    ~ ownership += 2
    ~ trust += 1
    Under all that shopping, it was easy for both of us to miss. But checking under the rice was my job, not yours. # speaker: you
    Mrs. Liang lets out a long breath. # actor: shopper # expression: neutral
    -> go(-> cause_done)
+ [Say the hand scanner sometimes skips items when a cart is packed deep #id: cause.blame-scanner #coach: Blaming the scanner is a story, not a cause, and she can tell. Say what really happened: the towel was hidden, and you didn't look under the sack. #lesson: no-word-games]
    ~ promise_keeping -= 1
    ~ ownership -= 1
    The hand scanner sometimes skips an item when the cart's packed deep. # speaker: you
    So it's the machine's fault. How convenient. # speaker: shopper # expression: doubtful
    -> go(-> cause_done)
+ [Say nobody is to blame; things like this happen on a busy Saturday #id: cause.nobodys-fault #coach: "Nobody's fault" sounds kind but leaves her as the only one who was stopped. Name the cause, and take the part that was yours. #lesson: find-the-cause-together]
    ~ ownership -= 1
    Honestly, nobody's to blame. Things like this happen on a busy Saturday. # speaker: you
    Somebody was stopped at the door, though. Me. # speaker: shopper # expression: annoyed
    -> go(-> cause_done)

=== cause_done ===
~ settle()
{ trust <= 0 || patience <= 0:
    { escalation > 0:
        -> complaint
    }
    -> go(-> escalation)
}
-> fix

=== fix ===
{
- trust >= 5:
    So. What happens now? # speaker: shopper # expression: neutral
- else:
    Well? Do I pay for it, or are you calling the police? # speaker: shopper # expression: annoyed
}
+ [Ask if she'd like the towel rung up here, or left behind #id: fix.her-choice #coach: Two honest options and no accusation: she decides, and she walks out as a customer, not a suspect. #lesson: ask-before-assuming]
    ~ listening += 1
    ~ promise_keeping += 1
    ~ ownership += 1
    ~ trust += 1
    Would you like me to ring the towel up here, or shall I put it back? Either is completely fine. # speaker: you
    Ring it up, of course; I wanted it. I just want to be treated like a person. # speaker: shopper # expression: neutral
    -> go(-> ring_up)
+ [Tell her the towel will need paying for at a till before she leaves #id: fix.back-to-till #coach: Sending her back into the queue makes her pay in time for your miss. Bring the till to her, or let her leave the towel. #lesson: act-fast]
    ~ listening -= 1
    ~ ownership -= 1
    ~ trust -= 1
    ~ patience -= 2
    The towel will need paying for at a till before you leave, madam. # speaker: you
    Queue again? Behind the people who just watched me get searched? # speaker: shopper # expression: angry
    Fine, but I'm not queueing. Ring it up yourself. # speaker: shopper
    -> go(-> ring_up)
+ [Tell her to keep the towel, free of charge, for all the trouble #id: fix.free-towel #coach: A free towel looks like a hush payment, and it isn't yours to give away. Offer her the two honest choices, pay or leave it, and let her pick. #lesson: apologise-first]
    ~ listening -= 1
    ~ promise_keeping -= 1
    ~ trust -= 1
    Please, keep the towel. On us, for the trouble. # speaker: you
    I don't want it free; I pay for what I take. Ring it up. # speaker: shopper # expression: annoyed
    -> go(-> ring_up)

=== ring_up ===
{
- trust >= 5:
    Mrs. Liang takes out her purse. # actor: shopper # expression: neutral
- else:
    Mrs. Liang takes out her purse, lips pressed tight. # actor: shopper # expression: annoyed
}
+ [Take the towel to your till to ring it up, and say you'll be two minutes #id: ring-up.two-minutes #coach: "Two minutes" was a promise you didn't control; your till had a queue. Bring the handheld to her, or promise only what you can keep. #lesson: three-expectations]
    ~ promise_keeping -= 2
    ~ trust -= 1
    ~ patience -= 2
    I'll ring it through at my till. Two minutes. # speaker: you
    Your till has a price query and a coupon that won't scan. It is eight minutes before you're back at the gate.
    Two minutes, you said. # speaker: shopper # expression: annoyed
    -> go(-> record)
+ [Hand the towel to Mr. Gao and ask him to take her payment #id: ring-up.hand-to-gao #coach: The inspector has no till and never agreed to take it over. Stay with it until it's paid; the handheld was ten steps away. #lesson: own-it-until-handed-over]
    ~ ownership -= 2
    ~ trust -= 1
    Mr. Gao, could you take the payment for the towel? # speaker: you
    Me? I don't have a till, Ms. Wang. # speaker: inspector
    Mrs. Liang watches the two of you pass the towel back and forth. # actor: shopper # expression: annoyed
    In the end you fetch the handheld yourself.
    -> go(-> record)
+ [Fetch the handheld scanner and card reader, and ring it up at the gate #id: ring-up.at-the-gate #coach: Thirty seconds, no queue, no second trip: when you've agreed the fix, do it at once, where she is. #lesson: act-fast]
    ~ promise_keeping += 1
    ~ ownership += 1
    You fetch the handheld from under your till and ring the towel through beside her cart. # sfx: till-beep
    That was quick. # speaker: shopper # expression: surprised
    -> go(-> record)

=== record ===
~ settle()
{
- trust >= 6:
    Thank you. One more thing, though. # speaker: shopper # expression: neutral
- else:
    That's not the end of it. # speaker: shopper # expression: annoyed
}
I want it written down somewhere that I didn't steal anything. # speaker: shopper
+ [Tell her there's no need for that: her receipt clears her completely #id: record.no-need #coach: She asked for something simple, and you argued her out of it. Write down her name, the items and what went wrong, and read it back to her. #lesson: never-argue]
    ~ listening -= 1
    ~ promise_keeping -= 1
    ~ trust -= 1
    There's no need, madam. The receipt clears you completely. # speaker: you
    A receipt doesn't tell my neighbour anything. # speaker: shopper # expression: doubtful
    -> go(-> duty_manager)
+ [Write down her name and the items as a till miss, and read it back #id: record.write-it-up #coach: Her name, the items and "missed at till 6" in writing clears her, and gives the store what it needs to look back at what happened. #lesson: find-the-cause-together]
    ~ listening += 1
    ~ promise_keeping += 1
    ~ ownership += 1
    ~ trust += 1
    You write it on the incident pad, then read it back to her.
    One towel, missed at till 6 under the rice; customer not at fault. Is that right? # speaker: you
    Yes, that's right. Thank you. # speaker: shopper # expression: pleased
    -> go(-> duty_manager)
+ [Say the duty manager can write it up properly if she comes back on Monday #id: record.come-back-monday #coach: Monday is a second trip to fix your Saturday mistake. You have a pen now; write it up with her, and then hand it on. #lesson: own-it-until-handed-over]
    ~ ownership -= 2
    ~ trust -= 1
    ~ patience -= 2
    The duty manager can write it up properly if you come back on Monday. # speaker: you
    Come back? For this? # speaker: shopper # expression: annoyed
    -> go(-> duty_manager)

=== duty_manager ===
~ settle()
Ms. Tang, the duty manager, comes over from the service desk at a brisk walk.
Mr. Gao. Ms. Wang. What's happened here? # speaker: manager # expression: neutral
{
- trust >= 7:
    Mrs. Liang looks at you. She wants to hear what you'll say. # actor: shopper # expression: neutral
- else:
    Mrs. Liang looks at you, daring you to tell it your way. # actor: shopper # expression: annoyed
}
+ [Tell her plainly that your till missed it, and she was not at fault #id: duty-manager.own-it #coach: A handover that starts with your miss, in the customer's hearing, tells her the store believes her. Stay until the manager has it. #lesson: own-it-until-handed-over]
    ~ promise_keeping += 1
    ~ ownership += 2
    ~ trust += 1
    My till missed a towel under her rice, and Mrs. Liang was stopped for it. The mistake was mine, not hers. # speaker: you
    Thank you, Ms. Wang. Mrs. Liang, I'm sorry. # speaker: manager # expression: neutral
    -> go(-> duty_manager_done)
+ [Tell her it's all sorted now, so there's no need for her to step in #id: duty-manager.all-sorted #coach: You decided for her that it was over. Tell the manager what happened and what you've done, and let the customer say whether she's satisfied. #lesson: ask-before-assuming]
    ~ listening -= 1
    ~ ownership -= 1
    ~ trust -= 1
    It's all sorted now, Ms. Tang. No need to step in. # speaker: you
    Sorted? Nobody has asked me if it's sorted. # speaker: shopper # expression: annoyed
    -> go(-> duty_manager_done)
+ [Suggest a fifty-yuan voucher for Mrs. Liang, to make up for the trouble #id: duty-manager.voucher #coach: Money offered before she has asked for anything tells her you want the complaint gone, not put right. An apology and a clear account cost nothing. #lesson: apologise-first]
    ~ listening -= 1
    ~ promise_keeping -= 1
    ~ trust -= 2
    Perhaps a fifty-yuan voucher for Mrs. Liang, for the trouble? # speaker: you
    Fifty yuan. So that's the going rate for calling me a thief. # speaker: shopper # expression: angry
    -> go(-> duty_manager_done)
+ [Explain to Ms. Tang that the towel never came across your belt #id: duty-manager.never-saw-it #coach: Even if it's true, defending yourself in front of her makes her the one who's wrong again. Give the manager the facts, starting with your miss. #lesson: never-argue]
    ~ listening -= 1
    ~ ownership -= 2
    ~ trust -= 2
    The towel never came across my belt, Ms. Tang. I'd have seen it. # speaker: you
    There she goes again. # speaker: shopper # expression: angry
    -> go(-> duty_manager_done)

=== duty_manager_done ===
~ settle()
{ trust <= 3:
    -> go(-> complaint)
}
-> root

=== root ===
{
- trust >= 8:
    Mrs. Liang nods. She is almost smiling. # actor: shopper # expression: pleased
- else:
    Mrs. Liang is still gripping the handle of her cart. # actor: shopper # expression: doubtful
}
Then how do we stop this happening again, Ms. Wang? # speaker: manager # expression: neutral
Mrs. Liang waits for your answer too.
+ [Suggest a sign at every till asking customers to put all items on the belt #id: root.sign #coach: A sign moves the job onto customers, the very thing that upset her. Fix it at your end: look under every loaded cart, and tell the team. #lesson: decide-then-fix-the-root]
    ~ ownership -= 2
    ~ trust -= 1
    Maybe a sign at every till, asking customers to put everything on the belt? # speaker: you
    So next time it's my fault in writing. # speaker: shopper # expression: doubtful
    -> go(-> send_off)
+ [Say it was a one-off on a busy day, and nothing really needs to change #id: root.one-off #coach: A towel under a sack will happen again on the next busy Saturday. Decide what changes at your till, and tell the other cashiers today. #lesson: decide-then-fix-the-root]
    ~ listening -= 1
    ~ ownership -= 1
    Honestly, it was a one-off on a busy Saturday. I don't think anything needs to change. # speaker: you
    Ms. Tang makes a small note, and says nothing.
    -> go(-> send_off)
+ [Say you'll check under every loaded cart, and tell the team today #id: root.check-under #coach: A fix at your own till, shared with the team, is a promise she can check for herself next Saturday. #lesson: decide-then-fix-the-root]
    ~ promise_keeping += 1
    ~ ownership += 2
    ~ trust += 1
    From now on I look under every loaded cart. And I'll raise it at this afternoon's briefing. # speaker: you
    Good. Do that. # speaker: manager
    -> go(-> send_off)

=== send_off ===
~ settle()
{
- trust >= 8:
    Mrs. Liang buttons her coat and takes the cart. # actor: shopper # expression: pleased
- trust >= 4:
    Mrs. Liang takes the cart without a word. # actor: shopper # expression: neutral
- else:
    Mrs. Liang yanks the cart round toward the doors. # actor: shopper # expression: annoyed
}
+ [Wish her a good day, then hurry back to the queue waiting at your till #id: send-off.back-to-till #coach: Polite, but it's the end of her visit that she'll remember. Walk her out, thank her, and tell her you hope to see her next Saturday. #lesson: every-visitor-is-a-guest]
    ~ ownership -= 1
    ~ trust -= 1
    Have a good day, madam. # speaker: you
    You hurry back to till 6. She leaves alone, leaning on the heavy cart.
    -> go(-> epilogue)
+ [Push the cart out to her car, and say you hope to see her Saturday #id: send-off.walk-her-out #coach: Ending warmly, and doing the heavy lifting, is what she'll remember of today. Saying "see you Saturday" tells her she is still welcome. #lesson: every-visitor-is-a-guest]
    ~ promise_keeping += 1
    ~ ownership += 1
    ~ trust += 1
    Let me take that out to the car for you. Thank you for your patience, and I hope we'll see you Saturday. # speaker: you
    You load the rice into her boot yourself.
    -> go(-> epilogue)
+ [Remind her, kindly, to put everything on the belt next time she shops #id: send-off.belt-reminder #coach: A parting lesson tells her that, deep down, you still think it was her fault. The last word should be thanks, not advice. #lesson: never-argue]
    ~ listening -= 1
    ~ trust -= 2
    Next time, just pop everything on the belt, and this won't happen again. # speaker: you
    Her mouth tightens. She turns the cart without answering. # actor: shopper # expression: annoyed
    -> go(-> epilogue)

=== epilogue ===
~ settle()
{ trust >= 9 && patience >= 4:
    Next Saturday, twenty to eleven. A heaped cart turns into till 6, a sack of rice in the bottom. # sfx: till-beep
    You bend and look under the sack before you scan a thing.
    Nothing hiding under there this week. I checked myself. # speaker: shopper # expression: pleased
    Over the next months she brings her sister, and then her neighbour: the one who saw it all.
    # outcome: loyal
- else:
    You don't see Mrs. Liang the next Saturday, or the one after.
    Her neighbour still comes. Mrs. Liang shops across the road now, she tells you.
    No scene. She just stopped coming.
    # outcome: never-returns
}
-> END

=== complaint ===
~ settle()
{ duty_manager > 0:
    That's enough. I want to make a formal complaint about this cashier. # speaker: shopper # expression: angry
- else:
    Mr. Gao radios the service desk. Ms. Tang, the duty manager, arrives at a brisk walk.
    I want to make a formal complaint about this cashier. # speaker: shopper # expression: angry
}
And I'm returning the lot. Every last thing in that cart. # speaker: shopper
Ms. Wang? # speaker: manager # expression: doubtful
+ [Say the towel never came across your belt, and that you stand by it #id: complaint.stand-firm #coach: This is exactly what the cashier in the real story did, and it cost the store a customer. Take your share of the miss; being right about the belt is worth nothing here. #lesson: never-argue]
    ~ listening -= 1
    ~ ownership -= 2
    ~ trust -= 2
    I'm sorry, but the towel never came across my belt. I stand by that. # speaker: you
    Then write it down, manager. Her name, and mine. # speaker: shopper # expression: angry
    -> go(-> return_cart)
+ [Offer to ring the towel through for nothing if she'll drop the complaint #id: complaint.trade-towel #coach: Trading a free towel for a dropped complaint tells her the store is bargaining, not listening. Own the miss first; that's what she's waiting to hear. #lesson: apologise-first]
    ~ listening -= 1
    ~ promise_keeping -= 1
    ~ trust -= 1
    What if we let the towel go free, and leave it at that? # speaker: you
    I don't want your towel. I want my name back. # speaker: shopper # expression: angry
    -> go(-> return_cart)
+ [Tell Ms. Tang that Mrs. Liang is right: the miss was yours #id: complaint.take-the-blame #coach: Late, but not too late: saying plainly, in front of her, that the miss was yours is what finally lets her stand down. #lesson: own-it-until-handed-over]
    ~ listening += 1
    ~ ownership += 2
    ~ trust += 3
    Mrs. Liang is right. The towel was under her rice, and she was stopped for my mistake. # speaker: you
    -> go(-> complaint_done)

=== complaint_done ===
~ settle()
{ trust >= 3:
    Mrs. Liang looks at you for a long moment. # actor: shopper # expression: doubtful
    { ring_up > 0:
        Forget the complaint. I've paid for your towel; just let me go home. # speaker: shopper
    - else:
        Forget the complaint. Ring up the towel, and let me go home. # speaker: shopper
        Ms. Tang rings the towel through on the handheld herself. # sfx: till-beep
    }
    -> go(-> send_off)
}
-> return_cart

=== return_cart ===
Ms. Tang hands over a complaint form. Mrs. Liang fills it in against the side of the cart, pressing hard.
Now my money. All of it. # speaker: shopper # expression: angry
+ [Unload the cart with her and refund it right there, quickly #id: return.refund-now #coach: She's leaving either way; a fast refund, done by you, is the last impression the store can still control. #lesson: act-fast]
    ~ promise_keeping += 1
    ~ ownership += 1
    You and Xiao Li unload the cart onto a trolley and refund it item by item at the gate. # sfx: till-beep
    -> go(-> complaint_end)
+ [Ask her to take the cart to the service desk and join the returns queue #id: return.service-desk #coach: Sending her to another queue after all this passes your problem along and makes her wait for it. Bring the refund to her. #lesson: own-it-until-handed-over]
    ~ ownership -= 2
    ~ patience -= 2
    Returns are at the service desk, madam. There's a queue, I'm afraid. # speaker: you
    Of course there is. # speaker: shopper # expression: angry
    -> go(-> complaint_end)
+ [Try to talk her into keeping the shopping she came in for today #id: return.talk-her-round #coach: Talking her out of the return is one more argument she has to win. Respect the decision and make it quick. #lesson: never-argue]
    ~ listening -= 2
    ~ trust -= 1
    Are you sure? You'll only have to buy it all again somewhere else. # speaker: you
    Yes. Somewhere else. # speaker: shopper # expression: angry
    -> go(-> complaint_end)

=== complaint_end ===
~ settle()
{
- patience >= 3:
    The refund takes twenty minutes, item by item. Ms. Tang stays with her throughout.
- else:
    By the last refunded item she has been here over an hour. Ms. Tang spends most of it calming her down.
}
The complaint form goes to head office on Monday, with your name on it.
Mrs. Liang never comes back. Her neighbour tells the story at the school gate for weeks.
# outcome: formal-complaint
-> END
