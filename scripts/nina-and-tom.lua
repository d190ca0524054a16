-- Nina and Tom: the first Beside story.
-- Nina is the oldest child, the one who fixes things for everyone. Her
-- boyfriend Tom, a bartender at the restaurant where she works, is behind on
-- his bills. The story is about the gap between rescuing him and standing
-- beside him while he sorts it out himself.
--
-- Same act, different kind: six pairs of options use the very same words in
-- two scenes, and only the scene decides the kind.
--   danny-calls (rescue) / tom-asks (support): "Of course. Send him the money
--     tonight, and put the payday in your phone." Danny's card room, a month
--     after "no more money", against the loan Tom asked for, with his payday.
--   just-listening (rescue) / his-question (support): the budget app set up on
--     his phone. "No fixes" and "I need to think", against "show me how".
--   double-shift (rescue) / next-shift (support): "Sure. I've got your back."
--     Eleven hours for Dee on four hours' sleep, with Lou asking for the hours,
--     against the ten minutes at the bar Tom asked for.
--   mom-calls (rescue) / tom-has-a-plan (support): "Sure." and really
--     listening. Mom's phone bill, hers to pay and the last thing she asks
--     (after the ride to her scan), against the laptop Tom asked to use.
--   the-stumble (rescue) / tom-is-short (support): "Oh, Tom. He eats at the
--     Blue Door on Thursdays. I'll see what sort of mood he's in." He asked
--     her to come over, not to see his landlord, against his text on his day
--     off asking just for Mr. Greer's mood, with the call at two still his.
--   after-close (rescue) / his-question (it_depends): the free money coach's
--     name on a napkin. Slid over right after he hides the red stamp, having
--     asked for nothing, against "I'm out of ideas" and his ask for help; it
--     helps there unless she books it or checks up on it.
--
-- Flags, and where they matter:
--   looked_away      after-close -> the opening lines of tom-opens-up
--   pushed           Nina pushed past Tom's first no; colours scenes up to
--                    his answer at the next shift, then is cleared
--   offered_loan,    the loan Nina offers and the budget she tells him he
--   promised_budget  needs, which Tom turns down in the-offer; the loan also
--                    shows up in danny-calls, the budget in two-am
--   asked_plan       which way just-listening opens
--   felt_heard       Tom felt listened to; how he greets Nina at the next shift
--   paid_danny       Danny keeps asking (mom-calls, the-coat)
--   made_budget,     the budget Nina made at two in the morning, and whether
--   showed_budget    she gave it to him
--   texted_rosa      how rosa-coffee opens
--   tired            Nina said yes to Dee's extra shift; how next-shift opens
--   booked_doctor    Nina booked a doctor for her aches at two in the morning;
--                    mom-calls and mom-is-hurt then lead to the-doctor
--   rosa_pact        Nina asked Rosa to be her call before a fix; opens the
--                    choice in the-stumble that leads to rosa-on-the-phone,
--                    and with bought_coat it is the pattern in the-talk that
--                    leads to beside-him (a friend to call, and a life of her
--                    own), unless she paid in secret or kept pushing
--   greer_promise    Nina told Tom she would handle Mr. Greer; how
--                    tom-is-short opens, and it keeps Tom from asking
--   persisted        Nina kept pushing after Tom told her to stop; it closes
--                    the way to tom-asks and to the best ending
--   saw_counselor    a line in the-talk
--   gave_extra       a line in the-coat
--   paid_secretly    leads to tom-finds-out; closes the way to the best ending
--   defended         Nina asked for thanks; Tom leaves
--   bought_coat      a line in the best ending, and half of its pattern
--   final_pitch      Nina's last rescue offer, for the middle ending's first lines
--
-- Flags are cleared once no later scene reads them, and meter changes are
-- steps of 5, so paths that meet in the same place merge. That keeps the
-- story small enough for `beside check` to play every path.

scenario {
  id = "nina-and-tom",
  title = "Nina and Tom",
  teaser = "Tom is behind on his bills. Nina has a fix ready before he says a word.",
  you_play = "Nina",
  people = { tom = { name = "Tom", main = true }, danny = "Danny", mom = "Mom", rosa = "Rosa" },
  minutes = 20,
  content_notes = {
    "money worries",
    "a breakup",
    "a brother who gambles",
    "stress that shows up as aches and pains",
  },
  meters = { resentment = 10, growth = 35, intimacy = 45 },
  start = "after-close",
}

-- ---------------------------------------------------------------- night one

scene "after-close" {
  place = "bar",
  "It is after midnight at the Blue Door. The chairs are up on the tables. "
  .. "You and Tom are the last two left.",
  "Tom sits at the end of the bar with his tip money. He adds it up, then adds "
  .. "it up again. A pile of mail sits by his elbow. The top letter has a red "
  .. "stamp: PAST DUE. He sees you looking and sweeps the pile into his bag.",
  "Last month he said, half joking, “My mail is my mess, okay?” He has not "
  .. "asked you for a thing.",
  "You are the oldest of four. You have been fixing things since you were "
  .. "eight. Your mind is already making a list.",
  "Your own tips are in your apron, with a big one from table six, your "
  .. "table tonight.",
  discuss = "What do you think Nina feels when she sees the red stamp? What "
    .. "might Tom feel, knowing she saw it?",
  notes = "The whole game is in this first moment. Let the group notice how fast "
    .. "Nina's mind jumps to a plan. Before anyone says what she should do, ask "
    .. "whose problem the letter is.",
  support {
    "Pull up the stool next to him. “I saw the red stamp. So, that’s that. I "
    .. "won’t bring it up again unless you do.”",
    because = "Naming it makes him wince, and the moment is awkward now. But you "
      .. "do not pretend, and you leave the next step to him. It stays his letter.",
    effects = { intimacy = "-5" },
    later = {
      after = 2,
      effects = { intimacy = "+10" },
      says = "Tom said later he was glad you didn’t pretend. “It was a relief "
        .. "not to hide it,” he said.",
    },
    next = "tom-opens-up",
  },
  rescue {
    "Write the name of the free money coach at his credit union on a napkin, "
    .. "and slide it over.",
    because = "It looks like a small, useful tip, and he even says thanks "
      .. "now. But he just hid the pile, and last month he told you his mail is "
      .. "his. He has not asked you for a thing. When he asks for ideas, the "
      .. "same napkin is a fair lead. Tonight it is your fix for his letter, "
      .. "made before he says a word. Later, it sits between you.",
    effects = { resentment = "-5", intimacy = "+5" },
    later = {
      after = 3,
      effects = { resentment = "+10", intimacy = "-10" },
      says = "Tom kept the napkin in his wallet and never called. He never said "
        .. "a word about it. Now it sits between you like a stone.",
    },
    next = "tom-opens-up",
  },
  neutral {
    "Pour him a soda on the house, and tell him about table nine: the birthday "
    .. "cake, the man who sang, and the candle that would not go out.",
    because = "Small talk can be kind, and not prying is fine. But acting blind "
      .. "may leave him alone with it. This is a pause, not a plan.",
    set = "looked_away",
    later = {
      after = 1,
      effects = { intimacy = "-5" },
      says = "On the walk, Tom said, “You saw the letter, didn’t you?” You said "
        .. "no. He didn’t believe you.",
    },
    next = "tom-opens-up",
  },
  rescue {
    "Sit down next to him. “Want some company while you open those? I’m in no "
    .. "hurry tonight.”",
    because = "It sounds kind, and you mean it. But he just hid the pile, and he "
      .. "has told you his mail is his. Sitting in on it pulls his problem into "
      .. "your hands, on your clock.",
    effects = { growth = "-5", intimacy = "-5" },
    next = "tom-pulls-back",
  },
}

scene "tom-pulls-back" {
  place = "bar",
  "Tom pulls the bag closer with his foot. He laughs, but the laugh comes out "
  .. "thin.",
  "“It’s nothing, Nina. Just the usual stuff.” He zips the bag shut and drops "
  .. "it by his feet.",
  "Your face goes hot. You only wanted to help. But now he won’t look at you. "
  .. "He is drying a glass that is already dry.",
  discuss = "Tom said no without saying the word. How can you tell?",
  hurtful {
    "“Okay. I’ll give you some space.” Walk to the bus a step ahead of him, "
    .. "eyes on your phone the whole way.",
    because = "It sounds like respect, and your hurt is real. But cold silence "
      .. "dressed up as space punishes him "
      .. "for saying no, and he learns to hide more.",
    effects = { resentment = "+5", intimacy = "-10" },
    later = {
      after = 2,
      effects = { growth = "-5" },
      says = "Tom has stopped leaving his mail out where you can see it. He "
        .. "keeps his bag zipped now.",
    },
    next = "tom-opens-up",
  },
  rescue {
    "Keep your voice soft. “It’s okay to be scared of it. Five minutes with the "
    .. "pile, and then we go home?”",
    because = "He already said no, in his own way. A gentle voice does not change "
      .. "what this does: it pushes past a no and tells him his choice does not count.",
    effects = { resentment = "+5", intimacy = "-5" },
    set = "pushed",
    next = "tom-opens-up",
  },
  support {
    "Pull your hand back. “Sorry, that was bossy. It’s your mail, not mine. I’ll "
    .. "just get the lights.”",
    because = "You caught yourself grabbing the wheel, and you let go. Saying so "
      .. "out loud makes it safe for him to come back to you.",
    effects = { resentment = "-5", growth = "+5" },
    next = "tom-opens-up",
  },
  neutral {
    "Stack his side of the chairs too, so he can sit a while. Hum along with "
    .. "the radio until it is time to lock up.",
    because = "Waiting can cool things down. But he is left to guess what you are "
      .. "thinking.",
    effects = { intimacy = "-5" },
    next = "tom-opens-up",
  },
}

