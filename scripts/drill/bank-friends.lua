-- Spot it: item bank for friends (issue 14).
-- Each item is a short situation, one response to it, and the kind of that
-- response, played by `beside drill` (docs/DRILL.md).
-- See README.md in this folder for the format.

drill "friends-001" {
  relationship = "friends",
  difficulty = 2,
  idea = "Listening instead of solving",
  situation = "Your friend Aisha has just been through a breakup. She calls you crying. She says she can't face seeing his things in her flat.",
  response = "Say, “Give me his key. I'll go round tomorrow, box it all up and drop it at his mum's.”",
  kind = "rescue",
  because = "It feels like a kindness, but she hasn't asked for it. Taking the job tells her she can't handle her own ending, and it puts you in the middle.",
}

drill "friends-002" {
  relationship = "friends",
  difficulty = 2,
  idea = "Listening instead of solving",
  situation = "Your friend Mateus is angry about his landlord. He rants for twenty minutes about mould and a broken heater. You know the tenant rules well.",
  response = "Let him finish, then say, “That sounds miserable. I know a bit about tenant rules, if that's ever useful.”",
  kind = "support",
  because = "You hear him out and offer what you know, once, without pushing. What he does next stays his.",
}

drill "friends-003" {
  relationship = "friends",
  difficulty = 1,
  idea = "Saying no",
  situation = "Your friend Siobhan asks you to be her reference for a new flat. You have never seen her pay rent on time. She says it's just a form.",
  response = "Say, “I'd rather not be your reference for this one. I'm happy to read over your form, though.”",
  kind = "boundary",
  because = "You kindly say no to what you're not comfortable with. A clear no keeps the friendship honest.",
}

drill "friends-004" {
  relationship = "friends",
  difficulty = 1,
  idea = "Saying no",
  situation = "Your friend Declan is short on rent again. It is the fourth month in a row. He asks if you can spot him till payday.",
  response = "Send him the money right away and tell him to pay you back whenever, because friends look out for each other.",
  kind = "rescue",
  because = "It feels generous now, but it is the fourth time. Paying again keeps him from facing his money problem, and your resentment grows.",
}

drill "friends-005" {
  relationship = "friends",
  difficulty = 2,
  idea = "Self-care",
  situation = "Your friend Thandi texts you late every night about her job stress. You answer until one in the morning. You are exhausted at work.",
  response = "Put your phone on silent at ten so you can sleep, and read her messages in the morning over coffee.",
  kind = "self_care",
  because = "You protect your sleep. You still care, and you can reply tomorrow. Her stress doesn't need you awake at one.",
}

drill "friends-006" {
  relationship = "friends",
  difficulty = 3,
  idea = "Pausing before acting",
  situation = "Your friend Bao is learning to budget. He asks you to look at his spreadsheet, because he thinks something is off.",
  response = "Sit with him and go through the spreadsheet line by line until the two of you find the mistake.",
  kind = "it_depends",
  because = "If he does the fixing while you point, this is support. If you end up taking the laptop and doing it for him, it turns into a rescue.",
}

drill "friends-007" {
  relationship = "friends",
  difficulty = 1,
  idea = "Encouraging autonomy",
  situation = "Your friend Ivy tells you she's going back to college at 35. She is nervous and asks what you think.",
  response = "Laugh and say, “At your age? You'll drop out by Christmas, like you did with the gym.”",
  kind = "hurtful",
  because = "This mocks her hope. It hurts now, and later she is less likely to share her plans with you.",
}

drill "friends-008" {
  relationship = "friends",
  difficulty = 2,
  idea = "Pausing before acting",
  situation = "Your friend Samir is waiting to hear about a job. He keeps checking his phone at lunch. He hasn't said anything about it.",
  response = "Ask, “How are your sister's wedding plans going? Have they picked a place for it yet?”",
  kind = "neutral",
  form = "B",
  because = "This is small talk. It doesn't take over and it doesn't dig in. It just passes the time.",
}

drill "friends-009" {
  relationship = "friends",
  difficulty = 2,
  idea = "Support not control",
  situation = "Your friend Efua's car has broken down. She has found a cheap garage online. You know a mechanic you trust.",
  response = "Call your mechanic, ask him to tow her car to his place, and tell her it's sorted at a fair price.",
  kind = "rescue",
  because = "It sounds wise and may save her money. But she had a plan, and taking it over decides for her.",
}

