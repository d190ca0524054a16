-- Spot it: item bank for partners (issue 14).
-- Each item is a short situation, one response to it, and the kind of that
-- response, played by `beside drill` (docs/DRILL.md).
-- See README.md in this folder for the format.

drill "partners-001" {
  relationship = "partners",
  couple = "same-sex",
  difficulty = 2,
  idea = "Encouraging autonomy",
  situation = "You are Dev. Your husband Marco has a late fee on his phone bill again. He says he will call the company tomorrow. He looks worn out after a long week.",
  response = "Say, “You've had a rough week. Want me to ring them tonight, so it's off your plate?”",
  kind = "rescue",
  form = "A",
  because = "Marco already has a plan. Taking the call feels kind now, but later it tells you both that his bills are yours to fix.",
}

drill "partners-002" {
  relationship = "partners",
  couple = "different-sex",
  difficulty = 1,
  idea = "Listening instead of solving",
  situation = "Your wife Amara comes home upset. Her manager praised a coworker for work Amara did. She drops her bag and says, “I can't believe him.”",
  response = "Sit with her and say, “Tell me what happened. I'm not going to fix anything. I want to hear it.”",
  kind = "support",
  form = "A",
  because = "You offer an ear and no plan. The problem stays hers, and she can ask for ideas later if she wants them.",
}

drill "partners-003" {
  relationship = "partners",
  couple = "same-sex",
  difficulty = 2,
  idea = "Saying no",
  situation = "You are Hana. Your girlfriend Yuki wants to borrow your car for a week while hers is in the shop. Last time it came back with an empty tank and a parking ticket.",
  response = "Say, “Thanks for asking. I need my car this week, so I can't lend it. I can drop you at the bus Monday.”",
  kind = "boundary",
  form = "B",
  because = "You say plainly what you will and won't do, and you make a small, real offer. A clear no can still be kind.",
}

drill "partners-004" {
  relationship = "partners",
  couple = "different-sex",
  difficulty = 1,
  idea = "Self-care",
  situation = "Your husband Kwame has been stressed about his job for weeks. Every night you both talk about it until midnight. Tonight your friends have asked you to a quiz night.",
  response = "Tell Kwame you're going to the quiz tonight, kiss him goodbye, and leave your phone in your bag until ten.",
  kind = "self_care",
  because = "You step away for one evening to look after yourself. His stress stays his, and you come back with more to give.",
}

drill "partners-005" {
  relationship = "partners",
  couple = "same-sex",
  difficulty = 1,
  idea = "Listening instead of solving",
  situation = "You are Tariq. Your partner Farid says he has felt low since his brother moved away. He says the flat feels too quiet now.",
  response = "Say, “You're a grown man. He moved two hours away, not to the moon. Cheer up a bit.”",
  kind = "hurtful",
  because = "This brushes off how Farid feels. He learns not to bring his feelings to you, and that costs you both closeness later.",
}

drill "partners-006" {
  relationship = "partners",
  couple = "different-sex",
  difficulty = 2,
  idea = "Pausing before acting",
  situation = "Your girlfriend Lucía is filling in a job form at the kitchen table. She sighs a lot but says nothing. You are cooking dinner.",
  response = "Keep stirring the soup and ask if she wants rice or bread with it tonight, since both are in the cupboard.",
  kind = "neutral",
  because = "This is small talk. It does not take over her form, and it does not open a talk about it either. It is fine, and it is neutral.",
}

drill "partners-007" {
  relationship = "partners",
  couple = "same-sex",
  difficulty = 3,
  idea = "Support not control",
  situation = "You are Rosa. Your wife Carmen is working to stop gambling. Her counselor suggested that someone she trusts hold her bank card for a month. Carmen asks you.",
  response = "Agree to keep the card in your drawer for the month, and ask her to tell her counselor how it goes.",
  kind = "it_depends",
  because = "As part of a plan Carmen made with her counselor, holding the card supports her. If you took it without her asking, or kept checking her spending, it would become a rescue.",
}

drill "partners-008" {
  relationship = "partners",
  couple = "different-sex",
  difficulty = 3,
  idea = "Checking motives",
  situation = "Your husband Pavel forgot his mother's birthday last year, and she was hurt. Her birthday is on Friday. He hasn't mentioned it.",
  response = "Say, “Shall I order flowers for your mum from both of us, so she isn't hurt like last year?”",
  kind = "rescue",
  because = "It sounds thoughtful, and it is offered kindly. But his mother is his to remember, and taking the job eases your worry while it keeps him out of his own bond with her.",
}

