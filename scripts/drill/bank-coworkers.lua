-- Spot it: item bank for coworkers (issue 14).
-- Each item is a short situation, one response to it, and the kind of that
-- response, played by `beside drill` (docs/DRILL.md).
-- See README.md in this folder for the format.

drill "work-001" {
  relationship = "coworkers",
  difficulty = 3,
  idea = "Sharing responsibility",
  situation = "Your coworker Hyun-woo is behind on a report due tomorrow, for the third time this month. He sighs a lot at his desk. You have finished your own work.",
  response = "Ask, “Want me to take the last two sections tonight? Go home to your kids.”",
  kind = "rescue",
  because = "It feels like teamwork. But it's his report and the third time, and if this becomes the norm you'll be doing two jobs.",
}

drill "work-002" {
  relationship = "coworkers",
  difficulty = 1,
  idea = "Encouraging autonomy",
  situation = "Your coworker Blessing is new and unsure how to use the booking system. She asks you to book a meeting room for her.",
  response = "Say, “Pull up a chair and give me two minutes. I'll show you once, and you do the clicking.”",
  kind = "support",
  because = "She learns to do it herself with you beside her. Next time she won't need to ask.",
}

drill "work-003" {
  relationship = "coworkers",
  difficulty = 1,
  idea = "Saying no",
  situation = "Your coworker Greg keeps asking you to cover his Friday shifts. You have done it four times. This Friday you have plans.",
  response = "Say, “I can't this Friday. Have you tried the shift board?”",
  kind = "boundary",
  because = "A clear, kind no. You don't owe a reason.",
}

drill "work-004" {
  relationship = "coworkers",
  difficulty = 1,
  idea = "Listening instead of solving",
  situation = "Your coworker Soraya made a mistake in front of a client. She is upset and asks you how bad it looked.",
  response = "Say, “Pretty bad, honestly. Everyone noticed,” and then tell the others about it at lunch.",
  kind = "hurtful",
  because = "Gossiping about her mistake hurts her, and it hurts trust in the team.",
}

drill "work-005" {
  relationship = "coworkers",
  difficulty = 2,
  idea = "Self-care",
  situation = "Your team lead Baraka hands you every hard task, because you never say no. You have skipped lunch all week.",
  response = "Block out lunch in your calendar every day, and eat it away from your desk.",
  kind = "self_care",
  form = "A",
  because = "You look after your own needs at work. Small steps like this help you keep going.",
}

drill "work-006" {
  relationship = "coworkers",
  difficulty = 2,
  idea = "Listening instead of solving",
  situation = "Your coworker Valentina tells you her manager keeps talking over her in meetings. She says she's still thinking about what to do.",
  response = "Say, “Want me to talk to him for you? He might hear it better from me.”",
  kind = "rescue",
  because = "She is still deciding. Speaking to her manager for her takes her voice in her own work problem.",
}

drill "work-007" {
  relationship = "coworkers",
  difficulty = 2,
  idea = "Saying no",
  situation = "Your coworker Ifeanyi has come in hungover three times this month. He jokes about it. Today he asks you to cover for him with the boss.",
  response = "Say, “I won't cover for you with the boss. I'm happy to grab a coffee with you at lunch.”",
  kind = "boundary",
  because = "You say clearly what you won't do, and you stay friendly. What he tells the boss is his.",
}

drill "work-008" {
  relationship = "coworkers",
  difficulty = 3,
  idea = "Pausing before acting",
  situation = "Your coworker Aziz forgot to send a file to a client. The client emails you by mistake to ask where it is. Aziz is at his desk today.",
  response = "Reply to the client with the file from the shared drive, and add a note that it came from Aziz.",
  kind = "rescue",
  because = "It fixes it fast, but the file and the client are Aziz's. Passing the email on to him keeps it his.",
}

drill "work-009" {
  relationship = "coworkers",
  difficulty = 2,
  idea = "Sharing responsibility",
  situation = "Your coworker Rania has a family emergency and must leave early. She asks you to finish her handover notes.",
  response = "Say yes, ask where her notes are, and finish her handover before you go home tonight.",
  kind = "it_depends",
  because = "In a real emergency, covering once is good teamwork. If it happens every week, it becomes a rescue that keeps her from planning her own work.",
}

