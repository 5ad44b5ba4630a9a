// The batch index page's script: click a column header to sort by it (again to reverse). Numbers sort as numbers.
(function () {
  "use strict";
  var table = document.getElementById("reports");
  if (!table) return;
  var body = table.tBodies[0];
  table.querySelectorAll("th").forEach(function (th, col) {
    th.addEventListener("click", function () {
      var dir = th.dataset.dir === "asc" ? "desc" : "asc";
      table.querySelectorAll("th").forEach(function (h) { delete h.dataset.dir; });
      th.dataset.dir = dir;
      var rows = Array.prototype.slice.call(body.rows);
      var key = function (r) { var c = r.cells[col]; return c.dataset.sort !== undefined ? c.dataset.sort : c.textContent.trim(); };
      var numeric = rows.every(function (r) { var k = key(r); return k === "" || !isNaN(Number(k)); });
      rows.sort(function (a, b) {
        var x = key(a), y = key(b);
        var c = numeric ? (x === "" ? -Infinity : Number(x)) - (y === "" ? -Infinity : Number(y)) : x.localeCompare(y, "zh-CN");
        return dir === "asc" ? c : -c;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
  document.documentElement.dataset.ready = "1";
})();
