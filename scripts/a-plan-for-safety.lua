-- A plan for safety: noticing danger, reaching help, and making a plan.
-- Leila lives with Jonah, her partner of three years. Since he lost his job,
-- his anger has been growing: shouting, a fist through a door, reading her
-- phone, asking her to skip her friends and her family. The skill in this
-- story is not a speech. It is noticing the danger, telling a trusted person,
-- reaching a domestic abuse helpline, and making a safety plan (a bag and
-- copies of papers somewhere safe, a code word with a friend, knowing where
-- to go, a charged phone, the emergency number when in danger now). The
-- traps are the rescuer's: covering for him, making excuses to friends and
-- family, managing his moods, taking the blame, fixing his anger for him,
-- and facing him down alone.
--
-- Safety: the scenes say plainly what comes first. interview-day names the
-- pattern and the helpline; thandi says, in the story itself, that setting
-- limits with someone who frightens you needs a plan and a professional's
-- help; the-plan lists the safety plan; the-night is danger now and not a
-- quiz (both choices get Leila out and call the emergency number). The Help
-- screen (F1) is named in the-door, interview-day, the-night, back-home and
-- the endings. Limits said to Jonah face to face are boundaries whose
-- because says a limit alone is not a safety plan; limits sent from a safe
-- place, as part of a plan, are boundaries that cost now and help later.
--
-- Flags, and where they matter:
--   texted_yuki    the-door: Leila texted Yuki; how the-phone opens, cleared there
--   kept_secret   sunday-morning: Leila promised to keep the door secret; a
--                 line in yuki-lunch, cleared there
--   code_word     yuki-listens, the-plan or two-months: a code word with Yuki;
--                 a line in the-night; with called_line (and not went_back)
--                 it is the pattern that leads to not-on-your-own
--   found_line    interview-day: the helpline is saved in her phone; how
--                 lunch-break opens, cleared there
--   called_line   lunch-break, femi-notices, yuki-sofa, back-home: Leila
--                 reached the helpline; leads to thandi, colours later
--                 scenes, and is half of the pattern for the best ending
--   bag_ready     the-plan: a bag at Yuki's; lines in the-night and yuki-sofa,
--                 cleared in yuki-sofa
--   went_back     yuki-sofa or his-message: Leila went home to look after
--                 Jonah's feelings; lines in two-months and a-first-step
--
-- The endings hang on patterns of choices, in two-months: called_line and
-- code_word without went_back lead to not-on-your-own (she reached
-- professional help and has a trusted person: the ending that teaches
-- best); went_back without called_line leads to the-quiet-house; every
-- other path, and brushing off her own fear, leads to a-first-step. Going
-- home after yuki-sofa leads through back-home, where calling the helpline
-- is still open, straight to two-months.
--
-- Meter changes are steps of 5 and flags are cleared once no later scene
-- reads them, so paths that meet in the same place merge.

scenario {
  id = "a-plan-for-safety",
  title = "A Plan for Safety",
  teaser = "Jonah’s temper is getting worse. A broken door, your phone in his "
    .. "hand, friends you hardly see. What keeps you safe?",
  you_play = "Leila",
  minutes = 20,
  content_notes = {
    "a partner’s growing anger and shouting",
    "a door broken in anger",
    "a partner who checks your phone and keeps you from friends",
    "fear at home, and a night the police are called",
    "a breakup",
  },
  meters = { resentment = 20, growth = 30, intimacy = 40 },
  start = "the-door",
}

-- ---------------------------------------------------------------- the door

scene "the-door" {
  place = "bedroom-night",
  "It is Saturday, near midnight. You are home late from your friend Yuki’s "
  .. "birthday dinner. Your phone died at nine, so you could not text.",
  "Jonah was waiting in the hall. He shouted that you made a fool of him. "
  .. "Then he hit the bedroom door with his fist. Now a long crack runs down "
  .. "the middle of it.",
  "He sits on the bed with his head in his hands. “Look what you made me "
  .. "do,” he says. “You know how I get when I can’t reach you.”",
  "Your heart is still racing. This has never happened before. Or it has, "
  .. "but smaller.",
  "If any of this is close to your own life, the Help screen (F1) lists "
  .. "people you can contact, at any point in this story.",
  discuss = "What is Leila feeling right now? Whose job is Jonah’s anger?",
  notes = "Read the content notes out before you start, and let anyone step "
    .. "out. The skill in this story is noticing danger and getting help, not "
    .. "finding the right words for Jonah. Describe what Jonah does; don't "
    .. "label him.",
  self_care {
    "Say you need some water. In the kitchen, text Yuki: “Home. Bit of a "
    .. "scary night. Can I call you tomorrow?”",
    because = "You let one person who cares about you know what happened. It "
      .. "feels strange and disloyal now. Later, it makes the next step easier.",
    effects = { growth = "+5", intimacy = "-5" },
    set = "texted_yuki",
    later = {
      after = 2,
      effects = { intimacy = "+10" },
      says = "Yuki called the next day and didn’t push. “I’m here,” she said. "
        .. "You held on to that.",
    },
    next = "sunday-morning",
  },
  rescue {
    "Sit down next to him. “I should have found a charger. I know you get "
    .. "anxious. Let’s just go to sleep.”",
    because = "It calms the room now, and that matters to you. But you take "
      .. "the blame for his fist. Later, the next outburst is your fault too, "
      .. "in his eyes and in yours.",
    effects = { resentment = "-5", intimacy = "+5" },
    later = {
      after = 3,
      effects = { resentment = "+10", growth = "-5" },
      says = "The next time Jonah shouted, he said, “You know what sets me "
        .. "off.” You did. You had agreed to it.",
    },
    next = "sunday-morning",
  },
  hurtful {
    "“It’s a door, Jonah. Grow up.” Walk out, and slam the kitchen door "
    .. "behind you.",
    because = "Your anger makes sense. But a slam can make an angry night "
      .. "more dangerous, and it hurts him without making you any safer.",
    effects = { resentment = "+5", intimacy = "-5" },
    next = "sunday-morning",
  },
  neutral {
    "Say nothing. Brush your teeth, get into bed, and lie still in the dark "
    .. "until you hear him fall asleep.",
    because = "Waiting out a bad night can be the safest thing to do. But it "
      .. "leaves you alone with what you saw.",
    later = {
      after = 2,
      effects = { growth = "-5" },
      says = "You never spoke about the door. By Monday it felt as if it had "
        .. "not happened.",
    },
    next = "sunday-morning",
  },
}

