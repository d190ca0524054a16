-- Maya and the form: a parent, a sixteen-year-old, and where doing it for
-- her ends and teaching begins.
-- Tess's daughter Maya is sixteen. She has a part-time job at a bakery, three
-- missing history tasks, a school form found at the bottom of her bag, a
-- phone bill her pay was meant to cover, and a Sunday turn with her
-- grandmother, Lola Nena, who lives with the family. In this family caring
-- for Lola is a duty everyone shares, so a no costs more than it would
-- elsewhere; the story respects that duty and asks only how it is shared.
--
-- Flags, and where they matter:
--   took_over    Tess did a task that was Maya's (filled in her half of the
--                form, wrote to her teacher, wrote her essay ending, rang her
--                manager, paid her bill, made her study cards, made her call,
--                told her to drop dance, spoke for her at the doctor's, took
--                her late task off her with Mr. Haddad, went round her to her boss). Never cleared:
--                with growth under 35 it is the pattern in report-day that
--                leads to doing-it-for-her, and it closes the pattern way
--                into her-own-feet. Colours report-day and two endings.
--   sat_beside   maya-writes: Tess sat beside Maya while she wrote to
--                Mr. Haddad herself, as Maya asked. A line in late-essay,
--                cleared there.
--   rested       kwame-talk or report-day: Tess shared the load with Kwame
--                or kept time for herself. Without it, resentment of 50 or
--                more leads to running-on-empty. (The rest in your-evening
--                and counsellor-visit moves the meters only, so the story
--                stays small enough to play every path.)
--   her_plan     more-shifts: Maya planned her own summer week. With rested
--                and without took_over, it is the pattern in report-day
--                that leads to her-own-feet.
--
-- Side scenes sit on some paths only: haddad-replies (Tess wrote to the
-- teacher), maya-writes (Tess left the email to Maya), phone-away (Tess took
-- her phone), late-for-work (Maya was late for her shift), aunt-calls (Tess
-- took Maya's turn with Lola, or passed it to Kwame), cut-off (Maya's line
-- was cut).
--
-- Same act, different kind: a lift is support when there is no bus and Maya
-- asked early (the-bus), and a rescue when it replaces her own alarm
-- (shift-morning). Making a phone call is support when Maya asks and cannot
-- call from class (counsellor-visit), and a rescue when she can and wants to
-- (cut-off, late-for-work). Signing the form is support (only a parent can);
-- filling in her half is not.
-- Twin pairs (word for word the same text; only the scene decides):
--   portal-email (it_depends) / report-day (rescue): a month of Sundays on
--     the school website side by side; it can help the week tasks go
--     missing, and takes back a job she now does alone every Sunday.
--   phone-away (it_depends) / late-for-work (rescue): saying sorry to Lucy
--     yourself, then passing the phone; your part when her phone was in your
--     drawer, her sorry to say when the late start was her own alarm.
--   cut-off (support) / maya-writes (rescue): sitting down beside her with
--     "Keep it short: sorry, and a date"; she asked what to say, or she
--     asked you not to tell her what to put.
--   more-shifts (support) / your-evening (rescue): coffee, a chair and
--     "the whole lot"; she asked for help to lay out her plan, or it is her
--     test, she has notes and a friend, and it costs the night you need.
--   school-calls (support) / kwame-talk (rescue): "I'll tell her you asked";
--     a message is all her teacher needs, but her dad is home and can ask her
--     himself.
--   the-bus (boundary) / lola-sunday (rescue): "I can do this Sunday"; one
--     lift is your limit on your lie-in, and one Sunday turn taken with no
--     asking of Lola and no payback is her family duty taken over.
--   the-bus (support) / shift-morning (rescue): "I'll drive you, love. The
--     car will be warm at quarter to seven"; a lift she asked for early, with
--     no bus, or your voice at her door as her alarm, unasked.
--   more-shifts (it_depends) / the-form (rescue): signing the bottom box and
--     "We'll do the rest at breakfast"; she asked for help to lay out Lucy's
--     form, or every form this term "we" has meant you alone.
--
-- Safety: Maya's low mood in quiet-weeks and in-the-car has gone on for
-- weeks. Tess asks her plainly about thoughts of hurting herself, and the
-- scene says what comes first if the answer is ever yes (stay with her, get
-- help that day, the emergency number if she is in danger now). Suggesting
-- the school counsellor or the doctor is support, never a diagnosis, and
-- every path reaches counsellor-visit, where Maya gets that help.
--
-- Meter changes are all steps of 5, flags are few, and delayed effects in
-- the second half land after one choice, so paths that meet in the same
-- place merge and check and explore can play them all.

scenario {
  id = "maya-and-the-form",
  title = "Maya and the Form",
  teaser = "Maya is sixteen. She has a job, three missing history tasks and a "
    .. "form due yesterday. You could sort it all in an hour. Should you?",
  you_play = "Tess, Maya’s mum",
  people = { maya = { name = "Maya", main = true }, lola = "Lola", lucy = "Lucy" },
  minutes = 20,
  content_notes = {
    "school stress",
    "a teenager with weeks of low mood",
    "a grandparent who needs care",
    "a tired parent",
  },
  meters = { resentment = 15, growth = 35, intimacy = 45 },
  start = "the-form",
}

-- ---------------------------------------------------------------- week one

scene "the-form" {
  place = "living-room",
  "It is nine on Sunday night. You are folding washing on the couch. Your "
  .. "feet ache from a long week at the pharmacy.",
  "Maya, your sixteen-year-old, comes in with a sheet of paper. It is soft and "
  .. "creased from the bottom of her bag. “Mum, sorry. This was due on Friday.”",
  "It is the form for the Year 11 river trip. The top half is hers: her "
  .. "allergies, a phone number, one line on why she wants to go. The bottom "
  .. "box says Parent or carer signature. Only you can sign that box.",
  "Her half is empty. She yawns. She has a bakery shift after school tomorrow.",
  "Every form this term has gone the same way. “We’ll do it after” meant you, "
  .. "alone at the table, filling in her half.",
  discuss = "Which part of the form is Maya’s, and which part is Tess’s? "
    .. "What makes it hard to keep them apart at nine at night?",
  notes = "The whole story is in this first moment. Ask the room to sort the "
    .. "form into her half and your half before anyone votes.",
  rescue {
    "“You look wiped out. Go and shower, and we can do it after.”",
    because = "It is kind, and it sounds like teamwork. But you know how “after” "
      .. "goes: she sleeps, and you fill in her half. She can do it. Tonight she is grateful. Later, forms land on your "
      .. "side of the table.",
    effects = { resentment = "-5", intimacy = "+5" },
    set = "took_over",
    later = {
      after = 2,
      effects = { resentment = "+10", growth = "-5" },
      says = "Two more forms turned up on your side of the table this month. "
        .. "Both were due the next day.",
    },
    next = "portal-email",
  },
  hurtful {
    "Sign the bottom box and push it back. “Friday was two days ago, Maya. "
    .. "This is why teachers stop trusting you.”",
    because = "It sounds like plain facts, and you are tired. But the jab shames her, "
      .. "and next time she hides the form until it is far too late.",
    effects = { resentment = "+5", intimacy = "-10" },
    later = {
      after = 2,
      effects = { growth = "-5" },
      says = "A form for a maths trip never came home at all. You heard about "
        .. "it from another parent at the bus stop.",
    },
    next = "portal-email",
  },
  support {
    "Pick up a pen. Read the form through, and sign it.",
    because = "Only a parent can sign that bottom box, so that task is yours, "
      .. "and you do it. You leave the top half blank, so her half stays hers. She groans now. "
      .. "Later, forms come home with her part done.",
    effects = { growth = "+5", intimacy = "-5" },
    later = {
      after = 3,
      effects = { growth = "+5" },
      says = "The next school form came home flat in a folder. Her half was "
        .. "already filled in. She only needed your name.",
    },
    next = "portal-email",
  },
  rescue {
    "Sign the bottom box. “Leave it by the kettle, love. We’ll do the rest "
    .. "at breakfast.”",
    because = "It sounds fair, and it eases her now. But every form this term, "
      .. "“we’ll do it” has meant you, alone, filling in her half. Her half is "
      .. "hers, and now the job is off her again.",
    effects = { intimacy = "+5" },
    later = {
      after = 2,
      effects = { resentment = "+5", growth = "-5" },
      says = "Maya handed the form in with her half still blank. The office "
        .. "rang you at work to fill it in.",
    },
    next = "portal-email",
  },
}

