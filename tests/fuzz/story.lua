-- A small story the state-text fuzzer reads saves for: flags, an extra meter,
-- delayed effects and routes, so every line of the save format appears.
scenario {
  id = "fuzz-story", title = "Fuzz story", start = "a",
  meters = { resentment = 20, growth = 30, intimacy = 40, energy = { start = 50, better = "higher" } },
}
scene "a" {
  "Start.",
  rescue { "Take over.", because = "b", effects = { resentment = "+10" }, set = "took",
           later = { after = 2, effects = { energy = "-10" } }, next = "b" },
  support { "Ask.", because = "b", effects = { growth = "%+20" }, set = "asked", next = "b" },
}
scene "b" {
  "Middle.",
  boundary { "Say no.", because = "b", clear = "took", next = { { when = "asked", "good" }, "c" } },
  self_care { "Rest.", because = "b", effects = { energy = "+10" }, next = "c" },
}
scene "c" {
  "Later.",
  neutral { "Wait.", because = "b", next = { { when = "resentment >= 30", "bad" }, "good" } },
}
ending "good" { "Good." }
ending "bad" { "Bad." }