drill "work-010" {
  relationship = "coworkers",
  difficulty = 1,
  idea = "Listening instead of solving",
  situation = "Your coworker Pierre says his review went badly. He looks shaken at the coffee machine.",
  response = "Say, “I'm sorry. Want to grab lunch and tell me about it?”",
  kind = "support",
  because = "You offer time and an ear. What he does about the review stays his.",
}

drill "work-011" {
  relationship = "coworkers",
  difficulty = 3,
  idea = "Checking motives",
  situation = "Your coworker Svetlana is new and quiet. In the team meeting, the manager asks her a question, and she hesitates.",
  response = "Answer the question for her, smoothly, before the silence gets awkward for her.",
  kind = "rescue",
  because = "It feels kind, but she might have answered. Speaking for her eases your own discomfort and tells the room she can't.",
}

drill "work-012" {
  relationship = "coworkers",
  difficulty = 1,
  idea = "Boundaries",
  situation = "Your coworker Duc messages you on weekends with work questions. You have answered every time. He says it's quicker than waiting.",
  response = "Reply, “I don't check work on weekends from now on. Send it Monday and I'll look first thing.”",
  kind = "boundary",
  form = "B",
  because = "You name your limit clearly and say when you will help. It is kind and firm.",
}

drill "work-013" {
  relationship = "coworkers",
  difficulty = 1,
  idea = "Pausing before acting",
  situation = "Your coworker Hassan is back from a holiday. He seems relaxed and says hi in the kitchen.",
  response = "Ask, “How was the trip? Was the weather kind to you, and was the food as good as you hoped?”",
  kind = "neutral",
  because = "Friendly small talk. Nothing needs fixing here, so it is neutral.",
}

drill "work-014" {
  relationship = "coworkers",
  difficulty = 3,
  idea = "Encouraging autonomy",
  situation = "Your coworker Anjali has to give her first talk to the whole office. She asks you to give it for her, since you're good at talks.",
  response = "Say, “No, but I'll watch you practise twice this week and tell you what works.”",
  kind = "support",
  because = "This is support: you won't take it over, and you stay beside her while she does it. Practice, with you there, helps her find her own voice.",
}

drill "work-015" {
  relationship = "coworkers",
  difficulty = 1,
  idea = "Support not control",
  situation = "Your coworker Jorge keeps getting his expenses form wrong, and finance sends it back. He grumbles about it at his desk.",
  response = "Say, “Send me your receipts. I'll do your form with mine every month. It's no trouble.”",
  kind = "rescue",
  form = "A",
  because = "It's generous, but it makes his form your monthly job. He can learn it.",
}

drill "work-016" {
  relationship = "coworkers",
  difficulty = 2,
  idea = "Seeking support",
  situation = "You mentor a newer coworker, Wanjiru. She comes to you with every worry, big or small. You care about her, but you are starting to feel drained.",
  response = "Ask your own manager, “How much mentoring is fair in my role? I'm starting to feel drained.”",
  kind = "self_care",
  because = "You get support for yourself and a clearer view of your role. That keeps you able to help.",
}

drill "work-017" {
  relationship = "coworkers",
  difficulty = 3,
  idea = "Saying no",
  situation = "Your coworker Ben asks for help with a spreadsheet again. You have helped him many times before. You are busy and a bit fed up.",
  response = "Say, “Sure,” then leave it until the end of the day and send it back without a word.",
  kind = "hurtful",
  because = "Saying yes and then sitting on it punishes him quietly. A plain no, or “later today”, would be honest.",
}

drill "work-018" {
  relationship = "coworkers",
  difficulty = 3,
  idea = "Encouraging autonomy",
  situation = "Your coworker Chiara gets nervous calling clients. She has three calls to make today.",
  response = "Say, “Give them to me. I like phone calls, and you can do my filing instead.”",
  kind = "rescue",
  form = "B",
  because = "It sounds like a fair trade, but phoning clients is her job. Taking it means it never gets easier for her.",
}

drill "work-019" {
  relationship = "coworkers",
  difficulty = 2,
  idea = "Seeking support",
  situation = "Your coworker Tomasz tells you he has had panic attacks before meetings for a month. He asks you not to tell anyone.",
  response = "Say, “I won't. That sounds hard. A doctor or the staff helpline could help, if you want.”",
  kind = "support",
  because = "You keep his trust and point once to help. The choice stays his.",
}