scene "sunday-morning" {
  place = "kitchen",
  "In the morning Jonah is up first. He makes pancakes, the thin kind you "
  .. "like. There are flowers from the corner shop on the table.",
  "“I’m sorry about last night,” he says. “I’ve been so stressed since the "
  .. "job went. I’ll fix the door.” Then, more quietly: “Don’t tell Yuki, "
  .. "okay? She already thinks I’m the bad guy. This stays between us.”",
  "The crack in the door is still there when you walk past it.",
  discuss = "Jonah says sorry, and then asks for a secret. What might the "
    .. "secret cost Leila?",
  rescue {
    "Squeeze his hand. “Of course. This stays with us. Things have been hard "
    .. "for you, and I get it.”",
    because = "It feels loving, and the morning stays soft. But you agree to "
      .. "keep his temper a secret, and the people who could help you are "
      .. "kept out. Later, that secret weighs more.",
    effects = { intimacy = "+5" },
    set = "kept_secret",
    later = {
      after = 2,
      effects = { resentment = "+5", growth = "-5" },
      says = "When Yuki asked about your weekend, you said “fine” and changed "
        .. "the subject. It felt like lying to her.",
    },
    next = "practice-interview",
  },
  neutral {
    "“These are good. Did you put lemon in them?” Talk about the match on TV "
    .. "later and who might win it.",
    because = "Small talk gets you through the morning. But the door, and his "
      .. "ask, sit there with no answer.",
    next = "practice-interview",
  },
  support {
    "Eat the pancakes. “Thank you for saying sorry. The door is yours to fix. "
    .. "So is the temper.”",
    because = "You take his sorry, and you don’t take his temper on. It stings "
      .. "him now, and he goes quiet. It leaves his anger where it belongs: "
      .. "with him.",
    effects = { growth = "+5", intimacy = "-5" },
    next = "practice-interview",
  },
  boundary {
    "“I won’t keep secrets from Yuki. I tell my friends what I want to tell "
    .. "them. That’s how it’s always been.”",
    because = "A fair limit, said on a calm morning. He goes cold all day, and "
      .. "that costs you now. Notice how he takes a plain no. That is worth "
      .. "noticing.",
    effects = { growth = "+5", intimacy = "-10" },
    later = {
      after = 3,
      effects = { growth = "+5" },
      says = "You had kept your word to yourself. When the time came to talk "
        .. "to Yuki, the door was already open.",
    },
    next = "practice-interview",
  },
}

scene "practice-interview" {
  "On Tuesday Jonah gets a call. A depot across town wants to meet him on "
  .. "Friday. He is pleased and scared at once.",
  "“Will you do a practice run with me tonight?” he asks. “Ask me the hard "
  .. "ones. I always freeze on why I left my last job.”",
  "Your friend Femi from work has a cousin who runs that depot. One word from "
  .. "Femi might help.",
  "Jonah is kind tonight. This is the man you fell for.",
  rescue {
    "Text Femi: could his cousin look out for Jonah’s name on Friday? Jonah "
    .. "doesn’t need to hear about it.",
    because = "It may get him a fairer look, and you mean well. But it is a "
      .. "fix made behind his back. Later, if he finds out, he hears that you "
      .. "think he can’t do it himself.",
    effects = { resentment = "-5", growth = "+5" },
    later = {
      after = 2,
      effects = { intimacy = "-5", resentment = "+5" },
      says = "Femi’s cousin gave Jonah a good look, then let slip that you had "
        .. "asked. Jonah heard it as pity.",
    },
    next = "the-phone",
  },
  support {
    "Sit on the sofa with his list. Ask him the hard ones, and let him find "
    .. "his own answers, even the slow ones.",
    because = "He asked for exactly this. You do the task he asked for, and "
      .. "the answers stay his. It takes your evening, and he gets cross with "
      .. "himself twice.",
    effects = { growth = "+5", intimacy = "+5" },
    next = "the-phone",
  },
  rescue {
    "“You don’t need to practise, love. You’re great with people. Just be "
    .. "yourself and they’ll see it.”",
    because = "It sounds like faith in him, and it eases his nerves tonight. "
      .. "But he asked for practice, and you talk him out of it. He walks in "
      .. "less ready.",
    effects = { intimacy = "+5", growth = "-5" },
    next = "the-phone",
  },
  self_care {
    "Say you’re worn out tonight. Offer half an hour tomorrow, after your "
    .. "shift, with a cup of tea.",
    because = "You are allowed to be tired, and another time keeps your word. "
      .. "He sighs, and that costs a little now.",
    effects = { resentment = "-5", intimacy = "-5" },
    later = {
      after = 2,
      effects = { growth = "+5" },
      says = "The practice run on Wednesday went well. Jonah said he felt "
        .. "ready.",
    },
    next = "the-phone",
  },
}

scene "the-phone" {
  place = "bedroom",
  "On Thursday you come out of the shower. Jonah is sitting on the bed with "
  .. "your phone. He is reading your messages.",
  { when = "texted_yuki",
    "He holds it up. “‘A bit of a scary night’? Why are you telling Yuki about "
    .. "us?”" },
  { when = "not texted_yuki",
    "“Who’s Femi?” he asks. “Why is he texting you at nine at night?” Femi "
    .. "had asked you to swap a shift." },
  "“From now on I want your passcode,” he says. “Couples don’t have "
  .. "secrets.”",
  "Reading your phone and asking for your code is a way of keeping watch on "
  .. "you. It is worth noticing, and worth telling someone you trust.",
  discuss = "Jonah calls it having no secrets. What else might it be?",
  boundary {
    "Take the phone back, gently. “It’s my phone. I won’t give you the "
    .. "code, and I don’t ask for yours.”",
    because = "A fair limit, and it keeps your link to your friends. He "
      .. "storms out for an hour, and that costs now. How he takes a no is "
      .. "worth telling someone about.",
    effects = { growth = "+5", intimacy = "-5" },
    clear = "texted_yuki",
    next = "yuki-lunch",
  },
  it_depends {
    "Show him the messages this once, so he can see there’s nothing there. "
    .. "Then put the phone away.",
    because = "Between equals, showing one message can clear up a real "
      .. "mix-up. When it is asked for in anger, and it becomes a habit, it "
      .. "turns into a rescue: you manage his moods with your privacy.",
    effects = { resentment = "-5" },
    later = {
      after = 3,
      effects = { growth = "-5" },
      says = "On Sunday he asked to see your phone again. “Just to check,” he "
        .. "said.",
    },
    clear = "texted_yuki",
    next = "yuki-lunch",
  },
  hurtful {
    "Snatch it from his hand. “You’re pathetic, you know that? Going through "
    .. "my stuff like a creep.”",
    because = "You have every right to be angry. But an insult in a tense "
      .. "room can make him angrier, and it does nothing to keep you safe.",
    effects = { resentment = "+5", intimacy = "-5" },
    clear = "texted_yuki",
    next = "yuki-lunch",
  },
  rescue {
    "“Fine. Here. I’ve got nothing to hide, and if it helps you feel calmer, "
    .. "you can look any time.”",
    because = "It calms him tonight, and you want the peace. But you give up "
      .. "your privacy to manage his worry. Later, you write every message as "
      .. "if he is reading it.",
    effects = { intimacy = "+5", resentment = "-5" },
    later = {
      after = 2,
      effects = { resentment = "+10", intimacy = "-5" },
      says = "You caught yourself deleting a text from Yuki before you got "
        .. "home. Then another.",
    },
    clear = "texted_yuki",
    next = "yuki-lunch",
  },
}

