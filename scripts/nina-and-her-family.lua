-- Nina and her family.
-- Nina is the oldest of four. She pays her mom's bills, though her mom has a
-- good job. She pays her youngest brother Danny's betting debts. She lends to
-- Gina and Luis, the middle two. Her head and back ache, and the doctor finds
-- nothing wrong. With a counselor she sees the pattern and makes a slow plan
-- to step back. The family is angry at first. What happens next depends on
-- whether she holds, how warmly, and whether she lets anyone hold her.
--
-- Kinds: rescue, support, boundary, self_care, neutral (small talk and
-- waiting only), it_depends (helps in one setting, turns into a rescue in
-- another; the because says both) and hurtful (walking out in anger, going
-- silent to punish, hanging up). Some supports and boundaries cost something
-- now (a cold week, a short phone call) and pay off through later; some
-- rescues feel good now and cost later.
--
-- Flags, and where they matter:
--   paid_danny     Nina paid Danny's debt to his friend Marcus in
--                  danny-at-door; sends her to danny-thanks, and colours
--                  family-dinner; cleared there
--   waited         Nina put off the plan "until Danny is better"; sends her
--                  through not-yet; cleared there
--   sudden         the plan stops everything this Friday, with no warning
--                  (the-plan, a hurtful choice). Colours telling-them. Every
--                  choice there clears it, except walking out in anger. So
--                  it only lasts when Nina cut them off AND left in anger:
--                  that pattern sends her to the-closed-door ending, and
--                  colours moms-birthday
--   caved          Nina took the plan back, out loud or in secret; colours
--                  mom-bill, gina-and-luis and moms-birthday, and sends her to
--                  the family-bank ending unless she starts again in
--                  joan-again
--   leaned         Nina let someone support her (talked to Rosa, or went to
--                  a family group); a line in danny-at-two; cleared there
--   danny_help     Danny went to a gambling help group on his own feet
--                  (Nina waited outside, or sat quietly in the back row);
--                  colours danny-slips and moms-birthday. With it (and no
--                  sudden cut-off), fair meters are enough for the best ending
--   paid_secretly  Nina paid Danny's phone and rent behind the plan, or took
--                  him in; colours danny-slips; cleared there
--
-- Same act, different kind (pass 12, twins: each pair has the same words,
-- and the moment decides):
--   payday (rescue) / gina-and-luis (support): "Text Luis: Sure. Tuesday
--     works." A lift to the job center when the bus stops at his door and
--     you have driven him every time this year; a lift to his first
--     interview, out past the last bus, with his car in the shop.
--   danny-at-door (rescue) / danny-slips (it_depends): "Keep his bank card
--     in your kitchen drawer." Nobody asked, he only wanted a phone; later
--     he asks, after he and Ray talked it over (his plan).
--   silent-week (rescue) / mom-bill (it_depends): "Go over on Sunday with a
--     box of her favorite cookies, and set up the online bill with her."
--     Nobody asked, and the bills are hers by the plan; later Mom asks you
--     to come on Sunday and sit with her.
--   mom-bill (rescue) / family-dinner (support): "Pull your chair next to
--     hers, take the form." Gina asked you to read it with her; Mom said
--     she will read the form and do the typing herself.
--   danny-at-two (support) / danny-slips (rescue): "I'll pick you up on
--     Thursday at six." He asked last month and has no way there; after the
--     slip nobody asked, and he gets there himself or has not chosen to go.
--   telling-them (boundary) / moms-birthday (rescue): "Mom, I'll come
--     Saturday, and we'll sort out the power bill together." The plan's
--     first step, her bill with you beside her; three months on, nobody
--     asked, and she has just said she pays her own.
--
-- Safety: in danny-at-two Nina asks Danny straight out if he is safe, and the
-- scene says that if he were not, money would stop mattering and she would
-- call for help at once.
--
-- Meter changes are steps of 5, and flags are cleared once nothing later
-- reads them, so paths that meet in the same place merge. That keeps the
-- story small enough for `beside check` and `beside explore` to play every
-- path. Every later waits one choice, to keep the count of states under
-- what check can play in full.

scenario {
  id = "nina-and-her-family",
  title = "Nina and Her Family",
  teaser = "Nina is the one her family calls for money. Her head has hurt for "
    .. "weeks. What would happen if she stopped?",
  you_play = "Nina",
  people = { mom = { name = "Mom", main = true }, danny = "Danny", gina = "Gina" },
  minutes = 20,
  content_notes = {
    "gambling",
    "money worries",
    "family anger",
    "stress that shows up as aches and pains",
  },
  meters = { resentment = 25, growth = 30, intimacy = 40 },
  start = "payday",
}

-- ---------------------------------------------------------------- the old way

scene "payday" {
  place = "bedroom",
  "Friday. Your pay lands in your bank at six in the morning. By seven, your "
  .. "phone has buzzed three times.",
  "Mom: “Power bill is due Monday, honey. Same as always?” Your mom works full "
  .. "time at the hospital. She makes more than you do.",
  "Your sister Gina: “Can you cover my car payment? Just this month. And fridge "
  .. "money is due!” At New Year, the four of you bought Mom a new fridge. You all "
  .. "agreed to pay it off together, fifty each a month. Gina collects it.",
  "Then your brother Luis: “Me too, if you can. Rent is short. And can you "
  .. "drive me to the job center, Tuesday at nine?” The bus stops at his door. "
  .. "You have driven him there every time this year.",
  "You sit on the edge of the bed and rub your neck. It has been stiff for "
  .. "weeks. You are the oldest of four. You have been the family bank since "
  .. "your first job at sixteen.",
  discuss = "No one in the chat asks how Nina is. Do you think she expects them to?",
  notes = "Let the group notice the speed of it: three asks before breakfast, and "
    .. "a yes already forming. Ask who in the chat could pay their own bill.",
  boundary {
    "Text Mom the power company’s pay line and the Monday date, with a heart.",
    because = "Mom may feel stung now. But she asked if you would pay, same as "
      .. "always, and this is your kind no: the bill is in her name, and she "
      .. "earns more than you. The number and the date are all she needs. You "
      .. "treat her as a grown woman with her own pay, and the bill stays hers.",
    effects = { intimacy = "-5" },
    later = {
      after = 1,
      effects = { growth = "+5" },
      says = "Mom paid the power bill herself that month. She grumbled about "
        .. "it, but she paid it.",
    },
    next = "danny-at-door",
  },
  rescue {
    "Text Luis: “Sure. Tuesday works. I’ll pick you up at nine.” Put it in "
    .. "your phone.",
    because = "A lift feels like the smallest thing to give. But the bus stops "
      .. "at his door, and you have driven him every time this year. Another "
      .. "day, a ride to a place with no bus can be real help. This yes makes "
      .. "his Tuesday yours, and it keeps the morning calm for now.",
    effects = { resentment = "-5" },
    later = {
      after = 1,
      effects = { resentment = "+5" },
      says = "On Tuesday you waited twenty minutes outside his door. Then Gina "
        .. "and Luis asked about money again, and you paid them too.",
    },
    next = "danny-at-door",
  },
  support {
    "Send Gina fifty dollars before work: “Of course. Here you go.”",
    because = "Gina is the one who collects the fridge money. The fridge was a "
      .. "shared gift, and fifty is the share you agreed to. Paying your own "
      .. "part is not a rescue. The car and the rent are still Gina’s and "
      .. "Luis’s.",
    effects = { growth = "+5" },
    next = "danny-at-door",
  },
  neutral {
    "Make a coffee. Text all three: “Saw this. I’ll get back to you tonight.”",
    because = "A pause gives you room to ask why you give. A yes made in a rush "
      .. "is a habit, not a choice.",
    effects = { growth = "+5" },
    next = "danny-at-door",
  },
  rescue {
    "Put a thumbs-up on all three texts, and get dressed for work.",
    because = "A thumbs-up is small, and it keeps the morning calm. But each one "
      .. "is a yes to a bill that is not yours, and they all know it.",
    effects = { resentment = "-5", intimacy = "+5" },
    later = {
      after = 1,
      effects = { resentment = "+10", growth = "-5", intimacy = "-5" },
      says = "By Wednesday your own bank was almost empty. You skipped lunch to "
        .. "make it to payday. No one knew, and that stung.",
    },
    next = "danny-at-door",
  },
}

