# Read by cpack before it packages (CPACK_PROJECT_CONFIG_FILE). A build with CURVELAB_NATIVE uses
# this processor's widest vector instructions (core/CMakeLists.txt), and on an older processor the
# packaged program would die of an illegal instruction: such a build is not packaged.
if(CPACK_CURVELAB_NATIVE)
    message(FATAL_ERROR "This build is tuned for this processor (CURVELAB_NATIVE=ON) and would not "
        "run on every machine: package a build configured with -DCURVELAB_NATIVE=OFF, as "
        "scripts/package.sh does.")
endif()
