# installed_cli_runs: the installed curvelab-cli classifies points with its ready network, run
# from an empty folder with an empty home: nothing it needs is read from the source or build tree
# or from an installed data file (the ready network is compiled in).
#   cmake -DPROGRAM=STAGE/usr/bin/curvelab-cli -DWORK_DIR=... -P installedcli.cmake
cmake_minimum_required(VERSION 3.21)
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}/home")
# Four points on a line y = 0.5 x + 1.
file(WRITE "${WORK_DIR}/points.csv" "x,y\n1,1.5\n2,2\n3,2.5\n4,3\n")
set(ENV{HOME} "${WORK_DIR}/home")
unset(ENV{XDG_CONFIG_HOME})
unset(ENV{XDG_DATA_HOME})
unset(ENV{XDG_DATA_DIRS})
execute_process(COMMAND "${PROGRAM}" classify points.csv
    WORKING_DIRECTORY "${WORK_DIR}"
    OUTPUT_VARIABLE output ERROR_VARIABLE errors RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "installed curvelab-cli classify exited with ${status}:\n${errors}")
endif()
# The last row is the guess after all four points.
string(STRIP "${output}" output)
string(REGEX MATCH "[^\n]*$" last "${output}")
if(NOT last MATCHES ",line$")
    message(FATAL_ERROR "installed curvelab-cli did not call four points on a line a line:\n${output}")
endif()
message(STATUS "installed curvelab-cli: ${last}")
