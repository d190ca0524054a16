-- The caretaker and the taker: a couple who see the pattern together.
-- Ana and Joel have been together six years. Ana runs everything: the bills,
-- his mum, his shirts, even his moods. Joel has got used to it. When Ana is
-- ill for a week, they both see it. The story follows them as they try to
-- change: owning it together, boundaries, a life of her own, sharing the
-- load, honest talk and a counselor. Then, after real progress, Joel loses
-- his job and the old roles come back. Healing does not have to mean
-- breaking up, and it is not a straight line. You play Ana, the caretaker.
--
-- Flags, and where they matter:
--   brushed_off   joel-says-it: Ana soothed Joel’s guilt; how the-list opens;
--                 cleared there
--   shared_load   the-list: Joel took real jobs; opens the-renewal after
--                 his-mum-calls, and a line in good-month; cleared there
--   own_life      Ana kept something of her own (choir, a party, pottery,
--                 her own counselor); lines in good-month and the endings
--   booked_it     counselor-idea: Ana booked the counselor for both; a line
--                 in first-session; cleared there
--   had_help      they saw a counselor, together or Ana alone; a line in
--                 back-to-help; cleared there
--   went_back     back-to-help: they went back for help after the setback;
--                 a line in the endings; with own_life, it opens two-of-us
--                 (a pattern of choices, not only the meters)
--
-- Some scenes make a concrete task support (Joel asks to be shown the bills
-- once, asks for a lift while his car is uninsured, asks Ana to check one
-- tax form, to cook for a bit after the layoff, to pass his CV to her
-- friend), and some rescues do no task at all (taking the blame, talking
-- him out of his hurt, a promise that he will land on his feet). The same
-- act (sitting in on his call, a call made for him, cooking) is support in
-- one scene and rescue in another; the scene says which.
--
-- Same act, different kind (pass 12, twins: each pair has the same words,
-- and the moment decides):
--   the-bill (it_depends) / the-renewal (rescue): "Pull out the chair next
--     to him, and sit with him while he rings them." His first bill, where
--     quiet company may be what he wants; after his slip, when he said he
--     will ring on his own, asked only for a lift, and you sit in to check.
--   the-list (it_depends) / good-month (rescue): "Offer to write him a
--     short how-to sheet." When he first takes the jobs; after he has paid
--     the bills on time with no help and asked about one form only.
--   the-bill (rescue) / back-to-help (support): "Ring them first thing
--     tomorrow. Then tell him it's done." He said he would ring himself;
--     he asks you to book, as he can't face the phone this week.
--   old-roles (rescue) / job-hunt (it_depends): "Offer to do a practice
--     interview with him." He has no interview and has not asked, and you
--     already wrote his letter; he is applying and may want to practise.
--   cold-morning (rescue) / cold-week (it_depends): "Cook dinner for two
--     tonight." A nice dinner so nobody mentions last night; after a cold
--     week, a meal that can open the talk.
--   joel-mood (rescue) / laid-off (support): "Make his favorite soup
--     tonight, and sit with him while he eats it." He never asked you to
--     stay, and it would be the third choir night; he asked for the
--     cooking, and only that.
--
-- Meter changes are all steps of 5, and flags are cleared once no later
-- scene reads them, so paths that meet in the same place merge. That keeps
-- the story small enough for `beside check` and `beside explore` to play
-- every path.

scenario {
  id = "the-caretaker-and-the-taker",
  title = "The Caretaker and the Taker",
  teaser = "Ana does everything for Joel. One week she is too ill to, and "
    .. "they both see it. Now what?",
  you_play = "Ana",
  people = { joel = { name = "Joel", main = true }, bea = "Bea" },
  minutes = 20,
  content_notes = {
    "illness",
    "losing a job",
    "a couple arguing",
    "stress at work",
  },
  meters = { resentment = 25, growth = 30, intimacy = 45 },
  start = "sick-week",
}

-- ---------------------------------------------------------------- seeing it

scene "sick-week" {
  place = "bedroom",
  "You have the flu. For three days you have been in bed with a fever. It is "
  .. "the first time in years that you have not run the house.",
  "Your phone buzzes on the pillow. It is Joel, at the store. “Which milk do "
  .. "we get?” Then: “Where do we keep the trash bags?” Then: “What’s my card "
  .. "number for the online thing?”",
  "Six years together, and he has never had to know. You have always known "
  .. "for him.",
  "He has a phone that can look things up, and his card is in his own "
  .. "wallet. This is the fourth text in ten minutes.",
  discuss = "Why might Joel not know these things? Whose job did they "
    .. "become, and how?",
  notes = "Nobody planned this. Caretaking grows a little at a time, and "
    .. "both people get used to it. Ask the group to notice that before "
    .. "anyone picks a side.",
  support {
    "Text back: “Any milk is fine.” Then put the phone face "
    .. "down on the pillow.",
    because = "It feels cold now to leave him with the rest, and he may be "
      .. "hurt. But he can look the rest up, and his card is in his own "
      .. "wallet. He is a grown man. Later, trusting him pays off.",
    effects = { intimacy = "-5" },
    later = {
      after = 2,
      effects = { growth = "+5", intimacy = "+10" },
      says = "Joel came home with the wrong milk and the right bags. He looked "
        .. "quite pleased with himself.",
    },
    next = "the-bill",
  },
  rescue {
    "Text back: “Smart to ask. Text any time you’re not sure.”",
    because = "It sounds kind, and it cheers him on. But he can find all of "
      .. "this himself, and you are ill. It tells him the answers live in your "
      .. "head, not his. Now it is your job to be asked, even from a sickbed.",
    effects = { intimacy = "+5" },
    later = {
      after = 2,
      effects = { resentment = "+5", growth = "-5" },
      says = "The next time you had a cold, Joel asked on day one, “Did you "
        .. "leave the list?”",
    },
    next = "the-bill",
  },
  self_care {
    "Text back a heart and “Love you.” Then turn "
    .. "the phone over on the pillow.",
    because = "It reads like a sweet reply. It is also you resting: you answer "
      .. "none of the questions. You are ill, and rest is your job right "
      .. "now. He may feel a bit alone tonight. That is not the same as "
      .. "letting him down.",
    effects = { resentment = "-5" },
    later = {
      after = 1,
      effects = { intimacy = "-5" },
      says = "Joel said it felt lonely not to hear back. You said you were ill. "
        .. "He nodded, slowly, and made you tea.",
    },
    next = "the-bill",
  },
  rescue {
    "Text back: “Blue milk. Bags under the sink. Anything else, just ask.” "
    .. "Add a heart.",
    because = "It is quick and kind, and you both feel better tonight. But "
      .. "the scene says he can look it all up, and you have a fever. “Just "
      .. "ask” keeps you running the house from your sickbed, and he learns "
      .. "he never needs to know.",
    effects = { resentment = "-5", intimacy = "+5" },
    later = {
      after = 2,
      effects = { resentment = "+10", growth = "-5" },
      says = "Joel sent eleven more questions that week. You answered every "
        .. "one, with a fever.",
    },
    next = "the-bill",
  },
}

