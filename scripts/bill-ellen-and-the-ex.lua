-- Bill, Ellen and the ex: the friendly call, the secret coffees, the triangle.
-- Bill has ended it with Meg, after three years of her crises and his rescues.
-- Now he is with Ellen, and life is calm. While his counselor is away, one
-- "friendly" call to Meg pulls him back in. Coffees follow, kept from Ellen.
-- Ellen finds out (on some paths she leaves), and Bill has to look at why he
-- went back, let go of the rescuer's job, and tell Ellen the whole truth.
-- Honesty, limits with an ex, and checking your own motives.
--
-- Flags, and where they matter:
--   told_past     Bill told Ellen about Meg early (running-club); a line in
--                 coffee-ask, cleared there
--   called_meg    Bill made the call (anne-away -> the-call); opening of
--                 coffee-ask, cleared there
--   told_urge     Bill told Ellen about the pull to call (anne-away); a line
--                 in birthday, cleared in coffee-ask
--   coffees       Bill is meeting Meg (coffee-ask; first-coffee can stop
--                 it); lines in ellen-evening, weeks-pass and ellen-finds-out,
--                 cleared once Ellen has spoken up or found out
--   secret        Bill is hiding the contact from Ellen (coffee-ask,
--                 ellen-evening); dinner-call sends him to ellen-finds-out,
--                 cleared there or when he tells her
--   ellen_left    Ellen ended it (ellen-finds-out, ellen-speaks-up); lines in
--                 anne-back and the-truth, quiet-weeks -> reaching-ellen,
--                 and the endings
--   helping_meg   Bill went back to rescuing Meg (alone-again, meg-crisis);
--                 last-talk can clear it; if still set, the ending is
--                 caught-between
--   kept_limit    Bill did not go to Meg at 2 a.m. (meg-crisis, support or
--                 boundary); read in new-ground
--   owned_it      Bill gave Ellen facts or room, not a big promise (the-truth,
--                 support or boundary); read in new-ground
--
-- The pattern ending: in new-ground, "owned_it and kept_limit" leads to
-- starting-again whatever the meters say (unless resentment is high).
--
-- Same act, different kind (twins: the same words in two scenes):
--   last-talk (rescue) / new-ground (support): "Sure. Text me the time,
--     and I'll bring the car": Meg has a cousin with a van and did not ask;
--     Ellen asked for exactly this.
--   the-call (rescue) / new-ground (support): staying on the line while
--     she cries: Meg, a minute after threats, during the no-contact deal;
--     Ellen, his partner, in tears.
--   coffee-ask (rescue) / why-i-called (self_care): "Say yes: One coffee,
--     Tuesday": Meg, against the deal with Anne and before Ellen knows; Tom,
--     an old friend who asked to meet.
--   calm-feels-odd (support) / alone-again (rescue): fixing the dripping
--     tap and staying the night: Ellen asked on Sunday and he said yes; Meg's
--     tap is the way back into "looking after each other".
--   birthday (rescue) / quiet-weeks (self_care): "Thank you... What's been
--     going on?": Meg asked for nothing, with no contact agreed; Ruth is his
--     own sister.
--   running-club (rescue) / new-ground (it_depends): Sam's number: Ellen said
--     she'd figure the rent out and asked about his past; later she has
--     twenty students and nowhere to go, so it depends on whether she wants
--     ideas.
--   calm-feels-odd (rescue) / weeks-pass (self_care): tidying the pile of
--     letters on the hall table while Ellen reads: her insurance letters, which
--     she said she would sort at the weekend, or your own post, left unopened
--     for weeks while you answered Meg.
--
-- Meter changes are steps of 5 and flags are cleared once nothing reads them,
-- so paths that meet in the same place merge and `beside explore` can play
-- every path.

scenario {
  id = "bill-ellen-and-the-ex",
  title = "Bill, Ellen and the Ex",
  teaser = "Bill has left Meg and found Ellen. One friendly call later, he is "
    .. "meeting his ex for coffee, and not telling Ellen.",
  you_play = "Bill",
  people = { ellen = { name = "Ellen", main = true }, meg = "Meg" },
  minutes = 20,
  content_notes = {
    "a secret kept from a partner",
    "threats from an ex",
    "panic attacks",
    "a hospital visit",
    "a breakup",
    "money worries",
  },
  meters = { resentment = 20, growth = 30, intimacy = 40 },
  start = "running-club",
}

-- ---------------------------------------------------------------- something new

scene "running-club" {
  place = "park",
  "It has been eight months since you ended things with Meg. Her calls "
  .. "stopped a while ago. You joined a running club, mostly to get out of the "
  .. "house.",
  "That is where you met Ellen. She teaches piano. She laughs easily, runs at "
  .. "the back with you, and never seems in a rush.",
  "Over pancakes after a Sunday run, she says her landlord is raising the rent. "
  .. "“I’ll figure it out,” she says. Then she smiles. “So, what’s your story? "
  .. "Anyone before me?”",
  discuss = "Ellen asks two things here: nothing about the rent, and something "
    .. "about Bill’s past. What does she want from him?",
  neutral {
    "“Someone, yes. It ended hard.” Pour her more coffee. “Now, this "
    .. "landlord. How much is he putting it up?”",
    because = "Asking about her rent sounds caring, and it is only a question. "
      .. "But she asked about your past, and you gave her one line and turned "
      .. "it back to her. "
      .. "You don’t owe anyone your whole past this early. A past kept in "
      .. "the dark can come back at a bad time.",
    later = {
      after = 3,
      effects = { intimacy = "-5" },
      says = "Ellen asked again about your ex. You changed the subject again. "
        .. "She noticed.",
    },
    next = "calm-feels-odd",
  },
  rescue {
    "Tell her about your friend Sam, who rents out rooms, and text her his "
    .. "number.",
    because = "A number sounds friendly, and she smiles now. But she said she "
      .. "would figure it out, and she asked about you, not the rent. Jumping in on a "
      .. "problem she owns is the old habit, with a new face.",
    effects = { intimacy = "+5" },
    later = {
      after = 2,
      effects = { intimacy = "-5" },
      says = "Ellen thanked you for Sam’s number. Then she said, kindly, "
        .. "“You know I can do this stuff, right?”",
    },
    next = "calm-feels-odd",
  },
  support {
    "Tell her about Meg: three hard years, how it ended, and the counselor "
    .. "you still see.",
    because = "She asked about your past, and you answer it plainly. Honest "
      .. "talk early builds trust, and you leave the rent to her.",
    effects = { growth = "+5", intimacy = "+5" },
    set = "told_past",
    next = "calm-feels-odd",
  },
  it_depends {
    "“I’m good with leases. I could read the new one through with you this "
    .. "week.”",
    because = "She said she will figure it out, and she did not ask. Offered "
      .. "once, and dropped if she says no, it is a small, fair help. If you "
      .. "bring it up again, or read the lease for her, it becomes the old job.",
    effects = { intimacy = "+5" },
    later = {
      after = 3,
      effects = { intimacy = "+5" },
      says = "Ellen never took you up on the lease. She did mention that you "
        .. "only offered once, and that she liked that.",
    },
    next = "calm-feels-odd",
  },
}

