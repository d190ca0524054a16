scenario { id = "mt-choice", title = "Metatables", start = "a" }
local body
local first = setmetatable(support { "Answer.", because = "b", next = "z" },
  { __index = function(t, k) rawset(body, 2, neutral { "More.", because = "b", next = "z" }) end })
body = { first, "Text one.", "Text two." }
scene "a" (body)
ending "z" { "The end." }
