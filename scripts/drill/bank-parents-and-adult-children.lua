-- Spot it: item bank for parents and adult children, including ageing
-- parents and families where caring for elders is a duty everyone expects
-- (issue 14). Each item is a short situation, one response to it, and the
-- kind of that response, played by `beside drill` (docs/DRILL.md). See
-- README.md in this folder for the format.

drill "parents-001" {
  relationship = "parents-and-adult-children",
  difficulty = 1,
  idea = "Encouraging autonomy",
  situation = "Your son Ethan is 26. His car insurance is due, and he has told you he's short this month. He hasn't asked you for the money.",
  response = "Pay the insurance online tonight and text him, “Sorted, love. Don't worry about it.”",
  kind = "rescue",
  because = "He hasn't asked. Paying quietly spares him a hard week now, but it keeps him from learning to plan for his own bills.",
}

drill "parents-002" {
  relationship = "parents-and-adult-children",
  difficulty = 2,
  idea = "Encouraging autonomy",
  situation = "Your mother Gloria, 74, has just started banking online. She calls because she can't find a payment. She says, “You do it, you're quicker.”",
  response = "Say, “I'm quicker, but you'll want this when I'm not around. Tell me what you see on the screen.”",
  kind = "support",
  because = "You guide her while her hands stay on it. She builds a skill she can use on her own.",
}

drill "parents-003" {
  relationship = "parents-and-adult-children",
  difficulty = 3,
  idea = "Sharing responsibility",
  situation = "In your family, grown children care for their parents; everyone expects it, and you are glad to. Your father, Baba Joseph, needs lifts to the clinic each week. Your brother could share the driving, but you haven't asked him.",
  response = "Tell your brother, “Don't worry about Baba's clinic days. I can take them all off work.”",
  kind = "rescue",
  because = "Caring for Baba is good work that your family shares. Doing it all alone takes your brother's part from him and wears you down over time.",
}

drill "parents-004" {
  relationship = "parents-and-adult-children",
  difficulty = 2,
  idea = "Saying no",
  situation = "Your daughter Sofia, 30, asks you to babysit every Friday night so she can go out. You are 68 and tired by Friday. You love your grandson.",
  response = "Say, “I love having Leo. Fridays wear me out, so I can do one Saturday afternoon a month.”",
  kind = "boundary",
  because = "You name what you can give, warmly. A clear limit lets you keep enjoying your grandson.",
}

drill "parents-005" {
  relationship = "parents-and-adult-children",
  difficulty = 1,
  idea = "Seeking support",
  situation = "You visit your father Hiroshi, 81. He is on the kitchen floor after a fall. He is confused, can't get up, and his head is bleeding.",
  response = "Call the emergency number now, stay with him, and keep him still until help comes.",
  kind = "rescue",
  because = "Here acting for him is right. He can't act, and a fall with a head injury needs help now. This rescue is the safe choice.",
}

drill "parents-006" {
  relationship = "parents-and-adult-children",
  difficulty = 1,
  idea = "Self-care",
  situation = "You care for your mother Lakshmi every evening after work, as your family expects and as you want to. Lately you get headaches and have no time for yourself. Your aunt has offered to sit with her one night a week.",
  response = "Say yes to your aunt's offer, and keep Thursday evenings for your yoga class.",
  kind = "self_care",
  because = "Taking the offer looks after your own health, and your mother is still cared for by family. Rest helps you keep caring for years.",
}

drill "parents-007" {
  relationship = "parents-and-adult-children",
  difficulty = 2,
  idea = "Encouraging autonomy",
  situation = "Your son Obi, 23, wants to leave university to train as a chef. You had hoped he would finish his degree. He wants your blessing.",
  response = "Say, “It's not what I'd pick. I'll still be first in line to eat at your first restaurant.”",
  kind = "support",
  because = "You are honest about your view and still back his choice. His life stays his, and you stay close.",
}

drill "parents-008" {
  relationship = "parents-and-adult-children",
  difficulty = 1,
  idea = "Listening instead of solving",
  situation = "Your daughter Mei-Ling, 28, tells you she and her husband are splitting up. She is crying on the phone.",
  response = "Say, “I warned you about him. Maybe next time you'll listen to your mother.”",
  kind = "hurtful",
  form = "B",
  because = "This blames her while she is hurting. It may feel true to you, but it pushes her away just when she needs you.",
}

drill "parents-009" {
  relationship = "parents-and-adult-children",
  difficulty = 2,
  idea = "Support not control",
  situation = "Your mother Dolores, 70, has fallen out with her neighbour over a fence. She tells you about it on the phone, upset. She says she'll talk to him on Sunday.",
  response = "Say, “Leave it with me, Mum. I'll pop round Saturday and have a calm word with him myself.”",
  kind = "rescue",
  because = "She has a plan. Stepping in feels protective, but it takes over her own problem and tells her you doubt her.",
}