scene "tom-opens-up" {
  place = "street",
  { when = "pushed",
    "Tom does not open the bag. On the walk to the bus, he is quiet for a long "
    .. "time. When he talks, his voice is flat, like he is reading a report." },
  { when = "looked_away and not pushed",
    "You talk about table nine all the way out. Tom laughs in the right places. "
    .. "Halfway to the bus, he goes quiet. Then he starts to talk." },
  { when = "not looked_away and not pushed",
    "On the walk to the bus, Tom kicks a bottle cap along the curb. Then he "
    .. "starts to talk." },
  "His car needed a new clutch, so he put it on a credit card. Now his rent is "
  .. "two weeks late, and the card keeps growing. “I make good tips,” he says. "
  .. "“I don’t even know where it all goes.”",
  "He rubs the back of his neck and looks at the street, not at you. Last "
  .. "week he told you, “When I vent, I just want you to hear it.”",
  "You have savings. You have a budget taped to your fridge. This would be so "
  .. "easy to fix.",
  discuss = "Tom has told Nina what is wrong. Has he asked her for anything yet?",
  support {
    "“Okay. That’s a real mess.” Keep walking. “You know your own numbers. "
    .. "You’ll see the first step before I would.”",
    because = "It sounds blunt, and he looks a bit lost for a second. But it "
      .. "says you expect him to find a way, and it leaves the problem with him.",
    effects = { intimacy = "-5" },
    set = "asked_plan",
    later = {
      after = 3,
      effects = { growth = "+5", intimacy = "+10" },
      says = "Tom brought up your question at work. “Nobody ever asks me what I "
        .. "think I should do,” he said. He looked pleased.",
    },
    clear = "looked_away",
    next = "just-listening",
  },
  rescue {
    "“Where it goes is the whole thing, isn’t it? Mine vanished the same way, "
    .. "till I wrote down every coffee for a week.”",
    because = "It sounds like plain good sense, and it may even be true. But "
      .. "he told you last week that when he vents, he just wants you to hear "
      .. "it. You handed him the answer before he had finished the question.",
    effects = { resentment = "-5", growth = "-5" },
    set = "promised_budget",
    clear = "looked_away",
    next = "the-offer",
  },
  support {
    "“Go on. Tell me all of it.” Slow down, so the walk to the bus takes "
    .. "longer.",
    because = "Last week he said that when he vents, he just wants you to hear "
      .. "it. So you ask for all of it, and you only listen: no ideas, no plan. "
      .. "The problem stays his, and you stay next to him.",
    effects = { growth = "+5", intimacy = "+5" },
    clear = "looked_away",
    next = "just-listening",
  },
  rescue {
    "“How late is the rent, exactly? I get paid on Friday.”",
    because = "It sounds like a plain question, and it eases the worry tonight. "
      .. "But he did not ask for anything, and “I get paid on Friday” means your "
      .. "money. Help he never asked for, on night one, can feel like proof that "
      .. "he failed.",
    effects = { intimacy = "+5" },
    set = "offered_loan",
    later = {
      after = 2,
      effects = { resentment = "+10", growth = "-5" },
      says = "Ever since you offered Tom money, he has been careful around you. "
        .. "It is as if he owes you, even though he took nothing.",
    },
    clear = "looked_away",
    next = "the-offer",
  },
}

scene "the-offer" {
  place = "street",
  { when = "offered_loan",
    "Tom stops walking. “You mean you’d pay my rent?” He says it slowly, like "
    .. "he is testing each word." },
  { when = "promised_budget",
    "Tom stops walking. “A budget,” he says. “Like a kid with an allowance?”" },
  "His ears turn red. “I’ve paid my own way since I was seventeen, Nina. I’m "
  .. "not some project. I’ve got it handled.”",
  "The bus is coming. You feel the old pull in your chest. If you can just "
  .. "explain it better, he will see that you are right.",
  discuss = "Tom says he has it handled. What might be under those words?",
  notes = "In the story this game grew from, this is the moment Nina keeps going, "
    .. "and it costs her the relationship. Players who made the offer often feel "
    .. "stung here. Name that: being turned down hurts, and it is still his call. "
    .. "If the group defends Nina, bring in motive gently: was the offer for Tom, "
    .. "or for Nina's own worry? Both can be true at once.",
  neutral {
    "Nod. On the bus, give him the window seat and your last mint, and talk "
    .. "about the cook’s new hat.",
    because = "Small talk can stop a fight from growing. But it leaves him unsure "
      .. "where you stand on what he just said.",
    effects = { intimacy = "-5" },
    next = "danny-calls",
  },
  rescue {
    "“Okay. I hear you. Will you think it over, and tell me in the "
    .. "morning?”",
    because = "It sounds patient and kind. But he gave you a clear no. Asking him "
      .. "to think it over keeps your offer on the table, and it tells him his no "
      .. "was not the last word.",
    effects = { resentment = "+5", intimacy = "-5" },
    set = "pushed",
    next = "danny-calls",
  },
  support {
    "Take a breath. “Okay. Got it.” Let the bus come, and let the ride home "
    .. "be quiet.",
    because = "It looks like just going quiet. But he said he has it handled, "
      .. "and you drop the offer for good. It stings to be turned down, and the ride home is stiff. But when "
      .. "you let his no stand, he learns that his word counts with you.",
    effects = { growth = "+5", intimacy = "-5" },
    later = {
      after = 2,
      effects = { resentment = "-5", intimacy = "+10" },
      says = "Tom texted the next day: “Thanks for hearing me last night.”",
    },
    next = "danny-calls",
  },
  hurtful {
    "“Okay. I only pushed because I worry. Most people who say that are already "
    .. "drowning.” Then look out the bus window all the way home.",
    because = "It sounds like worry. But it turns his no into proof that he is "
      .. "failing, and then you go quiet on him. That punishes him for saying "
      .. "no, and he learns it is not safe to say it.",
    effects = { resentment = "+5", intimacy = "-10" },
    next = "danny-calls",
  },
}

scene "just-listening" {
  place = "street",
  { when = "not asked_plan",
    "Tom blinks at you. “No fixes? Good,” he says. “Everyone has ideas "
    .. "for me.”" },
  { when = "asked_plan",
    "Tom is quiet for a bit. “Pick up more shifts, maybe,” he says. “I don’t "
    .. "know yet. I need to think.”" },
  "Then he keeps talking. About the clutch. About his dad, who never had a "
  .. "dollar left by Friday. About the sick feeling he gets when his phone rings.",
  "He has never told you about his dad before. Not once in a year.",
  "Your head fills up with fixes. A budget app. A cheaper phone plan. You could "
  .. "pay his rent and make it all go away. Your hands feel restless.",
  rescue {
    "“Can I tell you what helped me once? It’s a story from when I was broke. "
    .. "Take it or leave it.”",
    because = "It sounds polite. But he asked to be heard, not for ideas, and a "
      .. "story with a lesson in it, while he is still talking, tells him his "
      .. "feelings are a problem to solve.",
    effects = { growth = "-5", intimacy = "-5" },
    clear = "asked_plan",
    next = "danny-calls",
  },
  support {
    "“I’ve seen you run a packed bar on a Friday night. We both know you’ll "
    .. "work this out.”",
    because = "Saying you trust him helps him trust himself. You can cheer him on "
      .. "without steering.",
    effects = { growth = "+5", intimacy = "+5" },
    set = "felt_heard",
    clear = "asked_plan",
    next = "danny-calls",
  },
  support {
    "Let him talk until he runs down. Then say, “That sounds exhausting,” and "
    .. "leave it there.",
    because = "Staying with the feeling, and not the fix, is hard work. It shows "
      .. "him he is a person to you, not a project.",
    effects = { intimacy = "+10" },
    set = "felt_heard",
    clear = "asked_plan",
    next = "danny-calls",
  },
  rescue {
    "Put your budget app on his phone, and go through it with him tonight, "
    .. "screen by screen, till it is set up.",
    because = "It is a real help when he asks for it. Tonight he did not: he "
      .. "asked to be heard, and he said he needs to think. The app on his "
      .. "phone is your fix in his pocket. He goes along with it now, to be "
      .. "nice. Later, money is one more thing he stops telling you about.",
    effects = { intimacy = "+5" },
    later = {
      after = 3,
      effects = { growth = "-5", intimacy = "-5" },
      says = "The budget app sits on Tom’s phone, never opened. When money comes "
        .. "up, he makes a joke and changes the subject.",
    },
    clear = "asked_plan",
    next = "danny-calls",
  },
}

-- ---------------------------------------------------------------- at home

