-- Bill and Meg: three years of crisis, and the hard work of ending it.
-- Bill falls for Meg, who seems to have it all together. Then the calls
-- start: her debts, the tax office, the money her mother wants back, the
-- salesperson who walks out, the calls at three in the morning, the nights in
-- the emergency room. Bill is always there. In counseling he finds an old
-- pattern from his childhood, decides to end it, and has to hold steady when
-- Meg makes threats.
--
-- Safety, in the story itself:
--   chest-call    Meg calls at night with chest pain. The scene says that
--                 this is an emergency and help comes first; every choice
--                 gets help, and none of them is punished by the meters.
--                 Calling the emergency number for her is support, not
--                 rescue: she cannot act, so he acts. The scene has no
--                 rescue at all.
--   night-calls, asking-her, telling-meg
--                 chest pain or trouble breathing means the emergency
--                 number first, every time; asking her to see a doctor or
--                 counselor about the panic is support, not rescue.
--   the-threats   a safety scene, not a puzzle: limits with someone who
--                 makes threats are set with a professional's help, and in
--                 danger you call the local emergency number.
--
-- Flags, and where they matter:
--   lent_money     Bill lent Meg money with no plan (late-call, the-loan);
--                  lines in the-loan, tax-letter and her-mother,

--                  then cleared there
--   drove_over     late-call -> all-night; cleared in all-night
--   told_dana      Bill told his boss the truth (boss-notices); lines in
--                  the-threats and dana-listens, cleared after the threats
--   skipped_anne   Bill left a session early (first-session); a line in
--                  old-pattern, then cleared
--   called_ruth    Bill called his sister (old-pattern); changes a choice's
--                  text in guilt-night, a line in the best ending, and half
--                  of the pattern below
--   waited         Bill put off ending it (the-decision) -> one-more-crisis;
--                  a line in telling-meg, cleared there
--   planned        Bill made a plan with Anne; opening of telling-meg,
--                  cleared there
--   door_open      Bill left the door half open (telling-meg); a line in
--                  the-threats, then cleared
--   called_back    Bill called Meg back after the threats -> pulled-back;
--                  cleared there
--   held_firm      Bill kept his limit after the threats and got help to
--                  do it (the-threats, pulled-back); cleared if he plays
--                  the threat down to Dana, and in guilt-night by every
--                  choice but calling Ruth; a line in a-quiet-phone
--   went_back      Bill went back to helping Meg (pulled-back, her-voice);
--                  a line in months-later; sends him to the ending
--                  still-on-call, and picks its opening lines
--
-- A pattern of choices, not only the meters: in guilt-night, calling Ruth
-- (called_ruth, so he reached for her once before) after holding his limit
-- with help when the threats came (held_firm) opens a-quiet-phone at once,
-- if resentment is not high and growth is at least middling; went_back, in
-- months-later, opens still-on-call.
--
-- Same act, different kind (twins: the same words in two scenes):
--   late-call (support) / night-calls (rescue): "Tell me all of it,
--     slowly": the first night she asked only to be heard; the sixth call
--     this week, at 2:40, with her chest fine, makes her nights his job.
--   telling-meg (support) / her-voice (rescue): the drive to Jo's: the
--     night he ends it she shakes too hard to drive; after, she can drive,
--     Jo is two streets away, and it is over.
--   carla-quits (support) / pulled-back (rescue): reading it and saying
--     what he thinks: she asked for an honest read of her note; the tax
--     letter is her accountant's job, three weeks after the end.
--   tax-letter (support) / good-week (rescue): "all of it together, page
--     by page": she asked him to sit with her, she can't face them alone;
--     in the good week she asked for just the start.
--   the-loan (rescue) / one-more-crisis (support): "What does half come
--     to?": a loan with no plan and no promise; the half he promised when
--     he used the van.
--   asking-her (rescue) / one-more-crisis (self_care): booking the
--     counselor's first free slot: Meg's counselor, after she said no; his
--     own counselor, Anne.
--
-- Meter changes are steps of 5 and flags are cleared once nothing reads them,
-- so paths that meet in the same place merge and `beside explore` can play
-- every path.

scenario {
  id = "bill-and-meg",
  title = "Bill and Meg",
  teaser = "For three years, every time Meg's phone lights up, Bill comes "
    .. "running. Now he has to learn to stay put.",
  you_play = "Bill",
  people = { meg = { name = "Meg", main = true }, anne = "Anne" },
  minutes = 20,
  content_notes = {
    "money worries",
    "panic attacks",
    "chest pain and hospital visits",
    "a hard childhood",
    "a breakup",
    "threats from an ex",
  },
  meters = { resentment = 15, growth = 25, intimacy = 45 },
  start = "late-call",
}

-- ---------------------------------------------------------------- year one

scene "late-call" {
  place = "phone-night",
  "You have been dating Meg for four months. She runs her own design business. "
  .. "She is smart and funny, and she always seems to have it all together.",
  "Then, one night after twelve, your phone rings. Meg is crying so hard she "
  .. "can hardly speak. She owes money all over town. The rent is late at home "
  .. "and at her office. She may lose both.",
  "“I was too ashamed to tell you,” she says. “I’m not asking you for anything. "
  .. "I just needed to say it out loud to someone.”",
  "She lives across town, and you have a big meeting at nine. Your heart is "
  .. "racing. You have savings. In your head, you are already adding up what "
  .. "you could pay.",
  discuss = "Meg kept this hidden for months. What might she feel now? What "
    .. "does Bill feel, with the phone in his hand?",
  notes = "Most groups want Bill to fix it at once. That urge comes from love; "
    .. "say so. Then ask what Meg has actually asked for so far. The answer is: "
    .. "nothing yet, except to be heard.",
  support {
    "“I’m here. Tell me all of it, slowly, from the start. I’m listening.”",
    because = "She said she is not asking for anything, only to say it out "
      .. "loud. So you give her just that: an ear. This is the first time she "
      .. "has told you, and it is what she asked for. The debt stays hers, "
      .. "and you stay close. It may feel like too little tonight.",
    effects = { growth = "+5" },
    later = {
      after = 2,
      effects = { intimacy = "+5" },
      says = "Meg told you that on the phone that night, she felt heard and not "
        .. "handled. She said it was a first.",
    },
    next = "the-loan",
  },
  rescue {
    "Find a pen. “Go on, from the top. Who do you owe, and how much?” "
    .. "Write it all down as she talks.",
    because = "It sounds like listening. But she said she was not asking for "
      .. "anything, and the list on your pad is what you could pay. By "
      .. "morning, you had paid it. Her debt is partly yours now.",
    effects = { resentment = "-5", intimacy = "+5" },
    set = "lent_money",
    later = {
      after = 2,
      effects = { resentment = "+10" },
      says = "The money you gave Meg for the rent has not come back. She has "
        .. "not brought it up. Neither have you.",
    },
    next = "the-loan",
  },
  rescue {
    "“Okay. Stay on your phone with me. I’ll be there in twenty minutes.”",
    because = "Going to her sounds like plain love. But she asked for an ear, "
      .. "not a visit, and you have a big day tomorrow. Once you are at her "
      .. "table, her debt quietly becomes yours too. At midnight, her panic "
      .. "becomes your whole night.",
    effects = { growth = "-5", intimacy = "+5" },
    set = "drove_over",
    next = "all-night",
  },
  boundary {
    "Stay on the line until her breathing slows. “Get some sleep now. "
    .. "I’ll ring you at eight, before my meeting.”",
    because = "She said she is not asking for anything, only to be heard, and "
      .. "you have a big day. Waiting may feel cold to her tonight. But a "
      .. "choice made in a midnight panic is not a free choice. A pause gives "
      .. "you both room to think, and where to start stays hers.",
    effects = { growth = "+5", intimacy = "-5" },
    later = {
      after = 2,
      effects = { growth = "+5", intimacy = "+5" },
      says = "Meg told you that on the night you waited, she made her own list "
        .. "of what she owes. It was the first time she looked at all of it.",
    },
    next = "the-loan",
  },
}

