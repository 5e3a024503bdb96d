cmake_minimum_required(VERSION 3.22)
# Checks that the includes between the folders of gui/ point one way (docs/GUI.md):
# app/ may use every part; the tab parts (setup/, run/, results/, compare/, history/) use
# only models/, plots/, export/ and common/ (results/ and compare/ also samples/, the
# per-sample views they both show, which use what a tab part uses); export/ uses
# models/, plots/ and common/;
# models/ and plots/ use common/; common/ uses nothing else of the app.
#   cmake -DGUI_DIR=<source>/gui -P check_layering.cmake
set(allowed_app app setup run results compare history samples models plots export common)
set(allowed_setup setup models plots export common)
set(allowed_run run models plots export common)
set(allowed_results results samples models plots export common)
set(allowed_compare compare samples models plots export common)
set(allowed_samples samples models plots export common)
set(allowed_history history models plots export common)
set(allowed_export export models plots common)
set(allowed_models models common)
set(allowed_plots plots common)
set(allowed_common common)
set(parts app setup run results compare history samples export models plots common)

file(GLOB_RECURSE sources RELATIVE "${GUI_DIR}" "${GUI_DIR}/*.h" "${GUI_DIR}/*.cpp")
set(violations "")
foreach(source IN LISTS sources)
    string(REGEX MATCH "^[^/]+" part "${source}")
    if(NOT part IN_LIST parts)
        list(APPEND violations "${source}: not in one of the folders ${parts}")
        continue()
    endif()
    file(STRINGS "${GUI_DIR}/${source}" includes REGEX "^#include \"[^\"]+\"")
    foreach(line IN LISTS includes)
        string(REGEX REPLACE "^#include \"([^\"]+)\".*" "\\1" header "${line}")
        string(REGEX MATCH "^[^/]+" target "${header}")
        if(NOT target IN_LIST parts)
            continue() # core's headers ("result/resultfile.h") and system ones
        endif()
        if(NOT target IN_LIST allowed_${part})
            list(APPEND violations "${source} includes ${header} (${part}/ must not use ${target}/)")
        endif()
    endforeach()
endforeach()
if(violations)
    list(JOIN violations "\n  " text)
    message(FATAL_ERROR "Includes against the layering of gui/:\n  ${text}")
endif()
list(LENGTH sources count)
message(STATUS "gui/ layering: ${count} files, every include points one way")