drill "friends-010" {
  relationship = "friends",
  difficulty = 1,
  idea = "Saying no",
  situation = "Your friend Jin asks you to tell his girlfriend he was with you on Friday. He says it's nothing bad. You don't know where he was.",
  response = "Say, “I won't lie for you. If you want to talk about what's going on, I'm around.”",
  kind = "boundary",
  because = "You say clearly what you will not do, and you leave the door open. His choices stay his.",
}

drill "friends-011" {
  relationship = "friends",
  difficulty = 3,
  idea = "Encouraging autonomy",
  situation = "Your friend Nia is anxious about a hard talk with her boss. She asks you to write an email she can send him. You write well.",
  response = "Say, “You write it, and I'll read it after. You know what you mean better than I do.”",
  kind = "support",
  because = "This may feel less helpful than writing it. But the words stay hers, and so does the talk with her boss.",
}

drill "friends-012" {
  relationship = "friends",
  difficulty = 3,
  idea = "Sharing responsibility",
  situation = "You and your friend Carlos are planning a trip with four others. He offered to book the rooms but hasn't. The others are getting nervous.",
  response = "Message the group, “Shall I just book the rooms tonight, before we lose the deal?”",
  kind = "rescue",
  because = "Carlos took the job. Offering to take it over calms the group now, but it tells him his word doesn't count and leaves the group's work with you. Asking Carlos first would keep it his.",
}

drill "friends-013" {
  relationship = "friends",
  difficulty = 2,
  idea = "Boundaries",
  situation = "Your friend Marisol often cancels at the last minute. You booked tickets for a show together. An hour before, she texts that something came up.",
  response = "Reply, “OK. Next time I'll ask you to pay for your ticket when we book, so I'm not out of pocket.”",
  kind = "boundary",
  form = "A",
  because = "You don't punish her; you say what you will do from now on. The limit is about your own steps.",
}

drill "friends-014" {
  relationship = "friends",
  difficulty = 1,
  idea = "Seeking support",
  situation = "For months you have helped your friend Lena through her divorce. You feel worn out and a bit alone. You have told no one.",
  response = "Call your cousin and say, “I'm worn out from helping Lena. Can we go for a walk this week?”",
  kind = "self_care",
  because = "You get support for yourself. Helping others is easier when someone is beside you too.",
}

drill "friends-015" {
  relationship = "friends",
  difficulty = 2,
  idea = "Seeking support",
  situation = "Your friend Kenji says he has had panic attacks on the train for weeks. He now takes taxis he can't afford. He asks if you think he's weird.",
  response = "Say, “Not weird at all. Lots of people get this, and a doctor can help with it, if you want.”",
  kind = "support",
  because = "You take him seriously and point once to help. The next step stays his.",
}

drill "friends-016" {
  relationship = "friends",
  difficulty = 3,
  idea = "Checking motives",
  situation = "Your friend Rahel is shy at parties. At your birthday she stands alone by the kitchen door. When you ask, she says she's fine.",
  response = "Take her arm, walk her over to your friends, and start a chat for her about her new job.",
  kind = "rescue",
  form = "B",
  because = "She said she's fine. Steering her in calms your own worry, and it doesn't trust her to choose how she spends the night.",
}

drill "friends-017" {
  relationship = "friends",
  difficulty = 1,
  idea = "Listening instead of solving",
  situation = "Your friend Malik lost his job last month. He asks if you could get a cheap lunch instead of going to your usual place.",
  response = "Roll your eyes and say, “Fine, but I'm not eating sad sandwiches every week because you got fired.”",
  kind = "hurtful",
  because = "This shames him. It hurts now, and later he may stop telling you when he is struggling.",
}

drill "friends-018" {
  relationship = "friends",
  difficulty = 2,
  idea = "Seeking support",
  situation = "Your friend Gabriela has been drinking a lot since her mother died. She says she'd like to see someone, but she doesn't know where to start.",
  response = "Look up three grief counselors near her, send her the list, and offer to sit with her while she calls.",
  kind = "it_depends",
  form = "A",
  because = "She asked, so giving her names and sitting near her can help her take the step. If you make the call and book it for her, it becomes a rescue.",
}

