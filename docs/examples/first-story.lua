-- My first story: one moment of choice and two endings.
-- Copy this file, change the words, and run: beside check first-story.lua

scenario {
  id = "first-story",
  title = "Sam and the Form",
  teaser = "Sam's college form is due tomorrow. You could fill it in for him in ten minutes.",
  you_play = "Sam's mum or dad",
  minutes = 5,
  content_notes = { "school stress" },
  meters = { resentment = 20, growth = 30, intimacy = 40 },
  start = "kitchen-table",
}

scene "kitchen-table" {
  "It is nine at night. Sam, who is sixteen, sits at the kitchen table with a "
  .. "college form. Half of it is empty. He sighs, pushes it away, and says: "
  .. "\"I can't do this. It's due tomorrow.\"",

  discuss = "Whose problem is the form? What might Sam need right now?",
  notes = "Most groups split between filling it in and asking. Let both sides speak first.",

  rescue {
    "Take the pen and fill in the form for him. It will only take you ten minutes.",
    because = "Sam can do this himself. Doing it for him feels kind tonight, "
      .. "but it tells him you think he can't. Next time, the form will be yours again.",
    effects = { intimacy = "+5", growth = "-10" },
    later = {
      after = 2,
      effects = { resentment = "+15" },
      says = "The next form arrives. Sam leaves it on your side of the table.",
    },
    next = "yours-now",
  },

  support {
    "Sit down beside him and ask: \"Which part is the hard part?\"",
    because = "The form stays his, and you stay close. He finds out he can do the hard part.",
    effects = { growth = "%+20", intimacy = "+10", resentment = "-5" },
    set = "asked",
    next = "his-own-form",
  },

  self_care {
    "Say you are worn out and need a bath. Tell him you will look at the form with him at breakfast.",
    because = "You are tired, and that is real. Looking after yourself also leaves the form with Sam.",
    effects = { resentment = "-10", growth = "+5" },
    next = "his-own-form",
  },
}

ending "yours-now" {
  "Sam says \"Thanks\" and goes to his room. The form is done, and it is neat. "
  .. "It does not sound much like him.",

  title = "The form is done",
  lens = {
    goal = "To take away Sam's stress, fast.",
    behaviours = "Taking the pen and doing the task yourself.",
    thoughts = "\"It's quicker if I do it.\" \"He'll only get it wrong.\"",
    emotions = "Worry for Sam, and some relief once it is done.",
    underlying = "Sam's stress felt like your job to fix.",
  },
  practice = "This week, when you reach for someone else's task, stop and ask: "
    .. "\"Do you want help, or do you want to try first?\"",
  reflect = "When did someone do a thing for you that you wanted to do yourself? How did it feel?",
}

ending "his-own-form" {
  "At breakfast the form is on the table. It is finished, in Sam's own messy writing.",
  { when = "asked", "He taps one answer. \"That was the hard part. I did it myself.\"" },
  { when = "not asked", "He looks tired, but he did it. He asks you to check the spelling, "
    .. "and that part you are glad to do." },

  title = "His own form",
  lens = {
    goal = "To help Sam without taking his task away.",
    behaviours = "Staying near, asking, or resting, and leaving the pen in his hand.",
    thoughts = "\"This is his. He can do hard things.\"",
    emotions = "Worry, and the urge to step in, which you let pass.",
    underlying = "Trusting Sam is harder than doing it for him.",
  },
  practice = "This week, when someone you love is stuck, ask one question before you offer a fix.",
  reflect = "What did it cost you to leave the pen in Sam's hand?",
}
