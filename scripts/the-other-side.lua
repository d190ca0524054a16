-- The other side.
-- You play Danny, Nina's youngest brother. He bets at the card room and
-- online, and his big sister has bailed him out more times than he can count.
-- Being rescued feels like relief, then like owing, then like being treated
-- as a kid. Being supported feels cold at first, then like respect.
-- The meters measure Danny and Nina: how much resentment sits between them,
-- how much Danny grows, and how close they are as brother and sister.
--
-- The choices are Danny's. Their kinds, from his side:
--   rescue      Danny asks for a rescue, accepts one, lets Nina take over, or
--               takes over someone else's feelings or job for them
--   support     Danny owns his part and asks for the right help: someone
--               beside him, not in front of him; or he stands beside Nina
--   boundary    Danny says clearly what he will and won't ask of her, or let
--               her do for him
--   self_care   Danny gets his own help: the helpline, a meeting, a sponsor,
--               sleep
--   it_depends  a step that helps inside a plan he made (with a counsellor or
--               his group) and turns into a rescue when it lets him off facing
--               it: Nina holding his card, a Friday check-in, a short stay
--   hurtful     a relapse bet, a guilt trip, hanging up, hiding, a jab
--   neutral     small talk and waiting
--
-- Same act, different kind: pairs of options with the very same words in two
-- scenes, where only the scene decides the kind.
--   boss-calls (support) / after-the-slip (rescue): "Send Nina what you want
--     to say, and ask her to fix anything that sounds wrong." The read-over
--     she offered for a work call, against the words for owning a slip, which
--     she never offered to write and which have to be his own.
--   nina-says-no (support) / the-meeting (rescue): "Ask Nina to come in with
--     you, just this first time." On the phone, taking the seat she has just
--     offered, against at the door, when she has said she will tell them how
--     it all started and Danny wants someone to go in for him.
--   the-app (it_depends) / the-slip (rescue, in the group): "Text Nina: Can you
--     keep my bank card at your place for a while?" Before any bet, a step
--     that helps if it is part of a plan, against after a slip, to keep it
--     from Ray, whose one rule is that a slip comes to him first.
--
-- The kind lives in the scene, not in the option. The same act can be either:
-- a ride, a sister sitting in, a sister on the phone, or a note read over is
-- support when the scene says she offered it or it was agreed (the ride to
-- the group, an open meeting, "I'll read over what you want to say", "I'll
-- stay on the phone"), and a rescue when she ends up doing his part (the
-- talking). Danny driving Mom to Nina's (Mom can't drive) or Nina home from
-- the dentist (she can't drive after) is support. Many rescues read alone
-- like plain care (telling her the truth at her door, "thank you", praising
-- her, asking her what to do, "be honest: how bad is it?", "I'll sort it out
-- myself"), and only the scene shows the takeover: she always pays at the
-- door, "just on the line" has ended with her talking, a talk alone is where
-- her no has bent before. Some supports read like a takeover (she reads and
-- fixes his message, a loan on paper) and the scene makes them fit.
--
-- Flags, and where they matter:
--   texted_nina   Danny told Nina the truth by text in card-room or chasing;
--                 the first lines of marcus-call; cleared there
--   nina_paid     Nina paid Danny's debt to Marcus in nina-door; colours
--                 sunday-dinner; cleared there
--   leaned_on     Danny pushed Nina to keep paying (plan-dinner); at two-am
--                 it decides whether Nina caves (on-the-couch) or holds
--                 (nina-says-no); cleared there
--   in_group      Danny goes to a gambling help group; colours the-slip,
--                 payback and moms-birthday; part of the best ending's pattern
--   asked_cover,  what Danny did after his slip; which way after-the-slip
--   told_nina     opens; cleared there
--   owned_slip    Danny owned his slip himself; part of the best ending's
--                 pattern
--   nina_drove    Nina drove Danny to his first meeting (two-am, nina-says-no);
--                 the opening lines of the-meeting, and the two choices
--                 there that ask her to come in; cleared there
--   paid_back     Danny paid Nina from his own pay in payback; with in_group
--                 and owned_slip it is the pattern that opens
--                 brother-and-sister in moms-birthday
--   shut_out      Danny hid his slip from everyone (the-slip); since he then
--                 never owned a slip, moms-birthday leads to on-my-own unless
--                 the resentment is high enough for still-owing
--
-- Meter changes are steps of 5, later effects are short, and flags are
-- cleared once nothing reads them, so paths that meet in the same place
-- merge and `beside check` can play every path.

scenario {
  id = "the-other-side",
  title = "The Other Side",
  teaser = "You are Danny. You owe six hundred dollars, and your big sister "
    .. "always knows what to do. That is the problem.",
  you_play = "Danny, Nina’s youngest brother",
  people = { nina = { name = "Nina", main = true }, mom = "Mom", marcus = "Marcus" },
  minutes = 15,
  content_notes = {
    "gambling",
    "money worries",
    "shame",
    "family anger",
    "a hopeless night alone, with a crisis line named",
    "stress that shows up as aches and pains",
  },
  meters = { resentment = 20, growth = 25, intimacy = 40 },
  start = "card-room",
}

-- ---------------------------------------------------------------- the hole

scene "card-room" {
  place = "card-room",
  "One in the morning. The card room smells like old coffee. You push back "
  .. "from the table with nothing in front of you.",
  "Six hundred dollars. Your friend Marcus lent it to you on Monday, for rent. "
  .. "It was going to be a sure thing. It is gone.",
  "Your phone buzzes. Marcus: “Still good for Sunday, right? My rent’s due too.”",
  "Your stomach drops. Then a thought comes, warm and easy. Nina. Nina always "
  .. "knows what to do. The last three times, what she knew to do was pay.",
  discuss = "Why might Nina be the first person Danny thinks of? What does that "
    .. "thought give him right now?",
  notes = "Players often feel a mix of pity and frustration for Danny. Both are "
    .. "fine. Ask them to notice the relief in his body when he thinks of Nina. "
    .. "That relief is what this story is about.",
  hurtful {
    "Don’t wake anyone. Fix it yourself tonight: the twenty in your pocket, "
    .. "small and slow, and stop the second you are even.",
    because = "Fixing it yourself sounds like taking charge. But chasing a "
      .. "loss is the old habit deciding for you, and the hole only gets "
      .. "deeper.",
    effects = { growth = "-5" },
    next = "chasing",
  },
  support {
    "Text Nina the plain facts: Marcus’s rent money, the cards, all of it. Say "
    .. "you will call her at lunch.",
    because = "You tell her before you ask her for anything. She may not sleep "
      .. "well tonight. But she hears it from you, and the problem stays yours.",
    effects = { growth = "+5", intimacy = "-5" },
    set = "texted_nina",
    later = {
      after = 2,
      effects = { intimacy = "+10" },
      says = "Nina told you later that text was the first time you had told her "
        .. "the truth before you asked her for money.",
    },
    next = "marcus-call",
  },
  rescue {
    "Drive to Nina’s. She always says she would rather hear it the same night. "
    .. "Take her at her word.",
    because = "It feels honest, and she did say it. But at one in the morning "
      .. "you are bringing her a problem to fix, not just news.",
    next = "nina-door",
  },
  boundary {
    "Text Marcus: “I lost your money. I’ll come round at nine with a plan to "
    .. "pay back every cent.”",
    because = "You keep it between you and Marcus, and you don’t pull your "
      .. "family in. It is scary, and it is yours.",
    effects = { growth = "+5" },
    next = "marcus-call",
  },
}

scene "chasing" {
  place = "card-room",
  "The twenty turns into forty. Then you lose it all on one hand.",
  "Three in the morning. Now you are down six hundred and twenty, and your "
  .. "hands are shaking.",
  "The last four times you lost big, you went to Nina’s in the night. Each "
  .. "time, she paid before you got to the end of the story.",
  rescue {
    "Drive to Nina’s and tell her the truth, all of it, before the night gets "
    .. "any worse.",
    because = "Telling the truth sounds brave. But you know what happens at her "
      .. "door at three in the morning: she pays before you finish, like the "
      .. "last four times. You learn once more that you don’t have to face it.",
    effects = { resentment = "+5" },
    next = "nina-door",
  },
  self_care {
    "Drive past Nina’s dark window and keep going. Let her sleep. Then go home "
    .. "to bed yourself.",
    because = "Sleep is not running away. A rested head can face a hard talk "
      .. "at nine. Nina sleeps through the night too.",
    effects = { growth = "+5" },
    next = "marcus-call",
  },
  support {
    "Text Nina the truth, all of it, from the car. Then drive home and go to "
    .. "sleep.",
    because = "The truth reaches her tonight, but not at her door, where she "
      .. "paid the last four times. She reads it at seven, and you face Marcus "
      .. "yourself at nine.",
    effects = { growth = "+5", intimacy = "+5" },
    set = "texted_nina",
    next = "marcus-call",
  },
}

scene "nina-door" {
  place = "doorway",
  "Nina opens the door in her robe. Her hair is flat on one side. She rubs the "
  .. "back of her neck like it hurts.",
  "You tell her. Marcus, the rent, the card room. She does not yell. She never "
  .. "yells.",
  "She already has her phone in her hand. “How much? What’s his number? I’ll "
  .. "send it now.” Her thumb is over the button. If you say nothing, it is done.",
  "The relief is so big it makes your knees weak.",
  discuss = "How does Danny feel when Nina reaches for her phone? How might he "
    .. "feel about it tomorrow?",
  support {
    "Put your hand over her phone. “Don’t. I owe it, not you. Can I just sit "
    .. "here while I work out what to say?”",
    because = "She looks hurt, like you slapped her hand away. But you ask for "
      .. "her company, not her wallet, and the debt stays yours to face.",
    effects = { intimacy = "-5" },
    later = {
      after = 3,
      effects = { growth = "+10", intimacy = "+5" },
      says = "You called Marcus yourself. He was mad, and then he said fifty a "
        .. "week was fine. You felt sick, and a little taller.",
    },
    next = "sunday-dinner",
  },
  rescue {
    "Hug her hard and say thank you. Tell her you will never forget what she "
    .. "did for you tonight.",
    because = "The relief is real, for both of you, and tonight feels good. "
      .. "Later, you owe her, and she is one more step from her own life.",
    effects = { resentment = "-5", intimacy = "+5" },
    set = "nina_paid",
    later = {
      after = 2,
      effects = { resentment = "+10", growth = "-5", intimacy = "-5" },
      says = "The six hundred sits between you now. You catch yourself not "
        .. "calling Nina back. You don’t want to see her face.",
    },
    next = "morning-after",
  },
  rescue {
    "Say it was for rent, which is half true. Rent is easier for her to hear, "
    .. "and it spares you both a long night.",
    because = "The half truth gets the money. It also makes her rescue you in "
      .. "the dark, and puts a secret between you.",
    effects = { resentment = "-5" },
    set = "nina_paid",
    later = {
      after = 2,
      effects = { resentment = "+10", intimacy = "-10" },
      says = "Marcus told Nina where the money really went. She didn’t say "
        .. "anything. She just looked tired.",
    },
    next = "morning-after",
  },
  it_depends {
    "Let her send it as a loan, on paper: fifty a week back to her from Friday, "
    .. "and she hears from you if you miss one.",
    because = "A written loan can help when the debt is real and you keep to it: "
      .. "Marcus gets his rent, and the debt stays yours. If the Fridays slide "
      .. "and she lets them, it is the old rescue with paperwork.",
    effects = { intimacy = "+5" },
    set = "nina_paid",
    next = "morning-after",
  },
  boundary {
    "Let her make you tea, and fold her hand closed over the phone. “Sit "
    .. "with me a bit. Then I’m going home to sleep before I ring Marcus.”",
    because = "You came for a fix, and you turn it down, gently. She lies "
      .. "awake worried tonight. But you keep your debt in your own hands.",
    effects = { growth = "+5", intimacy = "-5" },
    next = "marcus-call",
  },
}

scene "marcus-call" {
  { when = "texted_nina",
    "Nina wrote back at seven: “I’m here. Call me after, if you want.” That's all. "
    .. "No plan. No money." },
  "At nine, you call Marcus. Your mouth is dry.",
  "“You bet my rent?” He goes quiet for a long time. Then: “Fifty a week. Every "
  .. "Friday. Don’t make me chase you.”",
  "You hang up. You feel sick. You also feel, for the first time in a while, "
  .. "like a grown man who owes a debt.",
  "Marcus set the terms with you, not with Nina. Last spring you made your own "
  .. "budget, and it worked until the card room.",
  self_care {
    "Look up the gambling helpline and save it in your phone, under a name only "
    .. "you would know.",
    because = "Getting your own help starts small. Saving the number is a step "
      .. "you take for you, not for Nina.",
    effects = { growth = "+5" },
    clear = "texted_nina",
    next = "sunday-dinner",
  },
  support {
    "Call Nina and tell her about the fifty a week. When she starts on a plan, "
    .. "say, “I know. I’ve got it.”",
    because = "You let her in on your life without handing it to her. She "
      .. "sounds a bit put out. That is what close can look like for now.",
    effects = { intimacy = "+5" },
    clear = "texted_nina",
    next = "sunday-dinner",
  },
  neutral {
    "Text Marcus: “Thanks, man. Means a lot.” Then ask how his sister’s "
    .. "wedding went, like any other Monday.",
    because = "A bit of normal talk is fine. It doesn’t help or hurt much. The "
      .. "debt and the betting are still there.",
    clear = "texted_nina",
    next = "sunday-dinner",
  },
  rescue {
    "Call Nina and tell her about the fifty a week. When she starts on a plan, "
    .. "say, “Go on. I’m listening.”",
    because = "It sounds like listening, and she is glad to be asked. But Marcus "
      .. "set the terms with you, and you have made a budget before. Letting her "
      .. "plan it makes your debt her project again.",
    effects = { intimacy = "+5" },
    later = {
      after = 1,
      effects = { resentment = "+5", growth = "-5" },
      says = "Nina’s plan came by text that night, with your bank login on the "
        .. "list of things she needed.",
    },
    clear = "texted_nina",
    next = "sunday-dinner",
  },
}

scene "morning-after" {
  place = "living-room",
  "You wake up on your own couch at noon. Marcus is paid. For a minute, "
  .. "everything is light.",
  "Then the texts start. Nina: “Did you eat?” “Did you call about that job?” "
  .. "“Send me your bank stuff and I’ll make you a budget.”",
  "You feel about twelve years old. You made your own budget last spring, and "
  .. "it worked until the card room.",
  discuss = "Nina means well. Why might her texts make Danny feel small?",
  boundary {
    "“Thanks for last night. The first fifty comes to you on Friday. Send me "
    .. "cat videos instead of budgets, okay?”",
    because = "You thank her, and you take the debt back as yours, with a "
      .. "joke that says no to the budget. She goes quiet for a day. It "
      .. "tells her you are an adult.",
    effects = { growth = "+5", intimacy = "-5" },
    later = {
      after = 3,
      effects = { intimacy = "+5" },
      says = "Fifty went to Nina three Fridays in a row. She stopped asking about "
        .. "the budget, and started asking about your week.",
    },
    next = "sunday-dinner",
  },
  hurtful {
    "Text back: “Love you. Taking a day to myself.” Then mute her for the "
    .. "day.",
    because = "It sounds gentle, and it stops the texts fast. But she paid "
      .. "your debt last night, and going silent now leaves her feeling "
      .. "foolish for caring.",
    effects = { resentment = "+5", intimacy = "-5" },
    next = "sunday-dinner",
  },
  rescue {
    "Text back: “Yes, I ate. You’re the best, sis. What would I do without "
    .. "you?”",
    because = "It sounds grateful, and she is glad. But you made your own "
      .. "budget last spring. Telling her you can’t manage without her "
      .. "invites the budget, the bank details and the next text.",
    effects = { growth = "-5", intimacy = "+5" },
    later = {
      after = 3,
      effects = { resentment = "+10" },
      says = "Nina texts you every time you buy a coffee. You start paying cash, "
        .. "so she won’t see.",
    },
    next = "sunday-dinner",
  },
  it_depends {
    "Ask Nina to check your bank on Fridays and text you if the fifty hasn’t "
    .. "gone out to her.",
    because = "If it is your idea and you can tell her to stop, a check-in helps "
      .. "you keep your word. If it turns into her watching your money, it is a "
      .. "rescue.",
    effects = { intimacy = "+5" },
    next = "sunday-dinner",
  },
}

-- ---------------------------------------------------------------- the family

scene "sunday-dinner" {
  place = "parents-house",
  "Sunday dinner at Mom’s. Roast chicken and too much noise.",
  { when = "nina_paid",
    "Nina hands you the potatoes and doesn’t look at you. Everyone knows she paid. "
    .. "Nobody says it." },
  "Over pie, your sister Gina slides a loan form across the table. She wants "
  .. "Nina to co-sign for a car. Mom pats Nina’s hand. “Nina is our rock.” You "
  .. "know that line. Mom says it just before Nina says yes.",
  "You look at Nina. She is pale. She keeps pressing two fingers to her temple. "
  .. "She has eaten almost nothing.",
  "Mom nods at the stack of plates. “Danny, help your sister clear, would you?”",
  notes = "Danny sees something here that Nina can’t see in herself. Ask the "
    .. "group what it might cost Danny to say what he sees.",
  neutral {
    "Pass Nina the biggest slice of pie. Then ask Gina what kind of car it "
    .. "is, and tell the one about your old car in the snow.",
    because = "Small talk and pie fill the room. It doesn’t hurt anyone, and "
      .. "it doesn’t reach Nina either.",
    clear = "nina_paid",
    next = "the-app",
  },
  rescue {
    "Nod at Mom, and smile at Nina. “She really is. We’d all be lost without "
    .. "you, Nina.”",
    because = "It sounds like praise. But Mom said it to get a yes, and you say "
      .. "it too. It keeps the family bank open, for Gina and for you. A yes "
      .. "that is pushed out of her is never a free one.",
    effects = { resentment = "+5" },
    clear = "nina_paid",
    next = "the-app",
  },
  support {
    "Get up and clear the plates for Nina. Wash them all, and bring her a "
    .. "glass of water.",
    because = "Mom asked you to help clear, and Nina’s head is pounding. Dishes "
      .. "are a small, real help. For once you stand beside Nina, and the loan "
      .. "form stays hers to answer. Being asked, and not "
      .. "fixed, is new for her too.",
    effects = { intimacy = "+5" },
    clear = "nina_paid",
    next = "the-app",
  },
  rescue {
    "Catch Nina’s eye across the table, and give her a small shake of the head.",
    because = "It feels like standing up for her, and she looks grateful. "
      .. "But the yes or no was Nina’s to say, and you gave her yours, in front "
      .. "of Gina too. She never gets to find her own no.",
    effects = { intimacy = "+5" },
    clear = "nina_paid",
    later = {
      after = 2,
      effects = { resentment = "+5", intimacy = "-5" },
      says = "Gina asked Nina again a week later, when you weren’t there. Nina "
        .. "signed. Gina has been cold to you ever since.",
    },
    next = "the-app",
  },
  self_care {
    "Say you’ll take the trash out while the form goes round. Out on the porch, "
    .. "sit in the cold and delete the betting app.",
    because = "Looking after yourself is the one thing no one else can do "
      .. "for you, and Nina’s yes or no is hers. Mom is short with you: she "
      .. "asked you to help Nina clear. It is still worth it.",
    effects = { growth = "+5", intimacy = "-5" },
    clear = "nina_paid",
    next = "the-app",
  },
}

scene "the-app" {
  place = "phone-night",
  "Friday. Payday. You are home alone at eleven at night.",
  "Your thumb finds the app store. The betting app is one tap away. Or the card "
  .. "room, ten minutes down the road. The pull is a hum in your chest.",
  "You think about Nina. You think about the hum.",
  discuss = "Danny thinks of asking Nina to hold his bank card. When would that "
    .. "help him? When would it make Nina his guard?",
  notes = "Many recovery plans use this step: someone you trust holds your card "
    .. "for a while. What makes it help is whose plan it is. Ask the group what "
    .. "would need to be true for it to be support, not a rescue.",
  self_care {
    "Put the phone down. Pick it up again, and dial the free number in small "
    .. "print at the bottom of the betting ad. Let it ring.",
    because = "That small number is the gambling helpline. Getting your own help "
      .. "is hard and it is yours. No one can make "
      .. "this call for you, and no one has to.",
    effects = { growth = "+5" },
    next = "helpline",
  },
  it_depends {
    "Text Nina: “Can you keep my bank card at your place for a while?”",
    because = "Tonight there is no bet yet, and no plan yet either. It helps "
      .. "when it is part of a plan you made with a counsellor or "
      .. "group, your own idea, and you can talk about it. Made alone at night, so "
      .. "she holds the money and you never face the pull, it is a rescue.",
    effects = { growth = "+5", intimacy = "+5" },
    later = {
      after = 3,
      effects = { resentment = "+10", growth = "-5" },
      says = "You asked Nina for your card back three times. There was no plan "
        .. "and no one else to talk it over with, so now you fight about it.",
    },
    next = "plan-dinner",
  },
  hurtful {
    "Bet twenty. Just to take the edge off the night. Just twenty, and then "
    .. "the phone goes in a drawer.",
    because = "Twenty feels small. But the pull does not stop at twenty, and you "
      .. "know it. This is a relapse, not a rest.",
    effects = { growth = "-5" },
    later = {
      after = 2,
      effects = { resentment = "+5", growth = "-5" },
      says = "Twenty was two hundred by Sunday. You told Nina you were just busy "
        .. "when she called.",
    },
    next = "plan-dinner",
  },
  support {
    "Text Nina: “Payday nights are the worst. I’m home. Can I call you tomorrow "
    .. "and tell you how it went?”",
    because = "You tell her the truth about the pull and ask her to hear how it "
      .. "goes. You are asking for company, not a guard.",
    effects = { intimacy = "+5" },
    next = "plan-dinner",
  },
}

scene "helpline" {
  place = "phone-night",
  "A woman named Pat picks up. Her voice is calm, like she has all night.",
  "She asks how much you lost this month. You tell her the real number. It is "
  .. "the first time you have said it out loud.",
  "She tells you about a group that meets on Thursdays. Then she asks, “Who "
  .. "else knows how bad it is?”",
  "Nina knows. She has paid your debts five times. Paying is all either of you "
  .. "has ever done about it.",
  self_care {
    "Ask Pat to text you the Thursday address. Then ask if someone from the "
    .. "group could meet you at the door.",
    because = "This is help that is built for this, and asking for it is "
      .. "yours to do. A plan you make with the right people is worth more "
      .. "than one made for you.",
    effects = { growth = "+5" },
    next = "plan-dinner",
  },
  support {
    "Tell Pat the truth: “My sister. She always pays.” Ask what you could say to "
    .. "Nina instead of asking.",
    because = "You want Nina close, not in charge. Asking how is the start of a "
      .. "new kind of brother and sister.",
    effects = { growth = "+5", intimacy = "+5" },
    next = "plan-dinner",
  },
  neutral {
    "Thank Pat. Tell her you want to sleep on it, and ask if she will be on "
    .. "the line tomorrow night.",
    because = "You made the call, and that counts. Waiting is fine for a day, "
      .. "though not forever.",
    later = {
      after = 2,
      effects = { growth = "-5" },
      says = "Tomorrow night came and went. The fridge stayed empty.",
    },
    next = "plan-dinner",
  },
  rescue {
    "Tell Pat about your sister. Say she hears the whole story, and she never "
    .. "once lets you down.",
    because = "It sounds like you have people. But Nina is your plan, and she "
      .. "doesn’t know it. As long as she catches you, the number never has to "
      .. "feel real.",
    effects = { growth = "-5" },
    later = {
      after = 2,
      effects = { resentment = "+5" },
      says = "Thursday came. You didn’t go. You knew who would pick up if it got "
        .. "bad.",
    },
    next = "plan-dinner",
  },
}

scene "plan-dinner" {
  place = "parents-house",
  "The next Sunday, Nina puts down her fork before pie. Her hands shake.",
  "She says she has been seeing a counselor. She says she has to stop. Mom’s "
  .. "bills go back to Mom over three months. No more loans.",
  "Then she looks at you. “Danny, no more money for the betting. None. But if "
  .. "you want help to quit, I’ll help you find it.”",
  "Mom goes stiff. “After all I did for you?” Gina says, “So we’re on our own.” "
  .. "Luis walks out. Everyone looks at you.",
  "Twice before, Nina tried to stop. Both times, a talk alone with you was "
  .. "where her no turned back into a yes.",
  discuss = "What does Danny feel when Nina says no more money? Is any of it "
    .. "relief?",
  notes = "Some players are surprised that Danny might feel relief here. Being "
    .. "someone's project is tiring too. Let the group name the mix.",
  hurtful {
    "Get up when Luis does. Grab your jacket and leave without looking at Nina "
    .. "once.",
    because = "Walking out says what you feel without words. It punishes her for "
      .. "her no, and she is left alone at the table.",
    effects = { intimacy = "-10" },
    next = "silent-week",
  },
  support {
    "Stay after the others go. “I’m mad. I’m scared, too. I think you’re right. "
    .. "Are you okay?”",
    because = "Your anger lands hard, and she cries. But you let her see it "
      .. "without asking her to fix it, and you ask about her.",
    effects = { resentment = "+5" },
    later = {
      after = 2,
      effects = { growth = "+5", intimacy = "+10" },
      says = "Nina sent you a photo of a blue coat she bought. “First thing for "
        .. "me in four years,” she wrote. You sent back a thumbs up, and meant it.",
    },
    next = "silent-week",
  },
  rescue {
    "Say, “That’s fair.” Then ask if the two of you can talk it over this week, "
    .. "before it starts.",
    because = "It sounds calm and fair. But you know what a talk alone has meant "
      .. "twice before: her no bends, and she keeps paying. If she bends, you "
      .. "both stay stuck.",
    effects = { resentment = "+5", growth = "-5" },
    set = "leaned_on",
    next = "silent-week",
  },
  self_care {
    "Squeeze Nina’s shoulder on your way out while the others argue. At "
    .. "home, look up the Thursday group and write the time on your hand.",
    because = "You don’t argue, and you don’t bend her no. You take the one "
      .. "kind of help that fits. It is not money. It is a way out that you "
      .. "walk yourself.",
    effects = { growth = "+5" },
    next = "silent-week",
  },
}

scene "silent-week" {
  "Nobody in the family calls Nina that week. Mom calls you instead.",
  "“She listens to you, Danny. Tell your sister she’s being cruel. I’ve been "
  .. "crying all week.”",
  "Mom has not driven since her eyes got bad. Nina lives across town, two "
  .. "buses away.",
  "You picture Nina alone in her kitchen. You picture your rent.",
  discuss = "Mom wants Danny to pass on a message. What would happen if he did?",
  hurtful {
    "Text Nina: “Mom’s been crying all week. Just thought you should know.”",
    because = "It sounds like news, but it is guilt, and guilt is a punch, "
      .. "even by text. It might pull her back into paying, and it costs you "
      .. "your sister’s trust.",
    effects = { resentment = "+5", intimacy = "-10" },
    next = "two-am",
  },
  boundary {
    "Tell Mom you love her. Then text her Nina’s number, and the evenings "
    .. "Nina is home this week.",
    because = "You stay out of a fight that is not yours, and you don’t "
      .. "carry her words. Mom hangs up hurt. Nina’s choice stays with Nina, "
      .. "and Mom’s call is Mom’s.",
    effects = { growth = "+5", intimacy = "-5" },
    later = {
      after = 2,
      effects = { intimacy = "+5" },
      says = "Mom called Nina herself in the end. They talked for an hour. "
        .. "Nobody needed you to carry a word.",
    },
    next = "two-am",
  },
  support {
    "Text Nina: “Still mad at you. Still your brother. Coffee sometime, when I’m "
    .. "less mad?”",
    because = "Being honest about the anger and the love is what lets her hold "
      .. "her line without losing you.",
    effects = { intimacy = "+5" },
    next = "two-am",
  },
  support {
    "Offer to drive Mom across town to Nina’s on Sunday, and drop her at the "
    .. "door.",
    because = "Mom hasn’t driven since her eyes got bad, and Nina is two buses "
      .. "away, so the ride is a real help. What she says to Nina is hers to "
      .. "say. You drop her off and stay out of the middle.",
    effects = { growth = "+5" },
    later = {
      after = 2,
      effects = { intimacy = "+5" },
      says = "Mom came out of Nina’s an hour later with red eyes and a "
        .. "tupperware of soup. “We’re all right,” she said. That was all you "
        .. "needed to know.",
    },
    next = "two-am",
  },
  rescue {
    "Tell Mom you love her. Say you are seeing Nina on Sunday anyway, and you "
    .. "will bring it up with her then.",
    because = "Mom stops crying right away, and that feels good. But you agree "
      .. "to carry her words to Nina. Her feelings and Nina’s choice were never "
      .. "yours to carry.",
    effects = { resentment = "-5" },
    later = {
      after = 2,
      effects = { resentment = "+10", intimacy = "-5" },
      says = "Nina found out you had been carrying Mom’s messages. “Not you too,” "
        .. "she said.",
    },
    next = "two-am",
  },
}

-- ---------------------------------------------------------------- two in the morning

scene "two-am" {
  place = "bedroom-night",
  "Another Friday. Another paycheck, gone by midnight. Your phone gets cut off "
  .. "next week. Rent is two weeks late.",
  "It is two in the morning. You lie on your bed with the phone on your chest.",
  "On the dresser is a small card you took from the card room wall: a gambling "
  .. "helpline, open all night. Under it, in small print: if you think about "
  .. "hurting yourself, call the emergency number now.",
  "Nina’s name is right there. She always picks up. Every time you have asked "
  .. "her what to do about money, her answer has been to pay.",
  discuss = "Danny has four very different calls he could make, or not make. "
    .. "Which one would be hardest for him? Why?",
  notes = "This mirrors the two a.m. call in Nina and Her Family. If the group "
    .. "has played both, ask how the same call feels from each end. Nights like "
    .. "this can get dark. If anyone ever thinks of hurting themselves, that is "
    .. "not a quiz: call a crisis line or the emergency number first.",
  neutral {
    "Put the phone face down. Wait for the light, when things look smaller, and "
    .. "decide who to call then.",
    because = "Waiting for morning is fine. You don’t lean on Nina, and you don’t "
      .. "reach out yet either.",
    clear = "leaned_on",
    next = "boss-calls",
  },
  rescue {
    "Call Nina. Tell her the whole check is gone, and the rent is two weeks "
    .. "late. Then let her talk.",
    because = "It sounds like being honest. But at two in the morning, with "
      .. "rent late, you both know what her answer has always been. It asks her "
      .. "to take back the no she worked so hard to say.",
    effects = { resentment = "+5" },
    next = { { when = "leaned_on", "on-the-couch" }, "nina-says-no" },
  },
  support {
    "Call Nina. Tell her the whole check is gone. Ask if her offer of a ride to "
    .. "the group still stands.",
    because = "You ask for the help she offered, the kind that keeps you in "
      .. "charge. She gets to say yes without paying for your bets.",
    effects = { growth = "+5", intimacy = "+5" },
    set = "nina_drove",
    clear = "leaned_on",
    next = "the-meeting",
  },
  self_care {
    "Call the number on the little card. It says open all night, and it is two "
    .. "in the morning.",
    because = "You reach for help that is built for this. Nina gets a night’s "
      .. "sleep, and you get someone who knows the way.",
    effects = { growth = "+5" },
    later = {
      after = 2,
      effects = { intimacy = "-5" },
      says = "Nina heard later that you called a stranger that night, not her. "
        .. "It stung her for a while.",
    },
    clear = "leaned_on",
    next = "the-meeting",
  },
}

scene "nina-says-no" {
  place = "phone-night",
  "Nina is quiet for so long you think the call dropped.",
  "“I love you, Danny,” she says. Her voice shakes. “I won’t pay it. But I’ll "
  .. "drive you to the group on Thursday, if you want to go.” You can hear that "
  .. "she is crying.",
  "Then she says, “I can come in with you the first time, too, if you ask. "
  .. "Family can come to the open one.”",
  "It feels like a slap. Then it feels like something else. She thinks you can "
  .. "do this.",
  discuss = "Nina says no. Why might her no feel cold to Danny? What else might "
    .. "it be?",
  hurtful {
    "“So you’d let me get kicked out? Some sister.”",
    because = "Anger is easier than fear. But it blames her for your debt, and it "
      .. "punishes her for a no she said with love.",
    effects = { resentment = "+10", intimacy = "-5" },
    next = "boss-calls",
  },
  support {
    "Ask Nina to come in with you, just this first time. She knows the whole "
    .. "story, start to end.",
    because = "Her no feels cold now. But she offered this herself: the ride, "
      .. "and a seat beside you the first time. You take the help that treats "
      .. "you like an adult, and nothing she gives pays for a bet.",
    effects = { growth = "+5", intimacy = "+5" },
    set = "nina_drove",
    next = "the-meeting",
  },
  rescue {
    "“Then just the phone bill? If it gets cut off, I can’t even call the "
    .. "helpline.”",
    because = "It sounds sensible, and it may even be true. But it is the same "
      .. "ask in a smaller size, and it tests her no.",
    effects = { resentment = "+5", growth = "-5" },
    next = "boss-calls",
  },
  rescue {
    "“You’re right, and I’m sorry. This one is mine. I’ll sort it out myself.”",
    because = "It sounds like owning it. But you say it to stop her crying, and "
      .. "her tears were hers to have. You skip past the ride she offered, and "
      .. "“I’ll sort it out” has no plan in it.",
    effects = { intimacy = "+5" },
    later = {
      after = 1,
      effects = { growth = "-5", intimacy = "-5" },
      says = "Thursday came and went. Nina didn’t ask. You didn’t say. The "
        .. "offer of a ride just sat there between you.",
    },
    next = "boss-calls",
  },
  hurtful {
    "“Okay. I get it. I’ll leave you alone, then.” Hang up, and turn the "
    .. "phone off.",
    because = "It sounds like giving her space. But cutting her off protects "
      .. "you from the sting, and leaves her awake and scared, with her "
      .. "offer sitting there.",
    effects = { intimacy = "-5" },
    next = "boss-calls",
  },
}

scene "on-the-couch" {
  place = "kitchen",
  "Nina caved. She paid your phone and your rent. Then she said you should "
  .. "stay with her “for a while,” just till you’re back on your feet.",
  "That was two weeks ago. There are notes on the fridge. A budget. A list of "
  .. "job ads with stars next to them. She checks your bank app on her phone.",
  "Every time you go out, she asks where. Every time, you feel smaller.",
  "Her headaches are worse. You hear her up at night.",
  discuss = "Nina is doing everything for Danny. Why might he feel worse, not better?",
  boundary {
    "Take the budget off the fridge, fold it, and hand it to her. “Thanks, sis. "
    .. "I’ll find a room by the first. My bank goes back to being mine.”",
    because = "You say clearly what you will do and what she should stop doing. "
      .. "She is stung. It frees her as much as it frees you.",
    effects = { growth = "+10", intimacy = "-5" },
    clear = "leaned_on",
    next = "boss-calls",
  },
  hurtful {
    "Give her some room. Go out most nights, and come home after she is "
    .. "asleep, so you don’t wake her.",
    because = "It sounds considerate. But slipping away dodges her "
      .. "questions, keeps the betting in the dark, and turns her worry into "
      .. "fear.",
    effects = { resentment = "+5", growth = "-5" },
    clear = "leaned_on",
    next = "boss-calls",
  },
  it_depends {
    "Ask to stay one more month. You pay her rent each Friday, and you mark a "
    .. "move-out date on her calendar.",
    because = "A short stay with rent and an end date can help you get steady. "
      .. "If the date slides and she keeps doing your part, it is a rescue again.",
    effects = { growth = "+5" },
    clear = "leaned_on",
    next = "boss-calls",
  },
  rescue {
    "Thank her for the job list. Tonight, apply for the two ads she starred, "
    .. "the way she asked.",
    because = "It looks like effort, and she is pleased. But it is her plan and "
      .. "her stars, and she still checks your bank. You do your homework for "
      .. "her, and you both start to hate it.",
    effects = { resentment = "+5", growth = "-5" },
    later = {
      after = 2,
      effects = { resentment = "+10", intimacy = "-5" },
      says = "You and Nina had a fight about a pizza. It was not about the pizza.",
    },
    clear = "leaned_on",
    next = "boss-calls",
  },
}

-- ---------------------------------------------------------------- getting help

scene "the-meeting" {
  place = "meeting-room",
  "Thursday, six o’clock. A church hall with a sign on the door: Gamblers "
  .. "Anonymous. Open meeting. Family and friends welcome.",
  { when = "nina_drove",
    "Nina drove you. She is parked by the door with the engine running. On the "
    .. "way she said, “If they ask, I can tell them how it all started.” If she "
    .. "just comes in with you, she will do the talking." },
  { when = "not nina_drove",
    "You took the bus. You got off one stop early, then walked slowly." },
  "Your knee bounces. Your mouth is dry. Through the glass you see folding "
  .. "chairs and a man pouring coffee.",
  "You do not want to go in. You want someone to go in for you.",
  discuss = "What is Danny afraid of in there? What might he find?",
  support {
    "Ask Nina to come in and sit next to you, just for this first one. She "
    .. "doesn’t have to say a word.",
    when = "nina_drove",
    because = "Tonight is an open meeting, so she is welcome. You walk in on your "
      .. "own feet, and you speak for yourself. She is beside you, not in front "
      .. "of you.",
    effects = { growth = "+5", intimacy = "+5" },
    later = {
      after = 3,
      effects = { growth = "+5" },
      says = "The next Thursday you went alone. Nina asked how it went. You told "
        .. "her a bit, and kept the rest for Ray.",
    },
    set = "in_group",
    clear = "nina_drove",
    next = "sponsor",
  },
  rescue {
    "Ask Nina to come in with you, just this first time. She knows the whole "
    .. "story, start to end.",
    when = "nina_drove",
    because = "It works tonight: you get through the door. But on the way she "
      .. "said she would tell them how it all started, and you want someone to "
      .. "go in for you. Asked here, at the door, it hands her the talking, and "
      .. "in there she does it. It becomes her meeting a little, and your "
      .. "recovery starts to be her project.",
    effects = { growth = "+5", intimacy = "+5" },
    later = {
      after = 2,
      effects = { growth = "-10", resentment = "+5" },
      says = "You stopped going after two weeks. It felt more like Nina’s thing "
        .. "than yours.",
    },
    clear = "nina_drove",
    next = "boss-calls",
  },
  self_care {
    "Walk in. Sit in the back. When it is your turn, say your name and nothing "
    .. "else.",
    because = "No one can do this part for you, and now no one has to. It is "
      .. "your first step, taken on your own feet.",
    effects = { growth = "+10" },
    later = {
      after = 3,
      effects = { growth = "+5" },
      says = "By the third Thursday, the man with the coffee knew your name. You "
        .. "kept going back.",
    },
    set = "in_group",
    clear = "nina_drove",
    next = "sponsor",
  },
  support {
    "Text Nina from the steps: “Going in. I’ll call you after, maybe. Don’t "
    .. "wait up.”",
    because = "She wanted to hear more, and it stings her. But you let her be "
      .. "part of it without putting her in charge.",
    effects = { growth = "+5", intimacy = "-5" },
    later = {
      after = 3,
      effects = { intimacy = "+10" },
      says = "You did call her after. You talked for an hour, and not once about "
        .. "money.",
    },
    set = "in_group",
    clear = "nina_drove",
    next = "sponsor",
  },
}

scene "sponsor" {
  place = "cafe",
  "After your third meeting, a man named Ray offers to be your sponsor. He is "
  .. "sixty, with big hands and a slow laugh.",
  "Over coffee he asks, “When you lose, who pays?”",
  "You start to say nobody. Then you think of Nina’s face at the door in her robe.",
  self_care {
    "“My sister. Every time.” Then ask Ray if he would be the one you call "
    .. "first from now on, before her.",
    because = "Naming it is how you start to change it. A sponsor is there "
      .. "for exactly this. Ray can help you carry what used to land on "
      .. "Nina.",
    effects = { growth = "+5" },
    next = "nina-headache",
  },
  rescue {
    "“My sister has the money side handled, honestly. She’s better at it "
    .. "than me.”",
    because = "It sounds modest. But it hands your debts to Nina, and keeps "
      .. "Ray away from them. A clean start paid by someone else is one more "
      .. "rescue with a nicer name.",
    effects = { resentment = "-5", growth = "-5" },
    later = {
      after = 1,
      effects = { resentment = "+10" },
      says = "Nina paid off the last of it. A month later, the clean start had a "
        .. "new hole in it.",
    },
    next = "nina-headache",
  },
  neutral {
    "Tell Ray you’re lucky to have him. Ask about the coin on his keys, and "
    .. "how long it took him to earn it.",
    because = "Getting to know him is fine. His question is still sitting there, "
      .. "for another day.",
    next = "nina-headache",
  },
}

scene "boss-calls" {
  "Monday, your boss at the warehouse calls. You were late three times last "
  .. "week. He is cutting your shifts.",
  "Less money. More time. More time is the worst thing you could have right now.",
  "You could call Nina. She is good with bosses. She could fix this with one call.",
  "Since the plan dinner, she has said one thing about calls like this: “I won’t "
  .. "make them for you. But I’ll read over what you want to say, if you ask.” "
  .. "The last time she was “just on the line” with your landlord, she did all "
  .. "the talking.",
  self_care {
    "Ring the helpline and ask them to find you a group near the warehouse, "
    .. "and to call you back with the time.",
    because = "It took a hard week to get here. Asking people built for this "
      .. "is not being rescued, and the betting that made you late is what "
      .. "you face there. You get your own help.",
    effects = { growth = "+10" },
    set = "in_group",
    next = "nina-headache",
  },
  support {
    "Send Nina what you want to say, and ask her to fix anything that sounds "
    .. "wrong.",
    because = "You ask for the help she offered: she reads, and the call stays "
      .. "yours. She changes two words, says “Send it,” and nothing more. A "
      .. "work call in your words, read over, is still your call.",
    effects = { growth = "+5", intimacy = "+5" },
    next = "nina-headache",
  },
  support {
    "Call your boss back yourself. Say the late days were on you, and ask what it "
    .. "takes to earn the shifts back.",
    because = "You own your part, out loud, to the person it matters to. It is "
      .. "hard and plain, and nobody does it for you.",
    effects = { growth = "+5" },
    next = "nina-headache",
  },
  rescue {
    "Call Nina and ask her to stay on the line when you call your boss, just to "
    .. "listen.",
    because = "It sounds like the help she offered. But she offered to read, not "
      .. "to be on the line, and “just on the line” ended with her talking last "
      .. "time. You get your shifts back, and your boss learns you can’t speak "
      .. "for yourself.",
    effects = { resentment = "-5", growth = "-5" },
    later = {
      after = 1,
      effects = { resentment = "+10" },
      says = "Nina did most of the talking to your boss. She also missed her own "
        .. "shift to do it. She told you this twice.",
    },
    next = "nina-headache",
  },
  neutral {
    "Say okay, and hang up. Wait and see what the new schedule looks like on "
    .. "Friday.",
    because = "Waiting is fine for a few days. The betting that made you late is "
      .. "still there, waiting too.",
    next = "nina-headache",
  },
}

-- ---------------------------------------------------------------- her side

scene "nina-headache" {
  place = "kitchen",
  "A few weeks later, at Mom’s, you find Nina alone in the kitchen. She is "
  .. "pressing her fingers into the back of her neck.",
  "She tells you about the headaches. The backaches. The doctor who found "
  .. "nothing wrong. The counselor.",
  "Then she says, not unkindly, that the last money she gave you was her "
  .. "dentist money. You did not know.",
  "She has saved it up again. The tooth comes out on Tuesday. They told her "
  .. "she can’t drive herself home after, and Luis is at work.",
  "You owe her about two thousand dollars. You take home less than that in a "
  .. "month.",
  discuss = "Danny learns what his debts cost Nina. What is the urge he feels? "
    .. "Is it his to act on?",
  notes = "Here Danny feels the pull to rescue Nina's feelings, the same pull "
    .. "she has felt for him. The story turns the tables on purpose.",
  support {
    "“I didn’t know about the dentist.” Sit down across from her. Say nothing "
    .. "else. Wait.",
    because = "You let her have her own hard time without making it about you. "
      .. "That is what she has always done for others.",
    effects = { intimacy = "+10" },
    next = "the-slip",
  },
  support {
    "“I’ll drive you Tuesday. I’ll swap my shift.”",
    because = "She truly can’t drive after the dentist, and nobody else is free. "
      .. "A ride is real help, and for once it goes from you to her. It costs you "
      .. "a shift’s pay.",
    effects = { resentment = "+5", intimacy = "+5" },
    later = {
      after = 2,
      effects = { growth = "+5", intimacy = "+5" },
      says = "You drove Nina home from the dentist, numb and mumbling. She "
        .. "laughed at herself the whole way. It felt good to be the one "
        .. "helping.",
    },
    next = "the-slip",
  },
  rescue {
    "Take her hand. “I’m paying back every cent, by Christmas. That’s a deal.”",
    because = "A big promise soothes her worry for a minute. But two thousand by "
      .. "Christmas is more than you could save, and her worry was hers to "
      .. "carry. A promise you can’t keep adds to the pile.",
    effects = { intimacy = "+5" },
    later = {
      after = 2,
      effects = { resentment = "+10", growth = "-5" },
      says = "You missed the first payment you promised Nina. She said it was "
        .. "fine. It was not fine.",
    },
    next = "the-slip",
  },
  boundary {
    "Squeeze her hand. “Next time I ask you for money, think of this tooth.”",
    because = "You name a line for your own asking, in a way she can "
      .. "remember. It feels cold to her now. It helps her hold her line, "
      .. "and keeps your problem yours.",
    effects = { growth = "+5", intimacy = "-5" },
    next = "the-slip",
  },
  hurtful {
    "“Honestly, sis? It’s stress. You worry too much. Let it go, and the "
    .. "headaches will go too.”",
    because = "A quick answer lets you off the hook. But it is not yours to "
      .. "name, and it tells her that her pain is not welcome here.",
    effects = { intimacy = "-10" },
    next = "the-slip",
  },
}

scene "the-slip" {
  place = "car",
  { when = "in_group",
    "Eight weeks without a bet. Then a Saturday, a game on TV, a friend with an "
    .. "app. Two hundred dollars, gone in an hour. Ray has one rule: a slip "
    .. "comes to him first, the same night. You don’t want Ray to know. Nina "
    .. "would keep your card and ask no questions." },
  { when = "not in_group",
    "Saturday night. Two hundred dollars, gone in an hour. It is not the first "
    .. "time this month." },
  "You sit in your car outside the bar. The shame feels like a fever.",
  "Your phone is in your hand. So many people you could call. So many you could "
  .. "hide from.",
  discuss = "What is the difference between a slip and giving up? What does "
    .. "Danny need from Nina right now?",
  notes = "A slip is common in recovery. If a player says Danny should just give "
    .. "up, ask what the group or a helpline would say to him tonight.",
  rescue {
    "Text Nina: “Can you keep my bank card at your place for a while?”",
    when = "in_group",
    because = "A card held by someone you trust can help, as part of a plan you "
      .. "made with your group. Tonight it is a secret fix: the slip was meant "
      .. "to go to Ray first, and this keeps it from him. Nina becomes your "
      .. "guard and part of the secret, and the loss teaches nothing.",
    effects = { resentment = "+5", growth = "-5" },
    set = "asked_cover",
    next = "after-the-slip",
  },
  rescue {
    "Call Nina. Say you slipped, and ask if she could float the two hundred, so "
    .. "rent doesn’t fall behind again.",
    when = "not in_group",
    because = "Her money would take the sting away tonight. It also takes away "
      .. "the lesson the loss could teach, and it costs her again.",
    effects = { resentment = "+5", growth = "-5" },
    set = "asked_cover",
    next = "after-the-slip",
  },
  self_care {
    "Call Ray and ask if he’s still up. Meet him at the all-night diner, buy "
    .. "his pie, and tell him the truth over it.",
    when = "in_group",
    because = "It looks like a favor for Ray. It is you, owning the slip out "
      .. "loud. Your sponsor is there for exactly this. You own the slip with the "
      .. "help you chose, and Nina is not on call.",
    effects = { growth = "+10" },
    set = "owned_slip",
    next = "payback",
  },
  self_care {
    "Call the helpline from the car. Ask when the next group meets, and go on "
    .. "Thursday.",
    when = "not in_group",
    because = "It is never too late to get your own help. This slip can be the "
      .. "one that turns you around.",
    effects = { growth = "+5" },
    set = "in_group",
    next = "payback",
  },
  support {
    "Call Nina and say it straight: “I bet two hundred tonight. I’m okay. I "
    .. "wanted you to hear it from me.”",
    because = "Her voice goes tight, and that is hard to hear. But telling her "
      .. "without asking her to fix it is trust.",
    effects = { growth = "+5", intimacy = "-5" },
    later = {
      after = 2,
      effects = { intimacy = "+10" },
      says = "Nina said later that the slip call scared her less than the years "
        .. "of not knowing.",
    },
    set = { "told_nina", "owned_slip" },
    next = "after-the-slip",
  },
  hurtful {
    "Drive home. Delete the app, and spare everyone the news. Start counting "
    .. "again from tomorrow.",
    because = "Sparing everyone feels like protecting them. But secrets are "
      .. "where the betting grows best.",
    effects = { growth = "-5", intimacy = "-5" },
    set = "shut_out",
    next = "payback",
  },
}

scene "after-the-slip" {
  place = "car",
  { when = "asked_cover and in_group",
    "Nina calls you back. She breathes out slowly. “No, Danny. I won’t cover "
    .. "it. And I think Ray should know. Do you want to tell him, or should I "
    .. "wait while you do?”" },
  { when = "asked_cover and not in_group",
    "Nina breathes out slowly. “No, Danny. I won’t cover it. But I’ll stay on "
    .. "the phone while you call the helpline, if you want.”" },
  { when = "told_nina",
    "Nina is quiet. Then: “Thank you for telling me. That must have been hard. "
    .. "What will you do next?” She doesn’t offer a single fix." },
  "Twice this year Nina was “just on the line” for a hard call. Both times, she "
  .. "ended up doing all the talking.",
  "Owning a slip means telling it in your own words. Nina has not offered to "
  .. "write them.",
  "You wait for the rush of relief. It does not come. Something steadier comes "
  .. "instead.",
  boundary {
    "“I’ll sort it out myself. I make the call tonight. You don’t have to wait "
    .. "up for me.”",
    because = "You take the next step as your own. She gets to be your sister, "
      .. "not your guard.",
    effects = { growth = "+5" },
    set = "owned_slip",
    clear = { "asked_cover", "told_nina" },
    next = "payback",
  },
  support {
    "“Okay. Stay on the line while I call. You don’t have to talk. Just be "
    .. "there.”",
    because = "You ask her to be near, not to take over. You make the call "
      .. "yourself, and she listens. She gets to be your sister, not your "
      .. "spokesman.",
    effects = { growth = "+5", intimacy = "+5" },
    set = "owned_slip",
    clear = { "asked_cover", "told_nina" },
    next = "payback",
  },
  rescue {
    "Ask her to be honest with you: how bad does this look, really? Then wait for her "
    .. "answer.",
    because = "It sounds like asking for the truth. But you ask her to size your "
      .. "slip for you, so you can hear “not that bad” and skip the call. That "
      .. "part was yours to face.",
    effects = { resentment = "-5", intimacy = "+5" },
    later = {
      after = 1,
      effects = { resentment = "+5", growth = "-5" },
      says = "Nina said, carefully, that one slip didn’t undo everything. You "
        .. "heard “it’s not that bad.” You never called anyone, and a week later "
        .. "it was worse.",
    },
    clear = { "asked_cover", "told_nina" },
    next = "payback",
  },
  rescue {
    "Send Nina what you want to say, and ask her to fix anything that sounds "
    .. "wrong.",
    because = "A read-over is help when she offers it for a call about work. "
      .. "Tonight she has not offered to write anything, and a slip is owned in "
      .. "your own words. Her fixes make it her account of your slip, the way "
      .. "the last two calls became hers. It feels easier now. Later it is "
      .. "smaller for you, and she is back in charge of your recovery.",
    effects = { growth = "-5", resentment = "+5" },
    clear = { "asked_cover", "told_nina" },
    next = "payback",
  },
  neutral {
    "“I don’t know yet.” Sit with her on the phone for a while, neither of you "
    .. "saying much.",
    because = "Not knowing is honest. The quiet is shared, and the next step is "
      .. "still yours to take.",
    later = {
      after = 1,
      effects = { intimacy = "+5" },
      says = "Nina said later that quiet call was one of the best you had had in "
        .. "years.",
    },
    clear = { "asked_cover", "told_nina" },
    next = "payback",
  },
}

-- ---------------------------------------------------------------- the birthday

scene "payback" {
  "Friday. Payday. Rent is paid. For the first time in a long time, there is "
  .. "a little left over.",
  { when = "in_group",
    "Ray says to plan where it goes before you get it, so the hum can’t decide." },
  "Mom’s birthday is Sunday. And you still owe Nina. This fifty is the first "
  .. "payment you promised her.",
  boundary {
    "Put fifty in an envelope for Nina. Write on it: “Payment one. More every "
    .. "month.”",
    because = "You pay your own debt, on your own terms. You stop being her "
      .. "project and start being her brother.",
    effects = { growth = "+5", resentment = "-5" },
    set = "paid_back",
    next = "moms-birthday",
  },
  hurtful {
    "Buy a couple of scratch cards on the way home. They don’t really count as "
    .. "betting.",
    because = "They count. The hum knows they count. A small bet keeps the door "
      .. "open.",
    effects = { growth = "-5" },
    next = "moms-birthday",
  },
  rescue {
    "Spend the fifty on a good gift for Mom, and sign the card from you and Nina "
    .. "both.",
    because = "It sounds sweet. But the fifty was Nina’s, so she ends up paying "
      .. "for Mom’s gift, and she carries your debt a bit longer so you can look "
      .. "generous.",
    effects = { resentment = "+5" },
    next = "moms-birthday",
  },
}

scene "moms-birthday" {
  place = "restaurant",
  "Mom’s birthday, at the place with the red booths. Nina is wearing a new "
  .. "blue coat.",
  { when = "in_group",
    "You order a soda. In your pocket is a small coin from the group. You turn "
    .. "it over and over." },
  { when = "not in_group",
    "You keep checking the score on your phone under the table." },
  "When the bill comes, Mom picks it up. “My treat,” she says. Nina looks like "
  .. "she might cry.",
  "Then Mom looks down the table at you. “Danny? You want to say something?”",
  support {
    "Raise your glass. “To Nina. For saying no to me. I hated it. It helped.”",
    because = "You give her credit for the hard kind of love. It also shows how "
      .. "far you have come.",
    effects = { intimacy = "+5", growth = "+5" },
    next = {
      { when = "resentment >= 50", "still-owing" },
      { when = "in_group and owned_slip and paid_back "
          .. "and resentment <= 35 and intimacy >= 40",
        "brother-and-sister" },
      { when = "shut_out and not owned_slip", "on-my-own" },
      { when = "intimacy < 35", "on-my-own" },
      "a-few-slips",
    },
  },
  rescue {
    "“To Nina. The only reason any of us are still standing.”",
    because = "It sounds like thanks. But it makes her the family’s floor again, "
      .. "and it says you can’t stand on your own.",
    effects = { resentment = "+5", growth = "-5" },
    next = {
      { when = "resentment >= 45", "still-owing" },
      { when = "shut_out and not owned_slip", "on-my-own" },
      { when = "intimacy < 40", "on-my-own" },
      "a-few-slips",
    },
  },
  neutral {
    "Raise your soda. “Happy birthday, Mom. Thanks for dinner.” Then squeeze "
    .. "Nina’s hand under the table.",
    because = "Keeping it simple is fine. What you feel can be said another "
      .. "day, when it is just you and Nina.",
    next = {
      { when = "resentment >= 50", "still-owing" },
      { when = "in_group and owned_slip and paid_back "
          .. "and resentment <= 30 and intimacy >= 40",
        "brother-and-sister" },
      { when = "shut_out and not owned_slip", "on-my-own" },
      { when = "intimacy < 35", "on-my-own" },
      "a-few-slips",
    },
  },
}

-- ---------------------------------------------------------------- endings

ending "still-owing" {
  place = "restaurant",
  title = "Still owing",
  "Mom says thank you to Nina for everything. Everyone claps. You clap too. "
  .. "You do not look at Nina.",
  "You still owe her. You don’t know how much anymore. Every time you see her, "
  .. "you feel it, and you feel smaller.",
  "She still picks up when you call. You still call. Neither of you seems happy "
  .. "about it.",
  "On the way home, your phone lights up. A free bet, just for you. Your thumb "
  .. "hovers.",
  "The helpline number is still in your phone. It is never too late to use it.",
  lens = {
    goal = "You wanted the bad feeling to stop, fast. Nina’s money made it stop, "
      .. "for a night.",
    behaviours = "You asked her to pay, to call, to cover. You let her run "
      .. "things you could have run.",
    thoughts = "She can fix it. I can’t. If she says no, it means she doesn’t "
      .. "love me.",
    emotions = "Relief, then shame. Then anger at her for being the one who "
      .. "always has to save you.",
    underlying = "Being rescued kept you from feeling the cost of betting, and "
      .. "from finding out you could face it. It wore out your sister, too.",
  },
  practice = "This week, before you ask anyone to fix something, wait one hour. "
    .. "In that hour, write down one step you could take yourself.",
  reflect = "When someone rescued you, what did you feel the next day? What did "
    .. "you believe about yourself?",
}

ending "on-my-own" {
  place = "restaurant",
  title = "On my own",
  "You give Mom a hug and leave before dessert. Nina waves. You nod.",
  "You don’t ask Nina for money anymore. You don’t ask her for anything. You "
  .. "don’t tell her much, either.",
  "Some weeks you bet, some weeks you don’t. You handle it alone. That was the "
  .. "point, wasn’t it?",
  "But you miss her. You miss having a sister and not a bank, and you are not "
  .. "sure how to ask for that.",
  lens = {
    goal = "You wanted to stop needing Nina. Under that, you wanted to stop "
      .. "feeling ashamed around her.",
    behaviours = "You pulled away. You said no to her money and to her company, "
      .. "both at once.",
    thoughts = "If I let her close, she’ll take over again. Better to do it all "
      .. "alone.",
    emotions = "Pride, and under it, a lonely ache.",
    underlying = "Not being rescued is not the same as being alone. There is a "
      .. "kind of help that keeps you in charge: someone beside you.",
  },
  practice = "This week, tell one person one true thing about how you are doing. "
    .. "Ask them only to listen.",
  reflect = "What is the difference between someone who carries you and someone "
    .. "who walks with you? Who in your life walks with you?",
}

ending "a-few-slips" {
  place = "restaurant",
  title = "A few slips",
  "Mom laughs. Gina teases you about the soda. Nina bumps your shoulder.",
  "You are not fixed. Some weeks are good. Some weeks the hum wins for a night, "
  .. "and you have to start counting again.",
  "But when it goes wrong now, you don’t knock on Nina’s door at one in the "
  .. "morning. Most times, anyway.",
  "Nina still worries. You can see it. She is learning to let you have your own "
  .. "bad days. You are learning to have them.",
  lens = {
    goal = "You wanted to stand on your own and still have your sister.",
    behaviours = "Some days you asked for rescue. Other days you took your own "
      .. "steps and let Nina stand by.",
    thoughts = "Maybe I can do this. But if I can’t, she’ll catch me, won’t she?",
    emotions = "Shame and hope, side by side. Some new pride.",
    underlying = "It is easy to go back to being rescued when it gets hard. Each "
      .. "time you don’t, you both get a little freer.",
  },
  practice = "The next time you feel the urge to ask someone to fix something, "
    .. "ask them to listen instead. Notice how it feels.",
  reflect = "Think of a time you handled something hard yourself, with someone "
    .. "beside you. What did that person do that helped?",
}

ending "brother-and-sister" {
  place = "restaurant",
  title = "Brother and sister",
  "You say your toast. Nina laughs and wipes her eyes with her napkin.",
  "Later, in the parking lot, you hand her an envelope. Another payment. She "
  .. "tries to wave it off. You don’t let her.",
  "You have had a slip or two. You told Ray each time, and you told Nina. She "
  .. "listened. She did not fix.",
  "“Your head okay these days?” you ask. “Mostly,” she says. “It’s been a while.” "
  .. "You realize you have never asked her that before this year.",
  "You are not her project anymore. You are her brother.",
  lens = {
    goal = "You wanted to quit betting and to have your sister back, not your bank.",
    behaviours = "You asked for the right kind of help, got your own support, "
      .. "owned your slips, and paid your own debts.",
    thoughts = "This is mine to face. She can be beside me. I don’t need her in "
      .. "front of me.",
    emotions = "Fear at first, and shame. Then a slow, steady pride. Closer to "
      .. "Nina than in years.",
    underlying = "Her no felt cold when it came. It was respect. It told you "
      .. "that you could face your own life, and you did.",
  },
  practice = "This week, pay back one thing you owe, in money or in kind. Do it "
    .. "on your own terms, without being asked.",
  reflect = "When has someone’s no helped you more than a yes would have? What did "
    .. "it tell you about what they thought you could do?",
}