drill "partners-009" {
  relationship = "partners",
  couple = "same-sex",
  difficulty = 3,
  idea = "Encouraging autonomy",
  situation = "You are Jamal. Your husband Darnell is nervous about asking for a raise. He wants you to read his notes and tell him what to say. You think the notes are a bit weak.",
  response = "Say, “I'll read them, but you know your boss better than I do. What's the one thing you want him to hear?”",
  kind = "support",
  because = "You help, and you hand the thinking back to him. Rewriting his notes would make the raise talk yours instead of his.",
}

drill "partners-010" {
  relationship = "partners",
  couple = "different-sex",
  difficulty = 2,
  idea = "Sharing responsibility",
  situation = "Your wife Priya keeps missing the car service. She asked you to stop reminding her, because she wants to handle it herself. It is due this week.",
  response = "Book the service quietly and add it to her calendar, to take one more thing off her list.",
  kind = "rescue",
  form = "B",
  because = "She asked to handle it herself. Stepping in quietly feels helpful now, but it takes back what she asked to own.",
}

drill "partners-011" {
  relationship = "partners",
  couple = "same-sex",
  difficulty = 3,
  idea = "Boundaries",
  situation = "You are Sione. Your partner Tane calls you at work three or four times a day when he feels anxious. Your boss has noticed. Tane says talking to you is the only thing that helps.",
  response = "Say, “I do want to hear from you. At work I can take one call, at lunch. Text me, and I'll call you at one.”",
  kind = "boundary",
  form = "A",
  because = "You name what you can do and keep the door open. This is a limit: it looks after your job and still leaves him with you.",
}

drill "partners-012" {
  relationship = "partners",
  couple = "different-sex",
  difficulty = 1,
  idea = "Seeking support",
  situation = "For two months your boyfriend Mateo has been sleeping a lot and skipping football. He says he feels flat and doesn't know why. He brushes off every plan you suggest.",
  response = "Tell him once that you've noticed, that you care, and that a doctor could help him with the flat feeling.",
  kind = "support",
  because = "Saying your worry once and pointing to a doctor is support. Whether he goes stays his choice.",
}

drill "partners-013" {
  relationship = "partners",
  couple = "same-sex",
  difficulty = 2,
  idea = "Support not control",
  situation = "You are Mei. Your girlfriend Linh has had a fight with her sister. Linh says she needs a few days before she calls her. You hate seeing her upset.",
  response = "Text her sister yourself, kindly, to say Linh is hurting and would love to hear from her.",
  kind = "rescue",
  because = "It comes from love, but it takes a fight that is Linh's and makes it yours. She asked for a few days, and this skips her choice.",
}

drill "partners-014" {
  relationship = "partners",
  couple = "different-sex",
  difficulty = 2,
  idea = "Seeking support",
  situation = "Your husband Emeka drinks more than you like, most nights. You have told him so once. Now you catch yourself counting his cans and lying awake.",
  response = "Find a group for family members of people who drink, and go on Tuesday night, even if he asks why.",
  kind = "self_care",
  because = "This gets you support for your own worry. His drinking stays his to face, and you stop carrying it alone.",
}

drill "partners-015" {
  relationship = "partners",
  couple = "different-sex",
  difficulty = 1,
  idea = "Boundaries",
  situation = "Your girlfriend Ingrid forgot to pick you up from the station again. She says sorry and that she fell asleep. You are tired and cold.",
  response = "Say nothing, go to your room, and don't speak to her for the rest of the weekend, so she knows how it felt.",
  kind = "hurtful",
  because = "This pulls away in anger to punish her. It may feel fair now, but it teaches fear and does not fix the pickup.",
}

drill "partners-016" {
  relationship = "partners",
  couple = "same-sex",
  difficulty = 3,
  idea = "Listening instead of solving",
  situation = "You are Keisha. Your wife Zainab says her mother keeps criticising her cooking. She says, “I just want to vent.” You know her mother well.",
  response = "Listen, then say, “Let me have a quiet word with your mum at Sunday lunch. She listens to me.”",
  kind = "rescue",
  because = "Zainab asked only to vent. Talking to her mother feels helpful, but it takes over a bond that is hers.",
}

drill "partners-017" {
  relationship = "partners",
  couple = "different-sex",
  difficulty = 3,
  idea = "Encouraging autonomy",
  situation = "Your boyfriend Kofi lost his job. He wants to start a small food stall instead of looking for office work. You think it is a risk.",
  response = "Say, “It scares me a little. It's your call, though. Show me the numbers when you have them.”",
  kind = "support",
  because = "You say your worry once and leave the choice with him. Asking to see his plan keeps you beside him, not above him.",
}

