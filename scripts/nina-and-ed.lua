-- Nina and Ed: "I can change him."
-- Before Tom, Nina dated Ed. Ed is warm and funny, and he drinks more than
-- Nina is easy with. She thinks she can change him: she makes plans, counts
-- his drinks, pours out bottles and makes his excuses, and he starts to
-- resent it. The story is about the gap between trying to change a person
-- and caring for him while his drinking stays his to own. It is also about
-- Nina getting support of her own: a friend, a group, a counselor.
--
-- The story never names or labels Ed's drinking, and no one in it is to
-- blame. Getting help for his drinking is Ed's to do; the story says that
-- help exists, for him and for the people who love him. Saying a worry once,
-- or pointing once to a doctor or a helpline, is support; pouring out his
-- bottles, calling his boss or making his excuses is a rescue; pouring his
-- drink away in anger, or mocking him, is hurtful.
--
-- Same act, different kind: six pairs of options use the very same words in
-- two scenes, and only the scene decides the kind.
--   third-date (support) / watching-me (rescue): "Say it quietly: Five is a
--     lot for me." Said once, the first time, against said again at every
--     party since spring, right after he says he feels counted.
--   the-plan (support) / ed-wonders (rescue): "I found one near your work.
--     I'll send you the link." The run club he asked for, against a meeting
--     when he only wondered out loud.
--   ed-shrugs (rescue) / ed-wonders (it_depends): "I looked a few things up a
--     while ago. Do you want to see them, or not yet?" He asked how she
--     feels, and what she looked up is her plan for him, against him
--     wondering about it himself.
--   sleepless (rescue) / ed-tries (support): "Text Ed: On my way. Which
--     door?" He said he would get a cab, against "Last bus is gone. Could
--     you come and get me?"
--   ed-shrugs (support) / ed-bristles (rescue): "If it ever bugs you too,
--     your doctor is a good one to ask." Said once, when he asks if it bugs
--     her, against right after he says he does not want fixing, with the
--     doctor on her page.
--   sunday-morning (rescue) / the-couch (support): "Text Carla back: He's
--     asleep." He texted a minute ago and is just not coming, so it is a
--     softer story for him, against him truly asleep on her couch, the plain
--     truth with no sorry and no story.
--
-- The kind lives in the scene, not in the option. Doing a task he asked for
-- (a run club link, his recycling, a ride home when the last bus is gone)
-- or one he cannot do (getting him onto his side at four a.m.) is support;
-- the same kind of act unasked is a rescue (driving him to a meeting he never
-- chose, texting Carla an excuse). Many rescues do no task at all: answering
-- for him, talking him out of a worry, taking a slip off his shoulders,
-- promising for him, a threat the scene says she would never carry out.
--
-- Safety: in three-am Ed comes home very drunk in the middle of the night.
-- The scene itself says what comes first: no big talk with someone that
-- drunk, safety first, talk when he is sober; if he ever threatens or gets
-- rough, leave and call the emergency number; limits with someone who may
-- be dangerous are made with a professional's help. Ed is never rough in
-- this story.
--
-- Flags, and where they matter:
--   suggested     Nina made Ed a plan or asked him to cut back; how
--                 ed-bristles and watching-me open, then cleared
--   told_jay      Nina brought Ed's friend in; the opening of ed-bristles
--   asked_ed      Nina asked Ed how he feels; the opening of ed-shrugs
--   poured        Nina poured out Ed's bottles; a line in watching-me
--   told_rosa     Nina texted Rosa; the opening of rosa-at-work
--   later_week    Nina went to the group first; the opening of three-am
--   got_support   Nina went to the group or a counselor, or leaned on Rosa;
--                 lines in last-talk and the endings, and the pattern way
--                 into his-own-step
--   ed_opened     Ed said he might drink too much (ed-wonders); needed for
--                 the best ending
--   took_over     Nina took Ed's first steps out of his hands; closes the way
--                 to the best ending
--   left_card     Nina offered the helpline once and let it be; endings
--   ultimatum     Nina made a threat she did not mean; last-talk and endings
--
-- The pattern ending: in last-talk, listening first leads to his-own-step
-- when Ed opened up, Nina found support of her own, never took his steps
-- over and made no threat (ed_opened, got_support, not took_over, not
-- ultimatum), whatever growth and intimacy say, unless the relationship is
-- already past saving.
--
-- Flags are cleared once no later scene reads them, and meter changes are
-- steps of 5 (resentment moves in tens), and most delayed effects land
-- within two choices, so paths that meet in the same place merge. That
-- keeps the story small enough for `beside check` to play every path
-- (under 200,000 states).

scenario {
  id = "nina-and-ed",
  title = "Nina and Ed",
  teaser = "Ed is fun, kind, and he drinks a lot. Nina is sure she can change him.",
  you_play = "Nina",
  people = { ed = { name = "Ed", main = true }, jay = "Jay", carla = "Carla" },
  minutes = 20,
  content_notes = {
    "drinking",
    "arguments about drinking",
    "someone coming home very drunk at night",
    "a breakup",
  },
  meters = { resentment = 10, growth = 35, intimacy = 45 },
  start = "third-date",
}

-- ---------------------------------------------------------------- early days

scene "third-date" {
  place = "bar",
  "It is your third date with Ed. You are at the Anchor, a loud bar by the "
  .. "river, for his friend Jay’s birthday.",
  "Ed is telling a story about a cabinet he built that was too big for the "
  .. "door. The whole table is laughing. You are too. He is warm and quick, and "
  .. "he keeps looking over to see if you are having fun.",
  "Jay calls out, “Another round? Ed, you in?” Ed grins and opens his mouth to "
  .. "answer. You have been counting. That will be his fifth.",
  "You are not tired. You are having a good night, except for the count.",
  "A small voice in you says: he just needs someone who cares enough. I can "
  .. "change him.",
  discuss = "Nina thinks, “I can change him.” What does that thought promise "
    .. "her? What might it cost her later?",
  notes = "This is where the story's title lives. Let the group say what is "
    .. "lovely about the thought before what is risky. Hope is not the problem; "
    .. "making his drinking her job is. Saying a worry once, plainly, with no "
    .. "push, is fine; it is what the helping side of the fine line looks "
    .. "like. If someone in the room loves a person who drinks, this may land "
    .. "close to home. Keep it about Nina and Ed.",
  neutral {
    "Laugh along with everyone, and ask Ed to tell the end of the cabinet story "
    .. "again, just for you.",
    because = "Small talk keeps the night easy. The count in your head is "
      .. "still there, though, and nobody asked you to keep it.",
    next = "sunday-morning",
  },
  rescue {
    "Lean your head on Ed’s shoulder. “I’m about ready to head home. Are "
    .. "you?” Then wait for his answer.",
    because = "It sounds like a normal end-of-night question, and nobody "
      .. "minds. But you are not tired. You ask it to stop his fifth beer. His "
      .. "night is now yours to run, from behind a smile.",
    effects = { intimacy = "+5" },
    later = {
      after = 2,
      effects = { resentment = "+10" },
      says = "Ed went along with it and left early. In the car he said, "
        .. "“You weren’t tired, were you?” Then nothing, all the way home.",
    },
    next = "sunday-morning",
  },
  support {
    "Say it quietly: “Five is a lot for me. It makes me uneasy.”",
    because = "It is the first time you have said it, and you say it once, "
      .. "with no plan and no push. The beer stays his. He may go a bit quiet "
      .. "now, and that is okay.",
    effects = { intimacy = "-5", growth = "+5" },
    next = "sunday-morning",
  },
  self_care {
    "Kiss Ed on the cheek. “Stay, love, have fun.” Wish Jay a happy birthday, "
    .. "and catch the bus home by yourself, with that knot in your stomach.",
    because = "You are not tired, so leaving is about the knot, not the hour. "
      .. "You look at your own feeling before you act on it. The worry is yours "
      .. "to look at. The beer is his.",
    effects = { growth = "+5" },
    next = "sunday-morning",
  },
  rescue {
    "Catch the server on her way past, and order Ed’s next one for him: a "
    .. "light beer this time.",
    because = "It looks like a small kindness, and no one gets upset. But Ed "
      .. "was about to answer Jay himself. Ordering for him, a light one, makes "
      .. "a choice about Ed behind his back.",
    effects = { resentment = "-10" },
    next = "caught-at-the-bar",
  },
}

