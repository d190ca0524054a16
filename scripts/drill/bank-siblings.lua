-- Spot it: item bank for siblings, including families where caring for
-- parents and grandparents is a duty everyone expects (issue 14).
-- Each item is a short situation, one response to it, and the kind of that
-- response, played by `beside drill` (docs/DRILL.md).
-- See README.md in this folder for the format.

drill "siblings-001" {
  relationship = "siblings",
  difficulty = 3,
  idea = "Saying no",
  situation = "Your younger brother Andre has trouble with gambling. He calls to say he'll lose his flat unless he pays 500 by Monday. He swears it's the last time.",
  response = "Pay his landlord directly, not Andre, so the money can't go on bets and he keeps his home.",
  kind = "rescue",
  because = "It sounds careful, and it keeps him housed this week. But it shields him again from what gambling costs, and the calls will come back.",
}

drill "siblings-002" {
  relationship = "siblings",
  difficulty = 1,
  idea = "Seeking support",
  situation = "Your sister Dilnoza tells you she has been betting online every night and owes money. She is ashamed. She asks you not to tell anyone.",
  response = "Say, “I'm glad you told me. There are free helplines for this. I'll sit with you while you call one, if you want.”",
  kind = "support",
  because = "You take her seriously and point to real help. The call stays hers to make.",
}

drill "siblings-003" {
  relationship = "siblings",
  difficulty = 1,
  idea = "Boundaries",
  situation = "Your older sister Marta calls you at work to vent about her husband. It is the third call today. You have a meeting in five minutes.",
  response = "Say, “Give me till seven. I want to hear this, and I can't at work. I'll pick up then.”",
  kind = "boundary",
  because = "You say what you can do and when. That is kind and clear.",
}

drill "siblings-004" {
  relationship = "siblings",
  difficulty = 1,
  idea = "Encouraging autonomy",
  situation = "Your little brother Tae-yang, 25, has to tell his landlord he's moving out. He is dreading it. He asks you what to say.",
  response = "Say, “Give me his number. I'll ring him now and get it over with for you.”",
  kind = "rescue",
  because = "He asked what to say, not for you to do it. Taking the call spares him the dread, and it also takes away the growth.",
}

drill "siblings-005" {
  relationship = "siblings",
  difficulty = 2,
  idea = "Self-care",
  situation = "You and your three sisters take turns caring for your father after his stroke, as your family always has. This is your week. You have had the flu for three days.",
  response = "Call your sister Esi, tell her you're sick, and ask her to swap weeks with you.",
  kind = "self_care",
  because = "Resting when you're ill is part of caring well. Your father is still cared for by the family, and you'll be well for your next turn.",
}

drill "siblings-006" {
  relationship = "siblings",
  difficulty = 1,
  idea = "Encouraging autonomy",
  situation = "Your brother Femi tells you he has been turned down for another job. He sounds flat.",
  response = "Say, “Well, maybe if you'd finished your course like I did, this wouldn't keep happening.”",
  kind = "hurtful",
  form = "A",
  because = "Comparing him to you kicks him when he's down. He'll share less with you next time.",
}

drill "siblings-007" {
  relationship = "siblings",
  difficulty = 3,
  idea = "Support not control",
  situation = "Your sister Paola is in debt from shopping. She made a budget with a money adviser. She asks you to come shopping with her on Saturday.",
  response = "Go, and say before you leave, “Your budget, your call. I'm only here for the company.”",
  kind = "support",
  form = "B",
  because = "You go along as a sister, not a guard. Her budget stays hers, and you stay close.",
}

drill "siblings-008" {
  relationship = "siblings",
  difficulty = 3,
  idea = "Checking motives",
  situation = "Your brother Nikhil and his wife are arguing a lot. He tells you they're seeing a counselor. Your mother begs you to talk some sense into his wife.",
  response = "Invite his wife for coffee, just the two of you, and gently tell her what Nikhil is going through.",
  kind = "rescue",
  because = "It feels like family helping, but their marriage is theirs, and they already have help. Stepping in puts you in the middle.",
}

drill "siblings-009" {
  relationship = "siblings",
  difficulty = 2,
  idea = "Saying no",
  situation = "Your sister Ayesha wants to borrow your credit card for a holiday. She says she'll pay it back. She still owes you from last year.",
  response = "Say, “I'm not lending my card. I'd love to hear about the trip, though, and I hope you find a way.”",
  kind = "boundary",
  because = "You say a clear no about your money and stay warm. It is about what you will do.",
}

drill "siblings-010" {
  relationship = "siblings",
  difficulty = 2,
  idea = "Sharing responsibility",
  situation = "Your brother Lwazi and his wife have just had a baby, and they are overwhelmed. He asks if you could cook for them for a week.",
  response = "Say yes, and spend Sunday filling their freezer with a week of easy meals they can heat up.",
  kind = "it_depends",
  form = "B",
  because = "A week of meals after a new baby can be real help, given freely. If it runs on for months and drains you, it turns into a rescue.",
}