drill "partners-018" {
  relationship = "partners",
  couple = "same-sex",
  difficulty = 1,
  idea = "Pausing before acting",
  situation = "You are Lars. Your husband Sven is on the phone with his brother, who wants a loan. Sven hasn't asked what you think. You are in the next room.",
  response = "Carry on with the dishes and put the radio on low while you wait for him to finish the call.",
  kind = "neutral",
  because = "This is waiting. You don't step into his brother's request, and you don't talk it through. It is neutral.",
}

drill "partners-019" {
  relationship = "partners",
  couple = "different-sex",
  difficulty = 2,
  idea = "Support not control",
  situation = "Your wife Nadia has a job interview at nine tomorrow. She is slow in the mornings. She hasn't picked her clothes or printed her CV.",
  response = "Ask, “Shall I iron your blouse and print your CV tonight? Then the morning is easy for you.”",
  kind = "rescue",
  because = "This takes over jobs she can do herself. She may feel cared for now, but it tells her you don't trust her to get ready.",
}

drill "partners-020" {
  relationship = "partners",
  couple = "same-sex",
  difficulty = 1,
  idea = "Saying no",
  situation = "You are Aroha. Your girlfriend Kiri wants you to call in sick so you can help her move her things. You have a big shift and no sick days left.",
  response = "Say, “I can't miss work. I'll come straight after my shift and help you till nine.”",
  kind = "boundary",
  because = "You say no to what you can't do and yes to what you can. That is a kind, clear limit.",
}

drill "partners-021" {
  relationship = "partners",
  couple = "different-sex",
  difficulty = 2,
  idea = "Pausing before acting",
  situation = "Your husband Rafael has a letter from the tax office. He says he'll deal with it, but it has sat on the table for three weeks. The deadline is next Friday.",
  response = "Say once, “The deadline is Friday. Do you want me to sit with you while you do it?”",
  kind = "it_depends",
  because = "If he wants company, sitting beside him is support and the task stays his. If you end up filling in the form while he watches, it becomes a rescue.",
}

drill "partners-022" {
  relationship = "partners",
  couple = "same-sex",
  difficulty = 3,
  idea = "Sharing responsibility",
  situation = "You are Noa. Your wife Tali is behind on her share of the rent again. It is the third month in a row. Each time you have paid it without talking about it.",
  response = "Say, “We're a team. I'll cover it again this month, and we won't count it. Please don't worry.”",
  kind = "rescue",
  because = "It sounds generous. But paying quietly again skips the money talk you both need, and later it builds resentment on both sides.",
}

drill "partners-023" {
  relationship = "partners",
  couple = "different-sex",
  difficulty = 1,
  idea = "Listening instead of solving",
  situation = "Your girlfriend Elif cries after a call with her father. She says she doesn't want to talk about it yet.",
  response = "Make her a cup of tea, and sit near her quietly so she knows you're there when she's ready.",
  kind = "support",
  because = "You stay beside her without pushing or fixing. She can speak when she wants to.",
}

drill "partners-024" {
  relationship = "partners",
  couple = "same-sex",
  difficulty = 1,
  idea = "Self-care",
  situation = "You are Ji-woo. Your girlfriend Soo-ah is studying for a big exam and has been short with you all week. You feel drained and a bit lonely.",
  response = "Text your sister, “Swim on Saturday, then lunch? I need a day out,” and let Soo-ah study.",
  kind = "self_care",
  form = "B",
  because = "You look after your own needs while she handles her exam. Her stress is not yours to fix.",
}

drill "partners-025" {
  relationship = "partners",
  couple = "different-sex",
  difficulty = 3,
  idea = "Checking motives",
  situation = "Your boyfriend Dawit says a friend owes him money and won't pay it back. He says he will ask once more. You get on well with the friend.",
  response = "Message the friend yourself, in a friendly way, and ask him to settle up with Dawit this week.",
  kind = "rescue",
  because = "It sounds like a small, friendly nudge, but Dawit said he'd ask. Stepping in takes his problem and his say over it.",
}

drill "partners-026" {
  relationship = "partners",
  couple = "same-sex",
  difficulty = 3,
  idea = "Boundaries",
  situation = "You are Omar. Your partner Yusuf missed your anniversary dinner because he stayed late at work. He says sorry and asks if you're angry.",
  response = "Say, “It's fine, really,” and then spend the evening on your phone, giving him one-word answers.",
  kind = "hurtful",
  form = "B",
  because = "Saying it's fine while going cold punishes him without a word. It blocks the honest talk you both need.",
}

