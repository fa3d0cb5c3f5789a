# Warnings for our own targets only (third-party code keeps its own flags).
function(dealdojo_set_warnings target)
  target_compile_options(${target} PRIVATE
    -Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Wshadow
    -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual
    -Wnull-dereference -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough)
  if(DEALDOJO_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