-- ---------------------------------------------------------------- yuki

scene "yuki-lunch" {
  place = "cafe",
  "Saturday, you meet Yuki for lunch. It took three tries to set it up. "
  .. "Jonah didn’t want you to go.",
  { when = "kept_secret",
    "You promised Jonah you wouldn’t talk about the door. The promise sits in "
    .. "your throat." },
  "Yuki watches you check your phone four times. “You’ve cancelled on me "
  .. "twice,” she says. “You look so tired, Leila. Is everything okay at "
  .. "home?”",
  neutral {
    "Ask about her new job. Laugh at her story about the boss and the fire "
    .. "drill, and let the hour slide by.",
    because = "A nice hour matters. But she asked a real question, and it got "
      .. "a shrug. The chance goes by.",
    effects = { intimacy = "-5" },
    clear = "kept_secret",
    next = "interview-day",
  },
  rescue {
    "“He’s just stressed about work. He’s a big softie, really. Honestly, I’m "
    .. "the moody one lately.”",
    because = "It protects him, and lunch stays easy. But it is an excuse made "
      .. "for him, and it turns away the one person who asked. Later, it is "
      .. "harder to tell her.",
    effects = { resentment = "-5", growth = "-5" },
    clear = "kept_secret",
    next = "interview-day",
  },
  self_care {
    "Put your fork down. Tell her about the door, the phone and the code. "
    .. "Let her see you cry.",
    because = "Telling a trusted friend is hard, and right now it feels like "
      .. "betraying him. It is not. It is how you stop being alone with it.",
    effects = { growth = "+10", resentment = "-5" },
    clear = "kept_secret",
    next = "yuki-listens",
  },
  hurtful {
    "“You’ve never liked him. Can we please not do this today?”",
    because = "It ends the question fast. But it punishes Yuki for caring, and "
      .. "it cuts you off a little more.",
    effects = { intimacy = "-10", resentment = "+5" },
    clear = "kept_secret",
    next = "interview-day",
  },
}

scene "yuki-listens" {
  place = "cafe",
  "Yuki reaches across the table and holds your hand. “That’s not okay,” she "
  .. "says. “None of it. I’m scared for you.”",
  "Then her jaw sets. “Let me come home with you. I’ll tell him exactly what "
  .. "I think of him.”",
  "Part of you wants her to. But facing him down, alone or with a friend, can "
  .. "make an angry person more dangerous. What helps is a plan, and people "
  .. "who know about this.",
  discuss = "Yuki wants to face Jonah. Why might that make things less safe? "
    .. "What could she do instead?",
  rescue {
    "“Please don’t say anything to him. I can handle him. He’ll be fine once "
    .. "he has a job.”",
    because = "It sounds calm and able. But his moods become your job to "
      .. "handle, alone, and the help she offered is turned away.",
    effects = { resentment = "-5", growth = "-5" },
    next = "interview-day",
  },
  self_care {
    "“Please don’t. But will you be my person? If I ever text you the word "
    .. "‘pineapple’, call me and come and get me.”",
    because = "A code word with someone you trust is part of a real safety "
      .. "plan. It asks her for something she can do, and it keeps you both "
      .. "out of a fight.",
    effects = { growth = "+5", intimacy = "+5" },
    set = "code_word",
    later = {
      after = 2,
      effects = { growth = "+5" },
      says = "Every week Yuki sent you a little pineapple, just to say she was "
        .. "there. You sent back a thumbs up.",
    },
    next = "interview-day",
  },
  it_depends {
    "“Okay. Come for dinner on Friday, then. He’s always calmer when you’re "
    .. "around.”",
    because = "Seeing friends at home helps you feel less cut off, if it is "
      .. "for you. If it is to keep him calm, it turns into a rescue: Yuki "
      .. "becomes a way to manage his mood.",
    effects = { intimacy = "+5" },
    later = {
      after = 2,
      effects = { resentment = "+5" },
      says = "Dinner with Yuki was lovely. Jonah was charming. After she left, "
        .. "he asked what you had told her.",
    },
    next = "interview-day",
  },
}

-- ---------------------------------------------------------------- the pattern

scene "interview-day" {
  place = "doorway",
  "Friday evening. The depot rang Jonah at four. They gave the job to "
  .. "someone else.",
  "When you get home he is in the hall. He throws his keys at the wall. He "
  .. "shouts that no one ever backs him. Then: “And who were you texting all "
  .. "day?”",
  "You go to walk past him. For a long moment he stands in the doorway and "
  .. "does not move. Then he does.",
  "Shouting. A broken door. Your phone. Now standing in your way. Each one "
  .. "alone you could explain. Together they make a pattern, and it is "
  .. "getting worse. That is a sign to get help from people trained in this, "
  .. "like a domestic abuse helpline. The Help screen (F1) lists who to "
  .. "contact.",
  "It is tempting to sit him down and tell him where the line is. But "
  .. "setting limits with someone who frightens you needs a professional’s "
  .. "help and a safety plan. It is not something to do alone.",
  discuss = "What has changed since the first night? Why is this now a "
    .. "safety question, and not a question of finding the right words?",
  notes = "This is where the story names the pattern. Keep to what Jonah "
    .. "does, not what he is. Have local helpline numbers on the board before "
    .. "the session.",
  self_care {
    "Later, when he is asleep, look up a domestic abuse helpline on your "
    .. "phone. Save it under a dull name.",
    because = "You noticed the danger and took the first step to get help. "
      .. "It is scary, and nothing is fixed tonight. But now you have a "
      .. "number.",
    effects = { growth = "+10", resentment = "+5" },
    set = "found_line",
    next = "lunch-break",
  },
  rescue {
    "Put your arms around him. “They’re fools. You’ll get the next one. Come "
    .. "on, I’ll run you a bath.”",
    because = "Comfort after bad news is kind, and he does calm down. But you "
      .. "smooth over the way he blocked the door, even in your own head. "
      .. "Later, his moods run the house.",
    effects = { intimacy = "+5", growth = "-5" },
    later = {
      after = 2,
      effects = { resentment = "+10", intimacy = "-5" },
      says = "You noticed you had started to check his face before you said "
        .. "anything at all.",
    },
    next = "lunch-break",
  },
  hurtful {
    "“Maybe if you didn’t shout at everyone, somebody would hire you.”",
    because = "It comes from fear and anger. But a jab at a raw spot hurts "
      .. "him and can make a tense night worse. It does nothing for your "
      .. "safety.",
    effects = { resentment = "+5", intimacy = "-10" },
    next = "lunch-break",
  },
  boundary {
    "Meet his eyes. “You can be upset about the job. You can’t stand in my "
    .. "way like that. Not ever.”",
    because = "The limit is fair. But said alone, face to face, to someone "
      .. "who just blocked the door, it can make him angrier. A limit is not "
      .. "a safety plan. With someone who frightens you, limits need a "
      .. "professional’s help.",
    effects = { resentment = "+5", intimacy = "-5" },
    later = {
      after = 1,
      effects = { growth = "-5" },
      says = "Jonah went silent for the rest of the night. You lay awake, "
        .. "listening for him.",
    },
    next = "lunch-break",
  },
}

