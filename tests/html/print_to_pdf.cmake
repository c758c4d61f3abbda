# Prints the HTML report of one fixture to PDF with headless Chromium, as a reader's "Print" would,
# and reads the PDF back with pdftotext: every claim's text and every card's content (explanation,
# evidence passages, uncited sentences' messages) is on paper, including the cards a screen shows
# folded; the keyboard hint meant for the screen is not; the page header prints once; no page is
# blank. Prints "SKIP:" (CTest marks the case skipped) where Chromium or pdftotext is not installed.
#   -DBINARY= -DCWD= -DARGS=a|b|c -DCHROMIUM= -DPDFTOTEXT= -DOUT=<build dir>/html-print-<name>
if(NOT CHROMIUM OR NOT EXISTS "${CHROMIUM}")
  message("SKIP: chromium is not installed (apt-get install chromium chromium-driver)")
  return()
endif()
if(NOT PDFTOTEXT OR NOT EXISTS "${PDFTOTEXT}")
  message("SKIP: pdftotext is not installed (apt-get install poppler-utils)")
  return()
endif()
string(REPLACE "|" ";" ARGS "${ARGS}")
foreach(format html json)
  execute_process(
    COMMAND ${BINARY} ${ARGS} --format ${format} --color never --no-config
    WORKING_DIRECTORY "${CWD}" OUTPUT_FILE "${OUT}.${format}" ERROR_VARIABLE errors
    RESULT_VARIABLE status)
  if(NOT status MATCHES "^[01]$")
    message(FATAL_ERROR "citecheck --format ${format} exited with ${status}:\n${errors}")
  endif()
endforeach()

# A fresh profile every run; nothing from the network (the page must need none). Chromium 110 and
# later take --no-pdf-header-footer, older ones --print-to-pdf-no-header; each ignores the other.
set(profile "${OUT}.profile")
file(REMOVE_RECURSE "${profile}")
file(REMOVE "${OUT}.pdf")
execute_process(
  COMMAND ${CHROMIUM} --headless --no-sandbox --disable-gpu --disable-quic --no-first-run
          --disable-background-networking --disable-component-update --disable-sync
          --user-data-dir=${profile} --no-pdf-header-footer --print-to-pdf-no-header
          "--print-to-pdf=${OUT}.pdf" "file://${OUT}.html"
  OUTPUT_QUIET ERROR_VARIABLE chromium_errors RESULT_VARIABLE status TIMEOUT 90)
if(NOT status EQUAL 0 OR NOT EXISTS "${OUT}.pdf")
  message(FATAL_ERROR "chromium --print-to-pdf failed (${status}):\n${chromium_errors}")
endif()
file(REMOVE_RECURSE "${profile}")

# -raw keeps the order Chromium drew the text in, so the two columns of a contradiction's
# side-by-side view come out one after the other rather than line by line interleaved.
execute_process(COMMAND ${PDFTOTEXT} -raw -enc UTF-8 "${OUT}.pdf" "${OUT}.txt"
                ERROR_VARIABLE errors RESULT_VARIABLE status TIMEOUT 60)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "pdftotext failed (${status}):\n${errors}")
endif()
file(READ "${OUT}.txt" text)

# pdftotext ends every page with a form feed: a page whose text is only white space is blank.
# (Pages are cut with string(FIND), not as a CMake list: page text has semicolons and brackets.)
string(ASCII 12 form_feed)
# The article starts on the first page, under the summary, rather than leaving it empty: its
# first line of text is printed before the first form feed.
string(FIND "${text}" "${form_feed}" first_end)
string(SUBSTRING "${text}" 0 ${first_end} first_page)
string(FIND "${first_page}" "Northbridge" on_first)
if(on_first EQUAL -1)
  message(FATAL_ERROR "the first page holds no article text, only the summary (a paragraph too "
                      "tall to fit was pushed to the next page); PDF in ${OUT}.pdf")
endif()
set(rest "${text}")
set(n_pages 0)
string(FIND "${rest}" "${form_feed}" end)
while(NOT end EQUAL -1)
  math(EXPR n_pages "${n_pages} + 1")
  string(SUBSTRING "${rest}" 0 ${end} page)
  if(NOT page MATCHES "[^ \t\r\n]")
    message(FATAL_ERROR "page ${n_pages} is blank; PDF in ${OUT}.pdf")
  endif()
  math(EXPR end "${end} + 1")
  string(SUBSTRING "${rest}" ${end} -1 rest)
  string(FIND "${rest}" "${form_feed}" end)
