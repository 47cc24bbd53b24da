# installed_mime_types_valid: shared-mime-info accepts the installed file types and defines each
# of TYPES. Built into WORK_DIR, a database of its own, never the system's.
#   cmake -DUPDATE_MIME_DATABASE=... -DPACKAGE=.../mime/packages/ID.xml -DWORK_DIR=...
#         -DTYPES=a/b,c/d -P mimetypes.cmake
cmake_minimum_required(VERSION 3.21)
file(REMOVE_RECURSE "${WORK_DIR}")
file(COPY "${PACKAGE}" DESTINATION "${WORK_DIR}/packages")
execute_process(COMMAND "${UPDATE_MIME_DATABASE}" -V "${WORK_DIR}"
    OUTPUT_VARIABLE output ERROR_VARIABLE output RESULT_VARIABLE status)
if(NOT status EQUAL 0 OR output MATCHES "[Ee]rror|[Ww]arning")
    message(FATAL_ERROR "update-mime-database rejects ${PACKAGE}:\n${output}")
endif()
file(STRINGS "${WORK_DIR}/types" defined)
string(REPLACE "," ";" TYPES "${TYPES}")
foreach(type ${TYPES})
    if(NOT type IN_LIST defined)
        message(FATAL_ERROR "${PACKAGE} does not define ${type}")
    endif()
endforeach()
message(STATUS "${PACKAGE} defines ${TYPES}")
