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

# libFuzzer targets (tests/fuzz): every project target is built with coverage
# instrumentation and ASan/UBSan; only the fuzz_* programs link libFuzzer's main.
if(DISTEVAL_BUILD_FUZZERS)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "DISTEVAL_BUILD_FUZZERS needs clang (libFuzzer): configure with "
                            "-DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                        -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()