endwhile()
if(n_pages EQUAL 0)
  message(FATAL_ERROR "the PDF has no pages; its text in ${OUT}.txt")
endif()

# Lines wrap wherever the page width puts them, so text is compared with all white space removed.
string(REGEX REPLACE "[ \t\r\n${form_feed}]+" "" printed "${text}")
function(expect_printed what wanted)
  string(REGEX REPLACE "[ \t\r\n]+" "" key "${wanted}")
  string(FIND "${printed}" "${key}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${what} is not in the printed report: '${wanted}'\n"
                        "PDF in ${OUT}.pdf, its text in ${OUT}.txt")
  endif()
endfunction()

file(READ "${OUT}.json" report)
string(JSON n_docs LENGTH "${report}" documents)
set(n_claims 0)
set(n_evidence 0)
math(EXPR last_doc "${n_docs} - 1")
foreach(d RANGE ${last_doc})
  string(JSON claims_len LENGTH "${report}" documents ${d} claims)
  if(claims_len GREATER 0)
    math(EXPR last_claim "${claims_len} - 1")
    foreach(c RANGE ${last_claim})
      string(JSON id GET "${report}" documents ${d} claims ${c} id)
      string(JSON claim GET "${report}" documents ${d} claims ${c} text)
      string(JSON line GET "${report}" documents ${d} claims ${c} line)
      string(JSON column GET "${report}" documents ${d} claims ${c} column)
      expect_printed("claim ${id}'s text" "${claim}")
      expect_printed("claim ${id}'s card" "${id} · line ${line}:${column}")
      string(JSON why ERROR_VARIABLE none GET "${report}" documents ${d} claims ${c} explanation)
      if(NOT none AND NOT why STREQUAL "")
        expect_printed("claim ${id}'s explanation" "${why}")
      endif()
      # A card shows the first two passages (report/html_card.cc).
      string(JSON evidence_len LENGTH "${report}" documents ${d} claims ${c} evidence)
      foreach(e RANGE 1)
        if(e LESS evidence_len)
          string(JSON passage GET "${report}" documents ${d} claims ${c} evidence ${e} text)
          expect_printed("claim ${id}'s evidence passage ${e}" "${passage}")
          math(EXPR n_evidence "${n_evidence} + 1")
        endif()
      endforeach()
      math(EXPR n_claims "${n_claims} + 1")
    endforeach()
  endif()
  string(JSON findings_len LENGTH "${report}" documents ${d} findings)
  if(findings_len GREATER 0)
    math(EXPR last_finding "${findings_len} - 1")
    foreach(f RANGE ${last_finding})
      string(JSON rule GET "${report}" documents ${d} findings ${f} rule)
      if(rule STREQUAL "uncited-claim")
        string(JSON message GET "${report}" documents ${d} findings ${f} message)
        expect_printed("an uncited sentence's card" "${message}")
      endif()
    endforeach()
  endif()
endforeach()
if(n_claims EQUAL 0 OR n_evidence EQUAL 0)
  message(FATAL_ERROR "the report has ${n_claims} claims and ${n_evidence} passages: nothing to check")
endif()

# The keyboard hint is for the screen (@media print hides it); the legend that decodes the
# highlights stays. The page header is printed once, at the top, not on every page.
string(FIND "${printed}" "nextproblem" at)
if(NOT at EQUAL -1)
  message(FATAL_ERROR "the keyboard hint (j/k) is printed; it is for the screen only")
endif()
string(FIND "${printed}" "✓supported◐partial✗unsupported≠contradicted?unverifiable¶uncited" at)
if(at EQUAL -1)
  message(FATAL_ERROR "the legend is not printed")
endif()
string(REGEX MATCHALL "citecheckreport" headers "${printed}")
list(LENGTH headers n_headers)
if(NOT n_headers EQUAL 1)
  message(FATAL_ERROR "the page header is printed ${n_headers} times")
endif()
message("${n_pages} pages, none blank: ${n_claims} claims and ${n_evidence} evidence passages "
        "printed; PDF in ${OUT}.pdf")