scene "danny-at-door" {
  place = "doorway",
  "That night, someone knocks. It is Danny, your youngest brother. He is "
  .. "twenty-four. His hood is up, and his eyes are red.",
  "“I messed up, Nina. My friend Marcus lent me six hundred for rent. I took it "
  .. "to the card room. He needs it back by Sunday, or he can’t pay his own rent.”",
  "He won’t sit down. His phone is dead, and he keeps turning it over in his "
  .. "hand. “Can I use yours to call Marcus?” he asks. “And please don’t tell Mom.” "
  .. "He does not ask you for money. Not yet. He drops his wallet on your "
  .. "hall table, his bank card on top.",
  "You have paid Danny’s debts four times this year. Each time, he swore it "
  .. "was the last. Letting him face this alone feels cruel.",
  discuss = "Nina thinks it would be cruel to let Danny face what his betting "
    .. "costs. What do you think? Who pays, over time, if she keeps paying?",
  notes = "Groups often side with paying at first, because Marcus is innocent "
    .. "here. That is fair. Ask what Danny learns if the debt just goes away, "
    .. "and what help would fit the real problem.",
  rescue {
    "Keep his bank card in your kitchen drawer for a while.",
    because = "It feels like a safe place for his money, and he is too tired "
      .. "to argue. But he asked for a phone, not a keeper. Nobody asked you "
      .. "to hold his card. If one day he and a sponsor ask you to, that is "
      .. "his plan. Tonight it is yours, and it makes his betting your job.",
    effects = { intimacy = "+5" },
    later = {
      after = 1,
      effects = { resentment = "+5", growth = "-5" },
      says = "By Saturday Danny wanted his card back for groceries. You stood "
        .. "in your kitchen and argued about forty dollars.",
    },
    next = "family-dinner",
  },
  support {
    "Hand him your phone, unlocked, and put the kettle on.",
    because = "His phone is dead, and a phone is all he asked for. He is upset "
      .. "that you don’t do more. But the problem stays with Danny, and you are "
      .. "still right next door.",
    effects = { intimacy = "-5" },
    later = {
      after = 1,
      effects = { growth = "+10" },
      says = "Danny told you he called Marcus and set up fifty a week. He "
        .. "sounded tired, and a little proud.",
    },
    next = "family-dinner",
  },
  it_depends {
    "Hand him your phone, and stay right beside him while he calls Marcus.",
    because = "If he asks for you and does the talking, you are a steady hand. "
      .. "If you end up talking for him, it turns into a rescue.",
    effects = { intimacy = "+5" },
    next = "family-dinner",
  },
  boundary {
    "Plug his phone into your charger and put the kettle on. “Stay for tea. "
    .. "I’ll find you the number for the betting helpline. The money is for "
    .. "you and Marcus to sort out.”",
    because = "He asked for your phone, not your money, and this is the fifth "
      .. "time this year. Tea, a charger and a helpline are what you give, and "
      .. "you say where the six hundred stays: between him and Marcus. You "
      .. "can love him and still say no to the cash. He is hurt tonight, but "
      .. "you offer the kind of help that fits the real problem.",
    effects = { growth = "+5", intimacy = "-5" },
    next = "family-dinner",
  },
  rescue {
    "Marcus did nothing wrong here. Send him the six hundred from your phone, "
    .. "so he makes rent.",
    because = "Being fair to Marcus sounds right. But it spares Danny the one "
      .. "hard talk that might help him see the cost.",
    effects = { resentment = "-5", intimacy = "+5" },
    set = "paid_danny",
    later = {
      after = 1,
      effects = { resentment = "+10", growth = "-5", intimacy = "-5" },
      says = "Danny was back at the card room by Wednesday. Your money bought "
        .. "him three days.",
    },
    next = "danny-thanks",
  },
}

scene "danny-thanks" {
  "Sunday morning, Danny texts. “You saved me. I owe you big. I’ll pay you "
  .. "back, I mean it.”",
  "You read it twice. Saved him. It feels good, for a second. Then it "
  .. "feels heavy.",
  "Six hundred is most of what you had put by for your own dentist bill.",
  rescue {
    "“I’m just glad you’re okay, Danny. That’s all that matters to me.”",
    because = "It sounds warm. But he offered to pay you back, and you let the "
      .. "debt slide away. It tells him your money is always there, and it tells "
      .. "you that being needed is your job.",
    effects = { intimacy = "+5" },
    later = {
      after = 1,
      effects = { resentment = "+5", growth = "-5" },
      says = "Danny never paid back a dollar. Then he asked for two hundred more. "
        .. "“You said all that mattered was me being okay.”",
    },
    clear = "paid_danny",
    next = "family-dinner",
  },
  neutral {
    "Send a heart back, and “Sleep well, kiddo.” Then start the laundry.",
    because = "Nothing is asked and nothing is said. The debt sits there, and "
      .. "so does the pattern.",
    clear = "paid_danny",
    next = "family-dinner",
  },
  boundary {
    "“Love you too. Come by Friday with the first fifty, and I’ll make us "
    .. "dinner.”",
    because = "Fifty on Friday names the terms, late but honest: the debt is "
      .. "his to pay off. He sulks for a day. Later, he has a real debt he can "
      .. "pay off.",
    effects = { growth = "+5", intimacy = "-5" },
    later = {
      after = 1,
      effects = { growth = "+5" },
      says = "Danny paid the first fifty on Friday. Then the second, a day late.",
    },
    clear = "paid_danny",
    next = "family-dinner",
  },
  rescue {
    "“Love you too. No rush on that. Come by on Friday and cook me that "
    .. "pasta of yours.”",
    because = "It sounds like the same warm deal. But he just offered to pay "
      .. "you back, and “no rush” plus a meal lets the debt slide: no day for "
      .. "the first fifty. Tonight it feels generous. Later, it tells him a "
      .. "debt to you is not a real debt.",
    effects = { resentment = "-5", intimacy = "+5" },
    later = {
      after = 1,
      effects = { resentment = "+5", growth = "-5" },
      says = "Danny cooked pasta on Friday. Neither of you said a word about the "
        .. "six hundred, then or after.",
    },
    clear = "paid_danny",
    next = "family-dinner",
  },
}

scene "family-dinner" {
  place = "parents-house",
  "Sunday dinner at Mom’s. She has a new purse on the hall table. She talks "
  .. "about a trip to the coast with her friends from work.",
  { when = "paid_danny",
    "Danny hugs you at the door, longer than usual. Everyone knows what you did. "
    .. "Nobody says it." },
  "Over pie, Gina slides a paper across the table. It is a loan form for a "
  .. "newer car. “They want a co-signer,” she says. “You have good credit. Or at "
  .. "least read it over with me? I don’t get half of this.”",
  "Luis has been between jobs for eight months. He nods at you. Mom smiles. "
  .. "“Nina is our rock,” she says.",
  "Your head starts to pound behind your left eye.",
  discuss = "Mom calls Nina the rock. How might that word feel to Nina? How "
    .. "might it keep things the way they are?",
  boundary {
    "Read the form through with her, line by line. Then hand it back to her "
    .. "unsigned, and pass the pie.",
    because = "She asked for a name, or for help reading it. You give the help she "
      .. "can use, and the form goes back with the co-signer line empty: your "
      .. "name stays off the loan. Saying no does not mean you "
      .. "don’t care. Gina is cool with you all night, but you name your limit "
      .. "and stay at the table.",
    effects = { growth = "+5", intimacy = "-5" },
    clear = "paid_danny",
    next = "the-doctor",
  },
  rescue {
    "Sign the form. Gina needs the car to get to work, and work is the way out "
    .. "of all this.",
    because = "A name on a form feels small tonight. Later, if she misses a "
      .. "payment, it is your debt. You take on her risk so she does not have to.",
    effects = { resentment = "-5", intimacy = "+5" },
    later = {
      after = 1,
      effects = { resentment = "+10", intimacy = "-5" },
      says = "A letter came. Gina is a month behind on the car. As her co-signer, "
        .. "you owe it.",
    },
    clear = "paid_danny",
    next = "the-doctor",
  },
  support {
    "Pull your chair next to hers, take the form, and go through it line by "
    .. "line.",

    because = "She asked you to read it with her, and you do just that: you "
      .. "read, and the choice stays in her hands. She may find her own answer, or "
      .. "a car she can afford.",
    effects = { growth = "+5" },
    clear = "paid_danny",
    next = "the-doctor",
  },
  self_care {
    "Ask Luis for a ride home now. Kiss Mom, and box up the last of the pie "
    .. "for him to take.",
    because = "Your head is pounding, and that is the real reason you go. Listening to "
      .. "your body is care for you. Mom looks hurt as you go, and Gina’s form "
      .. "stays with Gina, at least for tonight.",
    effects = { resentment = "-5", intimacy = "-5" },
    clear = "paid_danny",
    next = "the-doctor",
  },
}

