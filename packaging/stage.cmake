# install_stage: installs the build into STAGE with the package's prefix, /usr, as CPack does, so
# that the other install checks see the package's files and only them.
#   cmake -DBUILD_DIR=... -DSTAGE=... -P stage.cmake
cmake_minimum_required(VERSION 3.21)
file(REMOVE_RECURSE "${STAGE}")
set(ENV{DESTDIR} "${STAGE}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix /usr
    RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${status})")
endif()
