-- Covering for Kofi: a teammate who keeps missing deadlines, and the one who
-- quietly does his part.
-- Mei works in the head office of Fernhill, a chain of garden centres. Four
-- people make the Friday stock report. Kofi's part, the supplier numbers,
-- keeps coming in late. His mother lives with him and is healing from a
-- hip operation, he missed the training on the new stock system, and he is
-- not sleeping. Mei finishes his sheet at night, tells the manager it was
-- "a team thing", and takes his calls. The story is about what covering
-- costs: Mei's evenings, the team's trust, and Kofi's chance to ask for
-- help or for changed hours himself.
--
-- The same act is support in one scene and rescue in another, and the scene
-- says which: taking Kofi's supplier call is a rescue in the-nine-am-call
-- (he overslept and can move it) and support in hospital-call (a true
-- emergency, he asks, once). Showing him the system is support when he asks
-- to learn it (the-walk-through); running it for him is not. Booking the
-- walk-through is a limit for Thursday and a rescue for next month. Going to the
-- manager with him is support when he asks you to come and he talks
-- (going-to-gwen); speaking for him is a rescue. Some rescues are words
-- alone: a white lie to the manager, taking the blame, a promise to keep his
-- secret, answering for him, naming what is wrong with him.
-- Twin pairs (word for word the same text; only the scene decides):
--   friday-noon (it_depends) / friday-again (rescue): fetching Kofi to
--     Gwen's side; Gwen asked you about his part, or she asked the room and
--     is already looking at him.
--   the-walk-through (support) / kofi-back (rescue): doing the first
--     supplier for him while he writes it down; he asked to learn, or he can
--     do the work and asked you to carry it for six weeks.
--   late-folder (it_depends) / thursday-night (rescue): "Send me what
--     you've got at eight, and I'll have a look"; he asked for one look, or
--     he asked only for your totals and said he would finish it.
--   coffee-machine (it_depends) / telling-kofi (rescue): "Let's go and see
--     Gwen about your hours, today"; he had said he wanted to go but not
--     alone, or he is angry, asked for nothing, and it is your guilt's plan.
--   kofi-back (it_depends) / going-to-gwen (rescue): "I can take the two
--     biggest suppliers while the cast is on"; an answer to his ask, told to
--     Gwen, or your plan laid on top of the ask he came to make himself.
--   your-own-call (it_depends) / the-nine-am-call (rescue): "Send me the
--     notes, and go and see to her"; once, for a clinic visit Gwen knows
--     about, or the third late morning, a call he can move, and a secret.
--
-- Flags, and where they matter:
--   did_his_part     thursday-night: Mei finished Kofi's sheet; the opening
--                    of friday-noon, cleared there
--   said_team_delay  friday-noon / gwen-asks: Mei told Gwen the delay was the
--                    team's or the system's; lines in kitchen-talk, bea-extra
--                    and gwen-asks. With took_calls it sends the story to
--                    joy-rings-gwen after gwen-asks (or telling-kofi, or
--                    kofi-hears); both are cleared there or in hospital-call
--   took_calls       the-nine-am-call: Mei took Kofi's supplier call with a
--                    cover story; leads to baker-calls-you; lines in
--                    jonas-waits and bea-extra; half of the pattern above
--   cover_out        joy-rings-gwen: faced with Joy's email, Mei kept the
--                    cover story going. The pattern of choices (a white lie
--                    to Gwen, his calls taken with a story, and the story
--                    kept up) ends in the-cover-slips; lines in team-meeting
--                    and the-review
--   walked_through   the-walk-through: Kofi got the walk-through he asked
--                    for (now or on Thursday); a line in late-folder, cleared
--                    there
--   kept_evening     jonas-waits: Mei keeps Thursdays; a line in late-folder,
--                    cleared there
--   gossiped         baker-calls-you / kitchen-talk / late-folder / gwen-asks:
--                    Mei ran Kofi down behind his back; leads to kofi-hears
--                    after gwen-asks, cleared there
--   stopped_cover    gwen-asks: Mei said she will stop; leads to telling-kofi
--                    (cleared there, or in kofi-hears)
--   emergency_help   hospital-call: a line in kofi-back, cleared there
--   kofi_asked_gwen  going-to-gwen: Kofi asked Gwen for changed hours
--                    himself; lines in team-meeting, friday-again, the-review
--                    and the endings. In the-review it is the pattern (with
--                    no cover_out) that opens beside-not-behind
--
-- Scenes on some paths only: baker-calls-you (after the call is taken),
-- telling-kofi (after Mei tells Gwen she will stop), kofi-hears (after Mei
-- ran him down), joy-rings-gwen (after a lie to Gwen and a taken call).
-- One scene has no rescue (your-own-call); six have two.
--
-- Safety and help: when Kofi says he has not slept properly for months,
-- pointing him once to the staff helpline (the employee assistance
-- programme) or a doctor is support, and the story never names what is
-- wrong with him; the rescue that does ("that sounds like burnout") says why that is
-- not Mei's to name. In hospital-call an ambulance is already with Kofi's
-- mother; the one safety step left is that Kofi, shaking, should not ride
-- his bike there, and a taxi is offered.
--
-- Meter changes are all steps of 5, and flags are cleared once no later
-- scene reads them, so paths that meet in the same place merge.

scenario {
  id = "covering-for-kofi",
  title = "Covering for Kofi",
  teaser = "Kofi’s part of the report is late again. You could finish it "
    .. "tonight, and nobody would know. Nobody but you.",
  you_play = "Mei, Kofi’s teammate",
  people = { kofi = { name = "Kofi", main = true }, gwen = "Gwen", tariq = "Tariq" },
  minutes = 20,
  content_notes = {
    "stress at work",
    "a parent who falls and goes to hospital",
    "a colleague who is not sleeping and feels low",
    "working late",
  },
  meters = { resentment = 15, growth = 35, intimacy = 45 },
  start = "thursday-night",
}

-- ---------------------------------------------------------------- week one

scene "thursday-night" {
  place = "office",
  with = "kofi",
  "It is half past six on Thursday. The office is nearly empty. You work at "
  .. "Fernhill, a chain of six garden centres.",
  "Every Friday at noon, your team sends the shops a stock report, so they "
  .. "know what to order. Four people make it. You do sales. Tariq does the "
  .. "shop notes. Beatriz does the charts. Kofi does the supplier numbers.",
  "Kofi’s sheet in the shared folder is half empty. He left at five. His text "
  .. "says: “Sorry! Nearly done. I’ll finish it tonight from home. Could you "
  .. "send me your sales totals? I need them for the last column.”",
  "He said he would finish it last week too. Last week you finished it "
  .. "yourself at ten, and no one knew.",
  "You know his part well. It would take you two hours. He has not asked you "
  .. "to do it. He asked only for your totals.",
  discuss = "Kofi has not asked for anything. Whose job is the supplier sheet "
    .. "tonight? What does Mei want to do, and why?",
  notes = "Ask the room what Mei feels when she sees the half-empty sheet. "
    .. "Worry for the shops, worry for Kofi, and the itch of a job left "
    .. "undone can all push the same way.",
  rescue {
    "Go into his sheet and finish the last six suppliers. Text him: “Done. Go to "
    .. "bed.”",
    because = "It feels kind, and Friday will be calm now. But he did not ask, "
      .. "and he can do it. Later the sheet quietly becomes yours, and so do "
      .. "your evenings.",
    effects = { resentment = "-5", intimacy = "+5", growth = "-5" },
    set = "did_his_part",
    later = {
      after = 1,
      effects = { resentment = "+10" },
      says = "You got home at half past nine. Jonas had eaten alone. The next "
        .. "Thursday, Kofi’s sheet was half empty again.",
    },
    next = "friday-noon",
  },
  support {
    "Send Kofi your sales totals tonight, in the same order as his last "
    .. "column.",
    because = "He asked for the totals, and they are yours to give. The sheet "
      .. "stays his. Leaving it half empty feels wrong now, and you check your "
      .. "phone all evening. It is still his to finish.",
    effects = { resentment = "+5", growth = "+5" },
    later = {
      after = 1,
      effects = { growth = "+5" },
      says = "Kofi said later that your text made him look at how far behind "
        .. "he really was. Nobody had let him see it before.",
    },
    next = "friday-noon",
  },
  neutral {
    "Reply: “Got it, Kofi. I’ll look in the morning.” Then head home and "
    .. "cook noodles with Jonas.",
    because = "Sleeping on it is fine. But Kofi asked for your totals "
      .. "tonight, and “I’ll look” does not send them. He is left to guess "
      .. "what you think. This is a pause, "
      .. "not a plan.",
    later = {
      after = 1,
      effects = { intimacy = "-5" },
      says = "Kofi asked you on Friday if you were cross with him. You said no. "
        .. "He did not look sure.",
    },
    next = "friday-noon",
  },
  rescue {
    "Reply: “No stress. Send me what you’ve got at eight, and I’ll have a "
    .. "look.”",
    because = "It reads like a small favour, and he sleeps better now. But he "
      .. "said he would finish it tonight, and he never asked you to come in "
      .. "early for it. Taking what he has at eight means you fill the gap. "
      .. "Later he counts on you, not on himself.",
    effects = { intimacy = "+5" },
    later = {
      after = 1,
      effects = { growth = "-5", resentment = "+5" },
      says = "Kofi’s sheet came in at ten past twelve. He had stopped rushing. "
        .. "You were the plan now.",
    },
    next = "friday-noon",
  },
}