scene "calm-feels-odd" {
  place = "living-room",
  "Two months in, things with Ellen are easy. You cook. You walk. You fall "
  .. "asleep at ten and wake up rested.",
  "There are no calls at night. No crises. And some evenings you feel "
  .. "something strange. Flat. Almost bored. As if something is missing.",
  "Tonight Ellen is reading on the couch. Your phone sits quiet on the table. "
  .. "Yesterday she said her car insurance is a mess, and that she will sort it "
  .. "out at the weekend. She has not asked you about it.",
  "Her insurance letters and the new form sit in a pile on the hall table.",
  "It is Tuesday. You have been looking for something to do all evening. "
  .. "On Sunday she did ask for one thing: could you fix the dripping tap in "
  .. "her kitchen some time? You said yes.",

  discuss = "Why might calm feel boring to someone who lived in crisis for years?",
  notes = "A key idea: when drama has been normal for a long time, calm can "
    .. "feel empty, even wrong. Say that this is common. It is not a flaw in "
    .. "Bill, and it is not a sign that Ellen is dull.",
  rescue {
    "While she reads, tidy the pile of letters on the hall table, and put the "
    .. "new form on top.",
    because = "It looks like tidying, and she is grateful now. But the pile "
      .. "is her insurance mess, and she asked for the tap, not this. She "
      .. "said she would sort the "
      .. "insurance at the weekend. The job is for your restless evening, not "
      .. "her need.",
    effects = { resentment = "-5", intimacy = "+5" },
    later = {
      after = 3,
      effects = { resentment = "+5", growth = "-5" },
      says = "Ellen filled in the form from your neat pile. You are already "
        .. "scanning for the next thing to fix.",
    },
    next = "anne-away",
  },
  support {
    "Take the blanket from the chair, sit down by her, and tuck it round "
    .. "both your feet.",
    because = "She has not asked for anything tonight. Being "
      .. "there, with nothing to fix, is what closeness looks like. "
      .. "It can feel like too little at first. It is not.",
    effects = { growth = "+5", intimacy = "+5" },
    next = "anne-away",
  },
  self_care {
    "Put the kettle on and make her tea the way she likes it. While it "
    .. "brews, say it under your breath: “I miss being needed.”",
    because = "Making tea looks like looking after her. The real work is the "
      .. "words under your breath. Checking your motives is how you catch "
      .. "a pattern before it acts. A feeling you can name is easier to "
      .. "hold.",
    effects = { growth = "+10" },
    next = "anne-away",
  },
  support {
    "Get your tools and fix the dripping tap in her kitchen. Then come back "
    .. "and sit with her for the rest of the night.",
    because = "She asked you on Sunday to fix that tap, and you said yes. Doing "
      .. "a job you were asked to do is plain help. Notice if it scratches the "
      .. "itch, and for how long.",
    effects = { intimacy = "+5" },
    next = "anne-away",
  },
}

scene "anne-away" {
  place = "car",
  "Anne, your counselor, is away for three weeks.",
  "On Friday you drive past Meg’s old office. The sign is gone. The windows are "
  .. "dark.",
  "All weekend you wonder. Is she okay? She hasn’t called in months. Surely "
  .. "one short, friendly call would be fine now. Just to check.",
  "Meg has not asked for anything. Before Anne left, the two of you agreed: no "
  .. "contact with Meg until she is back.",
  discuss = "Bill calls it “just a friendly call.” What else might be in it?",
  notes = "This is the turning point of the story. Most people in the room will "
    .. "find the call reasonable, and it is: kind people make calls like this. "
    .. "Ask who the call is for. Then ask what Bill could do with the worry "
    .. "instead.",
  rescue {
    "Call her. Keep it short and kind: you saw the office was dark, and you "
    .. "hope she is doing well.",
    because = "It feels caring, and the worry eases now. But Meg has not asked "
      .. "for anything, and you and Anne agreed on no contact. The call calms "
      .. "your worry, and it opens a door you worked hard to close.",
    effects = { resentment = "-5" },
    set = "called_meg",
    next = "the-call",
  },
  self_care {
    "Write Meg a kind, short note: everything you hope for her. Stamp it, "
    .. "and set it on your desk to show Anne when she is back.",
    because = "It looks like reaching out. But the note stays on your desk, "
      .. "unsent, and the no-contact deal with Anne holds. A pause lets you check your "
      .. "motives. If the call is to calm your own worry, there are other "
      .. "ways to do that.",
    effects = { growth = "+5" },
    next = "birthday",
  },
  self_care {
    "Tell Ellen: “I keep wanting to call my ex. I don’t think I should. I "
    .. "wanted you to know.”",
    because = "Saying it out loud, before you act, gets you support and keeps "
      .. "Ellen inside your life. She goes quiet now. Secrets grow in the dark.",
    effects = { growth = "+5", intimacy = "-5" },
    set = "told_urge",
    later = {
      after = 3,
      effects = { intimacy = "+5" },
      says = "Ellen said later that you telling her about the pull is why she "
        .. "trusts you when Meg’s name comes up.",
    },
    next = "birthday",
  },
}

scene "the-call" {
  place = "phone-night",
  "Meg picks up. “Bill?” Then, fast, she is shouting. You left her with "
  .. "nothing. She will tell everyone what you did. She will make you sorry.",
  "Your old fear floods back. Threats are serious, and your safety comes "
  .. "first. You can end any call. Keep a record of what is said: the date, the "
  .. "words, any voicemails. Tell someone you trust. If you are ever in danger, "
  .. "call your local emergency number.",
  "Holding limits with someone who makes threats is not a job to do alone. "
  .. "A professional can help you plan how, like Anne when she is back.",
  "You tell her you only called to see how she is, and that you will hang up "
  .. "if she keeps yelling.",
  "Then she breaks down. She is sorry. She is lonely. She has no one. “Please "
  .. "don’t hang up. Please.”",
  discuss = "Meg goes from threats to tears in a minute. What does that do to "
    .. "Bill? What does he need to stay steady?",
  notes = "Take care here. Threats are never a puzzle to solve alone; say that "
    .. "help from a professional matters when an ex makes threats. Keep the talk "
    .. "on what Bill does, not on judging Meg.",
  hurtful {
    "“For your own good, Meg, hear this: you push everyone away. That is why "
    .. "you have no one.” Hang up.",
    because = "It sounds like honest advice. But it is years of hurt coming out "
      .. "as blame, and it shames her. It feeds her anger and makes "
      .. "more threats likely. Safety first means getting off the call, not "
      .. "winning it.",
    effects = { resentment = "+5", growth = "-5" },
    later = {
      after = 2,
      effects = { resentment = "+5" },
      says = "Meg left two angry voicemails after you said that. You saved them, "
        .. "and you still can’t stop hearing them.",
    },
    next = "coffee-ask",
  },
  support {
    "Let her talk for one minute more. Then: “I’m sorry you’re so alone, "
    .. "Meg. Goodnight.”",
    because = "You hear her pain for one minute, and then you end the call. You "
      .. "trust her with her pain. You leave her life in "
      .. "her hands, and you still get off a call that had threats in it.",
    effects = { growth = "+5" },
    next = "coffee-ask",
  },
  rescue {
    "Stay on the line and let her cry. Say, “I’m listening.” Let her talk for "
    .. "as long as she needs.",
    because = "Listening sounds like care, and the fear fades now. But a minute "
      .. "ago she was threatening you, and you and Anne agreed on no contact. Staying teaches her that threats, then "
      .. "tears, bring you back.",
    effects = { resentment = "-5", intimacy = "+5" },
    later = {
      after = 2,
      effects = { resentment = "+10", growth = "-5" },
      says = "Since the call, Meg texts you every night. You read them in the "
        .. "bathroom, so Ellen won’t see.",
    },
    next = "coffee-ask",
  },
  boundary {
    "End the call. Then write down what she said, with the date, and save it "
    .. "to show Anne when she is back.",
    because = "Ending a call with threats in it keeps you safe. A record, and a "
      .. "professional’s help with the limits, protect you more than the right "
      .. "words could.",
    effects = { growth = "+5", intimacy = "-5" },
    later = {
      after = 4,
      effects = { growth = "+5" },
      says = "When Anne came back, your notes from the call helped her see the "
        .. "whole picture fast.",
    },
    next = "coffee-ask",
  },
}

scene "birthday" {
  "Two weeks later, it is your birthday. Your phone buzzes. It is Meg.",
  "“Happy birthday. I think about you a lot. I’m sorry for how it ended. I’m "
  .. "not doing great.”",
  "She does not ask for anything. You and Anne agreed on no contact until Anne "
  .. "is back.",
  { when = "told_urge",
    "You told Ellen about the pull last week. She is in the next room, "
    .. "wrapping a present." },
  "Your chest goes tight. Part of you is glad she wrote.",
  self_care {
    "Find Ellen, and hand her your phone. “Can you read this with me?”",
    because = "Bringing it into the open shares the weight, and keeps the "
      .. "choice honest. You don’t have to work it out alone.",
    effects = { growth = "+5", intimacy = "+5" },
    next = "coffee-ask",
  },
  rescue {
    "Write back: “Thank you, that means a lot. I’m sorry it’s been hard. "
    .. "What’s been going on?”",
    because = "It feels like plain kindness, and it warms you now. But you and "
      .. "Anne agreed on no contact, and she asked for nothing. To your own "
      .. "sister, it would be plain care. To Meg, a question asks her to tell "
      .. "you more. It hands her the old job, with you in it.",
    effects = { intimacy = "+5" },
    later = {
      after = 2,
      effects = { resentment = "+5" },
      says = "Meg took you at your word. She tells you a lot now.",
    },
    next = "coffee-ask",
  },
  boundary {
    "Write back: “Thank you, that means a lot. I’m sorry it’s been "
    .. "hard. I hope this year is kinder to you.”",
    because = "Short and kind is still clear. You answer her, and you ask "
      .. "nothing back, so the talk ends there. It may sit badly with you "
      .. "all day. You answer without opening a door you can’t close.",
    effects = { resentment = "+5", growth = "+5" },
    next = "coffee-ask",
  },
}