scene "lunch-break" {
  place = "library",
  "Monday. You work at the town library. At lunch you sit in the staff room "
  .. "with a sandwich you don’t eat.",
  { when = "found_line",
    "The helpline is in your phone, under “Library hours”. Your thumb "
    .. "hovers over it." },
  { when = "not found_line",
    "On the notice board is a card for a domestic abuse helpline. Free, "
    .. "private, open day and night. You have walked past it a hundred times." },
  "You could call now. Jonah is at his brother’s all day. No one would "
  .. "hear.",
  it_depends {
    "Call Jonah’s brother Theo instead. Ask him to talk some sense into "
    .. "Jonah before it gets any worse.",
    because = "Telling someone in his family can help, if they are safe and "
      .. "it is about your safety. If it is to get Theo to fix Jonah, it "
      .. "turns into a rescue, and it may reach Jonah before you have a plan.",
    effects = { resentment = "+5" },
    later = {
      after = 2,
      effects = { growth = "-5" },
      says = "Theo talked to Jonah. Jonah came home and asked what you had "
        .. "been saying about him.",
    },
    clear = "found_line",
    next = "femi-notices",
  },
  self_care {
    "Call. When a woman answers, say: “I don’t know if this is the right "
    .. "place. My partner’s temper scares me.”",
    because = "You don’t have to be sure to call. Helplines talk to people "
      .. "who are not sure every day. It is hard to say out loud, and it "
      .. "brings in real help.",
    effects = { growth = "+10" },
    set = "called_line",
    clear = "found_line",
    next = "thandi",
  },
  rescue {
    "Look up courses for men with a temper. Book Jonah a place, and plan how "
    .. "to tell him gently, without judging him.",
    because = "It feels like hope, and like doing something. But his anger is "
      .. "his to work on, and a course booked for him makes his change your "
      .. "job. Your own safety is left out.",
    effects = { resentment = "-5", growth = "-5" },
    later = {
      after = 3,
      effects = { resentment = "+10" },
      says = "When you told Jonah about the course, he said you were the one "
        .. "with the problem, and tore up the page.",
    },
    clear = "found_line",
    next = "femi-notices",
  },
  neutral {
    "Put the phone back in your bag. Read the news and eat half the sandwich. "
    .. "Maybe it isn’t that bad. Maybe next week.",
    because = "Waiting feels safer today. But the pattern is not waiting, and "
      .. "help is one call away whenever you are ready.",
    effects = { growth = "-5" },
    clear = "found_line",
    next = "femi-notices",
  },
}

scene "femi-notices" {
  place = "library",
  "On Wednesday Jonah turns up at the library at closing time. He says he "
  .. "was passing. He walks you home, his hand tight on your arm.",
  "The next day your friend Femi finds you in the book room. “Tell me to mind "
  .. "my own business,” he says. “But you jump every time your phone buzzes. "
  .. "My sister went through something. This is the number that helped her.”",
  "He holds out a card. It is a domestic abuse helpline.",
  self_care {
    "Take the card. “Will you stand outside the door while I call? Just for "
    .. "ten minutes?”",
    because = "Asking a safe person to stand by while you call is getting "
      .. "your own support. It is scary and slow, and it brings in people who "
      .. "know what to do.",
    effects = { growth = "+10", intimacy = "+5" },
    set = "called_line",
    next = "thandi",
  },
  rescue {
    "“He just misses me when I’m at work. He’s sweet like that. But thank "
    .. "you, really.”",
    because = "It smooths the moment over, and Femi lets it go. But it is "
      .. "another excuse made for Jonah, and the help goes in a drawer.",
    effects = { resentment = "-5", growth = "-5" },
    next = "sami-birthday",
  },
  neutral {
    "Thank him, say you’re fine, and ask if the new book order has come in "
    .. "yet. Slip the card into your coat.",
    because = "You keep the card, which counts for something. But you close "
      .. "the talk, and you are still on your own with it.",
    next = "sami-birthday",
  },
  hurtful {
    "“You don’t know anything about us, Femi. Please don’t talk about my life "
    .. "at work.”",
    because = "You feel exposed, and that is hard. But it pushes away a kind "
      .. "person and the help he held out.",
    effects = { intimacy = "-5", resentment = "+5" },
    next = "sami-birthday",
  },
}

-- ---------------------------------------------------------------- help

scene "thandi" {
  "The helpline worker says her name is Thandi. She listens to all of it: the "
  .. "door, the phone, the hall. She doesn’t hurry you.",
  "“Thank you for calling,” she says. “None of this is your fault. Shouting, "
  .. "breaking things, checking your phone, keeping you from friends: those "
  .. "are warning signs, and we take them seriously. You don’t have to "
  .. "decide anything today.”",
  "Then she says something you write down. “Setting limits with someone who "
  .. "frightens you is not something to do alone. It needs a plan, and help "
  .. "from people like us. Let’s make the plan first.”",
  discuss = "What can Thandi give Leila that a good talk with Jonah could "
    .. "not?",
  self_care {
    "“Okay. Can we go through it now? I’ve got twenty minutes before I’m "
    .. "back on the desk.”",
    because = "You take expert help and start where you are. It is hard to "
      .. "hear, and it may be the most useful twenty minutes of your month.",
    effects = { growth = "+10" },
    later = {
      after = 3,
      effects = { resentment = "-5" },
      says = "You saved Thandi’s line under “Library hours”. Just knowing you "
        .. "could call again made the week lighter.",
    },
    next = "the-plan",
  },
  rescue {
    "“He’s not a bad man. I think I just need to stop setting him off. Can "
    .. "you tell me how?”",
    because = "You love him, and you want peace. But you are asking how to "
      .. "manage his moods for him. Thandi says gently that his anger is not "
      .. "yours to manage. Then she helps you plan anyway.",
    effects = { intimacy = "+5", growth = "-5" },
    next = "the-plan",
  },
  it_depends {
    "“Could we try couples counselling? Then someone else could tell him "
    .. "what he’s doing.”",
    because = "Couples counselling helps many couples. When one partner is "
      .. "afraid of the other, services usually advise against it for now: it "
      .. "can be unsafe, and you end up carrying his change. Thandi tells you "
      .. "about programs he could choose for himself.",
    effects = { growth = "+5", resentment = "+5" },
    next = "the-plan",
  },
}