scene "portal-email" {
  "Monday lunch. An email comes from the school website: three history tasks "
  .. "are missing. The teacher is Mr. Haddad.",
  "In September you and Maya made a deal. School work is hers, and she checks "
  .. "the website herself. She has not told you about these.",
  "She is at school, then at the bakery until seven. You could write to "
  .. "Mr. Haddad in two minutes. You know just the right tone.",
  discuss = "Maya didn’t tell her mum. Whose move is it now? What would "
    .. "you want a parent to do if you were sixteen?",
  it_depends {
    "Offer to look at the school website together each Sunday for a month, "
    .. "side by side, and then stop.",
    because = "If she says yes and it ends on the date you set, it helps her "
      .. "build the habit. If you start checking it every night behind her "
      .. "back, it turns into a rescue.",
    effects = { growth = "+5" },
    later = {
      after = 3,
      effects = { resentment = "+5" },
      says = "Some Sundays you looked at the website before she sat down. She "
        .. "noticed, and said so.",
    },
    next = "late-essay",
  },
  rescue {
    "Reply to the school email: “Thanks for letting me know. She’s had a "
    .. "busy month with work, and a few more days would help her.”",
    because = "It is polite and quick, and it may work. But she is sixteen "
      .. "and can write to her own teacher. Now it is your deal, not hers.",
    effects = { resentment = "-5", growth = "-5" },
    set = "took_over",
    next = "haddad-replies",
  },
  support {
    "That night, show her the email. “I saw this. I’m not going to chase it. "
    .. "It’s yours.” Then go and wash up.",
    because = "She bristles now, and the kitchen goes quiet. But you say what you "
      .. "saw once, and the next step stays with her. Later, she notices you "
      .. "trusted her.",
    effects = { intimacy = "-5" },
    later = {
      after = 2,
      effects = { growth = "+5", intimacy = "+5" },
      says = "You heard Maya on the phone to Jun. “My mum didn’t even freak "
        .. "out. It was weird. Kind of good weird.”",
    },
    next = "maya-writes",
  },
  hurtful {
    "At dinner, take her phone for the week. “Just till the three tasks are "
    .. "in. It’s one less thing pulling at you.”",
    because = "It sounds like help to focus, and you are scared for her marks. "
      .. "But she did not ask, and this "
      .. "punishes more than it teaches, and it cuts her off from her work.",
    effects = { resentment = "+5", intimacy = "-10" },
    next = "phone-away",
  },
}

scene "haddad-replies" {
  place = "doorway",
  "Mr. Haddad writes back within the hour. He is kind. He gives Maya till "
  .. "Friday. He adds: “In future, I’d like to hear from Maya herself.”",
  "At seven the front door bangs. “You emailed my teacher? He asked me about "
  .. "it in front of everyone. I was going to sort it!”",
  "Her face is red. She is sixteen, and she is mortified.",
  "In your house, “we’ll talk later” has always meant no one brings it up "
  .. "again.",
  neutral {
    "“Okay, love. Let’s both calm down.” Make her favourite rice, and call "
    .. "her down when it’s ready.",
    because = "Letting the storm pass is not wrong. But nothing is said about "
      .. "the email, and she is left to guess whether you will do it again.",
    effects = { intimacy = "-5" },
    next = "late-essay",
  },
  rescue {
    "“I hear you, and that’s fair. We can eat first, and talk about it later, "
    .. "once things calm down.”",
    because = "It sounds calm and fair, and it calms the room now. But “later” "
      .. "never comes in your house, so your fix stands and her feelings get "
      .. "smoothed over. Later, she learns that "
      .. "her anger doesn’t count.",
    effects = { intimacy = "+5" },
    later = {
      after = 2,
      effects = { resentment = "+5", intimacy = "-5" },
      says = "Maya stopped telling you about school at dinner. “You’ll only "
        .. "email someone,” she said.",
    },
    next = "late-essay",
  },
  support {
    "“You’re right. I went round you. I won’t write to your teachers again "
    .. "unless you ask me to.” Then stop talking.",
    because = "Owning it plainly, with no excuses, gives her back some ground. "
      .. "She is still cross now. But she learns your word can be trusted.",
    effects = { resentment = "-5", growth = "+5", intimacy = "-5" },
    next = "late-essay",
  },
  hurtful {
    "“I did it because I love you, and one day you’ll thank me.” Turn back "
    .. "to the stove and stir the rice.",
    because = "It sounds loving, and it may feel true tonight. But it tells her you see her as a "
      .. "problem to manage, and it shuts the talk down.",
    effects = { resentment = "+5", intimacy = "-10" },
    next = "late-essay",
  },
}

scene "maya-writes" {
  place = "kitchen",
  "On Tuesday night Maya sits at the kitchen table with her laptop. An email "
  .. "to Mr. Haddad is open. It says Dear Mr. Haddad, and nothing else.",
  "“Will you sit here while I write it?” she asks. “Don’t tell me what to "
  .. "put. Just sit. I hate writing to teachers.”",
  "The school rule is clear: late work needs an email from the student.",
  "Your back has ached all day. You were going to lie down early.",
  rescue {
    "Sit down next to her. “Keep it short: sorry, and a date. It’ll be "
    .. "fine.”",
    because = "It sounds like teaching, and it is only a few words. But she "
      .. "said, “Don’t tell me what to put.” If she asked what to say, a start "
      .. "would help. She asked you not to, so the first line is yours now, "
      .. "and so is the tone.",
    effects = { growth = "-5" },
    later = {
      after = 2,
      effects = { intimacy = "-5" },
      says = "The next time she had to write to a teacher, Maya waited for you "
        .. "to start it.",
    },
    next = "late-essay",
  },
  support {
    "Pull out the chair next to her with your tea and your book, and read "
    .. "till she hits send.",
    because = "She asked for this, and sitting there is a real task. It is "
      .. "all she wanted. The words, and the email, stay hers.",
    effects = { growth = "+5", intimacy = "+5" },
    set = "sat_beside",
    next = "late-essay",
  },
  rescue {
    "“Honestly, I don’t think he’ll mind. I’d just hand the tasks in when "
    .. "they’re done.”",
    because = "It spares her a hard task, and she looks relieved now. But "
      .. "writing to him is the right step, and she was about to take it. You "
      .. "talked her out of it.",
    effects = { resentment = "-5", intimacy = "+5" },
    later = {
      after = 2,
      effects = { growth = "-5", resentment = "+5" },
      says = "Mr. Haddad gave Maya a lunch detention. He had heard nothing "
        .. "from her, and the tasks were still missing.",
    },
    next = "late-essay",
  },
  boundary {
    "Sit down next to her with a hot water bottle for your back. Stay till "
    .. "it goes cold, then kiss her head and go up to bed.",
    because = "You give what she asked for, and your back says where it stops. "
      .. "She looks a little hurt now. The email still gets written, by her.",
    effects = { resentment = "-5", intimacy = "-5" },
    set = "sat_beside",
    later = {
      after = 2,
      effects = { growth = "+5" },
      says = "Maya sent the email before the bottle went cold. She read it out to you "
        .. "first, because she wanted to.",
    },
    next = "late-essay",
  },
}

scene "phone-away" {
  place = "doorway",
  "Wednesday. Maya’s manager at the bakery, Lucy, rings the house phone. "
  .. "Maya missed a text about a changed shift. Her phone is in your drawer, "
  .. "where you put it on Monday night. "
  .. "She was due in at four.",
  "Maya stands in the hall, white in the face. “Can I have it back? Just "
  .. "for work? Please?”",
  hurtful {
    "“I know it’s hard, love. But if I give in now, you’ll never learn. Tell "
    .. "Lucy it was your fault.”",
    because = "It sounds like firm, loving parenting. But the phone in your "
      .. "drawer is why she missed the text. It costs her job to prove your "
      .. "point, and she learns that her efforts don’t count.",
    effects = { resentment = "+5", intimacy = "-10" },
    later = {
      after = 2,
      effects = { growth = "-5" },
      says = "Lucy cut Maya to one shift a week. Maya didn’t tell you. You "
        .. "found the new rota on the fridge.",
    },
    next = "late-essay",
  },
  it_depends {
    "Pick up the phone to Lucy. Say sorry yourself, then pass it to Maya.",
    because = "Lucy is on the line, and Maya’s phone was in your drawer, so the "
      .. "missed text is partly on you. Owning your part is fair, and passing the phone lets Maya "
      .. "speak for herself. If you go on to plead her case and fix her shifts, "
      .. "it turns into a rescue.",
    effects = { intimacy = "+5" },
    later = {
      after = 2,
      effects = { growth = "+5" },
      says = "Lucy moved Maya’s shift to Thursday. Maya sorted it with her. "
        .. "You only said the one sentence.",
    },
    next = "late-essay",
  },
  support {
    "Give it back. “That rule was just my fear talking, not a plan. The "
    .. "history tasks are still yours, though.”",
    because = "Undoing a punishment is hard on your pride now. But it keeps "
      .. "the problem hers, and shows her how to own a mistake.",
    effects = { resentment = "-5", growth = "+5" },
    next = "late-essay",
  },
}