scene "danny-calls" {
  place = "living-room",
  "At home, your phone buzzes. It is Danny, your youngest brother.",
  "“Nina, I’m in a hole. Three hundred, just till Friday. I swear it’s the last "
  .. "time.” Behind him you hear a TV and people cheering. It sounds like the "
  .. "card room again.",
  "You have covered Danny more times than you can count. He always swears. You "
  .. "always pay. Mom calls you the strong one.",
  "Last month you told him: no more money, but there is always a meal at your "
  .. "place.",
  { when = "offered_loan",
    "The money you just offered Tom is the same money Danny wants." },
  discuss = "Danny and Tom are very different people. How is Nina’s urge the "
    .. "same with both of them?",
  rescue {
    "“Of course.” Send him the money tonight, and put the payday in your "
    .. "phone.",
    because = "A loan with a payday can be help, when it is the one someone "
      .. "asked for with a plan. Here it is the card room again, one more time "
      .. "than you can count, and last month you told him no more money. Paying "
      .. "calms your fear now, and Danny is so grateful. Later, “last time” "
      .. "comes round again. The money keeps him from feeling what his betting "
      .. "costs him.",
    effects = { resentment = "-5", intimacy = "+5" },
    set = "paid_danny",
    later = {
      after = 2,
      effects = { resentment = "+10", growth = "-5" },
      says = "Danny’s last time was not the last time. He texted again today, "
        .. "asking for more. You feel your jaw lock.",
    },
    clear = "offered_loan",
    next = "two-am",
  },
  boundary {
    "“Go home, Danny, and get some sleep. I’ll ring you at lunch tomorrow, "
    .. "first thing on my break, and we’ll talk about it then.”",
    because = "You paused before acting. A yes made in a panic is not a free "
      .. "choice. Danny is angry now, and tomorrow you can ask yourself why you "
      .. "want to give.",
    effects = { resentment = "-5", intimacy = "-5" },
    clear = "offered_loan",
    next = "two-am",
  },
  support {
    "Look up the free gambling helpline and text him the number. “No money. I "
    .. "think the betting has got bigger than you. Call them tomorrow.”",
    because = "He hangs up on you, and that hurts. But saying once, plainly, that "
      .. "the betting may need real help points him to help that fits the real "
      .. "problem. Calling is still his to do.",
    effects = { growth = "+5", intimacy = "-5" },
    later = {
      after = 3,
      effects = { growth = "+5" },
      says = "Danny texted: “Called that number. Don’t tell Mom.” It was a start.",
    },
    clear = "offered_loan",
    next = "two-am",
  },
  boundary {
    "“You’re my little brother, and I love you. Come for dinner Sunday, and "
    .. "I’ll make your favorite. I’ll pick you up at six.”",
    because = "He asked for money, and you give what you told him last month "
      .. "you would: a meal, and no money. You can love Danny and still keep "
      .. "your wallet shut. Later, your family may push back.",
    effects = { growth = "+5", intimacy = "-5" },
    later = {
      after = 2,
      effects = { intimacy = "-5" },
      says = "Mom called to ask why you were so hard on Danny. You felt like the "
        .. "bad guy all afternoon.",
    },
    clear = "offered_loan",
    next = "two-am",
  },
  hurtful {
    "“Someone has to tell you the truth, Danny. You’re a grown man acting like "
    .. "a kid, and we’re all sick of it.” Hang up before he answers.",
    because = "You are worn out, and that is real. But a truth said to sting, "
      .. "and a hang-up, punish him. They tell him nothing about where to get "
      .. "help.",
    effects = { resentment = "+5", intimacy = "-5" },
    clear = "offered_loan",
    next = "two-am",
  },
}

scene "two-am" {
  place = "bedroom-night",
  "It is two in the morning, and you can’t sleep. Your neck aches. A dull pain "
  .. "sits behind your eyes. It has been there most days this month.",
  { when = "promised_budget",
    "You told Tom he needs a budget. Your laptop is right there on the desk." },
  { when = "not promised_budget",
    "Your laptop is right there on the desk. You could make Tom a budget. Just "
    .. "a draft. Just in case." },
  "What spins in your head is not your own week. It is Tom’s tips, Tom’s "
  .. "rent, Tom’s card. You could have a whole plan for him by sunrise.",
  self_care {
    "Text Rosa, even though it is two: “Coffee this week? My treat. I want to "
    .. "hear how you are.”",
    because = "People who fix things for everyone rarely ask for company. "
      .. "Reaching out to a friend for yourself, not for Tom, is a step toward a "
      .. "life that holds you too.",
    effects = { growth = "+5" },
    set = "texted_rosa",
    later = {
      after = 1,
      effects = { resentment = "-5" },
      says = "Rosa wrote back before breakfast: “Yes! Thursday. My treat.” You "
        .. "felt lighter all day.",
    },
    clear = "promised_budget",
    next = "double-shift",
  },
  rescue {
    "Open the laptop and get what is spinning out of your head and onto a page. "
    .. "Once it is all down, maybe you can sleep.",
    because = "It does calm you, for now. But the numbers are Tom’s rent and "
      .. "Tom’s tips, and the page turns into your plan for his life, made at two "
      .. "in the morning without him. Later you pay in sleep.",
    effects = { resentment = "-5", growth = "-5" },
    set = "made_budget",
    later = {
      after = 2,
      effects = { resentment = "+10" },
      says = "You slept three hours that night. By now, every little thing Tom "
        .. "does gets under your skin.",
    },
    clear = "promised_budget",
    next = "double-shift",
  },
  it_depends {
    "Look up the free money coach at Tom’s credit union, and save the number "
    .. "in your phone.",
    because = "It depends on what you do with it. Kept until he asks for ideas, "
      .. "it is a good lead, and you can put it down and sleep. Sent to him in "
      .. "the morning, unasked, or used to keep his plan spinning in your head "
      .. "all night, it turns into a rescue.",
    effects = { resentment = "-5" },
    clear = "promised_budget",
    next = "double-shift",
  },
  self_care {
    "Shut the laptop without saving. Put on an old movie you love, low, and "
    .. "fall asleep to it on the couch.",
    because = "Tom did not ask for a budget tonight, and you are the one who "
      .. "can’t sleep. Letting the plan go and resting is caring for you. A "
      .. "rested Nina helps by choice, not by habit.",
    effects = { resentment = "-5" },
    clear = "promised_budget",
    next = "double-shift",
  },
  self_care {
    "Set an alarm for nine and type, “Call the clinic. Book the visit.”",
    because = "The ache is yours, and it has hung on most of the month. That is "
      .. "worth a doctor’s look. Booking it is looking after the one body you "
      .. "have.",
    effects = { growth = "+5" },
    set = "booked_doctor",
    clear = "promised_budget",
    next = "double-shift",
  },
}

scene "double-shift" {
  place = "bar",
  "Thursday. You slept four hours. Your neck still aches, and there is a "
  .. "dull throb behind your eyes that coffee does not touch.",
  "Dee catches you at the time clock. “Nina, can you take my lunch shift "
  .. "tomorrow, eleven to three? My sitter fell through. You always save me.”",
  "You already work Friday night, five till midnight. Lunch too would mean "
  .. "eleven hours on your "
  .. "feet. Lou, the new server, has asked the manager twice for more Friday "
  .. "hours.",
  discuss = "Is saying yes to Dee kind? Kind to whom?",
  notes = "This scene has nothing to do with Tom, and that is the point: the "
    .. "same pull shows up everywhere. Tired is fine; a yes Nina does not have "
    .. "in her is the warning sign. Saying no can be warm.",
  self_care {
    "“Let me look at my week, and I’ll text you by three.”",
    because = "It sounds like a yes on the way. It is a pause: with four hours’ "
      .. "sleep, a sore neck and your Friday night shift, you ask yourself "
      .. "first. Pausing before you say yes gives you time to ask if you can. "
      .. "You count too.",
    effects = { growth = "+5" },
    next = "next-shift",
  },
  boundary {
    "Pull out your phone. “Here’s Lou’s number. He said last week he wants more "
    .. "hours. Tell him I sent you, and go be with your kid.”",
    because = "You slept four hours and already work Friday night, so eleven "
      .. "hours is too much. Passing on Lou’s number is a no with a way forward, "
      .. "and the asking is still Dee’s. She looks let down now, but she can "
      .. "still solve it.",
    effects = { growth = "+5", intimacy = "-5" },
    later = {
      after = 2,
      effects = { resentment = "-5", intimacy = "+5" },
      says = "Dee found a sitter after all. “Thanks for being straight with me,” "
        .. "she said. You slept nine hours.",
    },
    next = "next-shift",
  },
  it_depends {
    "Take the rota from Dee. Write your name in for Friday lunch, eleven to "
    .. "one, and hand her back the pen.",
    because = "If you truly have two hours in you, this is a fair offer with a "
      .. "clear end, and the rest of her shift is still Dee’s to fill: Lou "
      .. "wants the hours. If it is a yes you don’t have, said so you don’t have "
      .. "to say no, it turns into a rescue.",
    effects = { resentment = "+5", growth = "+5" },
    next = "next-shift",
  },
  rescue {
    "“Sure. I’ve got your back.”",
    because = "Cover you truly have in you is a gift. This is not: you slept "
      .. "four hours, you already work Friday night, and Lou wants the hours. "
      .. "Dee could solve it. It feels good to save her now, and your body "
      .. "pays for it later.",
    effects = { resentment = "-5" },
    set = "tired",
    later = {
      after = 2,
      effects = { resentment = "+10" },
      says = "Eleven hours on your feet. By the end of Friday your back was "
        .. "one big knot, and you snapped at a busboy for nothing.",
    },
    next = "next-shift",
  },
  self_care {
    "“Give me a minute.” Ask the manager to put Lou on your Friday night. Then "
    .. "tell Dee yes to her lunch.",
    because = "It looks like one more yes. But you did your own sums first: a "
      .. "four-hour lunch instead of your seven-hour night, and Lou gets the "
      .. "hours he asked the manager for. Your body is part of the plan, not "
      .. "what is left over.",
    effects = { growth = "+5", intimacy = "+5" },
    next = "next-shift",
  },
}

-- ---------------------------------------------------------------- the next shift

