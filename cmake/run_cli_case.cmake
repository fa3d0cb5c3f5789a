# Runs one CLI case: cmake -DCMD=program@@arg@@arg -DEXPECT_EXIT=n [-DEXPECT_OUTPUT=regex]
#   [-DEXPECT_NO_OUTPUT=regex] [-DWORKDIR=dir] -P run_cli_case.cmake
# Output means stdout and stderr together.
if(NOT DEFINED WORKDIR)
  set(WORKDIR ".")
endif()
string(REPLACE "@@" ";" CMD "${CMD}")
execute_process(COMMAND ${CMD} WORKING_DIRECTORY "${WORKDIR}"
  RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
set(all "${out}${err}")
if(NOT "${code}" STREQUAL "${EXPECT_EXIT}")
  message(FATAL_ERROR "exit code ${code}, expected ${EXPECT_EXIT}\n--- output ---\n${all}")
endif()
if(DEFINED EXPECT_OUTPUT AND NOT all MATCHES "${EXPECT_OUTPUT}")
  message(FATAL_ERROR "output does not match '${EXPECT_OUTPUT}'\n--- output ---\n${all}")
endif()
if(DEFINED EXPECT_NO_OUTPUT AND all MATCHES "${EXPECT_NO_OUTPUT}")
  message(FATAL_ERROR "output matches '${EXPECT_NO_OUTPUT}' but must not\n--- output ---\n${all}")
endif()