scene "friday-noon" {
  place = "office",
  { when = "did_his_part",
    "Friday, twenty to twelve. The report is nearly ready, with Kofi’s numbers "
    .. "in it. Gwen, your manager, stops at your desk with her coffee." },
  { when = "did_his_part",
    "“The supplier sheet says it was last saved by you, at nine last night,” "
    .. "she says. “Is that how it works now?”" },
  { when = "not did_his_part",
    "Friday, twenty to twelve. Kofi’s sheet is still missing four suppliers. "
    .. "He is typing fast, with his headphones on." },
  { when = "not did_his_part",
    "Gwen, your manager, stops at your desk with her coffee. “The shops are "
    .. "waiting,” she says. “What’s the hold-up with the supplier numbers?”" },
  "Two desks away, Kofi has stopped typing. He heard. Gwen asked you, not him, "
  .. "and she likes a quick answer.",
  "Your part, Tariq’s and Beatriz’s all went in on Wednesday. Only the "
  .. "supplier sheet has ever been late.",
  discuss = "Gwen asked Mei a straight question about Kofi’s work. Who should "
    .. "answer it?",
  rescue {
    "“Nearly there, Gwen. The new system has been slow for all of us.”",
    because = "It sounds like a fair excuse, and it ends the moment now. But "
      .. "only the supplier sheet has ever been late. It is a white lie that "
      .. "spreads his delay over the whole team. Later Gwen plans "
      .. "around a problem that isn’t there.",
    effects = { resentment = "-5", intimacy = "+5" },
    set = "said_team_delay",
    later = {
      after = 1,
      effects = { intimacy = "-5", growth = "-5" },
      says = "Gwen sent the whole team a long email about the new system. "
        .. "Tariq and Beatriz were puzzled. Their parts had been on time.",
    },
    clear = "did_his_part",
    next = "the-walk-through",
  },
  it_depends {
    "“One minute, Gwen.” Walk over, tap Kofi on the shoulder, and bring him "
    .. "back to Gwen’s side yourself.",
    because = "If you pass the question to him and step back, it helps: he "
      .. "answers for himself. If you walk back to Gwen and answer for him, it "
      .. "turns into a rescue.",
    effects = { growth = "+5" },
    clear = "did_his_part",
    next = "the-walk-through",
  },
  support {
    "“Good question. The supplier part is Kofi’s, and he’s just there. He’ll "
    .. "know more than any of us.” Then go back to your screen.",
    because = "It is plain, and it stings. Kofi has to speak up in front of "
      .. "everyone now, and he looks at you like you let him down. But it is "
      .. "his work to speak for, and he can.",
    effects = { intimacy = "-5", growth = "+5" },
    later = {
      after = 1,
      effects = { intimacy = "+5", resentment = "-5" },
      says = "Kofi told Gwen himself that he was behind. Later he said it was a "
        .. "relief to stop hiding it.",
    },
    clear = "did_his_part",
    next = "the-walk-through",
  },
  hurtful {
    "Look over at Kofi’s desk. “Honest answer? The supplier sheet. It’s been "
    .. "the supplier sheet for a while now.”",
    because = "It is true, and you are tired of this. But said over his "
      .. "head, with “for a while”, it is a jab, not an answer. It shames "
      .. "him in front of everyone, and teaches the team to blame, not to "
      .. "ask.",
    effects = { resentment = "+5", intimacy = "-10" },
    later = {
      after = 1,
      effects = { intimacy = "-5" },
      says = "Kofi stopped saying good morning to you. When he needed a file, "
        .. "he asked Beatriz.",
    },
    clear = "did_his_part",
    next = "the-walk-through",
  },
}

scene "the-walk-through" {
  place = "office",
  "Monday morning. Kofi pulls a chair up to your desk. He looks like he slept "
  .. "badly.",
  "“Can I ask you something?” he says quietly. “The new stock system. The "
  .. "training was the week Mum had her hip done, and I missed it. I’ve been "
  .. "guessing ever since. Could you show me the supplier screen? Just once. "
  .. "I’ll take notes, and then I want to try it myself.”",
  "His mum, Abena, lives with him. She still uses a walker. A walk-through "
  .. "would take an hour, and your own sales work is due today.",
  discuss = "Kofi has asked for one clear thing. What makes it easy, or hard, "
    .. "to give just that?",
  support {
    "Pull up the supplier screen, and do the first supplier for him, slowly, "
    .. "while he writes it down.",
    because = "He asked for exactly this, once, and then to try it himself. "
      .. "After the first supplier, the mouse and the job are his again. It costs you an hour now, and your own "
      .. "work runs late.",
    effects = { resentment = "+5", growth = "+10", intimacy = "+5" },
    set = "walked_through",
    later = {
      after = 1,
      effects = { growth = "+5" },
      says = "Kofi found his way round the supplier screen on his own this "
        .. "week. He sent you a thumbs up from across the room.",
    },
    next = "the-nine-am-call",
  },
  rescue {
    "Book the walk-through for the first week of next month. “Till then, "
    .. "just send me your numbers, and I’ll put them in.”",
    because = "It looks like a plan, and it saves an hour now. But he asked "
      .. "for this week, just once, so he could try it himself. Till then you "
      .. "do his part, and a month away means four more Fridays of it. Later "
      .. "he still can’t use it, and the gaps he leaves come to you.",
    effects = { resentment = "-5", intimacy = "+5", growth = "-10" },
    later = {
      after = 1,
      effects = { resentment = "+10" },
      says = "The supplier screen is yours now. Kofi stopped opening it. Every "
        .. "Thursday, he sends you his notes on a scrap of paper.",
    },
    next = "the-nine-am-call",
  },
  boundary {
    "Open the shared calendar and book the walk-through for Thursday at ten, "
    .. "in both your names.",
    because = "He asked for it once, and he gets it, on a day that leaves "
      .. "today’s sales work in one piece. That is the limit, said as a "
      .. "plan. He looks let down now, and he has to wait three days. But "
      .. "you keep your own work, and he still gets what he asked for.",
    effects = { intimacy = "-5", growth = "+5" },
    set = "walked_through",
    later = {
      after = 1,
      effects = { intimacy = "+5", resentment = "-5" },
      says = "On Thursday at ten, Kofi was early. He had a page of his own "
        .. "questions ready.",
    },
    next = "the-nine-am-call",
  },
  rescue {
    "Pull up the supplier screen and go through this week’s sheet with him, "
    .. "one supplier at a time, while he takes notes.",
    because = "It looks like showing him, and his notes are full. But he "
      .. "asked to learn by doing it, and his hand never touched the mouse. "
      .. "You did this week’s sheet for him. It keeps him coming to you, and "
      .. "keeps him hidden.",
    effects = { intimacy = "+5", growth = "-5" },
    later = {
      after = 1,
      effects = { resentment = "+5" },
      says = "Kofi never asked about the system again. He asked you to check "
        .. "his numbers instead, every week.",
    },
    next = "the-nine-am-call",
  },
}

scene "the-nine-am-call" {
  place = "phone-night",
  "Wednesday night, ten o’clock. Your phone buzzes. It is Kofi.",
  "“Big favour. Can you take my nine o’clock with Baker Brothers? Mum had a "
  .. "bad night, and I’ll be late. Please don’t tell Gwen. She’ll think I "
  .. "can’t cope.”",
  "Baker Brothers are his supplier. He has taken their call every week for a "
  .. "year. He could move it with one email from his phone. This is his third "
  .. "late morning this month.",
  discuss = "Kofi asked for a favour and for a secret. Which part is the harder "
    .. "one to say no to?",
  rescue {
    "Reply: “Poor Abena. Send me the notes, and go and see to her.”",
    because = "It feels like a small favour, and he is so grateful now. But he "
      .. "can move the call himself with one email, it is the third time this "
      .. "month, and he asked for a secret too. Saying yes covers for him: a "
      .. "vague story for Baker Brothers, and silence for Gwen. Later the "
      .. "calls, and the story, come to you.",
    effects = { intimacy = "+5" },
    set = "took_calls",
    later = {
      after = 1,
      effects = { resentment = "+10", growth = "-5" },
      says = "Baker Brothers ring you first now. “Is Kofi held up again?” "
        .. "their rep jokes.",
    },
    next = "baker-calls-you",
  },
  boundary {
    "“Poor Abena. Send Baker Brothers one line now, ‘Running late, can we "
    .. "move to eleven?’, and go and see to your mum.”",
    because = "You don’t take the call, and you don’t keep the secret. You "
      .. "say so warmly, with the one line he needs. He is cross now, and "
      .. "says so. But moving a call is his to do, and he can do it from his "
      .. "phone in a minute.",
    effects = { intimacy = "-5", growth = "+5" },
    later = {
      after = 1,
      effects = { growth = "+5", intimacy = "+5" },
      says = "Kofi moved the call himself. He started keeping nine to ten free "
        .. "in his diary for home.",
    },
    next = "kitchen-talk",
  },
  rescue {
    "Reply: “Okay. Give Abena my love, and sleep if you can. Ring me at "
    .. "lunch.”",
    because = "It sounds like kindness. But he asked you to take the call and "
      .. "keep it from Gwen, and “okay” says yes to both. It takes a call he could "
      .. "move with one email, and keeps a secret that keeps him stuck. Later Gwen hears a story, "
      .. "and he never gets to ask for what he needs.",
    effects = { intimacy = "+5", resentment = "-5" },
    set = "took_calls",
    later = {
      after = 1,
      effects = { resentment = "+10", intimacy = "-5" },
      says = "Gwen asked Kofi how the Baker Brothers call went. He said fine. "
        .. "Then she saw your name on the call log, and you both went red.",
    },
    next = "baker-calls-you",
  },
  support {
    "“Poor Abena. That’s the third late morning this month, though. Is "
    .. "something up with the mornings?”",
    because = "You say what you see, kindly, and you ask. It feels nosy now, "
      .. "and he goes quiet. The call, and what to do about the "
      .. "mornings, stay his.",
    effects = { intimacy = "-5", growth = "+5" },
    later = {
      after = 1,
      effects = { intimacy = "+10" },
      says = "Kofi told you the rest the next day. The nights with his mum. "
        .. "The sleep he isn’t getting. “You’re the first person who asked,” "
        .. "he said.",
    },
    next = "kitchen-talk",
  },
}