-- ---------------------------------------------------------------- the pull

scene "coffee-ask" {
  { when = "called_meg",
    "A few days after the call, Meg texts again." },
  { when = "not called_meg",
    "The next day, Meg texts again." },
  "“Could we get a coffee? Just to talk. I’d feel so much better if I could see "
  .. "you. You’re the only one who gets it.”",
  "You feel the old warmth. Being the one who gets it. Being the one.",
  "Anne is back in a week. You agreed with her: no contact with Meg until "
  .. "then.",
  { when = "told_past",
    "Ellen knows Meg’s name. You told her about those three years on your "
    .. "third date." },
  { when = "not told_past",
    "Ellen has never heard Meg’s name. You never found the right time." },
  discuss = "What does “you’re the only one who gets it” stir in Bill?",
  boundary {
    "“It’s kind of you to ask, Meg, and I’m glad you reached out. I "
    .. "really hope you find good people near you, people who can be "
    .. "there.”",
    because = "Saying no is not saying you don’t care. There is no coffee in "
      .. "it, and no “maybe later”. It keeps the line you drew when you "
      .. "left, and the deal with Anne. The guilt stings now, and it "
      .. "fades.",
    effects = { resentment = "+5", growth = "+10" },
    clear = { "called_meg", "told_urge", "told_past" },
    later = {
      after = 3,
      effects = { resentment = "-5", growth = "+5" },
      says = "The guilt about saying no to Meg faded. You slept better than you "
        .. "had in weeks.",
    },
    next = "ellen-evening",
  },
  rescue {
    "Say yes: “One coffee, Tuesday, near my work.”",
    because = "One coffee sounds careful and kind, and it feels calm now. But "
      .. "you agreed with Anne on no contact, and you say yes before Ellen "
      .. "knows. Telling her “once you know how Meg is” keeps slipping. "
      .. "Deciding what Ellen can handle manages her feelings for her. Later "
      .. "it is a secret.",
    effects = { resentment = "-5", intimacy = "+5" },
    set = { "coffees", "secret" },
    clear = { "called_meg", "told_urge", "told_past" },
    later = {
      after = 3,
      effects = { resentment = "+10", intimacy = "-5" },
      says = "You still have not told Ellen about the coffee. Each day you wait "
        .. "makes it harder.",
    },
    next = "first-coffee",
  },
  it_depends {
    "Look up a help line and a counselor near Meg’s flat, and text her both "
    .. "numbers.",
    because = "She asked for you, and you agreed with Anne on no contact. One "
      .. "text with two numbers, once, points her to real support instead. If "
      .. "you then check whether she called, or book it for her, it turns into "
      .. "a rescue.",
    effects = { growth = "+5" },
    clear = { "called_meg", "told_urge", "told_past" },
    later = {
      after = 2,
      effects = { resentment = "+5" },
      says = "You caught yourself checking if Meg had called the help line. "
        .. "That part was not yours to check.",
    },
    next = "ellen-evening",
  },
  support {
    "Leave Meg’s text unanswered. Find Ellen, read it to her, and say you "
    .. "might go.",
    because = "Telling Ellen before you answer Meg trusts her with the truth and lets her have her "
      .. "own feelings about it. It stings her now. It is honest.",
    effects = { growth = "+5", intimacy = "-5" },
    set = "coffees",
    clear = { "called_meg", "told_urge", "told_past" },
    later = {
      after = 3,
      effects = { intimacy = "+5" },
      says = "Ellen said she hated hearing about the coffee, and she was glad "
        .. "she heard it from you.",
    },
    next = "first-coffee",
  },
}

scene "first-coffee" {
  place = "cafe",
  "Tuesday. Meg is already at the cafe when you get there. She looks thin and "
  .. "tired. She lost the business. She is behind on rent. Her mom won’t lend "
  .. "her any more.",
  "She talks for an hour. You nod. You feel needed again, like a muscle you "
  .. "forgot you had.",
  "When the bill comes, she digs in her bag and goes red. She left her purse "
  .. "at home. “Could you get this one? I’m so sorry.”",
  "Then she says, “Could we do this every week? It’s the only thing that "
  .. "helps.”",
  "Her rent is due on Friday, and she has no plan for it.",
  { when = "secret",
    "Ellen thinks you are at a work lunch." },
  support {
    "Pay for the two coffees. “Don’t worry about it. Take care of yourself, "
    .. "Meg.”",
    because = "Her purse is at home, and it is two coffees. Paying is plain "
      .. "manners, not a rescue. A warm goodbye with no next date is your "
      .. "answer to every week, and it keeps it to today.",
    effects = { intimacy = "+5" },
    clear = "coffees",
    next = "ellen-evening",
  },
  rescue {
    "Pay for the two coffees. “Same time on Tuesday, then? It was good to "
    .. "see you.”",
    because = "Paying is fine, and she lights up. But she just "
      .. "asked you to be the only thing that helps. Saying yes makes you her "
      .. "comfort every week, and a third person in your life with Ellen.",
    effects = { resentment = "-5", intimacy = "+5" },
    later = {
      after = 2,
      effects = { resentment = "+5", growth = "-5" },
      says = "Meg’s rent is still late. Tuesday is your day with Meg now, and "
        .. "she texts you for a pep talk most mornings.",
    },
    next = "ellen-evening",
  },
  support {
    "“I’m glad I came. I can’t be the thing that helps, though. Who else is in "
    .. "your corner?”",
    because = "You stay kind and point her to a wider circle. Her face falls "
      .. "now. Her healing is hers to build, not yours to be.",
    effects = { growth = "+5", intimacy = "-5" },
    next = "ellen-evening",
  },
  boundary {
    "“I’m glad we had this one coffee, Meg. I’m going home to Ellen now.” "
    .. "Hug her goodbye at the door.",
    because = "It may feel harsh. She asked for every week, and you give her a "
      .. "warm goodbye: “this one coffee”, Ellen’s name, and no next date. It is honest "
      .. "about your life now, and it keeps your word to Ellen and to "
      .. "yourself.",
    effects = { resentment = "-5", growth = "+5" },
    clear = "coffees",
    next = "ellen-evening",
  },
  rescue {
    "“Let’s keep Tuesdays, just till things settle. And let me cover the rent "
    .. "this once. No strings, okay?”",
    because = "It is warm, and it eases her week now. But money and a standing "
      .. "date turn one coffee into the old role.",
    effects = { resentment = "-5", intimacy = "+5" },
    later = {
      after = 2,
      effects = { resentment = "+10", growth = "-5" },
      says = "Meg’s rent is short again. She asked if you could help, “like last "
        .. "time.”",
    },
    next = "ellen-evening",
  },
}