scene "the-bill" {
  place = "kitchen",
  "On Friday you feel human again. You come downstairs to find Joel at the "
  .. "kitchen table with a red letter in his hand.",
  "It is the power bill. It is late, and there is a fee. “I didn’t even know "
  .. "where the bills were,” he says. “You always just do them.” Then: “I’m "
  .. "going to ring them myself and ask them to drop the fee.”",
  "He looks embarrassed. Then he looks at you, as if he is seeing something "
  .. "for the first time.",
  it_depends {
    "Pull out the chair next to him, and sit with him while he rings "
    .. "them.",
    because = "If he wants you there and you stay quiet, it helps. If you end "
      .. "up talking for him, it turns into a rescue.",
    effects = { growth = "+5" },
    later = {
      after = 1,
      effects = { growth = "+5" },
      says = "The next month Joel called the water company on his own. You "
        .. "were out.",
    },
    next = "joel-says-it",
  },
  rescue {
    "Ring them first thing tomorrow. Then tell him it’s done.",
    because = "It spares him an awkward call, and it feels like care. But he "
      .. "just said he will ring them himself. When he asks you to make a call "
      .. "he can’t face, it is help. This one he wanted to make. Just as he "
      .. "steps in, you step in first.",
    effects = { resentment = "-5", intimacy = "+5" },
    later = {
      after = 2,
      effects = { resentment = "+10" },
      says = "You got the fee dropped and paid the rest. Joel said thanks and "
        .. "went back to his game.",
    },
    next = "joel-says-it",
  },
  neutral {
    "Pour him a coffee too. “Poor you. Let’s plan something nice for "
    .. "the weekend, to make up for it.”",
    because = "It sounds kind, and it eases the moment. But he just said he "
      .. "will ring them himself, and you move past it. It neither helps "
      .. "nor hinders, and no real talk opens.",
    next = "joel-says-it",
  },
  support {
    "Leave the letter where it is. “The number is on the back. The bills live "
    .. "in the blue folder.”",
    because = "It may feel blunt, and he looks stung. But you give him what he "
      .. "needs to do it himself. He gets to be a full partner in your home.",
    effects = { growth = "+5", intimacy = "-5" },
    later = {
      after = 2,
      effects = { growth = "+5" },
      says = "Joel read the whole blue folder that weekend. He asked two good "
        .. "questions.",
    },
    next = "joel-says-it",
  },
}

scene "joel-says-it" {
  place = "kitchen",
  "That night, Joel is quiet at dinner. Then he puts his fork down.",
  "“I think I’ve let you do everything,” he says. “The bills. My mom. My "
  .. "shirts. Even how I feel. And I think maybe part of you likes it that "
  .. "way?”",
  "It lands like a slap. Then it lands like the truth. Your face goes hot.",
  discuss = "Joel names the pattern first. What makes it hard to hear? What "
    .. "would it take for both of them to own their part?",
  notes = "Healing starts when both people look at the pattern honestly and "
    .. "own their part, without blame. Some call the two roles the caretaker "
    .. "and the taker. Neither one is the bad guy, and both roles are "
    .. "learned. Ask the group what Ana’s part is, and what Joel’s is.",
  hurtful {
    "“I do it because I love you, Joel. If I didn’t, nothing in this "
    .. "house would ever get done.”",
    because = "It sounds like love. The hurt behind it is real. But it is "
      .. "blame: it turns a shared problem into a fight about who is "
      .. "worse. Now he can only defend himself.",
    effects = { resentment = "+5", intimacy = "-10" },
    later = {
      after = 1,
      effects = { growth = "-5" },
      says = "Joel didn’t bring up the pattern again for a long time. It felt "
        .. "safer not to.",
    },
    next = "cold-morning",
  },
  rescue {
    "Reach for his hand. “Maybe. You’ve had so much on at work. I honestly "
    .. "don’t mind doing it.”",
    because = "It sounds calm and fair, and it eases his guilt. But he just "
      .. "opened a door, and you gave him a reason to close it. It takes his "
      .. "part off him, and hides your own needs again.",
    effects = { intimacy = "+5" },
    set = "brushed_off",
    later = {
      after = 1,
      effects = { resentment = "+5", growth = "-5" },
      says = "All that week you both acted as if it was fine. It wasn’t. You "
        .. "were short with him, and you didn’t say why.",
    },
    next = "the-list",
  },
  support {
    "Put your fork down too. “Maybe I do. I think I do it so I feel "
    .. "needed.”",
    because = "It hurts to say, and the room goes quiet. But he asked you a "
      .. "straight question, and you own your part, without blame. When you both see the pattern, you can change it.",
    effects = { growth = "+5", intimacy = "-5" },
    later = {
      after = 2,
      effects = { intimacy = "+10" },
      says = "Joel brought it up again on his own. “Thanks for being straight "
        .. "with me,” he said. “It helps me be straight too.”",
    },
    next = "the-list",
  },
}

scene "cold-morning" {
  place = "kitchen",
  "Joel goes to bed early. You sit with the TV on and don’t watch it.",
  "In the morning he is up first. He has made coffee, just for himself. He "
  .. "says a short “Morning” and looks at his phone.",
  "The old pull kicks in. You want to fix his mood. Make his favorite "
  .. "breakfast. Say sorry for everything, so he will be okay again.",
  "You know what always works: a nice dinner, and nobody mentions last "
  .. "night.",
  support {
    "Pour your own coffee and sit across from him. “I said it badly last "
    .. "night, and I’m sorry for that. The part about doing it all, I meant.”",
    because = "He stays cool with you for now. But you own the blame in how "
      .. "you said it, you keep the true part, and the door stays open. That "
      .. "is honest talk with no blame.",
    effects = { growth = "+5", intimacy = "-5" },
    next = "the-list",
  },
  self_care {
    "Say you’ll pop out for bread, and take the long way round the park.",
    because = "It looks like a small chore. It is a walk for you, and the "
      .. "bread is not a peace gift. His mood is his to handle, and yours is "
      .. "yours. A walk lets you come back calmer, ready to talk.",
    effects = { resentment = "-5" },
    next = "the-list",
  },
  rescue {
    "Cook dinner for two tonight. Set the table, light the candle, and ask "
    .. "him to sit down with you.",
    because = "It feels like peace, and his face softens. After a hard week, a "
      .. "meal can open a real talk. But this morning it is the old pull: a "
      .. "nice dinner so he will be okay again, and nobody mentions last "
      .. "night. His mood is his to handle, and the true thing gets quietly "
      .. "dropped.",
    effects = { intimacy = "+5" },
    later = {
      after = 1,
      effects = { resentment = "+5", growth = "-5" },
      says = "It worked. Joel was sweet all evening. Nobody said a word about "
        .. "last night, and the talk about the list never happened.",
    },
    next = "the-list",
  },
}

scene "the-list" {
  place = "kitchen",
  { when = "brushed_off",
    "A week later, you find Joel at the table with a sheet of paper anyway. "
    .. "“I can’t stop thinking about what I said,” he says." },
  { when = "not brushed_off",
    "On Sunday you both sit at the kitchen table with a sheet of paper." },
  "You draw a line down the middle. Your side: bills, food, cleaning, the car, "
  .. "the cat, his mom’s birthday, his doctor, his shirts, the calendar. His "
  .. "side: the trash, and the lawn.",
  "Joel stares at it. “Wow,” he says quietly. Then: “I’ll take the bills, "
  .. "the car and my mom’s birthday. Could you show me the bills? Just once, "
  .. "side by side.”",
  "Your hand is still on the pen. You already know which jobs he will do badly.",
  discuss = "Why might it be hard for Ana to let go of some of the jobs on "
    .. "her side?",
  support {
    "“Deal. First of the month, we do them at this table. You do the "
    .. "clicking. I’ll sit beside you.”",
    because = "He picked the job, and he asked to be shown once. Showing him "
      .. "is not taking over. Sharing the load works best when you both decide.",
    effects = { growth = "+5" },
    set = "shared_load",
    clear = "brushed_off",
    next = "joel-mood",
  },
  it_depends {
    "Offer to write him a short how-to sheet for each job he takes on.",
    because = "If he asks for it, a sheet helps him learn fast. If you write "
      .. "it so the job gets done your way, it keeps you in charge.",
    effects = { intimacy = "+5" },
    later = {
      after = 1,
      effects = { resentment = "+5" },
      says = "You caught yourself checking the jobs against your sheets. Joel "
        .. "caught you too.",
    },
    clear = "brushed_off",
    next = "joel-mood",
  },
  boundary {
    "Take the pen. In your neatest hand, write three more jobs on his "
    .. "side: his doctor, his dentist, his shirts. Draw a small heart next "
    .. "to them.",
    because = "It looks like writing his list for him. You say kindly what "
      .. "you will stop doing. Those jobs were always his. He is stung "
      .. "now, and that is all right.",
    effects = { resentment = "-5", intimacy = "-5" },
    set = "shared_load",
    clear = "brushed_off",
    later = {
      after = 2,
      effects = { growth = "+5" },
      says = "Joel booked his own dentist visit. He told you about it like a "
        .. "small win. It was.",
    },
    next = "joel-mood",
  },
  rescue {
    "“That’s a lot at once. Why not start with the car, and see how you go?”",
    because = "It sounds sensible and gentle. But he picked his own jobs, and "
      .. "you cut them back for him. Keeping the bills keeps you in charge. It "
      .. "tells him you don’t trust him with the real things.",
    effects = { resentment = "-5", intimacy = "+5" },
    clear = "brushed_off",
    later = {
      after = 2,
      effects = { resentment = "+10", growth = "-5" },
      says = "Joel does the car now. Everything else on the list is still "
        .. "yours.",
    },
    next = "joel-mood",
  },
}