scene "baker-calls-you" {
  place = "office",
  "Thursday, five past nine. You take the Baker Brothers call at your desk.",
  "Their rep, Joy, is friendly but firm. “Kofi promised us the May order by "
  .. "Tuesday,” she says. “It never came. Can you send it today?”",
  "You have no idea what Kofi agreed. The order is in his inbox. You have his "
  .. "password, from the week he was off.",
  rescue {
    "Go into Kofi’s inbox, find the order and send it to Joy. Then call Kofi and "
    .. "tell him it’s done.",
    because = "It feels like keeping the peace now. But you went into his "
      .. "inbox and made his deal for him, without asking. Later, that is the "
      .. "part he remembers.",
    effects = { resentment = "-5", growth = "-5" },
    later = {
      after = 1,
      effects = { intimacy = "-10" },
      says = "Kofi thanked you on the phone. The next day he said, “You went in "
        .. "my email?” very quietly.",
    },
    next = "kitchen-talk",
  },
  support {
    "Write down what Joy needs, word for word. Tell her you will get it to "
    .. "Kofi within the hour, and do it.",
    because = "You pass the message on and stop there. Joy is not pleased now. "
      .. "But the order, and the promise, are Kofi’s, and he can ring her.",
    effects = { intimacy = "-5", growth = "+5" },
    next = "kitchen-talk",
  },
  hurtful {
    "“I’m so sorry, Joy. Between us, he’s been struggling for a while. I’ll "
    .. "pass it on.”",
    because = "It sounds like a kind sorry. But you ran down a teammate to "
      .. "his supplier, and told her about his troubles. It costs him, and "
      .. "it costs Fernhill.",
    effects = { resentment = "+5", intimacy = "-5" },
    set = "gossiped",
    next = "kitchen-talk",
  },
}

scene "kitchen-talk" {
  place = "kitchen",
  "Thursday, in the office kitchen. Tariq is waiting for the kettle.",
  "“Can I ask you something?” he says. “Is Kofi okay? My shop notes need his "
  .. "numbers, and I’ve waited on them three Fridays now. And Gwen keeps saying "
  .. "the whole team is slow. That’s not fair on Beatriz.”",
  { when = "said_team_delay",
    "You think of what you told Gwen. A team thing." },
  "Tariq has worked here ten years. He likes Kofi. He also likes to leave at "
  .. "five. Your sales totals have gone to Kofi on time every single week.",
  rescue {
    "“Some of that is my sales totals, Tariq. From now on, I’ll send them "
    .. "over on Wednesday.”",
    because = "Taking the blame feels loyal, and it calms Tariq now. But it "
      .. "isn’t true, and it makes Kofi’s problem yours to hide. Later Tariq "
      .. "trusts your word a little less.",
    effects = { intimacy = "+5", growth = "-5" },
    later = {
      after = 1,
      effects = { resentment = "+5", intimacy = "-5" },
      says = "Tariq saw the time stamps on the shared folder. The delay was "
        .. "never yours. He is less sure now what you tell him.",
    },
    next = "jonas-waits",
  },
  support {
    "“That’s a fair thing to ask, and it was bound to come up. Ask Kofi. He "
    .. "will want to hear it from you.”",
    because = "It sends Tariq to Kofi, not around him. It feels a bit cold "
      .. "now, and Tariq sighs. Later the two of them talk for themselves.",
    effects = { intimacy = "-5", growth = "+5" },
    later = {
      after = 1,
      effects = { intimacy = "+5" },
      says = "Tariq and Kofi had lunch together. Tariq now sends his shop notes "
        .. "first, so Kofi has more time.",
    },
    next = "jonas-waits",
  },
  hurtful {
    "“Honestly? I’m worried about him. He’s a mess: his mum, his sleep, all "
    .. "of it. I’ve been doing his part for weeks.”",
    because = "It sounds like worry, and it feels good to say it at last. "
      .. "But his home life was not yours to share, and you said it behind "
      .. "his back.",
    effects = { resentment = "-5", intimacy = "-10" },
    set = "gossiped",
    next = "jonas-waits",
  },
  neutral {
    "Make Tariq’s tea the way he likes it, two sugars, and ask after his "
    .. "daughter’s exams until the kettle’s done.",
    because = "Small talk is easy, and it is not your job to answer for Kofi. "
      .. "But Tariq’s question is left hanging, and he still doesn’t know who "
      .. "to ask.",
    next = "jonas-waits",
  },
}

-- ---------------------------------------------------------------- your evenings

scene "jonas-waits" {
  place = "living-room",
  "Thursday night. You get home at nine. You meant to leave at five, but "
  .. "Kofi’s sheet was half empty again, and you stayed to “just check” it.",
  "Jonas is on the couch. Two concert tickets sit on the table. The show "
  .. "started at eight. Last Thursday you promised him you would be home by six.",
  { when = "took_calls",
    "Your phone buzzes. Baker Brothers have emailed you, not Kofi." },
  "“Another late one,” Jonas says. He does not sound angry. He "
  .. "sounds tired. “Is it really your work, Mei? Or is it his?”",
  discuss = "Jonas asks a plain question. Why might it be hard for Mei to "
    .. "answer it?",
  self_care {
    "Sit down next to him, and take his hand. “Mostly his.” Then tell him all "
    .. "of it, and let him ask questions.",
    because = "Saying it out loud to someone on your side is getting support. "
      .. "It is hard to admit now. Later it is easier to see.",
    effects = { resentment = "-5", growth = "+5" },
    later = {
      after = 1,
      effects = { resentment = "-5" },
      says = "Jonas started asking each night, “Whose work was it today?” It "
        .. "got easier to say.",
    },
    next = "coffee-machine",
  },
  hurtful {
    "“I need some space tonight, love.” Take your plate into the other room "
    .. "and close the door.",
    because = "You feel judged, and you are worn out. But this is not space, "
      .. "it is a door shut on the one person asking about you. It pushes "
      .. "him away.",
    effects = { resentment = "+5", intimacy = "-5" },
    later = {
      after = 1,
      effects = { resentment = "+5" },
      says = "Jonas went to the next concert with his brother. He didn’t ask "
        .. "you.",
    },
    next = "coffee-machine",
  },
  rescue {
    "“You’re right. I’m sorry about the show. Next Thursday I’ll be home by "
    .. "six, I promise.”",
    because = "It sounds like a fair sorry. But Jonas asked whose work it is, "
      .. "and you made last week’s promise again. Kofi never asked for your "
      .. "evenings, and nothing changes. Later the promise slips.",
    effects = { intimacy = "+5" },
    later = {
      after = 1,
      effects = { resentment = "+10" },
      says = "Next week was not yours. Kofi’s sheet was half empty again on "
        .. "Thursday, and you stayed.",
    },
    next = "coffee-machine",
  },
  self_care {
    "Kiss him, and buy two tickets for next Thursday’s show right now. Then "
    .. "set an alarm for five o’clock that day.",
    because = "Your evenings count too. This time it is not a promise but a "
      .. "booking and an alarm: you leave at five, even if the folder stays "
      .. "half empty, and that will be hard. Later you get your Thursdays "
      .. "back.",
    effects = { resentment = "-5", intimacy = "+5" },
    set = "kept_evening",
    later = {
      after = 1,
      effects = { resentment = "-5" },
      says = "The alarm went off at five. You left. The report still went out "
        .. "on Friday.",
    },
    next = "coffee-machine",
  },
}

-- ---------------------------------------------------------------- week two