scene "all-night" {
  place = "kitchen",
  "At Meg’s place, bills cover the kitchen table. Some are months old. Some "
  .. "have never been opened.",
  "You make piles. You add things up. Near two, Meg yawns and asks for one "
  .. "thing: “Can you finish the list? I want to see all of it when I wake "
  .. "up. The plan and the calls I’ll do myself.” Then she falls asleep on "
  .. "the couch.",
  "By four, the list is nearly done, in your own neat writing.",
  "Your alarm goes off for work in three hours. You have a big meeting at nine.",
  rescue {
    "Finish the list, with the bills that should go first at the top. "
    .. "Leave it by her keys.",
    because = "It looks like the list she asked for, and she will wake up "
      .. "relieved. But she said the plan and the calls were hers to make. "
      .. "The order is the plan: while she slept, you made it for her.",
    effects = { intimacy = "+5", growth = "-5" },
    clear = "drove_over",
    later = {
      after = 2,
      effects = { resentment = "+10" },
      says = "You got through the nine o’clock meeting on coffee. Your boss "
        .. "asked if you were sick.",
    },
    next = "the-loan",
  },
  support {
    "Add up the last two piles and write the total at the bottom. Leave the "
    .. "list by her keys with a note: “Call me after.”",
    because = "She asked for the list, and only the list. You helped, and then "
      .. "you handed it back. The calls and the plan stay hers to make.",
    effects = { growth = "+5", intimacy = "+5" },
    clear = "drove_over",
    next = "the-loan",
  },
  self_care {
    "Leave the list as it is, and tuck a blanket over her. Then stretch "
    .. "out on the other end of the couch, set your alarm, and close your "
    .. "eyes for what is left of the night.",
    because = "It looks like staying to look after her. It is you looking after "
      .. "you: she asked for the list, and you stop where your own sleep "
      .. "and your job start. You count too.",
    effects = { resentment = "-5" },
    clear = "drove_over",
    later = {
      after = 1,
      effects = { growth = "+5", intimacy = "-5" },
      says = "Meg woke to half a list and you asleep in the chair. She was a "
        .. "bit hurt. Then she did the last pile herself.",
    },
    next = "the-loan",
  },
}

scene "the-loan" {
  "Saturday, Meg comes over with coffee and a folder.",
  { when = "lent_money",
    "“You were so good to me,” she says. “But it wasn’t quite enough. The office "
    .. "rent is due again. Could you lend me a bit more, to get me through three "
    .. "months?”" },
  { when = "not lent_money",
    "“The bank said no,” she says. “Could you lend me enough to get me through "
    .. "three months? I’ll pay you back. I swear.”" },
  "The folder has her bills in it, and a letter from her bank. It has no "
  .. "budget, and no plan for how the "
  .. "business will bring in more. She has not worked one out yet.",
  "She looks at you the way she did when you first met. As if you are the one "
  .. "person who really gets her.",
  discuss = "What is the difference between a loan that helps and a loan that "
    .. "rescues?",
  support {
    "Push the coffee aside. “Show me what the business brings in each month. "
    .. "Then we can talk about a loan.”",
    because = "It can sting, and she looks hurt. But it asks her "
      .. "to look at her own numbers, the part only she can do.",
    effects = { growth = "+5", intimacy = "-5" },
    later = {
      after = 2,
      effects = { growth = "+5" },
      says = "Meg came back a week later with a budget she wrote herself. It "
        .. "was rough, and it was hers.",
    },
    next = "tax-letter",
  },
  rescue {
    "Get out your bank card. “Okay. What does half come to?”",
    because = "Only half sounds fair and careful, and she glows. But no "
      .. "promise of yours stands behind this half. The folder has no plan "
      .. "in it, and you set no sum and no date. A loan like "
      .. "that keeps her leaning on you and lets her skip the hard look at her "
      .. "business.",
    effects = { resentment = "-5", intimacy = "+5" },
    set = "lent_money",
    later = {
      after = 2,
      effects = { resentment = "+10", growth = "-5" },
      says = "Meg bought a new coat this week. You know, because she showed you. "
        .. "The loan has not come up in months.",
    },
    next = "tax-letter",
  },
  it_depends {
    "Get out your bank card. “Some, once. Write down how much, and the date "
    .. "you’ll pay it back, and sign it.”",
    because = "Once, on a plan she writes, it shares the load and does not carry "
      .. "it all. If it turns into the first of many loans, it becomes a rescue.",
    effects = { intimacy = "+5" },
    later = {
      after = 2,
      effects = { growth = "+5" },
      says = "Meg paid back the first part of the loan on the day she wrote "
        .. "down. She made a point of telling you.",
    },
    next = "tax-letter",
  },
  boundary {
    "Bring over the folder and her phone. Find the bank’s number on the "
    .. "letter and put it in front of her. “Ring them now. I’ll sit right "
    .. "here while you do.”",
    because = "Saying no to money is not saying no to her. You never get out "
      .. "your card. The call, and the debt, stay hers, and you sit beside "
      .. "her while she makes it.",
    effects = { growth = "+5", intimacy = "-5" },
    later = {
      after = 2,
      effects = { growth = "+5" },
      says = "Meg called the bank herself and got a payment plan. She sounded "
        .. "proud, and a little surprised.",
    },
    next = "tax-letter",
  },
}

scene "tax-letter" {
  "Spring. Meg hands you a fat letter from the tax office. She has not filed "
  .. "her taxes in two years. Now there is a fine, and it grows every month "
  .. "she waits.",
  "“I can’t even open the rest,” she says. “You’re good at this stuff. Can you "
  .. "just deal with them?” Then, quieter: “No. Just sit with me while I open "
  .. "them, and go through them with me? I can’t face them alone.”",
  "She has been scared of these letters for a long time. The fear is right: "
  .. "the longer they sit, the worse they get.",
  { when = "lent_money",
    "You think of the money you lent her. Not one dollar has come back." },
  "You know a tax accountant. He is good, and he is not cheap.",
  neutral {
    "Stack the letters neatly on the shelf, out of sight. “Let’s leave "
    .. "these till the weekend. Tell me how your meeting with the new "
    .. "client went.”",
    because = "Waiting is not wrong, and it feels gentle. But she asked you to "
      .. "sit with her now, and the fine grows each month. A maybe that "
      .. "hides a no leaves her alone with the pile.",
    effects = { resentment = "+5" },
    next = "her-mother",
  },
  support {
    "Pull up a chair. “Okay. Let’s go through all of it together, page by "
    .. "page.”",
    because = "She asked you to sit with her and go through them with her, "
      .. "because she can’t face them alone. So you go through them with her, in her "
      .. "hands. You share what you know and stay beside her. The call to "
      .. "the accountant, the bill and the taxes stay hers.",
    effects = { growth = "+5", intimacy = "+5" },
    later = {
      after = 2,
      effects = { growth = "+5", intimacy = "+5" },
      says = "Meg made the call. She came out of the room and said, “He thinks "
        .. "it can be fixed.” She was smiling.",
    },
    next = "her-mother",
  },
  hurtful {
    "Put your hand on hers. “You’re so good with your clients, love. I just "
    .. "don’t get how a few letters beat you.”",
    because = "It starts as praise. But she asked only for you "
      .. "to sit with her, and you said it to make her feel small. Shame "
      .. "on top of shame makes people hide the next letter too.",
    effects = { resentment = "+5", intimacy = "-5" },
    later = {
      after = 2,
      effects = { intimacy = "-5" },
      says = "Meg stopped showing you her mail. You heard about the next fine "
        .. "by chance.",
    },
    next = "her-mother",
  },
  rescue {
    "“Lots of people get behind on forms. It doesn’t make you bad at "
    .. "business. Your strengths are where it counts.”",

    because = "It eases her shame, and she smiles. But her fear is right: the "
      .. "fine grows while the letters sit. Kind words talk her out of the "
      .. "worry that would get them opened.",
    effects = { resentment = "-5", intimacy = "+5" },
    later = {
      after = 2,
      effects = { growth = "-5" },
      says = "The tax letters went back in the drawer. The fine has doubled "
        .. "since spring.",
    },
    next = "her-mother",
  },
  rescue {
    "Slide the pile to your side of the table. “Shall I book my accountant "
    .. "and cover his fee? Then it’s done.”",
    because = "It lifts the weight off her at once. But paying and calling for "
      .. "her keeps her from learning how. The next letter will come to you too.",
    effects = { resentment = "-5", intimacy = "+5" },
    later = {
      after = 2,
      effects = { resentment = "+10" },
      says = "The accountant’s bill came to you. So did his next question: where "
        .. "are Meg’s receipts? She says she’ll look. She doesn’t.",
    },
    next = "her-mother",
  },
}

-- ---------------------------------------------------------------- year two