-- ---------------------------------------------------------------- changing

scene "joel-mood" {
  place = "doorway",
  "Thursday. Joel gets home from work with a face like thunder. His boss "
  .. "yelled at him in front of a client. He drops onto the couch.",
  "Tonight is choir. You haven’t been in four months. Your sister Bea texted "
  .. "this morning: “You coming?”",
  "He hasn’t asked you to stay. But last month you skipped choir for one of "
  .. "his bad days, and the month before that too.",
  "You can feel his bad mood sitting on your chest as if it were yours. You "
  .. "want to fix it. Cook his favorite. Stay in. Cheer him up.",
  discuss = "Is Joel’s bad mood Ana’s to fix? What is hers to do here?",
  notes = "This is emotional independence: each person handles their own "
    .. "feelings, with care from the other but not rescue. Some groups feel "
    .. "that going out is cold. Ask what Ana would be telling Joel, and "
    .. "herself, if she cancels again.",
  support {
    "Sit down beside him, your coat on your knee. “Tell me the worst of it. "
    .. "I leave at half seven, and I’m back by ten.”",
    because = "You care how he feels, and you show it. But you don’t cancel "
      .. "your life to manage his mood. He can wait, and he can cope.",
    effects = { growth = "+5" },
    set = "own_life",
    next = "choir-night",
  },
  rescue {
    "On your way out the door: “You’re the best one on that team, and "
    .. "everyone knows it.” Kiss him, and go.",
    because = "It is warm, and he smiles. But you talk him out of his hurt so "
      .. "you can leave with a light heart. His feeling gets fixed, not felt, "
      .. "and that makes it your job.",
    effects = { resentment = "-5" },
    set = "own_life",
    later = {
      after = 2,
      effects = { intimacy = "-5", growth = "-5" },
      says = "Joel never spoke about his boss again. A month later you found "
        .. "out it had happened twice more.",
    },
    next = "choir-night",
  },
  self_care {
    "Make him a cup of tea and kiss the top of his head. “That sounds "
    .. "awful. I want to hear all of it when I’m back at ten.” Grab your "
    .. "coat.",
    because = "The tea is kind, and you still go. He is hurt that you go, and "
      .. "the house feels cold tonight. But going is not leaving him. His "
      .. "feelings are his, and he can cope.",
    effects = { resentment = "-5", intimacy = "-5" },
    set = "own_life",
    later = {
      after = 2,
      effects = { intimacy = "+10" },
      says = "When you got home from choir, Joel had made tea for two. “I’m "
        .. "okay,” he said. “I’m glad you went.”",
    },
    next = "choir-night",
  },
  hurtful {
    "“Bosses yell, love. You’re tougher than this. Don’t let him wreck "
    .. "your whole night.” Grab your coat.",
    because = "It sounds like a pep talk. You leave, which is fine. But "
      .. "brushing off his hurt on the way out tells him his feelings are "
      .. "a nuisance.",
    effects = { intimacy = "-10" },
    later = {
      after = 1,
      effects = { resentment = "+5" },
      says = "You spent the first song feeling bad about what you said at the "
        .. "door.",
    },
    set = "own_life",
    next = "choir-night",
  },
  rescue {
    "Make his favorite soup tonight, and sit with him while he eats it.",
    because = "It looks like plain care, and he cheers up fast. A meal he "
      .. "asks for, on a day he can’t face cooking, is help. But he never "
      .. "asked you to stay, and this gives a third choir night to his mood. "
      .. "Cooking his favorite is the old pull. You take his mood on as your "
      .. "job.",
    effects = { intimacy = "+5", resentment = "-5" },
    later = {
      after = 2,
      effects = { resentment = "+15" },
      says = "Joel felt better by nine. You sat up until midnight feeling "
        .. "flat, and you couldn’t say why. Choir feels further away than ever.",
    },
    next = "his-mom-calls",
  },
}

scene "choir-night" {
  place = "meeting-room",
  "The church hall smells of old wood and coffee. Bea squeezes your arm. The "
  .. "first song starts, and you know every word.",
  "Halfway through, your phone buzzes. Then again. It is Joel. “When are you "
  .. "home?” “Is there any bread?”",
  "Your chest tightens. Maybe you should go. Maybe he needs you.",
  neutral {
    "Keep singing, but hold your phone in your hand between songs, in "
    .. "case he needs you.",
    because = "You are there, but only half. He asked about bread, nothing "
      .. "more. Part of you is still at home, holding his mood.",
    later = {
      after = 1,
      effects = { resentment = "+5" },
      says = "On the drive home you could not remember one song. Only the "
        .. "texts.",
    },
    next = "his-mom-calls",
  },
  self_care {
    "Text back: “Home by ten. Bread’s in the freezer.” Then hand your phone "
    .. "to Bea to keep in her bag, and sing.",
    because = "You answer kindly, then come back to your own evening. His "
      .. "night is his to manage. Yours is yours to enjoy.",
    effects = { resentment = "-5", growth = "+5" },
    next = "his-mom-calls",
  },
  rescue {
    "At the break, step outside and call him. Ask how his night is going, "
    .. "and really listen.",
    because = "It looks like care. But he asked about bread, not for help, "
      .. "and this night was meant to be yours. You handed your evening back "
      .. "to his mood.",
    effects = { intimacy = "+5", growth = "-5" },
    later = {
      after = 1,
      effects = { resentment = "+5" },
      says = "Joel talked about his boss until the break was over. He was "
        .. "fine. You went back in and could not find your place in the song.",
    },
    next = "his-mom-calls",
  },
}

