-- The fine line: one worry, three people, two ways to help.
-- Jess is the one everyone calls. In one busy season her best friend Priya
-- goes through a breakup, her partner Luis has trouble with a new boss, and
-- her parents are both unwell. Each time, the same worry can turn into help
-- (ask what they need, and give that) or into rescue (calm your own worry by
-- taking charge). A note on Jess’s phone with five parts (goal, behaviours,
-- thoughts, emotions, the problem under it) ties the three together. Tired
-- is fine; resentful is the warning sign.
--
-- Flags, and where they matter:
--   took_weekend   friday-call: Jess moved in for the weekend; the first
--                  lines of saturday-morning and a line in she-asks, then
--                  cleared in she-asks
--   called_dan,    she-asks: how boxes-day opens; cleared in boxes-day
--   on_phone
--   wrote_email    the-draft: Jess rewrote Luis’s email; how luis-news opens;
--                  cleared in luis-news
--   did_chores     the-week: Jess took over the housework; a line in
--                  carol-again; cleared there
--   went_up        mom-calls: Jess drove up unasked; a line in the-visit;
--                  cleared there
--   called_clinic  mom-calls / rushed-up / the-clinic: the doctor heard about
--                  the near fall (with the parents, or with Jess taking over);
--                  a line in the-visit; cleared there
--   ben_in         Jess’s brother Ben takes his share (the-visit or
--                  ben-calls); closes the Ben choice in all-at-once, and
--                  colours the-dinner and the endings
--   kept_score     sunday-night / all-at-once: a resentful yes; a line in
--                  the endings. Two patterns of choices pick endings in
--                  the-dinner: ben_in without kept_score opens
--                  tired-not-resentful (support); kept_score without ben_in
--                  (a resentful yes and carrying the parents alone) leads to
--                  worn-thin (rescue)
--
-- Safety: Dad's near fall on new heart pills is a medical red flag. The
-- scenes say so in the story itself (a fall, fainting, chest pain or
-- confusion after new pills: get medical help now, the emergency number if
-- it is serious, with Mom and Dad in it as far as they can be), so getting
-- a doctor told is support or it_depends, never rescue, and is not punished
-- by the meters. Taking over his pills and visits when they can manage is.
--
-- Some scenes make a concrete task support (Priya asks for food and for
-- someone to get the door, Luis asks for the cooking, Mom has lost her voice
-- and asks Jess to ring, Dad may not drive), and some rescues do no task at
-- all (talking Priya out of her guilt, a promise pulled out of Luis, taking
-- Mom's worry off her). The same act (cooking, calling the doctor, driving)
-- is support in one scene and rescue in another; the scene says which.
--
-- Same act, different kind (twins: the same words in two scenes):
--   friday-call (rescue) / sunday-night (it_depends): soup from the freezer
--     on her sofa: on Friday she has asked for nothing and once asked Jess
--     not to just turn up; on Sunday she asks for company (a gift, unless
--     it is a yes from empty).
--   friday-call (rescue) / texts-pile-up (it_depends): texting Asha to call
--     her: on Friday Priya is on the phone telling Jess herself; on Monday
--     it depends on whether Priya kept it from Asha on purpose.
--   boxes-day (rescue) / luis-talks (support): "Give it a few days": Priya
--     chose to text now, and the wait is Jess's; waiting is Luis's own plan.
--   the-week (support) / carol-again (rescue): a week of cooking: the week
--     Luis asked for, with an end; ten days after it ended, unasked.
--   saturday-morning (support) / texts-pile-up (rescue): the shop for her:
--     the food she asked for; after she said she'd do her own shop.
--   the-visit (support) / all-at-once (rescue): yes to Mom's whole list:
--     the first list she hands Jess, Dad can't drive; the third move of
--     Jess's dentist, or Ben has already said yes.
--   saturday-morning (support) / boxes-day (rescue): "Sleep on it first?
--     Leave your phone with me tonight": she holds the phone out and asks
--     Jess to keep it till the morning; a week later she has chosen to
--     text Dan, and did not ask.
--
-- Meter changes are all steps of 5, and flags are cleared once no later
-- scene reads them, so paths that meet in the same place merge. That keeps
-- the story small enough for `beside check` and `beside explore` to play
-- every path.

scenario {
  id = "the-fine-line",
  title = "The Fine Line",
  teaser = "Your friend, your partner and your parents all need you at once. "
    .. "The worry is the same each time. What you do with it is not.",
  you_play = "Jess",
  people = { priya = { name = "Priya", main = true }, luis = "Luis", dad = { name = "Dad", art = "jess-dad" }, mom = { name = "Mom", art = "jess-mom" } },
  minutes = 20,
  content_notes = {
    "a breakup",
    "a parent with heart trouble",
    "illness in the family",
    "stress at work",
  },
  meters = { resentment = 15, growth = 35, intimacy = 45 },
  start = "friday-call",
}

-- ---------------------------------------------------------------- Priya

scene "friday-call" {
  place = "living-room",
  "It is Friday night. You are on the couch with a bowl of noodles. The show "
  .. "you waited all week for is about to start.",
  "Your phone buzzes. It is Priya, your best friend since school. She is "
  .. "crying so hard you only catch some of the words. Dan moved out today. "
  .. "He took the cat.",
  "Between sobs she keeps saying the same thing. “It’s my fault. I pushed "
  .. "him away.” She has not asked you for anything yet.",
  "Last spring, after a bad week, she told you, “When I’m upset, I need to "
  .. "talk it out first. Please don’t just turn up.” Her sister, Asha, lives "
  .. "across town.",
  "Your chest goes tight. Your mind is already off and running. What does "
  .. "she need? What should she do? What can you fix?",
  discuss = "What does Jess feel first? What might Priya need first? Are "
    .. "those the same thing?",
  notes = "The whole story turns on one worry met in two ways. Before the "
    .. "group picks, ask them to name Jess’s worry out loud. Then ask who the "
    .. "first move would be for: Priya, or the worry.",
  rescue {
    "Bring soup from your freezer, and eat it with her on the sofa.",
    because = "Soup on her sofa feels like love, and she may be glad of it "
      .. "now. But she has not asked for anything, and she once asked you not "
      .. "to just turn up. You chose the plan before she said a word. Your "
      .. "worry picked it, not her need.",
    effects = { intimacy = "+5", resentment = "-5" },
    set = "took_weekend",
    later = {
      after = 2,
      effects = { resentment = "+10" },
      says = "You gave Priya your whole weekend last week. She slept through "
        .. "most of it. That Sunday night you felt empty and a bit cross, and "
        .. "you didn’t know why.",
    },
    next = "saturday-morning",
  },
  support {
    "Mute the show. “Pri, I’m here. Tell me what happened.” Keep the phone "
    .. "to your ear for as long as it takes.",
    because = "You don’t pick a plan yet. You let her tell you what happened, "
      .. "and what she needs. It is slow, and your worry hates slow. But her "
      .. "need leads, not your worry.",
    effects = { intimacy = "+5" },
    next = "saturday-morning",
  },
  rescue {
    "Text Asha: “Pri’s having a hard time. Maybe give her a call when you "
    .. "get a chance?”",
    because = "It feels like getting her more people, and it calms you now. "
      .. "But she is on the phone with you, telling you, and she has not "
      .. "asked for anything. Her news is hers to tell. Passing it to her "
      .. "sister tonight takes it out of her hands.",
    effects = { resentment = "-5" },
    later = {
      after = 2,
      effects = { intimacy = "-5" },
      says = "Asha rang Priya at midnight. Priya said later, “I wasn’t ready "
        .. "for her yet. I wanted to tell her myself.”",
    },
    next = "saturday-morning",
  },
}

scene "saturday-morning" {
  place = "living-room",
  { when = "took_weekend",
    "You wake up on Priya’s couch with a sore neck. She is already up." },
  { when = "not took_weekend",
    "On Saturday morning you bring over two coffees. Priya lets you in and "
    .. "goes back to the couch." },
  "She is in her robe, scrolling through old photos of her and Dan. She has "
  .. "not eaten. “I keep looking,” she says. “I know I should stop.”",
  "Then she holds the phone out to you. “I keep wanting to text him. Will "
  .. "you keep this till the morning?”",
  "Last night she asked you for one thing. “Could you get some food in? I "
  .. "can’t face the shop. Everyone there knows us.” Her fridge holds half a "
  .. "lemon and some milk.",
  "She also said, “I don’t want cheering up. I just need to be sad for a "
  .. "bit.”",
  "You also found an article called Ten Steps to Get Over Him. You could "
  .. "send it to her. You could make her a plan for the week, too.",
  it_depends {
    "Put on the old show she watches when she’s low, make toast, and sit "
    .. "with her under the blanket till lunch.",
    because = "Her own comfort show and some company can be rest, if she "
      .. "wants it. If you pick it to steer her away from feelings she needs "
      .. "to have, it turns into a rescue: your plan for her sadness.",
    next = "she-asks",
  },
  support {
    "Walk to the shop for bread, soup, eggs and the tea she likes. Put it "
    .. "all away, then make her a plate.",
    because = "She asked for food, and the shop is too much for her today. "
      .. "Doing what she asked is support, and it stays small. The "
      .. "rest of her day is still hers.",
    effects = { intimacy = "+5" },
    next = "she-asks",
  },
  rescue {
    "“Get dressed and come for a walk with me? Some air, then a big "
    .. "breakfast. You’ll feel better after.”",
    because = "A walk looks like help, and it calms you. But she said she "
      .. "does not want cheering up. It tells her there is a right way to be sad.",
    effects = { resentment = "-5" },
    later = {
      after = 2,
      effects = { intimacy = "-5", growth = "-5" },
      says = "Priya showered to please you, then went back to bed. Her texts "
        .. "back to you keep getting shorter.",
    },
    next = "texts-pile-up",
  },
  support {
    "“Sleep on it first? Leave your phone with me tonight, and we’ll have a "
    .. "big breakfast.”",
    because = "She asked you to keep her phone till the morning, so she "
      .. "won’t text Dan tonight. Keeping it, as she asked, is support. It "
      .. "was her idea, and she gets it back at breakfast. The choice about "
      .. "Dan stays hers.",
    effects = { intimacy = "+5" },
    next = "she-asks",
  },
}

scene "texts-pile-up" {
  place = "office",
  "By Monday lunch you have texted Priya nine times. Did you sleep? Did you "
  .. "eat? Did you read it? Her answers shrink. “ok.” “yes.” “fine.”",
  "At your desk you can’t think about work. You keep checking your phone. "
  .. "What if she is not okay? What if she calls Dan?",
  "On Sunday she texted, “Thanks for the food. I’ll do my own shop now.”",
  "Her sister Asha lives across town. Priya has not talked to her about "
  .. "Dan yet. You don’t know if that is on purpose, or if she just can’t "
  .. "face it.",
  "You are doing a lot of thinking about Priya’s next step. She is doing "
  .. "very little of it.",
  discuss = "Who are the nine texts for: Priya, or Jess? Can it be both?",
  notes = "A good place to try the five parts out loud. Goal: Priya gets "
    .. "better by following the plan. Behaviours: the texts. Thoughts: what "
    .. "she should do next. Emotions: worry, then hurt at the short replies. "
    .. "Underlying problem: trying to calm her own worry by steering Priya.",
  self_care {
    "Put your phone in your desk drawer, and offer to do the lunch run for "
    .. "the office. Walk the long way round, by the pond.",
    because = "It looks like one more favour. But it gets you away from the "
      .. "phone and out in the air. Your worry is real, and it is yours. "
      .. "Looking after it yourself is better than handling it through her.",
    effects = { resentment = "-5" },
    next = "she-asks",
  },
  it_depends {
    "Text Asha: “Pri’s having a hard time. Maybe give her a call when you "
    .. "get a chance?”",
    because = "If she just can’t face it, and would be glad her sister knows, "
      .. "this widens her circle, and it helps. If she kept it from Asha on purpose, you have gone "
      .. "round her and told her news for her. Then it is a rescue.",
    effects = { growth = "+5" },
    later = {
      after = 2,
      effects = { intimacy = "-5" },
      says = "Asha called Priya. Priya was glad to hear from her. She also "
        .. "asked you, a bit sharply, “Who else have you told?”",
    },
    next = "she-asks",
  },
  rescue {
    "Walk to the shop for bread, soup, eggs and the tea she likes. Put it "
    .. "all away, then make her a plate.",
    because = "It is the shop she asked for on Saturday, and it feels small "
      .. "and kind. But on Sunday she said she would do her own shop now, "
      .. "and she has not asked. Like the texts, it is for you: the texts "
      .. "calm your worry, not hers. Now she has to look after your "
      .. "feelings too.",
    effects = { resentment = "+5", intimacy = "-5" },
    next = "she-asks",
  },
  support {
    "Tonight, send one more text: “Thinking of you. No need to reply.”",
    because = "You still care, and you say so. But you take away her job of "
      .. "reporting to you. It may feel cold to you. To her it is room to "
      .. "breathe.",
    effects = { growth = "+5", resentment = "+5" },
    later = {
      after = 2,
      effects = { intimacy = "+5", resentment = "-5" },
      says = "Priya wrote back the next day: “Thanks for not making me "
        .. "answer. That helped more than you know.”",
    },
    next = "she-asks",
  },
}

scene "she-asks" {
  place = "phone-night",
  "On Wednesday night Priya calls. Her voice is flat, but steady.",
  "“Could you come over on Saturday?” she asks. “Dan’s brother is coming to "
  .. "get his boxes. I’ll text him a time tomorrow. I don’t want to talk "
  .. "about it. I just don’t want to be alone when it happens. And could you get the door? I can’t look at "
  .. "his face. It’s too much like Dan’s.”",
  { when = "took_weekend",
    "“You did so much last weekend,” she adds. “I feel bad asking again.”" },
  "It is a small thing to ask. Your mind fills up with bigger things anyway.",
  discuss = "Priya has asked for something clear. What makes it easy, or "
    .. "hard, to give just that?",
  support {
    "“Of course. I’ll be there at ten, and I’ll deal with the door and his "
    .. "brother. You can stay in the kitchen.”",
    because = "She told you what she needs, and you give that. Help that is "
      .. "asked for, and given because you want to, is not rescue.",
    effects = { intimacy = "+5" },
    clear = "took_weekend",
    next = "boxes-day",
  },
  rescue {
    "“I’ll be there. Give his brother my number, and he can text me about "
    .. "the time.”",
    because = "It sounds like looking after her, and she is relieved now. But "
      .. "she asked for company and the door, not a go-between. Setting the "
      .. "time was her part. Taking it says she can’t face it.",
    effects = { intimacy = "+5", growth = "-5" },
    set = "called_dan",
    clear = "took_weekend",
    later = {
      after = 2,
      effects = { resentment = "+5", intimacy = "-5" },
      says = "Dan’s brother told Dan that you had set it all up. Priya felt "
        .. "small. “I could have done that myself,” she said.",
    },
    next = "boxes-day",
  },
  boundary {
    "“Saturday I’m at my sister’s. I’ll ring you at ten and stay on the line "
    .. "the whole time they’re there, boxes and all.”",
    because = "Saying clearly what you can do is still help. She can make "
      .. "her own plan with the truth. It may feel cold, but it is honest.",
    effects = { resentment = "-5", intimacy = "-5" },
    set = "on_phone",
    clear = "took_weekend",
    later = {
      after = 2,
      effects = { growth = "+5" },
      says = "Priya asked her cousin to come. She told you later, “I didn’t "
        .. "know I could ask her. I’m glad I did.”",
    },
    next = "boxes-day",
  },
}

scene "boxes-day" {
  { when = "called_dan",
    "On Saturday, Dan’s brother comes for the boxes. He nods at you, as if "
    .. "you are the one in charge. Priya stays in the bedroom until he goes." },
  { when = "on_phone",
    "On Saturday you stay on the phone while the boxes go. Priya’s cousin "
    .. "is with her. When the door shuts, Priya lets out a long breath." },
  { when = "not called_dan and not on_phone",
    "On Saturday, Dan’s brother comes for the boxes. You sit with Priya at "
    .. "the kitchen table. She holds her mug in both hands until the door shuts." },
  "Then she says, “I think I’m going to text him. Just to say goodbye "
  .. "properly.”",
  "She has made up her mind. She is telling you, not asking you.",
  "Your stomach drops. You have seen this before. A text, then hope, then "
  .. "three weeks of waiting by the phone, then a crash.",
  discuss = "Jess thinks texting Dan is a mistake. Whose choice is it? What "
    .. "can Jess say, and what can’t she do?",
  notes = "Giving a view is not rescuing. Needing the other person to take "
    .. "it is. A useful test for the group: how would Jess feel if Priya "
    .. "heard her out and texted Dan anyway? Calm means help. Hurt or angry "
    .. "means she needed to win.",
  neutral {
    "Make a fresh pot of tea, and pour hers just how she likes it while "
    .. "she types.",
    because = "Holding your tongue avoids a fight. But she can’t tell what "
      .. "you think, and you are quietly stewing.",
    effects = { resentment = "+5" },
    clear = { "called_dan", "on_phone" },
    next = "sunday-night",
  },
  rescue {
    "“Sleep on it first? Leave your phone with me tonight, and we’ll have a "
    .. "big breakfast.”",
    because = "You want to spare her pain, and she hands it over now. But "
      .. "last Saturday she asked you to keep it. Today she has made her "
      .. "choice, and she did not ask. Taking the phone takes the choice. "
      .. "When you need to win, care has become control.",
    effects = { resentment = "+5", growth = "-5", intimacy = "-5" },
    clear = { "called_dan", "on_phone" },
    next = "phone-back",
  },
  support {
    "Say your worry once. “I’m scared it will hurt more. It’s your call, and "
    .. "I’m here either way.”",
    because = "You can share your view. What makes it help is that you "
      .. "don’t need her to take it. There is no push and no test.",
    effects = { growth = "+5", intimacy = "-5" },
    clear = { "called_dan", "on_phone" },
    later = {
      after = 2,
      effects = { intimacy = "+5" },
      says = "Priya sent the text. Dan never wrote back. She cried, and then "
        .. "she said, “I’m glad you let me. I needed to do it myself.”",
    },
    next = "sunday-night",
  },
  rescue {
    "“Give it a few days. If you still want to then, go ahead.”",
    because = "It sounds wise, and she may even agree now. But she told you "
      .. "what she has chosen. Waiting is not her plan, it is yours: you set "
      .. "the terms for her, with your worry as the clock. Saying your view once is fine. Needing her to take it "
      .. "is not.",
    effects = { resentment = "-5" },
    clear = { "called_dan", "on_phone" },
    later = {
      after = 2,
      effects = { intimacy = "-5", growth = "-5" },
      says = "Priya waited the days, because you said so. Then she texted "
        .. "Dan anyway, and she didn’t tell you. You found out a month later.",
    },
    next = "sunday-night",
  },
}

scene "phone-back" {
  "Priya hands you her phone, and goes to bed without a word.",
  "In the morning she stands in the doorway with her arms folded. “Can I "
  .. "have my phone back, please?” Her voice is very polite. That is worse "
  .. "than angry.",
  "Her phone is in your bag. You could keep it one more day. Just until the "
  .. "urge to text him passes.",
  hurtful {
    "Hand it over. “Here. I only kept it because I know how this goes with "
    .. "you. You always go back to him.”",
    because = "It sounds like plain honesty. But you give the phone back, "
      .. "and not the choice. The jab says you "
      .. "still expect her to get it wrong, and it stings.",
    effects = { intimacy = "-5" },
    later = {
      after = 2,
      effects = { intimacy = "-5" },
      says = "Priya has stopped telling you about Dan. You hear the news from "
        .. "her cousin.",
    },
    next = "sunday-night",
  },
  support {
    "Give it back. “Honestly, that wasn’t mine to take. I was scared for you, and "
    .. "that’s on me.”",
    because = "You own what you did, and you name the worry behind it. Her "
      .. "choices go back to her, and so does the phone.",
    effects = { resentment = "-5", intimacy = "+5" },
    next = "sunday-night",
  },
  self_care {
    "Give it back and put your coat on. “I need to go home and think about "
    .. "what I did. I’ll call you tonight.”",
    because = "The phone and the choice go back to her. Then you take your "
      .. "worry home and deal with it there. She is still cross that you "
      .. "left without saying sorry.",
    effects = { resentment = "-5", intimacy = "-5" },
    next = "sunday-night",
  },
}

scene "sunday-night" {
  place = "living-room",
  "Sunday night, you are home at last. Your laundry is still in the basket. "
  .. "You have missed your climbing class two weeks in a row.",
  "Priya texts: “Can you come for dinner tomorrow too? I hate the quiet.” "
  .. "Tomorrow is your climbing night, the one you keep missing.",
  { when = "resentment >= 30",
    "You catch a new thought. After all I’ve done, she didn’t even ask how "
    .. "my week was. It sits in your chest, hard and hot." },
  { when = "resentment < 30",
    "You are tired. It is a plain, honest tired, the kind that a good night’s "
    .. "sleep will fix." },
  discuss = "Tired and resentful can feel alike. What is the difference? Why "
    .. "does it matter?",
  notes = "This is the line the story is named for. Being worn out from "
    .. "helping is normal. Feeling used, unseen or bitter is the warning "
    .. "sign that help has tipped into rescue. Ask the group what the "
    .. "resentful thought is asking for.",
  support {
    "“I get it, the quiet is awful. Not tomorrow, though. Asha keeps asking "
    .. "after you. She would love a night with you.”",
    because = "You say no to tomorrow and point her to her sister, who wants "
      .. "to help. That widens her circle. You don’t have to be her only "
      .. "support, and she doesn’t have to have just one.",
    effects = { growth = "+5" },
    later = {
      after = 2,
      effects = { intimacy = "-5" },
      says = "Priya had her sister over. Later she said, half joking, “You "
        .. "passed me on.” It stung a bit. She still went to her sister’s again.",
    },
    next = "the-note",
  },
  it_depends {
    "Bring soup from your freezer, and eat it with her on the sofa.",
    because = "This time she asked for company, in her own words, and a "
      .. "dinner is a real gift if you have it in you. But it is your climbing night "
      .. "again. If you say yes from empty, and count it later, it turns into "
      .. "a rescue: the start of a resentful yes.",
    effects = { intimacy = "+5" },
    next = "the-note",
  },
  self_care {
    "Tomorrow, on the way to climbing, leave a bag of her favorite cookies "
    .. "at Priya’s door. Text: “Thursday, Pri, all yours.”",
    because = "Tired is allowed. The cookies are a small kindness, and the "
      .. "night is still yours. She sounds hurt, and that is hard. You can "
      .. "step back to look after yourself, without guilt, and still be a good "
      .. "friend.",
    effects = { resentment = "-5", intimacy = "-5" },
    later = {
      after = 2,
      effects = { intimacy = "+5" },
      says = "On Thursday Priya cooked for you, for once. “My turn,” she said.",
    },
    next = "the-note",
  },
  rescue {
    "“Sure, come round tomorrow at seven. I’m tired, but I’d rather see "
    .. "you than sit here alone.”",
    because = "You want to be the friend who always shows up, and she is so "
      .. "glad. But a yes when you are empty is how tired turns into resentful.",
    effects = { intimacy = "+5" },
    set = "kept_score",
    later = {
      after = 2,
      effects = { resentment = "+10" },
      says = "Dinner with Priya was fine. On the bus home you snapped at a "
        .. "stranger. You felt used, and you hated feeling it.",
    },
    next = "the-note",
  },
}

-- ---------------------------------------------------------------- the note

scene "the-note" {
  place = "train",
  "On the train to work on Monday, you open the notes on your phone.",
  "You once read that any kind of help has five parts. The goal. What you "
  .. "do. What you think. What you feel. And the problem under it all. You "
  .. "type the five words in a list.",
  "Then you think about Priya, and start to fill it in. On Sunday she told "
  .. "you, “I don’t need fixing. I just need you around.”",
  notes = "This scene names the five parts the debrief uses. Pause here and "
    .. "let each person fill in the list for one person they helped this month.",
  support {
    "Goal: “Be there for Priya in the ways she asks.”",
    because = "Helping starts with asking, then giving what is asked. Her "
      .. "healing is hers. Your part is to show up.",
    effects = { growth = "+5" },
    next = "luis-late",
  },
  rescue {
    "Goal: “Get Priya back on her feet.”",
    because = "It sounds like love. But she told you she doesn’t need "
      .. "fixing, and this goal puts you in charge of her healing, and that is "
      .. "hers. Rescue wants them to be okay on your plan and your clock.",
    effects = { growth = "-5" },
    next = "luis-late",
  },
  self_care {
    "Feelings: “Worried. Worn out.” Under it: “I need her to be okay, so I "
    .. "can stop worrying.”",
    because = "The list asks what is under it, and you answer honestly. "
      .. "Naming your worry is the first step to dealing with it yourself, "
      .. "and not through her.",
    effects = { resentment = "-5" },
    next = "luis-late",
  },
}

-- ---------------------------------------------------------------- Luis

scene "luis-late" {
  place = "doorway",
  "Two weeks later, Luis gets home from work at nine. He drops his bag by "
  .. "the door and stands at the open fridge without taking anything.",
  "His new boss, Carol, gave his big project to someone else today. She did "
  .. "it in front of the whole team, with no reason.",
  "“Four months,” he says. “I worked on that for four months. I don’t want "
  .. "to think about what to do. Not tonight. Can you just order us some "
  .. "food?”",
  "You already know what he should do. Email Carol tonight. Ask for a "
  .. "meeting. Bring the numbers. The plan is ready in your head.",
  discuss = "Luis asks for food, and nothing else. What might he need "
    .. "tonight?",
  rescue {
    "“You have every right to be angry. What are you going to say to Carol "
    .. "in the morning?”",
    because = "Acting fast calms your worry, and the question sounds kind. "
      .. "But he said he does not want to think about it tonight. Your "
      .. "question hands him your plan.",
    effects = { resentment = "-5", intimacy = "+5" },
    later = {
      after = 1,
      effects = { resentment = "+5", intimacy = "-10" },
      says = "Luis did not go to Carol the next day. When you ask about it, "
        .. "he changes the subject. You feel shut out.",
    },
    next = "the-draft",
  },
  neutral {
    "Pour him a drink, put the game on, and tell him the funny thing your "
    .. "boss said at lunch today.",
    because = "A light night can help. But he asked for food, not a show, "
      .. "and you fill the space with your own day.",
    next = "luis-talks",
  },
  support {
    "Order his favorite curry and a big naan. Eat it on the couch with him, "
    .. "and talk about anything but work.",
    because = "He asked for food, and said he does not want to think about "
      .. "what to do tonight. You give just that. Sometimes a person needs a "
      .. "meal and some company, not a fix.",
    effects = { intimacy = "+5" },
    next = "luis-talks",
  },
}

scene "luis-talks" {
  "Luis sits down and talks. About Carol, who smiles in meetings and then "
  .. "changes things by email. About feeling stupid for caring so much.",
  "Then he says, “I’m going to wait a few days before I say anything. I "
  .. "don’t want to go in angry.”",
  "To you, waiting looks like a mistake. The longer he waits, the more it "
  .. "looks like he doesn’t mind.",
  "Your sister texted this morning: lunch at hers tomorrow, if you still "
  .. "want it. You had said maybe.",
  support {
    "“Give it a few days. If you still want to then, go ahead.”",
    because = "He has a plan, and it is his: a few days, then his call. "
      .. "Giving his own plan back to him, and keeping your worry out of "
      .. "his week, lets him trust himself more. You can still "
      .. "worry on your own time.",
    effects = { growth = "+5" },
    later = {
      after = 1,
      effects = { intimacy = "+5" },
      says = "Luis told you later, “You didn’t push me. That made me feel "
        .. "like I could handle it.”",
    },
    next = "the-draft",
  },
  rescue {
    "“That’s fair. What if you ask her for a quick chat tomorrow, just to "
    .. "clear the air first?”",
    because = "Your worry is real. But pushing harder when he already has a "
      .. "plan tells him his own judgment doesn’t count.",
    effects = { resentment = "+5", intimacy = "-5" },
    next = "the-draft",
  },
  self_care {
    "“Okay. Sounds wise.” Then text your sister yes to lunch tomorrow, and "
    .. "say you’ll bring the good bread.",
    because = "Stopping there is fine, even if he wanted more of you tonight. "
      .. "Your sister’s table is a better place for your worry than his "
      .. "plan.",
    effects = { resentment = "-5", intimacy = "-5" },
    next = "the-draft",
  },
}

scene "the-draft" {
  "A few nights later, Luis is writing an email to Carol. He turns the "
  .. "laptop toward you.",
  "“Can you read this?” he asks. “Tell me if I sound whiny.”",
  "He does, a little. And you can see three ways to make it sharper. You "
  .. "are good at this. You write emails like this at work every week.",
  discuss = "Luis asked for help. Can help that was asked for still turn "
    .. "into rescue? Where is the line?",
  notes = "This is help that is really rescue. Many groups say a better "
    .. "first line is fine, because he asked. Ask what he asked for, exactly. Then ask "
    .. "what happens when Carol writes back.",
  neutral {
    "“Looks fine to me! Send it before you talk yourself out of it.” Then go "
    .. "back to your show.",
    because = "Quick praise feels kind. But it is not what he asked for, and "
      .. "he can tell.",
    next = "the-week",
  },
  support {
    "Read it twice, and mark the whiny lines in red. “These three. The rest "
    .. "is strong.”",
    because = "He asked if he sounds whiny, and you answer just that: which "
      .. "lines. He winces at the red. The new words, and the choices, stay "
      .. "his.",
    effects = { growth = "+5", intimacy = "-5" },
    later = {
      after = 1,
      effects = { intimacy = "+10" },
      says = "Luis rewrote the start himself. “It sounds like me now,” he said.",
    },
    next = "the-week",
  },
  rescue {
    "Read it. “The start sounds hurt. Open with ‘I want this project to "
    .. "work too,’ and then it’s ready to send.”",
    because = "It works, for now: Carol will listen to this one. But he asked "
      .. "if he sounds whiny, not for new words. Handing him your line, and "
      .. "saying when it is ready, does the part that was his.",
    effects = { growth = "+5", intimacy = "+5" },
    set = "wrote_email",
    later = {
      after = 2,
      effects = { resentment = "+10", growth = "-10" },
      says = "Carol wrote back with questions. Luis didn’t know how to "
        .. "answer in the same voice, so he asked you to write that one too.",
    },
    next = "the-week",
  },
}

scene "the-week" {
  place = "kitchen",
  "All week Luis is tense. He works late. The dishes stack up. The trash is "
  .. "full. The dog looks at you every time you pass the door.",
  "On Sunday he asked you for one thing. “Could you do the cooking this "
  .. "week? I’ll take it all back at the weekend, I promise.”",
  "You could take over everything at home, so he can give all he has to "
  .. "work. Surely that is what a good partner does.",
  boundary {
    "Cook Monday to Wednesday. Then stick a note on the fridge with three "
    .. "easy recipes: Thursday to Sunday, his turn.",
    because = "A clear, kind limit keeps you partners. It may feel cold now, "
      .. "and he is short with you.",
    effects = { resentment = "-5", intimacy = "-5" },
    later = {
      after = 1,
      effects = { intimacy = "+5", growth = "+5" },
      says = "On Sunday Luis cooked and took out the trash. “Thanks for "
        .. "saying it straight,” he said. “I really didn’t see it.”",
    },
    next = "luis-news",
  },
  rescue {
    "Cook every night this week, and clear up after. Take the dog out when "
    .. "you take the bin.",
    because = "It feels like love, and he is grateful. But he asked for the "
      .. "cooking, not the dishes, the dog and the rest of the house. Now you "
      .. "are the one who carries the home.",
    effects = { resentment = "-5", intimacy = "+5" },
    set = "did_chores",
    later = {
      after = 1,
      effects = { resentment = "+10", growth = "-5" },
      says = "Three weeks on, the chores are still all yours. Luis hasn’t "
        .. "noticed. You have. You count every plate.",
    },
    next = "carol-again",
  },
  support {
    "Cook every night this week. Make his favorite on Thursday, and leave a "
    .. "plate out when he is late.",
    because = "On Sunday he asked for the cooking, just this week, and he said "
      .. "when he will take it back. Giving that, and no more, keeps the load "
      .. "shared.",
    effects = { growth = "+5", intimacy = "+5" },
    next = "luis-news",
  },
}

scene "carol-again" {
  place = "kitchen",
  "Ten days later, at dinner, Luis says Carol did it again. She moved his "
  .. "meeting and didn’t tell him.",
  { when = "did_chores",
    "He eats the dinner you made and doesn’t look up. His plate will be in "
    .. "the sink later. You know who will wash it." },
  "The week of cooking he asked for is over. He said he would take it back "
  .. "at the weekend.",
  "He still hasn’t had the talk with her. He has told you twice that he "
  .. "will pick his own moment. Heat rises in your chest. Why won’t he just "
  .. "deal with it?",
  "You know this heat. You felt it with Priya, too.",
  discuss = "Jess feels frustrated that Luis won’t follow her advice. What "
    .. "does that feeling tell her?",
  rescue {
    "Cook every night this week. Make his favorite on Thursday, and leave a "
    .. "plate out when he is late.",
    because = "It is the week of cooking he asked for once, and it keeps the "
      .. "peace now. But that week is over. He said he would take "
      .. "it back, and he has not asked again. Another week makes his "
      .. "stress your kitchen, and the load is no longer shared.",
    effects = { resentment = "-5" },
    later = {
      after = 1,
      effects = { resentment = "+5", intimacy = "-5" },
      says = "Luis has not cooked in a month. He still hasn’t talked to "
        .. "Carol, and you still count every plate.",
    },
    clear = "did_chores",
    next = "luis-news",
  },
  support {
    "“That sounds maddening. What did she say next?” Then clear the plates "
    .. "while he tells you.",
    because = "He told you twice he will pick his own moment. You stay with "
      .. "his anger, not with your plan. The problem stays his, and so does "
      .. "the answer.",
    effects = { growth = "+5", intimacy = "+5" },
    clear = "did_chores",
    next = "luis-news",
  },
  hurtful {
    "“I say this as your biggest fan. Either talk to her, or stop bringing "
    .. "her home to dinner every night.”",
    because = "It sounds like honest backing, and your frustration is real. "
      .. "But said like this it shames him, "
      .. "and he stops telling you things.",
    effects = { resentment = "+5", intimacy = "-10" },
    clear = "did_chores",
    next = "luis-news",
  },
  self_care {
    "“I’ll go and get us some ice cream.” Pick his favorite, and take the "
    .. "long way to the corner store.",
    because = "It looks like a treat for him. But the heat in your chest is "
      .. "the clue: the walk is for you. Your frustration is yours to handle. "
      .. "Cooling it yourself keeps it out of his problem.",
    effects = { resentment = "-5" },
    clear = "did_chores",
    next = "luis-news",
  },
  rescue {
    "“That sounds maddening. Would Monday be a good day to talk to her, do "
    .. "you think? Before the team meeting?”",
    because = "It sounds like a question, and he says “maybe Monday” to end "
      .. "the talk. But he told you twice he will pick his own moment. Your "
      .. "question picks it for him, and now he has to face Carol and your "
      .. "hopes too.",
    effects = { intimacy = "+5" },
    later = {
      after = 1,
      effects = { resentment = "+5", intimacy = "-5" },
      says = "Monday came. Luis did not talk to Carol, and at dinner he "
        .. "could not look at you.",
    },
    clear = "did_chores",
    next = "luis-news",
  },
}

scene "luis-news" {
  place = "kitchen",
  "On Friday, Luis comes home early with a bag of takeout.",
  { when = "wrote_email",
    "Carol liked the email so much that she wants him to write up the new "
    .. "plan the same way. He looks a bit sick about it. “I don’t know if I "
    .. "can sound like that again.”" },
  { when = "not wrote_email",
    "He talked to Carol today. It was awkward, and it was not perfect. But he "
    .. "got part of his project back, and she said sorry for how she did it." },
  "Then he looks at you. “How are you doing, anyway? You’ve had Priya, and "
  .. "me, and everything.”",
  discuss = "Luis offers Jess his care. Why might that be hard for her to take?",
  self_care {
    "Take the bag from him, and get two plates. “You pick the film. Then I’ll "
    .. "tell you about my week. It’s been a lot.”",
    because = "He asked how you are, and you tell him the truth. Letting him "
      .. "care for you keeps things even. You have needs too, and he wants to "
      .. "know them.",
    effects = { resentment = "-5", intimacy = "+5" },
    clear = "wrote_email",
    next = "mom-calls",
  },
  rescue {
    "“Me? I’m fine. Tonight is about you. Tell me everything.”",
    because = "Keeping the focus on him feels generous. But it keeps you as "
      .. "the helper and never the helped.",
    effects = { resentment = "-5" },
    later = {
      after = 1,
      effects = { resentment = "+5" },
      says = "Luis has stopped asking how you are. You told him you were "
        .. "fine, so he believed you.",
    },
    clear = "wrote_email",
    next = "mom-calls",
  },
  neutral {
    "“Oh, I’m good. Come on, show me what you got us. Which one is the spicy "
    .. "one?”",
    because = "Small talk is easy and safe. But a real question goes by "
      .. "without a real answer.",
    later = {
      after = 1,
      effects = { intimacy = "-5" },
      says = "Luis didn’t ask again that month. You missed being asked.",
    },
    clear = "wrote_email",
    next = "mom-calls",
  },
}

-- ---------------------------------------------------------------- Mom and Dad

scene "mom-calls" {
  "A month later, your mom calls on a Sunday. Dad’s new heart pills make him "
  .. "dizzy. He nearly fell in the garden. Mom has had a chest cold for two "
  .. "weeks. She sounds worn out.",
  "“We’re fine,” she says. “We’ll see how it goes. I just wanted you to know.”",
  "They live an hour away. Your mind shifts into gear. Side effects. Other "
  .. "pills. The doctor’s number, on their fridge, where you put it.",
  "One thing you know for sure. A fall, fainting, chest pain or confusion "
  .. "after new pills means getting medical help now, not next week. His doctor "
  .. "should hear about it today. If it is serious, like chest pain or "
  .. "fainting, that means the emergency number. Mom and Dad stay in it as "
  .. "far as they can.",
  discuss = "Mom says “We’re fine” and “I just wanted you to know.” What is "
    .. "she asking for? What is she not asking for?",
  notes = "A near fall on new heart pills is a medical red flag. Naming the "
    .. "risk and making sure a doctor hears about it is support, not rescue. "
    .. "The rescues take over the rest: a trip nobody asked for, or Mom’s "
    .. "own worry.",
  support {
    "“Mom, a near fall on new heart pills can’t wait. Ring his doctor "
    .. "today. I can stay on the line while you do.”",
    because = "A fall on new heart pills is a warning sign, not a "
      .. "wait-and-see. Saying so plainly, and making sure a doctor hears it "
      .. "today, is support. They still make the call, with you beside them.",
    effects = { growth = "+5", intimacy = "+5" },
    set = "called_clinic",
    next = "the-visit",
  },
  rescue {
    "“I’ll drive up tonight, Mom, and see how he is.”",
    because = "Rushing in feels like love. But Mom told you they are "
      .. "managing, and the near fall needs a doctor more than it needs you "
      .. "on their couch. Arriving unasked can make them feel like patients.",
    effects = { intimacy = "+5" },
    set = "went_up",
    later = {
      after = 1,
      effects = { resentment = "+10" },
      says = "You missed two days of work. Dad spent most of them telling "
        .. "you he was fine. You drove home tired and, somehow, cross.",
    },
    next = "rushed-up",
  },
  hurtful {
    "“Lots of people feel dizzy on new pills. He’ll get used to it. Tell "
    .. "him to stand up slowly.”",
    because = "It sounds calm, and it eases Mom’s worry now. But it brushes "
      .. "off a warning sign. A near fall on new heart pills needs his doctor, "
      .. "not a shrug.",
    effects = { resentment = "-5" },
    later = {
      after = 1,
      effects = { growth = "-5", intimacy = "-5" },
      says = "Dad was dizzy again on Tuesday and sat down hard on the stairs. "
        .. "Mom said, “You told me it was normal.”",
    },
    next = "the-clinic",
  },
  rescue {
    "“Oh, Mom. You rest that cold. Ring me with any news about Dad, any "
    .. "time, day or night.”",
    because = "It sounds kind, and Mom sounds lighter now. But you took her "
      .. "worry off her without a plan, and the near fall still needs his "
      .. "doctor today. Her worry is hers to feel, and to act on.",
    effects = { resentment = "-5", intimacy = "+5" },
    later = {
      after = 1,
      effects = { resentment = "+5", growth = "-5" },
      says = "Mom stopped ringing the doctor with Dad’s news. She rang you "
        .. "with it instead, two and three times a day.",
    },
    next = "the-clinic",
  },
}

scene "rushed-up" {
  place = "parents-house",
  "You get there at ten at night. Mom opens the door in her robe. “Oh, "
  .. "love,” she croaks. “You didn’t have to.” Her cold has taken most of her "
  .. "voice.",
  "Dad is asleep in his chair. The doctor’s number is on the fridge. Mom says "
  .. "they will see how he is by Friday, and maybe call the doctor then.",
  "Friday is too long to wait after a near fall on new pills. If he faints, "
  .. "has chest pain or seems confused, that is the emergency number, at once. "
  .. "The rest is still Mom and Dad’s to run.",
  "At breakfast you say so. Dad grumbles, then nods. “I want to hear what "
  .. "they say,” he tells you. Mom points at her throat. “Would you ring "
  .. "them, love? I can’t talk on the phone like this.”",
  rescue {
    "Take the pill list out to the hall, where the line is clearer, and ring "
    .. "them about the fall.",
    because = "It looks like the call Mom asked for. But Dad said he wants to "
      .. "hear what they say, and from the hall he can’t. It is his body. "
      .. "Ringing out of his hearing takes it out of his hands.",
    effects = { resentment = "-5", intimacy = "+5" },
    set = "called_clinic",
    later = {
      after = 1,
      effects = { resentment = "+5", growth = "-5" },
      says = "The doctor now calls you, not Dad. Dad asked you what his new "
        .. "dose was. He used to know.",
    },
    next = "the-visit",
  },
  support {
    "Ring his doctor after breakfast. Tell them about the fall and the dizzy "
    .. "spells, with Dad in the chair beside you.",
    because = "Mom asked, and her voice is gone. A near fall on new pills "
      .. "should not wait, so making the call is plainly right. Dad is beside "
      .. "you, speaking for himself. That is support, not taking over.",
    effects = { growth = "+5", intimacy = "+5" },
    set = "called_clinic",
    later = {
      after = 1,
      effects = { growth = "+5" },
      says = "The doctor changed Dad’s dose that day. Dad said, “Next time, "
        .. "I’ll ring them myself. I know what they ask now.”",
    },
    next = "the-visit",
  },
  boundary {
    "Dial the doctor’s number, hand Dad the phone, and sit beside him while "
    .. "he tells them. Then drive home before lunch.",
    because = "Dad can talk, and it is his body. Handing him the call, with "
      .. "you beside him, keeps him in charge. Going home keeps your own "
      .. "week going. Mom looks hurt that you won’t stay.",
    effects = { resentment = "-5", intimacy = "-5" },
    set = "called_clinic",
    later = {
      after = 1,
      effects = { growth = "+5" },
      says = "Dad told the doctor about the fall in his own words. He rang "
        .. "you that night to tell you the new dose, as if it were news.",
    },
    next = "the-visit",
  },
}

scene "the-clinic" {
  "On Tuesday, Dad is still dizzy. Mom says they will see how he feels this "
  .. "week, and maybe talk to the doctor on Friday.",
  "Dad is not allowed to drive while he is dizzy. Mom’s cold has her in "
  .. "bed half the day. The bus to the clinic takes an hour and two changes.",
  "You have the doctor’s number in your phone. You could call right now and "
  .. "ask for a plan B. Just to be safe.",
  "Still dizzy after a near fall on new pills is not something to sit on "
  .. "till Friday. And if he falls, faints, gets chest pain or seems "
  .. "confused, that is the emergency number, right away.",
  discuss = "Is calling the doctor for them caring, or taking over? What "
    .. "would make it one or the other?",
  notes = "This is the article’s own example, with a twist: the near fall "
    .. "makes it a medical red flag. Getting a doctor told is right here. Ask "
    .. "the group where the line is between that and running Dad’s care.",
  it_depends {
    "Ring the doctor’s office yourself about the dizzy spells, then text "
    .. "Mom that they may call Dad.",
    because = "A near fall that still leaves him dizzy should not wait, and "
      .. "Mom is in bed with her cold. If they are glad the doctor heard, and "
      .. "Mom is kept in it, it helps. If they wanted to wait and you went "
      .. "round them, or you start running his pills, it turns into a rescue.",
    effects = { growth = "+5" },
    set = "called_clinic",
    later = {
      after = 1,
      effects = { intimacy = "+5" },
      says = "The doctor rang Dad and lowered his dose. Dad grumbled about "
        .. "the call. By Friday he was steadier, and he said thanks.",
    },
    next = "the-visit",
  },
  support {
    "“I’ll drive you both to the clinic this week, and wait. Just text me "
    .. "the day and time.”",
    because = "Dad can’t drive while he is dizzy, and Mom is too ill to. A "
      .. "lift is the one part they can’t do right now. They book it and do "
      .. "the talking. They stay in charge of their own care.",
    effects = { intimacy = "+5", resentment = "+5" },
    set = "called_clinic",
    later = {
      after = 1,
      effects = { growth = "+5" },
      says = "Mom booked the visit herself. Dad told the doctor about the "
        .. "fall in his own words, while you read a magazine in the waiting room.",
    },
    next = "the-visit",
  },
  support {
    "Tell Mom plainly: “Still dizzy on new heart pills shouldn’t wait till "
    .. "Friday. Please call them today.”",
    because = "You name the risk once, clearly, with no nagging. The call is "
      .. "still theirs to make, and now they know it can’t wait.",
    effects = { growth = "+5" },
    later = {
      after = 1,
      effects = { intimacy = "+5" },
      says = "Mom called the doctor that afternoon. His dose was changed. She "
        .. "told you, sounding proud. “I thought about what you said.”",
    },
    next = "the-visit",
  },
}

scene "the-visit" {
  place = "parents-house",
  { when = "went_up",
    "On Saturday you drive up again. It is your second trip this week." },
  { when = "not went_up",
    "On Saturday you drive up to see them." },
  "Dad is in his chair with the crossword. He looks pale, but he is in good "
  .. "spirits. Mom hands you a list: the store, the pharmacy, and a ride for Dad "
  .. "to the doctor on Friday. Friday is a work day for you.",
  "Dad is not allowed to drive yet. This is the first list Mom has ever "
  .. "handed you.",
  { when = "called_clinic",
    "Since the doctor heard about the near fall, Dad is on a lower dose. He "
    .. "is steadier, but still a little pale." },
  "His pills sit in three loose bottles that look alike. Mom says he mixed "
  .. "up the morning and night ones twice this week. A mix-up with heart "
  .. "pills is worth a call to the pharmacy today. If he is faint, confused or "
  .. "has chest pain, call the emergency number.",
  "You look around and see a dozen things to fix. A rug Dad could trip on. "
  .. "The steep stairs.",
  it_depends {
    "Sit with Dad and fill a week pill box together. Write the morning and "
    .. "night times on the lid.",
    because = "A pill box can stop the mix-ups, and doing it with Dad keeps "
      .. "it his. If he wants it and fills it next week, it helps. If you "
      .. "end up filling it every week when he could, it turns into a rescue.",
    effects = { growth = "+5" },
    clear = { "went_up", "called_clinic" },
    later = {
      after = 1,
      effects = { resentment = "+5" },
      says = "Dad likes the box. But on Sunday Mom rang to ask you which pill "
        .. "goes where, and she did not ask Dad.",
    },
    next = "all-at-once",
  },
  support {
    "Tell Mom yes to all of it: the store, the pharmacy, and Dad’s ride on "
    .. "Friday.",
    because = "Mom wrote the list, and Dad can’t drive yet. It is the first "
      .. "list she has handed you. Doing what they asked for is support, even the "
      .. "Friday ride. At the pharmacy, the mix-ups get one question, and the "
      .. "rest stays theirs.",
    effects = { growth = "+5" },
    clear = { "went_up", "called_clinic" },
    next = "all-at-once",
  },
  boundary {
    "Do the store and the pharmacy today. Then text Ben the time of Dad’s "
    .. "Friday visit, and ask him to pick Dad up at half nine.",
    because = "Friday is a work day for you, and Ben lives nearer. Doing the "
      .. "part you can and handing him the drive is a limit, not a takeover. "
      .. "Mom looks worried for a moment. It leaves room for your brother.",
    effects = { resentment = "-5", intimacy = "-5" },
    set = "ben_in",
    clear = { "went_up", "called_clinic" },
    next = "all-at-once",
  },
  rescue {
    "After the list, take charge of his pills and his doctor visits. Book "
    .. "a stair lift man, a cleaner and meals. They have earned a rest.",
    because = "It feels like giving them ease. But they did not ask, and "
      .. "they can still manage, and taking over every visit and pill turns "
      .. "Dad into your patient.",
    effects = { resentment = "-5", growth = "-5", intimacy = "+5" },
    clear = { "went_up", "called_clinic" },
    later = {
      after = 1,
      effects = { resentment = "+10" },
      says = "The stair man is booked, and they don’t want him. Every small "
        .. "thing, and every pill, now comes to you.",
    },
    next = "all-at-once",
  },
}

scene "all-at-once" {
  "Thursday. Everything comes at once.",
  "Priya texts. She had a bad day and wants to call tonight. Luis has his "
  .. "review with Carol tomorrow. Your own dentist visit is tomorrow at nine, "
  .. "the same time as Dad’s ride. You have moved it twice.",
  "Mom rings too. She needs the store and the pharmacy again, and Dad’s "
  .. "ride on Friday.",
  { when = "ben_in",
    "Ben already said yes to driving Dad on Friday. Mom forgot." },
  { when = "not ben_in",
    "She wants to know when you’ll pick him up." },
  { when = "resentment >= 35",
    "A thought comes up, sharp and sour. Nobody ever asks what I need. "
    .. "Tired is one thing. This is something else." },
  { when = "resentment < 35",
    "You are tired. Bone tired. But you don’t feel used. Just tired." },
  discuss = "Tired or resentful? How can Jess tell which one she is feeling?",
  notes = "The article draws the line here: a helper can be worn out and "
    .. "still be fine, and can step back without guilt. Resentment, or "
    .. "feeling unseen, is the sign that the helping is really rescue. Ask "
    .. "the group which one their own week felt like.",
  support {
    "Text all three: “Big week here. What do you need most from me?” Then do "
    .. "just that.",
    because = "Asking each of them lets you give what matters most, not "
      .. "everything. Their answers are smaller than your fears.",
    effects = { growth = "+5" },
    next = "the-dinner",
  },
  self_care {
    "Give Luis a hug and a good-luck note for his review. Tell Priya, "
    .. "“Tomorrow night, all yours.” Then go to the dentist.",
    because = "You can care about all of them and still keep your own plans. "
      .. "Backing off to look after yourself, without guilt, is part of "
      .. "helping well.",
    effects = { resentment = "-5", growth = "+5" },
    next = "the-dinner",
  },
  rescue {
    "Tell Mom yes to all of it: the store, the pharmacy, and Dad’s ride on "
    .. "Friday.",
    because = "It is the same yes you gave Mom at the visit, and you can do "
      .. "it for one more week. But Dad at nine means the dentist goes again, "
      .. "for the third time, and this week the list is not the first. "
      .. "Cancelling yourself again and again is how care turns into a debt.",
    effects = { intimacy = "+5" },
    set = "kept_score",
    later = {
      after = 1,
      effects = { resentment = "+10" },
      says = "You got through Thursday. On Friday you fell asleep in the "
        .. "waiting room. No one said thank you, and you noticed.",
    },
    next = "the-dinner",
  },
  self_care {
    "Call your brother Ben and set up Friday for Dad: the time, the "
    .. "address, the ride.",
    because = "Friday is a work day, and the dentist has waited twice. Asking "
      .. "Ben for help is not failing. You can’t do it all. Sharing the load "
      .. "lets you keep going, and lets Ben be a son too.",
    when = "not ben_in",
    effects = { resentment = "-5" },
    next = "ben-calls",
  },
}

scene "ben-calls" {
  place = "phone-night",
  "Ben calls back that night. He lives twenty minutes from Mom and Dad. You "
  .. "live an hour away.",
  "“Of course I’ll take him,” he says. “I didn’t know it was this bad. You "
  .. "never said. You always just handle it.”",
  "There it is. You always handle it. Part of you is proud of that. Part of "
  .. "you is so tired of it.",
  discuss = "“You always just handle it.” What does Jess gain from being the "
    .. "one who handles it? What does it cost her, and Ben?",
  boundary {
    "“Thanks, Ben. I’ll send you Mom’s list tonight, and I’ll do Saturday.”",
    because = "He just said yes, and he lives nearer. Sending him Mom’s "
      .. "list, the store, the pharmacy and the rides, hands those jobs to "
      .. "him, and Saturday is your share. Sharing care is not dropping it. It "
      .. "makes the load lighter for both of you.",
    effects = { resentment = "-5", growth = "+5" },
    set = "ben_in",
    next = "the-dinner",
  },
  rescue {
    "“It’s fine, really. This once is enough. You’ve got the kids.”",
    because = "Letting him off feels generous. But it keeps you as the one "
      .. "who carries it all, and keeps him from his share.",
    effects = { intimacy = "+5" },
    later = {
      after = 1,
      effects = { resentment = "+5", growth = "-5" },
      says = "The next week, Mom called you about the pharmacy, not Ben. Of "
        .. "course she did.",
    },
    next = "the-dinner",
  },
  self_care {
    "“Thank you. Come for dinner on Sunday, and I’ll tell you all of it. "
    .. "Bring the kids.”",
    because = "He said you never told him. Letting him see your own struggle, "
      .. "over a meal, is asking for support. It is honest talk, and it lets "
      .. "him step in.",
    effects = { resentment = "-5", intimacy = "+5" },
    set = "ben_in",
    next = "the-dinner",
  },
}

-- ---------------------------------------------------------------- the dinner

scene "the-dinner" {
  place = "living-room",
  "A month later, it is your birthday. Everyone comes to your place for "
  .. "dinner. Priya brings a cake she baked herself. It leans to one side.",
  { when = "ben_in",
    "Ben drives Mom and Dad over. Dad is steady on his feet with his new pills." },
  { when = "not ben_in",
    "You drive an hour each way to fetch Mom and Dad. Dad is steady on his "
    .. "feet with his new pills." },
  "Luis lifts his glass. “To Jess, who holds us all together.” Everyone "
  .. "cheers. Mom says, “What would we do without you?”",
  "It is a sweet thing to hear. It also lands on you like a heavy coat.",
  discuss = "“What would we do without you?” Is that a gift, a weight, or both?",
  notes = "The endings here are not a score. Ask the group which of Jess’s "
    .. "three people she helped, and which she rescued, and how they can tell "
    .. "from how each one is doing now.",
  self_care {
    "Laugh, and hand Luis the tea towel. “Tonight you all get to find out. "
    .. "The dishes are yours, birthday girl’s orders.”",
    because = "Saying your limit out loud, warmly, makes room for others to "
      .. "step up. It is self-care and honest talk at once.",
    effects = { resentment = "-5", growth = "+5" },
    next = {
      { when = "resentment >= 45", "worn-thin" },
      { when = "growth < 35", "still-needed" },
      { when = "growth >= 60 and resentment <= 20", "tired-not-resentful" },
      "finding-the-line",
    },
  },
  support {
    "Lift your glass back. “You all hold yourselves up. I just get to be next "
    .. "to you.”",
    because = "You hand their strength back to them. They can do it, and you "
      .. "get to stand beside them, not under them.",
    effects = { growth = "+5", intimacy = "+5" },
    next = {
      { when = "resentment >= 45", "worn-thin" },
      { when = "growth < 35", "still-needed" },
      { when = "ben_in and not kept_score and resentment <= 30", "tired-not-resentful" },
      { when = "growth >= 60 and resentment <= 20", "tired-not-resentful" },
      "finding-the-line",
    },
  },
  rescue {
    "Smile and raise your glass. “Well, you’ll never have to find out. I’m "
    .. "not going anywhere.”",
    because = "It is a loving thing to say. It is also a promise to carry "
      .. "everyone, always. The part of you that needs to be needed just "
      .. "signed up again.",
    effects = { resentment = "+5" },
    next = {
      { when = "kept_score and not ben_in", "worn-thin" },
      { when = "resentment >= 45", "worn-thin" },
      { when = "growth < 35", "still-needed" },
      "finding-the-line",
    },
  },
}

-- ---------------------------------------------------------------- endings

ending "worn-thin" {
  place = "kitchen",
  title = "Holding everyone up",
  "After the party, everyone goes home. You wash every dish alone.",
  "Priya texts a thank-you. She tells you less these days. Luis asks if you "
  .. "could look at his next email to Carol. Mom calls about Dad’s pills "
  .. "every day now.",
  { when = "kept_score",
    "You find you are keeping a list in your head. Everything you did. "
    .. "Everything no one noticed." },
  "Your shoulders ache. You love these people. You are also very, very "
  .. "tired of them, and that scares you.",
  lens = {
    goal = "For Priya, Luis and your parents to get better by following your "
      .. "plans. Under that, for your own worry to stop.",
    behaviours = "Texting, planning, rewriting and calling. Taking over chores, "
      .. "pills and phone calls. Giving more than anyone asked for.",
    thoughts = "“If I get this right, they’ll be fine.” “If I step back, it "
      .. "will all fall apart.”",
    emotions = "Worry all the time. Frustration when they didn’t take your "
      .. "advice. Now tired, and under the tired, resentful and unseen.",
    underlying = "You tried to calm your own fear by steering their problems. "
      .. "You worked harder on their lives than they did. That is doing too "
      .. "much, and it wore you thin.",
  },
  practice = "This week, before you help anyone, ask: “What do you need from "
    .. "me?” Give that, and nothing more. Write down how it felt to stop there.",
  reflect = "The last time you felt resentful after helping, what were you "
    .. "hoping to get back?",
}

ending "still-needed" {
  place = "kitchen",
  title = "Needed by everyone",
  "The party is lovely. Everyone stays late. You make sure every glass is "
  .. "full.",
  "In the kitchen, Priya shows you her phone. Dan has texted again. “What "
  .. "should I say?” she asks. Luis wants you to look at his notes for "
  .. "Monday. Mom asks if you can call the doctor for Dad’s next refill.",
  "You say yes to all of it. It feels good to be the one they turn to. "
  .. "Under the good feeling there is a low hum of tired that never quite "
  .. "goes away.",
  "No one is angry. No one is stuck. But no one has had to find their own "
  .. "feet, either, and you are holding three lives in two hands.",
  lens = {
    goal = "To keep Priya, Luis and your parents safe and on track, and to "
      .. "be the one they can always count on.",
    behaviours = "Stepping in early, answering for them, doing the hard "
      .. "parts so they don’t have to.",
    thoughts = "“They need me.” “It’s quicker and safer if I do it.”",
    emotions = "Warm and useful, most days. Under that, a steady tired, and "
      .. "worry whenever your phone is quiet.",
    underlying = "Being needed has started to feel like being loved. While "
      .. "you carry their problems, they don’t grow, and the cost to you "
      .. "is still adding up.",
  },
  practice = "This week, leave one thing you would usually do for someone in "
    .. "their hands. Tell them you trust them with it. Notice what you feel "
    .. "while you wait.",
  reflect = "Who would you be if nobody needed you for a week? What would "
    .. "you do with the time?",
}

ending "finding-the-line" {
  place = "kitchen",
  title = "Finding the line",
  "After the party, Luis washes and you dry. Priya stays late to tell you "
  .. "about the pottery class she found on her own.",
  { when = "ben_in",
    "Ben texts to say he will do Friday runs for Dad from now on." },
  { when = "not ben_in",
    "Mom texts to say Dad’s pills are working. She does not ask you for "
    .. "anything. You notice how strange that feels." },
  "Some days you still grab the wheel. You catch it more often now. You "
  .. "can feel the line between helping and taking over, even when you cross it.",
  lens = {
    goal = "To help the people you love, and to stop taking over. Part of you "
      .. "still wants them to do it your way.",
    behaviours = "Sometimes you ask first and give what is asked. Sometimes "
      .. "you step in before anyone asks, and then notice.",
    thoughts = "“This one is theirs.” And also: “But what if they get it wrong?”",
    emotions = "Worry, and a tug to fix things. Tired. Now and then, a flash "
      .. "of resentment that tells you to step back.",
    underlying = "Your worry is real, and you are learning to look after it "
      .. "yourself instead of through them. The old habit is still strong.",
  },
  practice = "Once a day this week, when you feel the pull to step in, say: "
    .. "“Is this mine or theirs?” If it is theirs, ask what they need.",
  reflect = "Which of the three, Priya, Luis or your parents, was hardest to "
    .. "leave in charge of their own problem? Why that one?",
}

ending "tired-not-resentful" {
  place = "kitchen",
  title = "Tired, not resentful",
  "After the party, Luis washes and you dry. You are tired. You are not "
  .. "keeping score.",
  "Priya texts: “I signed up for a pottery class. Want to come? No pressure.” "
  .. "Luis has a new project, and he picked it himself.",
  { when = "ben_in",
    "Ben takes Dad to the doctor on Fridays now. Mom sends you both a photo of "
    .. "Dad in the garden, steady on his feet." },
  { when = "not ben_in",
    "Mom sends you a photo of Dad in the garden, steady on his feet. She "
    .. "booked his next check-up herself." },
  "You still worry. You still wake at night sometimes, thinking about them. "
  .. "But it is your worry, and you know what to do with it.",
  lens = {
    goal = "To give Priya, Luis and your parents what they need most, and to "
      .. "let them tell you what that is.",
    behaviours = "You ask what they need. You give that. You say your view "
      .. "once, and let them choose. You say no, rest, and share the load.",
    thoughts = "“This is their problem, not mine. I can care a lot and still "
      .. "not need them to do it my way.”",
    emotions = "Worried some nights. Tired after a big week. But not bitter, "
      .. "and not unseen.",
    underlying = "Nothing big hides under it. You are clear about what is yours "
      .. "and what is theirs, and you deal with your own worry yourself.",
  },
  practice = "This week, when someone you love is struggling, ask: “What would "
    .. "help?” Then give that, and tell one other person how you are doing.",
  reflect = "How did it feel to be tired without being resentful? What made "
    .. "the difference?",
}
