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
--                 a line in the endings
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
  "You have the flu. For three days you have been in bed with a fever. It is "
  .. "the first time in years that you have not run the house.",
  "Your phone buzzes on the pillow. It is Joel, at the store. “Which milk do "
  .. "we get?” Then: “Where do we keep the trash bags?” Then: “What’s my card "
  .. "number for the online thing?”",
  "Six years together, and he has never had to know. You have always known "
  .. "for him.",
  discuss = "Why might Joel not know these things? Whose job did they "
    .. "become, and how?",
  notes = "Nobody planned this. Caretaking grows a little at a time, and "
    .. "both people get used to it. Ask the group to notice that before "
    .. "anyone picks a side.",
  rescue {
    "Sit up and type him a full list. The milk, the bags, the card, and what "
    .. "to get for dinner.",
    because = "It is the fastest way, and you feel better once it is sent. "
      .. "But you are running the house from your sickbed. He learns he never "
      .. "needs to know.",
    effects = { resentment = "-5" },
    later = {
      after = 2,
      effects = { resentment = "+10" },
      says = "Joel sent eleven more questions that week. You answered every "
        .. "one, with a fever.",
    },
    next = "the-bill",
  },
  support {
    "Text back: “Any milk is fine. You’ll work it out. I trust you.” Then put "
    .. "the phone down.",
    because = "It may feel cold to leave him stuck in a store. But he is a "
      .. "grown man. Trusting him to manage is a kind of care.",
    effects = { growth = "+5", intimacy = "-5" },
    later = {
      after = 2,
      effects = { intimacy = "+5" },
      says = "Joel came home with the wrong milk and the right bags. He looked "
        .. "quite pleased with himself.",
    },
    next = "the-bill",
  },
  self_care {
    "Turn your phone face down and go back to sleep.",
    because = "You are ill, and rest is your job right now. He can cope with "
      .. "one trip to the store. Looking after yourself is not letting him down.",
    effects = { resentment = "-5" },
    next = "the-bill",
  },
}

scene "the-bill" {
  "On Friday you feel human again. You come downstairs to find Joel at the "
  .. "kitchen table with a red letter in his hand.",
  "It is the power bill. It is late, and there is a fee. “I didn’t even know "
  .. "where the bills were,” he says. “You always just do them.”",
  "He looks embarrassed. Then he looks at you, as if he is seeing something "
  .. "for the first time.",
  rescue {
    "Take the letter from him. “Don’t worry about it. I’ll call them and sort "
    .. "it out.”",
    because = "You spare him an awkward call, and it feels kind. But just as "
      .. "he might step in, you step in first. The bills stay yours, and so "
      .. "does the weight.",
    effects = { resentment = "-5" },
    later = {
      after = 2,
      effects = { resentment = "+5" },
      says = "You paid the fee and the bill. Joel said thanks and went back "
        .. "to his game. You noticed.",
    },
    next = "joel-says-it",
  },
  neutral {
    "Laugh it off. “Now you know what I do all day.”",
    because = "A joke eases the moment. But it makes a point without opening "
      .. "a real talk.",
    next = "joel-says-it",
  },
  support {
    "Sit down next to him. “Want me to show you how I do them? Then we could "
    .. "share them.”",
    because = "Showing him how, and not doing it for him, opens the door to "
      .. "sharing the load. He gets to be a full partner in your home.",
    effects = { growth = "+5" },
    next = "joel-says-it",
  },
}

scene "joel-says-it" {
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
  neutral {
    "“Well, someone has to! You never lift a finger.”",
    because = "The hurt behind it is real. But blame turns a shared problem "
      .. "into a fight about who is worse. Now he can only defend himself.",
    effects = { resentment = "+5", intimacy = "-5" },
    next = "cold-morning",
  },
  rescue {
    "“It’s fine, honestly. I like doing it. Don’t feel bad.”",
    because = "You rush to ease his guilt. But soothing his feelings shuts "
      .. "the door he just opened, and hides your own needs again.",
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
    "Take a breath. “You’re right. I think I do it so I feel needed. Can we "
    .. "look at it together?”",
    because = "You own your part, without blame. When both of you can see "
      .. "the pattern, you can change it together.",
    effects = { growth = "+5", intimacy = "+5" },
    next = "the-list",
  },
}

