#!/usr/bin/env bash
# gallery_in_chromium.sh EAF SOURCE_DIR WORK_DIR MODELS_DIR
# Opens `eaf report` of Archisurance (a model with 17 saved views) in headless Chromium:
#  1. the gallery shows the saved views (at most the report's cap of 12), each with its name and,
#     where the model gives one, its viewpoint, each as a drawing with ArchiMate icons;
#  2. a click on a highlighted node of a saved view filters the findings table to that element
#     (a copy of the page, without its Content-Security-Policy, carries a small script that clicks);
#  3. nothing leaves the page: the CSP is there and Chromium's network log holds no request other
#     than the page's own file.
set -euo pipefail
TEST_NAME=gallery_in_chromium
source "$(dirname "${BASH_SOURCE[0]}")/chromium.sh" "$@"
models=$4
[[ -f "$models/archisurance.archimate" ]] || { echo "$TEST_NAME: skipped: no $models/archisurance.archimate"; exit 0; }

set +e
"$eaf" report --lang en "$models/archisurance.archimate" -o "$work/archisurance.html"
status=$?
set -e
(( status == 0 || status == 1 )) || fail "eaf report exited $status"
grep -q "Content-Security-Policy\" content=\"default-src 'none';" "$work/archisurance.html" || fail "the page has no CSP"
chromium --log-net-log="$work/net.json" --dump-dom "file://$work/archisurance.html" > "$work/gallery.dom.html"
gallery=$(sed -n '/<section id="saved-views">/,/<\/section>/p' "$work/gallery.dom.html")
[[ -n "$gallery" ]] || fail "the report has no gallery of saved views"

# 1. Names, viewpoints, one drawing each.
views=$(grep -o '<div class="diagram" id="saved-view-[0-9]*">' <<< "$gallery" | wc -l)
(( views == 12 )) || fail "the gallery shows $views views, expected 12 (the cap) of Archisurance's 17"
titles=$(grep -o '<h3>' <<< "$gallery" | wc -l)
(( titles == views )) || fail "$titles names for $views views"
svgs=$(grep -o '<svg' <<< "$gallery" | wc -l)
(( svgs == views )) || fail "$svgs drawings for $views views"
for name in "Goal and Principle View" "Business Function View" "Application Behaviour View"; do
  grep -q "<h3>$name</h3>" <<< "$gallery" || fail "the view '$name' has no title"
done
grep -q 'viewpoint: goal_realization' <<< "$gallery" || fail "the viewpoint of 'Goal and Principle View' is not shown"
grep -q 'viewpoint: application_cooperation' <<< "$gallery" || fail "the viewpoint 'application_cooperation' is not shown"
# ArchiMate notation: the type icons are drawn (actors, the principles' exclamation marks).
grep -q 'class="edge icon icon-actor"' <<< "$gallery" || fail "no actor icon in the gallery"
grep -q 'class="edge icon icon-principle"' <<< "$gallery" || fail "no principle icon in the gallery"

# 2. A click on a highlighted node filters the findings table.
sed -e '/http-equiv="Content-Security-Policy"/d' -e 's#</body>#<script src="click.js"></script></body>#' \
  "$work/archisurance.html" > "$work/click.html"
cat > "$work/click.js" <<'JS'
(function(){
  var nodes=document.querySelectorAll('#saved-views g.node'),hit=null;
  for(var i=0;i<nodes.length&&!hit;i++){
    var outline=nodes[i].querySelector('polygon,path,ellipse');
    if(outline&&outline.getAttribute('stroke')==='#d00000'&&nodes[i].id.indexOf('n-')===0)hit=nodes[i];
  }
  if(!hit){document.body.setAttribute('data-test','none');return;}
  var id=hit.id.substring(2),before=document.getElementById('shown').textContent;
  hit.dispatchEvent(new MouseEvent('click',{bubbles:true}));
  var rows=document.querySelectorAll('#findings-table tbody tr'),all=rows.length>0;
  for(var j=0;j<rows.length;j++){if((' '+rows[j].dataset.elements+' ').indexOf(' '+id+' ')<0)all=false;}
  document.body.setAttribute('data-test',[id,before,document.getElementById('shown').textContent,all?'all':'other'].join('|'));
})();
JS
chromium --dump-dom "file://$work/click.html" > "$work/click.dom.html"
result=$(grep -o '<body[^>]*data-test="[^"]*"' "$work/click.dom.html" | sed 's/.*data-test="//; s/"$//')
[[ -n "$result" && "$result" != none ]] || fail "no highlighted node in the gallery ($result)"
IFS='|' read -r element before after which <<< "$result"
[[ "$which" == all ]] || fail "after a click on $element the table shows rows of other elements"
(( after > 0 && after < before )) || fail "a click on $element leaves $after of $before rows"
grep -q "<code id=\"element-filter\">$element</code>" "$work/click.dom.html" || fail "the filter does not name $element"

# 3. No request leaves the page.
expect_no_page_requests "$work/net.json"
echo "gallery_in_chromium: ok ($views views; a click on $element shows $after of $before findings)"