drill "partners-027" {
  relationship = "partners",
  couple = "different-sex",
  difficulty = 2,
  idea = "Pausing before acting",
  situation = "Your wife Olga has been stuck on a work report all weekend. She is at her laptop when you come in. She says, “Don't ask.”",
  response = "Say, “OK,” and tell her the neighbours' cat got stuck on the shed roof again this morning.",
  kind = "neutral",
  because = "This is small talk. It doesn't push or fix, and it doesn't stay with how she feels either. It is neutral.",
}

drill "partners-028" {
  relationship = "partners",
  couple = "same-sex",
  difficulty = 3,
  idea = "Sharing responsibility",
  situation = "You are Ravi. You and your husband Arjun agreed to split the cooking. He stopped doing his nights a month ago and says he's too tired. You have cooked every night since.",
  response = "Say, “I've been cooking your nights, and I'm getting cross about it. Can we look at the week together?”",
  kind = "support",
  because = "You name the pattern honestly and ask him to plan with you. It is not a limit on what you will do; it invites him to share the load.",
}

drill "partners-029" {
  relationship = "partners",
  couple = "different-sex",
  difficulty = 1,
  idea = "Encouraging autonomy",
  situation = "Your husband Tomás is learning to drive at forty. He failed his first test and feels silly. He asks if he should just give up.",
  response = "Say, “Lots of people fail the first time. You drove well on Sunday. Book the next one when you're ready.”",
  kind = "support",
  because = "You show you believe in him and leave the next step with him.",
}

drill "partners-030" {
  relationship = "partners",
  couple = "different-sex",
  difficulty = 2,
  idea = "Boundaries",
  situation = "Your girlfriend Chioma's ex keeps asking her for help with his rent. She asks you to lend her the money to give him, just this once.",
  response = "Say, “I care about you, and I'm not putting my money into this. I'm glad to talk it through with you.”",
  kind = "boundary",
  because = "You say clearly what you will not do, and you stay close. Your money is yours to guard.",
}

drill "partners-031" {
  relationship = "partners",
  couple = "different-sex",
  difficulty = 3,
  idea = "Seeking support",
  situation = "Your wife Leticia has had bad panic attacks for a month. She wants to see a doctor, but she freezes each time she tries to phone. She asks if you would make the call.",
  response = "Say, “OK, I'll make this one call, and you sit next to me and tell them how it feels.”",
  kind = "it_depends",
  because = "When panic stops her from phoning and she asks, one call made together helps her reach care. If you keep running her care after that, it becomes a rescue.",
}

drill "ama-and-grace-001" {
  relationship = "partners",
  couple = "same-sex",
  difficulty = 3,
  idea = "Support not control",
  situation = "You are Grace. Your partner Ama lost her job two months ago. Tonight she holds out her phone and says, “Please text Dani I've got a cold. I can't face everyone asking about work.”",
  response = "Take the phone and text Dani: “Ama's in bed with a bad cold. Sorry to miss it. Big hug from us both.”",
  kind = "rescue",
  because = "She asked, and it eases her shame now. But it is a lie to her friend in her name, and later you are the one keeping her friends away.",
}

drill "ama-and-grace-002" {
  relationship = "partners",
  couple = "same-sex",
  difficulty = 2,
  idea = "Seeking support",
  situation = "You are Grace. For nine weeks your partner Ama has slept until noon, stopped running and eaten cereal for dinner. She says she is fine, just tired.",
  response = "Say once, plainly, “You've been low for weeks. I think it's time to see the doctor, or a counsellor. Will you book it?”",
  kind = "support",
  because = "Weeks of low mood is a good reason to see a doctor. You say it once and leave the call with her: support, not a verdict, even if it stings now.",
}

drill "ama-and-grace-003" {
  relationship = "partners",
  couple = "same-sex",
  difficulty = 3,
  idea = "Encouraging autonomy",
  situation = "You are Grace. Your partner Ama has a phone meeting with the job centre. She asks you, “Can you sit with me and write down what they say? My head goes blank.” Before the call she looks pale.",
  response = "Ask, “Want to practise the first two questions out loud with me, once?”",
  kind = "it_depends",
  because = "If she wants a practice run, it can calm her nerves. If it turns into a script she must follow, it becomes your call in her voice, and a rescue.",
}

