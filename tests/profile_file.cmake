# A copy of eaf with no rules/profile.xml next to it, then with a broken one: the command stops
# with exit code 2 and says, in one line per problem, which file and why (nothing on stdout).
#   cmake -DEAF=<eaf> -DSOURCE_DIR=<source> -DWORK=<dir> -DINSTALLED=<prefix>/share/eaf/rules -P profile_file.cmake
if(EXISTS ${INSTALLED}/profile.xml)
  message(STATUS "an installed ${INSTALLED}/profile.xml would be found; nothing to test")
  return()
endif()
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
file(COPY ${EAF} DESTINATION ${WORK})
get_filename_component(name ${EAF} NAME)

function(expect_failure expected_stderr)
  execute_process(COMMAND ${WORK}/${name} check --rules ${SOURCE_DIR}/rules/vn-eaf-2.0.xml
                          ${SOURCE_DIR}/tests/golden/stats/province-text/model.xml
                  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE code)
  if(NOT code EQUAL 2 OR NOT out STREQUAL "" OR NOT err MATCHES "${expected_stderr}")
    message(FATAL_ERROR "exit ${code}\nstdout:\n${out}\nstderr:\n${err}\nexpected stderr matching: ${expected_stderr}")
  endif()
endfunction()

expect_failure("^eaf: cannot find the VN-EAF profile \\(profile\\.xml\\) in rules/ next to eaf nor in [^\n]*/rules; eaf needs it to know the kinds of eaf:kind\n$")

file(MAKE_DIRECTORY ${WORK}/rules)
file(WRITE ${WORK}/rules/profile.xml
     "<profile>\n<family name=\"db\" architecture=\"data\" band=\"data\">\n  <kind name=\"db.x\" types=\"Nod\"/>\n</family>\n</profile>\n")
expect_failure("^eaf: [^\n]*/rules/profile\\.xml:3:3: unknown ArchiMate element type 'Nod' in types\n$")