scene "late-essay" {
  place = "kitchen",
  "Thursday, eleven at night. Maya is still at the kitchen table. The last "
  .. "history task is an essay on the 1918 flu. It is due at nine tomorrow. "
  .. "She has two pages and no ending.",
  "She rubs her eyes. “Mum, you’re good at this. Can you do the last "
  .. "paragraph? I’ll change a few words.”",
  "You have to be up at six for work.",
  { when = "sat_beside",
    "At least the email went on Tuesday, in her own words. Mr. Haddad gave "
    .. "her till Friday for all three." },
  discuss = "It is late, and Maya is tired and stuck. What is kind here, "
    .. "and what only looks kind?",
  support {
    "Read her two pages out loud to her, slowly, while she listens. Then say "
    .. "goodnight and go up.",
    because = "She asked for an ending, and you give her the next best thing: "
      .. "her own words, heard fresh. The ending in them is hers to find. "
      .. "Then you go to bed. She is a bit cross now.",
    effects = { growth = "+5", resentment = "-5" },
    clear = "sat_beside",
    next = "shift-morning",
  },
  rescue {
    "Pull the laptop over. Write a strong last paragraph in her voice while "
    .. "she makes you both tea. Then bed, both of you.",
    because = "At eleven at night it feels like mercy. But it is her essay "
      .. "and her mark. Now she sleeps. Later, the next essay comes to you too.",
    effects = { resentment = "-5", intimacy = "+5" },
    set = "took_over",
    later = {
      after = 2,
      effects = { resentment = "+10", growth = "-5" },
      says = "Mr. Haddad wrote “Great ending!” on the essay. Maya showed you "
        .. "without a word. You both knew whose ending it was.",
    },
    clear = "sat_beside",
    next = "shift-morning",
  },
  boundary {
    "Make her a hot chocolate, and set it by the laptop. “Night, love. I’m "
    .. "up at six.” Then go up to bed.",
    because = "She asked you to write it, and the hot chocolate is all you "
      .. "give. It is a no, kindly done, and she is stung now. But the essay "
      .. "stays hers, and so does your sleep. Later, a plain ending of her own "
      .. "is worth more than yours.",
    effects = { intimacy = "-5" },
    later = {
      after = 2,
      effects = { growth = "+10" },
      says = "Maya handed in a short, plain ending. Mr. Haddad gave her a C+ "
        .. "and wrote: “Good point, in your own words.”",
    },
    clear = "sat_beside",
    next = "shift-morning",
  },
  rescue {
    "“It’s late, love. Go up now, and say your mum made you stop. I’ll write "
    .. "the note for Mr. Haddad in the morning.”",
    because = "Sleep matters, and it sounds wise now. But the note puts your "
      .. "word between her and her own deadline, and the essay is still hers. "
      .. "Later, she expects a parent to "
      .. "make deadlines go away.",
    effects = { intimacy = "+5" },
    later = {
      after = 2,
      effects = { resentment = "+5", growth = "-5" },
      says = "Mr. Haddad emailed you, not Maya. “I’d rather she told me "
        .. "herself,” he wrote.",
    },
    clear = "sat_beside",
    next = "shift-morning",
  },
}

-- ---------------------------------------------------------------- work

scene "shift-morning" {
  place = "bedroom",
  "Saturday, 6:40 in the morning. Maya’s bakery shift starts at seven. It is "
  .. "a ten-minute walk.",
  "When she took the job, you made a deal: she sets her own alarm, and you "
  .. "don’t wake her for work. She chose the job. She chose the deal.",
  "Her alarm has been buzzing through the wall for five minutes. Nothing else "
  .. "in the house moves.",
  "You stand on the landing, by her door, with your coffee.",
  neutral {
    "Put the radio on low in the kitchen, and make two coffees. Leave hers "
    .. "by the front door in a travel mug.",
    because = "You don’t wake her, and you don’t decide anything. The radio may "
      .. "wake her, or it may not. It is a wait, not a plan, and later she "
      .. "may wish you had said something.",
    later = {
      after = 1,
      effects = { intimacy = "-5" },
      says = "Maya said later she had heard the radio. “You were up. You "
        .. "could have said something,” she said.",
    },
    next = "late-for-work",
  },
  rescue {
    "“I’ll drive you, love. The car will be warm at quarter to seven.”",
    because = "It saves her a telling-off now. But she did not ask, and "
      .. "the deal was hers: she sets her alarm, and you don’t wake her for "
      .. "work. Said at her door, your voice is the alarm, and the lift saves "
      .. "her from the walk. Later, it is every Saturday.",
    effects = { resentment = "-5", intimacy = "+5" },
    later = {
      after = 2,
      effects = { resentment = "+10", growth = "-5" },
      says = "The next two Saturdays, Maya’s alarm went off, and she lay "
        .. "there and waited for your voice at the door.",
    },
    next = "the-bus",
  },
  support {
    "Make your coffee, and take it out to the garden, where you can’t hear "
    .. "the alarm.",
    because = "It is hard to walk away from the alarm. But the deal was "
      .. "hers, and one late shift teaches more than your knock ever could.",
    effects = { resentment = "+5", growth = "+5" },
    next = "late-for-work",
  },
  it_depends {
    "Knock once on her door, say “Alarm,” and walk back to the kitchen "
    .. "without waiting for an answer.",
    because = "One knock in a rare bad week is kind. If one knock turns into "
      .. "every shift, it turns into a rescue, and the alarm is yours again.",
    effects = { intimacy = "+5" },
    later = {
      after = 3,
      effects = { resentment = "+5" },
      says = "Two weeks later you caught yourself at her door again at 6:40, "
        .. "hand up, ready to knock.",
    },
    next = "the-bus",
  },
}

scene "late-for-work" {
  "Maya runs out at ten past seven with wet hair. She is back at two, red in "
  .. "the face. Lucy told her off in front of a customer.",
  "“She said one more time and she’ll cut my hours.” Then Maya says, “Can you "
  .. "ring her? Say the alarm broke. She’ll listen to a parent.”",
  "Her own phone is in her hand. The late start was her alarm, and nobody "
  .. "else’s.",
  discuss = "Maya has asked for a phone call. Is that the same as asking for "
    .. "help? What would help look like here?",
  rescue {
    "“It was one late morning, love. Give it a few days, and Lucy will have "
    .. "forgotten all about it.”",
    because = "It sounds calm and kind. But Lucy said one more time and she "
      .. "cuts hours, and the job is Maya’s to keep. Waiting it out means she "
      .. "never says sorry. She feels safe now. Later, being late feels like "
      .. "nothing much.",
    effects = { intimacy = "+5" },
    set = "took_over",
    later = {
      after = 2,
      effects = { resentment = "+5", growth = "-5" },
      says = "Maya never said sorry to Lucy. She was late again that week, "
        .. "and Lucy cut one of her shifts.",
    },
    next = "the-bus",
  },
  support {
    "“I’m not ringing Lucy, love. She’d rather hear it from you. Two alarms "
    .. "tonight might help, one across the room.”",
    because = "You say no to the call and yes to her. She is cross now. But "
      .. "she faces Lucy herself, and she has a plan for the alarm.",
    effects = { growth = "+5", intimacy = "-5" },
    later = {
      after = 2,
      effects = { intimacy = "+5" },
      says = "Maya told Lucy she was sorry and it was her own fault. Lucy "
        .. "gave her the Sunday shift after that.",
    },
    next = "the-bus",
  },
  rescue {
    "Pick up the phone to Lucy. Say sorry yourself, then pass it to Maya.",
    because = "It sounds like owning up, and Lucy may soften. But this late "
      .. "start was her alarm, not your drawer, and her phone is in her hand. "
      .. "The sorry is hers to say, and you said it first. She is relieved "
      .. "now. Later, you are the one who smooths things with her boss.",
    effects = { resentment = "-5", intimacy = "+5" },
    set = "took_over",
    later = {
      after = 2,
      effects = { growth = "-5" },
      says = "The next week Maya was late again. “Can you ring Lucy?” she "
        .. "asked, before she took her coat off.",
    },
    next = "the-bus",
  },
  hurtful {
    "“Well, love, Lucy isn’t wrong. That’s what a grown-up job is like.” "
    .. "Go back to your crossword.",
    because = "The frustration is fair, and it sounds like plain truth. But "
      .. "she came to you upset, and you brush her off and take Lucy’s side. "
      .. "She stops bringing her work worries home.",
    effects = { resentment = "+5", intimacy = "-10" },
    next = "the-bus",
  },
}