scene "ellen-evening" {
  place = "kitchen",
  "That night, Ellen is making soup. She looks up when you come in.",
  { when = "coffees and secret",
    "“You’re late,” she says. “Where were you?”" },
  { when = "coffees and not secret",
    "“How was it?” she asks. Her voice is light. Her face is not. She does not "
    .. "know Meg asked to meet every week." },
  { when = "not coffees",
    "You have been checking your phone all week. Meg keeps texting. Ellen has "
    .. "noticed. “You seem far away,” she says. “Is something going on?”" },
  discuss = "What makes it hard for Bill to tell Ellen the plain truth?",
  neutral {
    "Kiss her cheek and take over stirring the soup. “Long story. "
    .. "Tomorrow, when I can tell it right. What’s in this?”",
    because = "Being tired is real, and waiting a day is not wrong. But "
      .. "stirring the soup is a nice way to put off the talk. It leaves "
      .. "her guessing, and guessing feeds worry.",
    effects = { intimacy = "-5" },
    next = "weeks-pass",
  },
  rescue {
    "“Long day. How can I help with the soup?” Pick up a knife and start on "
    .. "the onions.",
    when = "secret or not coffees",
    because = "It feels like an easy, warm evening. But she asked you a straight "
      .. "question, and this is a dodge. A lie to spare her feelings also takes "
      .. "away her right to them.",
    effects = { resentment = "-5" },
    set = "secret",
    next = "weeks-pass",
  },
  support {
    "Turn the soup down, and sit with her at the table. Tell her about Meg, "
    .. "start to end.",
    because = "She asked you a straight question, and you answer all of it. "
      .. "Honest talk lets Ellen be your partner, not someone you manage. "
      .. "Hearing her answer matters as much as telling.",
    effects = { growth = "+5", intimacy = "+5" },
    clear = "secret",
    later = {
      after = 2,
      effects = { intimacy = "+5" },
      says = "Ellen said it was hard to hear, and she was glad you told her. She "
        .. "said it made her trust you more, not less.",
    },
    next = "weeks-pass",
  },
  rescue {
    "“It was fine. She’s having a hard time, that’s all. Now, how was your "
    .. "day?”",
    when = "coffees and not secret",
    because = "It sounds calm and true. But it leaves out that Meg wants every "
      .. "week. Leaving out the hard part decides for her what she can handle.",
    effects = { resentment = "-5" },
    set = "secret",
    next = "weeks-pass",
  },
}

scene "weeks-pass" {
  place = "cafe",
  { when = "coffees",
    "Weeks pass. The coffees become a habit. Tuesday, then Thursday too." },
  { when = "not coffees",
    "Weeks pass. The texts become a habit. Morning, noon, and late at night." },
  "Meg’s troubles come one by one. A letter from the tax office. A fight with "
  .. "her mom. One night she texts that she can’t breathe, and she is alone. "
  .. "Each time, she asks what you think she should do.",
  "You feel useful. You also feel split in two. Half of you is with Ellen. Half "
  .. "of you is waiting for Meg’s next message. You have not had one hour "
  .. "away from your phone in weeks.",
  "Meg can run her own life. She did for months before that first call.",
  "Tonight Ellen is reading on the couch. Your own post has sat unopened for "
  .. "weeks in a pile on the hall table, with a new form from your bank.",

  discuss = "Bill feels split in two. Who is in this relationship now?",
  notes = "The triangle: Bill, Ellen and Meg. Ask the group what each of the "
    .. "three is getting and losing from it. Keep it free of blame: each of "
    .. "them is doing what feels safe.",
  it_depends {
    "Tell her what you think: after a night like that, she should see a "
    .. "counselor.",
    because = "Said once, it is honest care and leaves the choice with her. If "
      .. "you say it every week, or book it for her, it becomes a rescue.",
    effects = { growth = "+5" },
    later = {
      after = 2,
      effects = { growth = "+5" },
      says = "Meg didn’t answer about the counselor. You let it be. That was "
        .. "new for you.",
    },
    next = "dinner-call",
  },
  rescue {
    "When she asks about the tax letter, give her your honest view: “I’d "
    .. "ring them first thing and ask for more time.”",
    because = "Advice, when asked, sounds like help, and she is so relieved now. "
      .. "But she asks about every choice now, and you answer every one. It puts "
      .. "you back in charge of her life, one letter at a time.",
    effects = { growth = "-5", intimacy = "+5" },
    next = "dinner-call",
  },
  support {
    "When she asks about the tax letter, say, “You ran a business for years, "
    .. "Meg. You know how to deal with the tax office.”",
    because = "It may feel like holding back. But she ran her own life for "
      .. "months before that first call. Your faith in her, not your plan, "
      .. "treats her as able to run her own life, and it does not make you her "
      .. "guide.",
    effects = { growth = "+5" },
    next = "dinner-call",
  },
  support {
    "The night she texts that she can’t breathe, call an ambulance to her flat "
    .. "right away. Then tell Ellen where you are.",
    because = "This is not a rescue. Someone who may be in danger and is alone "
      .. "needs help first, and she may not be able to call. The bigger "
      .. "pattern can wait until she is safe.",
    effects = { growth = "+5" },
    next = "dinner-call",
  },
  self_care {
    "While she reads, tidy the pile of letters on the hall table, and put the "
    .. "new form on top.",
    because = "It looks like the old tidying. But this pile is yours: your own "
      .. "post, left for weeks while you answered Meg. Ellen’s insurance pile "
      .. "was hers to sort. An hour on your own life, not Meg’s, is a way of "
      .. "caring for yourself.",
    effects = { resentment = "-5", growth = "+5" },
    next = "dinner-call",
  },
}

scene "dinner-call" {
  place = "restaurant",
  "Friday. Ellen has made a reservation for your six months together. Candles. "
  .. "Her good dress.",
  "Halfway through dinner, your phone buzzes. Then again. Then again. It is Meg.",
  "The texts say “are you there?” and “call me pls”. Nothing about her chest "
  .. "or her breath. She knows to call the emergency number for that.",
  "Ellen puts her fork down. She doesn’t say anything. She just looks at you.",
  discuss = "Three people are at this table, and only two chairs. What does "
    .. "each of them need?",
  support {
    "Leave the phone buzzing on the table. Tell Ellen it is Meg. Ask what it is "
    .. "like for her, and take it.",
    because = "Her feelings about the triangle are real. Hearing them is hard "
      .. "now, and the night goes quiet. It is support for her and for you both.",
    effects = { resentment = "+5", intimacy = "-5" },
    next = { { when = "secret", "ellen-finds-out" }, "ellen-speaks-up" },
  },
  rescue {
    "Text Meg under the table: “At dinner. Are you okay? I’ll call you at "
    .. "ten.” Then put the phone away and look back at Ellen.",
    because = "It looks like a limit: one line and a time. But the texts say "
      .. "nothing about her health, and she knows who to call for that. You "
      .. "answer Meg at your own anniversary dinner and promise her the rest "
      .. "of your night. Ellen sees who comes first when a call comes.",

    effects = { resentment = "+5", intimacy = "-10" },
    next = { { when = "secret", "ellen-finds-out" }, "ellen-speaks-up" },
  },
  hurtful {
    "“I can’t just stop caring about people, Ellen. That’s who I am. "
    .. "You knew that about me.” Then finish your meal.",
    because = "It sounds honest. It comes from shame, not cruelty. But it makes "
      .. "Ellen’s hurt the problem and leaves her alone at her own dinner.",
    effects = { resentment = "+5", intimacy = "-10" },
    next = { { when = "secret", "ellen-finds-out" }, "ellen-speaks-up" },
  },
  boundary {
    "Turn the phone face down and reach for Ellen’s hand. “Sorry. "
    .. "That’s Meg. Tell me the rest about your sister.”",
    because = "You name it, and you choose. Meg’s texts say nothing about her "
      .. "chest or her breath, so they can wait an evening, and Ellen sees "
      .. "where your attention is.",
    effects = { growth = "+5", intimacy = "+5" },
    next = { { when = "secret", "ellen-finds-out" }, "ellen-speaks-up" },
  },
}

-- ---------------------------------------------------------------- the triangle breaks