scene "the-plan" {
  place = "library",
  "Thandi goes through a safety plan with you. You write it on the back of a "
  .. "library slip, in words only you would understand.",
  "A bag with clothes, your medicine, some cash and a charger, kept "
  .. "somewhere safe. Copies of your passport, bank card and rent papers. A "
  .. "code word with a friend. Where you would go, day or night. Your phone "
  .. "always charged. And if you are in danger right now, call the emergency "
  .. "number.",
  "“Don’t tell Jonah about the plan,” she says. “It is for you. The time "
  .. "around leaving can be the most dangerous, so if you ever want to go, "
  .. "plan it with us. Call back any time.”",
  { when = "code_word",
    "You already have a code word with Yuki. That’s one thing done." },
  discuss = "Which parts of the plan could Leila start this week without "
    .. "Jonah knowing? Why keep it private?",
  self_care {
    "Start the bag. Each day, take one thing to work in your tote. Ask Yuki "
    .. "to keep the bag at her flat.",
    because = "Small steps, one a day, are how a plan gets made. It is tiring "
      .. "to carry a secret like this, and it means that one bad night would "
      .. "not leave you with nothing.",
    effects = { growth = "+5", resentment = "+5" },
    set = "bag_ready",
    later = {
      after = 2,
      effects = { resentment = "-5" },
      says = "By Friday the bag at Yuki’s held clothes, your pills, some cash "
        .. "and copies of your papers.",
    },
    next = "sami-birthday",
  },
  self_care {
    "Ring Yuki tonight from the library and ask her to be your code-word "
    .. "person. Tell her only what you want to.",
    because = "One trusted person who knows what the word means can get help "
      .. "to you fast. Asking is hard, and Yuki is glad you did.",
    effects = { growth = "+5", intimacy = "+5" },
    when = "not code_word",
    set = "code_word",
    next = "sami-birthday",
  },
  rescue {
    "Tell Jonah you called a helpline. Once he sees how scared you are, "
    .. "surely he’ll want to change.",
    because = "You hope the truth will wake him up. But his change is his "
      .. "work, and telling someone who frightens you about your plan can put "
      .. "you at more risk. Thandi asked you to keep it private for a reason.",
    effects = { resentment = "-5", growth = "-10" },
    later = {
      after = 1,
      effects = { resentment = "+10" },
      says = "That night Jonah went through your bag, looking for the number.",
    },
    next = "sami-birthday",
  },
  neutral {
    "Fold the slip into your purse. Start next month, once his job hunt has "
    .. "settled down and things are calmer.",
    because = "Waiting for a calmer time feels kind to him. But a plan is for "
      .. "before it is needed, not after.",
    effects = { growth = "-5" },
    next = "sami-birthday",
  },
}

-- ---------------------------------------------------------------- family

scene "sami-birthday" {
  place = "living-room",
  "Your brother Sami turns twenty-five on Saturday. Your mum is cooking her "
  .. "lamb and rice, and the whole family will be there. Sami texts: “You’re "
  .. "coming, right? I haven’t seen you in a month.”",
  "Jonah says he isn’t going. “Your family looks at me like dirt. If you "
  .. "loved me, you’d stay home with me.”",
  "This is the third thing this month he has asked you to skip.",
  boundary {
    "“I’m going to my brother’s birthday. You’re welcome to come. I’ll be "
    .. "home by ten.”",
    because = "A plain, fair limit that keeps your family close. He texts you "
      .. "all night, so it costs now. Keep your phone charged, and keep "
      .. "someone in the loop.",
    effects = { growth = "+5", intimacy = "-5" },
    later = {
      after = 3,
      effects = { intimacy = "+5" },
      says = "At the party your mum held you for a long time. “We’re here,” "
        .. "she said. You felt it.",
    },
    next = "jonah-asks",
  },
  self_care {
    "Go. In your mum’s kitchen, tell Sami quietly that things are hard at "
    .. "home, and ask him to check on you.",
    because = "You keep your family close and let one more safe person know. "
      .. "Sami looks scared for you, and that is hard to see. You are less "
      .. "alone.",
    effects = { growth = "+5", intimacy = "+5" },
    next = "jonah-asks",
  },
  rescue {
    "Text Sami: “Sorry, I’ve got a horrible cold. Next time!” Stay in and make "
    .. "Jonah’s favourite curry.",
    because = "It keeps the peace, and Jonah is sweet all evening. But you "
      .. "cover for him with a lie and lose one more link to your family. "
      .. "Being cut off makes everything harder later.",
    effects = { intimacy = "+5" },
    later = {
      after = 2,
      effects = { resentment = "+10", intimacy = "-5" },
      says = "Sami stopped texting so often. Your mum asked if you were "
        .. "angry with her.",
    },
    next = "jonah-asks",
  },
  hurtful {
    "“Fine. Stay home and sulk. My family’s right about you.”",
    because = "It hits back, and it feels fair. But it can turn a tense "
      .. "night into a dangerous one, and it does not keep you safe.",
    effects = { resentment = "+5", intimacy = "-5" },
    next = "jonah-asks",
  },
}

scene "jonah-asks" {
  "On Sunday night Jonah cries. He says he hates how he has been. His dad "
  .. "used to shout and throw things, and he swore he never would.",
  "“Help me be better,” he says. “You’re the only one who gets me. Just stay "
  .. "and help me.”",
  "You believe he means it tonight. You have believed it before.",
  discuss = "Jonah asks Leila to help him change. Whose work is his change? "
    .. "What can she give, and what can’t she?",
  it_depends {
    "Say you’ll go to couples counselling with him, if he finds someone and "
    .. "books it himself.",
    because = "Couples counselling helps many couples. When one partner is "
      .. "afraid of the other, services usually say: not yet. It can be "
      .. "unsafe, and you end up carrying his change in the room.",
    effects = { intimacy = "+5" },
    later = {
      after = 3,
      effects = { growth = "-5" },
      says = "He never booked it. When you asked, he said you were the one "
        .. "who needed fixing.",
    },
    next = "the-night",
  },
  support {
    "Hold his hand. “I hope you do. It’s your work, not mine. There are "
    .. "programs for people who want to stop. You can call one.”",
    because = "You care, and you leave his change with him. You point to real "
      .. "help for him, once. It is not what he wanted, and he lets go of your "
      .. "hand.",
    effects = { growth = "+10", intimacy = "-5" },
    next = "the-night",
  },
  rescue {
    "“We’ll do it together. I’ll read up on it, and I’ll help you catch it "
    .. "before it starts.”",
    because = "It sounds loving and hopeful. But it makes his anger your "
      .. "project, and when he slips it will feel like your failure. His "
      .. "change is his work.",
    effects = { intimacy = "+10", growth = "-5" },
    later = {
      after = 2,
      effects = { resentment = "+10", intimacy = "-10" },
      says = "Three days later he shouted again. “You said you’d help me "
        .. "catch it,” he said.",
    },
    next = "the-night",
  },
  hurtful {
    "“You said that last time. And the time before.” Turn over and face the "
    .. "wall.",
    because = "You are tired of the same promise, and that is real. But a "
      .. "cold jab shuts the talk down, and it doesn’t make you safer.",
    effects = { intimacy = "-5", resentment = "+5" },
    next = "the-night",
  },
}

