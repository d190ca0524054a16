-- After the breakup: a close friend, a hard season, and the pull to take
-- over her life for a while.
-- Noor's closest friend Lucía is left by Dylan after four years, and has to
-- leave his flat by the end of the month. There are late-night calls, his
-- messages, a spare room, a plan for her weeks. Then his messages turn into
-- threats, and later Lucía says she does not want to be here. At those two
-- points the story puts safety and professional help first, in its own
-- scenes: they are not a quiz. Around them, the same acts (a lift, a plan on
-- paper, a phone call) are support when she asks or cannot do them, and
-- rescue when Noor's worry picks them.
--
-- Flags, and where they matter:
--   took_room      next-morning: Noor moved Lucía into the spare room without
--                  asking Tunde or her; colours later scenes, opens a choice
--                  in tunde-talks, and with kept_limit off it is the pattern
--                  in last-coffee that leads to holding-her-life
--   answered       dylan-texts / answered-for-her: Noor wrote to Dylan for
--                  her; a line in the-message-turns, cleared there
--   kept_limit     three-am (a night-call limit) or tunde-talks (an end date
--                  for the room); cleared in cold-morning if Noor takes it
--                  back. With wider_circle it is the pattern in last-coffee
--                  that leads to a-wider-circle
--   wider_circle   Noor helped Lucía lean on more people than her (three-am,
--                  the-morning-after, help-tonight, ines-calls)
--   soothed        not-going-on: Noor soothed instead of asking; a line in
--                  help-tonight (she then asks, and they call); cleared there
--   cancelled_trip your-trip: Noor gave up her cousin's wedding; that path
--                  goes to tunde-talks (the others to ines-calls, in
--                  Lahore); lines in last-coffee and the endings
--
-- Twin pairs (word for word the same text; only the scene decides):
--   dylan-texts (rescue) / her-plan (support): "Tell me the gist, and I'll
--     find the right words"; words to Dylan are her own voice, and she knows
--     what she means; on her counsellor's list the things are hers and the
--     words are only the pen's work.
--   ines-calls (rescue) / last-coffee (support): answering plainly, the good
--     days and the bad; Lucía's days, told to Inés against her wish, or your
--     own, told to Lucía because she asked.
--   next-morning (it_depends) / her-own-place (rescue): the spare room for
--     four weeks, with Tunde asked; an offer she can take or leave when she
--     has to move out, a vote of no confidence on the day she gets her keys.
--   next-morning (support) / her-plan (rescue): going through the list
--     together, one line at a time; her own list of places, or the plan you
--     wrote for her weeks ago.
--   the-viewing (support) / the-morning-after (rescue): going in and doing
--     the talking when she gets stuck; asked for ("I never know what to
--     ask"), or her own story, which she wrote down to read out herself.
--   the-morning-after (support) / your-trip (rescue): ringing to say you
--     can't be there, to be with Lucía; she asked you to come, or nobody
--     asked and the fear is yours.
--   week-plan (rescue) / cold-morning (boundary): a photo of the ducks and
--     "I'll ring you at nine"; the nightly call that goes over her day is
--     the last line of a plan she never asked for, or the limit you set the
--     night before in place of calls at three.
--
-- Two scenes sit on some paths only: the-viewing follows the support in
-- week-plan (Lucía asks for a lift), and tunde-talks follows the cancelled
-- trip. answered-for-her and cold-morning follow one choice each.
--
-- Safety: Dylan's threats and his coming to the door are a safety matter.
-- The scenes say so (keep the messages, a domestic abuse helpline, the
-- emergency number if there is danger now), and calling for help at the
-- door is support, never rescue. When Lucía says she would be better off not
-- here, the scene says what comes first (ask plainly, stay, a crisis line or
-- her doctor tonight, the emergency number if she is in danger now, and it is
-- not a secret to keep), and every path gets her help that night.
--
-- Meter changes are all steps of 5, and flags are cleared once no later
-- scene reads them, so paths that meet in the same place merge.

scenario {
  id = "after-the-breakup",
  title = "After the Breakup",
  teaser = "Your closest friend's life has just fallen apart. You have a spare "
    .. "room, a plan, and the words she can't find. Should you use them?",
  you_play = "Noor, Lucía's closest friend",
  people = { lucia = { name = "Lucía", main = true }, dylan = "Dylan", tunde = "Tunde" },
  minutes = 20,
  content_notes = {
    "a breakup",
    "threats from an ex",
    "a friend who talks about not wanting to live",
    "calls late at night",
  },
  meters = { resentment = 15, growth = 35, intimacy = 45 },
  start = "one-am",
}

-- ---------------------------------------------------------------- the night

scene "one-am" {
  place = "phone-night",
  "It is ten past one on a Thursday night. Your phone lights up the dark. "
  .. "Tunde, your partner, rolls over and pulls a pillow over his head.",
  "It is Lucía, your closest friend since your first week at college. She "
  .. "is crying hard. Dylan ended it tonight, after four years. The flat is in "
  .. "his name, and he wants her out by the end of the month. He has gone to "
  .. "his brother’s for the night.",
  "“I don’t know what I’m doing, Noor,” she says. “I don’t even know why I "
  .. "called.” She keeps saying his name. She is not asking for advice.",
  "You are wide awake now. A plan is already forming. The spare room. A van. "
  .. "A fresh start.",
  discuss = "Lucía is safe, and she is in pieces. What might she need in the "
    .. "next ten minutes? What does Noor want to do?",
  notes = "Before the vote, ask the room whose need each choice meets: "
    .. "Lucía's, or Noor's worry. Both can be true at once.",
  rescue {
    "“You shouldn’t be alone in his flat tonight. Pack a bag, and I’ll make "
    .. "up the sofa bed at ours.”",
    because = "It feels like love, and she may be glad to get out now. But "
      .. "she did not ask to leave, and she is safe where she is. Your plan "
      .. "went first, and the flat just became your job.",
    effects = { intimacy = "+5", resentment = "-5" },
    later = {
      after = 1,
      effects = { resentment = "+5", growth = "-5" },
      says = "Lucía slept on your sofa, then asked you what the plan was. It "
        .. "turned out the plan was yours, and so was the work.",
    },
    next = "next-morning",
  },
  support {
    "Pad to the kitchen, put the kettle on, and stay on the line while she "
    .. "tells you all of it, from the start.",
    because = "You don’t fix anything yet. She gets to say it out loud, at her "
      .. "own pace. You lose an hour of sleep now, and her need leads, not "
      .. "your plan.",
    effects = { intimacy = "+5", resentment = "+5" },
    later = {
      after = 1,
      effects = { intimacy = "+5" },
      says = "Lucía told you later that she remembers one thing about that "
        .. "night. You let her talk.",
    },
    next = "next-morning",
  },
  rescue {
    "“I know it hurts, Luci. But a month from now, I think you’ll look back "
    .. "on tonight as the start of something good.”",
    because = "You want her to hurt less, and she even laughs a little now. "
      .. "But you are hurrying her past the sad part. Telling her how she "
      .. "will feel takes over her feelings.",
    effects = { resentment = "-5" },
    later = {
      after = 1,
      effects = { intimacy = "-5" },
      says = "A week later Lucía said, “Everyone keeps telling me I’m better "
        .. "off. I just want to be sad for a bit.”",
    },
    next = "next-morning",
  },
  hurtful {
    "“I’ll be honest, Luci, because you’d want me to be. You two split up "
    .. "every spring. Sleep, and you’ll feel different by lunch.”",
    because = "You are tired, and you have seen them fight before. But this "
      .. "“honesty” brushes off her pain on her worst night. She hears that "
      .. "it is too much for you.",
    effects = { intimacy = "-5" },
    later = {
      after = 1,
      effects = { intimacy = "-5" },
      says = "Lucía didn’t call you the next night. She called Hana, and you "
        .. "heard about it a week later.",
    },
    next = "next-morning",
  },
}

scene "next-morning" {
  place = "living-room",
  "On Friday after work you take two coffees round to the flat. Dylan is "
  .. "still at his brother’s. Lucía sits on the floor among half-packed boxes.",
  "She has a list on the back of an envelope. Her sister Inés has a sofa, but "
  .. "Inés lives two hours away, and Lucía’s job at the vet clinic is here. "
  .. "Hana from work has a spare room for a month, from the first. “I just need "
  .. "to pick one,” she says. “Myself. By tonight.”",
  "Your own flat has a spare room too. You have not asked Tunde about it. "
  .. "Lucía has not asked you.",
  discuss = "Lucía already has a list. What would it take for the spare room "
    .. "to be a help and not a takeover?",
  support {
    "Sit down with her, and go through the list together, one line at a "
    .. "time.",
    because = "It is her own list, on the back of her envelope. The choice "
      .. "stays hers, and you help her think. She picks "
      .. "Hana’s room. It is not the answer you had ready, and that is fine.",
    effects = { growth = "+5" },
    next = "dylan-texts",
  },
  rescue {
    "“Add one more to that list: our spare room, for as long as you need it. "
    .. "Tunde won’t mind.”",
    because = "It is a big, warm offer, and she cries with relief now. But she "
      .. "wanted to pick by herself, you promised for Tunde without asking "
      .. "him, and “as long as you need” has no end.",
    effects = { intimacy = "+5", resentment = "-5", growth = "-5" },
    set = "took_room",
    later = {
      after = 1,
      effects = { resentment = "+10" },
      says = "Tunde found out about the spare room when Lucía’s boxes came up "
        .. "the stairs. He was kind to her. He was quiet with you for a week.",
    },
    next = "dylan-texts",
  },
  it_depends {
    "Text Tunde first. Then tell her the spare room is free for four weeks.",
    because = "An offer with an end date, that Tunde agreed to and she can turn "
      .. "down, helps. If it turns into your plan for her, or four weeks "
      .. "quietly become forever, it turns into a rescue.",
    effects = { intimacy = "+5" },
    next = "dylan-texts",
  },
  neutral {
    "Tape up her boxes and write the labels in your neat capitals. Keep her "
    .. "laughing about the new vet and his awful jokes.",
    because = "Taping boxes keeps you close, and small talk gives her a "
      .. "rest. But the big question, where she will live, sits there, and "
      .. "nobody names it.",
    next = "dylan-texts",
  },
}

-- ---------------------------------------------------------------- his messages

scene "dylan-texts" {
  { when = "took_room",
    "A week later, Lucía has been in your spare room for three days. Her boxes "
    .. "fill the hall. You eat noodles at your kitchen table." },
  { when = "not took_room",
    "A week later, Lucía has moved into Hana’s spare room. You meet her for "
    .. "noodles after work." },
  "Her phone buzzes all through dinner. Dylan. “I miss you.” “Can we talk?” "
  .. "“You owe me a proper goodbye at least.” Twelve messages since lunch.",
  "She turns the phone face down, then picks it up again. “What do I even "
  .. "say to him?” she asks. “You’re good with words.” She has started three "
  .. "replies this week. She wants to answer him. Out loud she knows what she "
  .. "means. On the screen, it all goes stiff. She pushes the phone across "
  .. "the table to you.",
  discuss = "Lucía asks what to say. Is she asking Noor to answer him, or to "
    .. "help her think?",
  rescue {
    "Pull your chair round beside hers. “Tell me the gist, and I’ll find the "
    .. "right words.”",
    because = "It sounds like a small favour, and she hands over the phone with "
      .. "relief now. But she knows what she means to say. Finding the words "
      .. "for her puts your words, and you, in the middle of their breakup.",
    effects = { intimacy = "+5", growth = "-5" },
    set = "answered",
    next = "answered-for-her",
  },
  support {
    "Take the phone. “Say it to me out loud, and I’ll type it just as you "
    .. "say it.”",
    because = "Out loud, she knows what she means. You type her words, not "
      .. "yours, word for word. Then she fixes them and sends them. It takes ages, and dinner "
      .. "goes cold. The words stay hers.",
    effects = { growth = "+5", intimacy = "-5" },
    later = {
      after = 1,
      effects = { intimacy = "+5" },
      says = "Lucía sent Dylan four plain lines. Later she said, “It sounded "
        .. "like me. That mattered.”",
    },
    next = "week-plan",
  },
  rescue {
    "“If I were you, I wouldn’t answer at all. He made his choice. You don’t "
    .. "owe him a thing.”",
    because = "It may even be wise, and it feels strong to say. But you gave "
      .. "her the answer she was still working out. If silence is right, it "
      .. "should be her call.",
    effects = { resentment = "-5" },
    later = {
      after = 1,
      effects = { growth = "-5" },
      says = "Lucía did not answer Dylan, because you said not to. Then she "
        .. "felt bad, and answered him at three in the morning instead.",
    },
    next = "week-plan",
  },
  boundary {
    "Make two teas, and pull your chair up beside hers. Slide her phone back "
    .. "across the table, and stay right there till it’s sent.",
    because = "She asked you for the words, and you give her company "
      .. "instead. That is your limit, said kindly: you will not write to "
      .. "Dylan. She looks let down now. It keeps you out of the middle, and "
      .. "right beside her.",
    effects = { intimacy = "-5", growth = "+5" },
    next = "week-plan",
  },
}

scene "answered-for-her" {
  place = "kitchen",
  "You write: “I need space. Please stop texting. I wish you well.” It is "
  .. "short and kind. It sounds like you.",
  "Ten minutes later Dylan writes back: “Is that Noor? That doesn’t sound like "
  .. "you, Luci.”",
  "Lucía goes pale. “Now he thinks I can’t even answer him myself. I want to "
  .. "sort this out with him on my own.”",
  support {
    "“You’re right. That was yours to write, and I took it. I’m sorry. The "
    .. "phone is yours. Just say it your way.”",
    because = "You own it plainly, and you hand the phone back for real. It "
      .. "stings to admit now. It gives her back her own voice.",
    effects = { growth = "+5", intimacy = "+5" },
    clear = "answered",
    next = "week-plan",
  },
  rescue {
    "“I’m sorry, Luci. That’s on me. I’ll tell him it was me.”",
    because = "Owning up is right, and it eases her now. But a second text "
      .. "from you puts you back in the middle, and she just said she wants "
      .. "to sort it herself. What to tell Dylan, if anything, is hers to say.",
    effects = { resentment = "+5", growth = "-5" },
    next = "week-plan",
  },
  hurtful {
    "“I only did it because you were struggling, love. You did hand me the "
    .. "phone.”",
    because = "Your face is hot, and that is real. It sounds gentle, but it "
      .. "puts your mistake on her: she was struggling, she handed it over. "
      .. "Blame dressed as care turns your mistake into her fault.",
    effects = { intimacy = "-5" },
    next = "week-plan",
  },
}

-- ---------------------------------------------------------------- her weeks

scene "week-plan" {
  place = "bedroom-night",
  "On Sunday night you can’t sleep. You open the notes on your phone and "
  .. "start a plan for Lucía’s week.",
  "Flat viewings on Tuesday. The gym at seven. No phone after ten. A call to "
  .. "the bank about the joint account. It looks good. It looks like a way out.",
  "The last line says: ring Luci at nine each night, and go over her day.",
  "She has not asked for a plan. Today she said, “I just need to get through "
  .. "the week.”",
  discuss = "Who is the plan for? What does Noor feel while she writes it?",
  notes = "Try the five parts of the article out loud here. Goal: Lucía gets "
    .. "better by following the plan. Behaviours: the plan. Thoughts: what she "
    .. "should do next. Emotions: worry. Underlying problem: calming Noor's "
    .. "worry by steering Lucía.",
  rescue {
    "At lunch, text her a photo of the ducks on the canal. “Thought of you. "
    .. "I’ll ring you at nine.”",
    because = "It sounds light, a photo and a call, and it calms you to send "
      .. "it. But the nine o’clock call is the last line of your plan: going "
      .. "over her day each night. She never asked, and a week planned for her "
      .. "tells her she can’t plan it. Later, a call at nine can be a kind "
      .. "limit. Here it is your plan, and her week is hers.",
    effects = { resentment = "-5" },
    later = {
      after = 1,
      effects = { intimacy = "-5", growth = "-5" },
      says = "Lucía told you about her day each night at nine, like homework. "
        .. "By Friday she had stopped picking up.",
    },
    next = "three-am",
  },
  self_care {
    "Finish the plan, every line of it, down to the gym at seven. Then save "
    .. "it, put the phone on the shelf, and go to sleep.",
    because = "Writing it out gets the worry out of your head, and it stays "
      .. "in your notes. She never sees it. Your worry is yours, and you "
      .. "look after it without running her week.",
    effects = { resentment = "-5" },
    later = {
      after = 1,
      effects = { growth = "+5" },
      says = "Lucía booked two flat viewings that week, on her own. She told "
        .. "you about them like news.",
    },
    next = "three-am",
  },
  support {
    "Delete it. Text her instead: “Thinking of you. I’m free on Saturday, and "
    .. "I’ve got the car.”",
    because = "You still care and you say so, and you offer your time, not a "
      .. "plan. The week stays hers. Her answer is small: a lift to a viewing "
      .. "on Saturday. You can do that.",
    effects = { growth = "+5", intimacy = "+5" },
    next = "the-viewing",
  },
  it_depends {
    "Keep one line, the call to the bank about the joint account. Offer to sit "
    .. "with her while she makes it.",
    because = "The joint account is a real risk, and an offer to sit with her "
      .. "can help if she wants it. If chasing the bank becomes your job, it "
      .. "turns into a rescue.",
    effects = { growth = "+5", resentment = "+5" },
    next = "three-am",
  },
}

scene "the-viewing" {
  place = "doorway",
  "Lucía texts back: she does need the car. She has a flat viewing on "
  .. "Saturday, across town. She has no car, and the bus takes an hour.",
  "“Could you drive me? And come in with me? I never know what to ask. If I "
  .. "go blank, will you ask for me?”",
  "The flat is small and bright, near the vet clinic. The agent talks fast. "
  .. "The rent is a stretch on one wage. You can see three things you would "
  .. "haggle over. On the way, she said she wants to sleep on it and do the sums "
  .. "herself.",
  discuss = "Lucía asked for a lift and company. Where does that help end?",
  support {
    "Go in with her, and stay at her side. When she gets stuck, you do the "
    .. "talking.",
    because = "She asked for a lift, and she asked you to ask for her when "
      .. "she goes blank. She asks what she can, and you fill the gaps, as "
      .. "she asked. The choice, and the sums, stay hers.",
    effects = { growth = "+5", intimacy = "+5" },
    next = "three-am",
  },
  rescue {
    "On the way out, squeeze her arm. “Bring the numbers to mine tonight. "
    .. "We can go through them over dinner.”",
    because = "It sounds kind, and she is relieved now. But on the way there "
      .. "she said she wants to sleep on it and do the sums herself. Sitting "
      .. "in on her money takes the choice out of her hands.",
    effects = { resentment = "-5", growth = "+5" },
    later = {
      after = 1,
      effects = { growth = "-5" },
      says = "When the boiler broke, the agent rang you, not Lucía. He thought "
        .. "you were the one in charge.",
    },
    next = "three-am",
  },
  rescue {
    "In the car, say what you think: “I loved it, Luci. It felt like you. I’d "
    .. "take it today.”",
    because = "Your cheer is meant to lift her, and she smiles now. But you "
      .. "made up her mind for her, about money you won’t be paying.",
    effects = { intimacy = "+5" },
    later = {
      after = 1,
      effects = { resentment = "+5", growth = "-5" },
      says = "Lucía put down a deposit that week. “You said it was perfect,” "
        .. "she said, when the first bill scared her.",
    },
    next = "three-am",
  },
  boundary {
    "Drive her across town. On the way, give her the three things you would "
    .. "check. Then park, and wait with the radio on.",
    because = "You give the lift and her questions, but not the stand-in she "
      .. "asked for. She is nervous and a bit hurt now. She asks about the "
      .. "damp herself.",
    effects = { intimacy = "-5" },
    later = {
      after = 1,
      effects = { growth = "+5" },
      says = "Lucía got the agent to fix the damp before she signed. She told "
        .. "everyone at the clinic.",
    },
    next = "three-am",
  },
}

scene "three-am" {
  place = "bedroom-night",
  { when = "took_room",
    "The calls start the next week, except they are knocks. Lucía taps on your "
    .. "bedroom door at one, at two, at half past three." },
  { when = "not took_room",
    "The calls start the next week. Lucía rings at one, at two, at half past "
    .. "three. Hana is asleep, and Lucía can’t be alone with her head." },
  "It is the fifth night in a row. You have a big talk to give at work at "
  .. "nine. Tunde has started sleeping on the sofa to get some rest.",
  "Tonight, at three, she says, “Sorry. I know. I just can’t stop thinking.”",
  discuss = "Can Noor be a good friend and still sleep? What would a kind "
    .. "limit sound like?",
  notes = "Being tired from helping is normal. Notice whether the room hears "
    .. "the first choice as love or as a promise Noor can't keep.",
  rescue {
    "“Don’t be sorry, Luci. I’m glad you rang.”",
    because = "It is loving, and she is so relieved now. But it is the fifth "
      .. "night, and you are already running on empty. It tells her three "
      .. "o’clock is fine, and a yes with no limit is how tired turns into "
      .. "resentful.",
    effects = { intimacy = "+5" },
    later = {
      after = 1,
      effects = { resentment = "+10" },
      says = "You snapped at Tunde over breakfast and stumbled through your "
        .. "talk at work. That night the phone went again at two.",
    },
    next = "the-message-turns",
  },
  boundary {
    "Stay on till she’s calmer. Then text her the number of a line that’s "
    .. "open all night, and promise her a proper call every evening at nine.",
    because = "This is a limit, said warmly: your evenings are hers, the "
      .. "small hours go to the night line. She is hurt now and says “Fine” "
      .. "in a small voice. But a friend who sleeps can keep showing up.",
    effects = { intimacy = "-5", resentment = "-5" },
    set = "kept_limit",
    next = "cold-morning",
  },
  support {
    "Stay on for a while. Then say, “Inés keeps her phone on at night too, "
    .. "you know. So does Hana.”",
    because = "You listen tonight, and you help her widen her circle. You "
      .. "don’t have to be her only support. It is still three in the morning, "
      .. "and you are still tired.",
    effects = { growth = "+5", resentment = "+5" },
    set = "wider_circle",
    next = "the-message-turns",
  },
  neutral {
    "Stay on a while. Talk about the vet’s jokes and your cousin’s wedding, "
    .. "till she yawns and says goodnight.",
    because = "Small talk can calm a racing head, and she goes to sleep. But "
      .. "nobody names the nights, and nothing changes, for you or for her.",
    effects = { resentment = "+5" },
    next = "the-message-turns",
  },
}

scene "cold-morning" {
  place = "kitchen",
  { when = "took_room",
    "At breakfast Lucía eats her toast without looking up. She says thanks "
    .. "for the coffee, very politely." },
  { when = "not took_room",
    "In the morning Lucía’s text is one word: “ok.”" },
  "Last night you told her: a call every evening at nine, and the night "
  .. "line after that. All day you feel like the worst friend alive. You could "
  .. "take it back. One message would do it.",
  boundary {
    "At lunch, text her a photo of the ducks on the canal. “Thought of you. "
    .. "I’ll ring you at nine.”",
    because = "You hold the limit kindly: the nine o’clock call, not the "
      .. "three o’clock one. The cold day is hard now. Later, the calls get "
      .. "shorter, and she finds she can get through a night.",
    effects = { growth = "+5" },
    later = {
      after = 1,
      effects = { intimacy = "+5" },
      says = "That week Lucía called at nine. “The night line was weird,” she "
        .. "said, “but it helped. So did you.”",
    },
    next = "the-message-turns",
  },
  rescue {
    "On your lunch break, send her a photo of the swans by the bridge. "
    .. "“Thought of you. Ring me tonight. My phone will be by the bed.”",
    because = "It takes the sting away now, for both of you. But a phone by "
      .. "the bed takes back the limit you set last night. It tells her "
      .. "your limits melt when she is sad, and the calls come back.",
    effects = { intimacy = "+5" },
    clear = "kept_limit",
    later = {
      after = 1,
      effects = { resentment = "+5" },
      says = "The three o’clock calls came back that week. So did your "
        .. "headaches.",
    },
    next = "the-message-turns",
  },
  self_care {
    "Bake the lemon cake she loves, and tell Tunde about the guilt while it "
    .. "bakes. Wrap a slice for her. Then bed at ten.",
    because = "Guilt is not proof you did wrong. You give it to your hands "
      .. "and to Tunde, not to a text that takes the limit back, and you "
      .. "keep your own sleep.",
    effects = { resentment = "-5" },
    next = "the-message-turns",
  },
}

-- ---------------------------------------------------------------- danger

scene "the-message-turns" {
  place = "kitchen",
  "Then, on a Wednesday night, Dylan’s messages change. Lucía is at your "
  .. "kitchen table, shaking, reading them out.",
  "“You think you can just walk away?” “I know where you are.” “You’ll be "
  .. "sorry. See you soon.”",
  { when = "answered",
    "Some are about you now. “Tell your friend to stay out of it.”" },
  "“He doesn’t mean it,” she says. “Does he?”",
  "This is not a breakup text any more. It is a threat, and safety comes "
  .. "first. Keep every message. If there is danger now, call the emergency "
  .. "number. A domestic abuse helpline can help her plan how to stay safe, "
  .. "and tell her about the police and a court order.",
  discuss = "When does a friend’s problem become a safety problem? What "
    .. "changes about what Noor should do?",
  notes = "Threats change the question. This is not a quiz about rescuing: "
    .. "safety and expert help come first. Make sure the room hears that, and "
    .. "have local helpline numbers ready.",
  support {
    "Sit beside her. “It’s a threat, and it’s not your fault. Let’s save "
    .. "every message and ring the helpline together, now.”",
    because = "You name the danger plainly and get expert help tonight. She "
      .. "makes the call, with you next to her. With threats, this comes "
      .. "first.",
    effects = { growth = "+5", intimacy = "+5" },
    clear = "answered",
    next = "outside",
  },
  rescue {
    "Take the phone from her and text him back: “Come near her again and you "
    .. "deal with us. Is that clear?”",
    because = "Your anger makes sense. But answering a threat can make him "
      .. "angrier and put you both at more risk. It takes her safety out of "
      .. "her hands and leaves out the people trained to help.",
    effects = { growth = "-5", resentment = "+5" },
    clear = "answered",
    next = "outside",
  },
  hurtful {
    "“He’s all talk, love. He’s just hurt. Mute him and stay over here. He "
    .. "won’t really do anything.”",
    because = "You want to calm her now. But it brushes off a threat. A threat "
      .. "is a reason to get help, not to shrug.",
    effects = { growth = "-5", intimacy = "-5" },
    clear = "answered",
    next = "outside",
  },
  it_depends {
    "Ask if she wants copies of the messages on your phone too, in case "
    .. "hers goes missing. Then the helpline.",
    because = "A second copy, with her yes, can help keep her safe. If you "
      .. "start building a case behind her back, or deciding what she reports, "
      .. "it turns into a rescue.",
    effects = { growth = "+5" },
    clear = "answered",
    next = "outside",
  },
}

scene "outside" {
  place = "doorway",
  "At eleven that night the buzzer goes, again and again. Then a voice in "
  .. "the street. Dylan is outside your building, shouting Lucía’s name. He "
  .. "kicks the door.",
  "Lucía has gone white. Tunde turns off the lights in the front room.",
  "This is an emergency, not a question about rescuing. Keep the door "
  .. "locked. Stay away from the window. Call the emergency number now.",
  notes = "Both choices here call for help at once. Acting for someone in "
    .. "danger is right. The point is that danger changes the question.",
  support {
    "Call the emergency number yourself. Give your address, say he has sent "
    .. "threats, and keep Lucía in the back room.",
    because = "When someone is in danger right now, acting for her is right. "
      .. "This is not a rescue. It is what a friend does in an emergency.",
    effects = { intimacy = "+5" },
    next = "the-morning-after",
  },
  support {
    "Dial the emergency number and pass the phone to Lucía to speak. Stand "
    .. "beside her, with the door locked.",
    because = "Help is on its way either way, and that is what matters most. "
      .. "She can speak for herself, and you stay right next to her.",
    effects = { intimacy = "+5" },
    next = "the-morning-after",
  },
}

scene "the-morning-after" {
  "The police came. Dylan had gone, but they took the messages and a "
  .. "statement, and gave Lucía a number to call.",
  "In the morning she rings the domestic abuse helpline. A worker talks her "
  .. "through a safety plan, and a court order to keep Dylan away. There is a "
  .. "meeting at an advice centre on Tuesday at ten.",
  "“Will you come with me?” Lucía asks. “I can’t face that room on my own.”",
  "Tuesday at ten is also the big meeting at work you have planned for "
  .. "months. It can’t be moved.",
  "On Monday night she writes down what happened, in her own words, to read "
  .. "out to the worker. “I want to tell it myself,” she says. “Just be in "
  .. "the room.”",
  discuss = "Lucía is safe for now, with expert help. What is hers to decide "
    .. "from here, and what can Noor give?",
  support {
    "Ring tonight and say you can’t be there after all. You’ll be with "
    .. "Lucía.",
    because = "She asked for exactly this: “Will you come with me?” She can’t "
      .. "face that room alone, and she has her own words written down. Missing "
      .. "the meeting to go with her is support, and it costs you now.",
    effects = { intimacy = "+5", resentment = "+5" },
    next = "quiet-weeks",
  },
  rescue {
    "“Will you promise to get the order on Tuesday? Whatever the worker "
    .. "says, sign it. For both of us.”",
    because = "Your fear is real, and the order may be wise. But the steps are "
      .. "hers to weigh with the worker. Pushing her to promise takes her "
      .. "choices away, just when Dylan tried to.",
    effects = { resentment = "+5", intimacy = "-5" },
    next = "quiet-weeks",
  },
  rescue {
    "Go in with her, and stay at her side. When she gets stuck, you do the "
    .. "talking.",
    because = "It sounds kind, and it spares her some pain now. But she asked "
      .. "you to come, not to speak, and she wrote her own words to read out. "
      .. "Telling her story for her takes it out of her hands, and she needs "
      .. "to be the one in charge of it.",
    effects = { growth = "-5" },
    later = {
      after = 1,
      effects = { intimacy = "-5" },
      says = "The worker read back what you had said. Lucía said, "
        .. "“That’s not quite how it was.”",
    },
    next = "quiet-weeks",
  },
  boundary {
    "Stay while she texts Hana about Tuesday. Then ring Lucía at twelve, "
    .. "straight out of your meeting, to hear every bit.",
    because = "The meeting is the one thing you can’t move, and you say so. "
      .. "You help her find someone who can go. She is let down now. Hana "
      .. "goes, and Lucía finds she has more than one person.",
    effects = { intimacy = "-5", growth = "+5" },
    set = "wider_circle",
    next = "quiet-weeks",
  },
}

scene "quiet-weeks" {
  "The court order comes through. Dylan stops. The quiet should feel like "
  .. "relief.",
  "But for three weeks Lucía hardly leaves her room. She has called in sick "
  .. "twice. She says she is fine. She is not eating much, and she has "
  .. "stopped answering Inés.",
  "You don’t know what to call it, and it is not your job to name it. You "
  .. "only know it has gone on for weeks.",
  "Thursday is your climbing night. You have skipped it three weeks running "
  .. "to sit with Lucía, and you are running out of sleep and patience.",
  support {
    "Say it once, plainly. “You’ve been low for weeks. Would you see your "
    .. "doctor? I can sit in the waiting room.”",
    because = "Weeks of low mood are worth a doctor’s time. Saying so once, "
      .. "and offering company, is support. She bristles now. The choice "
      .. "stays hers.",
    effects = { growth = "+5", intimacy = "-5" },
    next = "not-going-on",
  },
  neutral {
    "Bring her soup and a film, and tell her the wedding news from your cousin "
    .. "in Lahore: the dress, the fights.",
    because = "Company is kind and easy. But the worry you can see goes "
      .. "unsaid, and it keeps growing.",
    later = {
      after = 1,
      effects = { intimacy = "-5" },
      says = "You had noticed the empty plates for weeks and said nothing. So "
        .. "had she.",
    },
    next = "not-going-on",
  },
  hurtful {
    "“I worry about you, Luci. Weeks in bed over Dylan? That isn’t the "
    .. "strong girl I know.”",
    because = "It sounds like worry, and you want your old friend back. But "
      .. "telling her to snap out of it shames her, and she goes quieter.",
    effects = { intimacy = "-5" },
    later = {
      after = 1,
      effects = { growth = "-5" },
      says = "Lucía stopped telling you when she had a bad day. It took you a "
        .. "while to notice.",
    },
    next = "not-going-on",
  },
  self_care {
    "On Thursday, go to the climbing wall: you promised to hold Femi’s rope "
    .. "on her first big climb. On the way home, tell Tunde how scared you are "
    .. "for her.",
    because = "It may look like pulling away, but it isn’t. Your fear is "
      .. "heavy. Sharing it, and keeping one thing for yourself, keeps you "
      .. "able to show up.",
    effects = { resentment = "-5" },
    next = "not-going-on",
  },
}

scene "not-going-on" {
  place = "bedroom-night",
  "On Sunday night you sit with her on the edge of her bed. She stares at "
  .. "the wall and says, very quietly, “Some nights I think everyone would be "
  .. "better off if I wasn’t here.”",
  "Her voice is almost gone. What comes first is clear. Ask her plainly if she is thinking of ending "
  .. "her life. Stay with her. Get help tonight: a crisis line, or her "
  .. "doctor’s night number. If she is in danger now, call the emergency "
  .. "number. This is never a secret to keep.",
  discuss = "Why does asking plainly about suicide help, not harm? Why is this "
    .. "never a secret to keep?",
  notes = "A safety moment, not a quiz: every path gets Lucía help tonight. If "
    .. "anyone in the room is affected, pause. Have local crisis numbers ready.",
  support {
    "Take her hand. Ask her straight, “Are you thinking about killing "
    .. "yourself?” Listen. Then call the crisis line together.",
    because = "Asking plainly does not put the idea in her head. It tells her "
      .. "she can say it. Then you get help tonight, with her.",
    effects = { intimacy = "+5" },
    next = "help-tonight",
  },
  rescue {
    "Hold her close. Tell her how much she has to live for, and ask her to "
    .. "promise she won’t think like that.",
    because = "It comes from love and fear. But it talks her out of what she "
      .. "feels, and skips the question that matters. She still needs help "
      .. "tonight, and you get it next.",
    effects = { growth = "-5" },
    later = {
      after = 1,
      effects = { intimacy = "-5" },
      says = "Weeks later Lucía said, “When you asked me to promise, I nearly "
        .. "stopped talking.”",
    },
    set = "soothed",
    next = "help-tonight",
  },
  support {
    "Dial the crisis line for her, put it on speaker, and stay right beside "
    .. "her while she talks.",
    because = "She can barely speak, and she nods yes. She can’t do this part alone right now. "
      .. "Making the call with her in the room is support. Getting help "
      .. "tonight is what matters.",
    effects = { intimacy = "+5" },
    next = "help-tonight",
  },
}

scene "help-tonight" {
  place = "bedroom-night",
  { when = "soothed",
    "She goes quiet in your arms. Then you stop, and do what comes first. You "
    .. "ask her plainly. She says yes, some nights she thinks about it. You "
    .. "call the crisis line together." },
  "The woman on the crisis line is calm and kind. She talks with Lucía for a "
  .. "long time. Together they make a plan for tonight. Someone stays with "
  .. "her. Anything she could hurt herself with goes away for now. She sees "
  .. "her doctor tomorrow.",
  "Lucía does not want to be alone tonight. She asks you to stay with her.",
  support {
    "Stay with her through the night. In the morning, make coffee and sit "
    .. "with her while she rings her doctor.",
    because = "She asked, it is part of the plan, and tonight she should not "
      .. "be alone. That is support, and it leaves you wrecked at work "
      .. "tomorrow. She still makes the doctor’s call.",
    effects = { intimacy = "+5", resentment = "+5" },
    clear = "soothed",
    next = "her-plan",
  },
  it_depends {
    "Book her doctor’s visit yourself in the morning, and tell her the time "
    .. "over breakfast.",
    because = "If she is too flat to call and says yes, it helps, this once. "
      .. "If you go on booking and running her care, it turns into a rescue.",
    effects = { intimacy = "+5" },
    later = {
      after = 1,
      effects = { resentment = "+5", growth = "-5" },
      says = "The clinic now texts you about Lucía’s visits, not her. She "
        .. "lets them.",
    },
    clear = "soothed",
    next = "her-plan",
  },
  self_care {
    "Stay till two. Then, with her okay, ring Inés and ask her to drive up "
    .. "and take the rest of the night.",
    because = "Sharing the night with her sister keeps Lucía safe and lets "
      .. "you sleep. You don’t have to be her only support.",
    effects = { resentment = "-5", growth = "+5" },
    set = "wider_circle",
    later = {
      after = 1,
      effects = { intimacy = "+5" },
      says = "Inés started ringing Lucía every morning. Lucía said it was "
        .. "annoying, and smiled.",
    },
    clear = "soothed",
    next = "her-plan",
  },
}

-- ---------------------------------------------------------------- slowly

scene "her-plan" {
  "Two weeks later, Lucía sees a counsellor every Tuesday. Her doctor checks "
  .. "in each week. She is not better, but she is steadier.",
  "Her counsellor has asked her to make a plan for each week: small things, "
  .. "one a day. She brings you a blank sheet. “Will you write it for me? "
  .. "I’ll tell you what goes on it. I keep staring at it.”",
  "She knows what she wants on it: a walk, soup with Hana, a call to Inés. "
  .. "It is the writing down that stalls her. Her counsellor said someone "
  .. "else may hold the pen, as long as the things are hers.",
  "The list you wrote for her weeks ago is still in your notes. It would fit "
  .. "on this sheet perfectly.",
  discuss = "Weeks ago a plan from Noor was a rescue. Is it different now? "
    .. "What changed?",
  support {
    "Pull your chair round beside hers. “Tell me the gist, and I’ll find the "
    .. "right words.”",
    because = "She asked you to write it, her counsellor said that is fine, and "
      .. "she knows what she wants on it. On this list the words are only the pen’s work; the "
      .. "walk and the soup are hers. With Dylan, the words were her own "
      .. "voice. You hold the pen, but the plan is hers. The same plan from "
      .. "you would be a rescue.",
    effects = { growth = "+5", intimacy = "+5" },
    next = "your-trip",
  },
  rescue {
    "Sit down with her, and go through the list together, one line at a "
    .. "time.",
    because = "It sounds like help, and she nods along now. But the list is "
      .. "yours, the one you wrote for her weeks ago, and her counsellor asked "
      .. "her to make her own. Each line you read out for a nod fills her "
      .. "sheet with your plan, and takes the part that helps.",
    effects = { resentment = "-5" },
    later = {
      after = 1,
      effects = { growth = "-5" },
      says = "Lucía told her counsellor the plan was mostly yours. They "
        .. "started again from a blank sheet.",
    },
    next = "your-trip",
  },
  rescue {
    "“Why not take this week off from plans? You’ve been through so much. "
    .. "Start fresh on Monday.”",
    because = "It sounds caring, and she looks relieved now. But it lets her "
      .. "off a task that helps, and you decided she can’t manage it.",
    effects = { intimacy = "+5", growth = "-5" },
    next = "your-trip",
  },
  it_depends {
    "Offer to text her each evening and ask how that day’s one small thing "
    .. "went, good or bad.",
    because = "If she wants that check-in and it stays light, it helps. If it "
      .. "becomes you checking up on her plan each night, it turns into a rescue.",
    effects = { intimacy = "+5" },
    later = {
      after = 1,
      effects = { resentment = "+5" },
      says = "Lucía liked the texts for a week. Then she asked you to stop. “It "
        .. "feels like homework,” she said.",
    },
    next = "your-trip",
  },
}

scene "your-trip" {
  "Your cousin Sana is getting married in Lahore. You booked the flights in "
  .. "spring: ten days of mehndi, music and your whole family in one place.",
  "The flight is on Monday. Lucía is steadier. She has her counsellor, her "
  .. "doctor, Inés and Hana. But when you think of leaving, your chest goes "
  .. "tight. What if something happens?",
  "Lucía has not asked you to stay. She has offered to drive you to the "
  .. "airport.",
  discuss = "Is staying home for Lucía love, fear, or both? How could Noor tell?",
  rescue {
    "Ring tonight and say you can’t be there after all. You’ll be with "
    .. "Lucía.",
    because = "It feels safe now, and she is touched. But she never asked you "
      .. "to stay, and she has her counsellor, Inés and Hana. Giving something "
      .. "up is support when she asks you to come. Here nobody asked: you miss "
      .. "the wedding to calm your own fear.",
    effects = { resentment = "-5", intimacy = "+5" },
    set = "cancelled_trip",
    later = {
      after = 1,
      effects = { resentment = "+10" },
      says = "Your mum sent photos from the wedding. You looked at every one "
        .. "of them, alone, on your phone.",
    },
    next = "tunde-talks",
  },
  self_care {
    "Let Lucía drive you to the airport on Monday. Each night, send her the "
    .. "wedding: the dress, the dancing, the food.",
    because = "Your life counts too, and you share it with her as a friend, "
      .. "not as a guard. It is hard now: she is quiet all the way to the "
      .. "airport. But she has a circle, and it can hold.",
    effects = { intimacy = "-5", resentment = "-5" },
    later = {
      after = 1,
      effects = { growth = "+5" },
      says = "Lucía sent you a photo from Hana’s birthday while you were away. "
        .. "She was laughing.",
    },
    next = "ines-calls",
  },
  support {
    "Over tea, tell her the dates. Promise her a call on Sunday, and a "
    .. "postcard from Lahore.",
    because = "You tell her plainly, and you still go. She has her circle, and "
      .. "she never asked you to stay. A call and a postcard are small and "
      .. "kind, and the wedding stays yours.",
    effects = { growth = "+5", intimacy = "+5" },
    next = "ines-calls",
  },
  hurtful {
    "Don’t load her up with your plans this week. She has enough on. Text "
    .. "her from the airport, once you’re through.",
    because = "It looks like sparing her, and it spares you a hard talk now. "
      .. "But going quietly to dodge her feelings leaves her hurt and "
      .. "guessing.",
    effects = { intimacy = "-5", resentment = "-5" },
    next = "ines-calls",
  },
}

scene "tunde-talks" {
  place = "living-room",
  "Sana’s wedding is this week, in Lahore, and you are here. One night Tunde "
  .. "finds you on the sofa at midnight with your phone in your hand.",
  { when = "took_room",
    "Lucía’s boxes are still in the hall. Her counsellor’s leaflets are on "
    .. "your fridge. You have not talked about how long the room is hers." },
  "“I miss you,” he says. “We haven’t had one evening on our own in two "
  .. "months. I love Lucía too. But where are you in all this?”",
  "A month ago you told him “a few more weeks”. He has not forgotten.",
  discuss = "Tunde asks where Noor is in all this. What has helping Lucía "
    .. "cost, and who has paid it?",
  self_care {
    "“You’re right.” Book Friday at the place from your first date, and tell "
    .. "Lucía you are both out that night.",
    because = "Your own life and your partner count too. One night out, "
      .. "kept, is care for you both.",
    effects = { resentment = "-5", growth = "+5" },
    next = "dylan-letter",
  },
  rescue {
    "“You’re right, and I hear you. Give it till her birthday. She’s so "
    .. "nearly there, and then it’s us again.”",
    because = "It buys calm tonight, and he nods. But you are putting her "
      .. "crisis over your own life again, and promising an end you can’t see.",
    effects = { resentment = "-5" },
    later = {
      after = 1,
      effects = { resentment = "+5" },
      says = "Tunde stopped asking about Friday nights. You noticed, and it "
        .. "hurt more than you expected.",
    },
    next = "dylan-letter",
  },
  boundary {
    "Next day, sit down with Lucía and the calendar. Circle the last day of "
    .. "next month together, and ask what she needs to be ready by then.",
    because = "A kind end date for the room, said early, is fair to all "
      .. "three of you. The date is yours to set, and getting ready is hers. "
      .. "She is hurt now and cries. Later she has a date to aim for.",
    when = "took_room",
    effects = { intimacy = "-5" },
    set = "kept_limit",
    later = {
      after = 1,
      effects = { growth = "+5" },
      says = "Lucía went to four flat viewings that month, all on her own. "
        .. "“I needed the date,” she said.",
    },
    next = "dylan-letter",
  },
  hurtful {
    "“I hear you, love. I just thought you of all people would understand. "
    .. "She has no one else right now.”",
    because = "You are tired and guilty, and he poked a sore spot. It sounds "
      .. "caring, but it shames him for asking, and it is not even true: she "
      .. "has Inés, Hana and her counsellor. It pushes him away for needing "
      .. "you too.",
    effects = { resentment = "+5", intimacy = "-5" },
    next = "dylan-letter",
  },
}

scene "ines-calls" {
  place = "phone-night",
  "In Lahore, after the mehndi, Inés calls you late one night.",
  "“She tells you things she won’t tell me,” Inés says. “What does she say "
  .. "to her counsellor? Is she eating? You can tell me. I’m her sister.”",
  "Lucía has told you a lot. Some of it, she asked you to keep to yourself: "
  .. "the days she can’t get out of bed, most of all.",
  discuss = "Inés is scared too. What can Noor give her without breaking "
    .. "Lucía’s trust?",
  rescue {
    "Answer her plainly, one question at a time. Tell her about the good "
    .. "days and the bad ones.",
    because = "It sounds honest, and it calms Inés now. But Lucía asked you "
      .. "to keep the bad days to yourself. Telling them makes you the "
      .. "go-between and breaks her trust. Her story is hers to tell.",
    effects = { resentment = "-5" },
    later = {
      after = 1,
      effects = { intimacy = "-5" },
      says = "Inés let something slip at a family dinner. Lucía looked at you "
        .. "across the table for a long time.",
    },
    next = "dylan-letter",
  },
  support {
    "“Her Sundays are free, Inés, and she talks about you a lot. Ring her "
    .. "then.”",
    because = "You tell nothing of her days, so you keep her trust, and you "
      .. "send her sister to her. Inés is a bit "
      .. "cross now. Then they talk, without you in the middle.",
    effects = { intimacy = "-5", growth = "+5" },
    set = "wider_circle",
    later = {
      after = 1,
      effects = { intimacy = "+5" },
      says = "Inés and Lucía talked for two hours that Sunday. Lucía told you "
        .. "about it herself.",
    },
    next = "dylan-letter",
  },
  it_depends {
    "Say you will ask Lucía first if she’s happy for you to share how she is "
    .. "doing right now, just the broad strokes.",
    because = "Asking her first keeps her in charge, and it can ease her "
      .. "sister’s fear. If you share without asking, or start reporting on "
      .. "her, it turns into a rescue.",
    effects = { growth = "+5" },
    next = "dylan-letter",
  },
  neutral {
    "Tell Inés you can hear how much she cares. Then ask about her flight "
    .. "home and the wedding food, and let the question drift.",
    because = "It is kind small talk, and it dodges a hard moment. But Inés "
      .. "is left with her worry, and so are you.",
    next = "dylan-letter",
  },
}

scene "dylan-letter" {
  "A month later, the court order still stands. Dylan sends a long letter "
  .. "through his brother. Sorry, sorry, sorry. He says he is getting help. He "
  .. "wants to meet for coffee, “just to talk.”",
  "Lucía reads it twice. “Maybe I should hear him out,” she says. “He sounds "
  .. "different.”",
  "Your whole body says no. He threatened her, and there is a court order. "
  .. "Her helpline worker told her any contact should go through them first.",
  discuss = "Noor is sure meeting Dylan is a mistake. What can she say, and "
    .. "whose help does Lucía need here?",
  notes = "Given the threats, this is a safety question as well as a choice. "
    .. "Pointing her to her worker is support. Hiding the letter or answering "
    .. "for her is not.",
  support {
    "Say your fear once. “I’m scared for you. Would you talk it through with "
    .. "your helpline worker before you answer?”",
    because = "After threats, this is a safety question, and the worker is the "
      .. "right person. You say your view once and point her there. She "
      .. "bristles now, and the choice stays hers.",
    effects = { growth = "+5", intimacy = "-5" },
    later = {
      after = 1,
      effects = { intimacy = "+5" },
      says = "Lucía took the letter to her worker and her counsellor. She chose "
        .. "not to meet him. “My call,” she said.",
    },
    next = "her-own-place",
  },
  rescue {
    "When she goes to bed, tear up the letter and put it in the bin. Tell her "
    .. "later it must have got lost.",
    because = "You want to keep her safe, and it feels like relief now. But "
      .. "hiding it decides for her and lies to her. Her safety comes from her "
      .. "plan and her worker, not from secrets.",
    effects = { resentment = "-5" },
    later = {
      after = 1,
      effects = { intimacy = "-5" },
      says = "Dylan’s brother asked if she got the letter. Lucía asked you. "
        .. "You had to tell her.",
    },
    next = "her-own-place",
  },
  rescue {
    "“You don’t owe him an answer, Luci. Put it in a drawer, and let "
    .. "yourself forget it for a while.”",
    because = "It sounds protective, and she is tired now. But it makes the "
      .. "choice for her, and it skips her worker, who said any contact goes "
      .. "through them. Her worker can help her decide, and answer safely.",
    effects = { intimacy = "+5", growth = "-5" },
    next = "her-own-place",
  },
  hurtful {
    "“I only say it because I love you, Luci. Last time you trusted him, he "
    .. "was kicking my door at eleven at night.”",
    because = "Your fear is real. But dressed up as love, it blames her for "
      .. "his threats and makes it about what you went through. It pushes her "
      .. "away just when a safe voice matters most.",
    effects = { intimacy = "-5", resentment = "+5" },
    next = "her-own-place",
  },
}

scene "her-own-place" {
  place = "doorway",
  "In spring, Lucía gets the keys to the small bright flat near the clinic.",
  { when = "took_room",
    "Her boxes leave your hall at last. The spare room looks huge." },
  "She still sees her counsellor. Some days are still hard. But she picked "
  .. "the flat, and she signed the lease herself.",
  "She asked you and Hana to help carry boxes on Saturday. She has a mattress, "
  .. "two chairs, a lot of boxes and no curtains.",
  "Each box has its room written on the side, in her writing. You told her you "
  .. "could help till three, and the tip is on your way home. It has been a long "
  .. "winter, and you are worn thin.",
  support {
    "Carry boxes up the stairs with Hana till three, and set each one down "
    .. "in its room.",
    because = "She asked you and Hana for strong arms, and you give them. She "
      .. "has already said where each thing goes, so her flat is set up her "
      .. "way, the first thing that has been all hers in months.",
    effects = { intimacy = "+5" },
    next = "last-coffee",
  },
  rescue {
    "Stay on after three, and unpack the kitchen boxes so she has plates and "
    .. "mugs tonight.",
    because = "It is warm, and she will have plates tonight. But she asked for "
      .. "arms, not a setup, and she wrote on each box where it goes. This is "
      .. "her first home of her own, and now the kitchen is set up your way, "
      .. "not hers. You said three, and you are worn thin.",
    effects = { intimacy = "+5", resentment = "+5" },
    later = {
      after = 1,
      effects = { growth = "-5" },
      says = "Lucía kept the plates where you put them for a month. Then she "
        .. "moved them all, and didn’t tell you.",
    },
    next = "last-coffee",
  },
  rescue {
    "Text Tunde first. Then tell her the spare room is free for four weeks.",
    because = "It sounds like a safety net, and Tunde says yes. When she had "
      .. "to move out, four weeks was an offer she could take or leave. Today "
      .. "she has her own keys, and she did not ask. On the day she stands on "
      .. "her own, it tells her you expect her to fall. She smiles now.",
    effects = { intimacy = "+5" },
    later = {
      after = 1,
      effects = { growth = "-5" },
      says = "On her first bad night in the new flat, Lucía packed a bag for "
        .. "your spare room. She unpacked it again, slowly.",
    },
    next = "last-coffee",
  },
  self_care {
    "Carry boxes till three. Then load her empty boxes into your car, and "
    .. "run them to the tip.",
    because = "Till three is what you promised, and the tip is on your own way "
      .. "home. You stop there, worn thin from the winter, and keep Sunday for "
      .. "you. That is enough, and it is how you keep going.",
    effects = { resentment = "-5" },
    next = "last-coffee",
  },
}

scene "last-coffee" {
  place = "cafe",
  "A month later, Lucía asks you out for coffee. Her treat. She looks like "
  .. "herself again, or like a new version of herself.",
  { when = "cancelled_trip",
    "She has seen the wedding photos on your mum’s page. “You never went,” "
    .. "she says. “Was that because of me?”" },
  "Then she says, “You’ve spent half a year on me. How are you? Really?”",
  "She has more questions ready, and she wants the answers.",
  discuss = "Lucía asks how Noor is. Why might that be hard to answer?",
  self_care {
    "Tell her the truth. You’ve been tired and scared, and you missed her "
    .. "laugh. Let her buy the cake too.",
    because = "Letting her care for you makes the friendship two-way again. "
      .. "You have needs too, and she wants to know them.",
    effects = { resentment = "-5", intimacy = "+5" },
    next = {
      { when = "took_room and not kept_limit and resentment >= 30", "holding-her-life" },
      { when = "resentment >= 50", "holding-her-life" },
      { when = "wider_circle and kept_limit and resentment < 40 and growth >= 45", "a-wider-circle" },
      { when = "growth < 45", "still-on-call" },
      "her-own-door",
    },
  },
  rescue {
    "“Me? I’m fine, honestly. Today’s about you. How’s the new flat? How’s "
    .. "the counsellor?”",
    because = "Keeping the talk on her feels generous. But it keeps you as the "
      .. "helper and never the helped, and she notices.",
    effects = { resentment = "+5" },
    next = {
      { when = "took_room and not kept_limit and resentment >= 30", "holding-her-life" },
      { when = "resentment >= 45", "holding-her-life" },
      { when = "growth < 50", "still-on-call" },
      "her-own-door",
    },
  },
  support {
    "Answer her plainly, one question at a time. Tell her about the good "
    .. "days and the bad ones.",
    because = "She asked, and she wants the answers. These days are yours to "
      .. "tell. Letting her ask, and care, hands her strength back to her. She "
      .. "gets to be a friend again, not a project.",
    effects = { growth = "+5", intimacy = "+5" },
    next = {
      { when = "took_room and not kept_limit and resentment >= 30", "holding-her-life" },
      { when = "resentment >= 50", "holding-her-life" },
      { when = "wider_circle and kept_limit and resentment < 40 and growth >= 45", "a-wider-circle" },
      { when = "growth < 45", "still-on-call" },
      "her-own-door",
    },
  },
}

-- ---------------------------------------------------------------- endings

ending "holding-her-life" {
  place = "living-room",
  title = "Holding her life for her",
  { when = "took_room",
    "Lucía’s new flat is lovely. She still keeps a toothbrush in your spare "
    .. "room, just in case. Some weeks she sleeps there more than at home." },
  { when = "not took_room",
    "Lucía’s new flat is lovely. She still rings you before every big choice, "
    .. "and most small ones." },
  { when = "cancelled_trip",
    "You never did see Sana’s wedding. You have not told anyone how much that "
    .. "hurt." },
  "Tunde eats dinner on his own more nights than not. You are tired all the "
  .. "time. You love Lucía. Lately, some part of you is counting what she "
  .. "owes you, and that scares you.",
  lens = {
    goal = "To get Lucía through the worst of it by carrying as much of it as "
      .. "you could. Under that, to make your own fear stop.",
    behaviours = "Planning her weeks, answering for her, giving her your room "
      .. "and your nights with no end date, and making her choices before she could.",
    thoughts = "“If I step back, she will fall.” “It’s quicker and safer if "
      .. "I do it.”",
    emotions = "Worry that would not switch off. Tired, then sore. Now a "
      .. "quiet resentment that makes you feel guilty.",
    underlying = "Your fear for her was real. You tried to calm it by running "
      .. "her life, and you worked harder at her healing than she could. It "
      .. "left her leaning and you worn thin.",
  },
  practice = "This week, before you do something for a friend, ask: “Did "
    .. "they ask for this, or does my worry want it?” If it is your worry, "
    .. "look after it another way: a walk, a talk with someone you trust.",
  reflect = "When you feel resentful after helping, what were you hoping "
    .. "to get back?",
}

ending "still-on-call" {
  title = "Still on call",
  "Lucía is doing better. She goes to work, sees her counsellor and laughs "
  .. "again. She still texts you first when anything goes wrong, and you "
  .. "still answer in under a minute.",
  { when = "cancelled_trip",
    "Sana sends you a wedding photo with a heart. You wish you were in it." },
  "No one is angry. No one is in danger. But Lucía has not had to find her own "
  .. "feet as much as she could, and your phone never quite leaves your hand.",
  lens = {
    goal = "To keep Lucía safe and on track, and to be the one she can always "
      .. "count on.",
    behaviours = "Stepping in early, deciding for her at times, and filling "
      .. "gaps before she could fill them.",
    thoughts = "“She needs me.” “What if I’m not there when it matters?”",
    emotions = "Warm and useful most days. Under it, a low hum of worry, and "
      .. "tired that sleep does not fix.",
    underlying = "Being needed has started to feel like being a good friend. "
      .. "When the danger passed, the rescuing did not.",
  },
  practice = "This week, when a friend brings you a problem, wait one "
    .. "minute before you answer. Then ask: “What would help?”",
  reflect = "When the crisis was over, what made it hard to step back?",
}

ending "her-own-door" {
  place = "doorway",
  title = "Her own front door",
  "Lucía’s flat has yellow curtains now. She chose them. She has a spare key "
  .. "cut for you, “for plants and emergencies.”",
  { when = "cancelled_trip",
    "You tell her the truth about the wedding. She is sad, then cross, then "
    .. "kind. “Next time,” she says, “go. I’d have been okay.”" },
  { when = "not cancelled_trip",
    "Your photos from Sana’s wedding are on her fridge. She asks about every "
    .. "cousin in them." },
  "Some days you still want to grab the wheel. You catch it more often now. "
  .. "When danger came, you got her help. When it passed, you mostly let "
  .. "her steer.",
  lens = {
    goal = "To stand by Lucía through the worst months, and to leave her life "
      .. "in her hands where you could.",
    behaviours = "Listening, asking what she needed, getting expert help "
      .. "when she was in danger, and sometimes still taking over.",
    thoughts = "“This part is hers.” And sometimes: “But what if she gets it "
      .. "wrong?”",
    emotions = "Fear on the worst nights. Tired. Now and then, a flash of "
      .. "resentment that told you to step back.",
    underlying = "Your worry is real, and you are learning to handle it "
      .. "yourself instead of through her. The habit to take over is still strong.",
  },
  practice = "Once a day this week, when you feel the pull to step in, ask "
    .. "yourself: “Is this mine, or theirs?” If it is theirs, ask what they need.",
  reflect = "Which part of Lucía’s year was hardest to leave in her hands? "
    .. "Why that one?",
}

ending "a-wider-circle" {
  place = "living-room",
  title = "A wider circle",
  "Lucía’s birthday is in her new flat. Inés comes up on the train. Hana "
  .. "brings a cake shaped like a cat. There are people there you have never "
  .. "met, from her Tuesday group.",
  { when = "took_room",
    "Tunde has his study back. He hangs Lucía’s thank-you card in it." },
  { when = "not took_room",
    "Tunde makes the music list. Lucía makes him play her song twice." },
  "You were one of the people who held her up this year. Not the only one. "
  .. "You slept most nights. You kept your limits, and she kept her friend.",
  lens = {
    goal = "To give Lucía what she asked for, keep her safe when she was in "
      .. "danger, and help her lean on more people than you.",
    behaviours = "Asking what she needed. Getting expert help fast when it "
      .. "was needed. Saying clearly what you could not do, and pointing her "
      .. "to others who could.",
    thoughts = "“I can love her and still sleep.” “I don’t have to be her "
      .. "only support.”",
    emotions = "Scared on the worst nights. Tired after long weeks. But not "
      .. "bitter, and not keeping score.",
    underlying = "Nothing big hides under it. You knew what was yours, what "
      .. "was hers, and when danger made it a job for the experts.",
  },
  practice = "This week, when someone leans on you, ask them who else is in "
    .. "their corner. Then tell one person in yours how you are doing.",
  reflect = "Who held you up in your hardest year? Was it one person, or "
    .. "a few?",
}
