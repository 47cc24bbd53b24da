# Makes a program's manual page from its own --help with help2man, at build time, so that the page
# cannot drift from the program. Run by packaging/CMakeLists.txt:
#   cmake -DHELP2MAN=... -DGZIP=... -DPROGRAM=/path/to/prog -DNAME="one line" -DVERSION=x.y.z
#         [-DCOMMANDS=train,classify] [-DSEE_ALSO=other] -DOUTPUT=prog.1.gz -P manpage.cmake
# COMMANDS adds a COMMANDS section with each sub-command's --help, as the program prints it;
# SEE_ALSO names another program's page.
cmake_minimum_required(VERSION 3.21)
foreach(var HELP2MAN GZIP PROGRAM NAME VERSION OUTPUT)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "manpage.cmake: ${var} is not set")
    endif()
endforeach()

get_filename_component(program_dir "${PROGRAM}" DIRECTORY)
get_filename_component(program_name "${PROGRAM}" NAME)
get_filename_component(output_dir "${OUTPUT}" DIRECTORY)
set(page "${output_dir}/${program_name}.1")
set(include_file "${output_dir}/${program_name}.h2m")

# The GUI parses its command line after QApplication exists, which needs a platform even for
# --help. The program runs by name, so that its usage line says "curvelab", not the build folder.
set(ENV{QT_QPA_PLATFORM} offscreen)
set(ENV{PATH} "${program_dir}:$ENV{PATH}")

# Help text is not roff: a backslash is \e, and a line that starts with . or ' would be a request.
function(to_roff text out_var)
    string(REPLACE "\\" "\\e" text "${text}")
    string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
    set(${out_var} "${text}" PARENT_SCOPE)
endfunction()

set(sections "")
if(COMMANDS)
    string(REPLACE "," ";" COMMANDS "${COMMANDS}")
    string(APPEND sections "[COMMANDS]\n")
    foreach(command ${COMMANDS})
        execute_process(COMMAND "${PROGRAM}" ${command} --help
            OUTPUT_VARIABLE help RESULT_VARIABLE status)
        if(NOT status EQUAL 0)
            message(FATAL_ERROR "${program_name} ${command} --help exited with ${status}")
        endif()
        # Whatever argv[0] was, the usage line names the program and the command.
        string(REGEX REPLACE "^Usage: [^ \n]*${program_name}( ${command})?"
            "Usage: ${program_name} ${command}" help "${help}")
        to_roff("${help}" help)
        if(NOT help MATCHES "\n$")
            string(APPEND help "\n")
        endif()
        string(APPEND sections ".SS \"${program_name} ${command}\"\n.nf\n${help}.fi\n")
    endforeach()
endif()
if(SEE_ALSO)
    string(APPEND sections "[SEE ALSO]\n.BR ${SEE_ALSO} (1)\n")
endif()
set(include_option "")
if(sections)
    file(WRITE "${include_file}" "${sections}")
    set(include_option "--include=${include_file}")
endif()

execute_process(
    COMMAND "${HELP2MAN}" --no-info "--version-string=${VERSION}" "--name=${NAME}"
            ${include_option} "--output=${page}" "${program_name}"
    RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "help2man failed on ${program_name} (${status})")
endif()
# Compressed, as Debian's policy wants manual pages; -n leaves the time out, so builds repeat.
execute_process(COMMAND "${GZIP}" -9 -n -f "${page}" RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "gzip failed on ${page} (${status})")
endif()
if(NOT "${page}.gz" STREQUAL "${OUTPUT}")
    file(RENAME "${page}.gz" "${OUTPUT}")
endif()
