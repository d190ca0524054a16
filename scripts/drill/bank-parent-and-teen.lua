-- Spot it: item bank for a parent and a teenager (issue 14).
-- Each item is a short situation, one response to it, and the kind of that
-- response, played by `beside drill` (docs/DRILL.md).
-- See README.md in this folder for the format.

drill "teen-001" {
  relationship = "parent-and-teen",
  difficulty = 1,
  idea = "Encouraging autonomy",
  situation = "Your son Kojo, 15, forgot his science project at home. He texts you from school in a panic. It is due in an hour.",
  response = "Say, “Don't panic. I'm leaving work now, and I'll bring it in. Where did you leave it?”",
  kind = "rescue",
  form = "B",
  because = "It saves the grade today. But he learns that you will always fix it, and the lesson about packing his bag waits for another day.",
}

drill "teen-002" {
  relationship = "parent-and-teen",
  difficulty = 1,
  idea = "Listening instead of solving",
  situation = "Your daughter Leila, 14, comes home and says her best friend is ignoring her. She slams her door, then comes out for dinner.",
  response = "At dinner, say, “Rough day. I'm around after if you want to talk, or we can just watch something.”",
  kind = "support",
  because = "You open the door without pushing. She can choose to talk when she's ready.",
}

drill "teen-003" {
  relationship = "parent-and-teen",
  difficulty = 2,
  idea = "Boundaries",
  situation = "Your son Diego, 16, keeps borrowing your laptop for games. He leaves it with a flat battery. You need it for work each morning.",
  response = "Say, “Can it be back on the charger by ten? If it isn't, the laptop is off limits the next day.”",
  kind = "boundary",
  because = "You set a clear, fair limit with a plain next step. It is about your laptop, not about him as a person.",
}

drill "teen-004" {
  relationship = "parent-and-teen",
  difficulty = 2,
  idea = "Pausing before acting",
  situation = "Your daughter Asha, 17, has her first job interview, at a café. She asks you to drive her there and wait outside.",
  response = "Say, “Sure. Shall I wait round the corner, so no one sees me?” Then drive her and wait with a book.",
  kind = "it_depends",
  because = "She asked, and a lift and a wave can be support. If you go in with her or talk to the manager, it becomes a rescue.",
}

drill "teen-005" {
  relationship = "parent-and-teen",
  difficulty = 3,
  idea = "Support not control",
  situation = "Your son Nikolai, 15, was left out of a group chat by his friends. He is hurt, but he says he'll sort it. You know one of the other mums.",
  response = "Message the other mum, kindly, to ask if something has happened between the boys.",
  kind = "rescue",
  because = "It sounds gentle and wise. But he said he'd sort it, and stepping in can embarrass him and take his friendships out of his hands.",
}

drill "teen-006" {
  relationship = "parent-and-teen",
  difficulty = 1,
  idea = "Self-care",
  situation = "Your daughter Ruby, 16, has argued with you every day this week about her phone. You are worn out. It is Saturday morning.",
  response = "Go for your run with your friend as planned, and leave the phone talk for another day.",
  kind = "self_care",
  because = "A break looks after you. You'll come back calmer, and the talk will go better.",
}

drill "teen-007" {
  relationship = "parent-and-teen",
  difficulty = 1,
  idea = "Encouraging autonomy",
  situation = "Your son Jaylen, 13, got a D in maths. He shows you the test. He looks worried.",
  response = "Say, “I'm not surprised. You never even try,” and walk out of the room.",
  kind = "hurtful",
  because = "This puts him down and leaves him alone with it. Next time he may hide his tests.",
}

drill "teen-008" {
  relationship = "parent-and-teen",
  difficulty = 3,
  idea = "Encouraging autonomy",
  situation = "Your daughter Mia, 15, wants to quit swimming after eight years. You have paid for years of lessons. She says she's bored.",
  response = "Say, “That's a big change. Finish this term, since it's paid for, and then it's your choice.”",
  kind = "support",
  because = "You leave the choice with her, with a fair end point. The sport is hers, and so is the decision.",
}

drill "teen-009" {
  relationship = "parent-and-teen",
  difficulty = 1,
  idea = "Sharing responsibility",
  situation = "Your son Arjun, 14, has to clean his room before friends come over. He is playing games and says he'll do it later. The friends come at six.",
  response = "Tidy his room while he plays, and keep the peace for the evening.",
  kind = "rescue",
  because = "It avoids a fight now, but it tells him someone else will always do it. The room is his job.",
}