scene "his-mom-calls" {
  "On Saturday morning your phone rings. It is Lorraine, Joel’s mom. She "
  .. "always calls you, never him.",
  "“Hello, love. Can you both come for lunch next Sunday? And can you remind "
  .. "Joel to get a gift for his cousin’s wedding? You know what he’s like.”",
  "You do know what he’s like. You have been his memory for six years. But "
  .. "since the night he named the pattern, Joel has said: “If Mom calls you "
  .. "about my stuff, send her to me.”",
  "Joel is out in the garden, cutting the hedge.",
  boundary {
    "“We’d love to come, Lorraine. Hang on, I’ll take you out to Joel.” Walk "
    .. "the phone out to the garden.",
    because = "Lorraine goes a bit cool; she wanted it sorted with you. But "
      .. "you say yes to lunch and hand the gift to Joel, as he asked: “send "
      .. "her to me.” His family is his to handle.",
    effects = { growth = "+5", intimacy = "-5" },
    later = {
      after = 2,
      effects = { resentment = "-5" },
      says = "Joel and his mom talked about the gift out in the garden, for "
        .. "an hour. You heard him laugh.",
    },
    next = { { when = "shared_load", "the-renewal" }, "joels-no" },
  },
  support {
    "“I’ll tell him you called.” Then tell Joel, and leave the gift and the "
    .. "call with him.",
    because = "You pass on that she called, and stop there. The gift stays "
      .. "his, as he asked. What he does with it is up to him.",
    effects = { growth = "+5" },
    next = { { when = "shared_load", "the-renewal" }, "joels-no" },
  },
  rescue {
    "Laugh. “I do know. Sunday’s lovely, and yes to the gift. Thanks, "
    .. "Lorraine.”",
    because = "It is the normal, friendly thing to say, and Lorraine is "
      .. "pleased. But Joel asked you to send his mom to him. Saying yes to "
      .. "the gift makes you his memory again, and the go-between for "
      .. "his own mother.",
    effects = { resentment = "-5", intimacy = "+5" },
    later = {
      after = 2,
      effects = { resentment = "+10" },
      says = "Lorraine now calls you about Christmas, the cousin’s baby and "
        .. "Joel’s birthday. All of it.",
    },
    next = { { when = "shared_load", "the-renewal" }, "joels-no" },
  },
}

scene "the-renewal" {
  place = "kitchen",
  "A week later, a letter comes for Joel. The car insurance has run out. He "
  .. "forgot to renew it. There is a fee, and the car can’t be driven until "
  .. "it is sorted.",
  "Joel goes pale. “I had a reminder on my phone,” he says. “I just missed it. "
  .. "I’ll ring them tonight, after dinner, on my own. I need to fix this "
  .. "one myself.”",
  "The car is his. Yours is fine. “Could you drop me at work tomorrow?” he "
  .. "asks. “Just till this is sorted.”",
  "A voice in your head says: this is why you should have kept it.",
  discuss = "Joel made a real mistake. Does that mean the job should go back "
    .. "to Ana?",
  rescue {
    "Pull out the chair next to him, and sit with him while he rings "
    .. "them.",
    because = "It looks like quiet company. But he said he will ring them on "
      .. "his own, and this time he only asked for a lift. You sit in to check his "
      .. "work: the voice in your head wants the job back. It tells him one "
      .. "slip means he needs watching.",
    effects = { resentment = "-5", intimacy = "+5" },
    clear = "shared_load",
    later = {
      after = 2,
      effects = { resentment = "+5", growth = "-5" },
      says = "By the second question, you were the one talking to the "
        .. "insurer. Joel hasn’t touched the car papers since. “You’re better "
        .. "at it,” he says.",
    },
    next = "joels-no",
  },
  support {
    "“Sure. I’ll drop you at half seven. Be by the door with your coffee.”",
    because = "He can’t drive his car until it is insured, and he asked for a "
      .. "lift, not a fix. Giving the lift is support. The insurance, the fee "
      .. "and the calls stay his.",
    effects = { intimacy = "+5" },
    later = {
      after = 2,
      effects = { growth = "+5" },
      says = "In the car on the second morning, Joel read out the new policy "
        .. "number. He had sorted it the night before.",
    },
    next = "joels-no",
  },
  support {
    "Open the bus app and hold it out to him. “The number 9 stops right by "
    .. "your work, every ten minutes.”",
    because = "He hoped for a lift and gets a bus, so it stings a little. A "
      .. "lift would have been fine too. But the bus works, the plan is his, "
      .. "and he finds out he can fix his own mistake.",
    effects = { growth = "+5", intimacy = "-5" },
    later = {
      after = 2,
      effects = { intimacy = "+10" },
      says = "Joel sorted the insurance in one long phone call. Then he set "
        .. "three reminders and showed you, grinning.",
    },
    next = "joels-no",
  },
  hurtful {
    "“Of course I’ll drive you. I just worry, love. First the reminder, now "
    .. "this. Maybe the car was too much to take on.”",
    because = "It sounds like worry, and the lift is fine. But he made one "
      .. "slip, told you his plan to fix it, and asked for one lift. Your "
      .. "worry tells him he can’t manage his own car. He hears blame, not "
      .. "trust.",
    effects = { intimacy = "-10" },
    later = {
      after = 1,
      effects = { growth = "-5" },
      says = "Joel stopped telling you when he made a mistake. You found out "
        .. "about the next one by accident.",
    },
    next = "joels-no",
  },
}

scene "joels-no" {
  "Your work has a party on Friday. You ask Joel to come. You always go to "
  .. "his things.",
  "He rubs his eyes. He has worked late three nights this week. “I’m wiped, "
  .. "love. Would you mind if I skip this one?”",
  "Something old and cold moves in your stomach. What if he is pulling away? "
  .. "What if he doesn’t need you any more?",
  discuss = "Joel says no to Ana. Why might that feel scary to someone who "
    .. "looks after everyone?",
  notes = "Boundaries go both ways: practise saying no without guilt, and "
    .. "make room for your partner to do the same. A fear of being left "
    .. "often sits under caretaking. Let the group talk about it gently, "
    .. "without turning it into a label.",
  support {
    "“Fair enough. You look done in.” Kiss his head, and put the kettle "
    .. "on.",
    because = "It looks like small comfort. It is taking his no well, with no "
      .. "push and no sulk. His no is allowed, just like yours is. Taking it well tells "
      .. "him he can be honest with you.",
    effects = { intimacy = "+5" },
    next = "counselor-idea",
  },
  rescue {
    "“Getting out might lift you, you know. Everyone there would love to "
    .. "see you.”",
    because = "It sounds like gentle cheer. But he told you plainly he is "
      .. "wiped, and you try to talk his no away. It calms your fear now, but "
      .. "his no gets no room.",
    effects = { intimacy = "+5" },
    later = {
      after = 1,
      effects = { resentment = "+5" },
      says = "Joel came to the party and stood by the wall all night. On the "
        .. "way home, neither of you spoke.",
    },
    next = "counselor-idea",
  },
  self_care {
    "Ring Bea. She has always wanted to meet your work friends. Ask her to "
    .. "come with you instead, and dance with her till the end.",
    because = "It reads like a treat for Bea, and it is one. It is also your "
      .. "own night: you go, and you don’t wait for him. Your life does not "
      .. "wait until he joins in. Having fun on your "
      .. "own is part of being your own person.",
    effects = { resentment = "-5" },
    set = "own_life",
    later = {
      after = 1,
      effects = { intimacy = "+5" },
      says = "Over breakfast Joel asked about the party. He wanted every "
        .. "detail.",
    },
    next = "counselor-idea",
  },
}