scene "caught-at-the-bar" {
  place = "bar",
  "The server sets down the glass. “One light beer,” she says, loud and "
  .. "cheerful. “Like your girlfriend asked.”",
  "Jay hoots. Someone says, “Ooh, she’s got you on a leash already!”",
  "Ed’s smile stays on his face, but it leaves his eyes. “You ordered for me?”",
  support {
    "Look at Ed, not at the table. “I did. That wasn’t my call to make. I’m "
    .. "sorry.”",
    because = "Saying it plainly, with no excuse, hands his choice back to him. "
      .. "It is awkward now, and it builds trust.",
    effects = { intimacy = "-5", growth = "+5" },
    next = "sunday-morning",
  },
  rescue {
    "Laugh with the table. “Guilty! Somebody has to keep you going till your "
    .. "next birthday, right?”",
    because = "Making it a joke keeps the fix in place, and the laugh feels "
      .. "good now. It also tells him you will do it again.",
    effects = { intimacy = "+5" },
    set = "suggested",
    later = {
      after = 2,
      effects = { resentment = "+10" },
      says = "The joke stuck. At every party now someone says, “Better ask "
        .. "Nina first,” and Ed’s jaw goes tight.",
    },
    next = "sunday-morning",
  },
  neutral {
    "Order a big plate of nachos for the table, on you, and ask who wants the "
    .. "last of the salsa.",
    because = "Changing the subject lets the laugh die down. But Ed is left to "
      .. "guess what you think of him.",
    effects = { intimacy = "-5" },
    next = "sunday-morning",
  },
}

scene "sunday-morning" {
  "A month in. On Sunday you and Ed have plans: the farmers market, then lunch "
  .. "with his sister Carla. You have not met her yet. You bought a new top.",
  "At ten, Ed texts. “Rough night. Can’t do today. So sorry.” He was at "
  .. "Jay’s until three. He is awake. He is just not coming.",
  "A minute later Carla texts you. Ed gave her your number last week. “I’m at "
  .. "the café by the market! Are you two close?” She does not know.",
  support {
    "Text Carla back: “Ed can’t make it today, I’m afraid. I’d still love to "
    .. "meet you, if you’re up for it.”",
    because = "Carla asked you, so you answer her plainly. You give no reason "
      .. "and no sorry for him: why he stayed home is his to tell. It may feel cold to Ed. Your Sunday is still yours.",
    effects = { intimacy = "-5", growth = "+5" },
    later = {
      after = 2,
      effects = { growth = "+5", intimacy = "+5" },
      says = "Ed called Carla himself and said sorry. She told him off, and he "
        .. "took it. “Fair,” he said to you. “I owed her that.”",
    },
    next = "the-plan",
  },
  boundary {
    "Put on the new top and go to the market. Buy Ed the peaches he likes, "
    .. "and leave them at his door.",
    because = "You do what you planned, without him, and you do not cover for "
      .. "him: Carla’s text is his to answer. A boundary is about your own "
      .. "steps, not his.",
    effects = { resentment = "-10", growth = "+5" },
    next = "the-plan",
  },
  rescue {
    "Text Carla back: “He’s asleep.”",
    because = "It is short, and it sounds true enough. But Ed texted you a "
      .. "minute ago: he is awake, and he is just not coming after a night at "
      .. "Jay’s. “Asleep” is a softer story, and he never asked you to tell "
      .. "Carla anything. When he truly is asleep, the same words are just the "
      .. "truth. Here the excuse is yours, and he never has to face her. It "
      .. "keeps the peace now. Later you have to remember your own story.",
    effects = { resentment = "-10", intimacy = "+5" },
    later = {
      after = 2,
      effects = { resentment = "+10" },
      says = "Carla teased Ed about sleeping through lunch. You had to remember "
        .. "your own story. Ed did not even know what you had told her.",
    },
    next = "the-plan",
  },
}

-- ---------------------------------------------------------------- the plan

scene "the-plan" {
  place = "cafe",
  "By spring, Ed drinks most nights. “Just a few,” he says. He is never mean. "
  .. "He just fades, a little at a time, as the night goes on.",
  "On your lunch breaks you read about cutting back. You have made a plan for "
  .. "him: no drinks Monday to Thursday, an app to count them, a run club on "
  .. "Saturdays.",
  "It is printed out and folded in your bag. If he could just see it written "
  .. "down, he would get it.",
  "You have not shown the page to anyone. Only one part of it came from Ed. "
  .. "Last week he said he wanted to get fit. "
  .. "“Find me a run club that isn’t all show-offs? You’re good at that stuff.”",
  discuss = "Nina’s plan is kind and well made. Whose plan is it?",
  rescue {
    "Hand him the page over dinner. “Here’s the run club you asked for.”",
    because = "The run club was his ask. But the page holds your whole plan "
      .. "for his life, with the club on top, and a plan wrapped in a favor is "
      .. "still yours. It "
      .. "feels sweet tonight. But advice he did not ask for can sound like a list "
      .. "of his faults.",
    effects = { resentment = "-10", intimacy = "+5" },
    set = "suggested",
    later = {
      after = 2,
      effects = { resentment = "+10" },
      says = "The page you gave Ed is stuck under a magnet on his fridge, "
        .. "upside down. Neither of you mentions it.",
    },
    next = "ed-bristles",
  },
  self_care {
    "Before you do anything, ask yourself: who is this plan really for? "
    .. "Write the answer on the back of the page.",
    because = "Checking your motive is a pause. Is this for Ed, or for the "
      .. "worry that keeps you up at night?",
    effects = { resentment = "-10", growth = "+5" },
    next = "ed-shrugs",
  },
  support {
    "Keep the page folded in your bag. At dinner, ask him how he feels about "
    .. "his drinking these days. Leave it there.",
    because = "An honest question with no plan behind it leaves the answer to "
      .. "Ed. He may not give the one you hope for.",
    effects = { intimacy = "-5", growth = "+5" },
    set = "asked_ed",
    next = "ed-shrugs",
  },
  support {
    "“I found one near your work. I’ll send you the link.”",
    because = "He asked you to find a run club, so finding one is help he wanted. "
      .. "The rest of the page is a plan for his life he never asked for, and "
      .. "it stays in your bag.",
    effects = { growth = "+5", intimacy = "+5" },
    next = "ed-shrugs",
  },
  rescue {
    "Text Jay: “Coffee this week? I could use a friend who knows Ed.” Jay "
    .. "has known him since school.",
    because = "It sounds like reaching out for support. But the talk will be "
      .. "about Ed’s drinking, with Ed’s oldest friend, and Ed is not "
      .. "there. Your worry turns into a "
      .. "team talking about him. Even a kind team can feel like a trap.",
    effects = { intimacy = "-5" },
    set = { "suggested", "told_jay" },
    next = "ed-bristles",
  },
}

scene "ed-bristles" {
  place = "kitchen",
  { when = "told_jay",
    "Ed comes round that night. “Jay says you’re worried about me. You talked "
    .. "to my friends about me?”" },
  { when = "not told_jay",
    "Ed reads the page. He laughs once, with no fun in it. “No drinks till "
    .. "Friday? A run club? Nina, I’m not a kid.”" },
  "“I like a beer after work. That’s it. I’m not some broken thing you need to "
  .. "fix.”",
  "He goes to the fridge and opens a can. He looks at you while he does it.",
  "Your page has his doctor on it too, just under the run club. He has just "
  .. "told you he does not want fixing.",
  neutral {
    "Put the page in a drawer. Make him a cheese toastie, and ask what he "
    .. "wants to watch tonight.",
    because = "Dropping it keeps the peace tonight. But a plan kept in a "
      .. "drawer means the project is not over.",
    clear = "told_jay",
    later = {
      after = 2,
      effects = { resentment = "+10" },
      says = "The plan is still in your drawer. Each time you see it, you feel "
        .. "a flash of hope, and then a flash of anger.",
    },
    next = "the-cupboard",
  },
  rescue {
    "“If it ever bugs you too, your doctor is a good one to ask. I’ll leave "
    .. "it with you.”",
    because = "Said once, when he asks, with no plan behind it, this can be "
      .. "support. Here the doctor is on your page, and he has just told you "
      .. "he does not want fixing. It sounds gentle, and it calms you now. But it is the "
      .. "same plan, cut down to one line.",
    effects = { intimacy = "+5" },
    clear = "told_jay",
    later = {
      after = 2,
      effects = { resentment = "+10" },
      says = "Ed did not call his doctor. He drank at Jay’s more nights that "
        .. "month, and didn’t tell you. You found out anyway.",
    },
    next = "the-cupboard",
  },
  support {
    "“You’re right. It’s your life, and I wrote a plan for it. I’m sorry. "
    .. "It’s going in the bin.”",
    because = "Taking the plan back shows him his choices count with you. "
      .. "Support is not control.",
    effects = { resentment = "-10", growth = "+5" },
    clear = "told_jay",
    next = "the-cupboard",
  },
  hurtful {
    "Take the can out of his hand and set it in the sink. “I’m saying this "
    .. "because I love you. Right now, you’re acting like a kid.”",
    because = "Hurt met with hurt, dressed up as love. Taking his drink and "
      .. "calling him a kid shames him, and it starts a fight neither of you can "
      .. "win.",
    effects = { resentment = "+10", intimacy = "-10" },
    clear = "told_jay",
    later = {
      after = 1,
      effects = { growth = "-5" },
      says = "Ed stopped drinking at your place. He drank at Jay’s instead, and "
        .. "came home later.",
    },
    next = "the-cupboard",
  },
}