drill "work-020" {
  relationship = "coworkers",
  difficulty = 1,
  idea = "Seeking support",
  situation = "Your coworker Ruth stands up from her desk and faints. She comes round, but she is pale and confused. She says she's fine and wants to keep working.",
  response = "Say, “Ruth, sit down. I'm calling for help,” then call the emergency number and stay with her.",
  kind = "rescue",
  because = "Fainting and confusion need a doctor now. Acting for her is a rescue, and here it is plainly right.",
}

drill "work-021" {
  relationship = "coworkers",
  difficulty = 3,
  idea = "Pausing before acting",
  situation = "Your coworker Kareem is grieving his father. He keeps missing small tasks. Your manager hasn't noticed.",
  response = "Quietly pick up his small tasks for the next two weeks, without telling anyone.",
  kind = "it_depends",
  because = "For a short time in grief, quiet cover can be kind. Done for months, or without his knowing, it becomes a rescue that hides a problem he could share with the manager.",
}

drill "work-022" {
  relationship = "coworkers",
  difficulty = 3,
  idea = "Boundaries",
  situation = "Your coworker Fiona asks you to check her work before she sends anything. It takes you an hour a day. She says she trusts you more than herself.",
  response = "Say, “I'll check one thing a week with you. The rest you can send. You're better at this than you think.”",
  kind = "boundary",
  because = "You say what you will do, and it's less. It is a limit that also hands her some trust.",
}

drill "work-023" {
  relationship = "coworkers",
  difficulty = 2,
  idea = "Pausing before acting",
  situation = "Your coworker Lina is muttering at her screen about a slow computer. She hasn't asked anyone for help.",
  response = "Mention that yours was slow too this morning, and ask if she's going to the Friday lunch.",
  kind = "neutral",
  form = "A",
  because = "Light chat. You don't fix her computer, and you don't ignore her. It is neutral.",
}

drill "work-024" {
  relationship = "coworkers",
  difficulty = 1,
  idea = "Self-care",
  situation = "You have covered for several coworkers this month and stayed late most nights. Your partner says you look exhausted.",
  response = "Take the half day of leave you've been saving, and spend it doing nothing at all.",
  kind = "self_care",
  because = "You use your own time to rest. That is looking after yourself.",
}

drill "work-025" {
  relationship = "coworkers",
  difficulty = 1,
  idea = "Encouraging autonomy",
  situation = "Your coworker Kaveh asks what you think of his idea for a new team process. It has some holes.",
  response = "Say, “I like the start. I'm not sure what happens when someone's off sick,” and let him work it out.",
  kind = "support",
  because = "Naming one gap and then stepping back lets him find the rest himself. The idea stays his.",
}

drill "work-026" {
  relationship = "coworkers",
  difficulty = 3,
  idea = "Checking motives",
  situation = "Your coworker Luisa is in a dispute with another team about a deadline. She says she's handling it. You used to work on that team.",
  response = "Send a friendly note to your old team lead, asking them to go easy on Luisa this time.",
  kind = "rescue",
  because = "It's a small, kind word. But she said she's handling it, and working behind her back takes her dispute from her.",
}

drill "work-027" {
  relationship = "coworkers",
  difficulty = 2,
  idea = "Support not control",
  situation = "Your coworker Kwesi made a mistake and has to tell the manager. He asks if you'll come with him.",
  response = "Say, “I'll come, but you do the talking. I'll just be there.”",
  kind = "support",
  form = "A",
  because = "You stand beside him while he owns his mistake. That is support.",
}

drill "work-028" {
  relationship = "coworkers",
  difficulty = 1,
  idea = "Listening instead of solving",
  situation = "Your coworker Sunita tells you she is struggling since her divorce. Sometimes she cries in the bathroom.",
  response = "Say, “Can we keep that stuff out of work? Some of us have a lot on,” and turn back to your screen.",
  kind = "hurtful",
  because = "This shuts her out just after she reached out. She'll feel more alone at work.",
}