scene "ellen-finds-out" {
  place = "doorway",
  { when = "coffees",
    "The next week, Ellen’s friend sees you and Meg at the cafe. You are "
    .. "holding Meg’s hand across the table while she cries." },
  { when = "not coffees",
    "The next week, Ellen picks up your phone to check the time. A text from "
    .. "Meg lights up: “Thank you for last night. I don’t know what I’d do "
    .. "without you.” Ellen scrolls up. There are weeks of them." },
  "Ellen is waiting when you get home. Her coat is on.",
  "“It’s not the coffee,” she says. “It’s that you hid it. For weeks. I can’t "
  .. "be in a triangle, Bill. I’m going.”",
  discuss = "Ellen says it is not the coffee, it is the secret. Why might the "
    .. "secret hurt more?",
  notes = "Groups sometimes argue about whether Bill “cheated”. Steer back to "
    .. "what Ellen names: trust, and being kept outside. Nobody has to be the "
    .. "villain for this to hurt.",
  rescue {
    "“Please don’t go like this. It’s over with Meg, tonight, for good. Can "
    .. "we talk in the morning?”",
    because = "You want her pain, and yours, to stop right now. But a promise "
      .. "made in panic is about the fear, not a real plan.",
    effects = { resentment = "+5", intimacy = "-5" },
    set = "ellen_left",
    clear = { "secret", "coffees" },
    later = {
      after = 2,
      effects = { resentment = "+5" },
      says = "You sent Ellen six texts this week. She didn’t answer. You feel "
        .. "worse after each one.",
    },
    next = "alone-again",
  },
  support {
    "“I hid it, and that was wrong.” Then hold the door for her.",
    because = "Owning it plainly, and letting her choose, respects her. It is "
      .. "painful now, and it is honest.",
    effects = { resentment = "+5", intimacy = "-5" },
    set = "ellen_left",
    clear = { "secret", "coffees" },
    later = {
      after = 2,
      effects = { growth = "+10" },
      says = "Owning it with Ellen, with no excuses, made it easier to be honest "
        .. "with yourself too.",
    },
    next = "alone-again",
  },
  hurtful {
    "“She’s in a really bad way, Ellen, and she has no one else. I "
    .. "thought you, of all people, would understand that.”",
    because = "It sounds kind to Meg. But it tells Ellen her hurt is the "
      .. "problem, and that she is less kind than you. It keeps you from "
      .. "looking at your part: you hid it.",
    effects = { resentment = "+5", growth = "-5", intimacy = "-5" },
    set = "ellen_left",
    clear = { "secret", "coffees" },
    later = {
      after = 3,
      effects = { resentment = "+5" },
      says = "Ellen’s friend told you what Ellen said about that night: it was "
        .. "“overreacting” that made her sure.",
    },
    next = "alone-again",
  },
}

scene "ellen-speaks-up" {
  place = "kitchen",
  "The next morning, Ellen sits across from you with her coffee.",
  "“I need to say something,” she says. “I’m not okay with this. Meg texts you "
  .. "all day. You rush off when she calls. It feels like there are three of us.”",
  "She takes a breath. “I’m not asking you to be cold. I’m asking where I stand.”",
  "She has asked you to cut back twice before. Each time, the texts came back "
  .. "within a week.",
  discuss = "Ellen says what she needs clearly. How can Bill hear it without "
    .. "defending himself or giving in out of fear?",
  support {
    "“You’re right. I’ve been half here for months.” Then stop talking, and "
    .. "let her say the rest, all of it.",
    because = "Hearing her out stings now. It shows her that her feelings count. "
      .. "Her voice matters in this, not only Meg’s.",
    effects = { resentment = "+5", growth = "+5", intimacy = "+10" },
    clear = "coffees",
    next = "anne-back",
  },
  it_depends {
    "Hand Ellen your phone. “Read anything you want, any time. No more "
    .. "surprises.”",
    because = "If Ellen asks for this, it can help trust grow back for a while. "
      .. "If you offer it to calm her fast, it makes her the guard of your phone "
      .. "and skips the talk she asked for.",
    effects = { intimacy = "+5" },
    clear = "coffees",
    later = {
      after = 2,
      effects = { intimacy = "-5" },
      says = "Ellen never looks at your phone. But she still doesn’t know what "
        .. "the coffees meant to you.",
    },
    next = "anne-back",
  },
  rescue {
    "“I hear you. Can we find a middle way? Fewer texts, and no calls at "
    .. "dinner. Let’s see how that goes.”",
    because = "A middle way sounds fair. But she has asked twice already, and "
      .. "this keeps Meg in the middle of your life. It says Meg’s needs outrank "
      .. "Ellen’s. The loyalty is to the old role.",
    effects = { resentment = "+5", intimacy = "-10" },
    set = "ellen_left",
    clear = "coffees",
    next = "alone-again",
  },
  boundary {
    "“You’re right. I’m going to step back from Meg. I’ll tell her myself, and "
    .. "I’ll tell you when I have.”",
    because = "A clear limit with your ex, and a promise you can keep, tells "
      .. "Ellen where she stands.",
    effects = { growth = "+10" },
    clear = "coffees",
    next = "anne-back",
  },
}

scene "alone-again" {
  place = "kitchen",
  "Ellen is gone. She took her running shoes and left her key on the table.",
  "Your flat is very quiet. Ellen’s mug is still in the sink. You can’t make "
  .. "yourself wash it.",
  "That night, Meg calls. She heard you’re alone again. “Come over,” she says. "
  .. "“We can look after each other. Like old times.” Her kitchen tap is "
  .. "dripping again, she says. You always fixed it.",
  "A plumber could fix that tap in ten minutes. She is asking for you.",
  "Part of you wants to go. It would be so easy to be needed.",
  boundary {
    "“Get some rest, Meg. Goodnight.” Then wash Ellen’s mug, and sit with "
    .. "how much you miss her.",
    because = "A plain no, even when you are lonely, keeps you out of a loop. "
      .. "You don’t go, and you don’t offer more. Being alone with the "
      .. "hurt is hard, and it is yours to feel.",
    effects = { growth = "+5", intimacy = "-5" },
    later = {
      after = 2,
      effects = { resentment = "-5" },
      says = "The lonely nights got a little shorter. You had not gone back.",
    },
    next = "anne-back",
  },
  rescue {
    "Get your tools and fix the dripping tap in her kitchen. Then come back "
    .. "and sit with her for the rest of the night.",
    because = "A tap is a small job, and she sounds so glad. But Meg can ring "
      .. "a plumber, and she asked you to look after each other, like old "
      .. "times. Ellen once asked you for the same job, and it was help. Here "
      .. "the tap is the way back into the old role. Loneliness "
      .. "makes the old role feel like home. Going back fills the gap with the "
      .. "very thing that hurt you both.",
    effects = { resentment = "-5", intimacy = "+5" },
    set = "helping_meg",
    later = {
      after = 1,
      effects = { resentment = "+10", growth = "-5" },
      says = "One night turned into the weekend. Meg asked when you were "
        .. "coming back.",
    },
    next = "anne-back",
  },
  self_care {
    "Tell Meg you hope she sleeps. Then take the kids’ birthday present round "
    .. "to Ruth’s, and stay when she puts the kettle on.",
    because = "It looks like an errand for your sister. But it puts you with "
      .. "your own people tonight, not back in the old job, and Ruth is the "
      .. "one who hears how you really are. That is self-care, and it is brave.",
    effects = { resentment = "-5", growth = "+5", intimacy = "+5" },
    next = "anne-back",
  },
}

-- ---------------------------------------------------------------- the work

scene "anne-back" {
  place = "counselling-room",
  "Anne is back. You tell her everything. The call. The coffees. The secret.",
  { when = "ellen_left",
    "And that Ellen is gone." },
  { when = "not ellen_left",
    "And that Ellen is still here, but hurt." },
  "Anne listens. Then she asks, “What were you feeling just before you called "
  .. "Meg that first time?” She is asking about you, not about Meg.",
  discuss = "Anne asks about the moment before the call. Why that moment?",
  neutral {
    "“Can I tell you about Ellen first? I’ve been so worried about what "
    .. "all this did to her.”",
    because = "It sounds caring. But Anne asked about you, and you turned it to "
      .. "someone else. It is a way to put off the question, and the "
      .. "question will wait.",
    next = "why-i-called",
  },
  self_care {
    "Think back. “Things were calm with Ellen. Too calm. I felt useless. I "
    .. "wanted to matter.”",
    because = "Owning your own need in the moment is the heart of the work. The "
      .. "pull was yours, not only Meg’s.",
    effects = { resentment = "-5", growth = "+10" },
    next = "why-i-called",
  },
  rescue {
    "“Honestly, I was worried about her. Someone had to check on a person who "
    .. "is that alone, and I was the one who knew.”",
    because = "It sounds kind, and it is easier to say. But keeping the focus "
      .. "on Meg keeps it off you. Her troubles are real; they are not why you "
      .. "called.",
    effects = { growth = "-5" },
    next = "why-i-called",
  },
}