scene "counselor-idea" {
  place = "living-room",
  "A month goes by. Some things are better. Some are not. You both keep "
  .. "sliding back into the old ways, and you both keep noticing.",
  "Bea tells you about a couples counselor who helped her and her husband. "
  .. "“It’s not just for people who are breaking up,” she says.",
  "At home, you bring it up. Joel frowns. “A counselor? Are we that bad?”",
  discuss = "What makes it hard to ask for outside help? What might a "
    .. "counselor give Ana and Joel that they can’t give each other?",
  neutral {
    "“No pressure, love. We don’t have to decide anything tonight.” "
    .. "Then talk about the trip you are saving for.",
    because = "It sounds gentle. Not pushing is fair. But dropping your own "
      .. "wish to keep the peace is the old habit.",
    next = "good-month",
  },
  support {
    "“We’re not that bad. I want help to change anyway. I’d love it to be "
    .. "both of us.”",
    because = "You say what you want, and you book nothing. The choice to come "
      .. "stays his. Getting help works best when you both want it.",
    effects = { growth = "+5" },
    set = "had_help",
    later = {
      after = 1,
      effects = { intimacy = "+5" },
      says = "Two days later Joel said, “Okay. Let’s try it. I’ll find a time.” "
        .. "And he did.",
    },
    next = "first-session",
  },
  rescue {
    "“Bea’s counselor had a slot on Wednesday, so I took it for us. We can see "
    .. "how it feels.”",
    because = "It feels thoughtful. But he just frowned at the idea, and you "
      .. "chose for him anyway, so even the healing becomes a job you do for "
      .. "him. It works better when you choose it together.",
    effects = { resentment = "-5" },
    set = { "booked_it", "had_help" },
    next = "first-session",
  },
  self_care {
    "Book a first visit with a counselor of your own. Put the date on the "
    .. "fridge, and tell Joel he is welcome one day.",
    because = "The visit you book is for you, and he is free to come or not. "
      .. "Joel feels a bit left out, and says so. But your healing does not "
      .. "have to wait for his.",
    effects = { resentment = "-5", intimacy = "-5" },
    set = { "had_help", "own_life" },
    later = {
      after = 2,
      effects = { growth = "+5" },
      says = "After three sessions you noticed you waited a beat before "
        .. "jumping in. Joel noticed too.",
    },
    next = "on-your-own",
  },
}

scene "first-session" {
  place = "counselling-room",
  { when = "booked_it",
    "Joel comes, but he sits with his arms crossed. “This was Ana’s idea,” he "
    .. "tells the counselor." },
  { when = "not booked_it",
    "On Wednesday evening you sit side by side on a soft gray couch. Joel "
    .. "holds your hand for a moment, then lets go." },
  "The counselor, Ruth, asks a simple question. “What does each of you want "
  .. "from coming here? Each of you answers for yourself.”",
  "Joel opens his mouth. Then he stops. The silence stretches. You know what "
  .. "he wants. You could say it for him.",
  discuss = "Why is the silence so hard for Ana? What happens if she fills it?",
  notes = "The pattern often shows up in the counseling room itself. A "
    .. "caretaker answers for the other person out of kindness. Ask the "
    .. "group how long they could sit in that silence.",
  self_care {
    "Go first, to break the ice. “I’d like to be less tired. And I’d like "
    .. "an evening that is mine.”",
    because = "It may look like filling his silence. But Ruth asked each of "
      .. "you to answer for yourself, and you answer only for you. His turn "
      .. "stays his. You say what you want for you. It is brave for a caretaker to "
      .. "have a want of her own.",
    effects = { resentment = "-5", growth = "+5" },
    set = "own_life",
    clear = "booked_it",
    next = "good-month",
  },
  rescue {
    "Squeeze his hand. “Go on, love. Say it the way you said it in the "
    .. "car.”",
    because = "It sounds like a gentle nudge. But Ruth asked each of you to "
      .. "answer for yourself, and you point him to the answer you heard in "
      .. "the car, the one you liked. It is the pattern, right there in the "
      .. "room.",
    effects = { growth = "-5" },
    clear = "booked_it",
    later = {
      after = 1,
      effects = { intimacy = "-5" },
      says = "Ruth smiled and said, “Let’s let Joel answer for himself.” You "
        .. "felt caught. Joel looked at the floor.",
    },
    next = "good-month",
  },
  it_depends {
    "Tell Ruth what you see at home: who pays the bills, who rings his mom, "
    .. "who keeps the calendar.",
    because = "If you say it as what you see, in “I” words, it helps Ruth see "
      .. "the pattern. If you go on to say what Joel feels or wants, you are "
      .. "speaking for him again.",
    effects = { growth = "+5", intimacy = "-5" },
    clear = "booked_it",
    next = "good-month",
  },
  support {
    "Pour two glasses of water from the jug, and set one by his hand. Drink "
    .. "yours slowly.",
    because = "It looks like small fuss. It is waiting: you fill his glass, "
      .. "not his silence, and Ruth asked him to answer for himself. Waiting "
      .. "is harder than talking, and the quiet is awkward. But "
      .. "his answer only counts if it is his.",
    effects = { growth = "+5" },
    clear = "booked_it",
    next = "good-month",
  },
}

scene "on-your-own" {
  place = "counselling-room",
  "Your own counselor’s room is small and warm. There is a box of tissues "
  .. "on the table and a plant that needs water.",
  "She asks, “When you have a problem, who do you go to?” You open your "
  .. "mouth to answer. Nothing comes out.",
  "“I don’t,” you say at last. “I’m the one people come to.”",
  support {
    "Talk about you. At the end, ask if Joel could come with you one day.",
    because = "You keep your own work, and you invite him in without making "
      .. "it his job.",
    effects = { growth = "+5", intimacy = "+5" },
    next = "good-month",
  },
  rescue {
    "“Oh, I’m fine, honestly. Can I tell you about Joel’s week instead? "
    .. "He’s had a hard time.”",
    because = "It sounds caring. But her question goes by without an answer, "
      .. "and this hour was meant to be yours. Bringing Joel’s troubles into "
      .. "it is the old job: his week gets your time, and your own needs stay "
      .. "in the dark.",
    effects = { growth = "-5" },
    next = "good-month",
  },
  self_care {
    "Your hand goes to the dry plant. Put your glass down, leave the plant "
    .. "be, and try her question again.",
    because = "It looks like nothing much. But watering her plant would be "
      .. "the old job, looking after something so you don’t have to answer. "
      .. "Staying with your own hard question is the start of healing. "
      .. "It is your turn to be the one who is helped.",
    effects = { growth = "+5", resentment = "-5" },
    next = "good-month",
  },
}

-- ---------------------------------------------------------------- progress, and a slip

scene "good-month" {
  place = "kitchen",
  "Spring comes. Something has shifted.",
  { when = "shared_load",
    "Joel does the bills now. He cooks on Tuesdays and Thursdays. His curry "
    .. "is terrible, and he is very proud of it." },
  { when = "not shared_load",
    "Joel has taken on a few small jobs. He still asks you where things are, "
    .. "but not as often." },
  { when = "own_life",
    "You have been making time for your own things. Choir. Friends. An hour "
    .. "that is just yours." },
  "He paid this month’s bills himself, on time, and did not ask for help. "
  .. "On Sunday he asked you one thing. “Could you look over the tax form "
  .. "before I send it? I’ve never done one.” It sits on the table.",
  "One evening you notice you have nothing to do. Nobody needs you. The "
  .. "feeling is strange. Part of you feels free. Part of you feels lost.",
  "Bea has asked you twice to come to her Saturday pottery class. It is the "
  .. "class you have wanted to try for years. Both times you said you were too "
  .. "busy.",
  discuss = "Why might Ana feel lost just when things are going well?",
  rescue {
    "Offer to write him a short how-to sheet for each job he takes on.",
    because = "It looks like help, and you feel calmer. When he first took "
      .. "the jobs, a sheet might have helped, if he wanted one. But now he "
      .. "has paid the bills on time without help, and he asked about one "
      .. "form only. A sheet for every job tells him you still don’t trust "
      .. "him.",
    effects = { resentment = "-5" },
    clear = "shared_load",
    later = {
      after = 2,
      effects = { intimacy = "-5" },
      says = "Joel read your sheets and found nothing he didn’t know. He "
        .. "hasn’t opened the bills folder since, in case he does it wrong.",
    },
    next = "laid-off",
  },
  support {
    "Sit down with the tax form and a pencil, and go through it box by "
    .. "box.",
    because = "He asked you to look it over before he sends it, and it is a "
      .. "form he has never done. Checking "
      .. "what you were asked to check is support. He fixes the boxes, and "
      .. "he sends it.",
    effects = { growth = "+5" },
    clear = "shared_load",
    next = "laid-off",
  },
  support {
    "Put the kettle on and sit with Joel while it boils. “It’s so quiet. I "
    .. "keep looking for a job to do.”",
    because = "It sounds like small talk. It is you telling him how you feel, "
      .. "lost when nobody needs you. Saying how you feel, without asking him to fix it, is honest "
      .. "talk. He gets to know you, not just your help.",
    effects = { intimacy = "+5" },
    clear = "shared_load",
    next = "laid-off",
  },
  self_care {
    "Say yes to Bea this time. She hates going to her Saturday pottery class "
    .. "on her own, so keep her company.",
    because = "It sounds like a favor for Bea. It is the class you have wanted "
      .. "to try for years. Filling your time with your own interests builds a self that "
      .. "is not only about looking after someone.",
    effects = { growth = "+5" },
    set = "own_life",
    clear = "shared_load",
    next = "laid-off",
  },
}

