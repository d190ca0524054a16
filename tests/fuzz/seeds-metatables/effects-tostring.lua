scenario { id = "mt-effects", title = "Metatables", start = "a",
           meters = { m1 = { start = 50, better = "higher" } } }
local effects = {}
effects.growth = setmetatable({}, { __tostring = function() rawset(effects, "m1", "+1") return "x" end,
                                    __name = "thing", __concat = function(a, b) return "ab" end })
scene "a" { "Text.", rescue { "Answer.", because = "b", effects = effects,
  later = setmetatable({ after = 1, effects = { resentment = "+5" } }, { __index = function() end }),
  next = setmetatable({ "z" }, { __len = function() return 9 end }) } }
ending "z" { "The end." }
