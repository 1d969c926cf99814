# Runs one golden case: eaf with the arguments in CASE_DIR/cmd, from CASE_DIR, and compares
# stdout and the exit code with expected.stdout and expected.exit.
# When the case has an expected.stderr, standard error is compared too (messages about the run
# itself: files that could not be loaded, bad options). EAF_UPDATE_GOLDEN=1 in the environment
# rewrites the expectations instead.
# Every case runs on the same day, 2026-06-15 12:00 UTC, unless it says otherwise in a file
# `source_date_epoch`: waivers expire against it and reports print it, so outputs never depend on
# the day the tests run.
set(ENV{SOURCE_DATE_EPOCH} 1781524800)
if(EXISTS ${CASE_DIR}/source_date_epoch)
  file(READ ${CASE_DIR}/source_date_epoch epoch)
  string(STRIP "${epoch}" epoch)
  set(ENV{SOURCE_DATE_EPOCH} "${epoch}")
endif()
file(READ ${CASE_DIR}/cmd arguments)
string(STRIP "${arguments}" arguments)
separate_arguments(arguments UNIX_COMMAND "${arguments}")
execute_process(COMMAND ${EAF} ${arguments}
                WORKING_DIRECTORY ${CASE_DIR}
                OUTPUT_VARIABLE actual_stdout
                ERROR_VARIABLE actual_stderr
                RESULT_VARIABLE actual_exit)
if(DEFINED ENV{EAF_UPDATE_GOLDEN})
  file(WRITE ${CASE_DIR}/expected.stdout "${actual_stdout}")
  file(WRITE ${CASE_DIR}/expected.exit "${actual_exit}\n")
  if(EXISTS ${CASE_DIR}/expected.stderr)
    file(WRITE ${CASE_DIR}/expected.stderr "${actual_stderr}")
  endif()
  message(STATUS "updated ${CASE_DIR}")
  return()
endif()
file(READ ${CASE_DIR}/expected.stdout expected_stdout)
file(READ ${CASE_DIR}/expected.exit expected_exit)
string(STRIP "${expected_exit}" expected_exit)
set(failed FALSE)
if(NOT actual_exit STREQUAL expected_exit)
  message(SEND_ERROR "exit code: expected ${expected_exit}, got ${actual_exit}\nstderr:\n${actual_stderr}")
  set(failed TRUE)
endif()
if(NOT actual_stdout STREQUAL expected_stdout)
  string(LENGTH "${expected_stdout}" expected_length)
  string(LENGTH "${actual_stdout}" actual_length)
  message(SEND_ERROR "stdout differs from ${CASE_DIR}/expected.stdout (expected ${expected_length} bytes, got ${actual_length}).\n--- actual ---\n${actual_stdout}")
  set(failed TRUE)
endif()
if(EXISTS ${CASE_DIR}/expected.stderr)
  file(READ ${CASE_DIR}/expected.stderr expected_stderr)
  if(NOT actual_stderr STREQUAL expected_stderr)
    message(SEND_ERROR "stderr differs from ${CASE_DIR}/expected.stderr.\n--- actual ---\n${actual_stderr}")
    set(failed TRUE)
  endif()
endif()
if(failed)
  message(FATAL_ERROR "golden case failed: ${CASE_DIR}")
endif()
