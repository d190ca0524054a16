scenario { id = "mt-scene", title = "Metatables", start = "a" }
local n = 0
local function more() n = n + 1 if n < 20 then scene ("m" .. n) { "More." } end end
scene "a" (setmetatable({
  "Text.",
  { when = "growth >= 0", "Shown." },
  neutral { "Answer.", because = "b", effects = { growth = "+1" }, next = "z" },
}, { __index = function(t, k) more() return nil end, __len = function() return 3 end }))
ending "z" (setmetatable({ "The end." }, { __index = function() more() end }))
