# Compares `eaf rules --format markdown --lang en` with docs/rules/index.md.
execute_process(COMMAND ${EAF} rules --format markdown --lang en OUTPUT_VARIABLE actual RESULT_VARIABLE code)
file(READ ${INDEX} expected)
if(NOT code EQUAL 0 OR NOT actual STREQUAL expected)
  message(FATAL_ERROR "docs/rules/index.md is stale: run ./build/eaf rules --format markdown --lang en > docs/rules/index.md")
endif()
