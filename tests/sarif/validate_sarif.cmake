# Runs citecheck --format sarif in CWD with ARGS (separated by |), then Microsoft's validator
# (TOOL: sarif-multitool) on the log with the POLICY file, and fails on any error it reports.
# Prints "SKIP:" (CTest marks the case skipped) when the validator or CWD is not here.
if(NOT EXISTS "${TOOL}")
  message("SKIP: the SARIF validator is not installed (${TOOL}); scripts/setup installs it with npm")
  return()
endif()
if(NOT IS_DIRECTORY "${CWD}")
  message("SKIP: ${CWD} is not here; this case needs it")
  return()
endif()
string(REPLACE "|" ";" ARGS "${ARGS}")
file(MAKE_DIRECTORY "${OUT}")
set(log "${OUT}/report.sarif")
set(validation "${OUT}/validation.sarif")
execute_process(
  COMMAND ${BINARY} ${ARGS} --format sarif
  WORKING_DIRECTORY "${CWD}"
  OUTPUT_FILE "${log}"
  ERROR_VARIABLE errors
  RESULT_VARIABLE status)
if(NOT status MATCHES "^[01]$")
  message(FATAL_ERROR "citecheck exited with ${status}:\n${errors}")
endif()
file(READ "${log}" sarif)
string(JSON results_count LENGTH "${sarif}" runs 0 results)
if(results_count EQUAL 0)
  message(FATAL_ERROR "the SARIF log has no results, so validating it would prove little")
endif()
file(REMOVE "${validation}")
execute_process(
  COMMAND "${TOOL}" validate "${log}" --output "${validation}" --config "${POLICY}"
          --level Error Warning Note
  OUTPUT_VARIABLE out
  ERROR_VARIABLE err
  RESULT_VARIABLE status)
if(NOT status EQUAL 0 OR NOT EXISTS "${validation}")
  message(FATAL_ERROR "sarif-multitool failed (${status}):\n${out}\n${err}")
endif()
# The validator exits 0 whatever it finds: its findings are in its output.
string(REGEX MATCHALL "[^\n]*: error [A-Z]+[0-9]+[^\n]*" problems "${out}")
string(REGEX MATCHALL "[^\n]*: warning SARIF[0-9]+[^\n]*" warnings "${out}")
list(LENGTH problems count)
if(count GREATER 0)
  string(REPLACE ";" "\n" problems "${problems}")
  message(FATAL_ERROR "sarif-multitool reports ${count} error(s) in ${log}:\n${problems}")
endif()
message("sarif-multitool: ${results_count} results, no errors; warnings: ${warnings}")