scene "coffee-machine" {
  place = "office",
  "Monday. Kofi stands at the coffee machine. He has pressed the button twice "
  .. "and forgotten to put a cup under it.",
  "“Sorry,” he says. “I’m not sleeping. Mum’s up at night, and even when she "
  .. "sleeps, I don’t. I sit down at the sheet and nothing goes in. It’s been "
  .. "like this since spring.” He laughs, but it is not a real laugh. “Don’t "
  .. "tell anyone.”",
  "Fernhill pays for a free, private helpline for staff. It is on a poster by "
  .. "the lifts. Staff who care for family can also ask for changed hours.",
  "Last week Kofi said he wanted to ask Gwen about his hours, but not on his "
  .. "own.",
  discuss = "What is the difference between pointing Kofi to help and "
    .. "telling him what is wrong with him?",
  notes = "Pointing someone once to a doctor or to the staff helpline (the "
    .. "employee assistance programme) is support. Naming what is wrong "
    .. "(burnout, depression) is not Mei’s job. If anyone in the room says "
    .. "a colleague has talked about not wanting to live, that is a call for "
    .. "help today: a doctor, a crisis line, or the emergency number.",
  rescue {
    "Put a hand on his arm. “Since spring? Kofi, that sounds like burnout to "
    .. "me. Let the sheet go this week. Has anyone told you that?”",
    because = "You mean it as care, and he looks relieved now. But you named "
      .. "what is wrong with him, and that is not yours to name. Telling him to "
      .. "let the sheet go hands it to you, and he never has to ask Gwen for "
      .. "what he needs.",
    effects = { intimacy = "+5", growth = "-5" },
    later = {
      after = 1,
      effects = { resentment = "+10", growth = "-5" },
      says = "Kofi’s part is yours again, every week. He still isn’t "
        .. "sleeping. Nothing has changed for him, only for you.",
    },
    next = "bea-extra",
  },
  support {
    "Take a photo of the helpline poster by the lifts, and text it to him "
    .. "with one line: “Free and private. A doctor could help with the sleep "
    .. "too.”",
    because = "You show him once where help is, and you don’t guess what is "
      .. "wrong. Going is his choice. He doesn’t reply tonight.",
    effects = { intimacy = "-5", growth = "+5" },
    later = {
      after = 1,
      effects = { growth = "+10", intimacy = "+5" },
      says = "Kofi rang the helpline from his car. He said it was strange to "
        .. "talk about himself for once. He booked a doctor too.",
    },
    next = "bea-extra",
  },
  it_depends {
    "“Let’s go and see Gwen about your hours, today. Carers can ask for a "
    .. "change. I’ll come with you.”",
    because = "If he wants you there and does the asking, it helps. If you end "
      .. "up asking for him, it turns into a rescue.",
    effects = { growth = "+5" },
    next = "bea-extra",
  },
  neutral {
    "Put a cup under the spout and make his coffee for him, milk and one "
    .. "sugar. Chat about the rain until it’s done.",
    because = "It is kind in a small way, and it fills the moment. But he told "
      .. "you something real, and you let it pass.",
    effects = { intimacy = "-5" },
    next = "bea-extra",
  },
  hurtful {
    "“Sleep comes back, Kofi. For now, the best thing is to keep busy. Get "
    .. "that sheet in, and you’ll feel better.”",
    because = "You are tired too, and it sounds like advice. But it brushes "
      .. "off what he just told you, and makes the sheet the cure. He learns "
      .. "not to tell you again.",
    effects = { resentment = "+5", intimacy = "-10" },
    next = "bea-extra",
  },
}

scene "bea-extra" {
  place = "office",
  "Wednesday. Beatriz rolls her chair over to your desk. She joined the team "
  .. "in March.",
  "“Gwen gave me two extra shops to chart,” she says. “She says the team is "
  .. "behind, so we all have to pull harder. Are we behind? My part’s always "
  .. "on time.”",
  { when = "said_team_delay",
    "A team thing, you told Gwen. Now your words are Beatriz’s extra work." },
  { when = "took_calls",
    "Joy from Baker Brothers emailed you again this morning." },
  "She looks at your screen. Kofi’s supplier sheet is open on it. The team "
  .. "is not behind. Only the supplier sheet is.",
  rescue {
    "“If it were me, Bea, I’d chart the two shops this once and see if it "
    .. "happens again. Gwen has had a hard month.”",
    because = "It sounds like friendly advice, and the talk stays easy now. "
      .. "But it talks her out of asking Gwen, so the delay stays hidden and "
      .. "Kofi stays covered. Bea pays for your secret.",
    effects = { resentment = "-5", intimacy = "+5" },
    later = {
      after = 1,
      effects = { resentment = "+10" },
      says = "Beatriz charted the extra shops without a word to Gwen. The next "
        .. "month she got two more. You lay awake that night, and you knew why.",
    },
    next = "late-folder",
  },
  support {
    "“The delay isn’t yours, Bea. Only one part is ever late, and it isn’t "
    .. "yours.”",
    because = "She asked if the team is behind, and you tell her the plain "
      .. "fact and no more. What she does with it, and asking Gwen, is hers. It "
      .. "feels like a risk now, for both of you.",
    effects = { intimacy = "-5", growth = "+5" },
    later = {
      after = 1,
      effects = { growth = "+5" },
      says = "Beatriz asked Gwen. Gwen took one of the shops back and said she "
        .. "would look again at who does what.",
    },
    next = "late-folder",
  },
  rescue {
    "“Your part’s always on time, Bea. Gwen sees that. Then again, it’s a "
    .. "busy patch for everyone.”",
    because = "It calms her now. But it isn’t true: one part is late, and it "
      .. "is Kofi’s. You are shielding him from Gwen. Later she stops believing "
      .. "what you tell her.",
    effects = { intimacy = "+5" },
    later = {
      after = 1,
      effects = { intimacy = "-10" },
      says = "Beatriz charted the extra shops for a month. She found out whose "
        .. "part was late from the time stamps, not from you.",
    },
    next = "late-folder",
  },
  boundary {
    "Close Kofi’s sheet and open your own. “Mine went in on Wednesday, like "
    .. "yours. From now on, it’s the only one I fill in.”",
    because = "You close his sheet, and you say what you will stop doing. It "
      .. "sounds light, and it is a limit. Beatriz looks confused now, and "
      .. "you feel exposed. But it is true, and it is yours to say.",
    effects = { intimacy = "-5", resentment = "-5" },
    later = {
      after = 1,
      effects = { growth = "+5" },
      says = "Saying it to Beatriz made it real. You noticed you kept to it.",
    },
    next = "late-folder",
  },
}

scene "late-folder" {
  place = "bedroom-night",
  "Thursday, ten at night. You are in bed. Out of habit, you open the shared "
  .. "folder on your phone.",
  "Kofi’s supplier sheet is half empty again. The report goes out at noon.",
  "He texted at nine: “Nearly there. Could you look over what I’ve got at "
  .. "eight, before it goes? Just the Baker Brothers bit.”",
  { when = "kept_evening",
    "You left at five today, like you told Jonas. It felt strange, and good." },
  { when = "walked_through",
    "Since the walk-through, Kofi does more of the sheet himself. Just not "
    .. "all of it, and not on time." },
  "Your thumb hovers. You could fill in six suppliers on the laptop in "
  .. "forty minutes.",
  discuss = "Tired or resentful? How can Mei tell which one she feels "
    .. "tonight?",
  notes = "Seed 002 draws the line here: tired is normal, and a helper can "
    .. "step back without guilt. Resentment, or feeling unseen, is the "
    .. "warning sign that helping has become rescue.",
  self_care {
    "Text Kofi: “Coffee’s on me at eight.” Then put the phone face down on "
    .. "the charger, and go to sleep.",
    because = "The coffee is a kind word, not the sheet. Pause before you "
      .. "open the folder, and the urge can pass. His sheet is his. Letting "
      .. "it sit half empty is hard, and you lie awake a while. "
      .. "Your sleep is yours.",
    effects = { resentment = "+5", growth = "+5" },
    later = {
      after = 1,
      effects = { resentment = "-10" },
      says = "You slept eight hours. Kofi’s sheet came in at eleven, late but "
        .. "whole, and the shops were fine.",
    },
    clear = { "kept_evening", "walked_through" },
    next = "gwen-asks",
  },
  rescue {
    "Open the laptop and look over the numbers he has put in so far. Then "
    .. "go to bed.",
    because = "Who is it for? It quiets your own worry now. But he asked for "
      .. "a look at eight, not tonight, and a check at "
      .. "ten at night turns into filling in the rest, and forty minutes "
      .. "later it has. The numbers are his, and the night is yours. Later "
      .. "you pay for it in sleep and in "
      .. "temper.",
    effects = { resentment = "-5", growth = "-5" },
    later = {
      after = 1,
      effects = { resentment = "+10" },
      says = "You slept badly. In the morning meeting, Kofi thanked Gwen for "
        .. "the extra time. He didn’t know it was you.",
    },
    clear = { "kept_evening", "walked_through" },
    next = "gwen-asks",
  },
  it_depends {
    "Reply: “No stress. Send me what you’ve got at eight, and I’ll have a "
    .. "look.”",
    because = "He asked for one look, at eight, at a sheet he says is nearly "
      .. "there. One look, as he asked, can help. If what comes at eight is "
      .. "half empty, and your look turns into filling it in, it turns into a "
      .. "rescue: you are running his deadline.",
    effects = { growth = "+5" },
    clear = { "kept_evening", "walked_through" },
    next = "gwen-asks",
  },
  hurtful {
    "Screenshot the empty sheet and send it to Tariq: “I’m worried about "
    .. "Kofi. Third week running. Should we keep an eye on him?”",
    because = "It sounds like worry, and it lets off steam now. But it shows "
      .. "Tariq his empty sheet behind his back, and asks Tariq to watch him. "
      .. "It turns the team against Kofi, not toward him.",
    effects = { resentment = "-5", intimacy = "-10" },
    set = "gossiped",
    clear = { "kept_evening", "walked_through" },
    next = "gwen-asks",
  },
}