-- ---------------------------------------------------------------- the body speaks

scene "the-doctor" {
  place = "hospital",
  "Three weeks later, the headaches come most days. Your lower back aches when "
  .. "you lift trays at work. You finally see Dr. Patel.",
  "She runs tests. Blood, a scan, all of it. Everything comes back fine.",
  "“Your body is healthy,” she says. “But sometimes stress lands in the head "
  .. "and back. Is a lot being asked of you right now?”",
  "She writes a name on a card. Joan Reyes, a counselor. “For you,” she says. "
  .. "“Not for anyone else.”",
  discuss = "The tests are clear, but the pain is real. What might Nina’s body "
    .. "be telling her?",
  rescue {
    "Ask her one more thing: does she know anyone good who helps with "
    .. "gambling?",
    because = "It sounds like asking for help. But the help you ask for is "
      .. "Danny’s. Turning to his problem is the old safe place. It keeps the "
      .. "light off your own pain.",
    effects = { growth = "-5" },
    next = "bad-week",
  },
  neutral {
    "Thank her, and ask her to write Joan’s hours on the card too. Put it in "
    .. "your wallet.",
    because = "Waiting is not a no. But the load that causes the ache stays, and "
      .. "so do you, the one who carries it.",
    next = "bad-week",
  },
  self_care {
    "Ask if Joan knows about gambling. Then call her from the parking lot, and "
    .. "book the first hour she has.",
    because = "Dr. Patel said the card was for you, and so is this hour. Asking "
      .. "about gambling is about your own load, not Danny’s. Getting "
      .. "support is a strength, not a failure. Someone outside the family may "
      .. "see what you can’t.",
    effects = { growth = "+5" },
    next = "first-session",
  },
}

scene "bad-week" {
  place = "car",
  "The week does not get better.",
  "Mom’s phone bill. A text from Luis. A call from Danny at midnight that you "
  .. "let ring out, then call back.",
  "On Friday, your back locks up as you carry a full tray. Plates hit the floor. "
  .. "Your friend Rosa, who works the next section, drives you home.",
  "At a red light she says, “Nina, when did anyone last take care of you?”",
  neutral {
    "“You’re the best, Rosa. Lunch is on me on Monday, for the ride. I’ll be "
    .. "fine.”",
    because = "You will call Joan on Monday, when no one is looking. That "
      .. "counts. You still keep the hard part hidden, even from a friend.",
    next = "first-session",
  },
  self_care {
    "At your door, ask Rosa in. Make her a tea, and ring Joan while the kettle "
    .. "boils.",
    because = "The tea is for Rosa, but the call is for you: you ask a friend to "
      .. "stay while you ring the counselor Dr. Patel gave you. Letting someone "
      .. "sit beside you is a small way to let someone help.",
    effects = { growth = "+5" },
    next = "first-session",
  },
}

-- ---------------------------------------------------------------- counselling

scene "first-session" {
  place = "counselling-room",
  "Joan’s office has a soft chair and a box of tissues. You sit on the edge of "
  .. "the chair.",
  "You talk about Mom, and Danny, and Gina’s car, and Luis. You talk for most "
  .. "of the hour. Joan listens.",
  "Near the end, she asks one thing. “When you have a problem, Nina, who do you "
  .. "go to?”",
  "You open your mouth. Nothing comes out.",
  discuss = "Why might it be so hard for Nina to answer Joan’s question?",
  self_care {
    "Let the quiet sit. Then say the true thing: “No one. I wouldn’t know how "
    .. "to ask.”",
    because = "Saying it out loud is the first step to letting someone in. You "
      .. "let yourself be helped, not only help.",
    effects = { growth = "+5" },
    next = "someone-elses-story",
  },
  neutral {
    "Laugh a little. “Me? I’m the one people come to. That’s just how it works.”",
    because = "It’s true, and you are proud of it. But being needed is not the "
      .. "same as being cared for.",
    next = "someone-elses-story",
  },
  rescue {
    "Ask Joan a question of your own: “How do you help someone who gambles?”",
    because = "It sounds like asking for help. But Joan asked who you go to, and "
      .. "you turned it to Danny. Fixing others keeps the focus away from you. "
      .. "That is the pattern, showing up right here in the room.",
    effects = { growth = "-5" },
    next = "someone-elses-story",
  },
}

scene "someone-elses-story" {
  place = "counselling-room",
  "The next week, Joan asks you to try something. “Tell me your life as if it "
  .. "were a friend’s. Use her name, not yours.”",
  "So you do. “There’s a woman. She pays her mom’s bills, and her mom earns "
  .. "more than she does. She pays her brother’s bets. Her coat has a broken "
  .. "zipper. She hasn’t bought a new one in four years.”",
  "You stop. You hear it. You have never heard it before.",
  "“It’s just what I’ve always done,” you say. Your voice shakes.",
  notes = "This is the turn in the story. Give it a moment. Some players feel "
    .. "tearful here, and that is fine. Nobody has to share.",
  rescue {
    "“She does it because she loves them. Anyone would do the same for their "
    .. "family.”",
    because = "Your love is real. But calling it love keeps you from asking what "
      .. "it costs you, and them.",
    effects = { resentment = "+5" },
    next = "the-plan",
  },
  self_care {
    "“I want to help this woman. What does she get from being the one they "
    .. "all need?”",
    because = "The woman is you. Checking your motive is not blame. When home was chaos, being in "
      .. "charge felt safe. Seeing that gives you a choice.",
    effects = { growth = "+10" },
    next = "the-plan",
  },
  neutral {
    "“But how would they manage? They have never once had to, not in their "
    .. "whole lives.”",
    because = "The fear is real. It is also the thing that has kept them from "
      .. "finding out what they can do.",
    effects = { growth = "+5" },
    next = "the-plan",
  },
}

scene "the-plan" {
  place = "counselling-room",
  "Joan slides a notepad across. “If you want things to change, what would a "
  .. "first plan look like?”",
  "Your heart races just thinking about it. Mom. Danny. Gina and Luis. They "
  .. "have never had to manage without you.",
  "There is always a fire. Last year it was Luis’s job. This year it is "
  .. "Danny. In ten years there has not been one calm month.",
  discuss = "What is the difference between stepping back slowly and stopping "
    .. "all at once? Who is each way kinder to?",
  notes = "In the source story the plan is slow, over several months. That gives "
    .. "the family time to learn and Nina time to practise. Some groups feel a "
    .. "clean break is more honest. Let both views stand, then look at what "
    .. "happens in the story.",
  rescue {
    "“Let’s go slow, and start when Danny is steadier. Mom’s bills, the loans, "
    .. "all of it, once he has one good month behind him.”",
    because = "Waiting for the right time sounds kind. But Joan just heard you "
      .. "say there has not been one calm month in ten years. The right time "
      .. "never comes, because there is always a crisis.",
    effects = { resentment = "+5" },
    set = "waited",
    next = "not-yet",
  },
  hurtful {
    "“It all stops this Friday. They are grown, and they have had years to "
    .. "learn.”",
    because = "It feels clean and fair. But with no warning and no time to "
      .. "learn, it lands like a punishment. They hear anger, not love.",
    effects = { intimacy = "-5" },
    set = "sudden",
    next = "telling-them",
  },
  boundary {
    "“Let’s go slow. Mom’s bills go back to her over three months. No new "
    .. "loans. For Danny, help, not cash.”",
    because = "A slow, clear plan is kind and firm. You hand the load back "
      .. "instead of dropping it on them.",
    effects = { growth = "+10" },
    later = {
      after = 1,
      effects = { growth = "+5" },
      says = "Mom asked for one more month before the gas bill went to her. The "
        .. "plan had room for that, and she took it.",
    },
    next = "telling-them",
  },
}