drill "siblings-011" {
  relationship = "siblings",
  difficulty = 3,
  idea = "Sharing responsibility",
  situation = "In your family the eldest daughter looks after the parents' paperwork. That is you, and you are proud to do it. Your younger brother wants to learn, and offers to do the tax forms this year.",
  response = "Thank him, but say you'd better keep doing it, since you know the system and it's quicker.",
  kind = "rescue",
  because = "Your care for your parents is good. But he has offered his share, and keeping the job keeps it all on you and stops him from learning.",
}

drill "siblings-012" {
  relationship = "siblings",
  difficulty = 1,
  idea = "Listening instead of solving",
  situation = "Your sister Inés calls after a fight with her teenage son. She is angry and hurt. You have strong views about teens.",
  response = "Hold your views back, and say, “That sounds really hard. Give me the whole story. What happened?”",
  kind = "support",
  form = "A",
  because = "You keep your advice back and let her talk. The problem stays hers.",
}

drill "siblings-013" {
  relationship = "siblings",
  difficulty = 1,
  idea = "Pausing before acting",
  situation = "Your brother Kenta is texting you about his new job. He seems happy with it. You are on the bus.",
  response = "Send back a thumbs up and a photo of the rainbow you can see out of the bus window.",
  kind = "neutral",
  because = "A friendly, light reply. Nothing here needs fixing or holding, so it is neutral.",
}

drill "siblings-014" {
  relationship = "siblings",
  difficulty = 2,
  idea = "Support not control",
  situation = "Your sister Aigerim, 30, still gets her post at your parents' house. A fine has come for her. Your mother asks you what to do.",
  response = "Ask your mother, “Shall I just pay it online? Aigerim is so busy, and it's quicker.”",
  kind = "rescue",
  form = "B",
  because = "It seems to save everyone trouble. But the fine is hers, and paying it for her keeps her from handling her own affairs. Passing the letter on to Aigerim keeps it hers.",
}

drill "siblings-015" {
  relationship = "siblings",
  difficulty = 3,
  idea = "Boundaries",
  situation = "Your brother Dario drinks too much at family dinners and picks fights. Last time he shouted at your kids. He is coming on Sunday.",
  response = "Tell him beforehand, “You're welcome if you're sober. If you start drinking, I'll ask you to leave.”",
  kind = "boundary",
  because = "You name what you'll do and you stick to it. It protects your children and still leaves him a place at the table.",
}

drill "siblings-016" {
  relationship = "siblings",
  difficulty = 3,
  idea = "Seeking support",
  situation = "Your brother Omari has been in and out of rehab. Your parents call you after every slip. You feel it's your job to keep the family calm.",
  response = "Book a few sessions with a counselor for yourself, to talk about your place in all this.",
  kind = "self_care",
  because = "You get help with your own load. You can't steady the whole family, and you don't have to.",
}

drill "siblings-017" {
  relationship = "siblings",
  difficulty = 3,
  idea = "Boundaries",
  situation = "Your sister Nour had a big row with your parents. She asks you to hear her side. You agree with your parents.",
  response = "Say, “I'm staying out of it,” and then stop answering her texts for a week.",
  kind = "hurtful",
  form = "A",
  because = "Staying out of a fight can be fair, but going silent for a week punishes her. A kind “I won't take sides” would keep you close.",
}

drill "siblings-018" {
  relationship = "siblings",
  difficulty = 3,
  idea = "Encouraging autonomy",
  situation = "Your younger sister Ama is getting married and is panicking about the seating plan. She asks you to just do it for her.",
  response = "Say, “Shall we sit down tonight? You make the calls; you know who can't sit together.”",
  kind = "support",
  form = "A",
  because = "You help, and she stays in charge of her own day. Later she'll be glad it was hers.",
}

drill "siblings-019" {
  relationship = "siblings",
  difficulty = 3,
  idea = "Pausing before acting",
  situation = "Your brother Liam texts at midnight. His car broke down an hour from home. He is safe at a petrol station and has roadside cover.",
  response = "Text back, “Stay put. I'm coming to get you, so you don't wait an hour for a tow truck.”",
  kind = "rescue",
  because = "He is safe and has cover. Driving out at midnight takes over a problem he can handle, and it wears you out.",
}

drill "siblings-020" {
  relationship = "siblings",
  difficulty = 3,
  idea = "Sharing responsibility",
  situation = "Your mother lives with your older brother Arash, as your family expects. He says caring for her alone is too much. He asks you to find a day centre for her.",
  response = "Look up three day centres near them and send Arash the list to choose from.",
  kind = "it_depends",
  because = "He asked, and finding options shares the load. If you end up phoning, booking and running it all, the care becomes yours and he loses his say.",
}