scene "gwen-asks" {
  place = "meeting-room",
  "Friday afternoon. Gwen asks you into the small meeting room for your "
  .. "monthly check-in.",
  "“Your sales work is great,” she says. “But you look worn out. And the "
  .. "report keeps slipping, and I can’t see where.” She taps her pen. “Is "
  .. "there anything I should know?”",
  "You know where it slips: Kofi’s supplier sheet.",
  { when = "said_team_delay",
    "Weeks ago you told her it was a team thing. She believed you." },
  discuss = "What is Mei’s to tell Gwen, and what is Kofi’s?",
  rescue {
    "“I’m fine, thanks, Gwen. Just tired. It’s been a long spring for "
    .. "everyone.”",
    because = "It protects Kofi now, and the talk stays easy. But Gwen can’t "
      .. "fix a problem she can’t see. Later, Kofi can’t ask her for the help "
      .. "he needs.",
    effects = { resentment = "-5", growth = "-5" },
    set = "said_team_delay",
    later = {
      after = 1,
      effects = { resentment = "+5", intimacy = "-5" },
      says = "Gwen booked the whole team on a second system course. Everyone "
        .. "lost a Friday. Kofi was the only one who needed it.",
    },
    next = { { when = "gossiped", "kofi-hears" },
      { when = "said_team_delay and took_calls", "joy-rings-gwen" }, "hospital-call" },
  },
  boundary {
    "“I have been doing some of the supplier work at night. That has to stop, "
    .. "and it will. I’ll tell Kofi first, this week.”",
    because = "You speak about your own part, not about his life. Gwen looks "
      .. "surprised now, and a bit annoyed that you hid it. It is true, and "
      .. "it is yours to say.",
    effects = { intimacy = "-5", growth = "+5", resentment = "-5" },
    set = "stopped_cover",
    later = {
      after = 1,
      effects = { growth = "+5" },
      says = "Gwen thanked you later for telling her. “I’d rather know,” she "
        .. "said. “I can’t help what I can’t see.”",
    },
    next = { { when = "gossiped", "kofi-hears" }, "telling-kofi" },
  },
  it_depends {
    "“Have a coffee with Kofi this week, Gwen. Ask him how things are "
    .. "going. I think he will tell you.”",
    because = "If you leave the story with him, it helps: Gwen asks, and he "
      .. "answers. If you start steering what Gwen says to him, it turns into "
      .. "a rescue.",
    effects = { growth = "+5" },
    next = { { when = "gossiped", "kofi-hears" },
      { when = "said_team_delay and took_calls", "joy-rings-gwen" }, "hospital-call" },
  },
  hurtful {
    "“I’m worried about Kofi, Gwen. He’s been struggling for months, and "
    .. "that’s where the report slips.”",
    because = "It sounds like concern, and it lets out weeks of anger. But it "
      .. "is blame, said behind his back, with his troubles in it. And it "
      .. "leaves out the part you played.",
    effects = { resentment = "-5", intimacy = "-10" },
    set = "gossiped",
    next = "kofi-hears",
  },
}

scene "telling-kofi" {
  place = "street",
  "Monday. You ask Kofi to walk to the bakery with you. On the way, you tell "
  .. "him. You have been doing his part at night, and you are stopping. You "
  .. "told Gwen you would tell him first.",
  "He stops on the pavement. “You told Gwen?” His face closes. “I thought you "
  .. "were on my side, Mei.”",
  "It would be so easy to take it all back.",
  "He has not asked you for anything. He is angry, and that is his to feel.",
  boundary {
    "Keep walking. “I am on your side. That’s why you heard it from me "
    .. "first. Thursday at ten, same as ever.”",
    because = "You don’t take it back, and you keep the help you can give, "
      .. "in work hours. Kind and firm. He is hurt now, and the walk back is "
      .. "quiet. Later he knows exactly where you stand.",
    effects = { intimacy = "-5", growth = "+5" },
    later = {
      after = 1,
      effects = { intimacy = "+10" },
      says = "A week later Kofi said, “You were right to stop. I was hiding "
        .. "behind you.”",
    },
    clear = "stopped_cover",
    next = { { when = "said_team_delay and took_calls", "joy-rings-gwen" }, "hospital-call" },
  },
  rescue {
    "“Let’s go and see Gwen about your hours, today. Carers can ask for a "
    .. "change. I’ll come with you.”",
    because = "It sounds like standing by him, and he calms down now. But he "
      .. "asked for nothing, and today is your timing, not his. Rushing him "
      .. "to Gwen to ease your own guilt makes his hours your job. Your limit "
      .. "melts into a new way of carrying him.",
    effects = { intimacy = "+5", growth = "-5" },
    later = {
      after = 1,
      effects = { resentment = "+10" },
      says = "In Gwen’s room you did most of the talking. Afterwards Kofi "
        .. "asked you what he should do next.",
    },
    clear = "stopped_cover",
    next = { { when = "said_team_delay and took_calls", "joy-rings-gwen" }, "hospital-call" },
  },
  support {
    "Let him be angry. Then say, “Gwen can change your hours. I can’t. You "
    .. "know better than anyone what would make Fridays work.”",
    because = "You don’t take it back, and you don’t fix it. You point him, "
      .. "once, to the person who can change his hours, and leave the rest "
      .. "with him.",
    effects = { intimacy = "-5", growth = "+10" },
    clear = "stopped_cover",
    next = { { when = "said_team_delay and took_calls", "joy-rings-gwen" }, "hospital-call" },
  },
  self_care {
    "Buy two cinnamon buns, and give him one. “See you back there.” Then "
    .. "take the long way round the park.",
    because = "You don’t have to fix his feelings on the pavement. Calming "
      .. "yourself first, on your own, keeps you from caving. He feels left, "
      .. "and that is hard.",
    effects = { resentment = "-5", intimacy = "-5" },
    clear = "stopped_cover",
    next = { { when = "said_team_delay and took_calls", "joy-rings-gwen" }, "hospital-call" },
  },
}

scene "joy-rings-gwen" {
  place = "office",
  "Tuesday afternoon. Gwen calls you into her room. An email is open on her "
  .. "screen. It is from Joy at Baker Brothers.",
  "“Kofi is always out at a shop when we ring,” Joy writes. “Mei takes his "
  .. "calls now. Should we just deal with her?”",
  "Kofi has not been out to a shop since March.",
  "Gwen turns to you. “You told me the delays were the system,” she says. "
  .. "“And now I hear you take his calls. What is going on, Mei?”",
  discuss = "The cover story has met the facts. What can Mei still choose "
    .. "here?",
  rescue {
    "“I took his calls, Gwen, and I should have told you. Kofi has enough "
    .. "on. Anything you need, ask me.”",
    because = "It sounds like owning up. But it isn’t the whole truth: Kofi "
      .. "asked you to take his calls and keep it quiet. Taking all of it, and "
      .. "steering Gwen to you and away from him, hides his problem one more "
      .. "time.",
    effects = { resentment = "-5", intimacy = "-5" },
    set = "cover_out",
    later = {
      after = 1,
      effects = { resentment = "+10", growth = "-5" },
      says = "Gwen believed you, and she never asked Kofi. She did not say "
        .. "much to you after that. She started copying herself into all of "
        .. "Kofi’s emails.",
    },
    clear = { "said_team_delay", "took_calls" },
    next = "hospital-call",
  },
  boundary {
    "“I have been covering for him. His calls, and some of his sheet. That was "
    .. "my choice, and it has to stop.”",
    because = "You own your part plainly. Gwen is cross now that you hid it, "
      .. "and it is a hard ten minutes. It is true, and it hands the rest back "
      .. "to Kofi.",
    effects = { intimacy = "-5", growth = "+5" },
    later = {
      after = 1,
      effects = { growth = "+5", resentment = "-5" },
      says = "Gwen talked to Kofi herself. He told her about his mum. She said "
        .. "she wished she had known in the spring.",
    },
    clear = { "said_team_delay", "took_calls" },
    next = "hospital-call",
  },
  it_depends {
    "“Some of it is mine to explain, and some is Kofi’s. Can we ask him in? "
    .. "I’ll say my part first.”",
    because = "If you say your part and let him say his, it helps. If you end "
      .. "up telling his story for him, it turns into a rescue.",
    effects = { growth = "+5", intimacy = "-5" },
    clear = { "said_team_delay", "took_calls" },
    next = "hospital-call",
  },
  hurtful {
    "“I was only trying to help him, Gwen. Honestly, he’s been drowning "
    .. "since March.”",
    because = "It sounds like care, and you feel caught. But it throws him "
      .. "under the bus for a cover you chose, with his troubles as your "
      .. "excuse, and Gwen can tell.",
    effects = { resentment = "+5", intimacy = "-10" },
    clear = { "said_team_delay", "took_calls" },
    next = "hospital-call",
  },
}