drill "friends-019" {
  relationship = "friends",
  difficulty = 1,
  idea = "Listening instead of solving",
  situation = "Your friend Dmitri says his dad is sick again. He talks slowly and keeps stopping. You want to help.",
  response = "Say, “I'm here. Take your time,” and wait quietly while he finds his words.",
  kind = "support",
  because = "You stay with him and let him speak at his own pace. That is support.",
}

drill "friends-020" {
  relationship = "friends",
  difficulty = 2,
  idea = "Encouraging autonomy",
  situation = "Your friend Grace keeps missing her doctor's appointments. She says she always forgets. You have a good memory for dates.",
  response = "Put all her doctor's appointments in your own calendar, and text her the night before each one.",
  kind = "rescue",
  because = "It sounds caring, but it makes her health your job. She can set her own reminders.",
}

drill "friends-021" {
  relationship = "friends",
  difficulty = 3,
  idea = "Pausing before acting",
  situation = "Your friend Pedro is in a long phone call with his brother about money. You came over to watch a film. He mouths “sorry” to you.",
  response = "Make some popcorn and scroll the films yourself, so you have two or three ready when he's done.",
  kind = "neutral",
  because = "You wait and do your own thing. You don't step in, and you don't talk it through. That is neutral.",
}

drill "friends-022" {
  relationship = "friends",
  difficulty = 3,
  idea = "Boundaries",
  situation = "Your friend Hamid always talks about his ex when you meet. You have listened for a year. Tonight you want to share your own news.",
  response = "Say, “I want to hear how you are, and tonight I'd love to tell you my news too. Can I go first?”",
  kind = "boundary",
  form = "B",
  because = "You kindly ask for room in the friendship. It is a limit on how much of the night goes to his ex, not a rejection of him.",
}

drill "friends-023" {
  relationship = "friends",
  difficulty = 3,
  idea = "Self-care",
  situation = "Your friend Leilani is painting her flat this weekend. She hasn't asked for help, but you feel you should offer. You are very tired.",
  response = "Don't offer. Spend Saturday in the garden, and text her on Sunday to see how the walls look.",
  kind = "self_care",
  because = "No one asked you to step in. Resting looks after you, and checking in later still shows you care.",
}

drill "friends-024" {
  relationship = "friends",
  difficulty = 2,
  idea = "Pausing before acting",
  situation = "Your friend Kalani says his boss yelled at him today. He says he just needs to get it off his chest. Your work is hiring.",
  response = "Ask, “Want me to send your CV to my manager tonight? I can put in a good word for you.”",
  kind = "rescue",
  because = "He came to let off steam. Jumping in with a plan takes over, and it puts you in charge of his job hunt.",
}

drill "friends-025" {
  relationship = "friends",
  difficulty = 3,
  idea = "Support not control",
  situation = "Your friend Yasmin is seeing a man you don't trust. She asks what you think of him. You told her your worry once before.",
  response = "Say, “I told you my worry, and I meant it. It's your life. I'm still your friend either way.”",
  kind = "support",
  because = "You have said it once and you don't push. Leaving the choice with her keeps you close if she ever needs you.",
}

drill "friends-026" {
  relationship = "friends",
  difficulty = 3,
  idea = "Sharing responsibility",
  situation = "Your friend Ahmed is moving to a new city for work and is swamped. He asks if you would call a few landlords for him to set up viewings.",
  response = "Say yes, ask him for the list of flats, and make the calls for him on your lunch breaks this week.",
  kind = "it_depends",
  because = "If he is truly swamped and asks once, a favour like this is fair between friends. If it becomes the way he gets every hard job done, it turns into a rescue.",
}

drill "friends-027" {
  relationship = "friends",
  difficulty = 2,
  idea = "Encouraging autonomy",
  situation = "Your friend Anh wants to ask her landlord to fix the heating, but she is scared of him. She asks you to make the call.",
  response = "Say, “Want me to sit with you while you call? You can do this. You do the talking.”",
  kind = "support",
  because = "You stay beside her, and she makes the call. She learns she can, and the landlord hears her voice.",
}

