# confidant_add_test(tst_name SOURCES a.cpp [b.cpp] LIBS lib... [LABELS l...] [ENVIRONMENT K=V...] [TIMEOUT s] [WRAPPER script])
# WRAPPER runs the test through a script, e.g. one that provides a private D-Bus session.
# One Qt Test executable per test class; registered with CTest under its own name.
function(confidant_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT;WRAPPER" "SOURCES;LIBS;LABELS;ENVIRONMENT" ${ARGN})
    if(NOT ARG_SOURCES)
        set(ARG_SOURCES ${name}.cpp)
    endif()
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test confidant_test_support ${ARG_LIBS})
    add_test(NAME ${name} COMMAND ${ARG_WRAPPER} $<TARGET_FILE:${name}>)
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;CONFIDANT_SOURCE_DIR=${PROJECT_SOURCE_DIR};CONFIDANT_BINARY_DIR=${PROJECT_BINARY_DIR};${ARG_ENVIRONMENT}")
endfunction()