scene "not-yet" {
  place = "counselling-room",
  "Two weeks go by. Danny does not get better. He loses his paycheck at the "
  .. "card room and asks for rent.",
  "Mom asks about the water bill. Gina needs brakes.",
  "You pay. You pay. You pay. Your headache does not lift for four days.",
  "At your next session, Joan asks, “Is this the better time you were waiting for?”",
  rescue {
    "“Okay. Let’s pick a start date. The first of next month, once Mom’s "
    .. "birthday is behind us?”",
    because = "A date sounds like a plan. But it waits for one more family "
      .. "day, the way you waited for Danny. One more month keeps the peace. It "
      .. "also keeps everyone, you too, in the same place.",
    effects = { resentment = "+5", growth = "-5" },
    clear = "waited",
    next = "telling-them",
  },
  boundary {
    "“Okay. Let’s pick a start date. Sunday, at Mom’s, over pie.”",
    because = "You see that waiting was part of the pattern. Sunday dinner is "
      .. "days away, not a month: there won’t be a calm month, and a slow plan "
      .. "can still start now.",
    effects = { growth = "+5" },
    clear = "waited",
    next = "telling-them",
  },
}

-- ---------------------------------------------------------------- telling them

scene "telling-them" {
  place = "parents-house",
  "Sunday dinner. Before pie, you put down your fork. Your hands are cold.",
  { when = "sudden",
    "You tell them it all stops this Friday. Mom’s bills, the loans, all of it." },
  { when = "not sudden",
    "You tell them the plan. Mom’s bills go back to her over three months. No "
    .. "more loans. For Danny, help with the betting, but no more money." },
  { when = "sudden",
    "Mom goes white. “This Friday? After all I did for you?” Gina says, “You "
    .. "can’t just cut us off.” Luis walks out and slams the door. Danny won’t "
    .. "look at you." },
  { when = "not sudden",
    "Mom’s face goes stiff. “After all I did for you?” Gina says, “So we’re on "
    .. "our own now.” Luis pushes back his chair. Danny stares at his plate." },
  { when = "not sudden",
    "You made this plan with Joan over three weeks. It already goes slowly, "
    .. "and it says no more money." },
  { when = "sudden",
    "You made this plan with Joan. It says no more money, starting now." },
  "One step in the plan is yours: you sit with Mom once, at her table, while "
  .. "she pays her first bill herself.",
  "Everyone is looking at you. The room feels very small.",
  discuss = "The family is angry. Does that mean Nina made the wrong choice?",
  notes = "Anger at a change like this is normal, and it is theirs to feel. Ask "
    .. "the group how Nina can stay warm without taking the plan back.",
  boundary {
    "Go round the table and hug each of them. “I love you all. Mom, I’ll come "
    .. "Saturday, and we’ll sort out the power bill together at your table.”",
    because = "You stay warm and you stay firm: the plan stands, and on "
      .. "Saturday Mom pays her own bill with you beside her. Tonight they are "
      .. "cold with you. Their upset is real, and it is theirs to feel.",
    effects = { growth = "+5", intimacy = "-10" },
    later = {
      after = 1,
      effects = { intimacy = "+10" },
      says = "A few weeks on, Mom took you up on the first bill. She did the typing. You mostly "
        .. "drank her coffee.",
    },
    clear = "sudden",
    next = "silent-week",
  },
  hurtful {
    "“I only say this because I love you. I’ve been your bank for ten years. "
    .. "I think it’s time you all grew up.”",
    because = "It is true, and it has built up for years. But “grow up” shames "
      .. "them, dressed as love, and it punishes them. The plan sounds like "
      .. "payback.",
    effects = { intimacy = "-10", resentment = "+5" },
    later = {
      after = 1,
      effects = { intimacy = "-5" },
      says = "Gina told Luis you had been waiting years to say that. The plan "
        .. "now sounded like a grudge, even to you.",
    },
    next = "silent-week",
  },
  rescue {
    "Reach for Mom’s hand. “Let’s have the pie first. We can come back to "
    .. "this next Sunday.”",
    because = "It sounds calm and kind, and it ends the hurt tonight. But the "
      .. "plan was already made with Joan, and putting it off to next "
      .. "Sunday takes it back. It teaches "
      .. "everyone, you too, that your limits melt when someone is upset.",
    effects = { resentment = "-5", intimacy = "+5" },
    set = "caved",
    later = {
      after = 1,
      effects = { resentment = "+10", growth = "-5", intimacy = "-5" },
      says = "Mom forwarded the water bill with a smiley face. Like nothing "
        .. "happened. Nothing did.",
    },
    clear = "sudden",
    next = "silent-week",
  },
  rescue {
    "“You won’t be alone in this, any of you. If something big comes up, you "
    .. "can still call me.”",
    because = "It calms the room, and Mom’s face softens. But you took away their "
      .. "fear by opening a back door in the plan. To them, every bill will look "
      .. "big.",
    effects = { resentment = "-5", intimacy = "+5" },
    later = {
      after = 1,
      effects = { resentment = "+10", growth = "-5" },
      says = "Two weeks in, Gina called about something big, her car insurance. "
        .. "Then Luis had something big too. You paid both.",
    },
    clear = "sudden",
    next = "silent-week",
  },
  support {
    "Cut Mom the first slice of pie, and pour her tea. “I know it’s a shock. "
    .. "Say whatever you need to.”",
    because = "Listening is not solving. They are angry, and it stings. Pie and "
      .. "tea take nothing back: you let them feel what they feel, and the plan "
      .. "stays the plan.",
    effects = { intimacy = "-5", resentment = "+5" },
    later = {
      after = 1,
      effects = { intimacy = "+10" },
      says = "Weeks later, Gina called. “I was mad,” she said. “But you let me say it. Thanks "
        .. "for that.”",
    },
    clear = "sudden",
    next = "silent-week",
  },
}

scene "silent-week" {
  place = "kitchen",
  { when = "caved",
    "The week goes back to normal. Normal means the bills come to you again. "
    .. "Your head aches every day." },
  { when = "not caved",
    "No one calls that week. Not Mom, not Gina. The family chat goes quiet. Then "
    .. "Gina posts a photo of lunch at Mom’s. You were not asked." },
  "On Thursday night you sit on the kitchen floor with your phone in your hand.",
  "On the fridge is a leaflet from Dr. Patel’s office: a group for families of "
  .. "people who gamble. It meets on Tuesdays.",
  { when = "not caved",
    "It would be so easy to call Mom and say you were tired when you said it. "
    .. "That you didn’t mean it." },
  { when = "not caved",
    "Mom has not called about her bills. They are hers now, by the plan, and "
    .. "she has not asked you a thing." },
  discuss = "When the people we love go quiet, what do we tell ourselves? What "
    .. "might be true instead?",
  self_care {
    "Call Rosa and ask if you can bring dinner over. Cook her favorite, and "
    .. "tell her about your week while it simmers.",
    because = "The dinner is the excuse; the talk is for you. You are seeking "
      .. "support for yourself, the way you have always given it. That is what "
      .. "keeps a plan alive.",
    effects = { resentment = "-5" },
    set = "leaned",
    next = "rosa-coffee",
  },
  rescue {
    "Go over on Sunday with a box of her favorite cookies, and set up the "
    .. "online bill with her at the kitchen table.",
    when = "not caved",
    because = "If she asks you to sit with her while she learns, going is fair. "
      .. "But she has not asked. Her bills are hers now, by the plan, and you "
      .. "would be using one to end the silence. It soothes you both now. "
      .. "Later, it quietly undoes the plan, and she will know it.",
    effects = { resentment = "-5", intimacy = "+5" },
    set = "caved",
    later = {
      after = 1,
      effects = { resentment = "+10", growth = "-5", intimacy = "-5" },
      says = "Mom was so glad to see you. The account went in with your email. "
        .. "Then she sent the gas bill too.",
    },
    next = "danny-at-two",
  },
  self_care {
    "Take the gambling leaflet off the fridge, and ring the number on it about "
    .. "Tuesday.",
    because = "The group is for families of people who gamble: it is for you, "
      .. "not for Danny. People who have lived this can help you hold your "
      .. "ground. Seeking support is a step, not a weakness.",
    effects = { growth = "+5" },
    set = "leaned",
    next = "the-meeting",
  },
  hurtful {
    "Text Mom: “I’ll give you all the space you need. Take as long as you "
    .. "like.” Then mute the family chat.",
    when = "not caved",
    because = "Their silence hurt, so it makes sense to want them to feel it. "
      .. "But paying back silence with silence turns a plan into a fight.",
    effects = { intimacy = "-10" },
    next = "danny-at-two",
  },
  neutral {
    "Tell your manager you will cover the two open shifts this week. Tonight, "
    .. "scrub the oven until it shines like new.",
    because = "Busy hands can get you through a hard night. But your feelings "
      .. "wait for you at home.",
    effects = { resentment = "+5" },
    next = "danny-at-two",
  },
}

