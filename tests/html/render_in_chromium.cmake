# Renders the HTML report of one fixture in headless Chromium and checks what the browser built:
# every highlighted claim and its card are in the rendered DOM, the page's script ran, and a
# screenshot is saved as OUT.png for a person to look at. Prints "SKIP:" (CTest marks the case
# skipped) where Chromium is not installed (Debian: apt-get install chromium chromium-driver).
#   -DBINARY= -DCWD= -DARGS=a|b|c -DCHROMIUM= -DOUT=<build dir>/html-report-<name>
if(NOT CHROMIUM OR NOT EXISTS "${CHROMIUM}")
  message("SKIP: chromium is not installed (apt-get install chromium chromium-driver)")
  return()
endif()
string(REPLACE "|" ";" ARGS "${ARGS}")
execute_process(
  COMMAND ${BINARY} ${ARGS} --format html --color never --no-config
  WORKING_DIRECTORY "${CWD}" OUTPUT_FILE "${OUT}.html" ERROR_VARIABLE errors RESULT_VARIABLE status)
if(NOT status MATCHES "^[01]$")
  message(FATAL_ERROR "citecheck exited with ${status}:\n${errors}")
endif()
file(READ "${OUT}.html" page)

# A fresh profile every run; nothing from the network (the page must need none).
set(profile "${OUT}.profile")
file(REMOVE_RECURSE "${profile}")
set(flags --headless --no-sandbox --disable-gpu --disable-quic --no-first-run
    --disable-background-networking --disable-component-update --disable-sync
    --user-data-dir=${profile} --window-size=1280,1800 --hide-scrollbars)
execute_process(COMMAND ${CHROMIUM} ${flags} --dump-dom "file://${OUT}.html"
                OUTPUT_VARIABLE dom ERROR_VARIABLE chromium_errors RESULT_VARIABLE status
                TIMEOUT 90)
if(NOT status EQUAL 0 OR dom STREQUAL "")
  message(FATAL_ERROR "chromium --dump-dom failed (${status}):\n${chromium_errors}")
endif()
file(WRITE "${OUT}.dom.html" "${dom}")

# The script ran to its end (it marks the root element last).
if(NOT dom MATCHES "<html lang=\"en\" class=\"js\">")
  message(FATAL_ERROR "the page's script did not run in Chromium; DOM in ${OUT}.dom.html")
endif()
# Every highlighted claim the report wrote is an element in the DOM, with the same id, and so is
# its card: a browser that repaired broken markup would have moved or dropped some.
string(REGEX MATCHALL "<mark class=\"claim v-[a-z]+\" id=\"[^\"]+\"" written "${page}")
string(REGEX MATCHALL "<mark class=\"claim v-[a-z]+\" id=\"[^\"]+\"" rendered "${dom}")
list(LENGTH written n_written)
list(LENGTH rendered n_rendered)
if(n_written EQUAL 0 OR NOT written STREQUAL rendered)
  message(FATAL_ERROR "${n_written} highlighted claims written, ${n_rendered} in the DOM")
endif()
foreach(mark IN LISTS written)
  string(REGEX REPLACE ".* id=\"([^\"]+)\"" "\\1" id "${mark}")
  string(FIND "${dom}" "id=\"${id}-card\"" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "claim ${id} has no card in the DOM")
  endif()
endforeach()
string(REGEX MATCHALL "<aside class=\"card v-[a-z]+[^\"]*\" id=\"[^\"]+\"" cards "${dom}")
list(LENGTH cards n_cards)
if(NOT n_cards EQUAL n_written)
  message(FATAL_ERROR "${n_written} claims but ${n_cards} cards in the DOM")
endif()
# Problem claims stand out: at least one is highlighted as other than supported, with an open card.
if(NOT dom MATCHES "<aside class=\"card v-(unsupported|contradicted|partial|unverifiable|uncited) open")
  message(FATAL_ERROR "no open card for a problem claim in the DOM")
endif()

file(REMOVE "${OUT}.png")
execute_process(COMMAND ${CHROMIUM} ${flags} "--screenshot=${OUT}.png" "file://${OUT}.html"
                OUTPUT_QUIET ERROR_VARIABLE chromium_errors RESULT_VARIABLE status TIMEOUT 90)
file(SIZE "${OUT}.png" size)
if(NOT status EQUAL 0 OR size LESS 10000)
  message(FATAL_ERROR "chromium --screenshot failed (${status}, ${size} bytes):\n${chromium_errors}")
endif()
file(REMOVE_RECURSE "${profile}")
message("${n_written} highlighted claims and their cards rendered; screenshot ${OUT}.png")
