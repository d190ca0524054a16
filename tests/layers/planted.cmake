# planted.cmake — the layer check catches a wrong include: a copy of engine/
# with "ui/app.h" planted in core/story.c, and one with <lua.h> planted in
# core/runtime.c, and one with "script/sandbox.h" (which includes <lua.h>)
# planted in homework/homework.c, and "report/report.h" planted in ui/report_ui.c
# (the window saves reports through app/homework_report.h), must each fail
# check_layers.cmake naming the file and line.
#   cmake -DENGINE=<engine> -DWORK=<scratch folder> -DCHECK=<check_layers.cmake> -P planted.cmake
foreach(plant IN ITEMS "core/story.c|#include \"ui/app.h\"|may not use ui/"
                       "core/runtime.c|#include <lua.h>|Lua's C API"
                       "homework/homework.c|#include \"script/sandbox.h\"|script/record.h"
                       "ui/report_ui.c|#include \"report/report.h\"|but ui/ may not use")
  string(REPLACE "|" ";" parts "${plant}")
  list(GET parts 0 file)
  list(GET parts 1 line)
  list(GET parts 2 want)
  file(REMOVE_RECURSE "${WORK}/engine")
  file(COPY "${ENGINE}" DESTINATION "${WORK}")
  file(READ "${WORK}/engine/${file}" text)
  file(WRITE "${WORK}/engine/${file}" "${line}\n${text}")
  execute_process(COMMAND "${CMAKE_COMMAND}" -DENGINE=${WORK}/engine -P "${CHECK}"
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(rc EQUAL 0)
    message(FATAL_ERROR "the layer check passed with ${line} planted in ${file}")
  endif()
  string(FIND "${err}" "engine/${file}:1: includes" at)
  string(FIND "${err}" "${want}" why)
  if(at LESS 0 OR why LESS 0)
    message(FATAL_ERROR "the layer check failed, but did not name engine/${file}:1 and "
                        "'${want}':\n${err}")
  endif()
  message(STATUS "planted ${line} in ${file}: caught")
endforeach()
file(REMOVE_RECURSE "${WORK}/engine")