drill "teen-010" {
  relationship = "parent-and-teen",
  difficulty = 1,
  idea = "Saying no",
  situation = "Your daughter Imani, 16, asks for 100 for a concert ticket. She spent her own money on clothes last week.",
  response = "Say, “I'm not paying for the ticket. If you want to go, you could pick up some babysitting this month.”",
  kind = "boundary",
  because = "A clear, warm no about your money. The plan for the ticket stays hers.",
}

drill "teen-011" {
  relationship = "parent-and-teen",
  difficulty = 2,
  idea = "Seeking support",
  situation = "Your son Sami, 16, has seemed very low for weeks. He has stopped seeing friends and sleeps most of the weekend. He says he's fine.",
  response = "Tell him you've noticed and you love him, and you'd like him to see the doctor. Then ask what he thinks.",
  kind = "support",
  form = "B",
  because = "Weeks of low mood are worth a doctor's look. Saying it gently and asking his view keeps him part of the plan.",
}

drill "teen-012" {
  relationship = "parent-and-teen",
  difficulty = 1,
  idea = "Seeking support",
  situation = "Your daughter Noor, 15, tells you she has been having thoughts of hurting herself. She is scared and crying.",
  response = "Stay with her, thank her for telling you, and call a crisis line or her doctor today. If she is in danger now, call the emergency number.",
  kind = "support",
  because = "Safety comes first. Staying with her and getting professional help now is the right step, and it is not a moment to wait.",
}

drill "teen-013" {
  relationship = "parent-and-teen",
  difficulty = 1,
  idea = "Pausing before acting",
  situation = "Your son Hugo, 17, is in the kitchen making toast. He seems in a fine mood. You have nothing special to talk about.",
  response = "Say, “Want the last of the jam? Oh, and can you put the bins out before school tomorrow?”",
  kind = "neutral",
  because = "This is everyday small talk. Nothing needs fixing here, so it is neutral.",
}

drill "teen-014" {
  relationship = "parent-and-teen",
  difficulty = 3,
  idea = "Encouraging autonomy",
  situation = "Your daughter Wen, 17, is filling in her college forms. She asks you to check one answer. You notice her essay is a bit flat.",
  response = "Check her answer, then sit down that evening and rewrite her essay's first paragraph to give it a lift.",
  kind = "rescue",
  because = "She asked for one check. Rewriting her essay may help the form, but it takes over her voice and her application.",
}

drill "teen-015" {
  relationship = "parent-and-teen",
  difficulty = 1,
  idea = "Listening instead of solving",
  situation = "Your son Tyrone, 14, says a teacher was unfair to him today. He is angry and talking fast.",
  response = "Let him talk, nod, and ask, “What happened next?” before you say anything else.",
  kind = "support",
  because = "You let him tell it all first. How he handles the teacher stays his.",
}

drill "teen-016" {
  relationship = "parent-and-teen",
  difficulty = 3,
  idea = "Support not control",
  situation = "Your daughter Sakura, 16, is learning to manage her own allowance. She has run out of bus fare a week before payday. She asks for an advance.",
  response = "Give her the bus fare as an advance, and take it off next week's allowance when it comes.",
  kind = "it_depends",
  because = "A small advance she pays back can teach planning. If advances come every month, it becomes a rescue from her own budget.",
}

drill "teen-017" {
  relationship = "parent-and-teen",
  difficulty = 3,
  idea = "Boundaries",
  situation = "Your son Leo, 15, broke a neighbour's window playing football. He comes to tell you himself. He is scared.",
  response = "Thank him for telling you, then add, “You're paying for it, and you're grounded for a month. I can't trust you.”",
  kind = "hurtful",
  because = "Paying for the window is fair. But saying you can't trust him punishes him for coming to you, and next time he may hide it.",
}

drill "teen-018" {
  relationship = "parent-and-teen",
  difficulty = 3,
  idea = "Checking motives",
  situation = "Your daughter Fatou, 13, is nervous about a sleepover at a friend's house. She says she wants to go, but she might call to come home.",
  response = "Say, “Why not stay home this time, love? No need to put yourself through it. We'll have a film night.”",
  kind = "rescue",
  because = "It sounds caring, but it takes away her chance to try. Sparing her the nerves calms your worry more than it helps her grow.",
}

