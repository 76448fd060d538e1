# Writes the man page with the built program: cmake -DVALUEMAP=<program> -DOUTPUT=<file> -P manpage.cmake
# In English whatever the machine's locale or saved language, without a display, and never
# half-written (a failed run leaves no page behind).
set(ENV{QT_QPA_PLATFORM} offscreen)
set(ENV{LC_ALL} C.UTF-8)
set(ENV{LANGUAGE} "")
set(ENV{ASAN_OPTIONS} detect_leaks=0)
execute_process(COMMAND "${VALUEMAP}" --lang en --help-man
                OUTPUT_FILE "${OUTPUT}.part" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    file(REMOVE "${OUTPUT}.part")
    message(FATAL_ERROR "${VALUEMAP} --help-man failed: ${result}")
endif()
file(RENAME "${OUTPUT}.part" "${OUTPUT}")