scene "ed-shrugs" {
  place = "kitchen",
  { when = "asked_ed",
    "Ed puts down his fork. He is quiet for so long that you think he will not "
    .. "answer." },
  { when = "not asked_ed",
    "You leave the page where it is. At dinner, it is Ed who brings it up. “You "
    .. "go quiet when I open a second beer. I notice.”" },
  "“My dad drank,” he says. “A lot. I’m not like him. I just like to unwind.” "
  .. "He looks up at you. “Why? Does it bug you?”",
  "He is asking how you feel. The things you looked up are still folded in "
  .. "your bag: your plan for him, from no drinks on weeknights to the app "
  .. "that counts them.",
  discuss = "Ed asks Nina a real question. What would an honest answer sound "
    .. "like, one that does not ask him to change?",
  rescue {
    "“I looked a few things up a while ago. Do you want to see them, or not "
    .. "yet?”",
    because = "It sounds like his choice. But he asked how you feel, not for "
      .. "ideas, and what you looked up is your plan for him, the page in your "
      .. "bag. He has just said he is not like his dad. He has not "
      .. "wondered about his drinking at all. He opened a door, and you "
      .. "carried your plan through it.",
    effects = { intimacy = "-5" },
    set = "suggested",
    clear = "asked_ed",
    next = "ed-bristles",
  },
  support {
    "“Sometimes it does. I get scared when you drink a lot. That’s my "
    .. "feeling. It isn’t yours to fix.”",
    because = "Saying how you feel, without asking him to fix it, is honest. "
      .. "It leaves his choices with him.",
    effects = { growth = "+5", intimacy = "+5" },
    clear = "asked_ed",
    next = "the-cupboard",
  },
  support {
    "“Do you want to talk about your dad, or leave him out of it for "
    .. "tonight?”",
    because = "Asking what he wants lets him lead. You follow where he goes, "
      .. "and you do not steer.",
    effects = { intimacy = "+5" },
    clear = "asked_ed",
    next = "the-cupboard",
  },
  neutral {
    "“I just want you happy, that’s all. Here, have the last of the rice.”",
    because = "Taking it back skips a hard moment. It also hides how you "
      .. "really feel, from him and maybe from you.",
    effects = { intimacy = "-5" },
    clear = "asked_ed",
    next = "the-cupboard",
  },
  support {
    "“If it ever bugs you too, your doctor is a good one to ask. I’ll leave "
    .. "it with you.”",
    because = "He asked, and “too” tells him it bugs you. Saying once where help "
      .. "is, with no push, is support. There is no plan on the table. Whether "
      .. "he goes is his. He may bristle now, and that is his too.",
    effects = { intimacy = "-5", growth = "+5" },
    clear = "asked_ed",
    next = "the-cupboard",
  },
}

-- ---------------------------------------------------------------- covering

scene "the-cupboard" {
  place = "kitchen",
  "A Saturday in June. Ed gave you a key last month. He is at work till two, "
  .. "and you came over early to surprise him.",
  "At eight he texted you: “Could you put my recycling out? Truck comes at "
  .. "nine. You’re a star.”",
  "You open the cupboard for a mug. Behind the cereal is a row of bottles. By "
  .. "the back door, the recycling box is full of empties.",
  "Your heart beats fast. Nobody would know if a few of the full ones were "
  .. "gone.",
  rescue {
    "Carry the recycling out before nine. Take two of the full bottles out "
    .. "with it, to make a bit of room in his cupboard.",
    because = "It looks like tidying, and it feels like keeping him safe. He "
      .. "asked only for the recycling. It is his home and his choice. Quietly getting rid of his drink makes you the guard.",
    effects = { resentment = "-10" },
    set = "poured",
    next = "bottles-gone",
  },
  hurtful {
    "Leave the box by the door. Rinse every empty, and line them up on his "
    .. "counter in neat rows, so he sees them the moment he walks in.",
    because = "It says what you feel without a word. But it is shame, not "
      .. "talk. He will feel caught and judged, and he will hide more.",
    effects = { resentment = "+10", intimacy = "-10" },
    next = "the-boss-calls",
  },
  self_care {
    "Sit on his front step and text Rosa: “Free for lunch? I found something "
    .. "at Ed’s, and I don’t know what to do.”",
    because = "The lunch is for you: taking your worry to a friend gives it "
      .. "somewhere to go that is not Ed. That is seeking support.",
    effects = { resentment = "-10" },
    set = "told_rosa",
    next = "the-boss-calls",
  },
  support {
    "Shut the cupboard. Carry the box of empties out to the curb before nine. "
    .. "Then make a coffee and read till his key turns.",
    because = "He asked for a hand with a chore, and you gave it. The bottles "
      .. "are still his to count, not yours. Your worry is real, and it can wait "
      .. "for a good time to say so.",
    effects = { growth = "+5", intimacy = "+5" },
    later = {
      after = 2,
      effects = { intimacy = "+5" },
      says = "Ed thanked you for the recycling and made you pancakes. That "
        .. "night, he asked why you had gone quiet, and you told him, once.",
    },
    next = "the-boss-calls",
  },
}

scene "bottles-gone" {
  place = "kitchen",
  "That night Ed opens the cupboard. He stops. He moves the cereal and counts "
  .. "under his breath.",
  "“Where are they?” He is not shouting. That is worse. He knows what you "
  .. "did. He is waiting to hear you say it.",
  support {
    "“I poured them out. That was your call, not mine, and I’m sorry.” Put "
    .. "the money for them on his counter.",
    because = "He is waiting to hear you say it, so you say it plainly. It was "
      .. "his home and his choice. Owning it, and paying for what you took, "
      .. "gives him back his say: what he buys with it is his. You treat him "
      .. "as a grown man, and yourself as one who can own a mistake.",
    effects = { resentment = "-10", growth = "+5", intimacy = "-5" },
    next = "the-boss-calls",
  },
  hurtful {
    "Take his hand. “I’m only asking because I care. Doesn’t it worry you "
    .. "that you noticed so fast?”",
    because = "It sounds like honesty, but it puts your act on him. Blame "
      .. "turns his hurt into a fight he has to win.",
    effects = { resentment = "+10", growth = "-5" },
    next = "the-boss-calls",
  },
  rescue {
    "Take his hands, and ask him to sit down with you. “I was scared for "
    .. "you. Let’s start with that part, and then the rest.”",
    because = "He softens, because the fear is real. But he is waiting for you "
      .. "to own what you did, and you move straight to your fear. He has to put "
      .. "his hurt away, and the choice you took from him is still gone.",
    effects = { intimacy = "+5" },
    later = {
      after = 1,
      effects = { resentment = "+10" },
      says = "Ed was sweet that night. By the weekend he had moved his bottles "
        .. "to the trunk of his car.",
    },
    next = "the-boss-calls",
  },
}