drill "teen-019" {
  relationship = "parent-and-teen",
  difficulty = 2,
  idea = "Seeking support",
  situation = "Your son Ezra, 17, was caught with cannabis at school. You are scared and can't stop thinking about it. You don't want to talk to him while you're this upset.",
  response = "Call your oldest friend, tell her how scared you feel, and ask her to come over tonight.",
  kind = "self_care",
  form = "B",
  because = "You get support for your own fear first. Then you can talk to Ezra calmly, not in a panic.",
}

drill "teen-020" {
  relationship = "parent-and-teen",
  difficulty = 3,
  idea = "Boundaries",
  situation = "Your daughter Sara, 16, yells and swears at you when you ask her to help with the dishes. She says you're always nagging.",
  response = "Say calmly, “I'll talk when we're both calm. I won't stay while you swear at me,” and step out of the room.",
  kind = "boundary",
  because = "You name your limit and step away without shouting back. It is not a punishment; it is how you will be treated.",
}

drill "teen-021" {
  relationship = "parent-and-teen",
  difficulty = 3,
  idea = "Encouraging autonomy",
  situation = "Your son Kaito, 16, wants a job at the supermarket. He is shy, and he asks you to phone the manager for him.",
  response = "Say, “You make the call, and I'll be in the room. Write down what you'll say first, if it helps.”",
  kind = "support",
  because = "He makes the call, and you stay near. He finds out he can do it.",
}

drill "teen-022" {
  relationship = "parent-and-teen",
  difficulty = 1,
  idea = "Sharing responsibility",
  situation = "Your daughter Isla, 14, agreed to walk the dog every evening. It is raining, and she groans.",
  response = "Say, “Stay in, sweetheart. I'll take him tonight,” and grab the lead yourself.",
  kind = "rescue",
  because = "It's kind in the moment, but the job was hers. Doing it every time it rains teaches her the job is optional.",
}

drill "teen-023" {
  relationship = "parent-and-teen",
  difficulty = 3,
  idea = "Listening instead of solving",
  situation = "Your son Idris, 15, is upset that his team lost. He is quiet in the car. He hasn't said whether he wants to talk.",
  response = "Turn the radio to your own station and drive home the long way, by the river.",
  kind = "neutral",
  because = "You don't step in or reach out; you just drive. That is neutral. Asking if he wants to talk would be support.",
}

drill "teen-024" {
  relationship = "parent-and-teen",
  difficulty = 3,
  idea = "Pausing before acting",
  situation = "Your son Rohan, 17, missed the sign-up for a school trip he really wanted. He is gutted. You know the head teacher.",
  response = "Email the head teacher tonight, politely, and ask if there's any chance of one more place for Rohan.",
  kind = "rescue",
  because = "It's polite, and it may work. But the missed deadline was his, and asking for him takes away his chance to ask, or to learn.",
}

drill "teen-025" {
  relationship = "parent-and-teen",
  difficulty = 2,
  idea = "Support not control",
  situation = "Your daughter Nandini, 17, wants to dye her hair blue before her exams. You don't like the idea. It's her hair.",
  response = "Say, “Not my colour, but it's your hair. I'll hold the towel if you want a hand with the dye.”",
  kind = "support",
  because = "You say your view and leave the choice with her. A hand, not a veto, keeps you close.",
}

drill "teen-026" {
  relationship = "parent-and-teen",
  difficulty = 1,
  idea = "Self-care",
  situation = "You spent the weekend driving your two teens to games and parties. It is Sunday evening. You have nothing left.",
  response = "Make yourself a sandwich, tell them dinner is leftovers tonight, and go to bed early with a book.",
  kind = "self_care",
  form = "A",
  because = "You look after yourself after a full weekend. Rest is part of caring.",
}

drill "teen-027" {
  relationship = "parent-and-teen",
  difficulty = 1,
  idea = "Saying no",
  situation = "Your son Yaw, 17, asks to borrow your car for a road trip with four friends. He has had his licence for two weeks.",
  response = "Say, “Not this trip. When you've driven six months, we'll talk again. You can take it to school.”",
  kind = "boundary",
  form = "A",
  because = "You say what you will and won't allow, kindly and clearly. It is your car, and your rule.",
}

drill "teen-028" {
  relationship = "parent-and-teen",
  difficulty = 2,
  idea = "Encouraging autonomy",
  situation = "Your daughter Elena, 15, is stressed about a group project where the others aren't doing their part. She asks what she should do.",
  response = "Ask, “What have you tried so far?” and then ask what she thinks might work.",
  kind = "support",
  because = "You help her think it through. The group and the project stay hers.",
}