scene "why-i-called" {
  place = "counselling-room",
  "Over the next months, you and Anne go back to the boy at the kitchen table. "
  .. "Your mom, crying over bills. You, at ten, making it better.",
  "Anne uses a kind of therapy that works on old memories. It is slow. Some "
  .. "weeks you leave shaky. Slowly, the old feeling loosens its grip.",
  "One day you say it: “I don’t know how to leave Meg alone, because I never "
  .. "got to leave Mom alone.”",
  "That evening, your old school friend Tom leaves a message. He is doing "
  .. "well, and he wants to meet up. It has been years, he says.",
  discuss = "Understanding a pattern is not the same as changing it. What "
    .. "helps Bill move from one to the other?",
  notes = "Keep it general. The point is that old patterns can be worked with, "
    .. "with a professional, over time. Do not turn this into a lesson on any "
    .. "one kind of therapy, and remind the group that this game is practice, "
    .. "not therapy.",
  self_care {
    "Say yes: “One coffee, Tuesday, near my work.”",
    because = "Tom asked to meet up, and nobody needs saving. It is the yes "
      .. "you once gave Meg, but Tom is your own old friend, and there is no "
      .. "deal with Anne to break. A life with its "
      .. "own roots makes it easier to let go of being needed. A coffee "
      .. "with an old friend is for you as much as for him. Self-care "
      .. "is how you build it.",
    effects = { resentment = "-5", growth = "+5", intimacy = "+5" },
    next = "meg-crisis",
  },
  hurtful {
    "“Mom did her best, and I love her. I’d rather not blame her for my "
    .. "choices.” Cancel the next two weeks.",
    because = "It sounds loyal and grown-up. But no one is blaming her. The "
      .. "work is painful, and walking out on it punishes the part of you "
      .. "that is trying to heal.",
    effects = { resentment = "+5", growth = "-5" },
    next = "meg-crisis",
  },
  self_care {
    "Let yourself be sad for the boy at the kitchen table. Don’t rush it. "
    .. "Don’t make it useful.",
    because = "Grief for what you missed makes room for a different life now. "
      .. "You can’t skip it by helping someone else.",
    effects = { growth = "+5" },
    next = "meg-crisis",
  },
}

scene "meg-crisis" {
  place = "phone-night",
  "At two in the morning, Meg calls from the hospital. Chest pains again. The "
  .. "doctors say her heart is fine. She is scared and alone.",
  "“Please come,” she says. “You always come.” Then: “At least feed Biscuit? "
  .. "They’re keeping me till noon. The key is under the mat.” Biscuit is her "
  .. "old cat.",
  { when = "helping_meg",
    "You have been at her place most weekends since Ellen left." },
  "She is at the hospital, with doctors around her. She is safe. The question "
  .. "is what part you play.",
  discuss = "Meg is in good hands, and she is frightened. What can caring look "
    .. "like when you do not go?",
  notes = "Handle with care. What Meg feels is real. The point is not that Bill "
    .. "stops caring, but that he is not her only help. If the group asks: "
    .. "chest pain always needs a doctor, and Meg has one.",
  boundary {
    "“I’m so glad you’re with the doctors. They’ll look after you "
    .. "tonight. Did they say anything about a counselor?”",
    because = "It sounds like warm support, and it is honest. But it is also "
      .. "your no: you are not going. It feels cold at 2 a.m., and you lie "
      .. "awake after. She is safe, and you point her to help that can do "
      .. "more than you can.",
    effects = { resentment = "+5", growth = "+5", intimacy = "-5" },
    set = "kept_limit",
    later = {
      after = 1,
      effects = { growth = "+5" },
      says = "You heard that Meg went back to see the counselor the doctor "
        .. "named. Twice now.",
    },
    next = "last-talk",
  },
  support {
    "“That sounds scary. You’re in the right place.” Then ask her who she "
    .. "could ring to sit with her tonight.",
    because = "You care, and you help her think of her own people. You don’t "
      .. "take the job of being them all.",
    effects = { growth = "+5" },
    set = "kept_limit",
    next = "last-talk",
  },
  support {
    "At seven, let yourself into her flat with the key under the mat, and "
    .. "feed Biscuit.",
    because = "She is stuck in a hospital bed and asked for one small thing she "
      .. "can’t do. You stay home tonight. Feeding the cat once is help. Sitting "
      .. "with her all night would be the old deal.",
    effects = { growth = "+5", intimacy = "+5" },
    set = "kept_limit",
    next = "last-talk",
  },
  rescue {
    "“You’re safe. Breathe in with me, slowly. And out.” Keep counting with "
    .. "her.",
    because = "Your voice calms her, and that feels good. But the doctors are "
      .. "right there, and you have stepped back into being her calm. She "
      .. "needs her own.",
    effects = { resentment = "-5", intimacy = "+5" },
    later = {
      after = 1,
      effects = { resentment = "+5", growth = "-5" },
      says = "You were on the phone with Meg until four. At work, you read the "
        .. "same page five times.",
    },
    next = "last-talk",
  },
  rescue {
    "Get dressed. She is scared and alone at 2 a.m. Sit with her until "
    .. "morning, then come home and sleep.",
    because = "It is a kind act in a scary moment. But “you always come” is the "
      .. "deal you are trying to end. Each time you go, it gets renewed.",
    effects = { resentment = "+10", growth = "-5", intimacy = "+5" },
    set = "helping_meg",
    next = "last-talk",
  },
}

scene "last-talk" {
  place = "park",
  "You ask Meg to meet one last time. In daylight, at a park bench, not a cafe.",
  "You tell her you are stepping out of the helper’s job. No more coffees. No "
  .. "more money. No more calls at night.",
  "Meg’s eyes fill. “So who’s going to help me?” Then, smaller: “The "
  .. "counselor the doctor told me about. I lost the paper. Do you still have "
  .. "her name?” You do. It is in your phone.",
  "She is moving to a cheaper flat on Saturday. Her cousin has a van and "
  .. "two friends to help. She has not asked you.",
  discuss = "How can Bill end his role with care, without taking it up again?",
  rescue {
    "“Sure. Text me the time, and I’ll bring the car.”",
    because = "It feels like a fair last kindness, and she smiles. But she "
      .. "has her cousin and a van, and she did not ask. A car for a move is "
      .. "help when it is asked for. Here, a car on Saturday keeps the "
      .. "helper’s job open. “One last thing” is how every "
      .. "goodbye turned into another year.",
    effects = { resentment = "+5", growth = "+5" },
    set = "helping_meg",
    next = "quiet-weeks",
  },
  boundary {
    "Hold her hand for a moment. “I hope Saturday goes well.” Walk her to "
    .. "her bus, and wave it off.",
    because = "A kind, short goodbye, kept, is clearer than a long one with "
      .. "loopholes. You don’t offer the boxes, and you don’t stay. "
      .. "Leaving is the boundary.",
    effects = { resentment = "-5", growth = "+5" },
    clear = "helping_meg",
    next = "quiet-weeks",
  },
  support {
    "Write the counselor’s name and number on the back of a receipt, and hand "
    .. "it to her. “That’s who.”",
    because = "She asked for the name, and you have it. Handing it over is help. "
      .. "The call, the booking and the going stay hers.",
    effects = { growth = "+5" },
    clear = "helping_meg",
    next = "quiet-weeks",
  },
  support {
    "“I don’t know who. I believe you can find them. It just can’t be me.” Let "
    .. "the quiet sit there.",
    because = "Trusting her to find her way is real care. It hurts her now. It "
      .. "treats her as a grown woman, not a problem you must solve.",
    effects = { growth = "+10", intimacy = "-5" },
    clear = "helping_meg",
    next = "quiet-weeks",
  },
}

