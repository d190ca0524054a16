# check_layers.cmake — the layers of engine/ as the build holds them: a file
# in one folder may include headers only from the folders below it, and
# Lua's C API only inside engine/script/. Run by ctest as
#   cmake -DENGINE=<engine folder> -P check_layers.cmake
# and fails with file:line for every include that crosses a layer the wrong
# way. docs/ARCHITECTURE.md draws the same picture.
#
# A folder may use itself and:
set(uses_core     "")
set(uses_script   "core")
set(uses_profile  "core")
set(uses_homework "core;script")
set(uses_report   "core;profile;homework")
set(uses_app      "core;script;profile;homework;report")
set(uses_term     "core")
set(uses_ui       "core;app")
set(uses_cli      "core;script;profile;homework;report;app;term;ui")
set(layers core script profile homework report app term ui cli)

# Lua's headers, and script/sandbox.h that includes them: only the
# sandbox's folder. Data files are read outside it through script/record.h.
set(lua_allowed "script")
set(lua_exceptions "")

if(NOT ENGINE)
  message(FATAL_ERROR "usage: cmake -DENGINE=path/to/engine -P check_layers.cmake")
endif()
file(GLOB_RECURSE files RELATIVE "${ENGINE}" "${ENGINE}/*.c" "${ENGINE}/*.h")
set(problems 0)
set(checked 0)
foreach(rel IN LISTS files)
  string(REGEX MATCH "^[^/]+" folder "${rel}")
  if(rel STREQUAL folder) # engine/main.c: the top, may use anything
    continue()
  endif()
  list(FIND layers "${folder}" known)
  if(known LESS 0)
    message(SEND_ERROR "engine/${rel}: folder '${folder}' is not a layer this check knows. "
                       "Add it to tests/layers/check_layers.cmake and docs/ARCHITECTURE.md.")
    math(EXPR problems "${problems} + 1")
    continue()
  endif()
  set(allowed ${folder} ${uses_${folder}})
  file(STRINGS "${ENGINE}/${rel}" lines)
  set(n 0)
  foreach(line IN LISTS lines)
    math(EXPR n "${n} + 1")
    if(line MATCHES "^[ \t]*#[ \t]*include[ \t]*\"([^\"]+)\"")
      set(inc "${CMAKE_MATCH_1}")
      # "x.h" is this folder; "../f/x.h" and "f/x.h" are folder f.
      if(inc MATCHES "^\\.\\./([^/]+)/")
        set(target "${CMAKE_MATCH_1}")
      elseif(inc MATCHES "^([^/]+)/")
        set(target "${CMAKE_MATCH_1}")
      else()
        set(target "${folder}")
      endif()
      list(FIND allowed "${target}" ok)
      if(ok LESS 0)
        message(SEND_ERROR "engine/${rel}:${n}: includes \"${inc}\", but ${folder}/ may not use "
                           "${target}/ (it may use: ${allowed}). Move the code to the right "
                           "layer, or call it through a layer that may.")
        math(EXPR problems "${problems} + 1")
      endif()
      if(inc MATCHES "(^|/)sandbox(_internal)?\\.h$" AND NOT folder STREQUAL "script")
        message(SEND_ERROR "engine/${rel}:${n}: includes \"${inc}\", which brings in Lua's "
                           "C API; outside engine/script/ read data files through "
                           "script/record.h.")
        math(EXPR problems "${problems} + 1")
      endif()
      math(EXPR checked "${checked} + 1")
    elseif(line MATCHES "^[ \t]*#[ \t]*include[ \t]*<(lua|lauxlib|lualib)\\.h>")
      list(FIND lua_allowed "${folder}" ok)
      list(FIND lua_exceptions "${rel}" excepted)
      if(ok LESS 0 AND excepted LESS 0)
        message(SEND_ERROR "engine/${rel}:${n}: includes <${CMAKE_MATCH_1}.h>; Lua's C API "
                           "stays inside engine/script/.")
        math(EXPR problems "${problems} + 1")
      endif()
    endif()
  endforeach()
endforeach()
list(LENGTH files n_files)
if(problems GREATER 0)
  message(FATAL_ERROR "${problems} include(s) cross a layer the wrong way.")
endif()
message(STATUS "layers: ${n_files} files, ${checked} includes, every one within its layer")