drill "teen-029" {
  relationship = "parent-and-teen",
  difficulty = 2,
  idea = "Encouraging autonomy",
  situation = "Your son Joaquín, 16, had a row with his coach and wants to quit the team. He says he'll talk to the coach on Monday.",
  response = "Say, “Leave it with me. I'll give the coach a ring this weekend and smooth it over before Monday.”",
  kind = "rescue",
  form = "A",
  because = "He has a plan to talk to the coach. Smoothing it over first takes away his chance to handle it.",
}

drill "maya-and-the-form-001" {
  relationship = "parent-and-teen",
  difficulty = 2,
  idea = "Encouraging autonomy",
  situation = "Your daughter Maya, 16, hands you a crumpled school trip form at nine on Sunday night. It was due on Friday. The top half is hers: her allergies, a phone number, a line on why she wants to go. The bottom box needs a parent's signature.",
  response = "Say, “You look wiped out, love. Go and shower. I know your allergies by heart, so leave it with me.”",
  kind = "rescue",
  because = "It is kind, and it only takes ten minutes. But her half was hers, and she can do it. Tonight she is grateful; later, every form lands on your side of the table.",
}

drill "maya-and-the-form-002" {
  relationship = "parent-and-teen",
  difficulty = 3,
  idea = "Support not control",
  situation = "Your daughter Maya, 16, has a bakery shift at seven on Sunday morning. The first Sunday bus is at 8:40. She asked you on Friday for a lift, after her friend's dad said he was away.",
  response = "Say, “Yes. Be in the car at 6:45. If you're not there by ten to, I go back to bed.”",
  kind = "support",
  because = "There is no bus, she asked early, and she tried someone else first, so a lift is support here. The clear time keeps getting up her job.",
}

drill "maya-and-the-form-003" {
  relationship = "parent-and-teen",
  difficulty = 2,
  idea = "Saying no",
  situation = "It is eleven at night. Your daughter Maya, 16, has two pages of a history essay due at nine tomorrow and no ending. She asks, “You're good at this. Can you do the last paragraph?” You are up at six for work.",
  response = "Say, “No, I won't write it. I'm going to bed. A short ending you wrote beats a good one I wrote.”",
  kind = "boundary",
  because = "A clear no, kindly said. She is stung now. Later, the essay and the mark are hers, and you got your sleep.",
}

drill "maya-and-the-form-004" {
  relationship = "parent-and-teen",
  difficulty = 3,
  idea = "Encouraging autonomy",
  situation = "The school website says your daughter Maya, 16, has three history tasks missing. In September you agreed that school work is hers and she checks the website herself. She hasn't mentioned the tasks.",
  response = "Offer to look at the school website with her each Sunday for a month, side by side, and then stop.",
  kind = "it_depends",
  because = "If she says yes and it ends on the date you set, it helps her build the habit. If you start checking it every night behind her back, it turns into a rescue.",
}

drill "maya-and-the-form-005" {
  relationship = "parent-and-teen",
  difficulty = 2,
  idea = "Self-care",
  situation = "You have been up past midnight three nights this week helping your daughter Maya, 16, and you fell asleep at work today. A friend asks you out for a walk from seven till nine. Maya wants you to quiz her all evening for tomorrow's test.",
  response = "Say yes to your friend. Tell Maya, “I'll quiz you from six to quarter to seven. Then I'm out, and then I'm sleeping.”",
  kind = "self_care",
  because = "You need rest and a friend, and that is not selfish. Forty-five minutes is still help, and the test stays hers. She is miffed now; later you have more to give.",
}

drill "maya-and-the-form-006" {
  relationship = "parent-and-teen",
  difficulty = 1,
  idea = "Seeking support",
  situation = "For weeks your daughter Maya, 16, has gone straight to bed after school and stopped eating lunch. In the car she says, “I'm so tired of everything. I feel rubbish all the time.” You ask if she has had thoughts of hurting herself, and she says no, she just feels flat.",
  response = "Say, “Tired of everything? You're sixteen. Wait till you've got bills to pay.”",
  kind = "hurtful",
  because = "It may be meant lightly, but it shrinks what she just trusted you with, and she may not try again. Saying thank you, and suggesting the school counsellor or her doctor, would help.",
}