scene "kofi-hears" {
  place = "office",
  "Tuesday morning. Kofi stops at your desk. He does not sit down.",
  "“People are talking about me,” he says. “Saying I’m a mess. Saying I drag "
  .. "the team down.” His voice is very steady. “I hear it started with you.”",
  "Tariq is pretending to read his screen. Kofi wants to know one thing: did "
  .. "you say it?",
  support {
    "“That was me, and I’m sorry. I was tired and cross, and I said it behind "
    .. "your back. It wasn’t fair.”",
    because = "You own it plainly, with no excuse. It hurts to say, and he is "
      .. "still angry now. Later, an honest sorry is something to build on.",
    effects = { intimacy = "-5", growth = "+5", resentment = "-5" },
    later = {
      after = 1,
      effects = { intimacy = "+10" },
      says = "Kofi brought you a coffee a week later. “Thanks for owning it,” "
        .. "he said. “Most people don’t.”",
    },
    clear = { "gossiped", "stopped_cover" },
    next = { { when = "said_team_delay and took_calls", "joy-rings-gwen" }, "hospital-call" },
  },
  rescue {
    "“I should never have put it like that. You’ve carried more this spring "
    .. "than any of us knew, Kofi.”",
    because = "You want to undo the harm fast, and it sounds kind. But he asked "
      .. "if you said it, and you never say yes. You soothed him instead. "
      .. "His hurt is not yours "
      .. "to smooth away. Your part is to own what you said.",
    effects = { growth = "-5" },
    later = {
      after = 1,
      effects = { intimacy = "-5", resentment = "+5" },
      says = "Kofi nodded and went back to his desk. He never got his answer, "
        .. "and the talk about him went on.",
    },
    clear = { "gossiped", "stopped_cover" },
    next = { { when = "said_team_delay and took_calls", "joy-rings-gwen" }, "hospital-call" },
  },
  hurtful {
    "“I only said it because I care, Kofi. Who else was going to, after all "
    .. "those weeks I did your part?”",
    because = "It sounds like care, and it is partly true, and that is why it "
      .. "cuts. He asked if you said it, and you throw the cover in his face, "
      .. "as if he had asked for it.",
    effects = { resentment = "+5", intimacy = "-10" },
    clear = { "gossiped", "stopped_cover" },
    next = { { when = "said_team_delay and took_calls", "joy-rings-gwen" }, "hospital-call" },
  },
}

-- ---------------------------------------------------------------- the emergency

scene "hospital-call" {
  place = "office",
  "Wednesday, two o’clock. Kofi’s phone rings. He listens, and the colour "
  .. "leaves his face.",
  "“It’s Mum,” he says. “She fell in the kitchen. The neighbour found her. "
  .. "The ambulance is taking her to St Mary’s now.” His hands are shaking. His "
  .. "sister Efua works across the city.",
  "“I have to go. The Baker Brothers call is at three. The notes are on my "
  .. "desk. Can you take it? Just today?”",
  "He came in on his bike this morning. He is in no state to ride it.",
  discuss = "Kofi asks Mei to take a call. How is this different from the "
    .. "nine o’clock call weeks ago?",
  notes = "The same act as in the-nine-am-call, and here it is support: a "
    .. "true emergency, he asked, and it is for one day. An ambulance is "
    .. "already with his mother. The only safety step left is Kofi himself, "
    .. "who should not ride his bike like this.",
  support {
    "“Of course. Go. I’ll take the three o’clock and tell them it’s a "
    .. "family emergency.” Pick up his notes, and call him a taxi.",
    because = "He asked, and this is a real emergency. Taking one call today is "
      .. "help, not rescue, and a taxi keeps him off the bike. It costs you "
      .. "your afternoon.",
    effects = { intimacy = "+10", resentment = "+5", growth = "+5" },
    set = "emergency_help",
    clear = { "said_team_delay", "took_calls" },
    next = "kofi-back",
  },
  rescue {
    "“Of course. Go. Don’t think about work till your mum’s home.” Pick up "
    .. "his notes and his sheet, and call him a taxi.",
    because = "In the moment it feels like love, and he is grateful now. But he "
      .. "asked for one call, today. Telling him to drop work, and taking his "
      .. "sheet too, decides his whole week for him.",
    effects = { intimacy = "+5", growth = "-5" },
    set = "emergency_help",
    later = {
      after = 1,
      effects = { resentment = "+10" },
      says = "Kofi’s week became yours. When he came back, Gwen talked to you "
        .. "about his work, not to him.",
    },
    clear = { "said_team_delay", "took_calls" },
    next = "kofi-back",
  },
  rescue {
    "His hands shake too hard to dial. Take his phone, ring Efua for him, and "
    .. "tell her St Mary’s. Then get him a taxi.",
    because = "This is doing it for him, and here it is right. He can’t hold "
      .. "the phone still, and his mum is on her way to hospital. For ten "
      .. "minutes, acting for him is safety. The three o’clock call is still "
      .. "his ask, and it slips.",
    effects = { intimacy = "+10", growth = "+5" },
    later = {
      after = 1,
      effects = { resentment = "+5" },
      says = "Nobody took the three o’clock call. Joy rang Gwen, cross. Kofi "
        .. "had asked you, and it fell through the gap.",
    },
    clear = { "said_team_delay", "took_calls" },
    next = "kofi-back",
  },
  hurtful {
    "“Efua might be better, Kofi. She’s family, and I’ve got my own work at "
    .. "three. Ring her, and let me know.”",
    because = "It sounds thoughtful, and you are stretched thin. But his "
      .. "mother is in an ambulance, and he asked you for one call. This "
      .. "was a time to help, and he will not forget it.",
    effects = { resentment = "+5", intimacy = "-10" },
    later = {
      after = 1,
      effects = { intimacy = "-5" },
      says = "Kofi went in a taxi that Tariq called. He did not ask you for "
        .. "anything again for a long time.",
    },
    clear = { "said_team_delay", "took_calls" },
    next = "kofi-back",
  },
}

scene "kofi-back" {
  place = "office",
  "A week later, Kofi is back at work. His mum broke her wrist. She is home "
  .. "now, and a carer comes in each morning.",
  { when = "emergency_help",
    "He stops by your desk. “Thank you for that day,” he says. “Really.”" },
  "Then he says, “Could you keep doing the supplier part for a bit? Just "
  .. "until Mum’s cast is off. Six weeks. I’ll make it up to you.”",
  "It is a clear ask. He is able to do the work. He is asking you to carry "
  .. "it, not to show him. It is also six more weeks of your Thursday nights.",
  discuss = "Kofi asked this time. Can help that is asked for still be a "
    .. "rescue?",
  notes = "Many rooms say yes is fine because he asked. Ask what he can do "
    .. "himself, who else could decide this, and what six weeks of Thursdays "
    .. "will cost Mei.",
  rescue {
    "Pull up the supplier screen, and do the first supplier for him, slowly, "
    .. "while he writes it down.",
    because = "It looks like showing him, and he is glad now. But he can do "
      .. "the work, and he asked you to carry it, not to teach him. The first "
      .. "supplier is the first of six weeks of Thursdays, and the people who "
      .. "could change his hours never hear about it. Later six weeks is a "
      .. "long time.",
    effects = { intimacy = "+5", resentment = "-5" },
    later = {
      after = 1,
      effects = { resentment = "+10", growth = "-5" },
      says = "Week seven. The cast was off, and the sheet was still yours. "
        .. "“Just one more week,” Kofi said.",
    },
    clear = "emergency_help",
    next = "going-to-gwen",
  },
  support {
    "Print Fernhill’s page on changed hours for carers, and put it on his "
    .. "keyboard.",
    because = "It is not a yes to six weeks. You point him once to the person "
      .. "who can change his week, Gwen, and the asking stays his. He is let "
      .. "down now.",
    effects = { intimacy = "-5", growth = "+10" },
    clear = "emergency_help",
    next = "going-to-gwen",
  },
  it_depends {
    "“Let’s go and tell Gwen. I can take the two biggest suppliers while the "
    .. "cast is on.”",
    because = "Out in the open, with the end date he gave you, it helps him "
      .. "through a hard patch. If Gwen isn’t told, or the end date slips, it turns into a "
      .. "rescue.",
    effects = { growth = "+5", resentment = "+5" },
    clear = "emergency_help",
    next = "going-to-gwen",
  },
  boundary {
    "“I’m so glad she’s home.” Next morning, bring him a coffee and sit with "
    .. "him for the first supplier.",
    because = "He asked you to take his part for six weeks. You give him a "
      .. "coffee and ten minutes instead, and the part stays his: he can do "
      .. "the work. He goes "
      .. "quiet now, and it stings to say no to him this week. It leaves the "
      .. "real answer with him and Gwen.",
    effects = { intimacy = "-10", resentment = "-5" },
    later = {
      after = 1,
      effects = { growth = "+5", intimacy = "+5" },
      says = "That night Kofi printed Fernhill’s rules on changed hours. He "
        .. "read them twice.",
    },
    clear = "emergency_help",
    next = "going-to-gwen",
  },
}

