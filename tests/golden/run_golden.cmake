# Runs citecheck in CWD with ARGS and --format FORMAT, and compares stdout with
# EXPECTED_DIR/expected.<ext> byte for byte (txt, json, sarif, github.txt, rdjsonl, junit.xml, md, html).
# No config file is read (--no-config), so a .citecheck.toml above the fixtures changes nothing. Prints "SKIP:" (CTest marks the case skipped)
# when CWD is absent.
# With CITECHECK_UPDATE_GOLDEN=1 in the environment it rewrites the expected file instead.
if(NOT IS_DIRECTORY "${CWD}")
  message("SKIP: ${CWD} is not here (the shared seed folder); this golden case needs it")
  return()
endif()
# The expected files were written with WordNet's data files installed (scripts/setup): without
# them the claims' words match only as written, and scores and evidence differ.
if(DEFINED ENV{CITECHECK_WORDNET_DIR})
  set(wordnet "$ENV{CITECHECK_WORDNET_DIR}")
else()
  set(wordnet /usr/share/wordnet)
endif()
if(NOT EXISTS "${wordnet}/data.verb")
  message("SKIP: no WordNet data files in '${wordnet}' (apt-get install wordnet-base); the "
          "expected files were written with them")
  return()
endif()
string(REPLACE "|" ";" ARGS "${ARGS}")
# The expected file's extension per format.
set(ext ${FORMAT})
if(FORMAT STREQUAL "text")
  set(ext txt)
elseif(FORMAT STREQUAL "junit")
  set(ext junit.xml)
elseif(FORMAT STREQUAL "markdown")
  set(ext md)
elseif(FORMAT STREQUAL "github")
  set(ext github.txt)
endif()
set(expected_file "${EXPECTED_DIR}/expected.${ext}")
execute_process(
  COMMAND ${CMAKE_COMMAND} -E env NO_COLOR=1 ${BINARY} ${ARGS} --format ${FORMAT} --color never --no-config
  WORKING_DIRECTORY "${CWD}"
  OUTPUT_VARIABLE actual
  ERROR_VARIABLE errors
  RESULT_VARIABLE status)
if(NOT status MATCHES "^[01]$")
  message(FATAL_ERROR "citecheck exited with ${status}:\n${errors}")
endif()
# REDACT_CLAIMS: the article is not the project's own (the seed), so its sentences are not
# written into the expected files: each claim's and each uncited sentence's text is replaced by a
# placeholder.
if(REDACT_CLAIMS)
  set(placeholder "[claim text of the seed article, not copied into the project]")
  string(REGEX REPLACE "\n    claim: [^\n]*" "\n    claim: ${placeholder}" actual "${actual}")
  string(REGEX REPLACE "(\"length\": [0-9]+,\n +\"text\": )\"[^\n]*\"," "\\1\"${placeholder}\","
         actual "${actual}")
  # An uncited sentence's text: the text report's "sentence:" line and the JSON finding's "text".
  string(REGEX REPLACE "\n    sentence: [^\n]*" "\n    sentence: ${placeholder}" actual "${actual}")
  string(REGEX REPLACE "(\"message\": \"[^\n]*\",\n +\"text\": )\"[^\n]*\"" "\\1\"${placeholder}\""
         actual "${actual}")
endif()
# A JSON report validates against the published schema (docs/report.schema.json) before it is
# compared or written: VALIDATE is "python3;tests/schema/validate.py;schema", empty without Python.
if(FORMAT STREQUAL "json" AND VALIDATE)
  string(RANDOM LENGTH 8 tag)
  set(report_file "${CMAKE_CURRENT_BINARY_DIR}/golden-report-${tag}.json")
  file(WRITE "${report_file}" "${actual}")
  execute_process(COMMAND ${VALIDATE} "${report_file}" OUTPUT_VARIABLE checked RESULT_VARIABLE valid)
  file(REMOVE "${report_file}")
  if(NOT valid EQUAL 0)
    message(FATAL_ERROR "the JSON report does not validate against the schema:\n${checked}")
  elseif(checked MATCHES "SKIP:")
    # Not "SKIP:" itself: the comparison below still runs, and CTest must not mark it skipped.
    message("note: not checked against the schema: python3-jsonschema is not installed")
  endif()
endif()
if("$ENV{CITECHECK_UPDATE_GOLDEN}" STREQUAL "1")
  file(WRITE "${expected_file}" "${actual}")
  message("updated ${expected_file}")
  return()
endif()
if(NOT EXISTS "${expected_file}")
  message(FATAL_ERROR "${expected_file} is missing; run with CITECHECK_UPDATE_GOLDEN=1 to create it")
endif()
file(READ "${expected_file}" expected)
if(NOT actual STREQUAL expected)
  string(RANDOM LENGTH 8 tag)
  set(actual_file "${CMAKE_CURRENT_BINARY_DIR}/golden-actual-${tag}.${ext}")
  file(WRITE "${actual_file}" "${actual}")
  execute_process(COMMAND diff -u "${expected_file}" "${actual_file}" OUTPUT_VARIABLE diff)
  message(FATAL_ERROR "output differs from ${expected_file} (actual saved in ${actual_file}):\n${diff}")
endif()