scene "her-mother" {
  place = "living-room",
  "A year goes by. Meg’s mother, Joan, lent Meg money for one year. The year "
  .. "is up, and Joan needs it back for her own rent. She and Meg had a "
  .. "screaming fight on the phone.",
  "Meg is on your couch, shaking. “She won’t listen to me. She likes you. Could "
  .. "you call her? Just calm her down?”",
  "Only Meg can settle this with her mom. It is her debt, and her mother.",
  { when = "lent_money",
    "Meg owes you money too. You push the thought away." },
  discuss = "Meg asks Bill to step in between her and her mother. What happens "
    .. "when someone stands in the middle of two other people?",
  notes = "This is the go-between role. Let the group notice how good it feels "
    .. "to be the one who can talk to everyone. Then ask what it costs, and who "
    .. "pays.",
  rescue {
    "Ring Joan for her, as Meg asked. Hear her out, and tell her Meg is sorry "
    .. "about the shouting.",
    because = "Ending the fight feels like a gift to both of them. But it is "
      .. "Meg’s debt and Meg’s mother, and now Meg’s sorry comes from your "
      .. "mouth. You stand in the middle, and that peace was never yours to "
      .. "buy.",
    effects = { resentment = "-5", intimacy = "+5" },
    clear = "lent_money",
    later = {
      after = 2,
      effects = { resentment = "+10", growth = "-5" },
      says = "Meg and Joan are talking again. Neither of them ever mentions the "
        .. "money. Somehow the money became yours.",
    },
    next = "joan-calls",
  },
  boundary {
    "Bring her a glass of water and her phone. “Here. Ring her now, "
    .. "while you’re still brave. I’ll be in the kitchen making dinner.”",
    because = "A clear no to the go-between job is also a yes to Meg. It says "
      .. "you trust her to talk to her own mom, and you stay close by "
      .. "while she does.",
    effects = { growth = "+5", intimacy = "-5" },
    clear = "lent_money",
    later = {
      after = 2,
      effects = { intimacy = "+5" },
      says = "Meg and Joan worked out a payment plan. Meg told you over dinner, "
        .. "like news from her own life, not a crisis.",
    },
    next = "carla-quits",
  },
  it_depends {
    "If they both want it, be on the call with them, on speaker. Keep the "
    .. "peace, and stay out of the money.",
    because = "If both of them want you there and you only keep the room calm, "
      .. "it helps. If you end up talking for Meg, or paying, it becomes a rescue.",
    effects = { intimacy = "+5" },
    clear = "lent_money",
    next = "carla-quits",
  },
  rescue {
    "Sit beside her. “It makes sense to be upset. She knew money was tight when "
    .. "she lent it. That’s not fair of her.”",
    because = "Taking her side feels loyal, and it calms her. But the loan was "
      .. "for a year, and the year is up. Agreeing that Joan is unfair helps Meg "
      .. "dodge a talk only she can have.",
    effects = { resentment = "-5", intimacy = "+5" },
    clear = "lent_money",
    later = {
      after = 2,
      effects = { resentment = "+5", growth = "-5" },
      says = "Meg never called her mom. Joan called you instead, to ask what "
        .. "was going on.",
    },
    next = "carla-quits",
  },
  support {
    "Make her a cup of tea, and sit with her on the couch until the shaking "
    .. "stops.",
    because = "You stay with Meg’s hurt without stepping into the fight: you "
      .. "don’t ring Joan, and you don’t take sides. Only Meg can settle this "
      .. "with her mom. They keep their own bond, and their own repair.",
    effects = { growth = "+5" },
    clear = "lent_money",
    next = "carla-quits",
  },
}

scene "joan-calls" {
  "A week later, Joan calls you. She is warm and grateful.",
  "“You’re the only steady thing in her life, Bill,” she says. “Promise me "
  .. "you’ll look after her.”",
  "Meg is thirty-four. She runs a business. She has friends, a mom and a "
  .. "doctor. Joan is asking you to take on all of it.",
  "It feels good to be the steady one. It also feels like something heavy has "
  .. "just landed on your back.",
  neutral {
    "“You raised a strong girl, Joan. She’ll be so glad you rang.”",
    because = "It sounds warm, and it gets you past an awkward moment. But you "
      .. "never answered the promise she asked for, so Joan hears a yes.",
    later = {
      after = 2,
      effects = { resentment = "+5" },
      says = "Joan has called twice more, to check that you are looking after "
        .. "Meg.",
    },
    next = "carla-quits",
  },
  rescue {
    "Laugh softly. “I know your girl well. I’m not going anywhere, Joan.”",
    because = "It sounds like a loving answer, and Joan is so relieved. But she "
      .. "asked you to promise to look after a grown woman. No one can carry "
      .. "another grown-up’s life.",
    effects = { resentment = "-5", intimacy = "+5" },
    later = {
      after = 2,
      effects = { resentment = "+10" },
      says = "You think of your promise to Joan every time your phone lights up "
        .. "at night.",
    },
    next = "carla-quits",
  },
  boundary {
    "“I love her too, Joan. I’ll tell her you called, and how worried "
    .. "you are. She would like to hear it from you, though. Ring her on "
    .. "Sunday?”",
    because = "You can care without taking the job. You never promise to look "
      .. "after Meg. You send Joan back to her own daughter. Joan sounds a "
      .. "little hurt, but she calls Meg that Sunday.",
    effects = { growth = "+5", intimacy = "-5" },
    next = "carla-quits",
  },
}

scene "carla-quits" {
  "Meg’s best salesperson, Carla, walks out. Her note says Meg yelled at her "
  .. "in front of a customer. Twice.",
  "Meg is angry, then scared. Carla brings in half the sales. “You’re so good "
  .. "with people,” Meg says. “Could you talk to her? Get her to come back?”",
  "Then she holds out her phone. She has written Carla a note to say sorry. "
  .. "“Or, could you read this first? Tell me if it sounds okay. Be honest.”",
  "You read it. It says she is sorry Carla “took it the wrong way.” It does "
  .. "not mention the yelling.",
  support {
    "“Carla wrote that you yelled at her. Twice. Is that true?” Then say nothing, "
    .. "and wait.",
    because = "The question may sting. But it gives Meg a chance to look at her "
      .. "own part, the only part she can change.",
    effects = { intimacy = "-5" },
    later = {
      after = 2,
      effects = { growth = "+5", intimacy = "+5" },
      says = "Meg wrote Carla to say sorry. Carla did not come back, but she sent "
        .. "a kind reply. Meg cried, and then she seemed lighter.",
    },
    next = "night-calls",
  },
  support {
    "Read it through twice. Then tell her plainly what you think of it.",
    because = "She asked for an honest read, and you give one. The words, and "
      .. "the choice to send them, stay hers.",
    effects = { growth = "+5" },
    next = "night-calls",
  },
  rescue {
    "Hand the phone back with a smile. “That’s you all over. Warm, and to the "
    .. "point. I’d send it as it is.”",
    because = "Praise comforts her, and she breathes out. But she asked you to be "
      .. "honest, and the note skips the yelling. You shield her from the one "
      .. "thing she needed to look at.",
    effects = { resentment = "-5", intimacy = "+5" },
    later = {
      after = 2,
      effects = { growth = "-5" },
      says = "Carla did not answer the note. A month later, a new salesperson "
        .. "quit too.",
    },
    next = "night-calls",
  },
  rescue {
    "“Let her go, Meg. After that note, Carla was never going to be your "
    .. "kind of person. You’ll find better.”",
    because = "It sounds loyal, and she feels better now. But it makes the "
      .. "choice for her, and it lets her skip the part that was hers: the "
      .. "yelling. Carla is Meg’s to win back or let go.",
    effects = { resentment = "-5", intimacy = "+5" },
    later = {
      after = 2,
      effects = { resentment = "+5", growth = "-5" },
      says = "Meg never wrote to Carla. Two of her clients followed Carla out "
        .. "the door.",
    },
    next = "night-calls",
  },
  boundary {
    "Put your coat back on. “I’m getting us Thai food. Ring Carla while I’m "
    .. "out, and tell me how it went.”",
    because = "Staying out of her business is not unkind. You bring dinner, not "
      .. "an answer: Carla is Meg’s to win back or let go, and you will "
      .. "hear about it after.",
    effects = { growth = "+5", intimacy = "-5" },
    next = "night-calls",
  },
}