scene "laid-off" {
  place = "doorway",
  "In June, Joel’s company cuts jobs. He is one of them.",
  "He comes home with a box of his things and sits on the stairs. For a week "
  .. "he hardly speaks. He sleeps late. He doesn’t cook on Tuesday, or on "
  .. "Thursday.",
  "On the fourth night he says, “Could you do the cooking for a bit? I "
  .. "can’t face it.” It is the only thing he has asked for.",
  "You can feel the old machine start up inside you. Lists. Plans. Job ads. "
  .. "Phone calls.",
  discuss = "Progress is not a straight line. Why is it so easy to slip back "
    .. "when life gets hard?",
  notes = "This is the setback. Stress pulls people back into old roles, and "
    .. "that is normal. Ask the group what a setback means, and what it "
    .. "does not mean. A slip is not proof that the change was fake.",
  support {
    "Make his favorite soup tonight, and sit with him while he eats it.",
    because = "He asked for the cooking, and only that. Cooking, and sitting "
      .. "with him at the worst moment with no plan and no list, keeps him in "
      .. "charge of his own life.",
    effects = { intimacy = "+5" },
    next = "job-hunt",
  },
  rescue {
    "“I’ll cook. And the bills and your mom’s calls are mine again while you "
    .. "look. Your job is finding a job.”",
    because = "It sounds like plain care, and he is grateful. But he asked for "
      .. "the cooking, and only that. Taking the bills and his calls too hands "
      .. "them all back to you. He loses the jobs he was proud "
      .. "of, on top of the one he lost.",
    effects = { resentment = "-5", intimacy = "+5" },
    later = {
      after = 2,
      effects = { resentment = "+10", growth = "-5" },
      says = "“Right now” has lasted a month. The list on the fridge is all in "
        .. "your writing again.",
    },
    next = "old-roles",
  },
  boundary {
    "“Of course I’ll cook.” Write “cooking: me” on the list on the fridge.",
    because = "Cooking is the one thing he asked for, and you take only that, "
      .. "in writing, on the list you share. He hears an edge and goes quiet. But real help with a clear edge "
      .. "protects you both from sliding all the way back.",
    effects = { resentment = "-5", intimacy = "-5" },
    later = {
      after = 2,
      effects = { growth = "+5" },
      says = "The next Tuesday, Joel cooked. He burned the rice and laughed.",
    },
    next = "job-hunt",
  },
  rescue {
    "Sit on the step below him. “Their loss, love. The next place will be "
    .. "lucky to get you. I know it.”",
    because = "It is loving, and it lifts him for a night. But it hurries "
      .. "him past a real loss, and it promises what you can’t know. His "
      .. "grief gets no room, and now he has your hope to live up to.",
    effects = { intimacy = "+5" },
    later = {
      after = 2,
      effects = { growth = "-5", intimacy = "-5" },
      says = "A month went by with no job. Joel stopped telling you about "
        .. "the ads he saw. He didn’t want to let you down.",
    },
    next = "job-hunt",
  },
  support {
    "“You’ve hardly spoken in a week, and you’re sleeping till noon. I’m "
    .. "worried. Will you see the doctor about it?”",
    because = "A week or more of low mood and sleeping late can need more "
      .. "than a partner can give. Saying so once, and leaving the call to "
      .. "him, is support. He bristles now.",
    effects = { intimacy = "-5" },
    later = {
      after = 1,
      effects = { growth = "+10", intimacy = "+5" },
      says = "Joel saw the doctor. He said it helped to say it out loud to "
        .. "someone who wasn’t you.",
    },
    next = "job-hunt",
  },
}

scene "old-roles" {
  place = "kitchen",
  "Three weeks later, you stop in the kitchen and look around. You are doing "
  .. "everything again. The bills. The food. His mom’s calls. Last night you "
  .. "wrote his cover letter.",
  "Joel lies on the couch, scrolling. When you ask about jobs, he says “I’m "
  .. "looking,” and doesn’t look up. He has no interviews yet. He has not "
  .. "asked you for help with any of it.",
  "You are so tired your teeth hurt. You are angry, too, and you hate that "
  .. "you are angry.",
  discuss = "Ana has slipped back after real progress. Does that mean the "
    .. "change failed?",
  self_care {
    "Say yes when Bea asks you to help her pick a sofa on Saturday. Over "
    .. "lunch after, tell her everything.",
    because = "It looks like one more favor. But the day is out of the house, "
      .. "and the lunch is where you get some help yourself. Getting support "
      .. "for yourself when you are running on empty is "
      .. "not selfish. The walk is for you. You can’t give what you don’t "
      .. "have.",
    effects = { resentment = "-5" },
    next = "the-fight",
  },
  rescue {
    "Offer to do a practice interview with him at the weekend.",
    because = "It sounds like a boost for his search. But he has no interview, "
      .. "and he has not asked. When he asks to practise, it can help. Today "
      .. "you are already doing everything, down to his cover letter, and "
      .. "you are worn out. It keeps his job hunt yours. The longer you carry "
      .. "it, the harder it is to hand back.",
    effects = { resentment = "+5" },
    next = "the-fight",
  },
  support {
    "Sit down by him with the old list from the kitchen table. “Look. We’ve "
    .. "slipped back into the old way.”",
    because = "He groans, and it is not a fun talk. But naming the slip, "
      .. "without blame, is how you get back on track. You bring the list you "
      .. "made together, not new answers: the jobs are still to share.",
    effects = { growth = "+5", intimacy = "-5" },
    next = "the-fight",
  },
  support {
    "“You still seem really low. I think it’s time to talk to a doctor or a "
    .. "counselor. Will you book it?”",
    because = "Weeks of low mood are not yours to fix, and not his to carry "
      .. "alone. Asking him to get help, and leaving the booking to him, is "
      .. "support.",
    effects = { growth = "+5" },
    next = "the-fight",
  },
}

