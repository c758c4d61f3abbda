# Renders the HTML report of one fixture in headless Chromium and checks what the browser built:
# every highlighted claim and its card are in the rendered DOM, the page's script ran, the j and k
# keys step from one problem claim to the next and back, and a screenshot is saved as OUT.png for a person to look at. Prints "SKIP:" (CTest marks the case
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

# Keyboard navigation: a copy of the page with a test script after the page's own presses j, j
# and k, as a reader would, and writes down which claim had the focus and which card was active
# after each press; the DOM Chromium dumps must show the first, second and first problem again.
string(REGEX MATCHALL "<mark class=\"claim v-[a-z]+\" id=\"[^\"]+\" tabindex=\"0\" data-card=\"[^\"]+\" data-problem="
       problem_marks "${page}")
list(LENGTH problem_marks n_problems)
if(n_problems LESS 2)
  message(FATAL_ERROR "fewer than two problem claims to step through (${n_problems})")
endif()
list(GET problem_marks 0 first)
list(GET problem_marks 1 second)
string(REGEX REPLACE ".* id=\"([^\"]+)\".*" "\\1" first "${first}")
string(REGEX REPLACE ".* id=\"([^\"]+)\".*" "\\1" second "${second}")
set(press [=[<script>(function(){
function press(k){document.dispatchEvent(new KeyboardEvent('keydown',{key:k,bubbles:true}));}
function where(){var a=document.activeElement,c=document.querySelector('.card.active');
  return (a&&a.id?a.id:'-')+'/'+(c&&c.id?c.id:'-');}
var seen=[];press('j');seen.push(where());press('j');seen.push(where());press('k');seen.push(where());
var out=document.createElement('pre');out.id='keys';out.textContent='keys:'+seen.join(',')+':end';
document.body.appendChild(out);})();</script></body>]=])
string(REPLACE "</body>" "${press}" keyed "${page}")
file(WRITE "${OUT}.keys.html" "${keyed}")
execute_process(COMMAND ${CHROMIUM} ${flags} --dump-dom "file://${OUT}.keys.html"
                OUTPUT_VARIABLE keys_dom ERROR_VARIABLE chromium_errors RESULT_VARIABLE status
                TIMEOUT 90)
set(expected "keys:${first}/${first}-card,${second}/${second}-card,${first}/${first}-card:end")
string(FIND "${keys_dom}" "${expected}" at)
if(NOT status EQUAL 0 OR at EQUAL -1)
  string(REGEX MATCH "keys:[^<]*" got "${keys_dom}")
  message(FATAL_ERROR "j, j, k should visit ${first}, ${second}, ${first}; got '${got}'\n"
                      "${chromium_errors}")
endif()
file(REMOVE "${OUT}.keys.html")

file(REMOVE "${OUT}.png")
execute_process(COMMAND ${CHROMIUM} ${flags} "--screenshot=${OUT}.png" "file://${OUT}.html"
                OUTPUT_QUIET ERROR_VARIABLE chromium_errors RESULT_VARIABLE status TIMEOUT 90)
file(SIZE "${OUT}.png" size)
if(NOT status EQUAL 0 OR size LESS 10000)
  message(FATAL_ERROR "chromium --screenshot failed (${status}, ${size} bytes):\n${chromium_errors}")
endif()
file(REMOVE_RECURSE "${profile}")
message("${n_written} highlighted claims and their cards rendered, j/k steps through "
        "${n_problems} problems; screenshot ${OUT}.png")