scene "rosa-coffee" {
  place = "cafe",
  "Rosa meets you at the diner by the bus stop. She orders two pies and "
  .. "pushes one at you.",
  "You tell her everything. The plan. The silence. The photo.",
  "She doesn’t give advice. She says, “That sounds lonely. I’m glad you told me.”",
  "Then, “Is there anything you want from me? Or should I just keep eating pie "
  .. "with you?”",
  rescue {
    "“You’re sweet. How is your mom’s hip doing, by the way?”",
    because = "It sounds like a good friend’s question. But Rosa asked what you "
      .. "want, and you turned to her mom. Going back to helping is the old safe "
      .. "place. It closes the door Rosa just opened for you.",
    effects = { growth = "-5" },
    next = "danny-at-two",
  },
  self_care {
    "“Can I text you when I want to give in? Before I do it, not after?”",
    because = "Someone to call before you act gives you a pause and a friend. "
      .. "That is support for you.",
    effects = { growth = "+5" },
    later = {
      after = 1,
      effects = { growth = "+5", resentment = "-5" },
      says = "Twice that month you texted Rosa instead of paying. Both times, "
        .. "the urge passed.",
    },
    next = "danny-at-two",
  },
  neutral {
    "Order two more coffees, and let the talk drift to the new cook at work.",
    because = "Not every talk needs a plan. Being with someone who asks nothing "
      .. "of you is care too.",
    effects = { intimacy = "+5" },
    next = "danny-at-two",
  },
}

scene "the-meeting" {
  place = "meeting-room",
  "The group meets in a church basement with folding chairs and bad coffee.",
  "A man talks about his son, who sold the family car to bet on games. A woman "
  .. "talks about her husband. She cries. So does the man next to you.",
  "It is a lot. Too much, maybe. Your chest feels tight. You are not sure you "
  .. "can come back.",
  self_care {
    "Stay to the end, and help the host stack the chairs. Say yes when she "
    .. "pours two coffees and pulls up a chair.",
    because = "Stacking chairs is the easy part. The point is that you stay, "
      .. "and you let one person in the group ask how you really are.",
    effects = { growth = "+5" },
    next = "danny-at-two",
  },
  self_care {
    "Slip out at the break, before anyone asks your name. Sit in the car with "
    .. "the radio on until your hands are still.",
    because = "Noticing when it is too much is self-care. You can try again "
      .. "later, or find another kind of help.",
    effects = { resentment = "-5" },
    next = "danny-at-two",
  },
}

-- ---------------------------------------------------------------- the plan, tested

scene "danny-at-two" {
  place = "phone-night",
  "Two in the morning. Danny.",
  "“Nina, please. I lost my paycheck. My phone gets cut off Friday, and I’m "
  .. "behind on rent. I know about the plan. Just this once.”",
  "His voice cracks. He sounds about twelve. You ask him straight out if he is "
  .. "safe tonight. “I’m safe,” he says. “Just broke and scared.”",
  "If he had said no, or talked about hurting himself, this would stop being "
  .. "about money. You would stay on the line and call for help right away.",
  "Last month he said he wanted to try the gambling help group on Thursdays. "
  .. "It is across town, and he has no car. He asked if you could drive him "
  .. "the first time.",
  { when = "caved",
    "You never really stopped paying. He knows that. That is why he called." },
  { when = "leaned",
    "You think of the people who said you could call them. You are not alone "
    .. "on this call, even if it feels that way." },
  discuss = "Danny says “just this once.” What is Nina afraid will happen if she "
    .. "says no? What might happen if she says yes?",
  notes = "This is the hardest call in the story. Make sure players know that a "
    .. "no here is not a no to Danny. If anyone in the room has lived this, "
    .. "remind them there is help for families of people who gamble. If someone "
    .. "is in danger or talks about not wanting to live, safety and emergency "
    .. "help come first, before any plan.",
  support {
    "Turn on the lamp and sit up. “I’m awake, Danny. Start from payday.” Let "
    .. "him talk till he runs out.",
    because = "You stay close and do not take it over. Being heard can help him "
      .. "think about what he really wants.",
    effects = { intimacy = "+5" },
    clear = "leaned",
    next = { { when = "growth >= 50", "danny-meeting" }, "mom-bill" },
  },
  rescue {
    "“Hey. Breathe. Nobody loses a home over one bad week. Get some sleep, and "
    .. "call me when it’s light.”",
    because = "It sounds calm and kind tonight. But the only way that promise "
      .. "holds is your money. It lifts the rent off him before he has felt its "
      .. "weight, and it quietly ends your plan.",
    effects = { resentment = "-5", intimacy = "+5" },
    set = "paid_secretly",
    later = {
      after = 1,
      effects = { resentment = "+10", growth = "-5" },
      says = "By lunch you had paid his rent, the way you half promised. Two "
        .. "weeks later, he went back to the card room.",
    },
    clear = "leaned",
    next = "mom-bill",
  },
  support {
    "“I’ll pick you up on Thursday at six, and I’ll drive you to the help "
    .. "group.”",
    because = "He said last month he wanted to go, asked you for this first "
      .. "ride, and has no way to get there. A ride is help that fits the real problem. The phone and the "
      .. "rent stay his, and he hangs up angry.",
    effects = { growth = "+5", intimacy = "-5" },
    clear = "leaned",
    next = { { when = "growth >= 45", "danny-meeting" }, "mom-bill" },
  },
  hurtful {
    "“I love you, Danny, and I worry. So I’ll say it: Gina and Luis never put "
    .. "me through this.” Say goodnight.",
    because = "You are worn out, and it shows. But the worry is dressed-up "
      .. "blame: it shames him next to the others, and it shuts the door on "
      .. "him, not on the betting, right when he reached out.",
    effects = { intimacy = "-10", resentment = "+5" },
    clear = "leaned",
    next = "mom-bill",
  },
  rescue {
    "Listen till he is done. “Try to sleep now. I’ll call you at lunch, and "
    .. "we’ll see about the phone and the rent.”",
    because = "A call at lunch sounds careful. But the plan already answered "
      .. "the phone and the rent. When you say “we’ll see”, he hears a yes. "
      .. "Paying behind the plan breaks it, and it "
      .. "keeps him from feeling the cost.",
    effects = { resentment = "-5" },
    set = "paid_secretly",
    later = {
      after = 1,
      effects = { resentment = "+10", growth = "-5", intimacy = "-5" },
      says = "Gina found out you paid Danny’s rent. “So it’s just us you cut off,” "
        .. "she texted.",
    },
    clear = "leaned",
    next = "mom-bill",
  },
}