drill "ama-and-grace-005" {
  relationship = "partners",
  couple = "same-sex",
  difficulty = 1,
  idea = "Self-care",
  situation = "You are Grace. Between work, your mother's evening pills and your partner Ama's flat days, you have not seen a friend in a month. Nadia texts: “Swim on Saturday?”",
  response = "Text back, “Yes, nine o'clock,” and tell Ama, “I'm going swimming. Back by noon, save me some coffee.”",
  kind = "self_care",
  because = "Your own life keeps you well enough to care for the people you love. Ama may feel a pang now; she also sees you doing what she is trying to do.",
}

drill "ama-and-grace-006" {
  relationship = "partners",
  couple = "same-sex",
  difficulty = 1,
  idea = "Checking motives",
  situation = "You are Grace. You paid your partner Ama's half of the rent without asking. She found out and says, “You didn't even ask me. I'm not a child.”",
  response = "Say, “I was trying to help. A thank-you would be nice, for once,” and start on the dishes.",
  kind = "hurtful",
  because = "Asking for thanks shows the fix was partly for you. It puts her in your debt and shuts down a fair complaint.",
}

drill "a-plan-for-safety-001" {
  relationship = "partners",
  couple = "different-sex",
  difficulty = 1,
  idea = "Sharing responsibility",
  situation = "You come home an hour late because your phone died. Your partner Jonah shouts at you in the hall, then hits the bedroom door so hard it cracks. Now he sits on the bed and says, “Look what you made me do.”",
  response = "Sit down next to him. “I should have found a charger. I know you get anxious. Let's just go to sleep.”",
  kind = "rescue",
  because = "It calms the room now, and that matters. But you take the blame for his fist. Later, the next outburst is your fault too, in his eyes and in yours.",
}

drill "a-plan-for-safety-002" {
  relationship = "partners",
  couple = "different-sex",
  difficulty = 2,
  idea = "Seeking support",
  situation = "For a month your partner Jonah has shouted more and more. He broke a door, reads your phone, and last night stood in the doorway so you couldn't pass. At lunch at work, you look at a card for a domestic abuse helpline on the notice board.",
  response = "Call, and say: “I don't know if this is the right place. My partner's temper scares me.”",
  kind = "self_care",
  because = "You don't have to be sure to call; helplines talk to people who are not sure every day. It is hard to say out loud now, and it brings in people who can help you make a safety plan.",
}

drill "a-plan-for-safety-003" {
  relationship = "partners",
  couple = "different-sex",
  difficulty = 3,
  idea = "Checking motives",
  situation = "Your partner Jonah has been reading your phone and asking you to skip nights out. You told your friend Yuki about it over lunch. She is worried and wants to help.",
  response = "Say, “Come for dinner on Friday, then. He's always calmer when you're around.”",
  kind = "it_depends",
  because = "Seeing a friend at home helps you feel less cut off, if it is for you. If it is to keep him calm, it turns into a rescue: your friend becomes a way to manage his mood.",
}

drill "a-plan-for-safety-004" {
  relationship = "partners",
  couple = "different-sex",
  difficulty = 2,
  idea = "Boundaries",
  situation = "Last night your partner Jonah shouted, took your phone and stood between you and the front door; you got out and called the emergency number. This morning you are safe at your friend's flat. Your phone has twenty messages from him, some sorry and some blaming.",
  response = "Text him once: “I'm safe. I need time. Don't come here.” Then mute his number.",
  kind = "boundary",
  because = "A short, clear message sent from a safe place is a real limit. It stings now, and he sends more. With someone who frightens you, limits go best as part of a plan made with a helpline.",
}

drill "a-plan-for-safety-005" {
  relationship = "partners",
  couple = "different-sex",
  difficulty = 3,
  idea = "Encouraging autonomy",
  situation = "You left home after your partner Jonah's anger put you in danger. You are staying with a friend and talking to a helpline worker. Jonah writes that he has joined a program for men who want to stop being abusive, and asks you to come home and help him through it.",
  response = "Write back: “I'm glad you're going. That work is yours. I'm staying where I am.”",
  kind = "support",
  because = "You honour his effort and leave his change with him. His reply is sad, and that is hard now. Your safety plan stays in place, and his program stays his.",
}

drill "a-plan-for-safety-006" {
  relationship = "partners",
  couple = "different-sex",
  difficulty = 1,
  idea = "Seeking support",
  situation = "Your partner Jonah turns up at your work most evenings and walks you home holding your arm tightly. Your colleague Femi quietly says you jump whenever your phone buzzes, and holds out a card for a helpline that helped his sister.",
  response = "Say, “You don't know anything about us, Femi. Please don't talk about my life at work.”",
  kind = "hurtful",
  because = "You feel exposed, and that is hard. But it pushes away a kind person and the help he held out. Later, it is one more door closed when you may need it.",
}