scene "night-calls" {
  place = "phone-night",
  "Meg can’t sleep most nights now. So she calls. At one. At three. At half "
  .. "past four.",
  "You talk her down. You tell her it will be all right. By morning she feels "
  .. "better. You feel like wet cement. This week alone, you have done it five "
  .. "times.",
  "One thing is different, and you both know it: if she ever says her chest "
  .. "hurts or she can’t breathe, that is a call for the emergency number, at "
  .. "any hour.",
  "Tonight your phone lights up at 2:40. It is Meg, again. Her chest is fine. "
  .. "She just can’t sleep. You have a big day at work.",
  discuss = "Bill answers every call. Is that love, habit, fear, or all three?",
  hurtful {
    "Answer. “Oh, Meg. Again? I worry about you, love. Most grown-ups can "
    .. "get through one night.” Then say you have to go, and end the call.",
    because = "It sounds like worry. But it is said at 2:40 to sting, and "
      .. "hanging up on someone who can’t sleep punishes her for being "
      .. "scared.",
    effects = { resentment = "+5", intimacy = "-5" },
    next = "boss-notices",
  },
  boundary {
    "Answer. “I’m here. I’m half asleep, so tell me the worst bit now, "
    .. "and we’ll do the rest over lunch.”",
    because = "You stay kind, and you say your limit out loud, inside the care: "
      .. "the worst bit now, the rest at lunch. She learns you will pick "
      .. "up, and that the night has an end.",
    effects = { resentment = "-5", growth = "+5", intimacy = "-5" },
    next = "boss-notices",
  },
  rescue {
    "“I’m here. Tell me all of it, slowly, from the start. I’m listening.”",
    because = "Listening sounds like the best kind of help, and it works "
      .. "tonight. On the first night, an ear was what she asked for. Now it is "
      .. "the sixth call this week, at 2:40, and her chest is fine. Later, it "
      .. "teaches you both that her nights are your job.",

    effects = { resentment = "-5", intimacy = "+5" },
    later = {
      after = 2,
      effects = { resentment = "+10" },
      says = "You nodded off in a meeting today. Your boss, Dana, saw it.",
    },
    next = "boss-notices",
  },
  support {
    "Answer. “It’s late, so one thing. What helped the last time you got back "
    .. "to sleep on your own?”",
    because = "You listen, and you ask about her own ways to calm down. That "
      .. "builds something she can use without you.",
    effects = { growth = "+5" },
    next = "boss-notices",
  },
  self_care {
    "Let it ring. At seven, text her something warm, and ask her to "
    .. "lunch today, your treat.",
    because = "Rest is not turning your back on her. Her chest is fine, and she "
      .. "can get through a night. A man who never sleeps has nothing left "
      .. "to give, and lunch is care you can afford.",
    effects = { resentment = "-5", intimacy = "-5" },
    later = {
      after = 2,
      effects = { growth = "+5" },
      says = "Meg was cross that you slept. Then she told you she made herself tea "
        .. "and read until she dozed off. She sounded a bit proud.",
    },
    next = "boss-notices",
  },
}

scene "boss-notices" {
  place = "office",
  "Your boss, Dana, stops by your desk. “You look worn out, Bill. That’s the "
  .. "third late report this month. Is everything okay?”",
  "You could tell her the truth. Or you could say you’re fine. You have been "
  .. "saying you’re fine for a long time, and staying late to make up for "
  .. "Meg’s nights.",
  rescue {
    "“All good, thanks, Dana. A busy stretch, that’s all. I’ll stay late "
    .. "this week and catch up.”",
    because = "It sounds like an ordinary answer. But it hides what Meg’s nights "
      .. "cost you, and it keeps them going. When your needs stay hidden, no "
      .. "one sees the cost, not even you.",
    effects = { resentment = "+5" },
    later = {
      after = 2,
      effects = { resentment = "+5" },
      says = "Staying late has become a habit. You eat dinner at your desk most "
        .. "nights.",
    },
    next = "good-week",
  },
  neutral {
    "“That’s kind of you, Dana. Home is a bit much just now.” Then ask "
    .. "about her trip to the coast.",
    because = "You don’t owe your boss every detail. Just notice if “fine” has "
      .. "become a habit that keeps the whole thing hidden.",
    next = "good-week",
  },
  self_care {
    "“Meg has had a hard year, and I’ve been up with her most nights. "
    .. "That’s why the reports are late. It won’t go on like this.”",
    because = "It may sound like making excuses for her. It is the truth about "
      .. "you, told to someone who can help, and “it won’t go on” is a promise "
      .. "to yourself. You don’t carry it all alone.",
    effects = { resentment = "-5", growth = "+5" },
    set = "told_dana",
    next = "good-week",
  },
}

scene "good-week" {
  place = "kitchen",
  "Then, out of the blue, a good week. Meg lands a big order. She handles a "
  .. "hard client by herself. She even cooks you dinner.",
  "You should feel happy. Instead you feel odd. Restless. Your phone is quiet, "
  .. "and you keep checking it.",
  "Over dinner, she says her books are a mess. Then she asks: “Could you show "
  .. "me how you keep your budget sheet? Just the start. I want to do the rest "
  .. "myself.”",
  discuss = "Why might Bill feel restless when Meg is doing well?",
  notes = "A key idea of the story: the one who rescues needs the role too. Keep "
    .. "it gentle. Being needed can feel a lot like being loved. Nobody in the "
    .. "room should leave thinking Bill is a bad man for feeling this.",
  support {
    "On Saturday, open your laptop and set up her budget sheet next to yours. "
    .. "Go through the first month with her, line by line, while she types.",
    because = "She asked you to show her the start, and then to do the rest "
      .. "herself. One month, gone through with her hands on the keys, is that "
      .. "start, and stopping there tells her you trust her. The other months, "
      .. "and the books, stay hers.",

    effects = { growth = "+5", intimacy = "+5" },
    next = "chest-call",
  },
  self_care {
    "Clear the plates and wash up, slowly. Under the running tap, ask "
    .. "yourself why a quiet phone makes you so restless.",
    because = "It looks like just doing the dishes. It is you looking at your "
      .. "own restless feeling, alone, before you answer her. Checking your own motives takes courage. The pull to help may be "
      .. "about your need to be needed.",
    effects = { growth = "+5" },
    next = "chest-call",
  },
  rescue {
    "Pull up a chair. “Okay. Let’s go through all of it together, page by "
    .. "page.”",
    because = "It sounds like a treat. But she asked for just the start, and to "
      .. "do the rest herself, in a week when she is doing well. With the tax "
      .. "letters, “all of it, together” was what she asked for. Tonight it "
      .. "pulls her back into needing you. Whose need does it meet?",
    effects = { growth = "-5", intimacy = "+5" },
    later = {
      after = 1,
      effects = { resentment = "+5" },
      says = "Her books took three of your weekends. Meg has not opened them "
        .. "since.",
    },
    next = "chest-call",
  },
}

-- ---------------------------------------------------------------- year three

scene "chest-call" {
  place = "phone-night",
  "Year three. A Tuesday, at two in the morning, your phone rings. Meg can "
  .. "hardly talk. Her chest hurts. Her heart is pounding. She can’t get her "
  .. "breath. She thinks she is dying.",
  "This is not a night to wonder about rescuing. Chest pain and trouble "
  .. "breathing can be an emergency. An emergency calls for action: help comes "
  .. "first, and it comes now.",
  discuss = "Why is getting help right away the right thing here, even in a "
    .. "story about not rescuing?",
  notes = "Not a quiz, and there is no rescue here. Every choice gets help, "
    .. "and none of them costs "
    .. "anything on the meters. Say plainly: when someone may be in medical "
    .. "danger, you call the emergency number, or help them call it. That is "
    .. "never the wrong kind of help.",
  support {
    "“Hang up and call the emergency number, right now. Then call me back, and "
    .. "I’ll stay on with you.”",
    because = "She can still make the call, so she makes it, and you stay with "
      .. "her. Either way, the right help comes first.",
    effects = { growth = "+5" },
    next = "chest-pain",
  },
  support {
    "Keep her talking on your cell. On the house phone, call the emergency "
    .. "number and give them her address.",
    because = "She can hardly speak, so she cannot make this call. Making it "
      .. "for her is not a rescue; in an emergency, acting for someone who "
      .. "cannot act is what help looks like.",
    effects = { growth = "+5" },
    next = "chest-pain",
  },
  it_depends {
    "Call the emergency number for her, then drive to the hospital and wait "
    .. "with her while they run the tests.",
    because = "Tonight, getting help and then being there is kind. If she will "
      .. "only go when you come, every time, it turns into a rescue.",
    effects = { growth = "+5" },
    next = "chest-pain",
  },
}

scene "chest-pain" {
  place = "hospital",
  "Help comes fast. At the hospital, they run test after test. Chest pain "
  .. "always needs a doctor, and getting help was right.",
  "Hours later, a doctor comes out. Meg’s heart is fine. The tests are clear. "
  .. "The doctor says fear and stress can cause pain like this, and that it is "
  .. "very real. She gives Meg the name of someone to talk to about the panic.",
  "It is five in the morning. Meg came in the ambulance, and her car is at "
  .. "home across town. She is worn out, and she asks you for a ride.",
  "In the waiting room, Meg tears the paper in half. “I don’t need a stranger. "
  .. "I need you. Promise you’ll always come.”",
  discuss = "What does Meg need? What does she ask for? Are those the same thing?",
  notes = "Go with care. What Meg feels is real and very frightening; no one is "
    .. "faking. Steer the group away from judging her. The question is what Bill "
    .. "can and cannot promise. Say clearly that chest pain is always a reason "
    .. "to get medical help.",
  rescue {
    "Put your arm round her. “Shh. I’m here. I’ll always come. You know "
    .. "that.”",
    because = "It is a kind thing to say, and she calms down. But she just tore "
      .. "up the help the doctor offered, and asked you to promise to always "
      .. "come. Saying yes makes you her only plan.",
    effects = { resentment = "-5", intimacy = "+5" },
    later = {
      after = 1,
      effects = { resentment = "+10", growth = "-5" },
      says = "The hospital again this month. The third time. Each time Meg asked "
        .. "for you, and each time you went.",
    },
    next = "asking-her",
  },
  support {
    "Pick up the two halves. Drive her home, tape them together at her kitchen "
    .. "table, and leave the paper there. Say nothing.",
    because = "She has no car and no sleep, so the ride is plain help. You "
      .. "don’t argue, and you don’t promise. You hand back the help the doctor "
      .. "offered. The choice to call is still hers.",
    effects = { growth = "+5" },
    next = "asking-her",
  },
  boundary {
    "“If this happens again, call an ambulance first, every time. I’ll come "
    .. "when I can. I can’t be the whole plan.”",
    because = "This may sound hard. It puts her safety in the right hands first, "
      .. "and it is honest about what one person can do.",
    effects = { resentment = "-5", growth = "+5", intimacy = "-5" },
    next = "asking-her",
  },
}