scene "next-shift" {
  place = "bar",
  "Friday night, the Blue Door is packed. Tom works the bar, fast and smooth.",
  { when = "tired",
    "You have been on your feet since eleven this morning. Your back hurts "
    .. "when you lift a tray." },
  { when = "pushed",
    "He says hi, but he does not meet your eyes. When your hands touch at the "
    .. "service bar, he pulls away first." },
  { when = "felt_heard and not pushed",
    "He catches your eye across the room and mouths, “Thanks.” His shoulders "
    .. "look looser than they have all week." },
  { when = "not felt_heard and not pushed",
    "He is friendly, but careful. Like someone who is not sure what you will say "
    .. "next." },
  { when = "made_budget",
    "The budget is in your apron pocket, folded into a neat square." },
  "At the start of the shift, Tom asked you for one thing. “My landlord might "
  .. "call back tonight. If he does, can you cover the bar for ten minutes so I "
  .. "can take it? On my own. I want to do this one myself.”",
  "Now you are on your break, on a milk crate by the back door. Tom steps out "
  .. "for a quick breath. His phone buzzes in his hand, and he frowns at it.",
  rescue {
    "“Is that him? Sit down a minute and catch your breath. Call him back "
    .. "after close.”",
    because = "It sounds like calm, caring advice. But at six Tom asked you to "
      .. "mind the bar so he could take this call tonight, on his own. Talking "
      .. "him out of it makes his choice yours, and it tells him he can’t face it.",
    effects = { resentment = "+5", intimacy = "-5" },
    clear = { "made_budget", "felt_heard", "tired" },
    next = "tom-says-no",
  },
  neutral {
    "Bring him a plate of fries from the kitchen. Tell him about the new cook’s "
    .. "terrible jokes while his phone buzzes on the table.",
    because = "Small talk is easy, and it fills the break. But his phone is still "
      .. "buzzing, and he has to ask you again for the cover he asked for at "
      .. "six.",
    effects = { intimacy = "-5" },
    clear = { "made_budget", "felt_heard", "tired" },
    next = "tom-has-a-plan",
  },
  support {
    "“Sure. I’ve got your back.”",
    because = "This is the exact help he asked for at the start of the shift: "
      .. "ten minutes at the bar. He makes the call and says his own words. You "
      .. "just pour his drinks. Unlike Dee’s eleven-hour Friday, it is short, "
      .. "asked for, and yours to give.",
    effects = { growth = "+5", intimacy = "+5" },
    clear = { "made_budget", "felt_heard", "tired" },
    next = "tom-has-a-plan",
  },
  rescue {
    "Take the folded page from your apron, and tuck it into his shirt pocket. "
    .. "“For later. No rush.”",
    when = "made_budget",
    because = "It looks like a sweet note. But it is the budget you made at two "
      .. "in the morning, without him. Now he has to be grateful or rude. That "
      .. "is a hard spot to put someone in.",
    effects = { resentment = "+5", intimacy = "-5" },
    set = "showed_budget",
    clear = { "made_budget", "felt_heard", "tired" },
    next = "tom-says-no",
  },
  support {
    "Bump his shoulder. “That’s him, isn’t it? Go on. The bar’s mine till "
    .. "you’re done.”",
    because = "At the start of the shift he asked you to cover the bar if his "
      .. "landlord called, so he could take it on his own. You give him the "
      .. "cover he asked for. The call and the words are his.",
    effects = { intimacy = "+5" },
    clear = { "made_budget", "felt_heard", "tired" },
    next = "tom-has-a-plan",
  },
}

scene "tom-says-no" {
  place = "bar",
  { when = "showed_budget",
    "Tom looks at the page for a long time. Rent. Tips. Phone. A line that says "
    .. "“Fun money: $20 a week.” Your neat notes in the margins." },
  { when = "not showed_budget",
    "Tom turns his phone face down on his knee. “No,” he says. “This is my "
    .. "call, Nina. I asked you to cover the bar.”" },
  "“Do you know how this feels?” He keeps his voice low so the cooks won’t hear. "
  .. "“Like I’m a kid. Like I’m a mess you have to clean up. I can run my own "
  .. "life, Nina.”",
  { when = "pushed",
    "It is not the first time he has told you to back off. Part of you did not "
    .. "believe him." },
  "He has asked you to drop it. Not for tonight. For good.",
  "Your throat is tight. You were only trying to help. Weren’t you?",
  discuss = "Nina tells herself she was only trying to help. What else might she "
    .. "have been trying to do?",
  support {
    "“Okay. For good.” Dry glasses beside him till close, and talk about the "
    .. "cook’s jokes.",
    because = "It looks like changing the subject. But he asked you to drop it "
      .. "for good, and you do, with no sulk. Letting his no stand, with no "
      .. "more fixes, is how help stays help.",
    effects = { resentment = "-5", growth = "+5", intimacy = "+5" },
    clear = { "showed_budget", "pushed" },
    next = "mom-calls",
  },
  hurtful {
    "“Okay. I just hope you know what you’re doing, love. I won’t be there "
    .. "to catch it next time.” Pick up your tray and go back inside.",
    because = "It sounds like worry. But it tells him he will fail, and it "
      .. "takes your care away because he said no. That punishes him for "
      .. "saying no, and it makes your help a deal he has to accept.",
    effects = { resentment = "+5", intimacy = "-10" },
    later = {
      after = 2,
      effects = { intimacy = "-5" },
      says = "Tom did not text all weekend. When he did, it was about the "
        .. "schedule.",
    },
    clear = { "showed_budget", "pushed" },
    next = "mom-calls",
  },
  rescue {
    "“I hear you. Can we sleep on it, and talk it all through tomorrow?”",
    because = "It sounds calm and fair. But he said stop, and he meant stop, not "
      .. "later. Asking to go over it again tomorrow keeps it open on your terms. "
      .. "When he says stop, doing more is control, not care.",
    effects = { resentment = "+10", growth = "-5", intimacy = "-10" },
    set = "persisted",
    clear = { "showed_budget", "pushed" },
    next = "mom-calls",
  },
  self_care {
    "“Okay.” Take the empty glasses out back for him, and walk them the long "
    .. "way round, past the corner, before you say another word.",
    because = "You are flooded, and the long way round is a walk for you. It is "
      .. "care for you both. He is hurt that you walk off, and the pull to fix "
      .. "gets time to fade.",
    effects = { resentment = "-5", intimacy = "-5" },
    clear = { "showed_budget", "pushed" },
    next = "mom-calls",
  },
}

scene "tom-has-a-plan" {
  place = "bar",
  { when = "pushed",
    "Tom hands you his phone like a dare. “Go on. Tell me what’s wrong with it.”" },
  { when = "not pushed",
    "Tom turns his phone so you can see it. “I made a plan,” he says. “Don’t "
    .. "laugh.”" },
  "It is a note. Take the Sunday brunch shift. Call the landlord Monday. Cut up "
  .. "the card. Book a free talk with the money coach at his credit union.",
  "“It’s not much,” he says. “But it’s mine.” Then he taps the cracked screen. "
  .. "“The credit union page won’t load on this thing. Can I use your laptop "
  .. "after close to book the coach?”",
  "You can see holes in his plan right away. The money coach only meets on "
  .. "Tuesdays, and Tom works Tuesday lunch.",
  support {
    "Read his plan and hand it back. “Looks like a plan.” Don’t say a word "
    .. "about the Tuesday thing.",
    because = "Keeping your fixes to yourself can feel cold. But he will find the "
      .. "holes himself, and that is how plans get strong.",
    effects = { intimacy = "-5" },
    later = {
      after = 3,
      effects = { growth = "+10", intimacy = "+5" },
      says = "Tom found the Tuesday problem on his own. He traded shifts with Dee "
        .. "so he could see the money coach. He told you about it with a big grin.",
    },
    clear = "pushed",
    next = "mom-calls",
  },
  hurtful {
    "“Aw, babe. It’s sweet. The coach only meets Tuesdays, though, and you "
    .. "work Tuesdays. You always miss the small stuff.”",
    because = "It is true about Tuesday. But he asked you not to laugh, and you "
      .. "turned his first plan into proof that all his plans fail. Next time he "
      .. "may not show you.",
    effects = { resentment = "+5", intimacy = "-10" },
    clear = "pushed",
    next = "mom-calls",
  },
  it_depends {
    "Point at his screen. “The coach only meets on Tuesdays, and you work "
    .. "Tuesday lunch.”",
    because = "Said once and left there, it is useful news. If you then keep "
      .. "checking that he has fixed it, it turns into a rescue.",
    effects = { growth = "+5" },
    later = {
      after = 2,
      effects = { intimacy = "+5" },
      says = "Tom swapped his Tuesday shift. “Good catch,” he said, and left it "
        .. "at that.",
    },
    clear = "pushed",
    next = "mom-calls",
  },
  support {
    "“Sure.” Then ask how the week is going, and really listen.",
    because = "He asked one thing: your laptop after close. “Sure” gives it, "
      .. "and that is all. He types, he picks the time, and the booking is his. "
      .. "Lending a tool he asked for is not taking over.",
    effects = { growth = "+5", intimacy = "+5" },
    clear = "pushed",
    next = "mom-calls",
  },
  support {
    "Read it twice. “Brunch, landlord, card, coach. That’s a real plan.” After "
    .. "close, slide your laptop across the bar to him.",
    because = "He asked you not to laugh, and you don’t. He asked for the "
      .. "laptop, and that is what he gets. The holes are his to find, and the "
      .. "plan stays his.",
    effects = { growth = "+5", intimacy = "+5" },
    clear = "pushed",
    next = "mom-calls",
  },
}

-- ---------------------------------------------------------------- family