scene "danny-meeting" {
  place = "car",
  "Thursday at six, Danny texts. “Is the ride still on?”",
  "He gets in the car in a clean shirt. He does not talk. His knee bounces the "
  .. "whole way.",
  "In the parking lot, he looks at the door. “Maybe you could come in? You’re "
  .. "better at talking than me.”",
  it_depends {
    "Go in with him, and sit where he can see you.",
    because = "Some nights a face you know gets you through the door. If you sit "
      .. "at the back and he does his own talking, it helps. If you start to talk "
      .. "for him, it turns into a rescue.",
    effects = { intimacy = "+5" },
    set = "danny_help",
    next = "mom-bill",
  },
  rescue {
    "Go in with him, and sit beside him. Fill in the new-member card while "
    .. "he gets a coffee.",
    because = "He did ask you to come, and it gets him through the door. But he "
      .. "asked because you are “better at talking.” His name, and why he is "
      .. "there, are his first words in that room. Once you write them for "
      .. "him, the room talks to you, and he says less. Later, it feels like "
      .. "your recovery, not his.",
    effects = { growth = "+5", intimacy = "+5" },
    later = {
      after = 1,
      effects = { growth = "-10", resentment = "+5", intimacy = "-5" },
      says = "Danny stopped going after two weeks. “It was more your thing than "
        .. "mine,” he said.",
    },
    next = "mom-bill",
  },
  boundary {
    "Walk him to the door. Fix his collar, and hand him the coffee you brought. "
    .. "“Eight o’clock. Same spot.”",
    because = "He asked you to come in and talk for him. Waiting outside is as "
      .. "far as is yours to go: the room, and the words, are his.",
    effects = { growth = "+5" },
    set = "danny_help",
    next = "mom-bill",
  },
  support {
    "Turn the engine off and the radio down. “Eight o’clock. I’ll be the car "
    .. "with the heater on.”",
    because = "He looks hurt that you won’t come in. But the meeting is his, and "
      .. "he walks in on his own feet. You are still right there.",
    effects = { growth = "+5", intimacy = "-5" },
    set = "danny_help",
    later = {
      after = 1,
      effects = { growth = "+5", intimacy = "+10" },
      says = "Danny got a sponsor named Ray. He told you himself, and he looked "
        .. "you in the eye.",
    },
    next = "mom-bill",
  },
}

scene "mom-bill" {
  { when = "caved",
    "The power bill comes to you, like always. Mom does not call about it. She "
    .. "does not need to." },
  { when = "not caved",
    "A month into the plan, Mom calls. Her voice is stiff. “The power company "
    .. "has a website. How do I even set up the online thing?”" },
  { when = "not caved",
    "This is her first bill in years. You could do it in two minutes." },
  { when = "caved",
    "You call her and ask if she would like to try paying it herself. She sighs. "
    .. "“I don’t know how you do all this. Could you come by on Sunday and sit with "
    .. "me while I try? I’ll read the form and do the typing.”" },
  { when = "not caved",
    "She sighs into the phone. “I don’t know how you do all this. Could you come "
    .. "by on Sunday and sit with me while I try? I’ll read the form and do "
    .. "the typing.”" },
  "She wants the form in her own hands. She asked you only to sit beside her.",
  discuss = "Mom asks how to do it, not to have it done. How can Nina tell the "
    .. "difference?",
  support {
    "Stay on the phone, and talk her through the site, one page at a time.",
    because = "She asked how to set it up. Staying on the line while she does "
      .. "it herself builds her own skill. Slow "
      .. "now, freeing later, for both of you.",
    effects = { growth = "+5" },
    later = {
      after = 1,
      effects = { growth = "+10" },
      says = "Mom called to say she paid the water and the gas herself. “I didn’t "
        .. "know I could,” she said. She sounded proud.",
    },
    next = "gina-and-luis",
  },
  rescue {
    "Pull your chair next to hers, take the form, and go through it line by "
    .. "line.",
    because = "At Gina’s table, going through a form with her was just what "
      .. "she asked for. Here Mom said she will read the form and do the "
      .. "typing herself. Once the form is in your hands, her first real step "
      .. "is yours, not hers, and the bill drifts back to you.",
    effects = { intimacy = "+5", growth = "-5" },
    later = {
      after = 1,
      effects = { resentment = "+5" },
      says = "The account is set up with your email now. So is Mom’s bill.",
    },
    next = "gina-and-luis",
  },
  it_depends {
    "Go over on Sunday with a box of her favorite cookies, and set up the "
    .. "online bill with her at the kitchen table.",
    because = "She asked you to come, so going is fair. If her hands stay on "
      .. "the keys, it helps. If you end up doing the typing, it turns into a rescue.",
    effects = { intimacy = "+5" },
    later = {
      after = 1,
      effects = { growth = "+5" },
      says = "Mom did the typing while you sat on your hands. The next bill, she "
        .. "did alone.",
    },
    next = "gina-and-luis",
  },
  support {
    "“You run a whole ward at the hospital, Mom. You can do this one. Call me "
    .. "after.”",
    because = "It may feel cold not to help, and she hangs up short. But your "
      .. "trust in her is its own kind of help. You believe she can.",
    effects = { intimacy = "-5" },
    later = {
      after = 1,
      effects = { growth = "+10" },
      says = "Mom texted a photo of the screen: “PAYMENT RECEIVED.” Three "
        .. "exclamation marks.",
    },
    next = "gina-and-luis",
  },
}

scene "gina-and-luis" {
  place = "living-room",
  "Saturday morning. The zipper on your old coat broke for good on the way home "
  .. "last night. You have held it shut with a pin for four winters.",
  { when = "caved",
    "Your bank is as thin as ever. Still, there is a sale on coats downtown." },
  { when = "not caved",
    "For the first time in years, there is money left at the end of the month. "
    .. "Not a lot. Enough for a warm blue coat you saw in a shop window." },
  "Then Gina texts. She has a job interview at a dental office. “Can you write "
  .. "my resume? You write so well.” Gina wrote all her own college essays. "
  .. "She just hates starting.",
  "Luis has started looking too. His first interview is on Tuesday, out past "
  .. "the last bus stop, and his car is in the shop till Friday. “Any chance of a "
  .. "ride?” he asks. “Just there and back.”",
  self_care {
    "Spend the morning downtown, choosing a warm coat for someone who has gone "
    .. "four winters with a pin in hers. Gina and Luis can wait till tomorrow.",
    because = "Spending on yourself is not taking from anyone. You are one of "
      .. "the people you look after.",
    effects = { resentment = "-5" },
    later = {
      after = 1,
      effects = { resentment = "-5" },
      says = "You wore the blue coat to work. Rosa whistled. You felt warm all "
        .. "the way home.",
    },
    next = "danny-slips",
  },
  neutral {
    "“The dental office! Good for you, Gina. I’ll call you tonight, and we’ll "
    .. "talk it all through.”",
    because = "It sounds warm, like a yes. But it is neither a yes nor a no to "
      .. "the resume, and it dodges saying one. Notice that.",
    later = {
      after = 1,
      effects = { intimacy = "-5" },
      says = "You called. You talked about her new boss, not the resume. Gina "
        .. "never said how the interview went. You heard it from Mom.",
    },
    next = "danny-slips",
  },
  support {
    "Text Gina: “Send me a first go by Sunday, and I’ll go through it with a "
    .. "red pen.”",
    because = "Gina wanted you to just do it, and she is short with you. But "
      .. "she wrote her own college essays, and she only hates starting. She "
      .. "writes it, and you mark it up. The job she gets will be hers.",
    effects = { growth = "+5", intimacy = "-5" },
    later = {
      after = 1,
      effects = { intimacy = "+5" },
      says = "Gina sent you her resume. It was rough, and it sounded like her. "
        .. "She got a second interview.",
    },
    next = "danny-slips",
  },
  support {
    "Text Luis: “Sure. Tuesday works. I’ll pick you up at nine.” Put it in "
    .. "your phone.",
    because = "He has no car and no bus out there, and one ride there and back is "
      .. "what he asked for. He still walks in and does the talking. The job "
      .. "hunt stays his.",
    effects = { intimacy = "+5" },
    next = "danny-slips",
  },
  rescue {
    "Text Gina: “Sure! Send me the job ad, and tell me what you liked about "
    .. "the office.”",
    because = "It feels like cheering her on. But “sure” is a yes to what she "
      .. "asked: you write it. She can write. A resume you wrote gets her a "
      .. "job she must talk "
      .. "about in your words. And your coat waits again.",
    effects = { intimacy = "+5", resentment = "+5" },
    later = {
      after = 1,
      effects = { growth = "-5" },
      says = "Gina asked you to write her thank-you note to the dental office too.",
    },
    next = "danny-slips",
  },
}