scene "job-hunt" {
  "Joel starts looking for work. One night he asks, “Could you look at my "
  .. "cover letter? I think it’s bad.”",
  "Then: “Your friend Mia works at Harper’s, right? They’re hiring. Could "
  .. "you pass my CV to her? I don’t have her email.”",
  "The letter is bad. You know his email password, too. You could send ten "
  .. "perfect applications tonight.",
  support {
    "Send Mia his CV with one line: “This is Joel, my partner. He’s applying. "
    .. "Worth a look?”",
    because = "He asked for the hand-off, and he has no way to reach her. "
      .. "Passing it on is help. What he writes, and what he says if she "
      .. "calls, stay his.",
    effects = { intimacy = "+5" },
    next = "the-fight",
  },
  rescue {
    "Read it through. Tell him it’s good, really good, and he should send "
    .. "it tonight.",
    because = "He sends it feeling sure of himself. But the letter is bad, "
      .. "and he asked for an honest look. A kind white lie spares his "
      .. "feelings tonight and leaves him to meet the truth later, alone.",
    effects = { growth = "+5", intimacy = "+5" },
    later = {
      after = 1,
      effects = { resentment = "+5", growth = "-5" },
      says = "Mia was kind to Joel, but the letter was not good enough. "
        .. "“Why did you say it was great?” he asked you.",
    },
    next = "the-fight",
  },
  support {
    "Take a pen and go through his letter line by line. Cross out every "
    .. "line that doesn’t sound like him.",
    because = "He asked you to look at it, and he says himself it is bad. An "
      .. "honest mark-up is what he asked for. He does the rewriting, so the "
      .. "letter stays his, and so will the job.",
    effects = { growth = "+5" },
    next = "the-fight",
  },
  it_depends {
    "Offer to do a practice interview with him at the weekend.",
    because = "If he wants to practise, it helps him feel ready. If you coach "
      .. "every answer, it turns into a rescue.",
    effects = { growth = "+5" },
    later = {
      after = 1,
      effects = { intimacy = "+5" },
      says = "Joel said the practice made the real interview feel smaller.",
    },
    next = "the-fight",
  },
}

scene "the-fight" {
  place = "kitchen",
  "One Sunday it all boils over. You find Joel’s phone bill, unpaid, under a "
  .. "pile of job papers.",
  { when = "resentment >= 40",
    "Before you can stop yourself, you are shouting. “Do I have to do "
    .. "everything? Again?”" },
  { when = "resentment < 40",
    "Your jaw locks. You hold the bill out to him, and your hand shakes." },
  "Joel stands up. “You’re doing it again,” he says. “You treat me like a "
  .. "kid. I was going to pay it.”",
  "It is the third bill like this since June. Each time, you were the one "
  .. "who said sorry first. You both stand there, breathing hard.",
  discuss = "Both of them are hurt. What would honest talk, without blame, "
    .. "sound like here?",
  notes = "The aim is not to win. Ask the group to say what Ana feels and "
    .. "needs, in “I” words. Then ask what Joel might feel under his anger. "
    .. "Listening without taking it personally is a skill, and a hard one.",
  rescue {
    "Let your shoulders drop. “You’re right. I’m sorry.” Put the bill down, "
    .. "and hold him.",
    because = "It ends the fight, and the evening is calm. But you take all "
      .. "the blame to stop it, the way you always do. What you feel gets "
      .. "buried, and the bill comes back to you too.",
    effects = { intimacy = "+5" },
    later = {
      after = 1,
      effects = { resentment = "+10" },
      says = "The bill got paid. By you. Neither of you spoke of it again, "
        .. "and it hung in the house like a smell.",
    },
    next = "back-to-help",
  },
  hurtful {
    "“I only say it because I worry, Joel. If I didn’t do it, nothing in "
    .. "this house would get paid.”",
    because = "It sounds like worry. But it tells him he is useless, and it is "
      .. "said to win. It is not a boundary: a boundary is calm and clear. This "
      .. "shames him, and it leaves you both alone.",
    effects = { resentment = "+5", intimacy = "-10" },
    next = "cold-week",
  },
  support {
    "“I get scared, and when I’m scared I take over. That part is on me.” "
    .. "Then listen, even when it stings.",
    because = "What he says is hard to hear tonight. But you talk about your "
      .. "own feelings, not his faults, and you listen.",
    effects = { resentment = "-5", intimacy = "-5" },
    later = {
      after = 1,
      effects = { intimacy = "+10" },
      says = "Joel said later that it was the first time he felt you were "
        .. "on the same side.",
    },
    next = "back-to-help",
  },
}

scene "cold-week" {
  place = "living-room",
  "For a week you do nothing for Joel at all. Not even the small things you "
  .. "both used to like. You leave his mail on the mat.",
  "The house is very quiet. Joel pays the phone bill. He also sleeps on the "
  .. "couch twice.",
  "You thought stopping would feel like freedom. It feels like a wall.",
  self_care {
    "Pack a bag and go to Bea’s for the weekend. She has been asking "
    .. "for help with her garden. Tell Joel when you’ll be back.",
    because = "It looks like a favor for Bea. It is space for you. Joel is sad "
      .. "to see you go. But taking space to calm down, and saying so "
      .. "clearly, is care for you both.",
    effects = { resentment = "-5", intimacy = "-5" },
    next = "back-to-help",
  },
  it_depends {
    "Cook dinner for two tonight. Set the table, light the candle, and ask "
    .. "him to sit down with you.",
    because = "A meal can open the door, if you use it to talk and own your "
      .. "part. If you cook to make up for the week and skip the talk, it is "
      .. "the old pattern: swinging from nothing to everything.",
    effects = { intimacy = "+5" },
    later = {
      after = 1,
      effects = { resentment = "+5" },
      says = "The dinner was lovely. Neither of you said a word about the "
        .. "week. It sat between you like a third plate.",
    },
    next = "back-to-help",
  },
  support {
    "Pick his mail up off the mat, and bring it to him on the couch. “I was "
    .. "angry, so I shut you out. That wasn’t fair.”",
    because = "Handing him his own mail is not doing it for him. Saying why "
      .. "you went cold, and that it was unfair, is owning your part. Owning "
      .. "your part is how you find your way back. Care and "
      .. "limits can live side by side. A wall is not a boundary.",
    effects = { resentment = "-5", intimacy = "+5" },
    next = "back-to-help",
  },
}

scene "back-to-help" {
  place = "kitchen",
  "A few days later things are calm again. But the calm is thin, like ice "
  .. "in March.",
  { when = "had_help",
    "The counselor’s card is still on the fridge. Neither of you has been "
    .. "in two months." },
  { when = "not had_help",
    "The card for Bea’s counselor is still on the fridge." },
  "Joel turns it over in his hands. “Maybe we need someone to help us get "
  .. "back on track,” he says. “Would you book it? I’ll come, I promise. I "
  .. "just can’t face the phone this week.”",
  support {
    "Ring them first thing tomorrow. Then tell him it’s done.",
    because = "He asked you to book a visit for you both, just this once, "
      .. "because he can’t face the phone this week, and he says he will "
      .. "come. Making the call he asked for is support. Going back for help "
      .. "after a slip is not failing. It is how change holds.",
    effects = { growth = "+5" },
    set = "went_back",
    clear = "had_help",
    next = "the-question",
  },
  self_care {
    "In the morning, ring the counselor and book the Thursday slot in your "
    .. "name. Tell Joel, “There’s a chair for you too, if you want it.”",
    because = "He asked you to book for you both, and that would be fine too. "
      .. "You choose to book the part that is yours, your own healing, and "
      .. "leave the door open for him. Both of you get to choose.",
    effects = { resentment = "-5", growth = "+5" },
    set = { "went_back", "own_life" },
    clear = "had_help",
    next = "the-question",
  },
  rescue {
    "“I think we can do this ourselves. We’ve come so far. What do you think?”",
    because = "It sounds hopeful. But he asked for help, and you talk him out "
      .. "of it. Trying harder on your own is the old pattern in new clothes.",
    effects = { resentment = "+5" },
    clear = "had_help",
    next = "the-question",
  },
}

-- ---------------------------------------------------------------- the question