scene "mom-calls" {
  place = "living-room",
  "Sunday morning, your mom calls. She asks about your week for about a minute. "
  .. "Then she gets to it.",
  "Her knee scan is on Friday morning. They will give her something to calm "
  .. "her, so she is not allowed to drive home after. “Could you take me, "
  .. "honey? It’s at nine.”",
  "Then one more thing. “Honey, the phone bill came. Can you take care of it "
  .. "like always? You’re so good with these things.”",
  "Your mom works full time at the hospital. She earns more than you do. You "
  .. "have paid her bills since your first job at sixteen. You have never "
  .. "stopped to ask why.",
  { when = "paid_danny", "You are still three hundred short after Danny." },
  { when = "persisted", "Tom has not texted since Friday." },
  discuss = "Nina’s mom can cover her own bills. Why might it still feel so hard "
    .. "for Nina to stop?",
  rescue {
    "“Sure.” Then ask how the week is going, and really listen.",
    because = "“Sure” means you pay the bill, like always, and the call ends "
      .. "warmly. But she earns more than you, and the bill is hers to pay. "
      .. "It keeps your mom from finding out she can do it, and later it "
      .. "drains you.",

    effects = { resentment = "-5", intimacy = "+5" },
    later = {
      after = 2,
      effects = { resentment = "+10" },
      says = "Your mom sent two more bills this week, with a heart emoji.",
    },
    next = { { when = "resentment >= 35 or booked_doctor", "the-doctor" }, "rosa-coffee" },
  },
  boundary {
    "“Send me a photo of the bill, Mom. Saturday I’ll come over and make tea, "
    .. "and sit with you while you pay it from your own account. We’ll do a "
    .. "few like that.”",
    because = "She earns more than you and can pay her own bills. A slow, clear "
      .. "plan is both kind and firm: you hand the job back, one bill at a time, "
      .. "instead of dropping it on her.",
    effects = { growth = "+10", intimacy = "-5" },
    next = "mom-is-hurt",
  },
  support {
    "“Friday at nine. I’ll drive you, and I’ll wait.” Write it on the "
    .. "fridge.",
    because = "She truly can’t drive after the scan, and a ride is what she asked "
      .. "for. Giving it is help, not a rescue. The bill is a different thing, "
      .. "and you leave it for later.",
    effects = { intimacy = "+5" },
    next = { { when = "resentment >= 35 or booked_doctor", "the-doctor" }, "rosa-coffee" },
  },
  neutral {
    "“Let me call you back tonight, Mom, when I can give you proper time.” Then "
    .. "finish your coffee and go.",
    because = "Waiting is fine. Pausing gives you time to check your reason: is "
      .. "this a gift you choose, or a habit you can’t switch off?",
    effects = { growth = "+5" },
    next = { { when = "resentment >= 35 or booked_doctor", "the-doctor" }, "rosa-coffee" },
  },
}

scene "mom-is-hurt" {
  place = "phone-night",
  "The line goes quiet. Then your mom’s voice turns cold. “After all I did for "
  .. "you? Fine. I’ll manage.” She hangs up.",
  "That night your sister texts: “Mom is crying. Why are you being so mean?” "
  .. "Danny sends a sad face and nothing else.",
  "You did not drop it all on her. You asked for a few months, and you offered "
  .. "to show her how.",
  "Your chest aches. It would be so easy to call back and take it all back. "
  .. "Everyone would be happy again. Everyone but you.",
  "Tonight is also your cousin Ana’s birthday dinner. You said yes a month "
  .. "ago, and you were looking forward to it.",
  discuss = "Nina’s family is upset with her. Does that mean she made the wrong "
    .. "choice?",
  boundary {
    "Text Mom: “I love you, Mom. Saturday I’m bringing the good tea, and we’ll "
    .. "sit down with the phone bill together.”",
    because = "You stay warm, and you stay firm. She still pays from her own "
      .. "account, with you beside her. Her upset is real, and it is hers to "
      .. "feel. It is a cold week.",
    effects = { intimacy = "-5" },
    later = {
      after = 3,
      effects = { resentment = "-5", growth = "+10", intimacy = "+5" },
      says = "Your mom called. She paid the phone bill herself, and the power bill "
        .. "too. “I didn’t know I could,” she said. She sounded proud. So were you.",
    },
    next = { { when = "resentment >= 35 or booked_doctor", "the-doctor" }, "rosa-coffee" },
  },
  rescue {
    "Call Mom back. “I’m sorry, Mom. I said it badly. You’re right, it was too "
    .. "much, all at once.”",
    because = "It sounds like a fair sorry, and everyone is happy tonight. But "
      .. "the plan was already slow, and agreeing it was too much takes it back. "
      .. "It teaches everyone, you too, that your limits melt when someone cries.",
    effects = { resentment = "-5", growth = "-5", intimacy = "+10" },
    later = {
      after = 2,
      effects = { resentment = "+10" },
      says = "Nothing changed, except that now you know you can’t say no to her. "
        .. "That knowledge sits in your chest.",
    },
    next = { { when = "resentment >= 35 or booked_doctor", "the-doctor" }, "rosa-coffee" },
  },
  self_care {
    "Put on your good shirt and go to Ana’s dinner, like you said you would. "
    .. "Leave your phone in your bag until the cake.",
    because = "It can look like running off to a party. But you said yes a month "
      .. "ago, and it is your own life. You don’t have to fix their feelings "
      .. "tonight. A warm table keeps you from caving.",
    effects = { resentment = "-5" },
    next = { { when = "resentment >= 35 or booked_doctor", "the-doctor" }, "rosa-coffee" },
  },
}

scene "the-doctor" {
  place = "hospital",
  "By Wednesday, the headache has not let up for five days. Your back twinges "
  .. "every time you lift a tray. You finally see a doctor.",
  { when = "booked_doctor",
    "You kept the visit you booked at two in the morning." },
  "She runs some tests. They all come back fine. “Your body is healthy,” she "
  .. "says. “But it may be holding a lot. How is your stress lately?”",
  "You almost laugh. Stress? You are the one who handles everyone else’s stress.",
  "Before Tom, you taught the kids’ dance class on Wednesday nights. You loved "
  .. "it. You gave it up to be free for everyone else.",
  discuss = "What might Nina’s body be trying to tell her?",
  self_care {
    "Ask her for the name of a counselor she trusts. Call from the car, before "
    .. "you can talk yourself out of it.",
    because = "Getting support is a strength, not a failure. Someone outside the "
      .. "pattern may spot what you can’t.",
    effects = { resentment = "-5", growth = "+5" },
    set = "saw_counselor",
    later = {
      after = 3,
      effects = { resentment = "-5" },
      says = "Three visits in, the headaches come less often. You still have no "
        .. "neat answer. You do sleep better.",
    },
    clear = "booked_doctor",
    next = "first-session",
  },
  hurtful {
    "Smile and tell her it’s just a busy month. You have pushed through worse, "
    .. "and you have a shift at five.",
    because = "It ends the visit fast. But it brushes off your own body the way "
      .. "you would never brush off Tom’s. The aches are telling you something.",
    effects = { resentment = "+5" },
    clear = "booked_doctor",
    next = "rosa-coffee",
  },
  self_care {
    "Ask her what small things help. Then text the dance school: “Is the "
    .. "Wednesday kids’ class still free? I’d love it back.”",
    because = "It looks like one more job for other people. But it is the class "
      .. "you loved, and it was yours before you were everyone’s fixer. One "
      .. "evening a week that is yours is a small habit that counts. "
      .. "When your own days are full, it gets easier to let Tom run his.",
    effects = { resentment = "-5", growth = "+5" },
    clear = "booked_doctor",
    next = "rosa-coffee",
  },
}

scene "first-session" {
  place = "counselling-room",
  "Tuesday. The counselor, Joan, has a calm voice and a lot of questions. "
  .. "Near the end of the hour she hands you a sheet with five lines on it.",
  "What was your goal? What did you do? What went through your mind? What did "
  .. "you feel? And what was under it all?",
  "“Pick one time this month you helped Tom,” she says. “Fill it in for next "
  .. "week. About you, not him.”",
  discuss = "Why might it help Nina to look at one moment in five parts?",
  notes = "The five lines are the same five parts the debrief uses: goal, "
    .. "behaviours, thoughts, emotions and the underlying problem. A group can "
    .. "fill them in for Nina's first night with Tom, before the ending shows "
    .. "them.",
  rescue {
    "Fill it in about the night at the bus stop, from Tom’s side: what he "
    .. "felt, and what he needed.",
    because = "It sounds caring. But Joan asked about you, and you used the "
      .. "sheet to study Tom. Fixing him on paper is still fixing him.",
    effects = { growth = "-5" },
    next = "rosa-coffee",
  },
  self_care {
    "Fill it in about the night of the red stamp, when you reached for his "
    .. "mail. Start with what you wanted to do for him.",
    because = "Joan asked about you, not him, and this one is about you. "
      .. "Looking at one moment in five parts shows the pattern without blame. "
      .. "The last line is where the worry under the fix lives.",
    effects = { growth = "+10" },
    next = "rosa-coffee",
  },
  self_care {
    "Leave the last line blank. Tell Joan, “I don’t know what’s under it. I’m "
    .. "scared to look.”",
    because = "Saying you are scared is honest, and it is where the work starts. "
      .. "You do not need answers in week one.",
    effects = { resentment = "-5", growth = "+5" },
    next = "rosa-coffee",
  },
}