drill "parents-010" {
  relationship = "parents-and-adult-children",
  difficulty = 2,
  idea = "Support not control",
  situation = "Your father Ahmad, 79, has started missing his pills. He says he's fine. His doctor said a weekly pill box would help.",
  response = "Fill a weekly pill box with him on Sunday mornings, and let him take them himself each day.",
  kind = "it_depends",
  because = "If he agrees, and it follows his doctor's advice, this supports him. If he doesn't want it and you start checking on him every day, it becomes a rescue.",
}

drill "parents-011" {
  relationship = "parents-and-adult-children",
  difficulty = 1,
  idea = "Boundaries",
  situation = "Your son Jamie, 32, moved back home after a breakup. That was eight months ago. He pays nothing and doesn't help around the house.",
  response = "Say, “You're welcome here. From next month I need 200 a month, and you cooking twice a week.”",
  kind = "boundary",
  because = "You say clearly what you need, kindly. It treats him as an adult who can pull his weight.",
}

drill "parents-012" {
  relationship = "parents-and-adult-children",
  difficulty = 2,
  idea = "Listening instead of solving",
  situation = "Your mother Eun-ji, 76, is telling you about a dream she had last night. You have a lot to do this afternoon.",
  response = "Listen for a while, then tell her about the birds you saw at the park on your walk this morning.",
  kind = "neutral",
  because = "This is small talk. Nothing here is a problem to fix or hold. It is just time passing together.",
}

drill "parents-013" {
  relationship = "parents-and-adult-children",
  difficulty = 3,
  idea = "Listening instead of solving",
  situation = "Your daughter Amira, 29, says her manager keeps piling extra work on her. She sighs, “I don't know what to do.” You used to be a manager.",
  response = "Say, “Here's what I'd do,” and write out a short email she can send him tomorrow.",
  kind = "rescue",
  form = "A",
  because = "She said she doesn't know what to do, but she didn't ask you to do it. Writing her email takes the problem into your hands; asking what she needs would keep it hers.",
}

drill "parents-014" {
  relationship = "parents-and-adult-children",
  difficulty = 1,
  idea = "Listening instead of solving",
  situation = "Your father Chen, 85, has been quiet since your mother died last year. Today he says, “The house is too big now.”",
  response = "Sit with him and say, “It must feel empty. Tell me about it.”",
  kind = "support",
  form = "B",
  because = "You don't rush to fix the house. You let him share the feeling.",
}

drill "parents-015" {
  relationship = "parents-and-adult-children",
  difficulty = 2,
  idea = "Seeking support",
  situation = "Your son Luca, 35, has had trouble with gambling. He is in a program and says he's doing well. You lie awake worrying that he'll slip.",
  response = "Find a support group for parents of people who gamble, and go to the next meeting on your own.",
  kind = "self_care",
  because = "His recovery is his. Getting your own support helps with your own fear, without watching over him.",
}

drill "parents-016" {
  relationship = "parents-and-adult-children",
  difficulty = 3,
  idea = "Sharing responsibility",
  situation = "Your family agreed that your daughter Ana, 27, takes her grandmother to church on Sundays. Last week Ana overslept. This Sunday she is still asleep at nine.",
  response = "Let her sleep, and take her grandmother yourself, so nobody has a bad morning.",
  kind = "rescue",
  because = "It keeps the peace now, but Ana's part quietly becomes yours. Waking her, and talking it over later, keeps the care shared the way the family agreed.",
}

drill "parents-017" {
  relationship = "parents-and-adult-children",
  difficulty = 2,
  idea = "Seeking support",
  situation = "Your mother Beatriz, 66, has been drinking more since she retired. She mentions she can't sleep without a glass of wine or two.",
  response = "Say once, kindly, “I've noticed the wine, and I worry. Your doctor could help with sleep, if you want.”",
  kind = "support",
  form = "B",
  because = "You say your worry once and name where help is. What she does next is hers.",
}

drill "parents-018" {
  relationship = "parents-and-adult-children",
  difficulty = 3,
  idea = "Encouraging autonomy",
  situation = "Your son Kai, 24, got a parking fine he can't pay this month. If it isn't paid by Friday, it doubles. He asks to borrow the money.",
  response = "Lend it, and agree together in writing that he pays it back from his next two paychecks.",
  kind = "it_depends",
  because = "A one-off loan he asked for, with a plan he makes, can help. If loans like this become a habit, it turns into a rescue that keeps him from planning.",
}

drill "parents-019" {
  relationship = "parents-and-adult-children",
  difficulty = 3,
  idea = "Saying no",
  situation = "Your mother Ngozi, 72, wants you to move back home to care for her. You live three hours away and love your job. She is well and active.",
  response = "Say, “I love you, Mama, and I'm not moving back. I'll come one weekend a month and call every Sunday.”",
  kind = "boundary",
  because = "You say plainly what you will and won't do, and you offer what is real. A no to moving is not a no to her.",
}

drill "parents-020" {
  relationship = "parents-and-adult-children",
  difficulty = 1,
  idea = "Support not control",
  situation = "Your daughter Zoe, 22, lost her job. She is looking for another, but slowly. You are worried.",
  response = "Write her a CV, book her a session with a careers counselor, and tell her which jobs to apply for.",
  kind = "rescue",
  because = "This takes her job hunt out of her hands. It calms your worry, but it tells her you don't trust her to run her life.",
}