drill "siblings-021" {
  relationship = "siblings",
  difficulty = 2,
  idea = "Saying no",
  situation = "Your sister Yetunde keeps forgetting to pay her phone bill, and her line gets cut off. She asks if you'll put her on your plan.",
  response = "Say, “Why not go on my family plan? Then it never gets cut off, and you can pay me back when you can.”",
  kind = "rescue",
  because = "It seems to fix it for good. But it makes her bill yours, and “when she can” may be never.",
}

drill "siblings-022" {
  relationship = "siblings",
  difficulty = 2,
  idea = "Sharing responsibility",
  situation = "You and your brother Hoang share the care of your grandmother, as your family always has. He has been late for his days three times. She worries when he's late.",
  response = "Say to Hoang, “Grandma frets when you're late. What would make your days easier to keep?”",
  kind = "support",
  because = "You name the problem and ask how he can do his part. The care stays shared.",
}

drill "siblings-023" {
  relationship = "siblings",
  difficulty = 2,
  idea = "Pausing before acting",
  situation = "Your sister Ruth is telling you about her new diet plan. You think it's a bit much. She seems excited.",
  response = "Nod, ask what she's having for dinner tonight, and tell her about the new café by the station.",
  kind = "neutral",
  because = "This is small talk. You don't push your view, and you don't dig in. It is neutral.",
}

drill "siblings-024" {
  relationship = "siblings",
  difficulty = 1,
  idea = "Self-care",
  situation = "You spent a long family weekend caring for your mother, and you feel wrung out. Your brother says everyone should go out for dinner together.",
  response = "Tell them to go without you, and spend the evening at home with a film and an early night.",
  kind = "self_care",
  because = "You notice you need rest, and you take it. That is looking after yourself.",
}

drill "siblings-025" {
  relationship = "siblings",
  difficulty = 2,
  idea = "Listening instead of solving",
  situation = "Your brother Mehmet says his boss is unfair and he can't stand it. You work in the same line of work and know people at his firm.",
  response = "Listen, then offer, “Let me call a friend in HR there. She could have a quiet word for you.”",
  kind = "rescue",
  because = "He came to let off steam. Pulling strings for him takes his work problem into your hands.",
}

drill "siblings-026" {
  relationship = "siblings",
  difficulty = 1,
  idea = "Boundaries",
  situation = "Your sister Camila, 28, keeps asking you to tell your parents she's with you at weekends. She isn't.",
  response = "Say, “I'm not going to cover for you with Mum and Dad. What you tell them is up to you.”",
  kind = "boundary",
  because = "You say clearly what you won't do. Her choices stay hers.",
}

drill "siblings-027" {
  relationship = "siblings",
  difficulty = 2,
  idea = "Self-care",
  situation = "You and your brother Reza both quit smoking a year ago. He calls to say he has started again and feels awful. You feel let down.",
  response = "Say, “Then I'm not bothering either,” and buy a pack at the shop on your way home that night.",
  kind = "hurtful",
  because = "Going back to an old habit in anger hurts you and gives him nothing. His slip is his to face, and yours would be yours.",
}

drill "siblings-028" {
  relationship = "siblings",
  difficulty = 1,
  idea = "Encouraging autonomy",
  situation = "Your sister Ngoc wants to open her own nail salon. She asks if you think she can do it.",
  response = "Say, “You've worked in salons for ten years. I think you can. Tell me your plan when it's ready.”",
  kind = "support",
  because = "You show her you believe in her, and you leave the planning with her.",
}

drill "siblings-029" {
  relationship = "siblings",
  difficulty = 1,
  idea = "Seeking support",
  situation = "Your sister Leah tells you her partner has threatened to hurt her if she leaves. She says she'll just set some rules with him.",
  response = "Say, “Rules aren't safe with threats. Let's call a domestic abuse helpline together, and you can stay with me.”",
  kind = "support",
  because = "With threats, a rule alone is not safe; a professional's help comes first. Staying beside her while she gets it is right. If she is in danger now, call the emergency number.",
}

drill "ama-and-grace-004" {
  relationship = "siblings",
  difficulty = 2,
  idea = "Sharing responsibility",
  situation = "You are Grace. Your mother is home after a broken hip. In your family, caring for a parent is what children do. Your sister Joy says, “She needs someone at night for a month. It should be you.”",
  response = "Say, “I love Mama too. I'll do three nights a week. The other four we share, or pay for help, the three of us.”",
  kind = "boundary",
  because = "You keep the duty and name a fair share of it. Joy is hurt now, but a plan with all three children in it is care that lasts.",
}
