-- Ama and Grace: a long low patch, and a family that cares.
-- Ama lost her job when the youth charity she worked for closed. Weeks later
-- she sleeps late, has stopped applying and pulls away from her friends.
-- Grace, her partner (the player), is good with words and with money, and
-- it would be so easy to take over: write the CV, make the excuses, pay the
-- rent, answer for her. Then Grace's mother, Mama Luz, breaks her hip. In
-- Grace's family, caring for a parent is a duty everyone expects and honours,
-- so saying no costs more than it would in some homes. The story treats that
-- duty with respect and asks only how the care is shared and how the carer
-- stays well.
--
-- Safety: weeks of low mood is a reason to suggest a doctor or a counsellor,
-- and saying so once is support, never a verdict. In late-night Ama says she
-- feels like a weight. Grace asks her straight out about hurting herself,
-- in the scene text, not as a quiz; she says no, and the scene says what
-- Grace would do if she had said yes (stay with her and get help that
-- night: the doctor's out-of-hours line or the emergency number). On every
-- path Ama sees a doctor and is offered a counsellor (the-gp).
--
-- Flags, and where they matter:
--   made_excuse      birthday-text: Grace lied to Dani for Ama; how
--                    at-the-dinner opens, cleared there
--   said_doctor      week-nine / late-night: Grace said once that a doctor
--                    was worth seeing; how the-gp opens, cleared there
--   booked_gp        week-nine: Grace set the doctor date for Ama; how the-gp
--                    opens, cleared there
--   carried_mama     mama-falls: Grace took all of Mama's care herself; a
--                    line in mama-home, cleared there
--   shared_care      running-on-empty / joy-pushes: Mama's care is shared
--                    among her three children (the rescue in joy-pushes
--                    clears it); a line in joy-pushes and in the endings
--   own_life         running-on-empty: Grace kept her Saturday swim; a line
--                    in beside-her
--   The pattern in the-talk: shared_care and own_life (a life of her own and
--   a shared duty), with resentment low and some growth, leads to
--   beside-her, whatever the meters say otherwise.
--
-- Same act, different kind (pass 12, twins: each pair has the same words,
-- and the moment decides):
--   the-cv-file (rescue) / cv-again (support): "Read all of it slowly, out
--     loud." She has not asked, and the CV is hers; two weeks on she asks
--     for your eyes and the truth.
--   running-on-empty (rescue) / no-offer (support): "Text Nadia, Next
--     week! Then spend Saturday at home with Ama." She asked you to go;
--     after the lost job she asks you to stay in with her.
--   the-gp (rescue) / the-call (it_depends): "Write out the first two
--     questions and good answers tonight." Her own lines are in her phone
--     and she asked only for company; for the job centre call a practice
--     run may be what she wants.
--   mama-falls (self_care) / joy-pushes (rescue): "Of course I'll be there
--     for Mama. Give me tonight." A night to think before a first answer;
--     after you and Ama agreed three nights, it is a yes to every night.
--   sunday-lunch (rescue) / at-the-dinner (support): "She's been looking
--     hard. It's a tough year for charities." At the table she asked you
--     not to answer for her; at Dani's dinner she asked you to say just
--     that, as she was not there.
--   rent-day (boundary) / the-call (rescue): "Cover her half of the rent on
--     Friday." The old deal, in the open, when she is short; a month on she
--     said she will pay it from her savings.
--
-- Detours: duvet (after pushing Ama at noon), she-knows (after paying her
-- half in secret), ama-answers (after answering Joy for Ama).
--
-- Meter changes are all steps of 5, and flags are cleared once no later
-- scene reads them, so paths that meet in the same place merge. That keeps
-- the story small enough for `beside check` and `beside explore` to play
-- every path.

scenario {
  id = "ama-and-grace",
  title = "Ama and Grace",
  teaser = "Ama lost her job two months ago and has gone quiet. Grace could fix "
    .. "it all by Friday. Then Grace's mother falls.",
  you_play = "Grace",
  people = { ama = { name = "Ama", main = true }, mama = "Mama", joy = "Joy", dani = "Dani" },
  minutes = 20,
  content_notes = {
    "job loss",
    "weeks of low mood",
    "a partner who says she feels like a weight, and a question about her safety",
    "a parent recovering from a broken hip",
    "money worries",
  },
  meters = { resentment = 15, growth = 30, intimacy = 45 },
  start = "noon",
}

-- ---------------------------------------------------------------- the low patch

scene "noon" {
  place = "living-room",
  "It is half past twelve on a Tuesday. You work from home, keeping the books "
  .. "for a chain of bakeries. You take your lunch in the kitchen.",
  "The bedroom door is still shut. Ama has been in bed since you got up at seven.",
  "Seven weeks ago the youth charity where Ama worked ran out of money and "
  .. "closed. At first she made lists and called people. Now she sleeps late, "
  .. "and her phone stays face down.",
  "Last night she asked you for one slow day. “No plans, no job sites. Just "
  .. "let me be tomorrow. Come and sit with me at lunch, if you like.” You "
  .. "said yes.",
  "You love her. You also have a long list in your head of what she should do today.",
  discuss = "What does Grace feel when she looks at the shut door? What might "
    .. "Ama feel on the other side of it?",
  notes = "Let the group name Grace's list out loud before anyone says what she "
    .. "should do. Then ask whose day it is.",
  rescue {
    "Open the curtain a crack and sit on the bed. “It’s sunny out. Come and "
    .. "have lunch in the kitchen? Then we could look at one job site together.”",
    because = "It sounds gentle, and you feel useful now. But last night she "
      .. "asked for one slow day with no job sites. It is your plan for her day, "
      .. "made before she said a word. Later she feels watched.",
    effects = { resentment = "-5", growth = "-5" },
    later = {
      after = 2,
      effects = { resentment = "+10" },
      says = "Ama showered and sat at the laptop while you watched. The next "
        .. "day she stayed in bed until two.",
    },
    next = "duvet",
  },
  support {
    "Take your sandwich in and eat it on the end of the bed. Tell her about "
    .. "the bakery’s flour mix-up, and nothing else.",
    because = "She asked for just this last night: no plans, and you at lunch. "
      .. "It may feel like too little to you now. But her day stays hers, and "
      .. "you stay near.",
    effects = { intimacy = "+5" },
    next = "the-cv-file",
  },
  neutral {
    "Make her favourite sandwich, the one with pickle, and leave it by the "
    .. "bedroom door with a glass of water. Eat yours at your desk.",
    because = "Food by the door is a quiet kindness. But you do not go in, and "
      .. "she cannot tell what you think. It is a pause, not a step.",
    effects = { intimacy = "-5" },
    next = "the-cv-file",
  },
  hurtful {
    "Put your head round the door. “I worry, love. The old Ama would have "
    .. "been up and out by now.”",
    because = "You are tired and scared, and that is real. But she asked for "
      .. "one slow day, and this worry about the “old Ama” tells her she is "
      .. "failing and a burden, which is what she fears most. Later she hides "
      .. "from you.",
    effects = { resentment = "+5", intimacy = "-10" },
    later = {
      after = 1,
      effects = { growth = "-5" },
      says = "Ama stopped coming into the kitchen while you work. She waits "
        .. "until you are back at your desk.",
    },
    next = "duvet",
  },
}

scene "duvet" {
  place = "bedroom",
  "Ama pulls the duvet up over her head. “Please, Grace. Not today.”",
  "Her voice is small. You stand there with one hand still on the curtain.",
  "Last week she asked you not to plan her days for her. “I’ll start when I "
  .. "can,” she said.",
  "You want to fix this. You also feel shut out, and it stings.",
  discuss = "Ama said “Not today.” What is she asking for? Why is it hard to give?",
  hurtful {
    "Let the curtain drop. “Okay. I just hate seeing you like this, love. "
    .. "It’s hard on me too, you know.”",
    because = "It sounds caring, and your hurt is real. But said now, it turns "
      .. "her no into your pain, and she feels guilty for saying it. That "
      .. "punishes her, and she learns to hide more.",
    effects = { resentment = "+5", intimacy = "-5" },
    next = "the-cv-file",
  },
  support {
    "Let the curtain fall shut again, and tuck the duvet round her feet. "
    .. "“Okay, love.” Then go back to the kitchen.",
    because = "She said “Not today,” and you do just that, without a long "
      .. "speech. It costs you the plan you wanted. It gives her back her own "
      .. "day.",
    effects = { resentment = "-5", growth = "+5" },
    next = "the-cv-file",
  },
  rescue {
    "Sit on the bed and rub her back. “Rest today, love. Tomorrow we can make a "
    .. "small plan together, one or two things.”",
    because = "It sounds like pure love, and she cries with relief now. But she "
      .. "asked you last week not to plan her days, and here is a plan for "
      .. "tomorrow. She hears that she can’t be trusted to start.",
    effects = { intimacy = "+5", growth = "-5" },
    next = "the-cv-file",
  },
}

scene "the-cv-file" {
  place = "living-room",
  "That evening Ama is in the bath. Her laptop is open on the sofa.",
  "A file called CV_new is on the screen. It was last saved three weeks ago. "
  .. "Half of it still talks about the old job. One line just says: skills??? "
  .. "There is a typo in the very first line.",
  "You write reports all day. You could make this good in an hour, and she "
  .. "would find it done in the morning. She has not shown it to anyone, and "
  .. "she has not asked you to read it.",
  it_depends {
    "Stick a note on the lid: “Free Saturday, ten till twelve. I could sit "
    .. "with you while you do this.”",
    because = "If she wants a work buddy, a time set ahead can help her start. "
      .. "If it turns into you checking her CV each week, it becomes your "
      .. "project, not hers.",
    effects = { growth = "+5" },
    next = "birthday-text",
  },
  rescue {
    "Read all of it slowly, out loud, the way a stranger would. Stop at the "
    .. "typo, and at the line you would change.",
    because = "When she comes out of the bath, you read her CV back to her, "
      .. "with your notes. It feels like honest help now. But she did not ask, "
      .. "and the CV is hers. The day she asks for your eyes, this is "
      .. "support. Tonight it makes the CV your project. Later she dreads it.",
    effects = { resentment = "-5" },
    later = {
      after = 2,
      effects = { resentment = "+5", growth = "-5", intimacy = "-5" },
      says = "Ama fixed the typo that night, without a word. She has not "
        .. "opened the file since.",
    },
    next = "birthday-text",
  },
  support {
    "Shut the laptop so it doesn’t run down. When she comes out, tell her "
    .. "you saw the CV. Then put the kettle on.",
    because = "She has not asked, so you change nothing in it. You name what "
      .. "you saw and leave it in her hands. She feels caught "
      .. "now. Later she knows the offer is there, and that it is hers to "
      .. "take.",
    effects = { intimacy = "-5" },
    later = {
      after = 2,
      effects = { growth = "+10" },
      says = "Ama filled in the skills part of her CV on her own. She left "
        .. "the laptop open so you would see.",
    },
    next = "birthday-text",
  },
  rescue {
    "When Ama comes out, say, “Why not send your old CV, then? The charity "
    .. "one was good. Nobody reads past page one anyway.”",
    because = "It sounds like a boost, and she smiles now. But it answers a "
      .. "question she is still working out. Later her stuck feeling is still "
      .. "there, pushed aside, not heard.",
    effects = { intimacy = "+5" },
    later = {
      after = 2,
      effects = { growth = "-5", intimacy = "-5" },
      says = "Ama sent the old CV to two jobs. Neither wrote back. She felt "
        .. "worse, and did not tell you.",
    },
    next = "birthday-text",
  },
}

scene "birthday-text" {
  "Friday. Dani’s birthday dinner is tomorrow. Dani and Ama have been "
  .. "friends since college. Dani has texted Ama four times this week.",
  "Ama holds out her phone to you. “Can you tell her I’ve got a cold? Please. "
  .. "I can’t face everyone asking about work.”",
  "She looks tired and ashamed. It is only a small lie, and she is the one asking.",
  discuss = "Ama asked Grace to do this. Does that make it help?",
  notes = "Groups often say that doing what was asked is always support. Here "
    .. "the ask is for a cover story. Ask: what would the lie protect, and "
    .. "what would it cost Ama's friendship later?",
  self_care {
    "Kiss the top of her head. “I’ll give Dani her present from both of us, "
    .. "and bring you back some cake.”",
    because = "You keep your own plans with your own friends. It can feel cold to "
      .. "her now. Later it means her low patch does not shrink your life too.",
    effects = { resentment = "-5", intimacy = "-5" },
    later = {
      after = 2,
      effects = { intimacy = "+5" },
      says = "You came home from the dinner with cake in a napkin for Ama. She "
        .. "ate it in bed and asked about everyone.",
    },
    next = "at-the-dinner",
  },
  rescue {
    "Take the phone and text Dani: “Ama’s in bed with a bad cold. Sorry to "
    .. "miss it. Big hug, Ama.”",
    because = "She asked, and it eases her shame now. But it is a lie to her "
      .. "friend in her name. Later you are the one keeping her friends away.",
    effects = { intimacy = "+5" },
    set = "made_excuse",
    later = {
      after = 2,
      effects = { growth = "-5", intimacy = "-5" },
      says = "Dani left soup and a get-well card on your step for Ama. Ama "
        .. "cried over it, and hid the card in a drawer.",
    },
    next = "at-the-dinner",
  },
  boundary {
    "Take the phone, open a new text to Dani, and hand it back. “Here. Say "
    .. "whatever is true, even just ‘Not up to it.’ I’ll put the kettle on.”",
    because = "You will not do the hiding for her, and the message stays hers. "
      .. "She is hurt and cross with you now. Later her friendship is still in "
      .. "her hands.",
    effects = { growth = "+5", intimacy = "-10" },
    later = {
      after = 2,
      effects = { growth = "+5", intimacy = "+5" },
      says = "Ama texted Dani: “Not up to it. Sorry. Miss you.” Dani wrote "
        .. "back at once: “No sorry needed. Coffee next week, just us?”",
    },
    next = "at-the-dinner",
  },
  support {
    "Take the phone and sit down next to her. “What’s the worst bit about "
    .. "tomorrow? The questions, or the people?”",
    because = "You hold the phone but send nothing: you ask about the fear under "
      .. "the request. The lie can wait. "
      .. "She may find she can skip it, or go for an hour, in her own words.",
    effects = { growth = "+5", intimacy = "+5" },
    next = "at-the-dinner",
  },
}

scene "at-the-dinner" {
  place = "restaurant",
  "Saturday night. The restaurant is loud and warm. Dani hugs you at the door.",
  { when = "made_excuse",
    "“How’s Ama’s cold?” she asks. Then she looks at you a moment too long." },
  { when = "not made_excuse",
    "“Ama texted me,” Dani says. “She’s not coming. Is she okay? She’s gone "
    .. "so quiet.”" },
  "Across the table, Sunil, who used to work with Ama, is listening. He has a "
  .. "new job at a housing trust. He says they are hiring. “Can I have her "
  .. "number? I’ll text her about it myself.”",
  "Before you left, Ama said, “If anyone asks about work, say I’m looking, "
  .. "and it’s a tough year. Just that, please.”",
  "Last week Ama asked you to stop sending her job ads. “I’ll find my own, "
  .. "when I’m ready,” she said.",
  it_depends {
    "Give Sunil Ama’s number, and tell him she may be slow to answer. Then "
    .. "ask Dani about her cake.",
    because = "Sunil said he would text her himself, so she gets to choose. "
      .. "Passing on a chance like that can help. If you chase it for her next week, or ask her "
      .. "if he wrote, it turns into your job hunt, not hers.",
    effects = { growth = "+5" },
    clear = "made_excuse",
    next = "rent-day",
  },
  rescue {
    "Smile. “Ama’s good, thanks. Busy with the job hunt. Ask again in a "
    .. "month, and I bet there’ll be news.”",
    because = "It keeps her private, and the table moves on now. But it is a "
      .. "cover story. Later her friends cannot reach the real Ama, and you "
      .. "have become her wall.",
    effects = { intimacy = "+5" },
    later = {
      after = 2,
      effects = { resentment = "+5", growth = "-5", intimacy = "-5" },
      says = "Dani stopped texting Ama. “I didn’t want to bother her while "
        .. "she’s so busy,” she told you later.",
    },
    clear = "made_excuse",
    next = "rent-day",
  },
  support {
    "Smile. “She’s been looking hard. It’s a tough year for charities.” Then "
    .. "pass the rice.",
    because = "These are the words Ama chose, and she asked you to say just "
      .. "them, since she is not here. You tell the truth without telling her "
      .. "story, and how much to share is left to Ama. At a table where she "
      .. "sits and can speak, the same words would be answering for her.",
    effects = { growth = "+5", intimacy = "+5" },
    clear = "made_excuse",
    next = "rent-day",
  },
  rescue {
    "Ask Sunil for the link. At home, tell Ama about it over tea. “Sunil’s lot "
    .. "are hiring. Your kind of place, I bet.”",
    because = "It looks like a lucky break passed on, and she is pleased now. "
      .. "But she asked you last week to stop sending her jobs. The link comes "
      .. "with a string on it: your hopes.",
    effects = { intimacy = "+5" },
    clear = "made_excuse",
    next = "rent-day",
  },
}

-- ---------------------------------------------------------------- money

scene "rent-day" {
  place = "kitchen",
  "The first of the month. Rent is due on Friday. You split it down the "
  .. "middle, like everything.",
  "Ama’s last pay from the charity ran out two weeks ago. She has some "
  .. "savings. On Sunday she told you they will not stretch to her half of "
  .. "the rent this month.",
  "On the table is a letter from her bank, still sealed. You do money all day "
  .. "at work. This is the part you are good at.",
  "Last week Ama asked you to show her how your budget sheet works, so she "
  .. "could make her own. You never got round to it.",
  "About the bank letter she said, “I’ll open it myself, when I’m ready.” "
  .. "She said it twice.",
  "Years ago you made a deal: if one of you is short, the other lends. It "
  .. "goes in the budget sheet, in the open, and it is paid back.",
  discuss = "Grace is good with money. When does her skill help Ama, and when "
    .. "does it take over?",
  support {
    "Open your budget sheet tonight and go through it with her line by line, "
    .. "the way you do it at work, rent and all.",
    because = "She asked to learn this. Going through it with her is "
      .. "support: her numbers and her plan stay hers. She dreads the numbers "
      .. "now. Later the plan is hers.",
    effects = { growth = "+5", intimacy = "-5" },
    later = {
      after = 2,
      effects = { growth = "+5", intimacy = "+5" },
      says = "Ama made her own budget sheet that week, in pencil first. It "
        .. "was hard. It was also the first plan she had made in weeks.",
    },
    next = "week-nine",
  },
  rescue {
    "Pull up a chair next to her with the bank letter. “Want to look at it together "
    .. "tonight? Then it’s done, and you can stop dreading it.”",
    because = "It sounds kind now, and it is your skill. But she said twice that "
      .. "she will open it herself, when she is ready. Later every letter comes "
      .. "to you, and she stops opening them.",
    effects = { growth = "-5", intimacy = "+5" },
    later = {
      after = 2,
      effects = { resentment = "+5", intimacy = "-5" },
      says = "Ama handed you her next bank letter without opening it. Then "
        .. "the next one.",
    },
    next = "week-nine",
  },
  boundary {
    "Cover her half of the rent on Friday. Put it in your budget sheet, "
    .. "under her name.",
    because = "She told you she is short, and this is the deal you both made "
      .. "years ago: a loan, not a gift, on paper, in the open, paid back when "
      .. "work comes. You give a clear limit before it is a crisis. She is stung, and "
      .. "the room goes stiff now. Later she knows where the floor is, and the "
      .. "plan is hers.",
    effects = { resentment = "-5", intimacy = "-10" },
    later = {
      after = 2,
      effects = { growth = "+5" },
      says = "Ama applied for job seekers’ money on her own that week. She "
        .. "showed you the form once it was sent.",
    },
    next = "week-nine",
  },
  rescue {
    "Pay both halves from your account on Friday. Tell her over dinner that "
    .. "the rent is done, and change the subject.",
    because = "The stress goes quiet now, and it feels like love. But it is a "
      .. "choice about her money made without her. Later a secret fix sits "
      .. "between you.",
    effects = { resentment = "-5", intimacy = "+5" },
    later = {
      after = 2,
      effects = { resentment = "+10" },
      says = "You paid Ama’s half and never said so. Now you notice every coffee "
        .. "she buys, and you hate that you do.",
    },
    next = "she-knows",
  },
}

scene "she-knows" {
  place = "kitchen",
  "A week later, Ama is at the kitchen table with her bank app open. Her face is hot.",
  "“The rent didn’t come out of my account,” she says. “You paid it. You "
  .. "didn’t even ask me.”",
  "“I’m not a child, Grace.”",
  discuss = "Grace meant well. Why might Ama feel worse than if the rent had "
    .. "simply been late?",
  boundary {
    "“I hear you. From next month, your half comes from your account "
    .. "again.”",
    because = "You own the mistake and draw a clear line at once. She is still "
      .. "angry now, and the flat is quiet all evening. But the money, and the "
      .. "choices, go back to her.",
    effects = { growth = "+5", intimacy = "-10" },
    next = "week-nine",
  },
  support {
    "“You’re right. I went around you, and I’m sorry. Can we look at the "
    .. "money together, your way this time?”",
    because = "You own it without excuses and hand the money talk back. It is "
      .. "humbling now. It lets her stand up again.",
    effects = { growth = "+5", intimacy = "-5" },
    next = "week-nine",
  },
  hurtful {
    "“You’re right, I should have asked. But be honest, love, someone had to "
    .. "deal with it.” Close the laptop and start on the dishes.",
    because = "It sounds like owning up, then a plain truth. But “someone had "
      .. "to” tells her she could not, and keeps the fix as yours. It "
      .. "shows the fix was partly for you, and she hears it.",
    effects = { resentment = "+5", intimacy = "-10" },
    next = "week-nine",
  },
}

-- ---------------------------------------------------------------- weeks of low

scene "week-nine" {
  "Nine weeks now. Some days are better. Most are not.",
  "Ama sleeps until noon and is tired by four. She has stopped her morning "
  .. "runs. She eats cereal for dinner. She says she is fine, just tired.",
  "Her mother has called from Kumasi three Sundays in a row. Ama lets the "
  .. "phone ring, then texts her a heart.",
  "Your friend Nadia is a nurse. She once told you that when low mood goes on "
  .. "for weeks, a doctor or a counsellor is worth a visit. Ama is a grown "
  .. "woman. She can book her own doctor.",
  discuss = "How long is long enough to say “see a doctor”? How can Grace say "
    .. "it without making it a verdict?",
  notes = "Suggesting a doctor or counsellor for weeks of low mood is support, "
    .. "not a diagnosis. Grace names what she sees and leaves the call with Ama.",
  self_care {
    "On your lunch walk, ring Nadia. Tell her about Ama’s weeks, the sleep "
    .. "and the cereal, and ask her what you should do.",
    because = "It may feel like talking behind her back. But your fear is "
      .. "real, and it is yours to look after. Nadia listens, tells you how "
      .. "tired you sound, and you come back to Ama calmer. It decides "
      .. "nothing for her.",
    effects = { resentment = "-5" },
    next = "late-night",
  },
  rescue {
    "“I think you’re worn out from the stress, that’s all. A few long nights "
    .. "of sleep, then you’ll feel like you again.”",
    because = "You want to lift her, and she smiles a bit now. But it talks her "
      .. "out of what she feels and makes a promise for her. Later the weeks "
      .. "go on. Weeks of this is a reason to get help, not to wait.",
    effects = { intimacy = "+5" },
    later = {
      after = 2,
      effects = { resentment = "+5", growth = "-5" },
      says = "Ama waited for the good nights to fix it. They didn’t come, and "
        .. "she felt she had failed at sleeping too.",
    },
    next = "late-night",
  },
  support {
    "Say it once, plainly. “Love, you’ve been low for weeks. I think it’s time "
    .. "to see the doctor, or a counsellor. Will you book it?”",
    because = "Weeks of low mood is a good reason to see a doctor. You say so "
      .. "once and leave the phone with her. That is support, not a verdict. "
      .. "It stings her now; later she is glad someone said it.",
    effects = { growth = "+10", intimacy = "-5" },
    set = "said_doctor",
    later = {
      after = 2,
      effects = { intimacy = "+10" },
      says = "Ama said later that you were the first to say it out loud. “It "
        .. "made it feel like a normal thing to do,” she said.",
    },
    next = "late-night",
  },
  rescue {
    "“Can we give it till the end of the month? If you still feel like this "
    .. "then, we’ll go to the doctor together.”",
    because = "It sounds gentle, and she agrees now. But nine weeks is already "
      .. "long, and you set the date, not her. Your fear of the doctor’s "
      .. "answer leads. Later the visit is yours, not hers.",
    effects = { resentment = "-5" },
    set = "booked_gp",
    later = {
      after = 2,
      effects = { resentment = "+10", intimacy = "-5" },
      says = "Ama went to the doctor on the date you set. When he asked why "
        .. "she came, she said, “My partner made me.”",
    },
    next = "late-night",
  },
}

scene "late-night" {
  place = "kitchen",
  "Late one night, Ama can’t sleep. She sits on the kitchen floor with her "
  .. "back to the fridge. You sit down next to her.",
  "“What’s the point of me?” she says. “I’m just a weight on you.”",
  "Your heart jumps. You ask her straight out: “Are you thinking about "
  .. "hurting yourself?”",
  "She shakes her head. “No. Not like that. I just feel useless.” You believe "
  .. "her. If she had said yes, you would stay with her and get help tonight: "
  .. "the doctor’s out-of-hours line, or the emergency number.",
  discuss = "Why does Grace ask the hard question straight out? What would she "
    .. "do if Ama said yes?",
  notes = "Asking plainly about self-harm does not put the idea in someone's "
    .. "head. If anyone in the group is affected, pause here and share local "
    .. "helpline numbers. This moment is not a quiz: the safe step is in the "
    .. "scene itself.",
  support {
    "Stay on the floor with her. “Tell me about useless. When is it worst?” "
    .. "Then let the quiet be long.",
    because = "You stay with the feeling instead of fixing it. It is hard to "
      .. "hear, and you feel helpless now. She feels less alone with it.",
    effects = { resentment = "+5", intimacy = "+10" },
    next = "mama-falls",
  },
  rescue {
    "Hold her face in your hands. “You are not a weight. You’re the best part "
    .. "of my life. Don’t ever say that again, okay?”",
    because = "Every word is true and loving, and she leans on you now. But it "
      .. "rushes her out of the feeling and asks her not to tell you next "
      .. "time. Later she has to protect you from it.",
    effects = { intimacy = "+5" },
    later = {
      after = 2,
      effects = { growth = "-5", intimacy = "-5" },
      says = "The next time Ama felt useless, she didn’t say so. She went for "
        .. "a long walk alone instead.",
    },
    next = "mama-falls",
  },
  it_depends {
    "“Can we call the doctor together in the morning? You do the talking. "
    .. "I’ll sit right next to you.”",
    because = "If she wants that, sitting with her is good support for a hard "
      .. "call, now and later. If you end up speaking for her, or she only "
      .. "says yes to calm you, it turns into a rescue.",
    effects = { growth = "+5" },
    set = "said_doctor",
    later = {
      after = 2,
      effects = { growth = "+5" },
      says = "In the morning Ama made the call. You sat with her. Her voice "
        .. "shook, but it was her voice.",
    },
    next = "mama-falls",
  },
}

-- ---------------------------------------------------------------- Mama

scene "mama-falls" {
  "Two days later, your sister Joy calls from the hospital. Mama slipped on "
  .. "the back step and broke her hip. The operation went well. She comes home "
  .. "on Friday.",
  "In your family, caring for Mama is not a question. It is what children "
  .. "do. Mama nursed her own mother for nine years. You want to be there. You "
  .. "love her.",
  "Joy says, “You’re closest, and you work from home. You’ll stay with her "
  .. "the first two weeks, yes? Paolo can’t get leave, and I have the kids.”",
  "Two weeks at Mama’s means two weeks away from Ama, right now. And when Mama "
  .. "had the flu last winter, you did every night alone, and fell ill "
  .. "yourself after.",
  discuss = "In Grace’s family, saying no costs more than it might in some "
    .. "others. How can she honour the duty and still share it?",
  notes = "Treat the duty with respect: nobody in the story is wrong to expect "
    .. "care for Mama. The question is only how it is shared, and how the "
    .. "carer stays well.",
  rescue {
    "“Of course, Joy. I’ll have the bed made up downstairs for Mama by "
    .. "Friday.”",
    because = "It is what a good daughter does, and Joy is so relieved now. But "
      .. "there are three of you, and “of course” says yes to two weeks "
      .. "alone, the whole load, again. Later the "
      .. "load stays yours, and Ama is home alone.",
    effects = { resentment = "-5", intimacy = "+5" },
    set = "carried_mama",
    later = {
      after = 2,
      effects = { resentment = "+10", intimacy = "-5" },
      says = "Two weeks became three. Joy and Paolo called to check on Mama, "
        .. "and went back to their lives.",
    },
    next = "joy-asks-ama",
  },
  boundary {
    "“I’ll move in for the first week, nights too. Joy, can you take the "
    .. "second week? And Paolo, the taxis to physio?”",
    because = "You honour the duty and say your limit in the same breath. Joy "
      .. "is hurt now: “Since when do we split Mama into shifts?” But a shared "
      .. "plan lasts longer than one tired daughter.",
    effects = { resentment = "+5", growth = "+5" },
    next = "joy-asks-ama",
  },
  support {
    "“Hold on, Joy. I’ll ring Mama on the ward tonight, before we fix "
    .. "anything.”",
    because = "The care is for Mama, so her wishes lead: she may want her house "
      .. "to herself in the day. It slows the plan, and Joy sighs now. But it "
      .. "treats Mama as the grown woman she is.",
    effects = { growth = "+5", intimacy = "-5" },
    next = "joy-asks-ama",
  },
  self_care {
    "“Of course I’ll be there for Mama. Give me tonight to sort things at "
    .. "home, and I’ll call you first thing.” Then step outside for some air.",
    because = "You don’t say yes in a rush. A night to think, and a talk with "
      .. "your partner, is not saying no. It keeps your answer your own.",
    effects = { resentment = "-5" },
    next = "joy-asks-ama",
  },
}

scene "joy-asks-ama" {
  place = "living-room",
  "Mama is home. Her physio is at ten on Tuesdays and Thursdays, across town. "
  .. "You start work at nine. Mama can’t drive for six weeks.",
  "Joy texts you: “Ama’s home all day now, isn’t she? She can take Mama to "
  .. "physio. It would be good for her to get out.”",
  "Ama is on the sofa, scrolling. She has not driven anywhere in a month. She "
  .. "has always got on well with Mama.",
  "She saw the text over your shoulder. “I don’t know,” she says. “Let me think "
  .. "about it.”",
  rescue {
    "Text Joy back: “Thursdays I’ll drive Mama, and work late. Tuesdays are a "
    .. "no from us for now.”",
    because = "You give what you can, and Joy backs off now. But Ama was "
      .. "right there, thinking it over, and you said no for her. Your family "
      .. "hears that she can’t cope. She never got to say yes or no.",
    effects = { resentment = "-5" },
    next = "ama-answers",
  },
  support {
    "Say, “Sure, love.” Put your phone face down, and go back to your work.",
    because = "She asked for time to think, and you give it: no push, and no "
      .. "answer for her. She might say no now, and then you must find another "
      .. "way. Later her yes, if it comes, is hers.",
    effects = { growth = "+5" },
    later = {
      after = 2,
      effects = { growth = "+5", intimacy = "+5" },
      says = "Ama said yes to Tuesdays. It was the first thing she had said "
        .. "yes to in weeks. She came home and told you about Mama’s physio man.",
    },
    next = "mama-home",
  },
  rescue {
    "Sit next to her. “You and Mama always have fun. How about Tuesdays out "
    .. "of the house with her, for a change?”",
    because = "It might do her good, and you may be right. But she said she "
      .. "wants to think, and your question leans on her. Even a good plan feels "
      .. "like a chore when someone else chose it.",
    effects = { growth = "+5", intimacy = "-5" },
    later = {
      after = 2,
      effects = { resentment = "+5", growth = "-5" },
      says = "Ama said yes to Tuesdays, for you. By the third week she was too "
        .. "tired to go, and Joy asked you why.",
    },
    next = "mama-home",
  },
  boundary {
    "Text Joy back: “Thursdays I’ll drive Mama, and work late.”",
    because = "You say what you can do, Thursdays, and you won’t answer for "
      .. "your partner: Tuesdays are Ama’s to answer. Joy is put out now, and "
      .. "says so. It keeps you from being the go-between.",
    effects = { resentment = "+5", growth = "+5" },
    next = "mama-home",
  },
}

scene "ama-answers" {
  "On Sunday a text from Joy lands on Ama’s phone. It is about the physio "
  .. "runs, and about what you told Joy.",
  "Ama reads it twice. Then she turns to you.",
  "“You talked to your family about me?” she says. “Why didn’t anyone ask "
  .. "me? I want to talk to Joy myself.”",
  discuss = "Grace spoke for Ama to her own family. What did Ama lose, even if "
    .. "Grace was right about her?",
  hurtful {
    "“Joy asked how you were, love, and you weren’t up to talking to anyone. "
    .. "Somebody had to tell her something.”",
    because = "It sounds caring, and the worry is real. But it answers her fair "
      .. "question with her low mood, as if that is why she can’t speak for "
      .. "herself. It shames her, and she is left alone with it.",
    effects = { resentment = "+5", intimacy = "-10" },
    next = "mama-home",
  },
  rescue {
    "“You’re right, and I’m sorry. I’ll ring Joy tonight and tell her I "
    .. "spoke out of turn.”",
    because = "It sounds like owning up, and the row stops now. But Ama just "
      .. "said she wants to talk to Joy herself, and the call you make is one "
      .. "more go-between job. Later her voice with your family is still yours.",
    effects = { resentment = "-5" },
    later = {
      after = 2,
      effects = { resentment = "+10", intimacy = "-5" },
      says = "Joy now asks you how Ama is, never Ama. You are the go-between "
        .. "for two people you love.",
    },
    next = "mama-home",
  },
  support {
    "“You’re right, and I’m sorry.” Find Joy’s number, and hand her the "
    .. "phone.",
    because = "You own it plainly and hand her voice back. It is awkward now. "
      .. "She gets to tell your family what she wants, in her own words.",
    effects = { growth = "+5", intimacy = "-5" },
    next = "mama-home",
  },
}

scene "mama-home" {
  place = "parents-house",
  "Saturday at Mama’s house. She walks with a frame, and the rules are strict: "
  .. "no bending, no twisting.",
  { when = "carried_mama",
    "You have slept on her sofa all week. Your back aches, and you have not "
    .. "seen Ama since Monday." },
  "Mama can’t reach her feet yet. She asks, a little shy, “Anak, can you help "
  .. "me in the shower? Only my feet and my back.”",
  "Her pills sit in a box by the kettle. She does them herself, slowly, with "
  .. "her glasses on and the hospital list beside her. The nurse told her to "
  .. "learn them herself, and she wants to.",
  discuss = "Mama asked for help with one thing and not the other. How does "
    .. "that change what help is?",
  support {
    "Help Mama onto the shower seat, and wash her feet and back for her. Talk "
    .. "about the neighbour’s roses while you do.",
    because = "She asked, and she truly can’t bend yet. Doing just the part she "
      .. "can’t do is support. Her pride and her own hands stay hers.",
    effects = { growth = "+5", intimacy = "+5" },
    clear = "carried_mama",
    next = "the-gp",
  },
  rescue {
    "Pull up a chair by her. “Ma, the blue ones are the morning ones, and "
    .. "the white ones at night. Then you’re done.”",
    because = "It feels caring, and it is quicker now. But the nurse asked her "
      .. "to learn them, and she is managing, slowly and well. Giving her the "
      .. "answers takes the learning away. Later she stops trusting her own "
      .. "list.",
    effects = { resentment = "-5", growth = "-5" },
    later = {
      after = 2,
      effects = { resentment = "+5", intimacy = "-5" },
      says = "Mama now phones you every evening to ask which pills are for "
        .. "the morning. She used to know.",
    },
    clear = "carried_mama",
    next = "the-gp",
  },
  self_care {
    "Help with the shower, and leave Mama’s lunch under a plate. Ring Joy and "
    .. "hand her the afternoon: two o’clock, the walk, the tea.",
    because = "You give the care Mama asked for, and then you go home to "
      .. "your own bed and let Joy take a turn. Joy grumbles now. Asking for "
      .. "help is part of caring well.",
    effects = { resentment = "-5", intimacy = "-5" },
    clear = "carried_mama",
    next = "the-gp",
  },
  it_depends {
    "Make tea, and sit with her by the window while she sorts her pills. Keep "
    .. "the nurse’s list on your knee.",
    because = "If she likes the company while she gets used to it, sitting near "
      .. "helps. If you hover and correct her, it turns into a rescue in slow "
      .. "motion.",
    effects = { intimacy = "+5" },
    clear = "carried_mama",
    next = "the-gp",
  },
}

-- ---------------------------------------------------------------- help

scene "the-gp" {
  place = "living-room",
  { when = "booked_gp",
    "You set the date for Ama’s first doctor’s visit. She went, and came "
    .. "home quiet. Now there is a second visit, on Wednesday at eleven." },
  { when = "said_doctor and not booked_gp",
    "Ama booked the doctor herself last week. The visit is on Wednesday at eleven." },
  { when = "not said_doctor and not booked_gp",
    "Dani told Ama that a counsellor helped her after her divorce. After that, "
    .. "Ama booked the doctor herself. The visit is on Wednesday at eleven." },
  "On Tuesday night Ama asks you, “Will you come with me? Just to the waiting "
  .. "room. I don’t think I can walk in there alone.” She has typed a few "
  .. "lines in her phone about what she wants to say.",
  "You have a work meeting at eleven on Wednesday. You could move it. Your boss "
  .. "won’t like it.",
  discuss = "Ama asked for something clear. What makes it easy, or hard, to "
    .. "give just that?",
  support {
    "Move your meeting. Walk her there on Wednesday, and sit in the waiting "
    .. "room with a book the whole time.",
    because = "She asked, and it is a hard door to walk through. Going with her "
      .. "and staying outside is support: what she says in there stays hers. "
      .. "Your boss is cross with you now.",
    effects = { resentment = "+5", growth = "+5", intimacy = "+5" },
    clear = { "booked_gp", "said_doctor" },
    next = "the-call",
  },
  rescue {
    "Write out the first two questions and good answers tonight. Go through "
    .. "them out loud with her.",
    because = "It feels like good prep for a hard visit, and she nods now. But "
      .. "she asked only for company in the waiting room, and her own lines "
      .. "are already in her phone. Your answers pick what the doctor hears. "
      .. "Later the doctor hears you, not Ama.",
    effects = { resentment = "-5", growth = "-5" },
    later = {
      after = 2,
      effects = { intimacy = "-10" },
      says = "Ama gave the doctor your answers, nearly word for word. She never "
        .. "said the part that scared her most, and didn’t want to go back.",
    },
    clear = { "booked_gp", "said_doctor" },
    next = "the-call",
  },
  boundary {
    "Walk her to the door at ten to eleven, kiss her, and go back for your "
    .. "meeting. Be outside at twelve with two coffees.",
    because = "You say what you can do, and you do it. She wanted more, and she "
      .. "is let down now. Later she finds she can walk in on her own, which "
      .. "she can do.",
    effects = { growth = "+5", intimacy = "-5" },
    later = {
      after = 2,
      effects = { growth = "+5", intimacy = "+5" },
      says = "Ama said she walked in alone and it was fine. The doctor offered "
        .. "her a counsellor. She sounded a bit proud.",
    },
    clear = { "booked_gp", "said_doctor" },
    next = "the-call",
  },
}

scene "the-call" {
  "Whatever happened at the doctor’s, one good thing came of it. Ama has a "
  .. "date with a counsellor in three weeks. She put it in her phone herself.",
  "Ama has a phone meeting with the job centre on Friday at two. It is about "
  .. "the money she can claim while she looks for work.",
  "She asks you, “Can you sit with me and write down what they say? When I’m "
  .. "nervous my head goes blank, and they talk so fast.”",
  "You know this stuff well. You could do the whole call in ten minutes.",
  "Rent is due on Friday too. This month Ama has said she will pay her half "
  .. "from her savings.",
  it_depends {
    "Write out the first two questions and good answers tonight. Go through "
    .. "them out loud with her.",
    because = "Her head goes blank when she is nervous. If she wants a practice "
      .. "run, it can calm her nerves. If your answers become a script she must "
      .. "follow, it is your call in her voice.",
    effects = { growth = "+5" },
    next = "cv-again",
  },
  rescue {
    "Cover her half of the rent on Friday. Put it in your budget sheet, "
    .. "under her name.",
    because = "On rent day, a loan in the sheet was the deal you both made, "
      .. "and she was short. This month she said she will pay it from her "
      .. "savings. Covering it anyway eases your worry now. But it is her money "
      .. "choice, made for her, and later she waits for you to step in.",
    effects = { resentment = "-5", intimacy = "+5" },
    later = {
      after = 2,
      effects = { resentment = "+5", growth = "-10" },
      says = "Ama saw the rent line in your sheet. “I said I’d do it,” she "
        .. "said, and put her savings card back in the drawer.",
    },
    next = "cv-again",
  },
  support {
    "Sit beside her on the call with a pen. Write down every date and name, "
    .. "and what she has to send them.",
    because = "She asked for a note-taker, and that is what you give. Notes she "
      .. "can read later are real help. The call stays hers.",
    effects = { growth = "+5", intimacy = "+5" },
    next = "cv-again",
  },
  neutral {
    "Say yes, and sit with her. While she is on hold, answer a few work emails "
    .. "on your laptop.",
    because = "You are there, which counts now. But half of you is at work, and "
      .. "later she finds the notes have gaps.",
    effects = { intimacy = "-5" },
    later = {
      after = 1,
      effects = { growth = "-5" },
      says = "Ama missed a date for sending a form. It was not in the notes.",
    },
    next = "cv-again",
  },
}

scene "cv-again" {
  "Two weeks on. Ama is at the laptop on a Sunday morning. Sunil’s housing "
  .. "trust has a project job open, and she wants to apply.",
  "She turns the laptop to you. “Can you read this? Tell me the truth. Is it "
  .. "rubbish?”",
  "You can see three things you would change, and a typo in the first line.",
  "The last letter you fixed for her, she never sent. “It didn’t sound like "
  .. "me anymore,” she said.",
  neutral {
    "“I want to give this my full attention, love. Let me read it after "
    .. "lunch, with a fresh head.”",
    because = "Putting it off is not harm, and you mean it kindly. But she "
      .. "asked while she was brave, and the moment passes.",
    effects = { intimacy = "-5" },
    next = "running-on-empty",
  },
  rescue {
    "Read the first half. “Honestly? Don’t change a thing. Send it now, before "
    .. "you talk yourself out of it.”",
    because = "It sounds like a cheer, and she lights up now. But she asked for "
      .. "the truth and got a pat on the head. Later the typo goes out with "
      .. "it.",
    effects = { intimacy = "+5" },
    later = {
      after = 2,
      effects = { resentment = "+5", growth = "-5" },
      says = "The trust’s reply quoted the typo in her first line. Ama wondered "
        .. "what else you had not told her.",
    },
    next = "running-on-empty",
  },
  support {
    "Read all of it slowly, out loud, the way a stranger would. Stop at the "
    .. "typo, and at the line you would change.",
    because = "She asked for your eyes and the truth: “Is it rubbish?” Showing "
      .. "her two clear spots is support. She makes the changes, and the page is "
      .. "still hers.",
    effects = { growth = "+10", intimacy = "+5" },
    next = "running-on-empty",
  },
  rescue {
    "Pull the laptop over and read it slowly. Smooth out the typo and that "
    .. "one line, then turn it back to her.",
    because = "It is fast and kind, and you are good at it. But she asked for "
      .. "a reader, not a writer, and last time your fixes made it sound like "
      .. "you. The CV that goes out will sound like you again.",
    effects = { resentment = "-5", growth = "-5" },
    next = "running-on-empty",
  },
}

-- ---------------------------------------------------------------- stretched

scene "running-on-empty" {
  place = "parents-house",
  "Thursday. You worked all day, drove to Mama’s for dinner and her evening "
  .. "pills, and got home at nine.",
  { when = "resentment < 35",
    "You are tired, but it is a clean kind of tired. Mama is mending, and "
    .. "she is cross about the frame, which is a good sign." },
  { when = "resentment >= 35",
    "You notice you are keeping count: every drive, every pill, every night. "
    .. "Joy calls to check. Paolo sends money." },
  "Your friend Nadia texts: “Swim on Saturday? Then pancakes. You’ve vanished.”",
  "Ama is on the sofa. She had a flat day. Part of you thinks you should stay "
  .. "home, in case she needs you.",
  "Ama saw the text. “Go,” she says. “Please. I’ll be fine, and I hate being "
  .. "the reason you stay in.”",
  discuss = "Tired or resentful? How could Grace tell which one she feels?",
  notes = "The fine-line idea: a helper can be worn out and still be fine. "
    .. "Resentment is the sign that helping has tipped into rescue.",
  self_care {
    "Say yes to Nadia for nine. On the way home, pick up the pastries Ama "
    .. "likes, and be back by noon to make the coffee.",
    because = "Your own life keeps you well enough to care for two people you "
      .. "love. Ama may feel a pang now. Later she sees you doing what she is "
      .. "trying to do.",
    effects = { resentment = "-10", intimacy = "-5" },
    set = "own_life",
    later = {
      after = 2,
      effects = { growth = "+5", intimacy = "+5" },
      says = "You came back from the swim with wet hair and a laugh. Ama asked "
        .. "if she could come next time.",
    },
    next = "sunday-lunch",
  },
  rescue {
    "Text Nadia, “Next week!” Then spend Saturday at home with Ama: films, "
    .. "soup, and a walk if she feels up to it.",
    because = "It feels loyal, and Ama is glad of you now. A weekend in is help "
      .. "when she asks for it. But tonight she asked you to go, and you "
      .. "stayed to guard her mood. Later you notice what it cost.",
    effects = { intimacy = "+5" },
    later = {
      after = 2,
      effects = { resentment = "+10" },
      says = "You have said no to Nadia three weeks running. She has stopped asking.",
    },
    next = "sunday-lunch",
  },
  boundary {
    "Call Joy and plan Mama’s week out together: Mondays and Wednesdays for "
    .. "her, the rest for you. Write it up on Mama’s fridge.",
    because = "In your family this is hard to say, and Joy goes quiet now. It "
      .. "still honours Mama: care that is shared is care that lasts.",
    effects = { growth = "+5", intimacy = "-5" },
    set = "shared_care",
    next = "sunday-lunch",
  },
  hurtful {
    "When Ama asks what’s for dinner, say, “You choose tonight, love. I’ve "
    .. "been with Mama since seven, and you’ve had the whole day.”",
    because = "It sounds like a fair ask for help. But you are running on empty, "
      .. "and it spills out as a dig. It lands on the sore place: she already "
      .. "feels useless. Later the house goes "
      .. "cold.",
    effects = { resentment = "+5", intimacy = "-10" },
    later = {
      after = 1,
      effects = { growth = "-5" },
      says = "Ama cooked the next three nights without a word. It felt like a "
        .. "punishment, for both of you.",
    },
    next = "sunday-lunch",
  },
}

scene "sunday-lunch" {
  place = "parents-house",
  "Sunday lunch at Mama’s, her first big family meal since the fall. Joy, her "
  .. "kids, Tita Nena and Tito Ben are all there. Ama came too, with a cake.",
  "Over the rice, Tita Nena smiles at Ama. “So, Ama, still no work? What do "
  .. "you do all day?”",
  "In the car Ama said, “If Tita asks about work, don’t answer for me.” "
  .. "Now the table goes quiet. Ama looks at her plate. Under the table her "
  .. "hand finds yours and squeezes once, hard.",
  discuss = "Ama squeezed Grace’s hand. What might it mean? How could Grace "
    .. "find out, later?",
  it_depends {
    "Hold her hand tight and change the subject. “Tita, did you bring your "
    .. "leche flan? The kids won’t stop asking.”",
    because = "If her squeeze meant “get me out of this”, a light change of topic "
      .. "is what she asked for, now. If she wanted to answer, it takes her "
      .. "voice and turns into a rescue. Later, ask her.",
    effects = { intimacy = "+5" },
    later = {
      after = 2,
      effects = { resentment = "+5" },
      says = "On the drive home Ama said, “I was going to answer her, you "
        .. "know.” You both went quiet.",
    },
    next = "joy-pushes",
  },
  rescue {
    "Smile. “She’s been looking hard. It’s a tough year for charities.” Then "
    .. "pass the rice.",
    because = "It is true and kind, and Tita nods now. But Ama is right here, "
      .. "and in the car she asked you not to answer for her. You answered "
      .. "first. Later the family asks you about her, not her.",
    effects = { intimacy = "+5" },
    later = {
      after = 2,
      effects = { growth = "-5", intimacy = "-5" },
      says = "Tita Nena asks you how Ama’s job hunt is going every time she "
        .. "sees you now. She never asks Ama.",
    },
    next = "joy-pushes",
  },
  support {
    "Squeeze back, and wait. Let Ama answer, however she answers, even if it "
    .. "comes out slow.",
    because = "You trust her to speak for herself, and you stay close while she "
      .. "does. The silence is awful for a moment now. Later it is hers.",
    effects = { growth = "+10", intimacy = "-5" },
    later = {
      after = 2,
      effects = { intimacy = "+10" },
      says = "Ama said, “Looking, Tita. It’s been hard.” Mama reached over and "
        .. "patted her hand. Nobody asked again.",
    },
    next = "joy-pushes",
  },
}

scene "joy-pushes" {
  place = "kitchen",
  "After lunch Joy follows you into the kitchen. She dries the same plate "
  .. "over and over.",
  "“Mama needs someone at night for another month,” she says. “You know how "
  .. "we do things. Tita Nena cared for Lola for ten years. It should be you. "
  .. "You don’t have kids.”",
  { when = "shared_care",
    "You already share the days. This is about the nights." },
  "On the drive over, you and Ama agreed: if Joy asks about nights, you can "
  .. "give three a week. No more.",
  "You want to help Mama. You also want to come home to Ama at night. In your "
  .. "family, no can sound like not loving your mother.",
  discuss = "How can Grace keep faith with her family’s way of caring and "
    .. "still say what she can’t do?",
  boundary {
    "“I’ll do Mondays, Wednesdays and Fridays. Can you take the weekend, and "
    .. "Paolo pay for a night carer the rest?”",
    because = "You keep the duty and name a fair share of it. Joy is hurt now, "
      .. "and says so. But later a plan that keeps all three children in it is "
      .. "care too.",
    effects = { resentment = "+5", growth = "+5" },
    set = "shared_care",
    later = {
      after = 2,
      effects = { intimacy = "+5" },
      says = "Paolo paid for a night carer twice a week. Joy took Fridays. You "
        .. "came home to Ama four nights out of seven.",
    },
    next = "no-offer",
  },
  rescue {
    "“Of course I’ll be there for Mama. Give me tonight to sort things at "
    .. "home, and I’ll call you first thing.” Then step outside for some air.",
    because = "When Mama fell, a night to think was care for you. But you and "
      .. "Ama already thought this through: three nights, no more. “Of course "
      .. "I’ll be there” is a yes to every night, and “sort things at home” "
      .. "means telling Ama the plan changed. There are three of you. It keeps "
      .. "the peace now, and Joy hugs you. Later the nights are all yours.",
    effects = { resentment = "-5", intimacy = "-5" },
    clear = "shared_care",
    later = {
      after = 1,
      effects = { resentment = "+10" },
      says = "You slept at Mama’s every night for a month. Ama ate alone, and "
        .. "stopped waiting up.",
    },
    next = "no-offer",
  },
  support {
    "Take the plate from her. “Come on, Joy. Let’s go and find Mama.”",
    because = "Care for Mama starts with what Mama wants, and it is her house. "
      .. "Joy rolls her eyes now. Mama, asked, says two nights alone a week, "
      .. "with a bell by the bed, would suit her fine.",
    effects = { growth = "+5", intimacy = "+5" },
    next = "no-offer",
  },
  hurtful {
    "“I say this with love, Joy. You always let me carry Mama. Maybe this "
    .. "time you could try.”",
    because = "It sounds like love, and the old sore spot is real. But it is a "
      .. "jab dressed as care: it shames Joy, and it leaves Mama’s nights "
      .. "unplanned. Nothing gets shared.",
    effects = { resentment = "+5", intimacy = "-5" },
    next = "no-offer",
  },
}

-- ---------------------------------------------------------------- the letter

scene "no-offer" {
  place = "living-room",
  "Three weeks later, Ama had her interview at the housing trust. She came "
  .. "home pink and hopeful.",
  "Today the email comes. They chose someone else. “We were very impressed,” "
  .. "it says.",
  "Ama reads it out in a flat voice. Then she puts the phone face down and "
  .. "pulls her knees up on the chair. “No job talk tonight,” she says.",
  "Nadia has texted about a swim on Saturday. Ama sees it. “Could you stay in "
  .. "with me this weekend?” she asks. “Just us. I don’t want to be on my own "
  .. "with this.”",
  support {
    "Text Nadia, “Next week!” Then spend Saturday at home with Ama: films, "
    .. "soup, and a walk if she feels up to it.",
    because = "She asked for just this: you, at home, this weekend. You treat "
      .. "it as a loss and leave space. No job talk, no cheering up, only the "
      .. "company she asked for. When she asks you to go, staying is guarding "
      .. "her mood. Tonight it is what she needs. Nadia can wait a week.",
    effects = { growth = "+5", intimacy = "+5" },
    next = "the-talk",
  },
  rescue {
    "Sit with her a while. “Want to look at what else is out there? Sunil "
    .. "said the council is hiring too.”",
    because = "Keeping her moving feels like love, and it fills the silence "
      .. "now. But she asked for no job talk tonight, and it gives her no time "
      .. "to feel the loss.",
    effects = { growth = "-5" },
    next = "the-talk",
  },
  rescue {
    "Hold her close. “I’m so sorry, love. Come on, takeaway and a silly "
    .. "film. Let’s get that smile back.”",
    because = "You want to lift her fast, and it works for a minute now. But it "
      .. "hurries her past the sad part. She has to act fine so you can feel "
      .. "better, and later she stops telling you.",
    effects = { intimacy = "+5" },
    later = {
      after = 1,
      effects = { resentment = "+5", growth = "-5" },
      says = "Ama told the counsellor about the job, not you. “You’d only try "
        .. "to cheer me up,” she said.",
    },
    next = "the-talk",
  },
}

scene "the-talk" {
  place = "park",
  "A month later, on a warm evening, Ama asks if you’ll walk with her to the park.",
  { when = "resentment >= 40",
    "She walks a little apart from you. You both keep your hands in your pockets." },
  { when = "resentment < 40",
    "She takes your hand on the way, and swings it a little, like she used to." },
  "On the bench she says, “Can we talk? About the last few months. About us.”",
  "Your chest goes tight. This is the kind of silence you always rush to fill.",
  discuss = "Whatever Grace says next, what would it look like to stand beside "
    .. "Ama instead of in front of her?",
  self_care {
    "Tell her your side too. “I’ve been tired and scared. I need us to lean on "
    .. "each other both ways.” Then ask how she is.",
    because = "Saying what you need is not a burden on her. It is honest, and "
      .. "it lets her give something back, which she has missed.",
    effects = { resentment = "-5", intimacy = "+5" },
    next = {
      { when = "resentment >= 50", "carrying-two" },
      { when = "shared_care and own_life and resentment <= 35 and growth >= 45", "beside-her" },
      { when = "growth >= 70 and resentment <= 20", "beside-her" },
      "small-steps",
    },
  },
  rescue {
    "Take her hand. “You don’t need to explain anything. I’m so glad "
    .. "you’re feeling better.”",
    because = "It sounds like devotion. But she asked to talk about the last "
      .. "few months and about you both, and you closed the door on it. "
      .. "Partners share the load.",
    effects = { resentment = "+5", growth = "-5" },
    next = {
      { when = "resentment >= 45", "carrying-two" },
      "small-steps",
    },
  },
  support {
    "Let her go first. Hear all of it, even the parts about you, before you "
    .. "say a word.",
    because = "Listening first, with no defence ready, lets her lead. Some of "
      .. "it is hard to hear now.",
    effects = { growth = "+5", intimacy = "+5" },
    next = {
      { when = "resentment >= 50", "carrying-two" },
      { when = "shared_care and own_life and resentment <= 35 and growth >= 45", "beside-her" },
      { when = "growth >= 70 and resentment <= 20", "beside-her" },
      "small-steps",
    },
  },
}

-- ---------------------------------------------------------------- endings

ending "carrying-two" {
  place = "parents-house",
  title = "Carrying two lives",
  "Ama nods along. She says she is grateful. She says it the way you thank "
  .. "someone at a shop counter.",
  { when = "not shared_care",
    "You sleep at Mama’s most nights. Joy calls you for every question about "
    .. "her pills, and Paolo sends money." },
  "Ama has a counsellor now, and she goes. But at home she waits for you to "
  .. "decide things. You are so tired that you cry in the car, and you don’t "
  .. "tell anyone.",
  lens = {
    goal = "To lift Ama out of her low patch, and keep Mama safe, by doing it "
      .. "all yourself.",
    behaviours = "Writing, paying, answering and planning for her. Taking all "
      .. "of Mama’s care. Cancelling your own life.",
    thoughts = "“If I stop, it will all fall apart.” “She can’t cope right now, "
      .. "so I have to.”",
    emotions = "Love and fear, then a deep tired. Under the tired, a quiet "
      .. "resentment you are ashamed of.",
    underlying = "Being the strong one felt like the only safe way to love. "
      .. "While you carried everything, Ama had no room to stand up, and you "
      .. "had no room to rest.",
  },
  practice = "This week, hand one thing back: a letter, a call, a reply. Say, "
    .. "“This one’s yours. I’m here if you want me.” Notice what you feel while "
    .. "you wait.",
  reflect = "Who taught you that love means carrying? What would it be like to "
    .. "be carried a little, too?",
}

ending "small-steps" {
  place = "park",
  title = "Small steps, both ways",
  "Ama talks, and you mostly listen. Twice you start a plan, and twice you stop.",
  "She tells you the worst part was feeling watched. You tell her about the "
  .. "nights at Mama’s, and how scared you were on the kitchen floor. She did not "
  .. "know.",
  { when = "shared_care",
    "Mama’s care is shared now. Joy grumbles, but she comes." },
  "Nothing is fixed. Ama still has flat days, and she still has no job. But "
  .. "she sees her counsellor, and the next step is hers. “Slowly,” she says. "
  .. "“Both of us.”",
  lens = {
    goal = "To help Ama through, and to stop taking over. Part of you still "
      .. "wants her to do it your way, and faster.",
    behaviours = "Sometimes you ask and wait. Sometimes you step in before "
      .. "she asks, and then notice.",
    thoughts = "“This is hers.” And also: “But what if she never gets going?”",
    emotions = "Worry and hope, turn and turn about. Tired, and some days sore.",
    underlying = "The pull to rescue is still strong, with Ama and with your "
      .. "family. Seeing it is where change starts.",
  },
  practice = "Once a day this week, before you help, ask: “Is this mine or "
    .. "hers?” If it is hers, ask what she needs.",
  reflect = "Which was harder to leave alone: Ama’s job hunt, or Mama’s care? "
    .. "Why that one?",
}

ending "beside-her" {
  place = "park",
  title = "Beside her",
  "Ama talks for a long time. About the shame of the first weeks. About the "
  .. "counsellor, who asks hard questions. About Mama, who phones her now just "
  .. "to chat.",
  "She has two days a week at a youth club now, her own find. It is not the "
  .. "old job. It is a start, and it is hers.",
  { when = "own_life",
    "On Saturday she comes swimming with you and Nadia. She is slow, and she "
    .. "laughs about it." },
  { when = "shared_care",
    "Mama’s care runs on a plan with all three of her children in it. Mama "
    .. "calls it her team." },
  "Then Ama asks how you are, really. And you tell her.",
  lens = {
    goal = "To stay close to Ama while the low patch, and the way out of it, "
      .. "stay hers. To honour Mama without carrying her alone.",
    behaviours = "You ask before you help. You say the hard thing once. You give "
      .. "what is asked for, share the load, and keep a life of your own.",
    thoughts = "“I can care a lot and still let her steer.” “Duty shared is "
      .. "still duty kept.”",
    emotions = "Worried some nights, and tired after long weeks. But not bitter, "
      .. "and not keeping score.",
    underlying = "You can feel your fear without trying to control her to make "
      .. "it stop. Your care comes from choice, not from fear.",
  },
  practice = "This week, when someone you love is low, say one true thing and "
    .. "ask one question. Then tell a friend how you are doing.",
  reflect = "When did stepping back help someone you love more than stepping "
    .. "in? What did it cost you, and what did it give you both?",
}