scene "going-to-gwen" {
  place = "office",
  "Thursday. Kofi comes to your desk with a printed page: Fernhill’s rules on "
  .. "changed hours for people who care for family.",
  "“I’m going to ask Gwen to let me start at ten, and hand my sheet in on "
  .. "Thursday nights instead of Friday mornings,” he says. He swallows. “Will "
  .. "you come in with me? Or could you just tell her? She listens to you.”",
  rescue {
    "“Let’s go and tell Gwen. I can take the two biggest suppliers while the "
    .. "cast is on.”",
    because = "It sounds generous, and he looks relieved now. But he came with "
      .. "his own plan: a ten o’clock start, and his sheet on Thursday nights. "
      .. "Your offer goes on top of it, yet the ask is his, and it matters "
      .. "that he makes it in his own name. With your offer as his case, Gwen will "
      .. "hear you, not him.",
    effects = { intimacy = "+5", growth = "-10" },
    later = {
      after = 1,
      effects = { resentment = "+5" },
      says = "Gwen said yes, and then asked you how Kofi was getting on. And "
        .. "the next week, and the next.",
    },
    next = "team-meeting",
  },
  support {
    "“Of course I’ll come in with you. I’ll sit right beside you the whole "
    .. "time.”",
    because = "He asked you to come in with him, and being there is support. "
      .. "He has his page and his plan, so the words, and the ask, stay his. It takes twenty minutes of your day.",
    effects = { growth = "+10", intimacy = "+5" },
    set = "kofi_asked_gwen",
    next = "team-meeting",
  },
  boundary {
    "Walk him to Gwen’s door, and squeeze his arm. “I’ll be at my desk. "
    .. "Come and tell me all of it.”",
    because = "He asked you to come in, or to tell her for him. You walk him "
      .. "to the door and stop there: a kind limit. He is nervous now. But he "
      .. "has his page and his plan, he can do this, and he does.",
    effects = { intimacy = "-5", growth = "+10" },
    set = "kofi_asked_gwen",
    later = {
      after = 1,
      effects = { intimacy = "+5" },
      says = "Kofi came out of Gwen’s room grinning. “She said yes,” he said. "
        .. "“I did it.”",
    },
    next = "team-meeting",
  },
  hurtful {
    "“I’m so proud of you. I only wish you’d done it in March, for your own "
    .. "sake. And mine.”",
    because = "You have carried a lot, and the hurt is real. But the sting "
      .. "in it punishes him for doing the right thing, on the day he does "
      .. "it.",
    effects = { resentment = "+5", intimacy = "-10" },
    next = "team-meeting",
  },
}

-- ---------------------------------------------------------------- the team

scene "team-meeting" {
  place = "meeting-room",
  "Monday. Gwen calls the team together. She has a new plan on the screen.",
  "“From now on, every part of the Friday report has a name on it,” she says. "
  .. "“If your part will be late, you tell me by Thursday noon. Not someone "
  .. "else. You.”",
  { when = "kofi_asked_gwen",
    "Kofi’s part now says: due Thursday, 6 p.m. He asked for that himself." },
  { when = "cover_out",
    "Tariq glances at you. He knows about Joy’s email." },
  "Tariq says, “So who was covering, before?” The room goes quiet. Kofi looks "
  .. "at the table. You were the one covering, and he knows it.",
  discuss = "Tariq asks who was covering. What does the team need to hear, and "
    .. "from whom?",
  rescue {
    "“It’s been a long spring for all of us, Tariq. What would help the "
    .. "report most from here?”",
    because = "It sounds fair, and it smooths the room now. But you were the "
      .. "one covering, and the team knows someone was. Later they trust the new plan a little less.",
    effects = { resentment = "-5", intimacy = "-5" },
    later = {
      after = 1,
      effects = { intimacy = "-5" },
      says = "Beatriz told you later that she still wasn’t sure who did what. "
        .. "She kept checking everyone’s parts, just in case.",
    },
    next = "your-own-call",
  },
  support {
    "“I was, and I’m sorry. I did some of the supplier part at night, "
    .. "quietly. That was my mistake, and it has stopped.”",
    because = "You name your own part, and only yours. Kofi’s face burns now, "
      .. "and the room is awkward. Later the team can trust what it sees.",
    effects = { intimacy = "-5", growth = "+5" },
    later = {
      after = 1,
      effects = { intimacy = "+10" },
      says = "After the meeting Tariq said, “Thanks for being straight.” Kofi "
        .. "said the same, later, more quietly.",
    },
    next = "your-own-call",
  },
  rescue {
    "“Go easy, Tariq. Kofi’s had a lot on at home this spring, and we all "
    .. "pitched in.”",
    because = "It sounds like you are standing up for him. But you hinted at "
      .. "his family news for him, in front of everyone, and “we all” hides who "
      .. "was covering. It was his to share or keep.",
    effects = { intimacy = "+5", growth = "-5" },
    later = {
      after = 1,
      effects = { intimacy = "-10" },
      says = "Kofi was polite to you for a week. Too polite. “I would have "
        .. "told them myself,” he said at last.",
    },
    next = "your-own-call",
  },
  neutral {
    "Pour Kofi a glass of water, and push the biscuit plate his way.",
    because = "Water and a biscuit are not rescuing, and it is not your question to "
      .. "answer. But the silence sits there, and everyone fills it in their "
      .. "own way.",
    next = "your-own-call",
  },
}

scene "your-own-call" {
  "That evening your shoulders ache. You have had a headache most afternoons "
  .. "this month.",
  "The poster by the lifts is for you too. The staff helpline is free for "
  .. "everyone who works at Fernhill.",
  "Then a text from Kofi: “Mum has the fracture clinic at nine tomorrow. "
  .. "Gwen knows, and says go. Could you take my Baker Brothers call? Just "
  .. "this once.”",
  self_care {
    "Ring the staff helpline tonight. Tell them about Kofi’s sheet, and the "
    .. "nights you keep doing it for him.",
    because = "The call is about you: why you keep doing his work. Getting "
      .. "support for yourself is not weak. Someone outside the "
      .. "pattern can help you see it. The first call is awkward now.",
    effects = { resentment = "-5", growth = "+5" },
    later = {
      after = 1,
      effects = { resentment = "-5", growth = "+5" },
      says = "The counsellor asked, “What would happen if you did less?” You "
        .. "had no answer. You are still thinking about it.",
    },
    next = "friday-again",
  },
  it_depends {
    "Reply: “Poor Abena. Send me the notes, and go and see to her.”",
    because = "He asked once, in the open: Gwen knows, and it is a clinic "
      .. "visit, not a late start. One call like this can help. If his calls "
      .. "start coming to you every week, or behind Gwen’s back, it turns into "
      .. "a rescue. And your aches still wait for a call of their own.",
    effects = { intimacy = "+5" },
    later = {
      after = 1,
      effects = { resentment = "+5" },
      says = "The Baker Brothers call went fine, and Kofi said thanks. That "
        .. "night your head ached again, and the helpline number was still in "
        .. "your pocket.",
    },
    next = "friday-again",
  },
  self_care {
    "Book the weekend at the coast that Jonas keeps sending you links to, "
    .. "as a surprise for him. Leave the laptop at the office that Friday.",
    because = "It looks like a gift to Jonas, and it is one. But the aches "
      .. "are yours. Rest is care too. Booking something for the two of you "
      .. "says your life counts, not just the team’s.",
    effects = { resentment = "-5", intimacy = "+5" },
    next = "friday-again",
  },
  neutral {
    "Make Jonas his favourite cheese on toast, and watch two episodes of his "
    .. "cooking show with him.",
    because = "A quiet night is fine. The aches are still there in the "
      .. "morning, and so is the question.",
    effects = { resentment = "+5" },
    next = "friday-again",
  },
}

scene "friday-again" {
  place = "office",
  "Friday, eleven o’clock. The report goes out at noon.",
  { when = "kofi_asked_gwen",
    "Kofi’s sheet came in at six last night, as agreed. One supplier is "
    .. "missing. He has marked it himself: waiting on Baker Brothers." },
  { when = "not kofi_asked_gwen",
    "Kofi’s sheet is missing two suppliers. He is on the phone to Baker "
    .. "Brothers, his voice low." },
  "Gwen walks past. “Everything on track?” she asks the room. She is looking "
  .. "at Kofi.",
  "Gwen did not ask you. Kofi can answer her himself.",
  "You know the answer. You could say it first.",
  rescue {
    "“One minute, Gwen.” Walk over, tap Kofi on the shoulder, and bring him "
    .. "back to Gwen’s side yourself.",
    because = "It looks like handing the question back, and Gwen gets her "
      .. "answer now. But she asked the room, and she was already looking at "
      .. "Kofi. He can answer without you. When Gwen asks you about his part, "
      .. "fetching him hands it back. Here nobody asked you, and his report "
      .. "becomes your job.",
    effects = { resentment = "-5", growth = "-5" },
    later = {
      after = 1,
      effects = { resentment = "+5" },
      says = "The next Friday Gwen asked you where Kofi was up to. You went "
        .. "and got him again.",
    },
    next = "the-review",
  },
  support {
    "Go on typing your sales notes. Your own figures are due at noon too.",
    because = "Silence is hard now, and it feels rude. But the question was to "
      .. "the room, Gwen was looking at Kofi, and his part is his to report.",
    effects = { growth = "+5" },
    next = "the-review",
  },
  it_depends {
    "Catch Kofi’s eye and raise your eyebrows: need anything? Then wait for "
    .. "him to say.",
    because = "If he says what he needs, and you give just that, it helps. If "
      .. "you jump in at his first sigh, it turns into a rescue.",
    effects = { intimacy = "+5" },
    next = "the-review",
  },
  hurtful {
    "Smile at Kofi. “Look at you. On track for once.”",
    because = "It sounds like praise, and you may mean it as a joke. But it is "
      .. "a small jab. It keeps score out loud, and it tells him you are still "
      .. "counting.",
    effects = { resentment = "+5", intimacy = "-5" },
    next = "the-review",
  },
}