scene "asking-her" {
  "It keeps happening. More calls in the night. More trips to the hospital. "
  .. "Each time the tests are clear, and Meg is scared, and you are there.",
  "Each time, you both still do the same first thing: chest pain means the "
  .. "emergency number. That part is never wrong.",
  "One Sunday, you try again. Gently, you ask her to see a counselor about the "
  .. "panic. You still have the name the doctor gave her.",
  "Meg’s face shuts. “Why? I have you. You’re all I need. Don’t you want to be "
  .. "what I need?”",
  "You are not sleeping. You are not sure how much longer you can do this.",
  discuss = "Meg says Bill is all she needs. Why might that feel good to hear, "
    .. "and also heavy?",
  self_care {
    "Let it drop for today. The next morning, find a counselor near your work, "
    .. "and book the first free slot, in your own name.",
    because = "It looks like the same booking. But the slot is for you, not for "
      .. "Meg. You can’t make Meg get help. You can get it for yourself. That "
      .. "is the part you control.",
    effects = { growth = "+10" },
    next = "first-session",
  },
  hurtful {
    "“The tests are always clear, Meg. The doctor says it’s panic, not "
    .. "your heart. I think deep down you know that.”",
    because = "It sounds like plain truth. But she is truly scared, you say it "
      .. "to make her stop, and chest pain must always be checked. She "
      .. "hears that her fear is a nuisance to you.",
    effects = { resentment = "+5", intimacy = "-5" },
    next = "first-session",
  },
  rescue {
    "“Okay. Your call.” Squeeze her hand. “Of course I want to be there for "
    .. "you.”",
    because = "It sounds respectful, and it keeps the peace. But she just asked "
      .. "you to be all she needs, and you said yes. No one person can be "
      .. "someone’s whole safety net.",
    effects = { resentment = "-5", intimacy = "+5" },
    later = {
      after = 1,
      effects = { resentment = "+5", growth = "-5" },
      says = "You have stopped bringing up help of any kind. The quiet feels "
        .. "safe, and it feels like a trap.",
    },
    next = "first-session",
  },
  rescue {
    "Let it drop for today. In the morning, ring the counselor, and book the "
    .. "first free slot.",
    because = "It works for now: she goes, and she talks. But the counselor "
      .. "is for Meg, she just said no, and she can book her own help. Help she did not choose tends to stop "
      .. "when you stop driving her there.",
    effects = { growth = "+5", intimacy = "-5" },
    later = {
      after = 2,
      effects = { resentment = "+5", growth = "-5" },
      says = "Meg went to the counselor twice, both times in your car. The "
        .. "third week you had to work late, and she didn’t go.",
    },
    next = "first-session",
  },
  support {
    "“I want to be with you. I don’t want to be your everything. Will you see "
    .. "someone about the panic?”",
    because = "Asking her to get help for weeks of panic is support. She may "
      .. "not like it. But she hears that you care about her, not just her crisis.",
    effects = { growth = "+5", intimacy = "-5" },
    later = {
      after = 1,
      effects = { intimacy = "-5" },
      says = "Meg was cool with you for a week. She did not book anyone.",
    },
    next = "first-session",
  },
}

-- ---------------------------------------------------------------- counseling

scene "first-session" {
  place = "counselling-room",
  "You start seeing a counselor. Her name is Anne. Her office has a thirsty "
  .. "plant and a box of tissues on every table.",
  "You talk about Meg for forty minutes. Her debts. Her mom. The hospital. Anne "
  .. "listens. Then she asks: “And you, Bill? What do you get from being the one "
  .. "who fixes things?”",
  "This hour is the one hour in the week that is just for you.",
  "You open your mouth. Nothing comes out. Your phone buzzes in your "
  .. "pocket: Meg, three times.",
  discuss = "Anne turns the talk from Meg to Bill. Why might that be so hard "
    .. "for him?",
  rescue {
    "“Honestly? I’m fine. It’s Meg who’s struggling. Can I tell you about "
    .. "her week first?”",
    because = "It sounds caring. But Anne asked about you, in the one hour that "
      .. "is yours, and you turned it back to Meg. Her life keeps pulling your "
      .. "eyes away from yours.",
    effects = { growth = "-5" },
    next = "old-pattern",
  },
  self_care {
    "Turn your phone face down by the plant. Then answer her: “Useful, I "
    .. "suppose. Like I matter.”",
    because = "The phone can wait: this hour is yours. Looking at your own need is where change starts. The one who "
      .. "rescues needs the role too. Seeing that is not selfish.",
    effects = { resentment = "-5", growth = "+10" },
    next = "old-pattern",
  },
  rescue {
    "Check your phone. Then ask Anne if you could stop a little early this "
    .. "week.",
    because = "It feels like a small, fair ask. But the texts are Meg’s, and "
      .. "her need wins over your one hour again. The pattern is right there "
      .. "in the room.",
    effects = { resentment = "+5", growth = "-5", intimacy = "+5" },
    set = "skipped_anne",
    next = "old-pattern",
  },
}

scene "old-pattern" {
  place = "counselling-room",
  { when = "skipped_anne",
    "You almost skipped this week too. Meg had a bad morning. You came anyway." },
  "A few weeks in, Anne asks about when you were small. She asks you to close "
  .. "your eyes and notice the feeling you get when Meg calls at night.",
  "A picture comes. You are ten. Your mom is crying at the kitchen table over a "
  .. "pile of bills. You make her tea. You tell her it will be all right. You "
  .. "add up her sums with your school pencil.",
  "No one made you tea.",
  "You open your eyes. It is the same feeling. Exactly the same.",
  discuss = "What did young Bill learn about love at that kitchen table?",
  notes = "Go slowly. Some people in the room may have been the child who made "
    .. "the tea. The aim is to notice a pattern, not to blame Bill’s mother or "
    .. "Meg. Have a plan for anyone who gets upset, and remind the group that "
    .. "this game is practice, not therapy.",
  self_care {
    "That night, ring your sister, Ruth, to ask how her week went. Before "
    .. "you hang up, ask what she remembers about that kitchen.",
    because = "You don’t have to hold this alone. Reaching out to people you "
      .. "trust is part of how change happens.",
    effects = { growth = "+5", intimacy = "+10" },
    set = "called_ruth",
    clear = "skipped_anne",
    next = "ruth-remembers",
  },
  rescue {
    "“Mom did her best. It was a long time ago.” Then ask Anne if you can talk "
    .. "about Meg’s week.",
    because = "Guarding your mom, and then Meg, is the old job again. It keeps "
      .. "your own feelings out of reach.",
    effects = { growth = "-5" },
    clear = "skipped_anne",
    next = "the-decision",
  },
  self_care {
    "Let yourself feel sad for that boy at the table. Tell Anne what it was "
    .. "like to be ten.",
    because = "Seeing where a pattern began helps you stop living it out. You "
      .. "were a child doing a grown-up’s job.",
    effects = { resentment = "-5", growth = "+10" },
    clear = "skipped_anne",
    next = "the-decision",
  },
}

scene "ruth-remembers" {
  "Ruth is quiet for a long time. Then she gives a sad little laugh.",
  "“You were Mom’s little helper, Bill. You ran that house at ten. I used to "
  .. "hide in my room.” She stops. “Is that what Meg is? Mom, again?”",
  "You have never heard anyone say it out loud before.",
  hurtful {
    "“You weren’t the one at that table, Ruth. Someone had to hold it "
    .. "together. Maybe that’s just who I am.”",
    because = "It sounds like owning your story. But the anger is old, and "
      .. "aimed at Ruth it shuts out the one person who was there. It also "
      .. "turns the pattern into “who you are”.",
    effects = { resentment = "+5", intimacy = "-5" },
    later = {
      after = 2,
      effects = { intimacy = "-5" },
      says = "Ruth did not call for a month. When she did, you both talked about "
        .. "the weather.",
    },
    next = "the-decision",
  },
  self_care {
    "“Maybe. Can I call you when it gets hard? I think I’m going to need "
    .. "someone.”",
    because = "Asking for support is a skill, and most rescuers never learned "
      .. "it. You just used it.",
    effects = { growth = "+5", intimacy = "+5" },
    next = "the-decision",
  },
  support {
    "“Maybe. What was it like for you, hiding in your room?” Then stay quiet, "
    .. "and let her talk.",
    because = "Being heard goes both ways. You let Ruth tell her side, and you "
      .. "don’t try to fix it.",
    effects = { intimacy = "+5" },
    next = "the-decision",
  },
}