scene "cold-morning" {
  "Joel goes to bed early. You sit with the TV on and don’t watch it.",
  "In the morning he is up first. He has made coffee, just for himself. He "
  .. "says a short “Morning” and looks at his phone.",
  "The old pull kicks in. You want to fix his mood. Make his favorite "
  .. "breakfast. Say sorry for everything, so he will be okay again.",
  rescue {
    "Make his favorite pancakes, and say sorry for being so grumpy.",
    because = "Smoothing it over feels like peace. But it makes his mood "
      .. "your job again, and the real talk slips away.",
    effects = { intimacy = "+5", growth = "-5" },
    next = "the-list",
  },
  support {
    "Sit down with your own coffee. “I said that badly last night. I still "
    .. "want to talk about it. Can we?”",
    because = "You own how you said it, and you keep the door open. That is "
      .. "honest talk with no blame.",
    effects = { growth = "+5", resentment = "-5" },
    next = "the-list",
  },
  self_care {
    "Let him be. Go for a walk to clear your own head first.",
    because = "His mood is his to handle, and yours is yours. A walk lets you "
      .. "come back calmer, ready to talk.",
    effects = { resentment = "-5" },
    next = "the-list",
  },
}

scene "the-list" {
  { when = "brushed_off",
    "A week later, you find Joel at the table with a sheet of paper anyway. "
    .. "“I can’t stop thinking about what I said,” he says." },
  { when = "not brushed_off",
    "On Sunday you both sit at the kitchen table with a sheet of paper." },
  "You draw a line down the middle. Your side: bills, food, cleaning, the car, "
  .. "the cat, his mom’s birthday, his doctor, his shirts, the calendar. His "
  .. "side: the trash, and the lawn.",
  "Joel stares at it. “Wow,” he says quietly.",
  "Your hand is still on the pen. You already know which jobs he will do badly.",
  discuss = "Why might it be hard for Ana to let go of some of the jobs on "
    .. "her side?",
  rescue {
    "“Let me keep the bills and the calendar. You’d forget. You take the cat.”",
    because = "It sounds practical. But keeping the key jobs keeps you in "
      .. "charge. It tells him you don’t trust him with the real things.",
    effects = { resentment = "-5", growth = "-5" },
    clear = "brushed_off",
    later = {
      after = 2,
      effects = { resentment = "+5" },
      says = "Joel feeds the cat every day now. Everything else is still "
        .. "yours.",
    },
    next = "joel-mood",
  },
  boundary {
    "“His mom’s birthday, his doctor and his shirts are his from now on. I’m "
    .. "taking them off my side.”",
    because = "You say clearly what you will stop doing. Those jobs were "
      .. "always his. Giving them back is not unkind.",
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
  support {
    "Hand him the pen. “Pick three you want to take. Any three.”",
    because = "Letting him choose makes the jobs his, not chores you hand "
      .. "out. Sharing the load works best when you both decide.",
    effects = { growth = "+5" },
    set = "shared_load",
    clear = "brushed_off",
    next = "joel-mood",
  },
}

-- ---------------------------------------------------------------- changing

scene "joel-mood" {
  "Thursday. Joel gets home from work with a face like thunder. His boss "
  .. "yelled at him in front of a client. He drops onto the couch.",
  "Tonight is choir. You haven’t been in four months. Your sister Bea texted "
  .. "this morning: “You coming?”",
  "You can feel his bad mood sitting on your chest as if it were yours. You "
  .. "want to fix it. Cook his favorite. Stay in. Cheer him up.",
  discuss = "Is Joel’s bad mood Ana’s to fix? What is hers to do here?",
  notes = "This is emotional independence: each person handles their own "
    .. "feelings, with care from the other but not rescue. Some groups feel "
    .. "that going out is cold. Ask what Ana would be telling Joel, and "
    .. "herself, if she cancels again.",
  self_care {
    "Give him a kiss. “Rough day. I’m off to choir. There’s soup in the "
    .. "fridge.”",
    because = "Going to choir is not leaving him. A life of your own is part "
      .. "of a healthy couple. His feelings are his, and he can cope.",
    effects = { resentment = "-5", intimacy = "-5" },
    set = "own_life",
    later = {
      after = 2,
      effects = { intimacy = "+5" },
      says = "When you got home from choir, Joel had made tea for two. “I’m "
        .. "okay,” he said. “I’m glad you went.”",
    },
    next = "choir-night",
  },
  rescue {
    "Text Bea: “Can’t tonight.” Cook his favorite curry, and spend the night "
    .. "cheering him up.",
    because = "It feels loving. But you take on his mood as your job, and "
      .. "give up your night to fix it. His feelings are his to carry, with "
      .. "you beside him.",
    effects = { intimacy = "+5" },
    later = {
      after = 2,
      effects = { resentment = "+10" },
      says = "Joel felt better by nine. You sat up until midnight feeling "
        .. "flat, and you couldn’t say why. Choir feels further away than ever.",
    },
    next = "his-mom-calls",
  },
  support {
    "Sit with him for a bit. “That sounds awful. Do you want to talk now, or "
    .. "when I’m back from choir?”",
    because = "You care how he feels, and you show it. But you don’t cancel "
      .. "your life to manage his mood. He can wait, and he can cope.",
    effects = { growth = "+5" },
    set = "own_life",
    next = "choir-night",
  },
}

scene "choir-night" {
  "The church hall smells of old wood and coffee. Bea squeezes your arm. The "
  .. "first song starts, and you know every word.",
  "Halfway through, your phone buzzes. Then again. It is Joel. “When are you "
  .. "home?” “Is there any bread?”",
  "Your chest tightens. Maybe you should go. Maybe he needs you.",
  neutral {
    "Keep singing, but check your phone at every pause.",
    because = "You are there, but only half. Part of you is still at home, "
      .. "holding his mood.",
    next = "his-mom-calls",
  },
  self_care {
    "Text back: “Home by ten. Bread is in the freezer.” Then turn your phone "
    .. "off and sing.",
    because = "You answer kindly, then come back to your own evening. His "
      .. "night is his to manage. Yours is yours to enjoy.",
    effects = { resentment = "-5", growth = "+5" },
    next = "his-mom-calls",
  },
  rescue {
    "Slip out at the break and drive home. He sounded low.",
    because = "Leaving early feels caring. But he asked about bread, not for "
      .. "help. You handed your evening back to his mood.",
    effects = { intimacy = "+5", growth = "-5" },
    later = {
      after = 1,
      effects = { resentment = "+5" },
      says = "Joel was watching TV when you got in. He was fine. You sat "
        .. "beside him and hummed the songs you missed.",
    },
    next = "his-mom-calls",
  },
}

scene "his-mom-calls" {
  "On Saturday morning your phone rings. It is Lorraine, Joel’s mom. She "
  .. "always calls you, never him.",
  "“Hello, love. Can you both come for lunch next Sunday? And can you remind "
  .. "Joel to get a gift for his cousin’s wedding? You know what he’s like.”",
  "You do know what he’s like. You have been his memory for six years.",
  rescue {
    "“Of course. I’ll get the gift and bring it on Sunday.”",
    because = "It is easy, and it keeps everyone happy. But it keeps you as "
      .. "the go-between for his own mother. A quick yes to keep the peace "
      .. "is how people-pleasing works.",
    effects = { resentment = "-5" },
    later = {
      after = 2,
      effects = { resentment = "+5" },
      says = "Lorraine now calls you about Christmas, the cousin’s baby and "
        .. "Joel’s birthday. All of it.",
    },
    next = { { when = "shared_load", "the-renewal" }, "joels-no" },
  },
  boundary {
    "“We’d love to come. Joel is doing our plans now, so could you call him "
    .. "about the gift?”",
    because = "You say it warmly and clearly. His family is his to handle. "
      .. "A small no, said without guilt, makes room for him to step up.",
    effects = { resentment = "-5", growth = "+5" },
    next = { { when = "shared_load", "the-renewal" }, "joels-no" },
  },
  support {
    "“I’ll tell him you called.” Then tell Joel, and leave the rest with him.",
    because = "You pass on the message and stop there. What he does with it "
      .. "is up to him.",
    effects = { growth = "+5" },
    next = { { when = "shared_load", "the-renewal" }, "joels-no" },
  },
}

scene "the-renewal" {
  "A week later, a letter comes for Joel. The car insurance has run out. He "
  .. "forgot to renew it. There is a fee, and the car can’t be driven until "
  .. "it is sorted.",
  "Joel goes pale. “I had a reminder on my phone,” he says. “I just missed it.”",
  "A voice in your head says: this is why you should have kept it.",
  discuss = "Joel made a real mistake. Does that mean the job should go back "
    .. "to Ana?",
  support {
    "“That’s annoying. What do you want to do?” Then let him make the call.",
    because = "You stay calm and leave it in his hands. He finds out he can "
      .. "fix his own mistake. That is how trust grows, on both sides.",
    effects = { growth = "+5" },
    later = {
      after = 2,
      effects = { intimacy = "+5" },
      says = "Joel sorted the insurance in one long phone call. Then he set "
        .. "three reminders and showed you, grinning.",
    },
    next = "joels-no",
  },
  neutral {
    "Say nothing, but sigh loudly and leave the room.",
    because = "You don’t take over, and that is good. But the sigh says it "
      .. "all. He hears blame, not trust.",
    effects = { intimacy = "-5" },
    next = "joels-no",
  },
  rescue {
    "“Give it here. I’ll call them. Maybe I should just keep the car stuff "
    .. "after all.”",
    because = "It fixes this one problem fast. But you take the job back the "
      .. "first time he slips. Mistakes are how people learn, and this one "
      .. "was his to learn from.",
    effects = { resentment = "-5", growth = "-5" },
    clear = "shared_load",
    later = {
      after = 2,
      effects = { resentment = "+5" },
      says = "Joel hasn’t touched the car papers since. Or the bills. “You’re "
        .. "better at it,” he says.",
    },
    next = "joels-no",
  },
}

scene "joels-no" {
  "Your work has a party on Friday. You ask Joel to come. You always go to "
  .. "his things.",
  "He rubs his eyes. “I’m wiped, love. Would you mind if I skip this one?”",
  "Something old and cold moves in your stomach. What if he is pulling away? "
  .. "What if he doesn’t need you any more?",
  discuss = "Joel says no to Ana. Why might that feel scary to someone who "
    .. "looks after everyone?",
  notes = "Boundaries go both ways: practise saying no without guilt, and "
    .. "make room for your partner to do the same. A fear of being left "
    .. "often sits under caretaking. Let the group talk about it gently, "
    .. "without turning it into a label.",
  rescue {
    "“I’ll drive, we’ll leave early, and you won’t have to talk to anyone. "
    .. "Please?”",
    because = "You try to make his no go away by doing even more. It calms "
      .. "your fear, but his no gets no room.",
    effects = { intimacy = "+5" },
    later = {
      after = 2,
      effects = { resentment = "+5" },
      says = "Joel came to the party and stood by the wall all night. On the "
        .. "way home, neither of you spoke.",
    },
    next = "counselor-idea",
  },
  support {
    "“Of course. Thanks for telling me straight.” And mean it.",
    because = "His no is allowed, just like yours is. Taking it well tells "
      .. "him he can be honest with you.",
    effects = { intimacy = "+5" },
    next = "counselor-idea",
  },
  self_care {
    "Go on your own. Wear the red dress. Stay late and dance with your friends.",
    because = "Your life does not wait until he joins in. Having fun on your "
      .. "own is part of being your own person.",
    effects = { resentment = "-5" },
    set = "own_life",
    next = "counselor-idea",
  },
}

scene "counselor-idea" {
  "A month goes by. Some things are better. Some are not. You both keep "
  .. "sliding back into the old ways, and you both keep noticing.",
  "Bea tells you about a couples counselor who helped her and her husband. "
  .. "“It’s not just for people who are breaking up,” she says.",
  "At home, you bring it up. Joel frowns. “A counselor? Are we that bad?”",
  discuss = "What makes it hard to ask for outside help? What might a "
    .. "counselor give Ana and Joel that they can’t give each other?",
  rescue {
    "Book the first visit for you both that night. Tell him it’s all "
    .. "arranged, so he doesn’t have to think about it.",
    because = "This is help that is really rescue. Even the healing becomes "
      .. "a job you do for him. It works better when you choose it together.",
    effects = { resentment = "-5" },
    set = { "booked_it", "had_help" },
    next = "first-session",
  },
  support {
    "“No, we’re not. I just think we could use some help to change. Will you "
    .. "think about it? It’s your choice too.”",
    because = "You say what you want, honestly, and leave him room to choose. "
      .. "Getting help works best when you both want it.",
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
  self_care {
    "“Okay. Then I’m going to see someone on my own. I think I need it either "
    .. "way.”",
    because = "Your own healing does not have to wait for his. Working on "
      .. "yourself lets you come back to the two of you with more to give.",
    effects = { resentment = "-5", growth = "+5" },
    set = { "had_help", "own_life" },
    next = "on-your-own",
  },
  neutral {
    "Let it drop. Maybe he’s right. Maybe it’s not that bad.",
    because = "Not pushing is fair. But dropping your own wish to keep the "
      .. "peace is the old habit. You can want help even if he doesn’t yet.",
    next = "good-month",
  },
}

scene "first-session" {
  { when = "booked_it",
    "Joel comes, but he sits with his arms crossed. “This was Ana’s idea,” he "
    .. "tells the counselor." },
  { when = "not booked_it",
    "On Wednesday evening you sit side by side on a soft gray couch. Joel "
    .. "holds your hand for a moment, then lets go." },
  "The counselor, Ruth, asks a simple question. “What does each of you want "
  .. "from coming here?”",
  "Joel opens his mouth. Then he stops. The silence stretches. You know what "
  .. "he wants. You could say it for him.",
  discuss = "Why is the silence so hard for Ana? What happens if she fills it?",
  notes = "The pattern often shows up in the counseling room itself. A "
    .. "caretaker answers for the other person out of kindness. Ask the "
    .. "group how long they could sit in that silence.",
  rescue {
    "Fill the gap. “I think what Joel wants is less pressure. Right, love?”",
    because = "Speaking for him feels helpful. But it is the pattern, right "
      .. "there in the room. He never gets to find his own words.",
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
  support {
    "Wait. Let the quiet sit, however long it takes.",
    because = "Waiting is harder than talking. But his answer only counts if "
      .. "it is his. Your silence gives him room.",
    effects = { growth = "+5" },
    clear = "booked_it",
    next = "good-month",
  },
  self_care {
    "Answer for yourself. “I want to find out what I like when I’m not "
    .. "looking after someone.”",
    because = "You say what you want for you. That is honest talk, and it is "
      .. "brave for a caretaker to have a want of her own.",
    effects = { resentment = "-5", growth = "+5" },
    set = "own_life",
    clear = "booked_it",
    next = "good-month",
  },
}

scene "on-your-own" {
  "Your own counselor’s room is small and warm. There is a box of tissues "
  .. "on the table and a plant that needs water.",
  "She asks, “When you have a problem, who do you go to?” You open your "
  .. "mouth to answer. Nothing comes out.",
  "“I don’t,” you say at last. “I’m the one people come to.”",
  rescue {
    "Spend the rest of the hour on Joel: what he needs, and how you can help "
    .. "him change.",
    because = "Even here, you look after him first. Your own healing means "
      .. "keeping the focus on you, just for this hour.",
    effects = { growth = "-5" },
    next = "good-month",
  },
  self_care {
    "Stay with the question. “I don’t know who I go to. Maybe that’s what I "
    .. "want to work on.”",
    because = "Staying with your own hard question is the start of healing "
      .. "on your own. It is your turn to be the one who is helped.",
    effects = { growth = "+5", resentment = "-5" },
    next = "good-month",
  },
  support {
    "Talk about you. At the end, ask if Joel could come with you one day.",
    because = "You keep your own work, and you invite him in without making "
      .. "it his job. Healing on your own can open the door to healing "
      .. "together.",
    effects = { growth = "+5", intimacy = "+5" },
    next = "good-month",
  },
}

-- ---------------------------------------------------------------- progress, and a slip

scene "good-month" {
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
  "One evening you notice you have nothing to do. Nobody needs you. The "
  .. "feeling is strange. Part of you feels free. Part of you feels lost.",
  discuss = "Why might Ana feel lost just when things are going well?",
  support {
    "Tell Joel, “This is weird. I feel a bit lost when you don’t need me.”",
    because = "Saying how you feel, without asking him to fix it, is honest "
      .. "talk. He gets to know you, not just your help.",
    effects = { intimacy = "+5" },
    clear = "shared_load",
    next = "laid-off",
  },
  rescue {
    "Find a job to do. Sort out Joel’s side of the closet, and go over the "
    .. "bills he paid, just to check.",
    because = "Checking his work feels useful. But it takes back what he has "
      .. "grown into, and it tells him you still don’t trust him.",
    effects = { resentment = "-5" },
    clear = "shared_load",
    later = {
      after = 2,
      effects = { intimacy = "-5" },
      says = "Joel found the bills with your ticks on them. He didn’t say a "
        .. "word. He didn’t need to.",
    },
    next = "laid-off",
  },
  self_care {
    "Sign up for the Saturday pottery class you have wanted for years.",
    because = "Filling your time with your own interests builds a self that "
      .. "is not only about looking after someone.",
    effects = { growth = "+5" },
    set = "own_life",
    clear = "shared_load",
    next = "laid-off",
  },
}

scene "laid-off" {
  "In June, Joel’s company cuts jobs. He is one of them.",
  "He comes home with a box of his things and sits on the stairs. For a week "
  .. "he hardly speaks. He sleeps late. He doesn’t cook on Tuesday, or on "
  .. "Thursday.",
  "You can feel the old machine start up inside you. Lists. Plans. Job ads. "
  .. "Phone calls.",
  discuss = "Progress is not a straight line. Why is it so easy to slip back "
    .. "when life gets hard?",
  notes = "This is the setback. Stress pulls people back into old roles, and "
    .. "that is normal. Ask the group what a setback means, and what it "
    .. "does not mean. A slip is not proof that the change was fake.",
  rescue {
    "Take it all back, just for now. The bills, the cooking, his calls. He "
    .. "has enough to deal with.",
    because = "Any loving partner might do this. But “just for now” is how "
      .. "old roles come back. He loses the jobs he was proud of, on top of "
      .. "the one he lost.",
    effects = { resentment = "-5", intimacy = "+5" },
    later = {
      after = 2,
      effects = { resentment = "+10", growth = "-5" },
      says = "“Just for now” has lasted a month. The list on the fridge is "
        .. "all in your writing again.",
    },
    next = "old-roles",
  },
  support {
    "Sit on the stairs with him. “I’m so sorry. What do you need from me this "
    .. "week?”",
    because = "Asking what he needs, at the worst moment, keeps him in charge "
      .. "of his own life. Hard times are when this matters most.",
    effects = { intimacy = "+5" },
    next = "job-hunt",
  },
  boundary {
    "“I’ll cook this week. After that, let’s work out what’s fair while you "
    .. "look for work.”",
    because = "You give real help, with a clear edge. A limit now protects "
      .. "you both from sliding all the way back.",
    effects = { resentment = "-5" },
    next = "job-hunt",
  },
}

scene "old-roles" {
  "Three weeks later, you stop in the kitchen and look around. You are doing "
  .. "everything again. The bills. The food. His mom’s calls. Last night you "
  .. "wrote his cover letter.",
  "Joel lies on the couch, scrolling. When you ask about jobs, he says “I’m "
  .. "looking,” and doesn’t look up.",
  "You are so tired your teeth hurt. You are angry, too, and you hate that "
  .. "you are angry.",
  discuss = "Ana has slipped back after real progress. Does that mean the "
    .. "change failed?",
  self_care {
    "Call Bea and tell her everything. Ask her to come for a walk.",
    because = "Getting support for yourself when you are running on empty is "
      .. "not selfish. You can’t give what you don’t have.",
    effects = { resentment = "-5" },
    next = "the-fight",
  },
  rescue {
    "Keep going. He is down. Once he has a job, you’ll step back.",
    because = "It is kind and loyal. But the longer you carry it, the harder "
      .. "it is to hand back. You are both sliding into the old roles.",
    effects = { resentment = "+5" },
    next = "the-fight",
  },
  support {
    "Sit down by him. “I think we’ve slipped back into the old way. Can we "
    .. "look at the list again, together?”",
    because = "Naming the slip, without blame, is how you get back on track. "
      .. "Setbacks are part of change, not the end of it.",
    effects = { resentment = "-5", growth = "+5" },
    next = "the-fight",
  },
}

scene "job-hunt" {
  "Joel starts looking for work. One night he asks, “Could you look at my "
  .. "cover letter? I think it’s bad.”",
  "It is bad. And you know someone at a company that is hiring. You know his "
  .. "email password, too. You could send ten perfect applications tonight.",
  support {
    "Tell him about your friend at the company. Let him decide if he wants "
    .. "to get in touch.",
    because = "Sharing what you know is help. Leaving the next step to him "
      .. "keeps the job hunt his.",
    effects = { intimacy = "+5" },
    next = "the-fight",
  },
  rescue {
    "Rewrite the letter. Then call your friend at the company and put his "
    .. "name forward.",
    because = "He asked you to look at one letter. Doing the whole job hunt "
      .. "for him turns help into rescue. If he gets the job, whose win is it?",
    effects = { resentment = "-5", intimacy = "+5" },
    later = {
      after = 2,
      effects = { resentment = "+5", growth = "-5" },
      says = "Your friend called Joel for a chat. He hadn’t known you put his "
        .. "name in. He felt like a child being walked to school.",
    },
    next = "the-fight",
  },
  support {
    "Read it. Mark the one part that sounds most like him. “Build from this "
    .. "bit.”",
    because = "You give what he asked for: a look, and an honest thought. The "
      .. "letter stays his, and so will the job.",
    effects = { growth = "+5" },
    next = "the-fight",
  },
}

scene "the-fight" {
  "One Sunday it all boils over. You find Joel’s phone bill, unpaid, under a "
  .. "pile of job papers.",
  { when = "resentment >= 40",
    "Before you can stop yourself, you are shouting. “Do I have to do "
    .. "everything? Again?”" },
  { when = "resentment < 40",
    "Your jaw locks. You hold the bill out to him, and your hand shakes." },
  "Joel stands up. “You’re doing it again,” he says. “You treat me like a "
  .. "kid. I was going to pay it.”",
  "You both stand there, breathing hard.",
  discuss = "Both of them are hurt. What would honest talk, without blame, "
    .. "sound like here?",
  notes = "The aim is not to win. Ask the group to say what Ana feels and "
    .. "needs, in “I” words. Then ask what Joel might feel under his anger. "
    .. "Listening without taking it personally is a skill, and a hard one.",
  rescue {
    "“I’m sorry. I’m sorry. I’ll pay it, it’s fine. Forget I said anything.”",
    because = "A quick sorry makes the fight stop. But it buries what you "
      .. "feel and takes the bill back too. Nothing changes, and the hurt waits.",
    effects = { intimacy = "+5" },
    later = {
      after = 1,
      effects = { resentment = "+10" },
      says = "The bill got paid. By you. Neither of you spoke of it again, "
        .. "and it hung in the house like a smell.",
    },
    next = "back-to-help",
  },
  neutral {
    "“Fine. Then I’ll stop helping at all. See how you like it.”",
    because = "Pulling away in anger is not a boundary. A boundary is calm "
      .. "and clear. This is a punishment, and it leaves you both alone.",
    effects = { resentment = "+5", intimacy = "-5" },
    next = "cold-week",
  },
  support {
    "“I get scared, and when I’m scared I take over. I don’t want to. What do "
    .. "you need from me?” Then listen.",
    because = "You talk about your own feelings, not his faults. Then you ask "
      .. "and listen, even when it stings. That is honest talk.",
    effects = { resentment = "-5", intimacy = "+5" },
    next = "back-to-help",
  },
}

scene "cold-week" {
  "For a week you do nothing for Joel at all. Not even the small things you "
  .. "both used to like. You leave his mail on the mat.",
  "The house is very quiet. Joel pays the phone bill. He also sleeps on the "
  .. "couch twice.",
  "You thought stopping would feel like freedom. It feels like a wall.",
  support {
    "Sit down next to him on the couch. “I was angry, and I shut you out. "
    .. "That wasn’t fair. Can we talk?”",
    because = "Owning your part is how you find your way back. Care and "
      .. "limits can live side by side. A wall is not a boundary.",
    effects = { resentment = "-5", intimacy = "+5" },
    next = "back-to-help",
  },
  rescue {
    "Cook a huge dinner and do all his laundry, to make up for the week.",
    because = "Swinging from nothing to everything is the same pattern. "
      .. "Making up by doing more keeps care as a debt.",
    effects = { intimacy = "+5", growth = "-5" },
    next = "back-to-help",
  },
  self_care {
    "Go and stay with Bea for the weekend, to think. Tell Joel when you’ll be back.",
    because = "Taking space to calm down, and saying so clearly, is care for "
      .. "you both. It is different from punishing him with silence.",
    effects = { resentment = "-5" },
    next = "back-to-help",
  },
}

scene "back-to-help" {
  "A few days later things are calm again. But the calm is thin, like ice "
  .. "in March.",
  { when = "had_help",
    "The counselor’s card is still on the fridge. Neither of you has been "
    .. "in two months." },
  { when = "not had_help",
    "The card for Bea’s counselor is still on the fridge." },
  "Joel turns it over in his hands. “Maybe we need someone to help us get "
  .. "back on track,” he says. “Or maybe we can do it alone. I don’t know.”",
  rescue {
    "“We’re fine. I’ll just try harder. I can fix this.”",
    because = "Trying harder on your own is the old pattern in new clothes. "
      .. "You don’t have to carry the healing alone.",
    effects = { resentment = "+5" },
    clear = "had_help",
    next = "the-question",
  },
  support {
    "“I’d like to go. Together. Will you call them, or shall I?”",
    because = "You say what you want, and you share the step. Going back for "
      .. "help after a slip is not failing. It is how change holds.",
    effects = { growth = "+5" },
    set = "went_back",
    clear = "had_help",
    next = "the-question",
  },
  self_care {
    "“I’m going to go back to my own sessions. I’d love you to come too. I’m "
    .. "going either way.”",
    because = "You look after your own healing and leave the door open for "
      .. "him. Both of you get to choose.",
    effects = { resentment = "-5", growth = "+5" },
    set = { "went_back", "own_life" },
    clear = "had_help",
    next = "the-question",
  },
}

-- ---------------------------------------------------------------- the question

scene "the-question" {
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
    "“I want to be with you. Not to look after you. Beside you.”",
    because = "You answer honestly, as an equal. Love can be care that you "
      .. "choose, not care you owe.",
    effects = { growth = "+5", intimacy = "+5" },
    next = {
      { when = "resentment >= 50", "old-roles-again" },
      { when = "intimacy < 40 and growth >= 40", "apart-kindly" },
      { when = "growth >= 60 and resentment <= 25 and intimacy >= 60", "two-of-us" },
      "still-in-the-work",
    },
  },
  rescue {
    "“I want to look after you. That’s what love is, isn’t it?”",
    because = "It is sweet, and you mean it. But it puts caretaking at the "
      .. "heart of your love. The old roles are waiting to come back.",
    effects = { resentment = "+5" },
    next = {
      { when = "resentment >= 40 or growth < 40", "old-roles-again" },
      "still-in-the-work",
    },
  },
  self_care {
    "“I don’t know yet. I need to find out who I am when I’m not looking "
    .. "after someone.”",
    because = "It is a scary thing to say. But an honest “I don’t know” is "
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
