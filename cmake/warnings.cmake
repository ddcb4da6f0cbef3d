# A curated warning list, applied to our own targets only (never to dependencies).
add_library(fundledger_warnings INTERFACE)
target_compile_options(fundledger_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion
  -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual
  -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough
  -Wno-missing-field-initializers
  # GCC 12 reports false -Wrestrict positives inside std::string at -O3 (GCC bug 105329).
  $<$<CXX_COMPILER_ID:GNU>:-Wno-restrict>)
if(FUNDLEDGER_WERROR)
  target_compile_options(fundledger_warnings INTERFACE -Werror)
endif()

add_library(fundledger_sanitize INTERFACE)
if(FUNDLEDGER_SANITIZE)
  target_compile_options(fundledger_sanitize INTERFACE
    -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_link_options(fundledger_sanitize INTERFACE -fsanitize=address,undefined)
endif()

# fl_module(NAME SOURCES... DEPS ...): one static library per module; the link list is
# the module's allowed includes (DESIGN §4), checked again by tests/arch/check_layers.py.
function(fl_module name)
  cmake_parse_arguments(M "" "" "SOURCES;DEPS" ${ARGN})
  add_library(fl_${name} STATIC ${M_SOURCES})
  target_include_directories(fl_${name} PUBLIC ${PROJECT_SOURCE_DIR}/ledger)
  target_link_libraries(fl_${name} PUBLIC ${M_DEPS} PRIVATE fundledger_warnings)
  target_link_libraries(fl_${name} PUBLIC fundledger_sanitize)
endfunction()
