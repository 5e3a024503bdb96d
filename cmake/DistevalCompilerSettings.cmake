# Warning and sanitizer settings for the project's own targets. Third-party headers
# (LibTorch, Qt, MPI, QCustomPlot) come in through imported targets, whose include
# directories CMake marks as SYSTEM, so their warnings stay out of -Werror.

add_library(disteval_warnings INTERFACE)
add_library(disteval::warnings ALIAS disteval_warnings)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(disteval_warnings INTERFACE -Wall -Wextra -Wpedantic
                           $<$<BOOL:${DISTEVAL_WERROR}>:-Werror>)
endif()

if(DISTEVAL_SANITIZE)
    string(REPLACE ";" "," _disteval_san "${DISTEVAL_SANITIZE}")
    add_compile_options(-fsanitize=${_disteval_san} -fno-omit-frame-pointer
                        -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=${_disteval_san})
endif()