scene "the-review" {
  place = "meeting-room",
  "Three months later. It is the team’s review day. Gwen asks each of you to "
  .. "name one thing that changed for you this year.",
  { when = "kofi_asked_gwen",
    "Kofi starts at ten now. His sheet has been on time for eight weeks." },
  { when = "not kofi_asked_gwen",
    "Kofi’s sheet is still late now and then. Somebody always fills the gap." },
  { when = "cover_out",
    "Gwen has not asked you about Kofi’s work since Joy’s email." },
  "It is your turn. Everyone looks at you.",
  discuss = "What has covering cost Mei, Kofi and the team? What has it given "
    .. "them?",
  support {
    "“I stopped doing other people’s parts in secret. I help when someone asks "
    .. "me, in work hours, and I say so.”",
    because = "You name what you changed, plainly. Help that is asked for and "
      .. "seen by all is help, not a cover.",
    effects = { growth = "+5" },
    next = {
      { when = "cover_out", "the-cover-slips" },
      { when = "resentment >= 50", "holding-it-all" },
      { when = "kofi_asked_gwen and not cover_out and resentment <= 35 and growth >= 50", "beside-not-behind" },
      { when = "growth >= 75 and resentment <= 25", "beside-not-behind" },
      "names-on-the-work",
    },
  },
  rescue {
    "“I found out how much I can carry. If anyone’s behind, they know where "
    .. "my desk is.”",
    because = "It sounds generous, and Gwen smiles. But it is a promise to carry "
      .. "everyone, always. It keeps the team from owning its own parts.",
    effects = { resentment = "+5", growth = "-5" },
    next = {
      { when = "cover_out", "the-cover-slips" },
      { when = "resentment >= 45", "holding-it-all" },
      "names-on-the-work",
    },
  },
  self_care {
    "“I leave at five on Thursdays now, and the report still goes out. That "
    .. "is new for me. I didn’t think it could.”",
    because = "Your own life is part of the change. Saying it out loud makes "
      .. "room for others to do the same.",
    effects = { resentment = "-5" },
    next = {
      { when = "cover_out", "the-cover-slips" },
      { when = "resentment >= 50", "holding-it-all" },
      { when = "kofi_asked_gwen and not cover_out and resentment <= 35 and growth >= 50", "beside-not-behind" },
      { when = "growth >= 75 and resentment <= 25", "beside-not-behind" },
      "names-on-the-work",
    },
  },
}

-- ---------------------------------------------------------------- endings

ending "the-cover-slips" {
  place = "meeting-room",
  title = "The cover slips",
  "After the review, Gwen asks you to stay behind. Since Joy’s email, she has "
  .. "read the call logs and the time stamps on the shared folder.",
  "“You told me it was the system,” she says. “It was never the system, was "
  .. "it?” She is not shouting. That is worse.",
  { when = "not kofi_asked_gwen",
    "Kofi gets a written warning for the missed orders. He never asked Gwen "
    .. "for changed hours. He didn’t know he could, and nobody let him find "
    .. "out." },
  { when = "kofi_asked_gwen",
    "Kofi has his new hours, and he is doing well. But Gwen talks to him "
    .. "directly now, and she double-checks everything you tell her." },
  "Tariq and Beatriz are polite to you. They check your numbers now.",
  lens = {
    goal = "To keep Kofi out of trouble, and to keep the team calm.",
    behaviours = "A white lie to Gwen, then another. Taking his calls with a "
      .. "story ready. Doing his part where no one could see.",
    thoughts = "“It’s only for now.” “If Gwen finds out, he’ll lose his job.”",
    emotions = "Loyal, then anxious, then trapped inside a story you had to "
      .. "keep up.",
    underlying = "Each cover kept Kofi from the help he could have asked for, "
      .. "and it spent the team’s trust in you. A secret fix costs most when "
      .. "it comes out.",
  },
  practice = "This week, when you are tempted to explain someone else’s "
    .. "mistake for them, stop. Say, “That’s theirs to tell,” and let them "
    .. "tell it.",
  reflect = "When has a small white lie for someone else grown bigger than "
    .. "you meant? What would the truth have cost, then and now?",
}

ending "holding-it-all" {
  place = "office",
  title = "Holding it all",
  "The report goes out every Friday at noon. It always has. Gwen thinks the "
  .. "team is doing fine.",
  "You know better. The gaps in Kofi’s sheet, the calls, the odd jobs no one "
  .. "else picks up: they all end up on your laptop on Thursday nights.",
  { when = "not kofi_asked_gwen",
    "Kofi still isn’t sleeping well. He never asked for different hours, "
    .. "because he never had to." },
  { when = "kofi_asked_gwen",
    "Kofi has his new hours now. You still check his sheet every Thursday "
    .. "night, just in case." },
  "Jonas has stopped buying concert tickets. You keep a list in your head of "
  .. "everything you did that no one saw. It is a long list.",
  lens = {
    goal = "For the work to get done, and for no one to be in trouble.",
    behaviours = "Finishing his sheet at night, taking his calls, smoothing "
      .. "things over with the team and the manager.",
    thoughts = "“If I don’t do it, it won’t get done.” “It’s easier if I "
      .. "just do it.”",
    emotions = "Useful at first. Then tired. Now tired and resentful, and "
      .. "unseen.",
    underlying = "You were working harder on Kofi’s job than he could. Your "
      .. "cover hid the problem from the people who could fix it, and it wore "
      .. "you thin.",
  },
  practice = "Pick one evening this week that is yours. Leave work at the "
    .. "time you are paid to leave, whatever is left in the folder.",
  reflect = "Whose work is on your desk right now that is not yours? What "
    .. "would happen if you handed it back?",
}

ending "names-on-the-work" {
  place = "office",
  title = "Names on the work",
  "The new plan holds, mostly. Every part of the report has a name on it, and "
  .. "most Fridays it goes out on time.",
  { when = "kofi_asked_gwen",
    "Kofi starts at ten and hands in his sheet on Thursday nights. He asked "
    .. "for it himself, and it works." },
  { when = "not kofi_asked_gwen",
    "Kofi’s sheet is better, but still late some weeks. You still feel the pull "
    .. "to open it." },
  "Some weeks you catch yourself reaching for his sheet, and stop. Some weeks "
  .. "you don’t. But you can feel the line now.",
  lens = {
    goal = "To help Kofi and the team, and to stop covering in secret. Part of "
      .. "you still wants to keep everyone safe.",
    behaviours = "Sometimes you hand his work back and point him to help. "
      .. "Sometimes you still cover, and notice after.",
    thoughts = "“This one is his.” And also: “But what if he drops it?”",
    emotions = "Worry, and relief when you hold back. Tired some weeks, and "
      .. "a flash of resentment that tells you to step back.",
    underlying = "The urge to cover is strong, and it was rewarded for a long "
      .. "time. Seeing it is where change starts.",
  },
  practice = "Once a day this week, before you help a colleague, ask: “Is this "
    .. "mine or theirs?” If it is theirs, ask what they need.",
  reflect = "Which was hardest to hand back: Kofi’s sheet, his calls, or his "
    .. "story? Why that one?",
}

ending "beside-not-behind" {
  place = "office",
  title = "Beside him, not behind him",
  "Kofi starts at ten now. His sheet comes in on Thursday nights, in his own "
  .. "words, with his own notes for the shops.",
  "He is sleeping a little better. His mum is out of her cast and back in "
  .. "her garden.",
  "Last week Beatriz asked him, not you, how the supplier screen works. He "
  .. "pulled up a chair and handed her the mouse.",
  "On Thursdays you leave at five. Jonas has tickets for Saturday.",
  lens = {
    goal = "To help Kofi in the ways he asked, and to let him handle the rest.",
    behaviours = "You gave the help he asked for, in work hours. You said "
      .. "once where help was, and you let him ask Gwen himself.",
    thoughts = "“This is his job and his life. I can care a lot and still "
      .. "hand it back.”",
    emotions = "Worried some weeks. Uneasy when his sheet was late. But not "
      .. "bitter, and not keeping score.",
    underlying = "You were clear about what was yours and what was his. The "
      .. "help you gave was seen, asked for, and given by choice.",
  },
  practice = "This week, when a colleague is behind, ask: “What do you need?” "
    .. "Give that, in work hours, and let them tell the manager themselves.",
  reflect = "When did stepping back at work help someone more than stepping in "
    .. "would have? What did it cost you to wait?",
}