scene "quiet-weeks" {
  { when = "helping_meg",
    "Meg rang you all through her move. Then her new landlord was a problem. "
    .. "Then her car. "
    .. "The calls keep coming." },
  { when = "not helping_meg",
    "A few weeks later, the calls from Meg stop. You notice one morning that "
    .. "you did not check your phone first thing. You breathe out." },
  { when = "helping_meg",
    "You tell yourself this is the last time. You have told yourself that "
    .. "before." },
  { when = "not helping_meg",
    "You still feel for her. But you are not in charge of her life. She will "
    .. "have to work out her own problems, and that is not a punishment. It is "
    .. "respect." },
  "Your sister Ruth texts. She misses you, she writes, and she is proud of "
  .. "you. It has been a hard month with the kids. You miss her too.",
  "Your mind keeps going to Ellen.",
  rescue {
    "Plan something big for Ellen: flowers, a weekend away, the words you "
    .. "never said. Show her all at once.",
    because = "A big gesture can be a way to skip the hard part. It tries to "
      .. "manage her feelings, instead of hearing them.",
    effects = { intimacy = "+5", growth = "-5" },
    next = { { when = "ellen_left", "reaching-ellen" }, "ellen-home" },
  },
  neutral {
    "Give Ellen all the space she needs to heal. When you are sure you "
    .. "will never slip again, then you can talk.",
    because = "Giving space sounds kind. But no one is ever sure. Waiting for "
      .. "perfect can be a way to avoid the talk.",
    effects = { intimacy = "-5" },
    next = { { when = "ellen_left", "reaching-ellen" }, "ellen-home" },
  },
  self_care {
    "Write back: “Thank you, that means a lot. I’m sorry it’s been hard. "
    .. "What’s been going on?”",
    because = "It is the same reply you could have sent Meg on your birthday. "
      .. "But Ruth is your own sister, and writing back keeps your own "
      .. "people close. There is no deal to break. Change needs time to "
      .. "settle. Caring for your own life first makes any new start "
      .. "steadier.",
    effects = { resentment = "-5", growth = "+5" },
    next = { { when = "ellen_left", "reaching-ellen" }, "ellen-home" },
  },
}

-- ---------------------------------------------------------------- telling the truth

scene "reaching-ellen" {
  "It has been three months since Ellen left. You have not heard from her.",
  "You have a lot to say. About Meg. About your mom. About what you did, and "
  .. "why.",
  "But she left for a reason. Reaching out is a choice, and so is not.",
  "The night she left, she said one thing about after: “Please don’t just "
  .. "turn up at the studio.”",
  discuss = "Is reaching out to Ellen respect or pressure? What would make the "
    .. "difference?",
  boundary {
    "Do what she asked. Keep her number, keep your Thursdays with Anne, "
    .. "and keep your own door open if she ever comes back.",
    because = "Respecting an ending is a boundary too. She asked you not to "
      .. "turn up. It may hurt. It is also a sign you are no longer trying "
      .. "to manage anyone’s feelings.",
    effects = { growth = "+5", intimacy = "-5" },
    next = {
      { when = "helping_meg or resentment >= 50", "caught-between" },
      "on-your-own-feet",
    },
  },
  support {
    "Write a short note: what you did, what you learned, and that you would "
    .. "like to talk. Then leave it.",
    because = "You are honest, and you leave the choice with her. Respecting her "
      .. "answer, whatever it is, is the point.",
    effects = { growth = "+5", intimacy = "+5" },
    next = {
      { when = "helping_meg or resentment >= 50", "caught-between" },
      "the-truth",
    },
  },
  rescue {
    "Go to her studio at closing time with her favorite coffee. Ask if she has "
    .. "five minutes to talk.",
    because = "It comes from love, and you do ask. But she asked you not to turn "
      .. "up at the studio, and showing up takes the choice out of her hands. "
      .. "She left for a reason; she gets to decide.",
    effects = { resentment = "+5", intimacy = "-5" },
    next = {
      { when = "helping_meg or resentment >= 45", "caught-between" },
      "on-your-own-feet",
    },
  },
}

scene "ellen-home" {
  "Ellen stayed. But things have been careful between you. Polite. She watches "
  .. "your phone when it buzzes, and then looks away.",
  "Tonight she says, “You’ve been somewhere in your head for weeks. Where?”",
  "You have not told her about the hospital call. Or the park bench. Or the "
  .. "boy at the kitchen table. She has asked you straight out.",
  support {
    "Put the kettle on, and pull out her chair. “Okay. From the hospital "
    .. "call on.”",
    because = "She asked you straight out, and you answer all of it. Honest "
      .. "talk is how trust grows back. You don’t tell her what to feel. You "
      .. "let her feel it.",
    effects = { growth = "+5", intimacy = "+10" },
    next = {
      { when = "helping_meg or resentment >= 55", "caught-between" },
      "the-truth",
    },
  },
  hurtful {
    "“I worry about you, love. Is all this watching my phone really good "
    .. "for you?”",
    because = "It sounds like concern. But you have not told her about the "
      .. "hospital or the park, and she asked you straight out. It "
      .. "punishes her for a worry you gave her, and it shuts the door she "
      .. "opened.",
    effects = { resentment = "+5", intimacy = "-10" },
    next = {
      { when = "helping_meg or resentment >= 50", "caught-between" },
      "the-truth",
    },
  },
  rescue {
    "Pull her into a hug. “I’m here now. That’s what matters. The rest is "
    .. "behind us.”",
    because = "A hug looks like closeness. But she asked you straight out, and "
      .. "this keeps her out of the hard parts. That keeps her at arm’s length, "
      .. "which is what hurt her before.",
    effects = { resentment = "+5", intimacy = "-10" },
    next = {
      { when = "helping_meg or resentment >= 50", "caught-between" },
      "the-truth",
    },
  },
  neutral {
    "“Just tired, love. Work’s been a lot. Come here and tell me about "
    .. "your new student, the one who hums.”",
    because = "It sounds warm, and it avoids a hard night. But she asked you "
      .. "straight out. A small cover story is the same habit that built "
      .. "the secret.",
    effects = { intimacy = "-5" },
    next = {
      { when = "helping_meg or resentment >= 50", "caught-between" },
      "the-truth",
    },
  },
}

scene "the-truth" {
  place = "kitchen",
  { when = "ellen_left",
    "Ellen writes back a week later. She will meet you. One coffee. “Just to "
    .. "talk.” You both notice the words, and she almost smiles." },
  { when = "not ellen_left",
    "You sit at the kitchen table. Ellen pours two cups of tea and waits." },
  "You tell her. The call. The coffees. The lies. The hospital. Your mom. The "
  .. "boy who thought love meant fixing things.",
  "Ellen listens without a word. Then she asks, “Why should I believe it’s "
  .. "different now?”",
  "Trust is hers to give back, or not. She cannot check a feeling. She can "
  .. "only watch what you do.",
  discuss = "Ellen asks why she should believe it’s different. What would a "
    .. "true answer sound like?",
  notes = "There is no answer that earns trust back in one talk. Notice which "
    .. "answers try to make Ellen feel better fast, and which leave her room "
    .. "to decide.",
  rescue {
    "“Because I love you, and I’m not that man anymore. You can trust me on "
    .. "this. I know it in my bones.”",
    because = "It is heartfelt, and it tries to take her worry away fast. But "
      .. "she can’t check a feeling. It asks her to trust you before you have "
      .. "shown her.",
    effects = { intimacy = "-5" },
    later = {
      after = 1,
      effects = { resentment = "+5" },
      says = "“Won’t ever” hangs in the air. You both know it is too big a "
        .. "promise.",
    },
    next = "new-ground",
  },
  boundary {
    "“Here is what I’ve done: I told Meg I’m not her helper, and I blocked her "
    .. "number. I’m in counseling. If she gets in touch, I’ll tell you.”",
    because = "Clear limits with your ex, said out loud, give Ellen facts, not "
      .. "feelings to take on faith.",
    effects = { growth = "+5", intimacy = "+5" },
    set = "owned_it",
    next = "new-ground",
  },
  support {
    "“You don’t have to, not tonight.” Sit back, and let the quiet go on "
    .. "as long as she needs.",
    because = "You don’t push her to trust you. You leave her choice as hers. "
      .. "That may be the most believable thing you can say.",
    effects = { growth = "+5", intimacy = "+5" },
    set = "owned_it",
    next = "new-ground",
  },
}