drill "work-029" {
  relationship = "coworkers",
  difficulty = 3,
  idea = "Sharing responsibility",
  situation = "You and your coworker Min-jun share a project. He has been doing less than his half. You have quietly picked up the slack for weeks.",
  response = "Say, “I've been doing more than half, and I don't want to. Can we split the next tasks on paper?”",
  kind = "support",
  because = "You name what's happening and ask him to plan with you. It is not a limit on what you'll do; it invites him to share the load.",
}

drill "work-030" {
  relationship = "coworkers",
  difficulty = 3,
  idea = "Sharing responsibility",
  situation = "Your coworker Adebayo has a new baby and is sleeping badly. He asks if you would swap your early shifts for his late ones for a month.",
  response = "Agree to the swap for one month, and put the end date in the team calendar so everyone knows.",
  kind = "it_depends",
  form = "B",
  because = "A set swap he asked for, with an end date, is fair give and take. If it keeps rolling on while your own life suffers, it turns into a rescue.",
}

drill "covering-for-kofi-001" {
  relationship = "coworkers",
  difficulty = 2,
  idea = "Sharing responsibility",
  situation = "Your teammate Kofi's part of the Friday report is late for the third week running. Your manager Gwen stops at your desk and asks you what the hold-up is. Kofi is two desks away and can hear.",
  response = "Say, “A team thing this week, I'm afraid. The new system slowed us all down.”",
  kind = "rescue",
  because = "It sounds loyal, and it ends the moment now. But it is a white lie that spreads his delay over the team. Later Gwen plans around a problem that isn't there, and Kofi never gets to ask for help.",
}

drill "covering-for-kofi-002" {
  relationship = "coworkers",
  difficulty = 3,
  idea = "Support not control",
  situation = "Your teammate Kofi gets a call: his mother has fallen at home, and an ambulance is taking her to hospital. His hands are shaking. He says, “I have to go. Can you take my three o'clock supplier call? Just today?”",
  response = "Say, “Go. I'll take the three o'clock and tell them it's a family emergency.” Then call him a taxi.",
  kind = "support",
  because = "He asked, and this is a real emergency. Taking one call today is help, not rescue, and the taxi keeps a shaken man off his bike. It costs you your afternoon.",
}

drill "covering-for-kofi-003" {
  relationship = "coworkers",
  difficulty = 2,
  idea = "Boundaries",
  situation = "Your teammate Kofi missed the training on a new system and has been guessing ever since. He asks you to show him the main screen once, so he can learn it. Your own work is due today.",
  response = "Say, “Yes, and not this morning. Thursday at ten, one hour, and you drive the mouse.”",
  kind = "boundary",
  because = "A clear time is a kind limit. He is let down now and has to wait. But you keep your own work, and he still gets what he asked for.",
}

drill "covering-for-kofi-004" {
  relationship = "coworkers",
  difficulty = 3,
  idea = "Sharing responsibility",
  situation = "Your teammate Kofi is back after his mother broke her wrist. He can do his work, but he asks you to do his part of the weekly report for six weeks, until her cast comes off.",
  response = "Say, “I'll do the two biggest suppliers for two weeks, if Gwen knows and says yes. Then they come back to you.”",
  kind = "it_depends",
  because = "Out in the open, with an end date, it helps him through a hard patch. If the manager isn't told, or the end date slips, it turns into a rescue.",
}

drill "covering-for-kofi-005" {
  relationship = "coworkers",
  difficulty = 1,
  idea = "Seeking support",
  situation = "Your teammate Kofi tells you at the coffee machine that he hasn't slept properly since spring. He sits at his work and nothing goes in. Your company has a free, private staff helpline.",
  response = "Say, “Months of bad sleep is a lot. That staff helpline is free and private. A doctor could help with the sleep too.”",
  kind = "support",
  because = "You say once where help is, and you don't guess what is wrong. He may shrug now. Going is still his choice.",
}

drill "covering-for-kofi-006" {
  relationship = "coworkers",
  difficulty = 1,
  idea = "Self-care",
  situation = "For weeks you have stayed late on Thursdays to finish a teammate's part of the report. Your partner asks, gently, whether it is really your work or his. You missed a concert together tonight.",
  response = "Say, “Next Thursday is ours. I'll leave at five, whatever is in the folder.” Set an alarm on your phone.",
  kind = "self_care",
  because = "Your evenings count too. Leaving may mean the folder stays half empty, and that is hard now. Later you get your Thursdays back, and the report still goes out.",
}