scene "the-bus" {
  "The next Friday, Maya finds you early, not at the last minute. “Lucy gave "
  .. "me the Sunday early shift. It starts at seven.”",
  "“The first Sunday bus isn’t till 8:40. Could you drive me? I asked Jun’s "
  .. "dad, but he’s away.”",
  "It is a fifteen-minute drive. Sunday is the only lie-in you get. You can "
  .. "give up one this month, but not every Sunday. Your deal still stands: "
  .. "she sets her own alarm for work.",
  boundary {
    "“I can do this Sunday, love.” Circle it on the calendar, and leave "
    .. "the other Sundays blank.",
    because = "You can give up one lie-in, not all of them. You give that one "
      .. "lift, and the blank Sundays say where it ends. She is let down now. "
      .. "Later, she finds her own way, and she is proud of it.",
    effects = { intimacy = "-5" },
    later = {
      after = 1,
      effects = { growth = "+5" },
      says = "Maya swapped with a coworker for a ten o’clock start. She told "
        .. "you like it was nothing.",
    },
    next = "lola-sunday",
  },
  hurtful {
    "“I only say this because I love you. This is what happens when you say "
    .. "yes before you check the buses.”",
    because = "It sounds like a caring lesson. But she did think ahead, and "
      .. "she asked in good time. Turning her down with a jab punishes the very "
      .. "thing you want from her.",
    effects = { resentment = "+5", intimacy = "-10" },
    later = {
      after = 1,
      effects = { growth = "-5" },
      says = "Maya walked to the bakery in the dark rather than ask you "
        .. "again. It took her forty minutes.",
    },
    next = "lola-sunday",
  },
  rescue {
    "“Yes, I’ll drive you. I’m up at six anyway, so I’ll give you a shout "
    .. "at quarter past.”",
    because = "The lift was asked for and fair. The shout was not: by your "
      .. "deal, her alarm is hers. She is pleased now. Later, waking her takes "
      .. "back the alarm she only just learned to own.",
    effects = { intimacy = "+5", growth = "-5" },
    later = {
      after = 1,
      effects = { resentment = "+5" },
      says = "By the third Sunday you called up the stairs at six, then again "
        .. "at twenty past. She was still asleep.",
    },
    next = "lola-sunday",
  },
  support {
    "“I’ll drive you, love. The car will be warm at quarter to seven.”",
    because = "There is no bus, she asked early, and she tried someone else "
      .. "first. A lift she asked for, with no bus, is support here. Your "
      .. "deal still stands, so the getting up stays hers.",
    effects = { growth = "+5", intimacy = "+5" },
    next = "lola-sunday",
  },
}

-- ---------------------------------------------------------------- family

scene "lola-sunday" {
  "Lola Nena, your mother, has lived with you since her fall two years ago. "
  .. "In your family, no one leaves an elder alone. Everyone has a turn.",
  "You do breakfasts and Thursday nights. Your sister Marisol does Tuesdays. "
  .. "Your husband Kwame does the pharmacy runs. Maya’s turn is Sunday afternoon: lunch with Lola, then sorting her "
  .. "pill box for the week together.",
  "Maya loves Lola. But today she says, “Lucy offered me an extra shift, "
  .. "twelve to five. Can you do Lola today? I need the money.”",
  "You have done Lola’s breakfast, and the laundry. In "
  .. "your family a swap is asked for, not handed over: you ask Lola, or the "
  .. "one whose turn you take, and the turn is paid back.",
  "Maya has not asked Lola. She has not said when she will pay the turn back.",
  discuss = "In Maya’s family, caring for Lola is a duty everyone shares. How "
    .. "does that change what a no costs, and who should ask whom?",
  notes = "Treat the duty with respect: the question is not whether the "
    .. "family should care for Lola, but whose turn it is and who does the "
    .. "asking when a turn needs to move.",
  neutral {
    "“Ask your dad when he’s up. He’d love to help you.” Go back to folding "
    .. "the towels, and let the two of them sort it out.",
    because = "You pass it on and wait. It isn’t wrong, but it isn’t a plan. The "
      .. "choice moves to Kwame, who is asleep after a night shift, and "
      .. "later someone pays for it.",
    later = {
      after = 1,
      effects = { resentment = "+5" },
      says = "Kwame said yes, half asleep. He did Lola’s lunch on no sleep, "
        .. "and the house was tense all evening.",
    },
    next = "aunt-calls",
  },
  boundary {
    "Hand her Lola’s pill box and the lunch list. “Lola’s waiting for you, "
    .. "anak. Lucy will have other shifts.”",
    because = "A clear no, kindly said. Maya is cross now and may lose the "
      .. "shift. But the care is shared the way your family agreed, and you "
      .. "are not carrying two turns.",
    effects = { resentment = "-5", intimacy = "-5" },
    next = "phone-bill",
  },
  rescue {
    "“I can do this Sunday, love.” Circle it on the calendar, and leave "
    .. "the other Sundays blank.",
    because = "It sounds like one small favour, and Maya gets her shift. But "
      .. "this is her turn with Lola, not a lift. In your family a swap is "
      .. "asked of Lola and paid back, and this is neither: nobody asks Lola, "
      .. "and no day is written down to pay it back. It keeps the peace now, and later your "
      .. "Sundays are gone.",
    effects = { growth = "+5", intimacy = "+5" },
    later = {
      after = 1,
      effects = { resentment = "+10", intimacy = "-5" },
      says = "Maya took the Sunday shift again the next week. She didn’t ask "
        .. "this time. She just said, “You’ve got Lola, right?”",
    },
    next = "aunt-calls",
  },
  support {
    "“Lola likes Saturdays too, anak. Ask her if she’d swap, or ring Tita "
    .. "Marisol. I’ve done my turn today.”",
    because = "The turn is hers, and so is changing it. You hand back the "
      .. "asking, and she learns how a family swap is done. She huffs now.",
    effects = { growth = "+5", intimacy = "-5" },
    later = {
      after = 1,
      effects = { intimacy = "+10" },
      says = "Lola told you Maya came on Saturday with pandesal and sat with "
        .. "her for two hours. “She asked me properly,” Lola said.",
    },
    next = "phone-bill",
  },
  support {
    "Say yes. Write Maya’s name on your Thursday night, and send her in to "
    .. "tell Lola.",
    because = "It looks like taking her turn. But it is a real swap, the way "
      .. "your family does them: Maya tells Lola herself, and pays the turn "
      .. "back on Thursday. Your load stays the same, and her share stays hers.",
    effects = { intimacy = "+5" },
    later = {
      after = 1,
      effects = { growth = "+5" },
      says = "On Thursday night Maya did Lola’s tea and pills without a "
        .. "reminder. You were asleep by nine.",
    },
    next = "phone-bill",
  },
}