scene "the-boss-calls" {
  place = "bedroom",
  "Monday, 7:40 in the morning. Ed stayed at your place. He was out late with "
  .. "Jay, and now he is a lump under the blanket.",
  "His phone buzzes on the nightstand. It says: Sal, Work.",
  "Ed groans into the pillow. “Tell him I’m sick. Please, babe. Just this once.”",
  "He is awake enough to talk. He just doesn’t want to.",
  discuss = "Ed asks for help. Why might saying yes still be a rescue?",
  notes = "This is a request, not a fix Nina pushes on Ed, so many groups call "
    .. "the lie support. Ask what the call would teach Ed, and what it would "
    .. "cost Nina. Making excuses is one of the most common ways loving people "
    .. "get pulled in.",
  support {
    "Shake him gently and put the phone in his hand. “It’s Sal. Want to "
    .. "take it?”",
    because = "You stay kind and close, and his job stays his. That is what "
      .. "support looks like on a hard morning.",
    effects = { growth = "+5", intimacy = "-5" },
    later = {
      after = 1,
      effects = { intimacy = "-5" },
      says = "Ed was short with you all morning. “You could have just answered "
        .. "it,” he said, and left without his coffee.",
    },
    next = "rosa-at-work",
  },
  rescue {
    "Pick up, warm and easy. “Hi Sal, it’s Nina. Ed’s got a fever. I’ll have "
    .. "him call you back.”",
    because = "The excuse spares him a hard call now, and he is grateful. It "
      .. "also spares him the cost that might help him see what is going on.",
    effects = { resentment = "-10", intimacy = "+5" },
    later = {
      after = 2,
      effects = { resentment = "+10", growth = "-5" },
      says = "Two Mondays later, Sal called again. This time Ed did not even "
        .. "ask. He just handed you the phone.",
    },
    next = "rosa-at-work",
  },
  boundary {
    "Let it ring. Set a coffee and a glass of water by the bed, and kiss the "
    .. "top of his head.",
    because = "He asked you to lie to Sal, and he is awake enough to call. "
      .. "Letting it ring is a clear no to covering for him, not a no to him. He "
      .. "is cross with you now. The call is left with him.",
    effects = { resentment = "+10", growth = "+5", intimacy = "-5" },
    later = {
      after = 2,
      effects = { growth = "+5", intimacy = "+5" },
      says = "Ed called Sal himself that morning. “He was fine about it,” he "
        .. "told you later. “I feel better for doing it myself.”",
    },
    next = "rosa-at-work",
  },
}

-- ---------------------------------------------------------------- the people around her

scene "rosa-at-work" {
  place = "restaurant",
  "Tuesday lunch at the Blue Door, where you wait tables. Between orders you "
  .. "check your phone. Has Ed texted? Did he make it to work?",
  { when = "told_rosa",
    "Rosa, who works the tables next to yours, has not forgotten your text. "
    .. "She catches you by the coffee machine." },
  { when = "not told_rosa",
    "Rosa, who works the tables next to yours, catches you by the coffee "
    .. "machine." },
  "“That’s ten times you’ve checked that phone,” she says. “What’s going on "
  .. "with you?”",
  self_care {
    "Tell her the truth. “I’m so tired, Rosa. I watch him all the time, and I "
    .. "can’t stop.”",
    because = "Saying it out loud to a friend is seeking support. You let "
      .. "someone help with your part of this: the worry.",
    effects = { resentment = "-10", growth = "+5" },
    set = "got_support",
    clear = "told_rosa",
    later = {
      after = 2,
      effects = { growth = "+5" },
      says = "Rosa checks in with you most Tuesdays now. Some weeks you talk "
        .. "about Ed. Most weeks you don’t.",
    },
    next = "moms-dinner",
  },
  rescue {
    "“It’s Ed. I keep thinking I could help him more. What would you do?”",
    because = "It sounds like asking a friend for help. But Rosa asked about "
      .. "you, and what you ask her for is a way to work on Ed. A new idea feels "
      .. "like hope. Your own part stays hidden.",
    effects = { resentment = "-10" },
    clear = "told_rosa",
    later = {
      after = 2,
      effects = { resentment = "+10", growth = "-5" },
      says = "Rosa said to keep the beer at the back of the fridge. Ed found "
        .. "it in a minute. He laughed, and it was not a nice laugh.",
    },
    next = "moms-dinner",
  },
  neutral {
    "“You’re sweet. I’m fine, honest.” Then carry her soup out to table six, "
    .. "so she can sit down for a minute.",
    because = "Helping her is kind, and keeping busy is how you get through. But “fine” keeps the "
      .. "people who care about you at arm’s length.",
    effects = { resentment = "+10" },
    clear = "told_rosa",
    next = "moms-dinner",
  },
}

scene "moms-dinner" {
  place = "parents-house",
  "Sunday dinner at your mom’s. Your youngest brother Danny is there. Ed "
  .. "brought a six-pack, and he is on his fourth. He has had the whole week "
  .. "off work.",
  "He tells a long, loud story and knocks red wine onto Mom’s good tablecloth. "
  .. "Everyone laughs. Ed laughs hardest.",
  "Mom waves you into the kitchen. “Grab the salt, honey, quick, before it "
  .. "sets.” Then she squeezes your arm. “He’s a good one. A bit of a party "
  .. "boy. You’ll straighten him out. You always do.”",
  "Danny leans in the doorway. “Leave the guy alone, Nina. You fix everybody.”",
  discuss = "Mom and Danny both see Nina as the fixer. How might that shape "
    .. "what she does with Ed?",
  notes = "Nina learned early to be the one who keeps the family steady. Mom's "
    .. "praise and Danny's jab are two sides of the same role. Invite the group "
    .. "to notice the role, not to judge the family.",
  boundary {
    "Sprinkle the salt on Mom’s cloth with her. “Ed’s his own job, Mom. Now, "
    .. "how was your week?”",
    because = "Leaving Ed to Ed, out loud, is a start: you turn down the job "
      .. "Mom just gave you. Mom goes quiet. You do "
      .. "not have to be the one who fixes the family, or your partner.",
    effects = { growth = "+5" },
    next = "watching-me",
  },
  rescue {
    "Put an arm around Mom. “He works so hard, Mom. He’s earned a night "
    .. "off.”",
    because = "It sounds like small talk. But he had the week off. "
      .. "You are explaining Ed for him, with a story he never told. Each excuse "
      .. "makes it harder for anyone, Ed too, to see what is there.",
    effects = { intimacy = "+5" },
    later = {
      after = 2,
      effects = { resentment = "+10", growth = "-5" },
      says = "Mom tells your aunt that Ed is “such a sweetheart.” You are the "
        .. "only one who knows how much of that was you.",
    },
    next = "watching-me",
  },
  support {
    "Grab the salt and help Mom blot the red wine out of her good cloth.",
    because = "Mom asked you for the salt and a hand with her cloth, so you "
      .. "give it. A stain is just a stain. The sorry for the wine is still "
      .. "Ed’s to say, if he wants to.",
    effects = { growth = "+5" },
    next = "watching-me",
  },
}

scene "watching-me" {
  place = "street",
  "You walk home from your mom’s. The streets are quiet. Ed is quiet too.",
  "Then he stops under a streetlight. “Can I say something? You watch me. "
  .. "Every drink. I see you count. I feel like a project you’re working on.”",
  { when = "suggested",
    "“The plans, the little hints. You never let it go.”" },
  { when = "poured",
    "“And my bottles, Nina. In my own house.”" },
  "He does not sound angry. He sounds tired.",
  "He had five at your mom’s. Since spring, you have told him at every party "
  .. "that five is a lot for you.",
  discuss = "Ed says he feels like a project. What is it like to be watched "
    .. "closely by someone who loves you?",
  notes = "This is the turn of the story. In the article it grew from, Ed "
    .. "resents Nina's suggestions and ends things. Groups often want Nina to "
    .. "argue her case here. Ask: is it possible to be right about the drinking "
    .. "and still be doing something that hurts?",
  support {
    "“You’re right. I’ve been trying to change you. That isn’t fair to you. "
    .. "I’m going to stop.”",
    because = "Seeing the pattern and saying it plainly is the turn. It stings "
      .. "now. You can care about his drinking without trying to run it.",
    effects = { resentment = "-10", growth = "+5", intimacy = "-5" },
    later = {
      after = 2,
      effects = { growth = "+5", intimacy = "+10" },
      says = "Ed said it is easier to be around you lately. “It’s like you’re "
        .. "on my side now, not on my case.”",
    },
    clear = { "suggested", "poured" },
    next = "sleepless",
  },
  rescue {
    "“I only do it because I love you. If you tried a little, I could stop "
    .. "worrying so much.”",
    because = "The love is real. But “if you change, I’ll feel better” puts your "
      .. "calm in his hands, and his drinking in yours.",
    effects = { resentment = "+10", intimacy = "-5" },
    clear = { "suggested", "poured" },
    next = "sleepless",
  },
  hurtful {
    "“Okay. You won’t have to feel watched anymore.” Walk on ahead, fast, and "
    .. "don’t look back at him.",
    because = "His words stung, so you stung back and left him there. It ends "
      .. "the talk, but it tells him his feelings cost too much.",
    effects = { resentment = "+10", intimacy = "-10" },
    clear = { "suggested", "poured" },
    next = "sleepless",
  },
  boundary {
    "Take his hand and keep walking. “Tomorrow I’ll make us pancakes, and we’ll "
    .. "talk about this properly.”",
    because = "He has had a few drinks, so picking a better time is not "
      .. "dodging. He shrugs, a little hurt. Hard talks go better when you are "
      .. "both sober and rested.",
    effects = { growth = "+5", intimacy = "-5" },
    clear = { "suggested", "poured" },
    next = "sleepless",
  },
  rescue {
    "Say it quietly: “Five is a lot for me. It makes me uneasy.”",
    because = "Said once, on a third date, it was a worry. Now you have said it "
      .. "at every party since spring, and he has just told you he feels "
      .. "counted. Said again, it is the count out loud: you are still the one "
      .. "keeping score of his drinking. It eases you now. Later he hides the "
      .. "number.",
    effects = { resentment = "-10" },
    later = {
      after = 2,
      effects = { resentment = "+10", intimacy = "-5" },
      says = "Ed had five at Jay’s, and he told you it was three. You had "
        .. "counted. You said nothing, and it ate at you all night.",
    },
    clear = { "suggested", "poured" },
    next = "sleepless",
  },
}