-- ---------------------------------------------------------------- danger

scene "the-night" {
  place = "doorway",
  "Thursday night, Jonah gets home late. You can tell from the way he shuts "
  .. "the front door.",
  "He wants to know why Sami called you. He is shouting, louder than ever. "
  .. "He takes your phone and puts it in his pocket. He stands between you "
  .. "and the front door.",
  "You are frightened. Trust that.",
  { when = "bag_ready",
    "Your old phone is charged, in your coat by the back door, the way "
    .. "Thandi said. Your bag is at Yuki’s." },
  { when = "code_word",
    "Yuki knows the word. One text, and she will come." },
  "This is danger now. It is not a question about rescuing. Get out and call "
  .. "for help: the emergency number first, when you are in danger right "
  .. "now. The Help screen (F1) lists who to contact.",
  notes = "Both choices get Leila to safety and call for help. Danger changes "
    .. "the question; don't let the room debate it. Name the emergency number "
    .. "where you are.",
  self_care {
    "Go out the back door and down to Mrs. Nowak’s flat. Knock hard. Ask her "
    .. "to call the emergency number, and stay with her.",
    because = "When you are in danger right now, getting out and calling for "
      .. "help is the right thing. It is not a betrayal. It is safety.",
    effects = { growth = "+5" },
    next = "yuki-sofa",
  },
  self_care {
    "Go out the back door to the corner shop. Ask to use their phone. Call "
    .. "the emergency number, then call Yuki.",
    because = "You got yourself out and called for help. Danger changes the "
      .. "question. This is what the plan is for.",
    effects = { growth = "+5" },
    next = "yuki-sofa",
  },
}

scene "yuki-sofa" {
  place = "living-room",
  "You wake on Yuki’s sofa. Last night the police came. They spoke to Jonah "
  .. "and to you, and gave you the number of a local domestic abuse service. "
  .. "Yuki drove over and brought you here.",
  { when = "bag_ready",
    "Your bag is here, packed: clothes, pills, cash, the copies of your "
    .. "papers. You could cry at how much that helps." },
  { when = "not bag_ready",
    "You have your work bag and what you were wearing. Yuki lends you a "
    .. "T-shirt and a toothbrush." },
  "Your phone is back, with twenty-two messages from Jonah. “I’m so sorry.” "
  .. "“Please come home.” “I can’t do this without you.” “Why did you call "
  .. "the police on me?”",
  { when = "not called_line",
    "Yuki puts a helpline number next to your tea. “Today?” she asks." },
  discuss = "Jonah’s messages swing between sorry and blame. What does Leila "
    .. "need this morning? What does Jonah need, and whose job is that?",
  self_care {
    "Don’t reply. Save his messages. Call the helpline with Yuki beside you, "
    .. "and tell them about last night.",
    because = "You keep a record and get expert help on the day you most need "
      .. "it. It is hard to leave him unanswered, and he sends more.",
    effects = { growth = "+10", intimacy = "+5" },
    set = "called_line",
    clear = "bag_ready",
    next = "your-things",
  },
  rescue {
    "Text him: “I know you didn’t mean it. I’ll come home tonight, and we can "
    .. "talk it through.”",
    because = "You miss him, and you want his pain to stop. But going home "
      .. "tonight to calm him puts his feelings ahead of your safety. A "
      .. "helpline can help you think it through first.",
    effects = { intimacy = "+5", growth = "-10" },
    set = "went_back",
    clear = "bag_ready",
    next = "back-home",
  },
  boundary {
    "Text him once: “I’m safe, so don’t worry. I need time. Don’t come to Yuki’s.” Then mute "
    .. "his number.",
    because = "A short, clear message sent from a safe place is a real limit. "
      .. "He sends five more texts, and it stings. With someone who frightens "
      .. "you, limits go best as part of a plan made with a helpline.",
    effects = { growth = "+5", intimacy = "-5" },
    later = {
      after = 2,
      effects = { resentment = "-5" },
      says = "His texts slowed down after three days. The quiet felt strange, "
        .. "and then it felt like air.",
    },
    clear = "bag_ready",
    next = "your-things",
  },
  hurtful {
    "Type a long message telling him exactly what he is. Send it, then throw "
    .. "the phone across the sofa.",
    because = "Your fury is fair after last night. But it feeds the fight, and "
      .. "it may make the next days less safe.",
    effects = { resentment = "+5", intimacy = "-5" },
    later = {
      after = 1,
      effects = { growth = "-5" },
      says = "Jonah sent your message to his mum, with a line of his own: “See "
        .. "what she’s like?”",
    },
    clear = "bag_ready",
    next = "your-things",
  },
}

scene "back-home" {
  place = "living-room",
  "A week later you are back in the flat. Jonah has fixed the bedroom door. "
  .. "He is gentle and careful. He brings you tea in bed.",
  "But you watch his face before you speak. You keep your old phone charged, "
  .. "just in case. You haven’t told Yuki you are back.",
  "On Wednesday he asks if you still have the number of that program for men "
  .. "who want to stop. He says he might call.",
  "Many people go back. It does not mean you failed, and help is still "
  .. "there. The helpline still answers. The Help screen (F1) lists who to "
  .. "contact.",
  discuss = "Leila has gone back. What would help her now? What would not?",
  support {
    "Write the program’s number on a slip and hand it to him. Leave the call, "
    .. "and the rest, to him.",
    because = "He asked, and a number is all it takes. The call, and the "
      .. "change, stay his. It is hard not to check whether he rang.",
    effects = { growth = "+5", resentment = "+5" },
    next = "two-months",
  },
  rescue {
    "Text Yuki that you’re home, and that it was all a big misunderstanding. "
    .. "He’s doing so well now.",
    because = "It covers for him, and it saves you a hard talk. But it closes "
      .. "a door Yuki was holding open. Later, you are more alone with it.",
    effects = { resentment = "-5", growth = "-5" },
    later = {
      after = 2,
      effects = { resentment = "+10", intimacy = "-5" },
      says = "Yuki wrote back, “Okay. Pineapple still works.” You cried in the "
        .. "library toilets.",
    },
    next = "two-months",
  },
  self_care {
    "At lunch, from the library, call the helpline. Tell them you went back, "
    .. "and ask them to help you plan from here.",
    because = "Going back does not close the door on help. You get expert "
      .. "help where you are, and it is hard to say out loud.",
    effects = { growth = "+10", intimacy = "-5" },
    set = "called_line",
    next = "two-months",
  },
  neutral {
    "Drink the tea. Say nothing about last week, and let things settle for "
    .. "a while.",
    because = "A quiet week can feel like rest. But the danger has not gone "
      .. "anywhere, and neither has the help.",
    effects = { resentment = "+5" },
    next = "two-months",
  },
}