scene "aunt-calls" {
  place = "phone-night",
  "That evening your sister Marisol rings. Lola told her Maya was at work all "
  .. "afternoon.",
  "“Ate, in our family the young ones do their part. She’s learning that "
  .. "Lola comes after money. Do you want me to talk to her?”",
  "You feel it in your stomach: your sister’s judgement, Lola’s feelings, "
  .. "Maya’s shift, your own tired back. If Maya is let off her Sundays, you "
  .. "are the one who fills them.",
  discuss = "Marisol offers to talk to Maya. Whose talk is this, and who "
    .. "should be in it?",
  self_care {
    "“Come for dinner on Thursday, Marisol, and stay the night with Lola. "
    .. "I’ll make your adobo.”",
    because = "It sounds like hosting, but it is your own tired back asking. "
      .. "You ask for your own share of help. That is not failing the "
      .. "family. It keeps you able to keep your turn.",
    effects = { resentment = "-5" },
    later = {
      after = 1,
      effects = { intimacy = "+5" },
      says = "Marisol took two of your Thursdays. You slept on both of them, "
        .. "and you were kinder to everyone after.",
    },
    next = "phone-bill",
  },
  hurtful {
    "“Thanks, Marisol, but we’ll manage. We always have, on our own.”",
    because = "You are stretched thin, and the jab slips out. It hurts your "
      .. "sister and leaves you on your own with all of it.",
    effects = { resentment = "+5", intimacy = "-5" },
    next = "phone-bill",
  },
  support {
    "“Thanks, Marisol. I’ll tell Maya you rang. She can ring you back about "
    .. "the Sundays.”",
    because = "Marisol offered to talk to Maya, and you don’t take her up on "
      .. "it. You don’t carry messages between them, and you don’t let "
      .. "Marisol take over either. Marisol is a bit hurt now. The talk stays "
      .. "with the two people it belongs to.",
    effects = { growth = "+5", resentment = "+5" },
    next = "phone-bill",
  },
  rescue {
    "“Exams are close, Marisol. The Sundays can wait a few weeks.”",
    because = "It sounds fair, and it ends the call. But you answered for "
      .. "Maya, and “the Sundays can wait” means her Sundays fall to you, "
      .. "without asking her or Lola.",
    effects = { intimacy = "+5", resentment = "+5" },
    later = {
      after = 1,
      effects = { resentment = "+10" },
      says = "Exams were six weeks away. By week three you were doing your "
        .. "turns and Maya’s, and you snapped at Lola.",
    },
    next = "phone-bill",
  },
}

-- ---------------------------------------------------------------- money

scene "phone-bill" {
  place = "kitchen",
  "A text from the phone company: Maya’s bill, $35, is due Friday. If it is "
  .. "not paid, the line is cut.",
  "When she got the bakery job, you both agreed that her pay covers her "
  .. "phone. It was her idea. You wrote it on the fridge together.",
  "This month her pay went on a jacket and a concert ticket. Her shifts end "
  .. "in daylight, and the bakery has a phone. “Can you cover it? I’ll have "
  .. "it on the 20th.”",
  "In March she borrowed for a bus pass. You wrote the date on a note "
  .. "yourself, and she never looked at it. You paid that one off too.",
  rescue {
    "Say yes, and lend her the $35. Write “Maya, the 20th” on the calendar "
    .. "by the fridge.",
    because = "It looks like a fair loan, and she is relieved now. But it is "
      .. "March again: your pen, your date, your memory. She is safe without "
      .. "the phone, and the deal was hers. A loan she never has to track "
      .. "teaches her that deals bend.",
    effects = { resentment = "-5", intimacy = "+5" },
    set = "took_over",
    later = {
      after = 1,
      effects = { resentment = "+10", growth = "-5" },
      says = "The next bill came to your email. Maya had changed the contact "
        .. "to you, without a word.",
    },
    next = "your-evening",
  },
  it_depends {
    "Say yes, and lend her the $35. Pass her the pen and the pad by the "
    .. "fridge.",
    because = "This time she writes the date, not you as in March. A loan she "
      .. "plans and pays back can teach. If the date slides "
      .. "and you never mention it, it turns into a rescue.",
    effects = { growth = "+5" },
    later = {
      after = 1,
      effects = { resentment = "+5" },
      says = "The 20th came and went. She paid you on the 27th, after you "
        .. "asked twice.",
    },
    next = "your-evening",
  },
  support {
    "“No, love.” Then put the kettle on, and make her a hot chocolate while "
    .. "she thinks.",
    because = "It feels mean now, and she slams a cupboard. But the deal was "
      .. "her own, she is safe without the phone, and the way out stays in her "
      .. "hands. You stay warm while she finds it.",
    effects = { resentment = "+5", growth = "+5", intimacy = "-5" },
    next = "cut-off",
  },
  rescue {
    "“Exams first, love. Leave the bill with me till your last paper, and "
    .. "we’ll look at it then.”",
    because = "It feels generous, and it takes a worry off her now. But she "
      .. "is safe without the phone, and the deal was hers. Taking the bill "
      .. "rewrites her own deal for her. Later, the bill is simply yours.",
    effects = { intimacy = "+5" },
    later = {
      after = 1,
      effects = { resentment = "+5", growth = "-5" },
      says = "Exams ended. The phone bill didn’t go back to Maya. Neither of "
        .. "you brought it up.",
    },
    next = "your-evening",
  },
}

scene "cut-off" {
  "Friday night the line is cut. Maya can still text on wifi, but she can’t "
  .. "call. “Everyone’s on a group call without me.”",
  "Your phone is on the couch between you. “Can I use it to ring the "
  .. "company? I want to ask for a payment plan. Will you stay in the room? I "
  .. "hate phones. What do I even say?”",
  neutral {
    "Hand her your phone and a glass of water. “You’ve got this, love.” "
    .. "Then go and start the washing-up.",
    because = "She gets the phone and a kind word, which is the main thing. She asked you to "
      .. "stay in the room, though, and you left.",
    effects = { intimacy = "-5" },
    next = "your-evening",
  },
  support {
    "Sit down next to her. “Keep it short: sorry, and a date. It’ll be "
    .. "fine.”",
    because = "She asked for your phone, for you in the room, and what to say. "
      .. "That is what you give: a start, and you beside her. She dials, and "
      .. "she does the talking. Her voice shakes, and she does it.",
    effects = { growth = "+5", intimacy = "+5" },
    later = {
      after = 1,
      effects = { growth = "+5" },
      says = "Maya set up the payment plan herself. She told Jun about it like "
        .. "she had climbed a mountain.",
    },
    next = "your-evening",
  },
  hurtful {
    "Hand her the phone. “I’m proud of you for ringing, love. Maybe now "
    .. "you’ll think twice before the next jacket.”",
    because = "The lesson is already landing on its own. Rubbing it in turns "
      .. "a lesson into a shaming, and she stops asking you for anything.",
    effects = { resentment = "+5", intimacy = "-10" },
    next = "your-evening",
  },
  rescue {
    "“Not now, love. Your voice is shaking. Leave the number with me, and "
    .. "we’ll ring the company together on Monday at lunch.”",
    because = "It sounds careful, and she is relieved now. But she was "
      .. "ready to make that call tonight, and she only asked what to say. "
      .. "Taking the number turns her call into yours. "
      .. "Later, she hands you every call like it.",
    effects = { resentment = "-5", growth = "-5" },
    set = "took_over",
    later = {
      after = 1,
      effects = { intimacy = "-5" },
      says = "The next time the phone company rang, Maya passed the phone to "
        .. "you without a word.",
    },
    next = "your-evening",
  },
}

-- ---------------------------------------------------------------- your rest

scene "your-evening" {
  place = "kitchen",
  "Thursday. You have been up past midnight three nights this week. Today you "
  .. "fell asleep at your desk at the pharmacy, and your boss noticed.",
  "Your friend Hina texts: “Walk and chips tonight? Like old times. Seven "
  .. "till nine.” Kwame is on nights all week.",
  "Maya has a history test tomorrow. At dinner she says, “Will you quiz me "
  .. "tonight? Like, properly, the whole lot?”",
  discuss = "Is it selfish for Tess to go out tonight? What does her own rest "
    .. "have to do with Maya?",
  self_care {
    "Quiz her over dinner, plates pushed aside, as much as fits. Then text "
    .. "Hina yes, and grab your coat.",
    because = "You need rest and a friend, and that is not selfish. Quizzing "
      .. "her over dinner is still help. Maya is miffed now. The test stays hers.",
    effects = { resentment = "-10", intimacy = "-5" },
    later = {
      after = 1,
      effects = { growth = "+5" },
      says = "Maya made her own flash cards after you left. She tested "
        .. "herself in the bath, out loud.",
    },
    next = "quiet-weeks",
  },
  rescue {
    "Make a pot of coffee and pull up a chair. “Right. Let’s go through the "
    .. "whole lot.”",
    because = "It feels like love, and she is glad now. But it is her test, "
      .. "and she has her notes. Hina asked first, you have had three short "
      .. "nights, and you fell asleep at work. “The whole lot” runs to "
      .. "midnight, and you end up making her study cards for her.",
    effects = { intimacy = "+5" },
    set = "took_over",
    later = {
      after = 1,
      effects = { resentment = "+10" },
      says = "You got her through the test. The next day you burned the rice, "
        .. "cried in the car park, and didn’t know why.",
    },
    next = "quiet-weeks",
  },
  it_depends {
    "Skip Hina, quiz Maya for one hour, then go straight to bed with the door "
    .. "shut and the phone off.",
    because = "An hour of the help she asked for, then an early night, can "
      .. "be both help and rest. If you skip your friend every week for her "
      .. "work, it turns into a rescue.",
    effects = { resentment = "-5" },
    next = "quiet-weeks",
  },
  support {
    "“You’ve got your notes, and Jun has the same test, so quiz each other on "
    .. "video. I’ll look in at nine.”",
    because = "She has what she needs, and a friend who needs it too. She "
      .. "sulks a little now. The studying stays with her.",
    effects = { growth = "+5", intimacy = "-5" },
    next = "quiet-weeks",
  },
}