scene "danny-slips" {
  place = "living-room",
  { when = "danny_help",
    "Danny has been to eight meetings. He gets there on the bus now, and Ray "
    .. "meets him at the stop. Then, on a Saturday, he calls. His "
    .. "voice is small. “I bet again last night. Two hundred. I told Ray. I "
    .. "wanted to tell you too.” Then: “Ray says you could keep my bank card "
    .. "for a while. Would you?”" },
  { when = "not danny_help and paid_secretly",
    "Danny is still on your couch, or still on your bank. On Saturday he "
    .. "comes home at dawn. He lost two hundred last night. He asks you to cover "
    .. "his share of the food." },
  { when = "not danny_help and not paid_secretly",
    "On Saturday, Danny calls. He lost two hundred last night, and his boss "
    .. "cut his shifts for coming in late. “I know what you’ll say,” he says." },
  { when = "not danny_help",
    "He is not going to the Thursday group. He has not asked you about it." },
  "You feel the old fear in your stomach, and under it, anger.",
  discuss = "Danny slipped. What would it look like to stand beside him without "
    .. "picking him up?",
  notes = "Slips happen on the way to change. Ask the group what Danny most "
    .. "needs from Nina right now: a fix, a lecture, or a witness.",
  hurtful {
    "“Oh, Danny. After all this. I only want you well, you know that.” Say you "
    .. "have to go, and hang up.",
    because = "Your hurt is real, and it is yours to feel. But “after all this” "
      .. "is blame dressed as care, and hanging up on him punishes the honest "
      .. "part, the telling.",
    effects = { intimacy = "-10" },
    clear = "paid_secretly",
    next = "joan-again",
  },
  support {
    "Sit down on the floor where you are. “Okay. Last night. All of it, from "
    .. "the start.”",
    because = "You listen, and you trust him with the next step. He owns the "
      .. "slip, and you stay close.",
    effects = { growth = "+5", intimacy = "+5" },
    clear = "paid_secretly",
    next = "joan-again",
  },
  rescue {
    "“I’ll pick you up on Thursday at six, and I’ll drive you to the help "
    .. "group.”",
    because = "A ride he asks for, with no other way there, is help. Today "
      .. "nobody asked: he gets there on his own, or he has not chosen to go. "
      .. "Booking his Thursdays feels like love. But running his recovery "
      .. "makes it yours. It tells him he can’t.",
    effects = { resentment = "+5", growth = "-5" },
    clear = "paid_secretly",
    next = "joan-again",
  },
  it_depends {
    "Keep his bank card in your kitchen drawer for a while.",
    because = "If he asked for this, after he and Ray talked it over, it helps: "
      .. "his plan, and he can ask for it back. If it is your idea, or you start "
      .. "checking on him, it is a rescue.",
    effects = { growth = "+5", resentment = "+5" },
    clear = "paid_secretly",
    next = "joan-again",
  },
  rescue {
    "“Hey. One bad night doesn’t undo everything. I’m still proud of you.”",
    because = "It sounds kind, and he sounds so relieved. But you waved away a "
      .. "slip he needs to look at, and you told him the loss does not count. "
      .. "The loss is part of what helps him stop.",
    effects = { resentment = "-5", intimacy = "+5" },
    later = {
      after = 1,
      effects = { resentment = "+10", growth = "-5" },
      says = "Danny bet again the next week. “You said one night doesn’t undo "
        .. "anything,” he said. This time he didn’t say sorry.",

    },
    clear = "paid_secretly",
    next = "joan-again",
  },
}

-- ---------------------------------------------------------------- her own life

scene "joan-again" {
  place = "counselling-room",
  "Three months in, you sit in Joan’s soft chair. This time you lean back.",
  { when = "caved",
    "You tell her the truth. The plan fell apart weeks ago. You are paying for "
    .. "everyone again, and your head has not stopped hurting." },
  { when = "not caved and resentment < 40",
    "You tell her your headaches come about once a week now. Your back has "
    .. "not locked up in a month." },
  { when = "not caved and resentment >= 40",
    "You tell her the plan is holding, mostly. But you feel tight all the time, "
    .. "and the headaches still come most days." },
  "“Change isn’t a straight line,” Joan says. “These hours are yours, not "
  .. "your family’s. What do you want to do with the next three months?”",
  discuss = "Joan says change is not a straight line. Where did Nina slip, and "
    .. "what got her back on track?",
  rescue {
    "Say you want to spend these hours on Danny’s calls: what to say when one "
    .. "comes, and what he needs to hear from you.",
    because = "It sounds caring. But Joan said these hours are yours, "
      .. "and his recovery is his. Making it your project keeps the focus off "
      .. "you, and keeps you in charge.",
    effects = { growth = "-5" },
    next = "moms-birthday",
  },
  neutral {
    "“Keep going the way we are, I think. It’s working, mostly. Same time next "
    .. "week?”",
    because = "Steady is good. Just keep an eye out for the old pull. It does not "
      .. "go away in three months.",
    next = "moms-birthday",
  },
  boundary {
    "“Start again, slower. I’ll tell them myself this time, and ask for help "
    .. "holding it.”",
    when = "caved",
    because = "Slipping back is part of change, not the end of it. Starting again "
      .. "is the brave part.",
    effects = { growth = "+5", resentment = "-5" },
    clear = "caved",
    next = "moms-birthday",
  },
  self_care {
    "Say you want to spend these hours on the family: the calls, the bills, "
    .. "and why you were always the one who picked up.",
    because = "Joan said these hours are yours, and this is about you: why you "
      .. "always picked up. Looking at the roots helps the change last. Your care for them was "
      .. "never the problem. Carrying them was.",
    effects = { growth = "+5", resentment = "-5" },
    next = "moms-birthday",
  },
}

scene "moms-birthday" {
  place = "restaurant",
  "Mom’s birthday. The whole family meets at her favorite place, the one with "
  .. "the red booths.",
  { when = "caved",
    "Mom hands you the bill at the end, the way she always has. Nobody seems to "
    .. "notice. You are not sure you do either." },
  { when = "not caved",
    "When the bill comes, Mom picks it up before you can. “My treat,” she says. "
    .. "“I’ve paid every bill I have for three months. I want to pay this one too. "
    .. "You can get the tip, if you like.”" },
  { when = "danny_help",
    "Danny orders a soda. He has a coin in his pocket from his group. He turns "
    .. "it over and over." },
  { when = "not danny_help",
    "Danny is late. He texts that he is on his way. He does not come." },
  { when = "not caved",
    "Gina starts at the dental office on Monday. Luis has two interviews this week. "
    .. "He got his car back, and he paid the shop himself." },
  { when = "caved",
    "Gina is still waiting to hear about a job. Luis asks if you can spot him "
    .. "for gas, just till Friday." },
  { when = "sudden",
    "Gina sits at the far end of the booth. She has not said much to you since "
    .. "the night things got sharp." },
  "Nobody has asked you about the power bill tonight.",
  "Then Mom raises her glass and looks at you. Everyone goes quiet.",
  neutral {
    "Reach for the jug, and fill Mom’s water glass to the top before she "
    .. "starts.",
    because = "A small kindness while you wait. Letting her lead is a good "
      .. "start. Her words are hers to say.",
    next = {
      { when = "caved or resentment >= 55", "the-family-bank" },
      { when = "sudden", "the-closed-door" },
      { when = "danny_help and not sudden and growth >= 60 "
          .. "and resentment <= 35 and intimacy >= 40", "their-own-feet" },
      { when = "growth >= 70 and resentment <= 25 and intimacy >= 55 "
          .. "and danny_help", "their-own-feet" },
      { when = "intimacy < 35", "held-alone" },
      "first-steps",
    },
  },
  support {
    "Raise your glass back. “To Mom. And to all of us, doing our own stuff.”",
    because = "You share the moment instead of running it. Everyone at the table "
      .. "is a grown-up now, you too.",
    effects = { intimacy = "+5", growth = "+5" },
    next = {
      { when = "caved or resentment >= 55", "the-family-bank" },
      { when = "sudden", "the-closed-door" },
      { when = "danny_help and not sudden and growth >= 55 "
          .. "and resentment <= 35 and intimacy >= 40", "their-own-feet" },
      { when = "growth >= 65 and resentment <= 30 and intimacy >= 50 "
          .. "and danny_help", "their-own-feet" },
      { when = "intimacy < 35", "held-alone" },
      "first-steps",
    },
  },
  support {
    "Slip a twenty under the salt shaker before anyone else can reach for "
    .. "their wallet.",
    when = "not caved",
    because = "She said she wants to pay the bill and offered you the tip. "
      .. "Taking her up on it is a small yes to what she asked. The bill stays hers, and so does her pride.",
    effects = { intimacy = "+5" },
    next = {
      { when = "caved or resentment >= 55", "the-family-bank" },
      { when = "sudden", "the-closed-door" },
      { when = "danny_help and not sudden and growth >= 60 "
          .. "and resentment <= 35 and intimacy >= 40", "their-own-feet" },
      { when = "intimacy < 35", "held-alone" },
      "first-steps",
    },
  },
  rescue {
    "Go round the table and hug each of them. “I love you all. Mom, I’ll come "
    .. "Saturday, and we’ll sort out the power bill together at your table.”",
    because = "When the plan began, this was a kind first step. Tonight nobody "
      .. "asked: her bills are hers, and she can pay them. It feels warm now, "
      .. "but her smile goes stiff. You just took her bills back into your "
      .. "hands.",
    effects = { intimacy = "-5", growth = "-5", resentment = "+5" },
    next = {
      { when = "caved or resentment >= 50", "the-family-bank" },
      { when = "sudden", "the-closed-door" },
      { when = "intimacy < 40", "held-alone" },
      "first-steps",
    },
  },
}