-- ---------------------------------------------------------------- the decision

scene "the-decision" {
  place = "counselling-room",
  "It is clear now. You can’t stay. Meg won’t get help, and you are coming "
  .. "apart. But each time you think of telling her, you picture her alone at "
  .. "three in the morning.",
  "You have told Anne “soon” three times now. Each time, there was a reason "
  .. "to wait.",
  "“What if she can’t cope without me?” you ask Anne.",
  "Anne says, “Most grown-ups can cope with more than we think. And what does "
  .. "it mean for you, if she can?”",
  discuss = "Bill fears Meg cannot cope without him. What might he fear about "
    .. "himself?",
  boundary {
    "Text Meg: “Can I come over tomorrow after work? I’ll bring dinner. "
    .. "There is something I really want to talk about.”",
    because = "You choose, and you act: the talk is set, with a time and a "
      .. "place. Bringing dinner is kind, not a way to soften it. It is a "
      .. "clear step, even if you take it scared.",
    effects = { resentment = "-5", growth = "+5" },
    next = "telling-meg",
  },
  rescue {
    "Text Meg: “Can I come over on the first Saturday of next month? I’ll "
    .. "bring dinner. There is something I want to talk about.”",
    because = "It looks like the same clear step, and it puts off a hard night. "
      .. "But you have said “soon” three times, and a date a month away is "
      .. "the fourth. There will always be another mess first. Waiting for her "
      .. "life to be calm keeps her life your job.",
    effects = { resentment = "+5", growth = "-5" },
    set = "waited",
    next = "one-more-crisis",
  },
  self_care {
    "Make a plan with Anne for the talk: where, when, what to say, and who "
    .. "you will ring that night, after.",
    because = "Planning with help makes a hard step safer for you. Someone to "
      .. "ring after, like Ruth, means you are not alone with it, and not on "
      .. "call for Meg. You don’t have to find the words alone.",
    effects = { growth = "+5" },
    set = "planned",
    next = "telling-meg",
  },
}

scene "one-more-crisis" {
  "You wait. Two months go by. The crises do not stop. A landlord. A van that "
  .. "breaks down. Another night at the hospital.",
  "Meg’s business is no steadier. You are more tired. The talk you meant to "
  .. "have is still waiting. You have missed your last two sessions with "
  .. "Anne, your counselor, and her free slots go fast.",
  "Now the van needs a new engine. “I can’t make deliveries without it,” Meg "
  .. "says. “I don’t know how I’ll pay for it.”",
  "Last summer you used that van for a month, while your own car was in the "
  .. "shop. You told her then: “If it ever breaks down, I’ll pay half.”",
  rescue {
    "“Get the van fixed first. Deliveries come first. What I wanted to talk "
    .. "about can wait until things calm down.”",
    because = "It sounds thoughtful, and she hugs you. But you have waited two "
      .. "months already, and things never calm down. Putting her crisis ahead "
      .. "of your talk keeps your plan to leave moving back.",
    effects = { resentment = "-5", intimacy = "+5" },
    later = {
      after = 1,
      effects = { resentment = "+10", growth = "-5" },
      says = "The van ran for a month. Then the landlord wrote again.",
    },
    next = "telling-meg",
  },
  support {
    "Get out your bank card. “Okay. What does half come to?”",
    because = "You said you would pay half, back when you used the van, and you "
      .. "keep your word. When she asked for a loan, half had no plan behind "
      .. "it. This half is your promise. That is fair, not a rescue. The other half stays hers. "
      .. "The talk you owe her is still waiting.",
    effects = { intimacy = "+5" },
    next = "telling-meg",
  },
  boundary {
    "“That’s rotten timing. Try Dave’s garage, he was fair with me. And "
    .. "tonight, when it’s sorted, we need to talk.”",
    because = "A name is all you give. The van stays hers to fix, and the hard "
      .. "talk stays on for tonight. Saying it now ends the waiting.",
    effects = { growth = "+5", intimacy = "-5" },
    next = "telling-meg",
  },
  self_care {
    "Let it drop for today. In the morning, ring the counselor, and book the "
    .. "first free slot.",
    because = "It looks like the booking you could have made for Meg. But "
      .. "here the counselor is Anne, and the slot is yours. The van stays "
      .. "Meg’s to sort for today, and it is only the newest reason to wait. "
      .. "Noticing the loop is the way out of it. Getting help to plan your "
      .. "own next step is a strong move, not a weak one.",
    effects = { growth = "+5" },
    set = "planned",
    next = "telling-meg",
  },
}

scene "telling-meg" {
  place = "cafe",
  { when = "planned",
    "You meet Meg at a quiet cafe, the way you and Anne planned. You have your "
    .. "words ready. Your sister, Ruth, is waiting for your call after." },
  { when = "not planned",
    "You meet Meg at her place. You didn’t plan what to say. Your mouth is dry." },
  { when = "waited",
    "It has taken you months longer than you meant it to." },
  "You tell her. It is over. You care about her, and you can’t go on like this.",
  "Meg stares. Then she cries. “You can’t just leave me. Who will I call? What "
  .. "if I end up in the hospital again?”",
  "Anne told you: a clear ending is kinder than a maybe. A maybe keeps you "
  .. "both waiting.",
  "After a while she asks for one thing, only one. She is shaking too hard "
  .. "to drive. “Can you at least take me to Jo’s? I don’t want to be alone "
  .. "tonight.”",
  discuss = "Meg asks, “Who will I call?” How can Bill answer with care, "
    .. "without taking the job back?",
  notes = "Groups often want a perfect way to end a relationship that causes no "
    .. "pain. There isn’t one. Help them see the difference between being kind "
    .. "and being in charge of how she feels. Her safety still comes first: "
    .. "chest pain means the emergency number, with or without Bill.",
  support {
    "Stay a while. Let her cry, and don’t argue or explain it all again. Then "
    .. "say goodbye, and go.",
    because = "You can be with her pain without fixing it. Listening, then "
      .. "leaving, is kind and clear.",
    effects = { growth = "+5" },
    clear = { "planned", "waited" },
    next = "the-threats",
  },
  support {
    "Drive her to her friend Jo’s tonight, and walk her up to the door.",
    because = "She is shaking too hard to drive tonight, and it is the one "
      .. "thing she asked: to go where someone can be with her. The ride is "
      .. "care, once, and Jo takes it from there. The goodbye still stands.",
    effects = { growth = "+5", intimacy = "+5" },
    clear = { "planned", "waited" },
    next = "the-threats",
  },
  rescue {
    "“You don’t have to take it all in tonight. We can talk again when "
    .. "you’re calmer, and see where we are.”",
    because = "It sounds gentle, and it stops her tears now. But you came to "
      .. "end it, and “see where we are” is a maybe, not an end. A door left "
      .. "half open keeps you both standing by it.",
    effects = { resentment = "-5", intimacy = "+5" },
    set = "door_open",
    clear = { "planned", "waited" },
    later = {
      after = 1,
      effects = { resentment = "+10", growth = "-5" },
      says = "Meg called four times in a week. Each time it was “just to see "
        .. "how you feel.”",
    },
    next = "the-threats",
  },
  rescue {
    "Drive her to Jo’s, and walk her up to the door. At home, leave your "
    .. "phone on loud by the bed.",
    because = "The ride is fine: she asked, and she can’t drive. But a phone "
      .. "on loud keeps you on call. On the night you ended it, Jo is her "
      .. "plan, and you made yourself the plan behind Jo. She soon hears that "
      .. "you still carry her life.",
    effects = { resentment = "-5" },
    set = "door_open",
    clear = { "planned", "waited" },
    later = {
      after = 1,
      effects = { resentment = "+10" },
      says = "She rang at two, and you picked up. Things got bad three times "
        .. "that week, and each time she called you.",
    },
    next = "the-threats",
  },
  boundary {
    "“If your chest hurts, call the emergency number first. For the rest: "
    .. "your mom, a friend, a counselor. Not me now.”",
    because = "A kind, clear limit tells her where you stand, and her safety "
      .. "still comes first. It hurts now. It is more honest than a maybe.",
    effects = { growth = "+10", intimacy = "-5" },
    clear = { "planned", "waited" },
    next = "the-threats",
  },
}

-- ---------------------------------------------------------------- the threats