-- ---------------------------------------------------------------- low weeks

scene "quiet-weeks" {
  place = "living-room",
  "Two weeks go by, and something is off with Maya. She comes home and goes "
  .. "straight to bed. Her lunch comes home in her bag, not eaten.",
  "She hasn’t seen Jun in weeks. She skipped dance twice. Last night you "
  .. "heard her crying in her room. This morning she said she was fine.",
  "This is more than a bad week. It has been going on for a while.",
  discuss = "How can a parent tell a normal hard week from something that "
    .. "needs more help? What would Tess look for?",
  notes = "This is not a quiz about rescue. Weeks of low mood are worth a "
    .. "gentle, direct word and, if it goes on, a counsellor or a doctor. "
    .. "Have local helpline numbers ready, and let anyone step out.",
  rescue {
    "Bring her a tea and sit with her a while. Tell her lots of people feel "
    .. "flat around exams.",
    because = "It is warm, and it helps for an evening. But this has gone on "
      .. "for weeks. Telling her it is normal cheers her past it, and keeps "
      .. "the real talk away.",
    effects = { resentment = "-5", intimacy = "+5" },
    later = {
      after = 1,
      effects = { intimacy = "-5", growth = "-5" },
      says = "The tea helped for an hour. The next day, her lunch came home "
        .. "in her bag again.",
    },
    next = "in-the-car",
  },
  hurtful {
    "“You need sleep, love. Phone in the kitchen at ten from tonight, and "
    .. "you’ll feel fine.”",
    because = "Sleep matters. But this brushes off weeks of her feeling low, "
      .. "and it tells her not to bring it to you.",
    effects = { resentment = "+5", intimacy = "-10" },
    next = "in-the-car",
  },
  support {
    "Knock, and sit on the end of her bed. “You haven’t seemed yourself for a "
    .. "while. I’m worried. Can we talk in the car tomorrow?”",
    because = "You say your worry once, plainly, and give her time to get "
      .. "ready. She pulls the duvet up now. But she knows you have noticed.",
    effects = { growth = "+5", intimacy = "-5" },
    later = {
      after = 1,
      effects = { intimacy = "+10" },
      says = "Maya said later, “I was so glad you said something. I didn’t "
        .. "know how to start.”",
    },
    next = "in-the-car",
  },
  rescue {
    "“Skip dance this week, love, and get an early night.”",
    because = "It sounds caring, and it comes from real worry. But you decided "
      .. "for her, and dance was one of the few things still hers. Weeks of "
      .. "feeling flat need a gentle talk, not less of her own life.",
    effects = { growth = "-5" },
    set = "took_over",
    later = {
      after = 1,
      effects = { intimacy = "-10" },
      says = "Maya didn’t go back to dance. “You said to stop,” she said, and "
        .. "went up to her room.",
    },
    next = "in-the-car",
  },
}

scene "in-the-car" {
  place = "car",
  "On the drive to Lola’s clinic, Maya talks. “I’m so tired of everything. "
  .. "School, work, all of it. I can’t keep up, and I feel rubbish all the "
  .. "time.”",
  "You keep your eyes on the road and ask the question you are scared to "
  .. "ask. “Have you had thoughts of hurting yourself, or of not being here?”",
  "She looks at you. “No. Not like that. I just feel flat. For weeks.”",
  "You believe her. You also know that if the answer is ever yes, you don’t "
  .. "wait. You stay with her and get help that day, and call the emergency "
  .. "number if she is in danger.",
  "Her school has a counsellor, Ms. Kaur. Your family doctor is Dr. Novak.",
  "The bakery is the one thing she still talks about with a smile.",
  discuss = "Maya says no to the hard question. What might help her now, and "
    .. "who else could help?",
  notes = "Model the direct question: asking about thoughts of self-harm "
    .. "does not put the idea in someone's head. Pointing her to a counsellor "
    .. "or doctor is support here, and no one in the story diagnoses her.",
  hurtful {
    "“I know, love. I was the same at your age, and look at me now: bills, "
    .. "and a mum with bad hips.”",
    because = "You may mean it as comfort. But it turns what she just trusted "
      .. "you with into your story, and shrinks it. She may not try again.",
    effects = { resentment = "+5", intimacy = "-10" },
    later = {
      after = 1,
      effects = { growth = "-5" },
      says = "Maya put her earbuds in for the rest of the drive. She didn’t "
        .. "bring it up again for days.",
    },
    next = "counsellor-visit",
  },
  rescue {
    "“Your health comes first. I think the job should go, at least till you "
    .. "feel more like yourself.”",
    because = "You want the load off her, and she is relieved now. But the "
      .. "job is the one thing she still smiles about, and the choice was hers. "
      .. "Deciding for her takes it away.",
    effects = { resentment = "-5", growth = "-5" },
    later = {
      after = 1,
      effects = { intimacy = "-5" },
      says = "Without the bakery, Maya stayed in her room even more. “That "
        .. "was the only place I felt okay,” she said.",
    },
    next = "counsellor-visit",
  },
  support {
    "“Thank you for telling me. Weeks of feeling flat is worth talking to "
    .. "someone about. Ms. Kaur, or Dr. Novak? You choose.”",
    because = "Suggesting a counsellor or a doctor for weeks of low mood is "
      .. "support, not a rescue. You don’t name what it is. You point to help "
      .. "and let her choose.",
    effects = { growth = "+5", intimacy = "+5" },
    next = "counsellor-visit",
  },
  it_depends {
    "After you drop her off, ring Ms. Kaur yourself. Tell her what Maya said, "
    .. "and ask her to find Maya this week.",
    because = "A parent may share a worry like this with the school, and "
      .. "should if it grows. If Maya knows, it helps. If it is done behind "
      .. "her back, it costs trust, and it turns into a rescue.",
    effects = { growth = "+5" },
    later = {
      after = 1,
      effects = { intimacy = "-5" },
      says = "Ms. Kaur told Maya that you had rung. Maya was glad to see her, "
        .. "and hurt that you hadn’t said.",
    },
    next = "counsellor-visit",
  },
}

scene "counsellor-visit" {
  "Two days later Maya says she wants to see Ms. Kaur at school, and "
  .. "Dr. Novak too. “Jun says it helped her.”",
  "The doctor’s phone line opens at eight, when Maya is in class. Phones are "
  .. "banned in lessons.",
  "“Can you ring at eight and get me a slot after school?” she asks. “I’ll do "
  .. "the talking when I’m there. Will you come and wait outside?”",
  it_depends {
    "Book it, and ask her on the way if she’d like you in for the first five "
    .. "minutes, and then out.",
    because = "If she wants you at the start, it can help her begin. If you "
      .. "stay and answer the doctor for her, it turns into a rescue.",
    effects = { intimacy = "+5" },
    next = "school-calls",
  },
  self_care {
    "Ring at eight and book her slot. Then ring again for yourself: your back, "
    .. "your sleep. You’ve put it off for a year.",
    because = "You give her what she asked, and you stop putting yourself "
      .. "last. A parent who looks after her own health can keep going.",
    effects = { resentment = "-5" },
    next = "school-calls",
  },
  rescue {
    "Ring at eight and book her slot. On the day, walk in with her and take "
    .. "the seat next to hers.",
    because = "It comes from love, and she may be grateful now. But she asked "
      .. "you to wait outside. In there, you speak for her, and the doctor "
      .. "hears your story, not hers.",
    effects = { intimacy = "+5", growth = "-5" },
    set = "took_over",
    later = {
      after = 1,
      effects = { intimacy = "-10" },
      says = "Maya didn’t want you at the next visit. “You said stuff I "
        .. "wasn’t ready to say,” she told you.",
    },
    next = "school-calls",
  },
  support {
    "Ring the doctor’s line at eight and book her a four o’clock slot. Pick "
    .. "her up from school and take her.",
    because = "She asked you to book it and to come, and she can’t ring from "
      .. "class. Doing just that is support here. In the room, the talking "
      .. "is hers.",
    effects = { growth = "+5", intimacy = "+5" },
    later = {
      after = 1,
      effects = { intimacy = "+5" },
      says = "Maya said Dr. Novak was kind. She has a plan to try and a "
        .. "check-in in three weeks. She told you that much, and you didn’t "
        .. "ask for more.",
    },
    next = "school-calls",
  },
}