-- ---------------------------------------------------------------- endings

ending "the-closed-door" {
  place = "restaurant",
  title = "A door shut hard",
  "Mom’s toast is to her friends from work. Your name does not come up.",
  "You stopped paying, all at once. Then, when it hurt, you went quiet and "
  .. "sharp. Mom pays her own bills now. Gina and Luis are finding work. Danny "
  .. "calls Gina, not you.",
  "You got the money back. You lost the warm part, for now. Nobody knows how "
  .. "scared you were, or how much you wanted them to be proud of you.",
  "It is not too late. A door that shut hard can still be knocked on.",
  lens = {
    goal = "You wanted out of being the family bank, fast. You also wanted them "
      .. "to feel how much it had cost you.",
    behaviours = "You stopped with no warning, then met their anger with your "
      .. "own: walking out, going quiet, hanging up.",
    thoughts = "They had years to grow up. Why should I be gentle now? They never "
      .. "were with me.",
    emotions = "Anger, and under it, grief for the years you gave. Some guilt you "
      .. "did not want to look at.",
    underlying = "A limit said in anger can feel like a punishment, even when "
      .. "the limit is fair. Slow and warm takes longer, and it keeps the door open.",
  },
  practice = "This week, pick one person you pulled away from in anger. Send one "
    .. "warm line that keeps your limit, like “I’m not paying, and I miss you.”",
  reflect = "When you finally say no, does it come out hot? What might help you "
    .. "say it sooner, while it can still be kind?",
}


ending "the-family-bank" {
  place = "restaurant",
  title = "The family bank",
  "Mom’s toast is to you. “To Nina. What would we do without her?” Everyone "
  .. "claps.",
  { when = "caved", "You smile and pay the bill, like always." },
  { when = "not caved",
    "On paper, the plan held. But you spent it braced and bitter, stepping in "
    .. "when no one asked. It feels like nothing changed." },
  "On the way home, Danny asks for fifty. Gina needs you to look at her car "
  .. "loan again. Your head is pounding before you reach the bus.",
  "Nobody is angry with you now. Nobody is growing, either. Not them, and not you.",
  "Joan’s card is still in your wallet. The door is still open.",
  lens = {
    goal = "You wanted the family calm and safe, and the anger to stop. Under "
      .. "that, you wanted your own fear to stop.",
    behaviours = "You made a plan, then stepped back in, bit by bit, to end the "
      .. "tension. You kept being the one they call.",
    thoughts = "If I stop, they’ll fall apart, and it will be my fault. Being "
      .. "needed is who I am.",
    emotions = "Relief when they were happy with you. Then tired, then a slow "
      .. "anger no one saw.",
    underlying = "When home was chaos, taking charge made you feel safe. Paying "
      .. "still buys that feeling, and your body pays the price.",
  },
  practice = "This week, when someone asks you for money or a favor, say, “Let "
    .. "me think about it and get back to you.” Wait one day before you answer.",
  reflect = "What do you fear would happen if you stopped being the one everyone "
    .. "counts on? Who told you that?",
}

ending "held-alone" {
  place = "restaurant",
  title = "Holding on, alone",
  "Mom’s toast is short. “To the birthday girl.” She means herself. She does "
  .. "not look at you.",
  "The plan held. Mom pays her own bills now. Gina and Luis are working things "
  .. "out. But they talk to each other more than they talk to you.",
  "You did the hard part with your jaw set and your heart shut. You never let "
  .. "them see how scared you were, or how much you missed them.",
  "Some days the headaches still come. The family is changing. You want to "
  .. "change with them, not just away from them.",
  lens = {
    goal = "You wanted to stop rescuing, and you did. You also wanted it to hurt "
      .. "less, so you shut down.",
    behaviours = "You said no and held it. You did not stay warm, and you did "
      .. "not let anyone close.",
    thoughts = "If I let myself feel this, I’ll cave. Better to be hard.",
    emotions = "Pride at holding firm. Under it, loneliness, and some anger that "
      .. "no one thanked you.",
    underlying = "A boundary is a line, not a wall. You can be firm and warm at "
      .. "the same time, and let people in on how it feels.",
  },
  practice = "This week, tell one person in your family one true feeling, like "
    .. "“I miss you” or “This is hard for me.” Do not ask them to fix it.",
  reflect = "Where did you learn that you had to be hard to be safe? What might "
    .. "happen if you let someone see you being soft?",
}

ending "first-steps" {
  place = "restaurant",
  title = "First steps",
  "Mom’s toast is a little stiff. “To Nina. Who made us all figure things out.” "
  .. "Gina laughs. Luis rolls his eyes, but he is smiling.",
  "Mom pays her own bills, most of the time. Danny is still up and down. Some "
  .. "weeks you hold firm. Some weeks you slip, and you notice, and you start again.",
  "Your headaches come less often now. Not never. Less.",
  lens = {
    goal = "You wanted your family to stand on their own, and you wanted a life "
      .. "of your own too.",
    behaviours = "You made a slow plan and mostly held it. You still stepped in "
      .. "at times, out of old habit.",
    thoughts = "Maybe they can do more than I thought. But what if they fail, "
      .. "and it is my fault?",
    emotions = "Fear and guilt at first. Then some relief, some pride, and a lot "
      .. "of tired.",
    underlying = "The pull to take charge is old and strong. Seeing it is where "
      .. "change starts. It takes practice, and slips are part of it.",
  },
  practice = "Once a day this week, notice the urge to fix something for someone. "
    .. "Before you act, ask yourself, “Am I helping, or am I taking over?”",
  reflect = "Think of one person you have stopped rescuing, or want to. What have "
    .. "they done on their own that surprised you?",
}

ending "their-own-feet" {
  place = "restaurant",
  title = "On their own feet",
  "Mom stands up. “Three months ago, I was so angry at you,” she says. “I "
  .. "thought you were being cruel. But I never knew I could do this. I’m proud "
  .. "of me. And I’m proud of you.”",
  "Danny lifts his soda. He has had a slip or two. He told Ray each time, and "
  .. "he told you. He is paying back what he owes, a little each week.",
  "Gina starts Monday. Luis grins and says he is buying the next round of "
  .. "sodas with his own money.",
  "Your head does not hurt. You can’t remember when it last did. You still feel "
  .. "the old pull sometimes. Now you know its name, and you know who to call.",
  lens = {
    goal = "You wanted your family to thrive, and you trusted them to get there "
      .. "their own way.",
    behaviours = "You made a slow plan and held it with warmth. You listened "
      .. "without fixing. You let friends and a counselor support you.",
    thoughts = "Their lives are theirs. I can love them a lot and still let them "
      .. "steer. My worry is mine to care for.",
    emotions = "Still worried some nights. But not bitter, and not keeping score. "
      .. "Lighter than in years.",
    underlying = "Your need to keep things steady came from a hard childhood. "
      .. "Now you care by choice, not out of fear, and that leaves room for you.",
  },
  practice = "This week, ask one person you love, “Do you want my help, or do you "
    .. "want me to listen?” Then do what they say, or tell them kindly what you "
    .. "can’t do.",
  reflect = "What has changed for the people you love since you stepped back? "
    .. "What has changed for you?",
}
