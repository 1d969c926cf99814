#!/usr/bin/env bash
# print_to_pdf.sh EAF SOURCE_DIR WORK_DIR
# The review report as a printed dossier, in headless Chromium (Debian's chromium):
#  1. printed to PDF (--print-to-pdf, A4 from the report's @page): a PDF of more than one page;
#  2. nothing clipped: the page laid out at the printable width of A4 with its print rules in
#     force, no table, diagram or approval block reaches past the right edge, and no diagram keeps
#     a scroll box (a scroll box prints only what it shows);
#  3. the report is byte for byte the same when made twice with the same SOURCE_DATE_EPOCH.
set -euo pipefail
TEST_NAME=print_to_pdf
source "$(dirname "${BASH_SOURCE[0]}")/chromium.sh" "$@"

export SOURCE_DATE_EPOCH=1781524800
province=$source_dir/architectures/provinces/son-la
"$eaf" report --lang vi --baseline "$province/baseline.xml" "$province/target.xml" -o "$work/dossier.html" || [[ $? -eq 1 ]]
"$eaf" report --lang vi --baseline "$province/baseline.xml" "$province/target.xml" -o "$work/dossier-again.html" || [[ $? -eq 1 ]]
cmp -s "$work/dossier.html" "$work/dossier-again.html" || fail "two reports made with the same SOURCE_DATE_EPOCH differ"
grep -q '<td id="generated-at">2026-06-15T12:00:00Z</td>' "$work/dossier.html" || fail "the generation time is not SOURCE_DATE_EPOCH's"
grep -q "$(sha256sum "$province/target.xml" | cut -c1-64)" "$work/dossier.html" || fail "the target's SHA-256 is missing"
grep -q "$(sha256sum "$province/baseline.xml" | cut -c1-64)" "$work/dossier.html" || fail "the baseline's SHA-256 is missing"

# 1. Print to PDF.
rm -f "$work/dossier.pdf"
chromium --no-pdf-header-footer --print-to-pdf="$work/dossier.pdf" "file://$work/dossier.html" > /dev/null || true
[[ -s "$work/dossier.pdf" ]] || fail "Chromium printed no PDF"
[[ "$(head -c 5 "$work/dossier.pdf")" == "%PDF-" ]] || fail "the output is not a PDF"
pages=$(python3 -c 'import re,sys; print(len(re.findall(rb"/Type\s*/Page(?![s\w])", open(sys.argv[1],"rb").read())))' "$work/dossier.pdf")
(( pages > 1 )) || fail "the dossier printed on $pages page(s)"

# 2. Nothing clipped at the printable width of A4 (210 mm less 2 x 12 mm margins = 186 mm = 703 px):
# a copy of the page with its @media print rules made unconditional, measured by a script.
probe='<script>
(function(){
  var css="";
  Array.prototype.forEach.call(document.styleSheets,function(sheet){
    Array.prototype.forEach.call(sheet.cssRules,function(rule){
      if(rule.media&&rule.media.mediaText.indexOf("print")>=0){
        Array.prototype.forEach.call(rule.cssRules,function(inner){css+=inner.cssText+"\n";});}});});
  var style=document.createElement("style");style.textContent=css;document.head.appendChild(style);
  var width=document.documentElement.clientWidth,problems=[];
  if(!css)problems.push("no print rules");
  document.querySelectorAll("table, .diagram, .diagram svg, #approval").forEach(function(e){
    var box=e.getBoundingClientRect();
    if(box.right>width+1)problems.push((e.id||e.className||e.tagName)+" ends at "+Math.round(box.right)+" > "+width);});
  document.querySelectorAll(".diagram").forEach(function(e){
    var s=getComputedStyle(e);
    if(s.overflowX!=="visible"||s.maxHeight!=="none")problems.push(e.id+" is a scroll box");
    if(e.scrollWidth>e.clientWidth+1||e.scrollHeight>e.clientHeight+1)problems.push(e.id+" overflows");});
  document.querySelectorAll("td code").forEach(function(e){
    if(e.getBoundingClientRect().right>width+1)problems.push("a digest runs off the page");});
  document.body.setAttribute("data-print-check",problems.length?problems.join("; "):"ok");
})();
</script>'
python3 - "$work/dossier.html" "$work/dossier-print-probe.html" "$probe" <<'PY'
import sys
page = open(sys.argv[1], encoding="utf-8").read()
open(sys.argv[2], "w", encoding="utf-8").write(page.replace("</body>", sys.argv[3] + "</body>"))
PY
chromium --window-size=703,1000 --dump-dom "file://$work/dossier-print-probe.html" > "$work/dossier-print-probe.dom.html"
check=$(grep -o 'data-print-check="[^"]*"' "$work/dossier-print-probe.dom.html" || true)
[[ "$check" == 'data-print-check="ok"' ]] || fail "clipped in print: ${check:-the probe did not run}"
echo "print_to_pdf: ok ($pages pages: $work/dossier.pdf)"