scene "your-things" {
  place = "doorway",
  "You need your things from the flat: your work clothes, your laptop, your "
  .. "grandmother’s ring.",
  "Jonah texts: “Come and get your stuff. Just you. We should talk face to "
  .. "face like adults.”",
  { when = "called_line",
    "The helpline worker said: don’t go alone. Go when he is out, or ask the "
    .. "police about going with you." },
  { when = "not called_line",
    "Yuki says the local service the police told you about can help plan "
    .. "this." },
  discuss = "Why does Jonah want Leila to come alone? What would make "
    .. "getting her things safer?",
  self_care {
    "Text back that you’ll come on Tuesday, while he is at his brother’s. "
    .. "Sami will drive. In and out in twenty minutes.",
    because = "You get your things with a safe person beside you, while he "
      .. "is out. It is slower, and he is angry that you said no to a talk. "
      .. "You stay safe.",
    effects = { growth = "+5", resentment = "+5" },
    next = "his-mum",
  },
  boundary {
    "“I’ll fetch my things when you’re out. I won’t meet you alone. If you "
    .. "want to say something, write it down.”",
    because = "A clear limit, sent from a safe place. He sends angry replies, "
      .. "and that costs now. A worker can help you keep it.",
    effects = { growth = "+5", resentment = "+5" },
    next = "his-mum",
  },
  rescue {
    "Go round on Saturday, on your own, like he asks. If you stay calm, he "
    .. "will too, and you can get it all in one trip.",
    because = "You hope your calm will keep him calm. But that is his to do, "
      .. "and meeting alone is exactly what safety workers warn against.",
    effects = { intimacy = "+5", growth = "-10" },
    later = {
      after = 1,
      effects = { resentment = "+10" },
      says = "He kept you there for two hours, talking. You left shaking, "
        .. "without the ring, and rang Yuki from the bus stop.",
    },
    next = "his-mum",
  },
  neutral {
    "Leave it all for now. Borrow Yuki’s clothes, and wear the same shoes to "
    .. "work all week.",
    because = "Not going is safe, and it buys you time. But your things, and "
      .. "the question, are still waiting.",
    effects = { resentment = "+5" },
    next = "his-mum",
  },
}

scene "his-mum" {
  "On Sunday, Jonah’s mum, Bernadette, rings you. She has always been kind "
  .. "to you.",
  "“He’s in pieces, love,” she says. “He says it was just a row. He’s never "
  .. "been violent, has he? Can’t you two sort it out?”",
  "She is asking you to take care of her son, and to tell her it was "
  .. "nothing.",
  boundary {
    "“I love you, Bernie, and I can’t talk about this with you. Please don’t "
    .. "ask me to come back.”",
    because = "A warm, clear limit. She cries, and that is hard to hear. You "
      .. "don’t have to explain your safety to anyone.",
    effects = { growth = "+5", intimacy = "-5" },
    next = "his-message",
  },
  rescue {
    "“No, no, it was just a bad night, Bernie. Leave it with me. I’ll sort "
    .. "it out.”",
    because = "It eases her fear, and you like her. But you cover for him, and "
      .. "you promise to fix what is his. Once you have said it was nothing, "
      .. "it is harder to undo.",
    effects = { intimacy = "+5", growth = "-5" },
    next = "his-message",
  },
  support {
    "“I’m safe, and I’m not coming home right now. What happened is Jonah’s "
    .. "to tell you. I hope you’ll be there for him.”",
    because = "You don’t cover for him, and you don’t tell his story. You leave "
      .. "him and his mum to talk. She sounds hurt, and it keeps his actions "
      .. "his.",
    effects = { growth = "+5", intimacy = "-5" },
    next = "his-message",
  },
  hurtful {
    "“Your son broke a door with his fist. Maybe ask him where he learned "
    .. "that.”",
    because = "You are angry, and the hurt is real. But it lands on a mother "
      .. "who did not do it, and it does not make you safer.",
    effects = { resentment = "+5", intimacy = "-10" },
    next = "his-message",
  },
}

scene "his-message" {
  place = "living-room",
  "Two weeks later a letter comes from Jonah, through Yuki. He has joined a "
  .. "program for men who want to stop being abusive. He goes every Tuesday.",
  "“I’m doing the work,” he writes. “Come home. I need you beside me to get "
  .. "through it.”",
  { when = "called_line",
    "You ask your helpline worker. She says programs like his can help, when "
    .. "a man picks them for himself. She says his change is not yours to "
    .. "carry, and your plan stays in place." },
  { when = "not called_line",
    "Part of you wants to run home. Part of you remembers the hall." },
  discuss = "Jonah is doing something real. Does that change Leila’s plan? "
    .. "Why, or why not?",
  notes = "Groups often feel hope here, and that is fine. Bring it back to "
    .. "whose work the program is, and who decides when it is safe.",
  support {
    "Write back: “I’m so glad you’re going. That work is yours. I’m staying "
    .. "where I am.”",
    because = "You honour his effort and leave it with him. His reply is sad, "
      .. "and that is hard. Your safety plan stays in place.",
    effects = { growth = "+5", intimacy = "-5" },
    later = {
      after = 1,
      effects = { growth = "+5" },
      says = "He kept going to the program. You heard it from Bernadette, "
        .. "not from him. It was his.",
    },
    next = "two-months",
  },
  self_care {
    "Give the letter to Yuki to keep. Go for a long walk by the river, and "
    .. "book your own counsellor for Monday.",
    because = "You look after yourself first, and you get help of your own. "
      .. "It feels selfish at first. It keeps you steady.",
    effects = { resentment = "-5", growth = "+5" },
    next = "two-months",
  },
  it_depends {
    "Agree to meet him for a coffee in a busy café, with Yuki at the next "
    .. "table.",
    because = "Meeting in public, with a friend near and a worker’s advice, "
      .. "can be a safe way to hear him out. If you go to hold him up through "
      .. "his program, it turns into a rescue.",
    effects = { intimacy = "+5", resentment = "+5" },
    next = "two-months",
  },
  rescue {
    "Move home to help him through it. He is trying hard, and he is right "
    .. "that he needs you.",
    because = "It feels like standing by him. But his change becomes your job "
      .. "again, and you go home before anyone trained in this says it is "
      .. "safe.",
    effects = { intimacy = "+10", growth = "-10" },
    set = "went_back",
    next = "two-months",
  },
}

-- ---------------------------------------------------------------- two months on

