scenario { id = "mt-play", title = "Metatables", start = "a" }
local mt = { __call = function(self, s) return s.growth > 10 end, __eq = function() return true end,
             __lt = function() return false end, __le = function() return true end }
local check = setmetatable({}, mt)
scene "a" {
  function(s) return "Growth " .. tostring(s.growth) .. string.format("%5d", 3) end,
  neutral { "Answer.", because = "b", when = function(s) return check(s) end, next = "z" },
  support { "Sort.", because = "b", when = function(s) local t = { 3, 1, 2 } table.sort(t, function(a, b) return a < b end) return t[1] == 1 end, next = "z" },
}
ending "z" { "The end." }