scene "new-ground" {
  place = "phone-night",
  "A few weeks on, Ellen calls you in tears. Her studio is losing its lease. "
  .. "She has twenty students and nowhere to teach them.",
  "She asks for one thing. “If I find somewhere, could you help me move the "
  .. "keyboards? They won’t fit in my car.” She does not ask for anything else.",
  "You feel it at once. The old rush. You could find her a new place by Friday.",
  "You take a breath first.",
  discuss = "The pull to rescue shows up with Ellen now. What is the same as "
    .. "with Meg, and what is different?",
  notes = "This last scene shows that the pattern does not vanish; it can turn "
    .. "up with a healthy partner too. What changes is noticing it and asking "
    .. "first. Healing a pattern does not have to mean ending a relationship.",
  it_depends {
    "Tell her about your friend Sam, who rents out rooms, and text her his "
    .. "number.",
    because = "She asked only about the keyboards, but she has twenty "
      .. "students and nowhere to go. One number, if she wants ideas, helps "
      .. "and leaves the studio hers. If she only wanted to vent, "
      .. "or you chase it up, it becomes a rescue.",
    effects = { intimacy = "+5" },
    next = {
      { when = "helping_meg or resentment >= 55", "caught-between" },
      { when = "owned_it and kept_limit", "starting-again" },
      "on-your-own-feet",
    },
  },
  support {
    "Stay on the line and let her cry. Say, “I’m listening.” Let her talk for "
    .. "as long as she needs.",
    because = "She asked for one thing, the keyboards, not for ideas. She is "
      .. "your partner, in tears, and there is no deal to break. Listening "
      .. "first lets Ellen say what she needs. Her studio stays "
      .. "hers, and you stay beside her.",
    effects = { growth = "+5", intimacy = "+5" },
    next = {
      { when = "helping_meg or resentment >= 55", "caught-between" },
      { when = "owned_it and kept_limit", "starting-again" },
      { when = "growth >= 75 and intimacy >= 50 and resentment <= 30", "starting-again" },
      "on-your-own-feet",
    },
  },
  support {
    "“Sure. Text me the time, and I’ll bring the car.”",
    because = "She asked for muscle and a car, and you have both. It is "
      .. "the one thing she asked for. Saying yes to "
      .. "that is help. Where she teaches stays her call.",
    effects = { intimacy = "+5" },
    next = {
      { when = "helping_meg or resentment >= 55", "caught-between" },
      { when = "owned_it and kept_limit", "starting-again" },
      "on-your-own-feet",
    },
  },
  rescue {
    "“Honestly, love? This could be the push you needed. Teach from home for a "
    .. "while. You’d be brilliant at it.”",
    because = "It sounds like faith in her. But she asked for help with the "
      .. "keyboards, not for a plan. Picking where she teaches, however kindly, "
      .. "is the old pattern in a new home.",

    effects = { resentment = "+5", growth = "-5" },
    next = {
      { when = "helping_meg or resentment >= 50", "caught-between" },
      "on-your-own-feet",
    },
  },
  self_care {
    "Feel the rush to fix it, and let it pass. “Oh, love. That’s awful. I’m "
    .. "here. Tell me what you find.”",
    because = "It reads like simple comfort. The work is inside: the rush to "
      .. "fix it, felt and let go before you speak. You don’t hunt for rooms. "
      .. "Where she teaches stays hers to find.",
    effects = { growth = "+10" },
    next = {
      { when = "helping_meg or resentment >= 55", "caught-between" },
      { when = "owned_it and kept_limit", "starting-again" },
      { when = "growth >= 75 and intimacy >= 50 and resentment <= 30", "starting-again" },
      "on-your-own-feet",
    },
  },
}

-- ---------------------------------------------------------------- endings

ending "caught-between" {
  title = "Caught between",
  { when = "ellen_left",
    "Ellen is gone. You still think about her most days." },
  { when = "not ellen_left",
    "Ellen is still here, but she has stopped asking where you go. That "
    .. "scares you more than a fight would." },
  { when = "helping_meg",
    "Meg calls when things go wrong, and things go wrong a lot. You go when "
    .. "you can. You pay when you can. You tell yourself it is only until she "
    .. "is back on her feet." },
  { when = "not helping_meg",
    "You told Meg you were done, and mostly you have kept to it. But you are "
    .. "still braced for her call. You still say yes to too much, at work and "
    .. "with friends, and you still keep the hard parts to yourself." },
  "You are tired in a way sleep does not fix. Some nights you feel angry at "
  .. "Meg, then guilty for feeling it.",
  "Anne says the door is still open. You can do this work whenever you are ready.",
  lens = {
    goal = "You wanted Meg to be okay, Ellen to be happy, and no one to be hurt. "
      .. "Most of all, you wanted the guilt to stop.",
    behaviours = "You made the call, kept the coffees quiet, and stepped in each "
      .. "time Meg asked. You tried to keep both women calm.",
    thoughts = "“It’s only coffee.” “She has no one else.” “If I tell Ellen, "
      .. "it will just upset her.”",
    emotions = "Warmth at being needed, and dread each time the phone buzzed. "
      .. "Guilt on both sides. A worn-out kind of anger.",
    underlying = "The pull to be needed is older than Meg. While it runs things, "
      .. "there is no room to be fully with anyone, even someone you love.",
  },
  practice = "This week, before you reply to any message from an ex or an old "
    .. "rescue, wait one hour. Write down what you hope the reply will do for you.",
  reflect = "Who do you keep secrets to protect? What would happen if they knew "
    .. "the truth?",
}

ending "on-your-own-feet" {
  place = "park",
  title = "On your own feet",
  { when = "ellen_left",
    "Ellen is not coming back. She tells you, kindly, that she is glad you "
    .. "did the work, and that she can’t go back to wondering." },
  { when = "not ellen_left",
    "Ellen needs time. She asks for a few weeks apart, to think. She says she "
    .. "doesn’t know yet what she wants." },
  "It hurts. You let it hurt. You do not call Meg to make it stop.",
  "You run on Sundays. You see your sister, Ruth. You sleep through the night. Meg’s name "
  .. "comes up on your phone less and less, then not at all.",
  "You are not who you were a year ago. Whatever comes next, you will meet it "
  .. "as yourself, not as someone’s rescuer.",
  lens = {
    goal = "You wanted to stop being Meg’s rescuer and be honest with Ellen, "
      .. "whatever it cost.",
    behaviours = "You owned the secret, stepped out of the helper’s job, and let "
      .. "Ellen make her own choice. At times you slipped, then steadied.",
    thoughts = "“I can care about Meg without running her life.” “Ellen gets to "
      .. "decide what she wants.”",
    emotions = "Grief, some guilt, and under it a new, quiet kind of calm.",
    underlying = "You stopped using other people’s crises to feel worth "
      .. "something. That leaves a gap, and you are learning to fill it with "
      .. "your own life.",
  },
  practice = "This week, do one thing just for you that has nothing to do with "
    .. "anyone else’s problems. Notice any guilt, and do it anyway.",
  reflect = "What is the difference between losing someone and letting them "
    .. "choose? How does each one feel?",
}

ending "starting-again" {
  place = "restaurant",
  title = "Starting again",
  { when = "ellen_left",
    "After a few more coffees, Ellen says yes to dinner. Then to a Sunday run. "
    .. "Slowly, you start again." },
  { when = "not ellen_left",
    "Ellen stays. Things are not the same as before. They are more honest." },
  "She finds her own new studio, a room above a bakery. She tells you about it "
  .. "over dinner, glowing. You did nothing but listen, and it felt like a lot.",
  "Meg does not call anymore. You hope she is well. You mean it, and it does "
  .. "not pull at you.",
  "Some nights, when things are quiet, you still feel the old restless itch. "
  .. "Now you tell Ellen about it. She squeezes your hand. The itch passes.",
  lens = {
    goal = "You wanted a real, equal love with Ellen, and to care about Meg "
      .. "without carrying her.",
    behaviours = "You paused, checked your motives, told the truth, kept a clear "
      .. "limit with your ex, and asked before you helped.",
    thoughts = "“Calm is not empty.” “I can want to fix it and still not.” "
      .. "“Ellen gets the whole truth, even the parts I’m ashamed of.”",
    emotions = "Fear at first, then relief. Tender, and sometimes still restless, "
      .. "but not split in two.",
    underlying = "The need to be needed is still in you, and you know it now. "
      .. "Naming it out loud, to someone you trust, keeps it from running your "
      .. "life.",
  },
  practice = "This week, when someone you love has a problem, ask: “Do you want "
    .. "ideas, or do you want me to listen?” Then do what they say.",
  reflect = "What would you like the people close to you to know about you that "
    .. "you have not yet told them?",
}