scene "the-threats" {
  "Two days later, the messages start. The voice on your phone is one you "
  .. "have never heard from Meg. She is shouting.",
  "She says she will call your boss and tell lies about you. She says she will "
  .. "get you fired. By noon there are six messages.",
  { when = "door_open",
    "In one of them she says, “You said I could call you. So I’m calling.”" },
  "Your hands shake. You are scared. Under that, you feel guilty, as if you "
  .. "caused this.",
  "Threats change things. You do not have to face them alone. Setting limits "
  .. "with someone who makes threats is best done with a professional’s help, "
  .. "and your safety comes first. If you are ever in danger, or she comes to "
  .. "your door angry, call your local emergency number.",
  discuss = "What does Bill need right now to be safe and steady?",
  notes = "Safety first. This is not a rescue-or-support puzzle anymore; it is a "
    .. "time to get help. Have local helplines ready, and the local emergency "
    .. "number. Keep the talk away from blaming Bill or labelling Meg. If anyone "
    .. "in the room is facing threats now, talk with them in private after, and "
    .. "point them to real help.",
  self_care {
    "Go to Dana before Meg can. Tell her plainly: a breakup, some angry calls, "
    .. "and maybe some lies about you.",
    because = "Telling the truth first takes the sting out of the threat. It is "
      .. "honest, and it helps keep you safe.",
    effects = { resentment = "-5", growth = "+5" },
    set = "held_firm",
    next = "dana-listens",
  },
  rescue {
    "Call her back. Let her say all of it, and answer each thing calmly, one "
    .. "at a time.",
    because = "Soothing her is the old habit, and it may quiet her for now. But "
      .. "it shows you both that threats bring you back. Safety comes first.",
    effects = { resentment = "-5", intimacy = "+5" },
    set = "called_back",
    clear = { "door_open", "told_dana" },
    later = {
      after = 1,
      effects = { resentment = "+10", growth = "-5" },
      says = "Meg calmed down on the phone. Then she asked to meet. “Just to talk.”",
    },
    next = "pulled-back",
  },
  neutral {
    "Leave the messages unplayed for now. Wait and see if she calms down by the "
    .. "weekend.",
    because = "Waiting makes sense, and no one has to answer threats. But keep "
      .. "the messages: a record can help keep you safe. Don’t carry this alone.",
    effects = { resentment = "+5" },
    clear = { "door_open", "told_dana" },
    next = "guilt-night",
  },
  boundary {
    "Don’t answer. Save every message. Call Anne today and make a plan to stay "
    .. "safe.",
    because = "Keeping a record and getting help puts safety first. You hold "
      .. "your limit, and you don’t hold it alone.",
    effects = { resentment = "-5", growth = "+10" },
    set = "held_firm",
    clear = { "door_open", "told_dana" },
    next = "guilt-night",
  },
}

scene "dana-listens" {
  place = "office",
  { when = "told_dana",
    "Dana nods. “You said things were hard at home. Thanks for telling me. If "
    .. "anyone calls about you, I’ll send them to HR.”" },
  { when = "not told_dana",
    "Dana looks surprised. “I had no idea, Bill. Thanks for telling me. If "
    .. "anyone calls about you, I’ll send them to HR.”" },
  "Meg has said she will call Dana and tell lies to get you fired. There are "
  .. "six messages on your phone that say so.",
  "She pauses. “Do you want the number for the staff help line? It’s free, and "
  .. "it’s private.”",
  neutral {
    "Thank her, put the number in your desk drawer, and offer to take the "
    .. "notes at her Monday meeting.",
    because = "It is kind, and the number is there if you need it. But notice: "
      .. "the number goes in a drawer, and your help goes to Dana. A drawer is "
      .. "where your own needs often end up.",
    clear = { "door_open", "told_dana" },
    next = "guilt-night",
  },
  rescue {
    "Take the number. “Thanks, Dana.” Then, on the walk home, ring Meg and "
    .. "ask her to stop.",
    because = "It looks like facing it head on. But she has threatened your "
      .. "job in six messages, and the number in your hand is for you. "
      .. "Handling her yourself protects Meg, and your pride, and leaves you "
      .. "alone with something frightening.",
    effects = { resentment = "+5" },
    clear = { "door_open", "told_dana", "held_firm" },
    next = "guilt-night",
  },
  self_care {
    "“Yes, please. I’ll call it tonight.” Take the number, and ring it on the "
    .. "walk home.",
    because = "Using the help that is there is a way of caring for yourself. "
      .. "You don’t have to be the strong one all the time.",
    effects = { resentment = "-5", growth = "+5" },
    clear = { "door_open", "told_dana" },
    next = "guilt-night",
  },
}

scene "pulled-back" {
  place = "cafe",
  "You meet Meg at a diner. She is calm now, and sorry. She says she was "
  .. "scared. She says she has no one.",
  "Then she slides a letter across the table. The tax office, again. “Could "
  .. "you help with just this one thing?”",
  "She has an accountant for this now. You ended it three weeks ago, and two "
  .. "weeks ago she threatened your job.",
  "The old warm feeling comes back. Being needed. Being the one.",
  "You promised your sister Ruth you would help her move her sofa at six. It "
  .. "is half past five.",
  self_care {
    "Say you have to go, and drive to Ruth’s to help with the sofa, like you "
    .. "promised.",
    because = "It looks like one more errand for someone else. But Ruth is your "
      .. "own sister, and the promise is part of your own life. Leaving keeps "
      .. "the letter with Meg and her accountant, and you go to someone who "
      .. "wants you there, not someone who needs you.",
    effects = { resentment = "-5", growth = "+5" },
    set = "held_firm",
    clear = "called_back",
    next = "guilt-night",
  },
  boundary {
    "Pay for both coffees. Slide the letter back into its envelope and "
    .. "hand it to her. “Take it to your accountant tomorrow. You’ll be "
    .. "fine with this.”",
    because = "You can be kind and still say no. The letter goes back to her, "
      .. "and you go home. She has an accountant for this, and she can take "
      .. "it to him herself.",
    effects = { growth = "+5", intimacy = "-5" },
    set = "held_firm",
    clear = "called_back",
    next = "guilt-night",
  },
  rescue {
    "Read it through twice. Then tell her plainly what you think of it.",
    because = "It takes a minute, and she smiles for the first time. But she "
      .. "has an accountant, and you ended it. With Carla’s note, an honest read "
      .. "was what she asked you for. This letter is her accountant’s job, "
      .. "and telling her what it means is the old job. “Just this one "
      .. "thing” is how the last three years began.",
    effects = { intimacy = "+5", growth = "-5" },
    set = "went_back",
    clear = "called_back",
    later = {
      after = 1,
      effects = { resentment = "+10" },
      says = "The letter turned into three letters, and a call from the tax "
        .. "office to your phone.",
    },
    next = "guilt-night",
  },
}

-- ---------------------------------------------------------------- after

scene "guilt-night" {
  place = "bedroom-night",
  "A few weeks pass. The messages slow down. Then they stop.",
  "Now the quiet is the hard part. At night you wonder. Is she eating? Is she "
  .. "paying her rent? Did she go to the hospital alone?",
  "She has not asked you for anything since the threats. A friend says she is "
  .. "staying with Jo for now.",
  { when = "went_back",
    "You still have her tax letter in your bag. You haven’t opened it." },
  "Your thumb hovers over her name.",
  discuss = "Bill feels guilty, though he did nothing wrong. Where might the "
    .. "guilt come from?",
  self_care {
    "Write Meg a letter with everything you feel, the good and the bad. Put a "
    .. "stamp on it, and put it in the drawer.",
    because = "Your feelings are real, and they need somewhere to go. The letter "
      .. "stays in the drawer: she has not asked you for anything, and not "
      .. "every feeling has to become an action.",
    effects = { resentment = "-5", growth = "+5" },
    clear = "held_firm",
    next = "months-later",
  },
  self_care {
    "Call Ruth, and ask what is new with her. When she asks how you are, tell "
    .. "her the truth: “Bad night. It’s about me, not Meg.”",
    when = "called_ruth",
    because = "You reach for your own support, not for Meg. That is how a "
      .. "rescuer starts to be held too.",
    effects = { growth = "+5", intimacy = "+5" },
    next = {
      { when = "held_firm and resentment <= 45 and growth >= 50", "a-quiet-phone" },
      "months-later",
    },
  },
  self_care {
    "Call a friend you have not seen in a year. Ask how he is, and "
    .. "offer a hand with the move he mentioned. Say you’ve had a hard "
    .. "time.",
    when = "not called_ruth",
    because = "Reaching out to your own friends rebuilds a life that is not all "
      .. "about Meg. You are allowed to need people too.",
    effects = { growth = "+5", intimacy = "+5" },
    clear = "held_firm",
    next = "months-later",
  },
  rescue {
    "Call her number to check that she is all right. Wait for her to pick "
    .. "up.",
    because = "It feels like kindness, and it eases the guilt for a minute. But "
      .. "the call is to calm your guilt, and it opens a door you worked hard to "
      .. "close.",
    effects = { resentment = "-5", intimacy = "+5" },
    clear = "held_firm",
    later = {
      after = 1,
      effects = { resentment = "+5", growth = "-5" },
      says = "After the call, you lay awake until four, going over every word "
        .. "she said.",
    },
    next = "her-voice",
  },
}