scene "rosa-coffee" {
  place = "cafe",
  { when = "texted_rosa", "Rosa meets you for the coffee you asked for." },
  { when = "not texted_rosa",
    "Rosa, who waits tables with you, saw your face at work. She drags you out "
    .. "for coffee." },
  "She stirs her cup and lets you talk. Tom. Danny. Your mom. It all pours out.",
  "When you finish, she asks one thing. “When you have a problem, Nina, who do "
  .. "you call?”",
  "You open your mouth. Nothing comes out. You have friends. You just don’t tell "
  .. "them things. It feels too much like being a burden.",
  discuss = "Who does Nina lean on? Why might leaning feel so risky to her?",
  self_care {
    "“Could I call you the next time I want to fix someone? Before I do it, I "
    .. "mean?”",
    because = "Someone to call before you act gives you a pause, and a friend. "
      .. "That is support for you.",
    effects = { resentment = "-5", growth = "+5" },
    set = "rosa_pact",
    clear = "texted_rosa",
    next = "the-stumble",
  },
  rescue {
    "“Honestly? I’m okay.” Then turn it back to her. “Enough about me. How is "
    .. "your sister doing with the flat hunt?”",
    because = "It sounds like a good friend’s question. But Rosa asked about you. "
      .. "Turning to someone else’s problem is the old safe place. It keeps the "
      .. "light off your own needs.",
    effects = { growth = "-5" },
    clear = "texted_rosa",
    next = "the-stumble",
  },
  self_care {
    "Look at your cup for a long time. Then tell her the truth. “No one. I "
    .. "don’t think I know how.”",
    because = "Letting someone see you struggle is the other half of closeness. "
      .. "You let yourself be helped, not only help.",
    effects = { growth = "+5", intimacy = "+5" },
    clear = "texted_rosa",
    next = "the-stumble",
  },
}

scene "the-stumble" {
  place = "phone-night",
  "Tuesday night, Tom calls. His voice is flat. You have been on your feet "
  .. "since six this morning, and you are bone tired.",
  "“I called Mr. Greer today. My landlord. I asked if I could pay the rent in "
  .. "two parts. He said no. He wants all of it by the first.”",
  "“I did everything right,” he says. “And it still didn’t work.” Then, quieter: "
  .. "“Can you come over? I don’t want to sit here alone with it.”",
  "The rent is still due on the first, and Mr. Greer is the one Tom has to "
  .. "work it out with. You know Mr. Greer. He eats lunch at the Blue Door every "
  .. "Thursday, and he likes you. You could sort this out in five minutes.",
  discuss = "Tom’s plan has hit a wall. Why is this the hardest moment for "
    .. "Nina not to take over?",
  notes = "A stumble looks like proof that the person needs rescuing. It is "
    .. "usually just part of doing something hard. Notice who in the group "
    .. "wants to call Mr. Greer, and ask what that would tell Tom about the call "
    .. "he already made.",
  support {
    "Grab your keys and a toothbrush. “On my way.” Make two teas at his place, "
    .. "and stay the night.",
    because = "He asked you to come over, and going is the help he asked for. "
      .. "You bring tea, not a plan. The rent is still his.",
    effects = { intimacy = "+5" },
    next = { { when = "intimacy >= 55 and not persisted", "tom-asks" }, "tom-is-short" },
  },
  rescue {
    "“Oh, Tom. He eats at the Blue Door on Thursdays, you know. I’ll see what "
    .. "sort of mood he’s in.”",
    because = "It sounds like small talk and backup, and Tom is grateful "
      .. "tonight. But he asked you to come over, not to check on his landlord. "
      .. "He made that call himself, and Mr. Greer is his to work it out with. "
      .. "“I’ll see” means you step in and redo it your way.",
    effects = { resentment = "-5", intimacy = "+5" },
    set = "greer_promise",
    later = {
      after = 2,
      effects = { resentment = "+10", intimacy = "-10" },
      says = "Since you offered to handle Mr. Greer, Tom tells you less and "
        .. "less about the rent. He has just gone quiet around you.",
    },
    next = "tom-is-short",
  },
  self_care {
    "“Oh, love. Get some sleep, and I’ll come by tomorrow after my shift. You "
    .. "can tell me all of it then.”",
    because = "You are worn out, and tired is allowed. Coming when you can "
      .. "really listen is better than half listening tonight, even if he sounds "
      .. "let down.",
    effects = { resentment = "-5", intimacy = "-5" },
    next = { { when = "intimacy >= 55 and not persisted", "tom-asks" }, "tom-is-short" },
  },
  rescue {
    "“You did everything right, Tom. He’s the one being unfair here, not you.”",
    because = "It sounds loyal, and he does feel better for a minute. But Mr. "
      .. "Greer is the man he still has to work it out with. Siding with Tom "
      .. "against him brushes off his letdown, and his next step too.",
    effects = { resentment = "-5", intimacy = "+5" },
    later = {
      after = 2,
      effects = { growth = "-5", intimacy = "-5" },
      says = "Tom has not called Mr. Greer back. “He’s the problem, not me,” he "
        .. "keeps saying, and the first of the month is getting close.",
    },
    next = { { when = "intimacy >= 55 and not persisted", "tom-asks" }, "tom-is-short" },
  },
  support {
    "“Ugh. After all that? I’d be gutted too. Tell me what he said, word for "
    .. "word.”",
    because = "He does not want to sit alone with it, and you stay with him. You "
      .. "ask for his story, not for a job to do. Mr. Greer is still his to work "
      .. "it out with.",
    effects = { growth = "+5", intimacy = "+5" },
    next = "his-question",
  },
  self_care {
    "“Give me ten minutes. I’ll call you right back.” Then call Rosa first, like "
    .. "you said you would.",
    when = "rosa_pact",
    because = "Calling a friend before you act gives the urge time to settle. "
      .. "A pause is what lets you choose.",
    effects = { growth = "+5" },
    next = "rosa-on-the-phone",
  },
}

scene "rosa-on-the-phone" {
  place = "phone-night",
  "Rosa picks up on the first ring. “Hi. Is this the call?”",
  "“I’m about to fix Tom,” you say. She laughs, kindly. “Okay. What do you want "
  .. "to do?”",
  "You tell her. Talk to Mr. Greer. Maybe just pay the gap. Make it go away.",
  "“Mm,” says Rosa. “And whose rent is it?”",
  rescue {
    "“It’s his, I know. Thanks, Rosa.” Hang up, and call Tom back about Mr. "
    .. "Greer.",
    because = "It sounds like the pause worked. But you hang up still planning "
      .. "to talk to Mr. Greer for him. A pause only helps "
      .. "if you let it change what you do.",
    effects = { growth = "-5" },
    set = "greer_promise",
    later = {
      after = 2,
      effects = { resentment = "+10", intimacy = "-5" },
      says = "Since you offered to handle Mr. Greer, Tom tells you less and "
        .. "less about the rent. He has just gone quiet around you.",
    },
    next = "tom-is-short",
  },
  support {
    "Call Tom back. “Sorry, I needed a minute. Put the kettle on. I’m coming "
    .. "over.”",
    because = "The pause let the urge settle. Now you give the help he asked "
      .. "for on the phone: he asked you to come over. You bring yourself, not a "
      .. "plan for Mr. Greer.",
    effects = { growth = "+5", intimacy = "+5" },
    next = "his-question",
  },
  self_care {
    "Tell Rosa the truth. “It’s his. I just hate feeling helpless.” Stay on the "
    .. "phone until the urge passes.",
    because = "Under the fix is a feeling: helpless. Naming it lets you deal "
      .. "with it yourself, not through Tom.",
    effects = { resentment = "-5", growth = "+5" },
    next = { { when = "intimacy >= 55 and not persisted", "tom-asks" }, "tom-is-short" },
  },
}

scene "his-question" {
  "“I’m out of ideas,” Tom says at last. “You always know where your "
  .. "money goes. Could you put that budget app of yours on my phone, and show "
  .. "me how you set it up?”",
  "Your mind lights up. You have a dozen ideas. A side job. A cheaper phone. "
  .. "Selling the guitar he never plays. A spreadsheet, with colors.",
  discuss = "Tom asked for help. When does giving advice stop being support?",
  support {
    "Ask, “What has worked before, when money got tight?” Then wait, even when "
    .. "he groans.",
    because = "He wanted answers and gets a question, so he sighs. But a good "
      .. "question helps him find his own answer. Answers he finds himself tend "
      .. "to stick.",
    effects = { growth = "+10", intimacy = "-5" },
    next = { { when = "intimacy >= 55 and not persisted", "tom-asks" }, "tom-is-short" },
  },
  it_depends {
    "Write the name of the free money coach at his credit union on a napkin, "
    .. "and slide it over.",
    because = "He is out of ideas and asked for your help, so one good lead "
      .. "helps. On the night of the red stamp, when he had asked for nothing, "
      .. "the same napkin was a fix. If you book it for him or ask every day if "
      .. "he went, it turns into a rescue here too.",
    effects = { growth = "+5" },
    next = { { when = "intimacy >= 55 and not persisted", "tom-asks" }, "tom-is-short" },
  },
  rescue {
    "“Okay, ideas. Sell the guitar, switch to the cheap phone plan, and pick up "
    .. "more shifts. Start with the guitar this week.”",
    because = "It sounds helpful. But he asked how you set up your budget app, "
      .. "not for your list. Handing him a plan, with the first step picked, "
      .. "makes his choices for him. That is still a rescue, even when he asked "
      .. "first.",
    effects = { growth = "+5", intimacy = "+5" },
    later = {
      after = 2,
      effects = { resentment = "+10", growth = "-10" },
      says = "The budget is in your handwriting, on your laptop. Every time "
        .. "Tom wants to check it, he has to ask you.",
    },
    next = { { when = "intimacy >= 55 and not persisted", "tom-asks" }, "tom-is-short" },
  },
  support {
    "Put your budget app on his phone, and go through it with him tonight, "
    .. "screen by screen, till it is set up.",
    because = "He asked you to show him how you set up your app, so this is the "
      .. "help he asked for. The same app, pushed on him while he only wanted "
      .. "to be heard, would be a rescue. His phone, his numbers, his budget. "
      .. "That keeps the problem his.",
    effects = { growth = "+5", intimacy = "+5" },
    next = { { when = "intimacy >= 55 and not persisted", "tom-asks" }, "tom-is-short" },
  },
}