-- ---------------------------------------------------------------- school

scene "school-calls" {
  place = "office",
  "A week later, Mr. Haddad rings you at work. One task is late again. “I’m "
  .. "not cross,” he says. “But is anything going on at home?”",
  "Maya has told Ms. Kaur her teachers may know she is having a hard time. "
  .. "She hasn’t said more than that.",
  "You could smooth it all over in one sentence. He would believe you.",
  discuss = "Mr. Haddad asks Tess, not Maya. What is Tess’s to say, and what "
    .. "is Maya’s?",
  boundary {
    "“Thank you for caring about her. Could you tell her about the task "
    .. "yourself, after class? She’d want to hear it from you.”",
    because = "It is warm, and it is a limit: you won’t chase her homework for "
      .. "her. You worry all afternoon. But you are clear about your part. Later, Maya hears about the task from him, not you.",
    effects = { resentment = "+5" },
    later = {
      after = 1,
      effects = { growth = "+5" },
      says = "Maya stayed after class and told Mr. Haddad herself. He gave her "
        .. "a week.",
    },
    next = "kwame-talk",
  },
  rescue {
    "“Thanks for ringing. She’s on the mend now. Let’s say Monday for that "
    .. "task.”",
    because = "It shields her now, and the call ends nicely. But “on the mend” "
      .. "says more than she chose to, and you asked for time on her behalf. "
      .. "She didn’t ask for either.",
    effects = { resentment = "-5" },
    later = {
      after = 1,
      effects = { resentment = "+5", intimacy = "-5" },
      says = "Mr. Haddad told Maya he was glad she was on the mend. “I never "
        .. "said that,” she told you later. “Now I have to pretend too.”",
    },
    next = "kwame-talk",
  },
  support {
    "“She’s having a hard time, and she’s getting help. I’ll tell her you "
    .. "asked.”",
    because = "You say only what she agreed the school may know, and a message "
      .. "is all he needs. The late task, and the talk with him, stay hers. It "
      .. "is hard not to say more.",
    effects = { growth = "+5", resentment = "+5" },
    next = "kwame-talk",
  },
  rescue {
    "“Thanks for ringing. She’s had a hard month. Do email me the list of "
    .. "what’s still missing.”",
    because = "It sounds protective, and he is glad to leave it. But Maya told "
      .. "Ms. Kaur her teachers may know, and the late task is hers to talk "
      .. "over with him. Now you are the go-between, and later her weekend is "
      .. "yours too.",
    effects = { intimacy = "+5", growth = "-5" },
    set = "took_over",
    later = {
      after = 1,
      effects = { resentment = "+10" },
      says = "You spent Saturday at the table with her and the tasks. She did "
        .. "them. You were both sick of it by four.",
    },
    next = "kwame-talk",
  },
}

scene "kwame-talk" {
  place = "living-room",
  "Kwame’s run of night shifts ends. On Saturday he finds you asleep sitting "
  .. "up on the couch at four in the afternoon.",
  "“Tess. You look done in. What’s going on? Is it Maya?”",
  "He doesn’t know half of it: the essay, the phone, the doctor, Marisol. "
  .. "You have been holding it all.",
  "He is home all week now. Maya is in from the bakery at six.",
  self_care {
    "Make him a coffee and tell him all of it. Then hand him the car keys: "
    .. "the Sunday lifts, and a talk with Maya about the summer.",
    because = "Sharing the load with your partner is not failing. He is her "
      .. "parent too, and you get some of your life back.",
    effects = { resentment = "-10" },
    set = "rested",
    later = {
      after = 1,
      effects = { intimacy = "+5" },
      says = "Kwame took Maya for a drive on Sunday. She came back and hugged "
        .. "you in the kitchen, for no reason she said.",
    },
    next = "more-shifts",
  },
  rescue {
    "“She’s having a hard time, and she’s getting help. I’ll tell her you "
    .. "asked.”",
    because = "You want to spare him, and it sounds calm now. But he is her "
      .. "dad, he is home all week, and she is in at six. He can ask her "
      .. "himself. Passing on his message keeps you the one who carries her, "
      .. "and later it shuts out her other parent.",
    effects = { intimacy = "+5" },
    later = {
      after = 1,
      effects = { resentment = "+10" },
      says = "Kwame found out about the doctor from Maya. “Why didn’t you tell "
        .. "me?” he asked. You didn’t have an answer.",
    },
    next = "more-shifts",
  },
  hurtful {
    "“Nothing you’d notice, love. Go and rest; you’ve earned it. I’m used "
    .. "to it.”",
    because = "It sounds like letting him rest. But you are worn out, and it "
      .. "comes out sideways: the jab and the sigh hurt him, and shutting him "
      .. "out leaves you even more alone with it.",
    effects = { resentment = "+5", intimacy = "-5" },
    next = "more-shifts",
  },
  neutral {
    "“Just tired.” Ask him how the nights went, and whether the new ward "
    .. "manager is any better than the last one.",
    because = "Small talk is fine, and he has had a long week too. But the "
      .. "tiredness stays yours to carry alone.",
    later = {
      after = 1,
      effects = { resentment = "+5" },
      says = "You kept it to yourself. It came out on Tuesday as a snap at "
        .. "Maya over a wet towel.",
    },
    next = "more-shifts",
  },
}

scene "more-shifts" {
  "June. Exams are close. Maya is a bit brighter; she sees Ms. Kaur every two "
  .. "weeks. Lucy offers her summer hours: four days a week.",
  "Maya wants them. “I can pay my own phone and save for a car.” Lucy needs "
  .. "an answer by Friday. Maya says she wants to think it through first. "
  .. "“Can you help me lay it all out?” she asks.",
  "Lucy’s form for summer hours is on the table. The box at the bottom is "
  .. "for a parent to sign.",
  "You think four days is too much, with Lola’s Sundays and the catch-up "
  .. "work. Your stomach knots.",
  boundary {
    "Stick the bus times and a bike shop flyer on the fridge. “Take them if "
    .. "you like. Lola’s Sunday stays yours.”",
    because = "The bus times say the early lifts stop for summer. You are "
      .. "clear about your part, and the choice stays hers. She is cross now.",
    effects = { intimacy = "-5" },
    later = {
      after = 1,
      effects = { growth = "+5" },
      says = "Maya bought a second-hand bike with her first summer pay. She "
        .. "rides to the bakery now.",
    },
    next = "report-day",
  },
  it_depends {
    "Sign the bottom box. “Leave it by the kettle, love. We’ll do the rest "
    .. "at breakfast.”",
    because = "This time she asked you to help her lay it out, and only a "
      .. "parent can sign Lucy’s box. If breakfast is the two of you going "
      .. "through it, with her pen on her days, it helps. If “we” turns into "
      .. "you filling in her days, as with the forms this term, it turns into "
      .. "a rescue.",
    effects = { intimacy = "+5" },
    later = {
      after = 1,
      effects = { growth = "+5" },
      says = "At breakfast Maya filled in Lucy’s form while you ate. She "
        .. "picked three days, and wrote them on the fridge herself.",
    },
    next = "report-day",
  },
  support {
    "Make a pot of coffee and pull up a chair. “Right. Let’s go through the "
    .. "whole lot.”",
    because = "She asked for help to lay it all out, and that is what you do: "
      .. "four bakery days, Lola’s Sunday, the catch-up work. You don’t decide "
      .. "for her. She sees the squeeze for herself, and the "
      .. "choice stays hers. She rolls her eyes now.",
    effects = { growth = "+5", intimacy = "-5" },
    set = "her_plan",
    later = {
      after = 1,
      effects = { growth = "+5" },
      says = "Maya took three days, not four. “Four didn’t fit,” she said, as "
        .. "if it had been her idea. It was.",
    },
    next = "report-day",
  },
  rescue {
    "“Take two days to start, love, and see how it goes.”",
    because = "It comes from worry about her low weeks, and it eases yours now. "
      .. "But she was still thinking it through, and you gave her the answer. "
      .. "Later, the summer plan feels like yours.",
    effects = { resentment = "-5", growth = "-5" },
    set = "took_over",
    later = {
      after = 1,
      effects = { intimacy = "-10" },
      says = "Maya took two days. In July she said, “I only did it because you "
        .. "said so.” Then she went very quiet for a week.",
    },
    next = "report-day",
  },
}

