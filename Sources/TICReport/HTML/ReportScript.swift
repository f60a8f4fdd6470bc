/// The report's inline script: sorting the ranking by a clicked header, filtering it with the
/// selects, unfolding every `<details>` before printing, and with `?selftest=1` a small self-test
/// that sorts and filters and writes `PASS`/`FAIL` lines into `<pre id="selftest">` (read by
/// `Tests/browser/check_report.sh` through `--dump-dom`). The script only reads the page and
/// `#report-data`; it builds no markup from data (text goes through `textContent`).
enum ReportScript {
    static let js: HTML = #"""

    (function () {
      "use strict";
      var table = document.getElementById("ranking-table");
      if (!table) return;
      var tbody = table.tBodies[0];
      var rows = Array.prototype.slice.call(tbody.rows);
      rows.forEach(function (r, i) { r._i = i; });
      var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
      var collator = typeof Intl !== "undefined" ? new Intl.Collator(document.documentElement.lang) : null;
      function cmpText(a, b) { return collator ? collator.compare(a, b) : (a < b ? -1 : a > b ? 1 : 0); }
      function value(row, col) { return row.cells[col].getAttribute("data-v") || ""; }
      function sortBy(col, dir) {
        var numeric = heads[col].getAttribute("data-type") === "num";
        var sorted = rows.slice().sort(function (a, b) {
          var x = value(a, col), y = value(b, col);
          if (x === "" || y === "") { return x === y ? a._i - b._i : (x === "" ? 1 : -1); }
          var c = numeric ? Number(x) - Number(y) : cmpText(x, y);
          return c !== 0 ? dir * c : a._i - b._i;
        });
        heads.forEach(function (h) { h.removeAttribute("aria-sort"); });
        heads[col].setAttribute("aria-sort", dir > 0 ? "ascending" : "descending");
        sorted.forEach(function (r) { tbody.appendChild(r); });
      }
      heads.forEach(function (h, col) {
        if (!h.hasAttribute("data-key")) return;
        h.addEventListener("click", function () { sortBy(col, h.getAttribute("aria-sort") === "ascending" ? -1 : 1); });
      });
      var selects = Array.prototype.slice.call(document.querySelectorAll("#filters select[data-filter]"));
      var shown = document.getElementById("shown");
      function applyFilters() {
        var n = 0;
        rows.forEach(function (r) {
          var keep = selects.every(function (s) { return s.value === "" || r.getAttribute("data-" + s.getAttribute("data-filter")) === s.value; });
          r.hidden = !keep;
          if (keep) n++;
        });
        if (shown) shown.textContent = n + " / " + rows.length;
        return n;
      }
      selects.forEach(function (s) { s.addEventListener("change", applyFilters); });
      var form = document.getElementById("filters");
      if (form) form.addEventListener("reset", function () { setTimeout(applyFilters, 0); });
      window.addEventListener("beforeprint", function () {
        Array.prototype.forEach.call(document.querySelectorAll("details"), function (d) { d.open = true; });
      });
      if (/[?&]selftest=1(&|$)/.test(location.search)) selftest();

      function selftest() {
        var out = [], ok = true;
        function check(name, cond) { out.push((cond ? "PASS " : "FAIL ") + name); if (!cond) ok = false; }
        var centers = JSON.parse(document.getElementById("report-data").textContent).centers;
        var count = {};
        rows.forEach(function (r) { var k = r.getAttribute("data-center"); count[k] = (count[k] || 0) + 1; });
        var badRows = centers.filter(function (c) { return count[c.anchor] !== 1; }).length;
        check("one ranking row per center: " + rows.length + " rows, " + centers.length + " centers", rows.length === centers.length && badRows === 0);
        var cards = document.querySelectorAll("article.card");
        var badCards = centers.filter(function (c) { var el = document.getElementById("c-" + c.anchor); return !el || el.tagName !== "ARTICLE"; }).length;
        check("one card per center: " + cards.length + " cards", cards.length === centers.length && badCards === 0);
        var badLinks = rows.filter(function (r) { var a = r.querySelector("a[href]"); return !a || a.getAttribute("href") !== "#c-" + r.getAttribute("data-center"); }).length;
        check("every row links to its card", badLinks === 0);
        function column(key) { for (var i = 0; i < heads.length; i++) if (heads[i].getAttribute("data-key") === key) return i; return -1; }
        function order(col) { return Array.prototype.map.call(tbody.rows, function (r) { return value(r, col); }); }
        function sorted(values, dir, numeric) {
          var empty = false;
          for (var i = 0; i < values.length; i++) {
            if (values[i] === "") { empty = true; continue; }
            if (empty) return false;
            if (i > 0 && values[i - 1] !== "") {
              var c = numeric ? Number(values[i]) - Number(values[i - 1]) : cmpText(values[i], values[i - 1]);
              if (dir * c < 0) return false;
            }
          }
          return true;
        }
        var score = column("score"), name = column("name"), rank = column("rank");
        heads[score].click();
        check("score sorts ascending on the first click", heads[score].getAttribute("aria-sort") === "ascending" && sorted(order(score), 1, true));
        heads[score].click();
        check("score sorts descending on the second click", heads[score].getAttribute("aria-sort") === "descending" && sorted(order(score), -1, true));
        heads[name].click();
        check("name sorts as text", sorted(order(name), 1, false));
        heads[rank].click();
        check("sorting by rank restores the ranking order", Array.prototype.every.call(tbody.rows, function (r, i) { return r._i === i; }));
        selects.forEach(function (s) {
          var key = s.getAttribute("data-filter"), chosen = null, expected = 0;
          for (var i = 0; i < s.options.length && chosen === null; i++) {
            var v = s.options[i].value;
            if (v === "") continue;
            var n = centers.filter(function (c) { return c[key] === v; }).length;
            if (n > 0) { chosen = v; expected = n; }
          }
          s.value = chosen;
          var shownCount = applyFilters();
          var onlyMatching = rows.every(function (r) { return r.hidden || r.getAttribute("data-" + key) === chosen; });
          check("filter " + key + " = " + chosen + " shows " + shownCount + " of " + expected + " expected", shownCount === expected && expected > 0 && onlyMatching);
          s.value = "";
        });
        var first = centers[0], both = {category: first.category, level: first.level};
        selects.forEach(function (s) { var k = s.getAttribute("data-filter"); s.value = both[k] || ""; });
        var expectedBoth = centers.filter(function (c) { return c.category === both.category && c.level === both.level; }).length;
        check("category and level filters combine: " + expectedBoth + " centers", applyFilters() === expectedBoth);
        selects.forEach(function (s) { s.value = ""; });
        check("clearing the filters shows every center", applyFilters() === centers.length);
        out.push("SELFTEST: " + (ok ? "PASS" : "FAIL"));
        var pre = document.getElementById("selftest");
        pre.textContent = out.join("\n");
        pre.hidden = false;
        if (!ok) console.error("ticeval report self-test failed");
      }
    })();

    """#
}