-- ---------------------------------------------------------------- Nina's own side

scene "sleepless" {
  place = "bedroom-night",
  "Friday, three in the morning. Ed is out with Jay. You are in bed with your "
  .. "phone, watching a little dot that shows where he is. It has not moved for "
  .. "an hour.",
  "At six he said, “Don’t wait up. I’ll get a cab.” Your jaw aches from "
  .. "clenching it. This week you snapped at a customer over a spoon. You are "
  .. "so tired that your eyes sting.",
  self_care {
    "Look up the groups in town about drinking. Pick one that meets next "
    .. "Thursday, and write down the time.",
    because = "The group you pick is for people who love someone who drinks, so "
      .. "it is for you, not Ed. There is help for you too, and asking for it "
      .. "takes strength.",
    effects = { growth = "+5" },
    set = "later_week",
    next = "the-group",
  },
  rescue {
    "Text Ed: “On my way. Which door?”",
    because = "A lift is help when he asks for one. Tonight nobody asked: he "
      .. "said he would get a cab, and told you not to wait up. Your fear is "
      .. "real, but this runs his night from your bed at three. He writes "
      .. "back, “Got a cab. Sleep.” You don’t.",
    effects = { resentment = "+10", growth = "-5" },
    next = "three-am",
  },
  it_depends {
    "Text Jay: “Is Ed with you?” Then put the phone down.",
    because = "If you are truly scared for his safety, asking once is fair, "
      .. "and it lets you sleep. If you ask Jay to watch him or bring him home, "
      .. "it turns into a rescue.",
    effects = { resentment = "-10" },
    later = {
      after = 1,
      effects = { intimacy = "-5" },
      says = "Jay told Ed you had texted. Ed said nothing, but he turned off "
        .. "the map on his phone that week.",
    },
    next = "three-am",
  },
  neutral {
    "Stay up for him with the porch light on and the kettle full, so he comes "
    .. "home to something warm.",
    because = "Waiting up feels like the least you can do. But it costs you a "
      .. "night and changes nothing for him.",
    effects = { resentment = "+10" },
    next = "three-am",
  },
  self_care {
    "Plug your phone in across the room, and set Ed’s favourite mug out for "
    .. "the morning. Then turn out the light and sleep.",
    because = "You can’t control where he is tonight. The mug is love; the "
      .. "phone across the room is you looking after the one person in this bed. Rest is care too.",
    effects = { resentment = "-10" },
    next = "three-am",
  },
}

scene "the-group" {
  place = "meeting-room",
  "Thursday evening. A church hall, a ring of folding chairs, a big pot of "
  .. "coffee. It is a group for family and friends of people who drink.",
  "People take turns. A woman talks about her son. A man talks about his wife "
  .. "of thirty years. A young guy cries, and nobody rushes to fix it.",
  "You came hoping to learn what makes a person stop. The leader says, “We "
  .. "can’t make anyone drink, and we can’t make anyone stop. We can look after "
  .. "ourselves.”",
  "On the way in, a woman told you, “Some of us see a counselor too, just "
  .. "for ourselves.”",
  "Your hands are shaking. It is a lot. You are not sure you can stay.",
  discuss = "Nina finds the group hard. Does that mean it is not for her?",
  notes = "In the article, Nina tried meetings, found them too much, and read "
    .. "the books instead. There is no one right way to get support. If a "
    .. "member of the group is thinking of trying a meeting, it is fine to say "
    .. "that groups differ and a first visit can feel like this.",
  self_care {
    "Stay to the end, and take a booklet from the table. Read it in bed, every "
    .. "page, with a pen in your hand.",
    because = "You do not have to speak to be helped. The booklet is about you, "
      .. "not Ed, and hearing people who feel what you feel can show you that "
      .. "you are not alone.",
    effects = { resentment = "-10", growth = "+5" },
    set = "got_support",
    next = "three-am",
  },
  rescue {
    "Stay to the end, and fill two pages of notes while people talk. Read "
    .. "them over on the bus: what each one tried at home, and what worked.",
    because = "You came for your own support and turned it into a study of "
      .. "Ed. The group can’t help you while you are still working on him.",
    effects = { growth = "-5" },
    next = "three-am",
  },
  self_care {
    "Slip out at the break. In the morning, ring your doctor and book "
    .. "yourself a time. “It’s about my partner’s drinking.”",
    because = "The visit is for you, about what his drinking does to you. It "
      .. "is too much tonight, and that is allowed. A group is not the "
      .. "only kind of help. Asking for a counselor for yourself is still "
      .. "seeking support.",
    effects = { growth = "+5" },
    next = "the-counselor",
  },
}

scene "the-counselor" {
  place = "counselling-room",
  "The counselor’s room is small and warm, with a plant in the window. She "
  .. "asks about Ed for a few minutes. Then she asks about you.",
  "“What do you think would happen,” she says, “if you stopped trying to "
  .. "change him?”",
  self_care {
    "Think about it. “I’d be scared all the time. And he’d still be Ed. Maybe "
    .. "that’s the part I can’t stand.”",
    because = "Looking at your own fear, not at Ed, is what this hour is for. "
      .. "Seeing it is the first step out of the job.",
    effects = { resentment = "-10", growth = "+10" },
    set = "got_support",
    next = "three-am",
  },
  it_depends {
    "Near the end, ask her where a man like Ed could go for help, and write "
    .. "down the name she gives you.",
    because = "If you keep the name and pass it on once, when he wants it, it "
      .. "helps. If it turns into one more plan for his life, it is a rescue, and "
      .. "your hour has become his.",
    effects = { growth = "+5" },
    set = "got_support",
    later = {
      after = 2,
      effects = { intimacy = "-5" },
      says = "The name sat in your purse all week. Twice you nearly brought it "
        .. "up with Ed, and twice you felt your jaw go tight.",
    },
    next = "three-am",
  },
  self_care {
    "“I think I’ve done this since I was a kid. With my mom.” Then let "
    .. "yourself cry.",
    because = "The pull to fix often starts long before the person you are "
      .. "fixing. Letting yourself feel it is where change starts.",
    effects = { resentment = "-10", growth = "+5" },
    set = "got_support",
    next = "three-am",
  },
}

-- ---------------------------------------------------------------- the bad night