scene "her-voice" {
  place = "phone-night",
  "Meg picks up on the first ring. For a second, she sounds happy. Then she "
  .. "cries. Her mom won’t speak to her. The landlord is after her again.",
  "“Can you come over?” she asks. “Or just take me to Jo’s?”",
  "Jo lives two streets away from her. Meg’s car is outside, and she is "
  .. "calm enough to drive. It is late, and you ended it with Meg after three "
  .. "years of nights like this.",
  boundary {
    "Stay on the phone and talk her through it: ring Jo, put the kettle on, "
    .. "sit down.",
    because = "She asked you to come over, and you don’t. Jo lives two streets "
      .. "away, and you ended it. Staying on the phone only until she has "
      .. "called Jo is a short, kind no, and care without taking over.",
    effects = { growth = "+5", intimacy = "-5" },
    next = "months-later",
  },
  rescue {
    "Drive her to her friend Jo’s tonight, and walk her up to the door.",
    because = "It is the same ride as on the night you ended it, and she "
      .. "sounds so relieved. But that night she was shaking too hard to "
      .. "drive. Tonight she can drive, Jo is two streets away, and you ended "
      .. "it. Going tells you both that the old deal still stands: her "
      .. "crisis, your rescue.",

    effects = { resentment = "+5", growth = "-5", intimacy = "+5" },
    set = "went_back",
    next = "months-later",
  },
  support {
    "Listen for a few minutes. “That sounds really hard, and I’m sorry. You’ll get "
    .. "through it. I’m going to hang up now.”",
    because = "You hear her, and you trust her to cope. You care, and you leave "
      .. "her life in her hands.",
    effects = { growth = "+5" },
    next = "months-later",
  },
}

scene "months-later" {
  place = "counselling-room",
  "Six months after you ended it, you sit in Anne’s office. The plant is "
  .. "still thirsty.",
  { when = "went_back",
    "Meg calls about once a week. You still answer most of the time." },
  { when = "not went_back",
    "Meg has not called in a long time. Some days you are relieved. Some days "
    .. "you miss her, or miss being needed." },
  "Anne asks, “What do you want the next six months to look like?”",
  rescue {
    "“Peace, mostly. One good talk with Meg, to know she’s all right. Then "
    .. "I could move on for good.”",
    because = "Your peace still hangs on her life. As long as it does, any call "
      .. "from her can pull you back in.",
    effects = { resentment = "+5", growth = "-5" },
    next = {
      { when = "went_back or resentment >= 50", "still-on-call" },
      "out-not-free",
    },
  },
  self_care {
    "“I want to cook for people again. Have friends over. Be there for "
    .. "someone who wants me there, and not only when things go wrong.”",
    because = "Putting your own life back at the center is not selfish. It is "
      .. "how you stop living on call. Giving to people who give back is "
      .. "part of that life.",
    effects = { resentment = "-5", growth = "+5" },
    next = {
      { when = "went_back", "still-on-call" },
      { when = "resentment >= 55", "still-on-call" },
      { when = "growth >= 75 and resentment <= 25", "a-quiet-phone" },
      "out-not-free",
    },
  },
  boundary {
    "“I’d like to send her a card on her birthday, and mean every word. "
    .. "After that, her friends can look out for her.”",
    because = "The card is kind, and it is also where you stop: no more "
      .. "checking on her. A limit you choose, and can review, protects the space you have "
      .. "made. Her friends and family are there; you don’t have to be the "
      .. "one who checks.",
    effects = { growth = "+5" },
    next = {
      { when = "went_back", "still-on-call" },
      { when = "resentment >= 55", "still-on-call" },
      { when = "growth >= 75 and resentment <= 25", "a-quiet-phone" },
      "out-not-free",
    },
  },
}

-- ---------------------------------------------------------------- endings

ending "still-on-call" {
  title = "Still on call",
  { when = "went_back",
    "You and Meg are not together. But you still pay some of her bills. You "
    .. "still answer at three in the morning. You still go when the hospital "
    .. "calls." },
  { when = "not went_back",
    "You ended it, and you kept away, mostly. But the three years are still in "
    .. "you. You jump when your phone buzzes. You check her page most nights. "
    .. "When anyone asks a favor, you say yes before they finish." },
  "Friends have stopped asking you out. You cancel too often. Your back aches. "
  .. "You snap at people at work, then feel bad about it.",
  { when = "went_back",
    "Meg is no better off. She has never had to find her own way, because you "
    .. "have always been the way." },
  "Anne does not scold you. She asks what you felt the last time your phone "
  .. "lit up. You tell her: dread, and a little relief. Relief that you were "
  .. "needed. She nods. That is where the work is.",
  lens = {
    goal = "You wanted Meg to be safe and calm. Under that, you wanted your own "
      .. "fear and guilt to stop.",
    behaviours = "You paid, soothed, smoothed things over, and came whenever she "
      .. "called. Even after you ended it, part of you stayed on call.",
    thoughts = "“She can’t cope without me.” “If I don’t go, and something "
      .. "happens, it’s my fault.”",
    emotions = "Worry, guilt, and deep tiredness. A quiet anger you don’t let "
      .. "yourself feel. A flash of comfort when she needs you.",
    underlying = "The old job from your mother’s kitchen table is still running. "
      .. "Being needed feels like being safe, so letting go feels like danger.",
  },
  practice = "This week, when your phone lights up with someone else’s crisis, "
    .. "wait ten minutes before you answer or act. Write down what you feel "
    .. "while you wait.",
  reflect = "What would you lose if the people you help stopped needing you? "
    .. "What might you gain?",
}

ending "out-not-free" {
  title = "Out, but not free",
  "It is over with Meg. You kept your distance, mostly. Some nights you still "
  .. "look at her page to see if she is all right.",
  "You feel lighter than you did. You sleep more. But guilt still sits on your "
  .. "chest some mornings, like a cat that won’t move.",
  "Anne says this is normal. Leaving is one step. Letting go is another, and it "
  .. "takes longer. Change does not go in a straight line.",
  "You are not done. But you are not where you were.",
  lens = {
    goal = "You wanted to get out, and still be sure Meg was fine. Both at once.",
    behaviours = "You ended it and mostly held your limit. At times you checked "
      .. "on her, or gave a little more than you meant to.",
    thoughts = "“I did the right thing.” “But what if she’s not okay, and it’s "
      .. "because of me?”",
    emotions = "Relief, guilt and sadness, often in the same hour.",
    underlying = "You have stepped out of the role, but part of you still feels "
      .. "responsible for her. That feeling is old, and it eases with time and "
      .. "support.",
  },
  practice = "Each time you feel the pull to check on Meg, or anyone, this week, "
    .. "do one kind thing for yourself instead. Note what you chose.",
  reflect = "Whose feelings were you taught to look after as a child? Whose "
    .. "feelings are yours to look after now?",
}

ending "a-quiet-phone" {
  title = "A quiet phone",
  "Meg’s calls have stopped. You heard, from a friend, that her mom is helping "
  .. "her sell the business. You hope it goes well. You mean it.",
  "You still think of her. You feel kind toward her, and sad, and not in "
  .. "charge of her life. That last part is new.",
  { when = "held_firm and called_ruth",
    "When the threats came, you did not face them alone. You kept your limit "
    .. "with Anne’s help, and on the hard nights you leaned on Ruth, not on Meg." },
  { when = "called_ruth",
    "You and Ruth talk every Sunday now. Sometimes about Mom. Mostly about "
    .. "other things." },
  "You have your evenings back. You joined a running club. Last week, a woman "
  .. "there named Ellen laughed at one of your jokes, and you did not think of "
  .. "your phone once.",
  lens = {
    goal = "You wanted to care about Meg without carrying her life, and to have "
      .. "a life of your own.",
    behaviours = "You asked before you helped, said no to money and to "
      .. "middle-of-the-night rescues, ended it with a plan, and got help when "
      .. "the threats came.",
    thoughts = "“I can care about her and still not be responsible for her.” "
      .. "“My needs count too.”",
    emotions = "Sadness and some guilt at first. Then relief, and a calm you "
      .. "had not felt in years.",
    underlying = "You saw the boy at the kitchen table, and you stopped asking "
      .. "him to run your grown-up life. Your care now comes from choice, not "
      .. "fear.",
  },
  practice = "This week, tell one person you trust about something hard in your "
    .. "own life. Let them help with one small part.",
  reflect = "What did it cost you to let Meg find her own way? What has it "
    .. "given you both?",
}
