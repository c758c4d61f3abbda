// The HTML report's inline style sheet and script (report/). Verdicts differ by colour, by icon and
// by underline pattern, so they read in grey and for colour-blind readers; the script only moves
// between problems and opens cards, and the page reads fully without it (and prints every card).
#include "report/html_parts.h"

namespace citecheck::report::html {

std::string_view style_sheet() {
  return R"css(
:root{--ink:#1b1f24;--muted:#57606a;--line:#d0d7de;--bg:#fff}
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--ink);background:var(--bg)}
header.top{position:sticky;top:0;z-index:2;background:#f6f8fa;border-bottom:1px solid var(--line);padding:.5rem 1.5rem}
h1{font-size:1.2rem;margin:0 0 .3rem}
main{padding:0 1.5rem 3rem;max-width:84rem}
.summary{display:flex;flex-wrap:wrap;gap:.4rem;align-items:center}
.summary .total,.summary .findings{color:var(--muted);margin-right:.5rem}
.count{border:1px solid var(--line);border-radius:1rem;padding:0 .6rem;background:#fff}
.legend{list-style:none;display:flex;flex-wrap:wrap;gap:.6rem;padding:0;margin:.3rem 0 0}
.keys{margin:.2rem 0 0;color:var(--muted);font-size:.85rem}
kbd{border:1px solid var(--line);border-radius:3px;padding:0 .25rem;font:inherit;background:#fff}
.icon{font-weight:700;margin-right:.15rem}
mark.claim{color:inherit;padding:0 .1rem;border-radius:2px;text-decoration-line:underline;text-decoration-thickness:2px;text-underline-offset:3px}
mark.claim:focus{outline:3px solid #0969da;outline-offset:1px}
.v-supported{background:#dafbe1;text-decoration-style:solid;text-decoration-color:#1a7f37}
.v-partial{background:#fff8c5;text-decoration-style:dashed;text-decoration-color:#9a6700}
.v-unsupported{background:#ffebe9;text-decoration-style:wavy;text-decoration-color:#cf222e}
.v-contradicted{background:#fbefff;text-decoration-style:double;text-decoration-color:#8250df}
.v-unverifiable{background:#eaeef2;text-decoration-style:dotted;text-decoration-color:#57606a}
.v-uncited{background:repeating-linear-gradient(135deg,#ddf4ff 0 6px,#b6e3ff 6px 8px);text-decoration-style:dotted;text-decoration-color:#0969da}
.count.v-supported,.count.v-partial,.count.v-unsupported,.count.v-contradicted,.count.v-unverifiable,.count.v-uncited{text-decoration:none}
.doc{border-top:2px solid var(--line);margin-top:1.5rem}
.doc h2 .format{font-size:.8rem;color:var(--muted);font-weight:400}
.notice{background:#fff8c5;border-left:4px solid #9a6700;padding:.3rem .6rem}
.row{display:grid;grid-template-columns:minmax(0,3fr) minmax(16rem,2fr);gap:1.5rem;align-items:start}
.para{margin:.6rem 0}
.cards{display:flex;flex-direction:column;gap:.4rem;margin:.6rem 0}
.card{border:1px solid var(--line);border-left-width:6px;border-radius:4px;padding:.3rem .6rem;font-size:.88rem;background:#fff}
.card.v-supported{border-left-color:#1a7f37}.card.v-partial{border-left-color:#9a6700;border-left-style:dashed}
.card.v-unsupported{border-left-color:#cf222e}.card.v-contradicted{border-left-color:#8250df;border-left-style:double}
.card.v-unverifiable{border-left-color:#57606a;border-left-style:dotted}.card.v-uncited{border-left-color:#0969da;border-left-style:dotted}
.card{text-decoration:none}.card .body{display:none}
.card.open .body,.card:target .body{display:block}
.card:target,.card.active{outline:3px solid #0969da}
.card header{display:flex;flex-wrap:wrap;gap:.5rem;align-items:baseline}
.badge{border-radius:1rem;padding:0 .5rem;border:1px solid var(--line);font-size:.8rem;white-space:nowrap}
.where,.score{color:var(--muted)}
.why{margin:.3rem 0}
.sources{list-style:none;padding:0;margin:.3rem 0}
.url{word-break:break-all;color:#0969da}
.state,.reason{color:var(--muted)}
.archive{display:block;margin-left:1.5em}
.s-broken,.r-broken{color:#cf222e;font-weight:600}.s-unverifiable,.r-unverifiable{color:#57606a;font-weight:600}
.r-ok{color:#1a7f37}.r-unused{color:#9a6700;font-style:italic}.r-moved{color:#0969da}.r-not-checked{color:#57606a}
.evidence{margin:.3rem 0;padding:.2rem .6rem;border-left:3px solid var(--line);color:#24292f}
.evidence cite{font-style:normal;color:var(--muted)}
mark.num{background:#fff8c5;font-weight:700;outline:1px solid #9a6700}
mark.term{background:none;text-decoration:underline;text-decoration-style:solid;font-weight:600}
.diff{display:grid;grid-template-columns:1fr 1fr;gap:.6rem}
.diff h4{margin:.2rem 0;font-size:.8rem;color:var(--muted)}.diff p{margin:0}
del{background:#ffebe9;text-decoration:line-through 2px}ins{background:#dafbe1;text-decoration:underline 2px;font-weight:700}
.refs li{margin:.3rem 0}.rid{font-weight:700}.cited{color:var(--muted);font-size:.85rem}
.toc .n{color:var(--muted);font-size:.85rem}
a.cite{text-decoration:none;color:#0969da;font-weight:600}
@media (max-width:50rem){.row{grid-template-columns:1fr}}
@media print{
header.top{position:static;background:none}.keys{display:none}
.card .body{display:block}.card{break-inside:avoid}
mark.claim,.card,.count,del,ins{-webkit-print-color-adjust:exact;print-color-adjust:exact}
a{color:inherit}
}
)css";
}

std::string_view script() {
  return R"js(
(function(){
var problems=[].slice.call(document.querySelectorAll('mark.claim[data-problem]'));
var at=-1;
function show(mark){
  [].forEach.call(document.querySelectorAll('.card.active'),function(c){c.classList.remove('active');});
  var card=document.getElementById(mark.getAttribute('data-card'));
  if(card){card.classList.add('open');card.classList.add('active');}
}
function step(by){
  if(!problems.length)return;
  at=(at+by+problems.length)%problems.length;
  var m=problems[at];m.focus();m.scrollIntoView({block:'center'});show(m);
}
document.addEventListener('keydown',function(e){
  if(e.ctrlKey||e.metaKey||e.altKey)return;
  if(e.key==='j'||e.key==='n'){step(1);e.preventDefault();}
  else if(e.key==='k'||e.key==='p'){step(-1);e.preventDefault();}
});
[].forEach.call(document.querySelectorAll('mark.claim[data-card]'),function(m){
  m.addEventListener('focus',function(){at=problems.indexOf(m);show(m);});
});
[].forEach.call(document.querySelectorAll('a.cite'),function(a){
  a.addEventListener('click',function(){
    var card=document.getElementById(a.getAttribute('href').slice(1));
    if(card)card.classList.toggle('open');
  });
});
document.documentElement.classList.add('js');
})();
)js";
}

}  // namespace citecheck::report::html
