# The web build's minified packs (scripts/minify_json.mjs) are the same packs to the
# app's loader: for each shipped pack, what dojo reports of the original and of the
# minified copy (stats, every question as CSV, the role-plays' and playbooks' checks,
# the self-assessment) must be identical but for the folder's name.
# Run by CTest with -DNODE= -DDOJO= -DSOURCE_DIR= -DOUT=.
file(REMOVE_RECURSE "${OUT}")
file(MAKE_DIRECTORY "${OUT}")
foreach(pack sales-rep manufacturing)
  file(COPY "${SOURCE_DIR}/content/${pack}" DESTINATION "${OUT}")
  execute_process(COMMAND "${NODE}" "${SOURCE_DIR}/scripts/minify_json.mjs" "${OUT}/${pack}"
                  RESULT_VARIABLE code OUTPUT_VARIABLE said ERROR_VARIABLE said)
  if(NOT code EQUAL 0)
    message(FATAL_ERROR "minify_json.mjs failed on ${pack}: ${said}")
  endif()
  foreach(command "stats" "export;csv" "roleplay;check" "guidance;check" "assess")
    set(side original)
    foreach(folder "${SOURCE_DIR}/content/${pack}" "${OUT}/${pack}")
      execute_process(COMMAND "${DOJO}" ${command} "${folder}" RESULT_VARIABLE code
                      OUTPUT_VARIABLE output ERROR_VARIABLE output)
      string(REPLACE "${folder}" "PACK" output "${output}")
      set(${side} "${code}: ${output}")  # a variable each: the output may hold ';'
      set(side minified)
    endforeach()
    if(NOT original STREQUAL minified)
      message(FATAL_ERROR "dojo ${command} differs for the minified ${pack}:\n--- original\n${original}\n--- minified\n${minified}")
    endif()
    string(LENGTH "${original}" length)
    if(length LESS 40)
      message(FATAL_ERROR "dojo ${command} said almost nothing for ${pack}: ${original}")
    endif()
  endforeach()
  message(STATUS "${pack}: the same to dojo after minifying")
endforeach()