-- ---------------------------------------------------------------- report day

local her_own = "her-own-feet"

scene "report-day" {
  place = "kitchen",
  "The last week of term. Maya’s report comes home in a brown envelope. "
  .. "History: C+, “much better this term.” She puts it on the table and waits.",
  "These days she checks the school website herself every Sunday night. "
  .. "Nobody has to ask her.",
  { when = "took_over",
    "You read it and think of the parts you did for her. You are not sure "
    .. "how much of this C+ is hers." },
  { when = "not took_over",
    "You read it and think of all the parts you left with her. Every mark in "
    .. "here is hers." },
  { when = "resentment >= 40",
    "You are so tired. Part of you wants a thank-you. Part of you is cross "
    .. "that nobody has said one." },
  discuss = "Maya is waiting to see what her mum will say. What does Tess "
    .. "want her to hear?",
  rescue {
    "Offer to look at the school website together each Sunday for a month, "
    .. "side by side, and then stop.",
    because = "It sounds like care, and it even has an end date. The week the "
      .. "tasks went missing, it was help she could say yes to. Now she checks "
      .. "the website herself every Sunday, and she did not ask. It takes back "
      .. "the job she just learned to do. She says yes to be nice now. Later, "
      .. "next term feels like yours.",
    effects = { resentment = "+5", growth = "-5" },
    next = {
      { when = "took_over and growth < 35", "doing-it-for-her" },
      { when = "resentment >= 50 and not rested", "running-on-empty" },
      { when = "resentment >= 40 or growth < 40 or took_over", "doing-it-for-her" },
      "step-by-step",
    },
  },
  self_care {
    "Hug her. “I’m proud of you. Pastries for everyone on Saturday, my treat. "
    .. "I’ll bring them back from my swim.”",
    because = "You mark her work and keep your own Saturday swim in the same "
      .. "breath. It is not a favour to her; it is time for you. A "
      .. "parent with a life of her own shows her how it is done.",
    effects = { resentment = "-5" },
    set = "rested",
    next = {
      { when = "resentment >= 45 or growth < 35", "doing-it-for-her" },
      { when = "her_plan and not took_over", her_own },
      { when = "growth >= 65 and resentment <= 25 and not took_over", her_own },
      "step-by-step",
    },
  },
  support {
    "“What are you proud of in there?” Let her answer first, however long it "
    .. "takes, before you say a word.",
    because = "Her report, her pride. Asking first lets her own it. Then "
      .. "you get to hear what she thinks of herself.",
    effects = { growth = "+5", intimacy = "+5" },
    next = {
      { when = "took_over and growth < 35", "doing-it-for-her" },
      { when = "resentment >= 50 and not rested", "running-on-empty" },
      { when = "resentment >= 45 or growth < 35", "doing-it-for-her" },
      { when = "her_plan and rested and not took_over", her_own },
      { when = "growth >= 65 and resentment <= 25 and not took_over", her_own },
      "step-by-step",
    },
  },
}

-- ---------------------------------------------------------------- endings

ending "doing-it-for-her" {
  place = "kitchen",
  title = "Doing it for her",
  "Maya goes up to her room with the report. The form, the essay, the bill, "
  .. "the calls: one way or another, you smoothed most of it over.",
  "Next term starts in six weeks. You already know whose side of the table "
  .. "the forms will land on.",
  { when = "took_over",
    "She is kind to you, and she is grateful. She also asks less of herself, "
    .. "because you always step in." },
  "You love her so much it hurts. You are also very tired.",
  lens = {
    goal = "To keep Maya’s marks up, her job safe and her stress low, fast.",
    behaviours = "Writing, ringing, paying and smoothing things over for her. "
      .. "Doing the parts that were hers because it was quicker.",
    thoughts = "“It’s only this once.” “She has so much on.” “If I don’t, it "
      .. "will all fall apart.”",
    emotions = "Worry, then relief each time a problem went away. Under it, "
      .. "a tired feeling that nobody sees how much you carry.",
    underlying = "Her struggle felt like your job to fix. Each fix made next "
      .. "time your job too, and left her less sure she could do it.",
  },
  practice = "This week, when Maya asks you to do a task, ask: “Is this a part "
    .. "only I can do, or a part she can do with me nearby?”",
  reflect = "Think of something your parents did for you that you could "
    .. "have done yourself. How did it feel then, and how does it feel now?",
}

ending "running-on-empty" {
  place = "kitchen",
  title = "Running on empty",
  "Maya goes up to her room with the report. You sit at the kitchen table "
  .. "and can’t stand up for a while.",
  "For months you have said yes to everyone and kept how tired you are to "
  .. "yourself. Your last real rest feels like a long time ago.",
  "When Maya calls down, “Mum, can you…?”, you feel something close to "
  .. "anger. It frightens you a little.",
  lens = {
    goal = "To get Maya through the term, whatever it cost you.",
    behaviours = "Saying yes to everything, putting your own rest last, and "
      .. "keeping how tired you were to yourself.",
    thoughts = "“A good mum doesn’t stop.” “There’s no one else to do it.”",
    emotions = "Love, worry and a deep tired. Now, resentment that you "
      .. "don’t like feeling.",
    underlying = "Tired is normal for a parent. Resentment is the sign that "
      .. "you have been doing too much that was not yours, and giving "
      .. "yourself nothing.",
  },
  practice = "This week, book one thing that is just for you, and keep it "
    .. "even if someone needs you. Tell Kwame or a friend how tired you are.",
  reflect = "When did you last rest without feeling guilty? What would it "
    .. "take to do that once a week?",
}

ending "step-by-step" {
  title = "Step by step",
  "Maya tells you about the night she was stuck on the flu essay, and the "
  .. "day she was late for work. She laughs about the alarm now.",
  { when = "took_over",
    "Some of this term was hers, and some of it you did for her. You can "
    .. "see the difference now, even when you don’t stop yourself in time." },
  { when = "not took_over",
    "You stepped back more than you stepped in. It didn’t always feel kind. "
    .. "It often felt like doing nothing." },
  "She still forgets forms. You still feel the itch to fix it. But you know "
  .. "the itch when it comes.",
  lens = {
    goal = "To help Maya grow up, and to stop doing her part for her. Some "
      .. "days the old urge still wins.",
    behaviours = "Sometimes you did only your part and left the rest. "
      .. "Sometimes you stepped in, then noticed.",
    thoughts = "“Is this mine or hers?” And then: “But what if she gets it "
      .. "wrong?”",
    emotions = "Worry, pride, and the tug to fix. Tired, but not bitter.",
    underlying = "Your worry is real. You are learning to carry it yourself "
      .. "instead of easing it by doing her tasks.",
  },
  practice = "Once a day this week, when you reach for one of Maya’s tasks, "
    .. "stop and ask: “Mine or hers?” If it is hers, ask what she needs.",
  reflect = "Which of Maya’s tasks was hardest to leave with her? What were "
    .. "you afraid would happen?",
}

ending "her-own-feet" {
  place = "kitchen",
  title = "On her own feet",
  "Maya reads you the line Mr. Haddad wrote: “much better this term.” Then "
  .. "she says, “I did that.” She did.",
  { when = "her_plan",
    "Her summer rota is on the fridge in her own writing: three days at the "
    .. "bakery, Sunday with Lola, and one day with nothing on it at all." },
  { when = "rested",
    "On Saturday you go swimming with Hina, and the house runs fine without "
    .. "you for three hours." },
  "She still sees Ms. Kaur now and then. She still loses forms. But the forms "
  .. "are hers, and so is the pride.",
  lens = {
    goal = "To stand beside Maya while she learned to carry her own load.",
    behaviours = "You did the parts only a parent can do: signing, a lift "
      .. "with no bus, a call she couldn’t make. You left the rest with her, "
      .. "and you rested too.",
    thoughts = "“This is hers. I can stay close and still keep my hands in my "
      .. "lap.”",
    emotions = "Worry on some nights, and the itch to fix. Pride, and "
      .. "tired, but not resentful.",
    underlying = "Nothing big hides under it. You kept clear what was yours "
      .. "and what was hers, and you looked after your own worry.",
  },
  practice = "This week, when someone you love is stuck, sit beside them and "
    .. "wait one full minute before you say anything.",
  reflect = "What did it cost you to keep your hands in your lap, and what did "
    .. "Maya gain from it?",
}