scene "the-question" {
  place = "kitchen",
  "Late summer. Joel has a new job. It starts on Monday. You eat dinner on "
  .. "the back step, the way you did when you first met.",
  { when = "went_back",
    "You have been back to counseling four times since the fight. Some weeks "
    .. "it helps a lot. Some weeks it just helps a little." },
  "Then Joel says, “Can I ask you something? Do you want to be with me? Or "
  .. "did you just want someone to look after?”",
  "It is a fair question. You take your time with it.",
  discuss = "Can a couple heal this pattern and stay together? What would "
    .. "need to be true?",
  notes = "The endings show that healing can mean staying, and sometimes "
    .. "means parting with care. Neither is a failure. Ask the group what "
    .. "each ending needed from both people.",
  support {
    "“I want to be with you. Not to look after you. Beside you. That’s what "
    .. "love is, to me.”",
    because = "You answer honestly, as an equal. Love can be care that you "
      .. "choose, not care you owe.",
    effects = { growth = "+5", intimacy = "+5" },
    next = {
      { when = "resentment >= 50", "old-roles-again" },
      { when = "went_back and own_life and resentment < 40 and intimacy >= 45", "two-of-us" },
      { when = "intimacy < 40 and growth >= 40", "apart-kindly" },
      { when = "growth >= 60 and resentment <= 25 and intimacy >= 60", "two-of-us" },
      "still-in-the-work",
    },
  },
  rescue {
    "“I love looking after you. I think I always will.”",
    because = "It is sweet, and you mean it. But it puts caretaking at the "
      .. "heart of your love. The old roles are waiting to come back.",
    effects = { resentment = "+5" },
    next = {
      { when = "resentment >= 40 or growth < 40", "old-roles-again" },
      "still-in-the-work",
    },
  },
  self_care {
    "“Can I answer that next week? I want to give you a true answer, not a "
    .. "quick one.”",
    because = "It sounds like a kindness to him, and it is. It is also you "
      .. "taking time to find out who you are when you are not looking after "
      .. "someone. It is a scary thing to say. But an honest “I don’t know” is "
      .. "worth more than a safe yes. You are allowed to need time.",
    effects = { growth = "+5" },
    next = {
      { when = "(intimacy < 55 or resentment >= 50) and growth >= 40", "apart-kindly" },
      { when = "resentment >= 50", "old-roles-again" },
      "still-in-the-work",
    },
  },
}

-- ---------------------------------------------------------------- endings

ending "old-roles-again" {
  place = "bedroom-night",
  title = "The old roles",
  "Joel starts his new job. You iron his shirts for the first week, and then "
  .. "the week after that.",
  "His mom calls you about Christmas. The bills are in your name again. The "
  .. "list on the fridge is gone. Nobody took it down. It just fell off one "
  .. "day, and you didn’t put it back.",
  "You are together. You are tired. Some nights you lie awake and add up all "
  .. "the things you do, and feel alone in a full house.",
  lens = {
    goal = "To keep Joel safe and the house running, and to be the one he "
      .. "can’t do without.",
    behaviours = "Taking back the jobs he had taken on. Soothing his moods, "
      .. "speaking for him, and saying yes to keep the peace.",
    thoughts = "“It’s easier if I do it.” “If he doesn’t need me, will he "
      .. "still want me?”",
    emotions = "Worry, then relief each time you took over. Now tired, and "
      .. "a quiet anger that you don’t let him see.",
    underlying = "Being needed feels safer than being loved for who you are. "
      .. "As long as you carry everything, Joel stays the taker and you stay "
      .. "the caretaker, and neither of you grows.",
  },
  practice = "This week, hand one job back to someone and leave it with them, "
    .. "even if they do it differently. Write down what you feel while you wait.",
  reflect = "What are you afraid would happen if the people you love didn’t "
    .. "need you so much?",
}

ending "still-in-the-work" {
  place = "living-room",
  title = "Still in the work",
  "Joel starts his new job. The first week, you catch yourself laying out his "
  .. "shirts. You put them back. He irons his own, badly, and that is fine.",
  { when = "own_life",
    "On Saturday you go out with Bea. You come home to find Joel making a "
    .. "mess of lunch, and you leave him to it." },
  "Some weeks are good. Some weeks you both slide back, and one of you says, "
  .. "“We’re doing it again.” Then you stop, and start over.",
  "It is not fixed. But it is yours, and you are both in it.",
  lens = {
    goal = "To stay together as equals, and to stop carrying Joel’s life for him.",
    behaviours = "Handing back jobs, saying no sometimes, and naming the "
      .. "slips when they come. Sometimes still stepping in too fast.",
    thoughts = "“This is his to do. I can let it be.” And on bad days: “It "
      .. "would be quicker if I did it.”",
    emotions = "Hope, mixed with fear. Tired, but less alone. A flash of "
      .. "resentment now and then, which you have learned to notice.",
    underlying = "The old habit of earning love by giving care is still "
      .. "there. Seeing it together is where change begins, not where it ends.",
  },
  practice = "Once this week, when you notice the old role, say it out loud "
    .. "to your partner or a friend, with no blame: “I’m doing it again.”",
  reflect = "What is one thing you do for someone that they could do for "
    .. "themselves? What would it feel like to let it go?",
}

ending "two-of-us" {
  place = "kitchen",
  title = "Two people, side by side",
  "Joel starts his new job. On his first night back, he cooks. The curry is "
  .. "still terrible. You both laugh about it.",
  "He pays the bills. He calls his own mom. You have your own Thursdays now, "
  .. "and your own friends. You tell him about your day as much as he tells "
  .. "you about his.",
  { when = "went_back",
    "You still go to counseling once a month. You both speak up more now." },
  "Last week, he had a bad day, and you didn’t fix it. You just sat with "
  .. "him. It was enough.",
  lens = {
    goal = "To love Joel as an equal, and to be loved for who you are, not "
      .. "for what you do.",
    behaviours = "Sharing the load. Saying no without guilt, and hearing his "
      .. "no. Keeping a life of your own. Talking honestly, and getting help "
      .. "when you slipped.",
    thoughts = "“His life is his. Mine is mine. We share the rest.”",
    emotions = "Calm most days. Still worried sometimes, but not alone with "
      .. "it, and not resentful.",
    underlying = "You learned you can be wanted without being needed. Care is "
      .. "something you both choose now, not a debt one of you carries.",
  },
  practice = "This week, do one thing just for you, without checking first "
    .. "whether anyone needs you. Then tell your partner or a friend how it felt.",
  reflect = "Where in your own life do you give care because you choose to, "
    .. "and where because you feel you have to?",
}

ending "apart-kindly" {
  place = "living-room",
  title = "Parting with care",
  "You talk until it is dark. In the end, you both say it. You love each "
  .. "other. But you built this on one of you holding the other up, and you "
  .. "don’t know how to build it again.",
  "In September, Joel finds a small apartment across town. He sets up his own "
  .. "bills. He calls his mom himself. He texts you a photo of a curry that "
  .. "looks, for once, like curry.",
  "You miss him. You also sleep through the night. You have Bea, and your "
  .. "friends, and a self you are still getting to know.",
  "Healing did not mean staying, for the two of you. It did mean that, next "
  .. "time, you will both know the signs.",
  lens = {
    goal = "To stop living as the caretaker and the taker, even if that "
      .. "meant living apart.",
    behaviours = "Naming the pattern, setting limits, getting help, and in "
      .. "the end choosing to part without blame.",
    thoughts = "“I can care about him and still not be the one who holds him "
      .. "up.” “Maybe we can’t fix this, and that is not anyone’s fault.”",
    emotions = "Grief, and relief, side by side. Tired, but not bitter.",
    underlying = "The roles ran deep for you both. Parting let each of you "
      .. "grow into a whole person. Whatever comes next, you are more yourself.",
  },
  practice = "This week, notice one moment when you want to step in for "
    .. "someone. Ask yourself: “Am I doing this because I want to, or because "
    .. "I feel I have to?”",
  reflect = "What did you learn about yourself from the way you cared for "
    .. "someone? What do you want to keep, and what do you want to leave behind?",
}