scene "three-am" {
  place = "doorway",
  { when = "later_week",
    "The next Friday, Ed is out with Jay again. You fall asleep early." },
  "At ten to four, a key scrapes at the lock, then scrapes again. Ed comes in "
  .. "loud. He is very drunk. He knocks over a chair and laughs at it.",
  "He sits down hard on the couch and sways. He sees you in the doorway. “Go "
  .. "on,” he says. “Say it. I know you want to.”",
  "All week you have held it in. It is right there on your tongue. Then a "
  .. "question stops you: is it safe to say this now?",
  "Here is what is true. A big talk with someone this drunk, in the middle of "
  .. "the night, can’t land. It can turn ugly fast. Safety comes first: yours, "
  .. "and anyone else’s in the house. The talk can wait until he is sober.",
  "Ed has never been rough with you. But if he ever threatens you or gets "
  .. "rough, you leave and call the emergency number. Limits with someone who "
  .. "may be dangerous are not something to work out alone. Make that plan "
  .. "with a professional, like a helpline or a counselor.",
  discuss = "Is it safe to say this now? What comes first when someone is "
    .. "very drunk in the middle of the night?",
  notes = "This is the story's safety moment. Ed is never rough, so the "
    .. "choices are about timing and care, not danger. Say plainly: no big "
    .. "talks with someone drunk at night; safety first; talk when he is "
    .. "sober. If he cannot be woken, or his breathing is slow or odd, call "
    .. "the emergency number. If anyone in the group lives with someone who "
    .. "threatens or hurts them when drinking, that is not a skill to practise "
    .. "here: leaving, calling for help and a plan made with a professional "
    .. "come first. Share the local helpline numbers.",
  boundary {
    "“Not tonight, love. We’ll talk when you’re sober.” Go back to bed and "
    .. "shut the door behind you.",
    because = "Waiting until he is sober is not giving in. He calls after you, "
      .. "hurt. A talk can only land when he can hear it and you are both safe.",
    effects = { intimacy = "-5" },
    clear = "later_week",
    next = "the-couch",
  },
  hurtful {
    "Say all of it, now, while it’s fresh. “Look at you. You can’t even find "
    .. "your own lock.”",
    because = "It lets out a week of hurt. But he is too drunk to hear it, and "
      .. "a fight at four in the morning is not safe for either of you.",
    effects = { resentment = "+10", intimacy = "-10" },
    clear = "later_week",
    next = "the-couch",
  },
  support {
    "Get him onto his side on the couch. Put water by him. Check he’s "
    .. "breathing easy before you go to bed.",
    because = "Tonight he is too drunk to look after himself, so doing it for "
      .. "him is care, not a takeover. Safety comes first. If he can’t be woken, or his "
      .. "breathing is slow or odd, call the emergency number. The talk can wait "
      .. "until he is sober.",
    effects = { growth = "+5", intimacy = "+5" },
    clear = "later_week",
    next = "the-couch",
  },
  self_care {
    "Take your pillow and your phone to the other room. Shut the door. The "
    .. "talk can wait for daylight.",
    because = "Keeping yourself safe and rested comes first. He may feel shut "
      .. "out tonight. Stepping away now is not running from the talk.",
    effects = { intimacy = "-5" },
    clear = "later_week",
    next = "the-couch",
  },
  rescue {
    "Sit down by him and rub his back. “Everyone has nights like this, love. "
    .. "Tomorrow is a new day.”",
    because = "Smoothing it over feels kind now. But you told him how to feel "
      .. "about his own night. It says the night cost nothing, and your own hurt "
      .. "goes underground.",
    effects = { resentment = "-10", intimacy = "+5" },
    clear = "later_week",
    later = {
      after = 1,
      effects = { resentment = "+10" },
      says = "What you swallowed that night came out a week later, over a wet "
        .. "towel on the floor.",
    },
    next = "the-couch",
  },
}

scene "the-couch" {
  place = "living-room",
  "Saturday morning. Ed is asleep on your couch in his clothes. A glass lies "
  .. "broken on the kitchen floor. There is a pizza box on the rug.",
  "Your phone buzzes. It is Carla, his sister. “Is Ed coming? Lily keeps asking.” "
  .. "Lily is Carla’s little girl. Ed promised to watch her soccer game at ten. It "
  .. "is ten now.",
  "The phone buzzes right by his head, and Ed does not stir. He is fast "
  .. "asleep. He could be woken, with a shake.",
  discuss = "Which parts of this morning are Nina’s to deal with, and which "
    .. "are Ed’s?",
  notes = "Sweeping up broken glass is just sense; no one should step on it. "
    .. "The question is the rest: the sorry and the promise to Carla made for "
    .. "him, and what Ed gets to see of the night. If a group member raises danger, such as drinking and driving, "
    .. "say plainly that safety comes first and calling for help then is right. "
    .. "This story keeps to everyday moments.",
  rescue {
    "Let him sleep. Text Carla: “Not today, sorry. Good luck to Lily from us "
    .. "both!”",
    because = "It is kind to Lily and polite to Carla. But he can be woken, "
      .. "the sorry was his to say, and “from us both” speaks for him. Ed "
      .. "never has to face what the night cost.",
    effects = { intimacy = "+5" },
    later = {
      after = 1,
      effects = { resentment = "+10", growth = "-5" },
      says = "Ed never called Carla. Your text had said sorry for him. Lily "
        .. "asked her mom why Uncle Ed is always sick on game days.",
    },
    next = { { when = "resentment >= 40", "ed-shuts-door" }, "ed-wonders" },
  },
  support {
    "Text Carla back: “He’s asleep.”",
    because = "He is asleep on your couch, so your text is true, and it says "
      .. "no sorry and no story for him. The promise to Lily is his to see and "
      .. "his to explain. It may feel cold now. It is honest.",
    effects = { growth = "+5", intimacy = "-5" },
    later = {
      after = 1,
      effects = { growth = "+5", intimacy = "+5" },
      says = "Ed saw the pizza box, and the texts from Carla. He sat with his head "
        .. "in his hands for a long time. Then he called Lily to say sorry.",
    },
    next = { { when = "resentment >= 50", "ed-shuts-door" }, "ed-wonders" },
  },
  boundary {
    "Make him a strong coffee and set it by his head, with his phone. Then go "
    .. "out and get on with your Saturday.",
    because = "You do not cover for him with Carla: his phone and his promise "
      .. "are by his hand. You go and live your day, and the talk waits till "
      .. "he is sober.",
    effects = { resentment = "-10", growth = "+5" },
    next = { { when = "resentment >= 40", "ed-shuts-door" }, "ed-wonders" },
  },
}

scene "ed-shuts-door" {
  place = "doorway",
  "That evening you find Ed on the back step. When he sees you, he stands up.",
  "“Don’t,” he says. “I know what you’re going to say.” He goes inside and "
  .. "turns on the TV, loud.",
  support {
    "Let him be. Later, leave a helpline card on the table and say once: "
    .. "“This is here if you want it.”",
    because = "Help exists, and reaching for it is his to do. Offering it once, "
      .. "and no more, is care without control.",
    effects = { growth = "+5" },
    set = "left_card",
    next = "the-line",
  },
  hurtful {
    "Follow him in and sit beside him. “I only want to help, Ed. Lily kept "
    .. "asking for you all morning.”",
    because = "It is true, and you are scared. But he said don’t, and telling "
      .. "him he let a child down is a punishment dressed as help, not a talk. "
      .. "People who feel cornered defend.",
    effects = { resentment = "+10", intimacy = "-10" },
    next = "the-line",
  },
  self_care {
    "Bring him a plate of toast and a blanket, and leave him to his TV. Then "
    .. "grab your jacket and walk by the river till the light goes.",
    because = "He said don’t, and his mood is his. Toast is just kindness. Your evening is yours. Looking after yourself "
      .. "is not walking out on him.",
    effects = { resentment = "-10" },
    later = {
      after = 1,
      effects = { intimacy = "+5" },
      says = "When you got back, Ed had washed the dishes. He didn’t say why. "
        .. "He didn’t need to.",
    },
    next = "the-line",
  },
}

