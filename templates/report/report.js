(function () {
  "use strict";
  var input = document.getElementById("filter");
  var count = document.getElementById("filter-count");
  var items = Array.prototype.slice.call(document.querySelectorAll("details.item[data-search]"));
  var entries = {};
  document.querySelectorAll("#index a[data-target]").forEach(function (a) { entries[a.dataset.target] = a.parentElement; });
  var totalActions = items.filter(function (i) { return i.classList.contains("action"); }).length;

  function apply() {
    var q = input.value.trim().toLowerCase();
    var shown = 0;
    items.forEach(function (item) {
      var words = item.dataset.search.split(" ");
      var match = !q || words.some(function (w) { return w.indexOf(q) !== -1; });
      item.hidden = !match;
      if (entries[item.id]) { entries[item.id].hidden = !match; }
      item.querySelectorAll(".field").forEach(function (f) {
        f.classList.toggle("hit", q !== "" && f.dataset.name.indexOf(q) !== -1);
      });
      if (match && q && words[0].indexOf(q) === -1) { item.open = true; }
      if (match && item.classList.contains("action")) { shown += 1; }
    });
    var noun = totalActions === 1 ? " action" : " actions";
    count.textContent = q ? shown + " of " + totalActions + noun + " match" : totalActions + noun;
  }

  function openTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id ? document.getElementById(id) : null;
    if (!target) { return; }
    for (var node = target; node; node = node.parentElement) {
      if (node.tagName === "DETAILS") { node.open = true; }
    }
    target.scrollIntoView();
  }

  function setAll(open) {
    items.forEach(function (item) { if (!item.hidden) { item.open = open; } });
  }

  input.addEventListener("input", apply);
  document.addEventListener("keydown", function (event) {
    if (event.key === "/" && document.activeElement !== input) { event.preventDefault(); input.focus(); }
    if (event.key === "Escape" && document.activeElement === input) { input.value = ""; apply(); }
  });
  document.querySelectorAll("button[data-open]").forEach(function (b) {
    b.addEventListener("click", function () { setAll(b.dataset.open === "1"); });
  });
  window.addEventListener("hashchange", openTarget);
  apply();
  openTarget();
})();