scene "two-months" {
  place = "living-room",
  "Two months after the door.",
  { when = "went_back",
    "You are home with Jonah. Most days are calm. You still keep your old "
    .. "phone charged, in your coat." },
  { when = "not went_back",
    "You are staying at Yuki’s for now, on a sofa bed that squeaks. Your "
    .. "things are in boxes by the window." },
  { when = "called_line",
    "At lunch you take out the library slip with your safety plan on it. The "
    .. "paper is soft from folding." },
  { when = "not called_line",
    "At lunch you look at the helpline number in your phone. You still "
    .. "haven’t called it. Your plan is only in your head." },
  { when = "not code_word",
    "One thing you know you need: a code word with a friend." },
  discuss = "Look back at the whole story. When did Leila first notice the "
    .. "danger? What helped most?",
  self_care {
    "Ring Yuki. Pick a code word together, and go over where you would go, day "
    .. "or night.",
    because = "You finish the plan with someone you trust. It is a sad call "
      .. "to make, and it means help is one word away.",
    effects = { growth = "+5", intimacy = "+5" },
    when = "not code_word",
    set = "code_word",
    next = {
      { when = "called_line and not went_back", "not-on-your-own" },
      { when = "went_back and not called_line", "the-quiet-house" },
      "a-first-step",
    },
  },
  neutral {
    "Put it all away for today, and eat your lunch in the sun on the library "
    .. "steps with a book.",
    because = "A quiet lunch is fine. What you have done so far is still "
      .. "there when you need it, gaps and all.",
    next = {
      { when = "called_line and code_word and not went_back", "not-on-your-own" },
      { when = "went_back and not called_line", "the-quiet-house" },
      "a-first-step",
    },
  },
  hurtful {
    "Tell yourself you’re being dramatic. Delete the helpline number, and go "
    .. "back to your desk.",
    because = "You are worn out, and that is real. But brushing off your own "
      .. "fear hurts you, not him, and it makes the next bad night harder.",
    effects = { growth = "-5", resentment = "+5" },
    next = {
      { when = "went_back and not called_line", "the-quiet-house" },
      "a-first-step",
    },
  },
}

-- ---------------------------------------------------------------- endings

ending "not-on-your-own" {
  place = "kitchen",
  title = "Not on your own",
  "It is a Friday evening in spring. You are at Yuki’s, cooking for three: "
  .. "you, Yuki, and Sami, who has come with a cake.",
  "You talk to your helpline worker every couple of weeks. She found you a "
  .. "counsellor of your own. If you ask a court to keep Jonah away, someone "
  .. "from the service will be there with you.",
  "Jonah goes to his program. Whether he changes is his work. You hope he "
  .. "does. You do not wait for it.",
  "Your phone is charged. Yuki knows the word. You know where you would go. "
  .. "You have not needed any of it for weeks, and you keep it all the same.",
  lens = {
    goal = "To be safe, and to stop carrying Jonah’s anger as if it were "
      .. "yours.",
    behaviours = "You noticed the pattern, told people you trust, called a "
      .. "helpline, and made a plan. You let his change stay his.",
    thoughts = "“This is not my fault, and I don’t have to fix it alone.” "
      .. "“His anger is his to work on.”",
    emotions = "Fear, grief for the man you loved, guilt at first. Then, "
      .. "slowly, some calm.",
    underlying = "Limits with someone who frightens you need a plan and a "
      .. "professional’s help. Getting that help was the strongest thing you "
      .. "did.",
  },
  practice = "This week, find your local domestic abuse helpline and your "
    .. "emergency number, and save them in your phone. You may never need "
    .. "them, or a friend may. The Help screen (F1) lists who to contact.",
  reflect = "Who are the two or three people you would call on a bad night? "
    .. "Do they know that?",
}

ending "a-first-step" {
  place = "living-room",
  title = "A first step",
  { when = "went_back",
    "You are home with Jonah. Some weeks are calm, and some are not. You "
    .. "have the helpline’s number, and you have used it." },
  { when = "not went_back",
    "You are at Yuki’s for now. Your things are in boxes. Some nights you miss "
    .. "Jonah so much it aches." },
  { when = "not called_line",
    "You haven’t called a helpline yet. The number the police gave you is "
    .. "still in your phone. "
    .. "Calling is not a big decision. It is only a talk, and they talk to "
    .. "people who are not sure every day." },
  { when = "called_line and not code_word",
    "Your plan still has gaps. No one yet knows a word that means: come now. "
    .. "That is the next step." },
  { when = "called_line and code_word",
    "Yuki knows the word, and your worker knows your story. The next steps "
    .. "are ones you plan with her: where to live, and when." },
  "You have done something hard. You noticed. You told someone. That is "
  .. "where safety starts.",
  lens = {
    goal = "To keep yourself safe without losing Jonah, or hurting him.",
    behaviours = "Some steps towards help, and some steps back towards "
      .. "smoothing things over for him.",
    thoughts = "“Maybe it isn’t that bad.” “Maybe if I’m careful, it won’t "
      .. "happen again.”",
    emotions = "Fear, love, guilt and hope, all at once, changing by the "
      .. "hour.",
    underlying = "It is hard to see danger in someone you love. Limits with "
      .. "someone who frightens you need a professional’s help. You don’t "
      .. "have to do the next part alone.",
  },
  practice = "This week, take one more step from the plan: call a helpline, "
    .. "pick a code word with a friend, or put copies of your papers "
    .. "somewhere safe. The Help screen (F1) lists who to contact.",
  reflect = "What would you say to a friend who told you this story? Can "
    .. "you say it to yourself?",
}

ending "the-quiet-house" {
  place = "living-room",
  title = "The quiet house",
  "You are home. The bedroom door has a new panel, painted to match. Jonah "
  .. "is calm most days.",
  "You have got very good at reading his face. You don’t go out much. You "
  .. "text Yuki less, and you delete what you send. Sami has stopped asking.",
  "Everyone says things seem better. It is quiet. But quiet is not the same "
  .. "as safe.",
  "Help is still there, today and on any day. A domestic abuse helpline "
  .. "will talk to you even if you are staying. If you are ever in danger "
  .. "right now, call the emergency number. The Help screen (F1) lists who "
  .. "to contact.",
  lens = {
    goal = "To keep the peace, and keep Jonah calm, so that no one gets "
      .. "hurt.",
    behaviours = "You took the blame, made excuses for him, kept his "
      .. "secrets, and tried to fix his anger yourself.",
    thoughts = "“If I’m careful enough, it won’t happen.” “He needs me.” "
      .. "“It’s not that bad.”",
    emotions = "Love, and fear that never quite switches off. Tired all the "
      .. "time.",
    underlying = "His anger became your job to manage. No one can do that "
      .. "job, and no one should have to try alone.",
  },
  practice = "This week, save a helpline number under a name only you "
    .. "know. You don’t have to call it. Just know where it is.",
  reflect = "Is there one person you could tell a little of the truth to? "
    .. "What would you want them to say?",
}
