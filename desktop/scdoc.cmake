# cmake -DSCDOC=... -DIN=beside.6.scd -DOUT=beside.6 -DVERSION=X -P scdoc.cmake
# The man page's footer names the version from project(); scdoc reads the
# source on standard input and writes roff.
file(READ ${IN} text)
string(REPLACE "@VERSION@" "${VERSION}" text "${text}")
file(WRITE ${OUT}.scd "${text}")
execute_process(COMMAND ${SCDOC} INPUT_FILE ${OUT}.scd OUTPUT_FILE ${OUT} RESULT_VARIABLE rc)
file(REMOVE ${OUT}.scd)
if(NOT rc EQUAL 0)
  file(REMOVE ${OUT})
  message(FATAL_ERROR "scdoc could not read ${IN} (exit ${rc})")
endif()