-- ---------------------------------------------------------------- rent day

scene "tom-asks" {
  place = "bar",
  "Thursday after close, Tom waits for you by the door. He looks nervous.",
  "“I hate asking,” he says. “I took the brunch shifts, and I talked to my "
  .. "landlord. But I’m still two hundred short for rent. I get paid on the tenth.”",
  "He takes a breath. “Could you lend me two hundred? I’ll pay you back on the "
  .. "tenth. I wrote it down so we both know.”",
  "He hands you a scrap of paper with the amount and the date on it.",
  discuss = "Tom asks for a loan, and Nina offered one at the start. What is "
    .. "different now?",
  notes = "This scene shows that help itself is not the problem. Tom asked, and he "
    .. "set the amount and the terms. Saying yes here can be support, and so can "
    .. "saying no. Ask the group what would turn each one into a rescue.",
  boundary {
    "Hug him. “Thank you for asking me straight. The Monday bar shift is still "
    .. "open; ask the manager tonight. My savings are for something of my own "
    .. "this year.”",
    because = "No is allowed, even with someone you love. A clear, kind no treats "
      .. "you both as grown-ups, even if the walk home is quiet.",
    effects = { resentment = "-5", growth = "+5", intimacy = "-5" },
    next = "the-coat",
  },
  support {
    "“Of course.” Send him the money tonight, and put the payday in your "
    .. "phone.",
    because = "He asked, and he set the terms. The sum and the payday are his, "
      .. "after his own steps. Keeping his payday keeps it his loan. Giving what "
      .. "he asked for, because you choose to, is help and not a rescue. With "
      .. "Danny’s card room it would be a rescue; this is Tom’s rent plan.",
    effects = { growth = "+5", intimacy = "+5" },
    later = {
      after = 2,
      effects = { growth = "+5" },
      says = "On the tenth, Tom paid you back, to the dollar, with a coffee on top.",
    },
    next = "the-coat",
  },
  rescue {
    "“Of course.” Count two hundred into his hand, and give him back his scrap "
    .. "of paper. “We don’t need that.”",
    because = "It looks like the loan he asked for. But he wrote down the sum "
      .. "and the date so it stays a loan, on his terms. Handing back his note "
      .. "turns his loan into your gift. He set the terms to keep his pride. He "
      .. "is thrilled now. Later he may feel he owes you more than money.",
    effects = { resentment = "-5", intimacy = "+5" },
    set = "gave_extra",
    later = {
      after = 2,
      effects = { resentment = "+10", growth = "-5", intimacy = "-5" },
      says = "Tom keeps trying to even the score. He buys your lunch, fixes your "
        .. "shelf, says sorry for small things. The gift has turned into a debt.",
    },
    next = "the-coat",
  },
}

scene "tom-is-short" {
  place = "bar",
  "Thursday lunch. Dee leans over the bar. “Did you hear? Tom’s short on rent "
  .. "again. His landlord has been on him all week.”",
  "Tom’s landlord is Mr. Greer. He eats lunch at table four every Thursday. He "
  .. "is sitting there right now, eating soup.",
  { when = "greer_promise",
    "You told Tom you would talk to him. Now he is right there, and your "
    .. "stomach turns. Tom is off today." },
  { when = "not greer_promise",
    "Tom is off today." },
  "At nine he texted you: “Is Mr. Greer in today? Just tell me what sort of "
  .. "mood he’s in. I’ll call him myself at two.”",
  "Two hundred dollars is in your bag. You could pay Mr. Greer and ask him to "
  .. "keep it quiet. No one would ever have to know.",
  discuss = "Nobody would know. Does that make it okay?",
  support {
    "“Oh, Tom. He eats at the Blue Door on Thursdays, you know. I’ll see what "
    .. "sort of mood he’s in.”",
    because = "Tom asked you this morning, and he is off today, so he can’t see "
      .. "Mr. Greer for himself. Telling him the mood is the help he asked for. "
      .. "The call at two is still his. On Tuesday night, when he had only asked "
      .. "you to come over, the same words meant you would step in.",
    effects = { growth = "+5", intimacy = "+5" },
    clear = "greer_promise",
    next = "the-coat",
  },
  rescue {
    "When you take table four their bread, hand Mr. Greer two hundred too. "
    .. "Say, “From a friend of Tom’s. Let’s keep it quiet.”",
    because = "A quiet gift feels like pure kindness. But it makes a choice "
      .. "about Tom’s life behind his back.",
    effects = { resentment = "-5" },
    set = "paid_secretly",
    later = {
      after = 1,
      effects = { resentment = "+5", intimacy = "-5" },
      says = "Mr. Greer could not keep a secret. Tom knows who paid his rent.",
    },
    clear = "greer_promise",
    next = "the-coat",
  },
  rescue {
    "Stop at table four with the bread, and chat with Mr. Greer about the soup. "
    .. "Tell him Tom works harder than anyone at the Blue Door.",
    because = "It sounds like small talk and a kind word. But Tom already talked to "
      .. "Mr. Greer himself. Now you are vouching for him to his own landlord, "
      .. "about his own rent, and he does not know.",
    effects = { resentment = "-5" },
    later = {
      after = 2,
      effects = { intimacy = "-10" },
      says = "Mr. Greer told Tom that his girlfriend had vouched for him. “I had "
        .. "already talked to him,” Tom said, very quietly.",
    },
    clear = "greer_promise",
    next = "the-coat",
  },
  hurtful {
    "Sigh to Dee. “I love him, but honestly? He’d be fine if he stopped buying "
    .. "rounds for the regulars.” Go back to your tables.",
    because = "Venting feels fair after the week you’ve had. But blaming him "
      .. "behind his back is a small betrayal, and it gets back to him.",
    effects = { resentment = "+5" },
    later = {
      after = 1,
      effects = { intimacy = "-10" },
      says = "Dee told Tom what you said about the rounds. He did not bring it "
        .. "up. He did not have to.",
    },
    clear = "greer_promise",
    next = "the-coat",
  },
  neutral {
    "Take Mr. Greer his soup and an extra roll, the way he likes it. Ask how "
    .. "his week is going, and get back to work.",
    because = "Serving him well is your job, and staying out of Tom’s rent is "
      .. "respectful. Just notice whether you feel calm, or whether you are "
      .. "quietly stewing.",
    clear = "greer_promise",
    next = "the-coat",
  },
}

scene "the-coat" {
  place = "street",
  "Saturday. On the way home you pass a shop with a green wool coat in the "
  .. "window. It is soft and warm and just your style.",
  "Your own coat has a broken zipper. You have held it shut with a safety pin "
  .. "for four winters. The money always went to someone else: Mom, Danny, now "
  .. "Tom.",
  "The green coat costs $140. You have it, just.",
  { when = "paid_danny",
    "Your phone buzzes. Danny again: “Just one more time, I swear.”" },
  { when = "gave_extra or paid_secretly",
    "Your savings are a lot thinner than they were a month ago." },
  self_care {
    "Walk in and pay the $140. Ask them to cut off the tag, so the green coat "
    .. "can be worn out of the shop today.",
    because = "The coat is for you, with your own money, after four winters of "
      .. "a safety pin. Spending on yourself is not taking from anyone. You are "
      .. "one of the people you take care of.",
    effects = { resentment = "-5", growth = "+5" },
    set = "bought_coat",
    clear = { "gave_extra", "paid_danny" },
    next = { { when = "paid_secretly", "tom-finds-out" }, "the-talk" },
  },
  rescue {
    "Walk on past the window. Winter is nearly over, and your old coat, pin "
    .. "and all, still does the job.",
    because = "Saving sounds sensible. But this money is not for a rainy day. It "
      .. "waits for Tom’s or Danny’s next bad month. You stay on call, and your "
      .. "needs wait.",
    effects = { resentment = "+5" },
    clear = { "gave_extra", "paid_danny" },
    next = { { when = "paid_secretly", "tom-finds-out" }, "the-talk" },
  },
  neutral {
    "Try it on, and send Rosa a photo from the mirror. Then hang it back on "
    .. "the rack, and head home.",
    because = "Trying it on is fine, and putting it back is fine once. Notice "
      .. "if the coat has gone back on the rack for a long time.",
    effects = { resentment = "+5" },
    clear = { "gave_extra", "paid_danny" },
    next = { { when = "paid_secretly", "tom-finds-out" }, "the-talk" },
  },
}