drill "friends-028" {
  relationship = "friends",
  difficulty = 3,
  idea = "Sharing responsibility",
  situation = "You and your friend Olu run a small book club. He keeps forgetting to email the members. The next meeting is in two days.",
  response = "Send the email, warmly, and sign it from both of you, to spare Olu the embarrassment.",
  kind = "rescue",
  form = "A",
  because = "It's kind, but the email was his job. Covering quietly keeps him from seeing the gap, and more and more of the club lands on you.",
}

drill "friends-029" {
  relationship = "friends",
  difficulty = 1,
  idea = "Listening instead of solving",
  situation = "Your friend Beto failed his driving test again. He sounds flat. He says, “I'm just bad at this.”",
  response = "Say, “That's hard. Tell me how it went,” and then listen to the whole story.",
  kind = "support",
  form = "B",
  because = "You ask and you listen. How he gets ready for the next test stays his.",
}

drill "after-the-breakup-001" {
  relationship = "friends",
  difficulty = 2,
  idea = "Listening instead of solving",
  situation = "Your friend Lucía calls you at one in the morning, crying. Dylan ended it tonight after four years, and the flat is in his name. He has gone to his brother's, and she is safe at home. She says she doesn't even know why she called.",
  response = "Say, “Can you pack a bag? I'll call you a taxi now. Tomorrow we tell Dylan what happens with the flat.”",
  kind = "rescue",
  because = "It feels like love, and she may be glad of it now. But she didn't ask to leave, and she is safe. Your plan went first, and later the flat is your job, not hers.",
}

drill "after-the-breakup-002" {
  relationship = "friends",
  difficulty = 3,
  idea = "Support not control",
  situation = "Your friend Lucía is seeing a counsellor after a hard few months. The counsellor asked her to plan each week: one small thing a day. She brings you a blank sheet and says, “Will you help me? I keep staring at it.”",
  response = "Sit with her and the sheet. Ask what each day could hold, and write down only what she says.",
  kind = "support",
  because = "She asked, and her counsellor set the task. You hold the pen, but the plan is hers. The same plan written by you, unasked, would be a rescue.",
}

drill "after-the-breakup-003" {
  relationship = "friends",
  difficulty = 2,
  idea = "Boundaries",
  situation = "Since her breakup, your friend Lucía has called you at one, two and three in the morning for five nights in a row. You have a big talk to give at work at nine. Tonight she says, “Sorry. I just can't stop thinking.”",
  response = "Say, “I love you, and I can't do nights any more. Call me till eleven. After that, here's a line that's open all night.”",
  kind = "boundary",
  because = "A clear, warm limit, and a place to turn. She is hurt now. Later, a friend who sleeps can keep showing up.",
}

drill "after-the-breakup-004" {
  relationship = "friends",
  difficulty = 3,
  idea = "Encouraging autonomy",
  situation = "Your friend Lucía has had a very hard few months. Her sister calls you late one night: “She tells you things she won't tell me. Is she eating? What does she say to her counsellor?” Lucía asked you to keep some of it to yourself.",
  response = "Say you'll ask Lucía first if she's happy for you to share how she is doing, just the broad strokes.",
  kind = "it_depends",
  because = "Asking her first keeps her in charge, and it can ease her sister's fear. If you share without asking, or start reporting on her, it turns into a rescue.",
}

drill "after-the-breakup-005" {
  relationship = "friends",
  difficulty = 1,
  idea = "Listening instead of solving",
  situation = "Your friend Lucía's ex has finally stopped contacting her. But for three weeks she has hardly left her room, and she has called in sick twice. She says she is fine.",
  response = "Say, “Luci, he's gone. You won. You need to get up and get on with things now, for your own sake.”",
  kind = "hurtful",
  because = "You want your old friend back. But telling her to snap out of it shames her, and later she stops telling you about bad days. Saying your worry once, and suggesting her doctor, would help more.",
}

drill "after-the-breakup-006" {
  relationship = "friends",
  difficulty = 2,
  idea = "Self-care",
  situation = "Your cousin's wedding abroad is on Monday; you booked the flights months ago. Your friend Lucía has had a terrible season but is steadier now, with a counsellor, her doctor, her sister and a friend from work. She hasn't asked you to stay, but your chest goes tight at the thought of leaving.",
  response = "Go. Tell Lucía the dates, and who is around while you're away. Then get on the plane.",
  kind = "self_care",
  because = "Your life counts too. It is hard now, and she goes quiet. But she has a circle, and later you both find it can hold.",
}