scene "ed-wonders" {
  place = "doorway",
  "That evening you find Ed on the back step. He does not get up. He moves over "
  .. "to make room.",
  "“I missed Lily’s game,” he says. “I don’t even remember coming in.” A long "
  .. "quiet. “Maybe I drink too much. I don’t know.”",
  "Your heart jumps. This is what you have hoped for all year. On your phone "
  .. "is a list: a doctor, a helpline, a meeting near his work.",
  discuss = "Ed says the thing Nina has waited months to hear. Why is this the "
    .. "hardest moment not to take over?",
  notes = "Players who chose support all the way through often take the rescue "
    .. "here, because it looks like the reward. Slow down and ask whose first "
    .. "step it is. Offering what is known, when asked, is fine; booking it for "
    .. "him is not.",
  support {
    "Sit down next to him and pull the blanket round you both. Say nothing "
    .. "for a while.",
    because = "The quiet may feel like too little. But it gives him room to "
      .. "hear his own thoughts, not yours.",
    effects = { intimacy = "-5" },
    set = "ed_opened",
    later = {
      after = 1,
      effects = { growth = "+10", intimacy = "+10" },
      says = "Ed told you the quiet was what he needed. “If you’d pushed, I "
        .. "would have shut down. I always do.”",
    },
    next = "ed-tries",
  },
  rescue {
    "Take his hand, and hold it a while. “Hey. One bad night doesn’t make "
    .. "you your dad. Let it go, and come back to bed.”",
    because = "It is meant as comfort, and he smiles. But he was starting to "
      .. "look at his own drinking, and you talked him out of it. His worry was "
      .. "his to sit with.",
    effects = { resentment = "-10", intimacy = "+5" },
    set = "ed_opened",
    later = {
      after = 1,
      effects = { growth = "-10" },
      says = "A week later Ed said, “You told me yourself, I’m fine.” He said "
        .. "it like a door closing.",
    },
    next = "ed-tries",
  },
  it_depends {
    "“I looked a few things up a while ago. Do you want to see them, or not "
    .. "yet?”",
    because = "Tonight he wonders about his drinking himself. If he says yes "
      .. "and picks his own next step, it helps. If you push the list on him, "
      .. "or book it for him, it turns into a rescue.",
    effects = { growth = "+5", intimacy = "+5" },
    set = "ed_opened",
    next = "ed-tries",
  },
  support {
    "Put your phone face down on the step, list and all, and turn to him.",
    because = "The list can wait; he has not asked for it. Letting him go at his own pace lets him say what he needs. The hardest part of "
      .. "support is letting his moment stay his.",
    effects = { growth = "+5", intimacy = "+5" },
    set = "ed_opened",
    next = "ed-tries",
  },
  rescue {
    "“I found one near your work. I’ll send you the link.”",
    because = "When he asked you to find him a run club, this was help. Tonight "
      .. "he only wondered out loud, and he asked for nothing. The meeting on "
      .. "your list becomes your plan for his first step. It feels like "
      .. "support now. Later he goes for you, not for him.",
    effects = { intimacy = "+5", growth = "+5" },
    set = { "ed_opened", "took_over" },
    later = {
      after = 1,
      effects = { resentment = "+10", growth = "-10" },
      says = "Ed went to one meeting, for you. He told you about it like a "
        .. "report to his boss. He did not go back.",
    },
    next = "ed-tries",
  },
}

scene "ed-tries" {
  place = "phone-night",
  { when = "took_over",
    "Ed agrees to your plan: no drinks on weeknights. He says it the way you "
    .. "say yes to the dentist." },
  { when = "not took_over",
    "A few days later, Ed tells you his plan. No drinks on weeknights. He has "
    .. "booked a visit with his own doctor. “My idea,” he says. “Don’t make a "
    .. "big deal.”" },
  "The first week, he is grumpy but he sticks to it. Then comes Thursday, and "
  .. "Jay’s new job party. Ed took the bus there, so he would not drive.",
  "At eleven, your phone lights up. “Had a few. Sorry. I know. Last bus is "
  .. "gone. Could you come and get me?”",
  discuss = "Ed slips. What does Nina want to do? What might Ed need?",
  notes = "Change is not a straight line. Slips are common and are part of how "
    .. "people learn. The pull to take over is strongest right after a slip. "
    .. "A ride he asks for, so no one drives drunk, is not the same as taking "
    .. "over his plan.",
  rescue {
    "Text back: “That’s on Jay, not you. He never lets anyone leave early.”",
    because = "It feels kind, and he is grateful. But you took the slip off "
      .. "his shoulders and put it on Jay’s. It was his to own and learn from.",
    effects = { resentment = "-10", intimacy = "+5" },
    later = {
      after = 1,
      effects = { growth = "-10" },
      says = "The next time Ed drank on a weeknight, he said, “Jay kept buying "
        .. "rounds.” He was using your words.",
    },
    next = "the-line",
  },
  support {
    "Text Ed: “On my way. Which door?”",
    because = "He asked, the last bus is gone, and it keeps him off the road. "
      .. "You drive him home and talk about the radio. A ride is not a verdict, "
      .. "and the slip stays his to think about. It costs you a late night.",
    effects = { resentment = "+10", intimacy = "+5" },
    later = {
      after = 1,
      effects = { growth = "+5" },
      says = "Next morning Ed said, “Thanks for not making it a thing.” That "
        .. "week he told his doctor about Thursday himself.",
    },
    next = "the-line",
  },
  hurtful {
    "Text back: “I’m saying this because I care, Ed. One week. You couldn’t "
    .. "even make it one week.”",
    because = "It sounds like honesty from someone who cares. But it shames "
      .. "him for telling you the truth. Next time, telling you will feel less "
      .. "safe.",
    effects = { resentment = "+10", intimacy = "-10" },
    next = "the-line",
  },
  rescue {
    "Call him. “Stay put, I’m coming. Next party, we’ll go together.”",
    because = "It sounds close and kind, and the ride is fine. But at the first "
      .. "slip his plan turns into yours: you go to the parties and watch the "
      .. "clock. A slip is his to learn from.",
    effects = { resentment = "+10", growth = "-5" },
    set = "took_over",
    next = "the-line",
  },
  boundary {
    "Text back: “Thanks for telling me, love. Here’s the number for a cab.”",
    because = "Telling you was his step, and calm meets it. You stay in bed: "
      .. "getting home is his to sort, and a cab keeps him off the road. He may "
      .. "be hurt that you did not come.",
    effects = { growth = "+5", intimacy = "-5" },
    next = "the-line",
  },
}

-- ---------------------------------------------------------------- her line

scene "the-line" {
  place = "kitchen",
  "Sunday morning. You sit at your own kitchen table with a coffee and a "
  .. "notebook. For once, you are thinking about you.",
  "What do you want? What will you do, and what won’t you do, whatever Ed "
  .. "does?",
  "One thing you know about yourself: you have said “I’ll go” in your head a "
  .. "hundred times, hoping he would hear it. You have never once packed a bag.",
  "Rosa keeps asking you to join her Tuesday pottery class. Tuesday is Ed’s "
  .. "night off, so you always say no.",
  discuss = "What is the difference between a boundary and a threat?",
  notes = "A boundary is about what Nina will do. A threat she does not mean is "
    .. "one more try at changing Ed. The same words can be either; the "
    .. "difference is the aim.",
  boundary {
    "Make Ed pancakes, and tell him over them: “I’ll leave the porch light on "
    .. "for you. And I’ll be asleep by eleven, whatever time you get in.”",
    because = "A boundary says what you will do, not what he must do. It holds "
      .. "whether he drinks or not.",
    effects = { resentment = "-10", growth = "+5", intimacy = "-5" },
    later = {
      after = 1,
      effects = { growth = "+5", intimacy = "+10" },
      says = "Ed thought about what you said all week. “I like that you told "
        .. "me straight,” he said. “No games.”",
    },
    next = "last-talk",
  },
  neutral {
    "Close the notebook, and ring Ed to plan a weekend away by the sea. See "
    .. "how next month goes.",
    because = "Waiting can be wise. But not deciding often means the old "
      .. "habits decide for you.",
    next = "last-talk",
  },
  rescue {
    "Tell Ed, softly: “I can’t keep watching this. If the drinking doesn’t "
    .. "stop, I’ll go.”",
    because = "A threat you hope will scare him is one last try at control. "
      .. "It aims at changing him, not at caring for you.",
    effects = { resentment = "+10" },
    set = "ultimatum",
    next = "last-talk",
  },
  self_care {
    "Say yes to Rosa’s pottery class, and pay for the whole term up front. "
    .. "She has asked you for months.",
    because = "A full life of your own makes it easier to let go of his. He "
      .. "may sulk now. Your evenings are not a waiting room.",
    effects = { growth = "+5", intimacy = "-5" },
    later = {
      after = 1,
      effects = { growth = "+5", intimacy = "+5" },
      says = "Ed grumbled about Tuesdays at first. By the third week, he asked "
        .. "to see your wonky bowl.",
    },
    next = "last-talk",
  },
}