drill "parents-021" {
  relationship = "parents-and-adult-children",
  difficulty = 1,
  idea = "Listening instead of solving",
  situation = "Your father Dev, 78, tells you for the third time this week about a problem with his pension. You already helped him phone them.",
  response = "Sigh and say, “Not this again, Dad. Can we talk about something else for once?”",
  kind = "hurtful",
  because = "This brushes him off while he is worried. He may stop telling you things, even important ones.",
}

drill "parents-022" {
  relationship = "parents-and-adult-children",
  difficulty = 3,
  idea = "Encouraging autonomy",
  situation = "Your mother Fatima, 80, wants to keep living alone. She is slower now, but she manages well. Your sister wants her to move into a home.",
  response = "Tell your sister that it's Mum's choice, and ask Mum what help, if any, she'd like at home.",
  kind = "support",
  because = "You back her right to choose and ask what she wants. She stays in charge of her own life.",
}

drill "parents-023" {
  relationship = "parents-and-adult-children",
  difficulty = 1,
  idea = "Self-care",
  situation = "Your son Aiden, 30, calls every day to talk through his problems. You have started to dread the phone. Tonight you are tired.",
  response = "Let the call go to voicemail tonight, run a bath, and call him back tomorrow afternoon.",
  kind = "self_care",
  because = "One evening for yourself is looking after your own needs. You'll listen better tomorrow.",
}

drill "parents-024" {
  relationship = "parents-and-adult-children",
  difficulty = 3,
  idea = "Pausing before acting",
  situation = "Your daughter Layla, 34, tells you her landlord is raising her rent. She says she'll go over her budget this weekend. You have some savings.",
  response = "Say, “Let us help for a few months, love. That's what savings are for, while you find your feet.”",
  kind = "rescue",
  because = "She has a plan. Offering money before she has looked at her budget takes her problem before she has tried.",
}

drill "parents-025" {
  relationship = "parents-and-adult-children",
  difficulty = 2,
  idea = "Pausing before acting",
  situation = "Your father Kwabena, 83, is watching football on TV. You have come to visit for the afternoon. He seems in good spirits.",
  response = "Sit down next to him and ask, “Who's winning? Do you think they'll take the league this year?”",
  kind = "neutral",
  because = "This is simply time together. There is no problem here to fix or to hold, so it is neutral.",
}

drill "parents-026" {
  relationship = "parents-and-adult-children",
  difficulty = 2,
  idea = "Boundaries",
  situation = "Your son Mateus, 27, often borrows your car and brings it back with an empty tank. You have asked him twice to fill it up.",
  response = "Say, “Happy to lend it. Can you fill the tank before it comes back? If not, I'll stop lending it for a month.”",
  kind = "boundary",
  because = "You say calmly what you'll do next time. The limit is about your car, not a punishment.",
}

drill "parents-027" {
  relationship = "parents-and-adult-children",
  difficulty = 2,
  idea = "Encouraging autonomy",
  situation = "Your mother Hoa, 77, lives with you, as your family always planned. Your grown son Minh lives nearby but rarely visits her. She misses him.",
  response = "Tell Minh once that Grandma misses him and would love a visit, then leave the visit to him.",
  kind = "support",
  form = "A",
  because = "You share what you know and let Minh decide. His bond with her is his to build.",
}

drill "parents-028" {
  relationship = "parents-and-adult-children",
  difficulty = 2,
  idea = "Encouraging autonomy",
  situation = "Your mother Olena, 71, got a confusing letter about her gas bill. She says she'll call them on Monday. She hates waiting on hold.",
  response = "Take a photo of the letter, and call the gas company yourself on your lunch break to spare her the wait.",
  kind = "rescue",
  because = "She said she'd call. Sparing her the wait is kind now, but it chips away at her belief that she can run her own affairs.",
}

drill "parents-029" {
  relationship = "parents-and-adult-children",
  difficulty = 3,
  idea = "Pausing before acting",
  situation = "Your father Samuel, 82, seems more forgetful lately. He left the stove on twice this month. He says you're fussing.",
  response = "Book him a memory check with his doctor, and tell him the date and time when you next see him.",
  kind = "it_depends",
  form = "A",
  because = "A stove left on is a real safety worry, so a check-up can be right. But if he can still decide for himself, booking it without him takes his choice; asking him first keeps it his.",
}

drill "parents-030" {
  relationship = "parents-and-adult-children",
  difficulty = 3,
  idea = "Checking motives",
  situation = "Your daughter Keiko, 31, is planning her wedding. She picked a venue you think costs too much. She hasn't asked you for money.",
  response = "Say, “It's beautiful. It's your day and your budget.” Then don't bring up the cost again.",
  kind = "support",
  because = "It may feel like holding back. But the wedding and the money are hers, and trusting her with them keeps you close.",
}