scene "tom-finds-out" {
  place = "doorway",
  "Sunday morning, Tom is waiting on your front step. He holds up a receipt.",
  "“Mr. Greer thanked me for my girlfriend’s help,” he says. “In front of my "
  .. "neighbors.”",
  "His voice shakes. “You paid my rent behind my back. Do you know what that "
  .. "felt like?”",
  "He holds out an envelope. “Two hundred. It’s from my brunch shifts. I’m "
  .. "paying you back, Nina. Take it.”",
  "You want to say it was a gift. You want to say you saved him. The words line "
  .. "up in your mouth.",
  discuss = "Nina meant well. Why might Tom feel worse than if she had done nothing?",
  rescue {
    "Fold his fingers back over the envelope. “Put that away. Come in, I’ll "
    .. "make eggs.”",
    because = "It sounds warm. But he came to pay you back, here and now, and "
      .. "pushing his money away says no to him. It keeps him the one who owes.",
    effects = { intimacy = "+5" },
    later = {
      after = 1,
      effects = { resentment = "+10", intimacy = "-5" },
      says = "Tom left the envelope in your mailbox anyway. There was no note.",
    },
    next = "the-talk",
  },
  support {
    "Take the envelope from his hand. “Okay.” Put it in your bag without "
    .. "counting it, and let him say the rest.",
    because = "He wants to pay his own rent, and taking the money back lets him. "
      .. "It is hard to take it, but a gift he did not want would only keep him "
      .. "in your debt.",
    effects = { resentment = "-5", growth = "+5" },
    next = "the-talk",
  },
  rescue {
    "“I’m so sorry. I only did it because I love you. Please don’t be upset. "
    .. "Can we go inside and have breakfast?”",
    because = "It sounds like a good apology. But “please don’t be upset” asks "
      .. "him to drop his hurt before he has said it all, and the envelope is "
      .. "still in his hand. Taking his money back is how he sets this right.",
    effects = { growth = "-5", intimacy = "-5" },
    next = "the-talk",
  },
  hurtful {
    "“I was so scared for you, Tom. You were about to lose your flat. I’d do "
    .. "it again.”",
    because = "It sounds like love. But it brushes off his hurt, and it tells "
      .. "him he could not have managed.",
    effects = { resentment = "+5", intimacy = "-10" },
    set = "defended",
    next = "the-talk",
  },
  support {
    "“I went behind your back. That was wrong, and I’ll never do it again.” Then "
    .. "let him say what he needs to.",
    because = "Owning it plainly, with no excuses, gives him back some ground. "
      .. "Then you let him say what comes next.",
    effects = { resentment = "-5", growth = "+5", intimacy = "+5" },
    next = "the-talk",
  },
}

-- ---------------------------------------------------------------- the talk

scene "the-talk" {
  place = "living-room",
  "Sunday night, Tom comes over. He brings two coffees and sits on the arm of "
  .. "the couch. His lease ends next month. His rent is still more than he can "
  .. "make work, and he is trying to sort that out himself.",
  { when = "resentment >= 45",
    "He keeps his jacket on. He turns his cup around and around in his hands." },
  { when = "resentment < 45 and intimacy >= 55",
    "He kicks off his shoes and tucks one foot under him, the way he does when "
    .. "he plans to stay a while." },
  { when = "resentment < 45 and intimacy < 55",
    "He keeps looking at the door, then back at you." },
  { when = "saw_counselor",
    "You saw the counselor on Tuesday. For the first time, you said the word "
    .. "pattern out loud." },
  "“Can we talk?” he asks. “About us. About the money stuff, and how it’s been.”",
  "Your heart is pounding. This is the kind of silence you always rush to fill.",
  discuss = "Whatever Nina says next, what would it look like for her to stand "
    .. "beside Tom instead of in front of him?",
  rescue {
    "Get there first. “I’ve been thinking about us. What if you moved in? I’d "
    .. "love to see you more.”",
    because = "It sounds like a love story. But his lease and his rent are the "
      .. "problem he is working on, and this solves it for him, with your money. "
      .. "Partners share the load. One does not carry it all.",


    effects = { resentment = "+5", growth = "-5", intimacy = "-5" },
    set = "final_pitch",
    next = {
      { when = "resentment >= 40 or intimacy < 40 or persisted or defended", "tom-leaves" },
      "the-pattern-named",
    },
  },
  neutral {
    "Let him go first. Drink your coffee, and wait, even when the quiet gets "
    .. "long and you want to fill it.",
    because = "Letting him lead is a good start. What counts now is whether you "
      .. "can hear him out.",
    effects = { growth = "+5" },
    next = {
      { when = "resentment >= 45 or intimacy < 35 or defended", "tom-leaves" },
      { when = "rosa_pact and bought_coat and not paid_secretly and not persisted", "beside-him" },
      { when = "growth >= 70 and intimacy >= 65 and resentment <= 20 "
          .. "and not persisted and not paid_secretly", "beside-him" },
      "the-pattern-named",
    },
  },
  support {
    "Go first, but about you. “I grab the wheel when I’m scared. I’m working on "
    .. "it.” Then ask how he is, really.",
    because = "Naming your own part, without asking him to fix it, makes room "
      .. "for you both. Then he gets to lead.",
    effects = { resentment = "-5", growth = "+5", intimacy = "+5" },
    next = {
      { when = "resentment >= 50 or intimacy < 30 or defended", "tom-leaves" },
      { when = "rosa_pact and bought_coat and not paid_secretly and not persisted", "beside-him" },
      { when = "growth >= 65 and intimacy >= 60 and resentment <= 25 "
          .. "and not persisted and not paid_secretly", "beside-him" },
      "the-pattern-named",
    },
  },
}

-- ---------------------------------------------------------------- endings

ending "tom-leaves" {
  place = "living-room",
  title = "Tom walks away",
  "Tom sets his coffee down. “I can’t do this,” he says softly. “Around you I "
  .. "feel like I’m always failing. I don’t want to feel that way with someone I "
  .. "love.”",
  { when = "not final_pitch",
    "He says he can tell you are trying. He is just too worn out to wait and see." },
  "A week later he takes a job at a bar across town. His spot at the Blue Door "
  .. "is empty. The new bartender does not know how you take your coffee.",
  "You lost a partner and a friend in one month. Your head aches most mornings. "
  .. "You keep thinking that if you had helped better, he would have stayed.",
  "But maybe the problem was never how well you helped.",
  lens = {
    goal = "Nina wanted Tom safe and his money fixed, fast. Under that, she "
      .. "wanted her own worry to stop.",
    behaviours = "She stepped in with money and plans he did not ask for, and "
      .. "kept going when he pulled away.",
    thoughts = "If I do this right, he will see that I’m right, and it will all be "
      .. "fine. If I stop, things will fall apart.",
    emotions = "Worry that would not switch off. Then hurt. Then a quiet anger "
      .. "that he was not grateful.",
    underlying = "Fixing people made Nina feel safe, the way it did when home was "
      .. "a mess and she was small. Tom paid for her calm with his pride.",
  },
  practice = "Once a day this week, notice the moment you want to fix something "
    .. "for someone. Wait ten minutes before you act. Write down what you feel "
    .. "while you wait.",
  reflect = "Think of a time someone fixed a problem of yours that you never asked "
    .. "them to fix. How did you feel about them, and about yourself?",
}

ending "the-pattern-named" {
  place = "living-room",
  title = "A pattern with a name",
  { when = "final_pitch",
    "Tom shakes his head, gently. “I don’t want you to carry me,” he says. “I "
    .. "want to carry my own stuff, next to you.” Your face burns. Then you make "
    .. "yourself stop and listen." },
  { when = "not final_pitch",
    "Tom talks, and you mostly listen. It is not easy. Twice you hear yourself "
    .. "start a plan, and twice you stop." },
  "He tells you it has felt like dating his boss. You tell him about your mom’s "
  .. "bills, and Danny, and the safety pin in your old coat. He did not know any of it.",
  "Nothing is fixed tonight. His card is still a mess. You still feel the old "
  .. "itch when his phone buzzes. But now you both have a name for it.",
  "“Let’s try,” he says. “Slowly.” He does not stay over. He does text when he "
  .. "gets home.",
  lens = {
    goal = "Nina wants to stop running Tom’s life. But part of her still hopes "
      .. "that being needed will keep him close.",
    behaviours = "She catches herself in the middle of a fix and stops. She tells "
      .. "him her side. Some days she still slips back.",
    thoughts = "Maybe this is his to sort out. But what if he fails, and it is my "
      .. "fault for not stepping in?",
    emotions = "Relief at being honest, mixed with fear. Tired, but less bitter "
      .. "than before.",
    underlying = "The pull to rescue is still strong. Seeing it is where change "
      .. "starts, not where it ends. The habit will take practice to change.",
  },
  practice = "Before you help anyone this week, ask one question first: “What "
    .. "would help?” Then do only what they say, or tell them honestly that you "
    .. "can’t.",
  reflect = "Where did you learn that you had to be useful to be kept? What would "
    .. "it be like if people wanted you around just for being you?",
}

ending "beside-him" {
  title = "Beside him",
  "Tom talks for a long time. About the brunch shifts. The money coach. The card "
  .. "he cut up at his kitchen table.",
  "He has a long way to go, and he knows it. But it is his way, and he is the "
  .. "one walking it. You are next to him, not in front of him.",
  "Then he asks about you. So you tell him. About your mom, and Danny, and how "
  .. "hard it is to leave a problem alone.",
  { when = "bought_coat", "He notices the new green coat on the hook. “Finally,” "
    .. "he says, and grins." },
  { when = "rosa_pact",
    "Your phone buzzes once. Rosa: “Still on call, if you need me.” You text "
    .. "back a heart. Not tonight." },
  "Later, he falls asleep with his head on your shoulder. Your head does not "
  .. "hurt. For once, you are not planning tomorrow for anyone.",
  lens = {
    goal = "Nina wants Tom to do well, and she trusts him to get there his own way.",
    behaviours = "She asks before she helps. She gives what is asked for, says "
      .. "no when she needs to, and makes time for her own life.",
    thoughts = "This is his to solve. I can care a lot and still let him steer. "
      .. "My worry is mine to look after.",
    emotions = "Still worried some nights, and tired after long shifts. But not "
      .. "bitter, and not keeping score.",
    underlying = "Nina can feel her worry without trying to control someone to "
      .. "make it stop. Her care now comes from choice, not from fear.",
  },
  practice = "This week, tell someone you trust about a problem of your own. Let "
    .. "them help you with one small part of it.",
  reflect = "When has stepping back helped someone you love more than stepping in "
    .. "would have? What did it cost you to hold back, and what did it give you both?",
}