scene "last-talk" {
  place = "kitchen",
  "A month later. Ed sits across from you at the kitchen table. He has a glass "
  .. "of water, and he turns it around and around.",
  { when = "resentment >= 40",
    "The air between you feels heavy. You can’t remember when you last laughed "
    .. "together." },
  { when = "resentment < 40 and intimacy >= 55",
    "He reaches over and holds your hand while he finds his words." },
  { when = "resentment < 40 and intimacy < 55",
    "He looks at you, then at the window, then back at you." },
  { when = "got_support",
    "You have not stopped worrying. But you have people to take it to now, "
    .. "and it is not all on you." },
  { when = "ultimatum",
    "You have not left. He knows you did not mean it. So do you." },
  "He has been working up to this all week. You can see it in his face.",
  "“We need to talk,” he says. “About us.”",
  discuss = "Whatever happens next, what has Nina learned about the gap "
    .. "between changing someone and caring for him?",
  rescue {
    "Reach for his hand before he says another word. “Then let’s talk. I "
    .. "know what you want to say, and I’m not going anywhere. Ask me anything.”",
    because = "It sounds loving and brave. But he has worked all week to say "
      .. "something, and you answered before he spoke. It talks over him, and "
      .. "makes the fixing your job, one more time.",
    effects = { resentment = "+10", growth = "-5" },
    next = {
      { when = "resentment >= 40 or intimacy < 45 or ultimatum or took_over", "ed-leaves" },
      "still-learning",
    },
  },
  support {
    "Top up his water, and push the biscuits over to his side of the table. "
    .. "Then wait for him to begin.",
    because = "He asked to talk, and you wait for him to start. Listening "
      .. "first, with no plan ready, lets him lead. What he "
      .. "says is his to say.",
    effects = { growth = "+5" },
    next = {
      { when = "resentment >= 50 or intimacy < 30 or ultimatum", "ed-leaves" },
      { when = "ed_opened and got_support and not took_over", "his-own-step" },
      { when = "growth >= 70 and intimacy >= 55 and resentment <= 20 "
          .. "and ed_opened and not took_over", "his-own-step" },
      "still-learning",
    },
  },
  boundary {
    "“I love you. I can’t live in the middle of your drinking, so I’m ending "
    .. "this. Not to change you. For me.”",
    because = "Leaving to look after yourself, not to scare him, is a boundary. "
      .. "It can be loving and still be the end.",
    effects = { resentment = "-10", intimacy = "-10" },
    next = "her-own-life",
  },
}

-- ---------------------------------------------------------------- endings

ending "ed-leaves" {
  place = "doorway",
  title = "Ed walks away",
  "Ed sets down the glass. “I can’t be your project anymore,” he says softly. "
  .. "“I’m tired of being watched. I don’t want to feel like this with someone "
  .. "I love.”",
  { when = "ultimatum",
    "“You said you’d leave if I didn’t stop. I’m saving you the trouble.”" },
  "He packs a bag. At the door he says he will figure out his drinking, or he "
  .. "won’t, but he will do it on his own.",
  "For weeks you check your phone for his name. You wonder what you should "
  .. "have said, which plan would have worked.",
  "But maybe no plan could have worked. His drinking was never yours to "
  .. "change. There is help for it, and it is his to find. There is help for "
  .. "you, too.",
  { when = "left_card", "The helpline card is still on his table. It is his to "
    .. "pick up, or not." },
  lens = {
    goal = "Nina wanted Ed to drink less. Under that, she wanted her own fear "
      .. "to stop.",
    behaviours = "She made plans for him, counted his drinks, hid his bottles, "
      .. "and made his excuses. When he pulled away, she pushed harder.",
    thoughts = "If I find the right plan, he will stop. If I stop watching, "
      .. "something bad will happen, and it will be my fault.",
    emotions = "Hope, then fear, then a tired anger that he would not try. "
      .. "And hurt when he left.",
    underlying = "Nina learned young that keeping things steady was her job. "
      .. "Trying to change Ed helped her feel safe. It left him no room to "
      .. "choose for himself.",
  },
  practice = "This week, when you catch yourself planning someone else’s "
    .. "change, write the plan down and put it away. Then ask: what do I need "
    .. "right now?",
  reflect = "What did “I can change him” promise you? What did it cost you, "
    .. "and what did it cost him?",
}

ending "still-learning" {
  place = "kitchen",
  title = "Still learning",
  "Ed talks. He says some weeks are better than others. He says he still likes "
  .. "a beer, and he knows you wish he didn’t.",
  "You tell him you are trying to stop counting. Some days you manage. Some "
  .. "days you catch yourself at the fridge, looking at the shelf.",
  { when = "took_over",
    "He says the meetings and plans felt like yours. “I want to do this my "
    .. "way, if I do it.” It stings. It is also fair." },
  "Nothing is fixed. But you are both saying true things out loud, and that is "
  .. "new.",
  "“Let’s keep talking,” he says. “Slowly.”",
  lens = {
    goal = "Nina wants to care about Ed without running his life. Part of her "
      .. "still hopes that the right words will change him.",
    behaviours = "She catches herself in the middle of a fix and stops. She "
      .. "says how she feels. Some days she slips back.",
    thoughts = "His drinking is his. But if I stop trying, am I giving up on "
      .. "him?",
    emotions = "Relief at being honest, mixed with fear. Tired, but less "
      .. "bitter than before.",
    underlying = "The pull to change him is still strong. Seeing it is where "
      .. "change starts for Nina, not where it ends.",
  },
  practice = "Once this week, when someone you love tells you a problem, ask: "
    .. "“Do you want advice, or do you just want me to listen?” Then do what "
    .. "they say.",
  reflect = "What is the difference between giving up on someone and letting "
    .. "go of trying to change them?",
}

ending "his-own-step" {
  place = "kitchen",
  title = "His own step",
  "Ed tells you he went to see his doctor on his own. She gave him the name of "
  .. "a group, and he went on Wednesday. He did not tell you until now.",
  "“I wanted it to be mine,” he says. “Not something I did to make you happy.”",
  "He does not know how it will go. Neither do you. Some weeks will be hard. "
  .. "You find that you can live with not knowing.",
  { when = "got_support",
    "You have your own people now: Rosa, and the ones you talk to each week. "
    .. "Your worry has somewhere to go that is not Ed." },
  "He asks how your week was. For once, you tell him all of it.",
  lens = {
    goal = "Nina wants Ed to be well, and she trusts that his drinking is his "
      .. "to face, in his own time.",
    behaviours = "She asks before she offers. She let his first steps stay "
      .. "his. She stopped covering for him, and found her own support.",
    thoughts = "I can love him without changing him. His steps are his. My "
      .. "worry is mine to look after.",
    emotions = "Still scared some nights. But calmer, and not keeping score.",
    underlying = "Nina can feel her fear without trying to control Ed to make "
      .. "it stop. Her care now comes from choice, not from fear.",
  },
  practice = "This week, tell one person you trust about a worry of your own. "
    .. "Let them help with one small part of it.",
  reflect = "When has someone let you take a hard step on your own? What did "
    .. "it mean to you that they did not take it for you?",
}

ending "her-own-life" {
  place = "street",
  title = "Her own life",
  "Ed is quiet for a long time. Then he nods. “I get it,” he says. His eyes are "
  .. "wet. So are yours.",
  "You do not leave to punish him, or to scare him into changing. You leave "
  .. "because you want a life that is not built around his drinking.",
  { when = "left_card",
    "The helpline card is still on his table. You do not mention it. It is "
    .. "his." },
  "On the bus home you think: his drinking was never mine to fix. The thing "
  .. "I needed to change was the job I gave myself.",
  { when = "got_support",
    "That night you call Rosa. She comes over with ice cream and stays late." },
  { when = "not got_support",
    "That night you call Rosa. It is the first time you have called her crying. "
    .. "She comes right over." },
  lens = {
    goal = "Nina wants to care for Ed and for herself, even if that means not "
      .. "being together.",
    behaviours = "She stopped trying to change him. She said clearly what she "
      .. "needed, and acted on it without threats.",
    thoughts = "I can love him and still go. His life is his. Mine is mine.",
    emotions = "Grief, and under it, a quiet relief.",
    underlying = "For years Nina put her own needs last. Choosing her own life "
      .. "is a new skill, and it hurts while she learns it.",
  },
  practice = "This week, write down one thing you will do for yourself, and "
    .. "do it, even if no one else needs it done.",
  reflect = "Can you love someone and still choose not to stay? What would you "
    .. "need to believe to do that kindly?",
}
