// The review page's script (plain browser JavaScript, inlined by `juesuan review`; generated into assets.ts by
// `npm run assets`). Tabs, the fact tooltip, going to a finding's places, and for a PDF: drawing the embedded file
// with pdf.js and laying boxes over facts and finding places. Nothing is fetched from the network.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("jz-data").textContent);
  var root = document.documentElement;
  var EVIDENCE = { "table-cell": "表格单元格", statement: "同句陈述", context: "上下文推定", inferred: "推断" };

  // ── tabs ──
  function showTab(name) {
    document.querySelectorAll(".tabs button").forEach(function (b) { b.classList.toggle("on", b.dataset.tab === name); });
    document.querySelectorAll(".tab").forEach(function (t) { t.classList.toggle("on", t.id === "tab-" + name); });
  }
  document.querySelectorAll(".tabs button").forEach(function (b) {
    b.addEventListener("click", function () { showTab(b.dataset.tab); });
  });

  // ── tooltip: concept, value, unit, dims, evidence of every fact under the pointer ──
  var tip = document.getElementById("tip");
  function esc(s) { return String(s).replace(/[&<>"]/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c]; }); }
  function factHtml(i) {
    var f = data.facts[i];
    if (!f) return "";
    var dims = Object.keys(f[3] || {}).map(function (k) { return esc(k) + "=" + esc(f[3][k]); }).join("，");
    return '<div class="tf"><div class="tc">' + esc(f[0]) + '</div><div><b>' + esc(f[1]) + "</b> " + (f[2] === "text" ? "" : esc(f[2])) + "</div>" +
      (dims ? '<div class="td">' + dims + "</div>" : "") +
      '<div class="te">依据：' + esc(EVIDENCE[f[4]] || f[4]) + (f[5] ? "；存疑：" + esc(f[5]) : "") + "</div></div>";
  }
  document.addEventListener("mouseover", function (e) {
    var el = e.target.closest ? e.target.closest("[data-f]") : null;
    if (!el) { tip.hidden = true; return; }
    tip.innerHTML = el.dataset.f.split(" ").map(Number).map(factHtml).join("");
    tip.hidden = false;
    placeTip(e);
  });
  document.addEventListener("mousemove", function (e) { if (!tip.hidden) placeTip(e); });
  function placeTip(e) {
    var x = e.clientX + 14, y = e.clientY + 14;
    var w = tip.offsetWidth, h = tip.offsetHeight;
    if (x + w > window.innerWidth - 4) x = Math.max(4, e.clientX - w - 14);
    if (y + h > window.innerHeight - 4) y = Math.max(4, e.clientY - h - 14);
    tip.style.left = x + "px";
    tip.style.top = y + "px";
  }

  // ── going to places ──
  var pdfView = null; // set when a PDF is drawn
  var lastHl = [];
  function clearHl() {
    lastHl.forEach(function (el) { el.classList.remove("hl"); });
    lastHl = [];
    document.querySelectorAll(".finding.active").forEach(function (el) { el.classList.remove("active"); });
  }
  function targets(pid) {
    return Array.prototype.slice.call(document.querySelectorAll('#tab-doc [data-p~="' + pid + '"]'));
  }
  function goto(pids, finding) {
    showTab("doc");
    clearHl();
    if (finding) finding.classList.add("active");
    var ready = pdfView ? pdfView.prepare(pids) : Promise.resolve();
    return ready.then(function () {
      var els = [];
      pids.forEach(function (pid) { els = els.concat(targets(pid)); });
      els.forEach(function (el) { el.classList.add("hl"); });
      lastHl = els;
      if (els.length) els[0].scrollIntoView({ block: "center", inline: "center" });
      root.dataset.lastGoto = pids.join(" ");
      root.dataset.lastGotoFound = String(els.length);
      return els.length;
    });
  }
  document.addEventListener("click", function (e) {
    var a = e.target.closest ? e.target.closest("a.place") : null;
    if (a) {
      e.preventDefault();
      goto([a.dataset.goto], a.closest(".finding"));
      return;
    }
    var bl = e.target.closest ? e.target.closest("a.blocklink") : null;
    if (bl) {
      e.preventDefault();
      gotoBlock(Number(bl.dataset.block));
      return;
    }
    var f = e.target.closest ? e.target.closest(".finding") : null;
    if (f) {
      var i = Number(f.dataset.i);
      var n = (data.findings[i] && data.findings[i].places.length) || 0;
      var pids = [];
      for (var k = 0; k < n; k++) pids.push(i + "." + k);
      if (pids.length) goto(pids, f);
      return;
    }
    var td = e.target.closest ? e.target.closest("td[data-src]") : null;
    if (td) {
      var s = td.dataset.src.split("-").map(Number);
      gotoCell(s[0], s[1], s[2]);
    }
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && e.target.classList && e.target.classList.contains("finding")) e.target.click();
  });
  function flash(els) {
    clearHl();
    els.forEach(function (el) { el.classList.add("hl"); });
    lastHl = els;
    if (els[0]) els[0].scrollIntoView({ block: "center", inline: "center" });
  }
  function gotoBlock(b) {
    showTab("doc");
    if (pdfView) return pdfView.showBlock(b).then(flash);
    var el = document.getElementById("b" + b);
    flash(el ? [el] : []);
  }
  function gotoCell(b, r, c) {
    showTab("doc");
    if (pdfView) return pdfView.showCell(b, r, c).then(flash);
    var el = document.getElementById("b" + b + "-" + r + "-" + c) || document.getElementById("b" + b);
    flash(el ? [el] : []);
  }

  function ready() { root.dataset.ready = "1"; }
  function fail(msg, err) {
    var box = document.getElementById("pages");
    if (box) box.innerHTML = '<p class="error">' + esc(msg) + "</p>";
    console.error(msg, err);
    root.dataset.ready = "error";
  }

  window.juesuanReview = { textUnder: function (el) { return Promise.resolve(el.textContent.replace(/\s+/g, "")); } };
  if (data.format !== "pdf" || !document.getElementById("jz-pdf")) { ready(); return; }

  // ── PDF: pdf.js from the page itself, the file from the page itself ──
  function blobUrl(id) {
    return URL.createObjectURL(new Blob([document.getElementById(id).textContent], { type: "text/javascript" }));
  }
  function fromBase64(s) {
    var bin = atob(s.trim());
    var out = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  }
  var cmaps = JSON.parse(document.getElementById("jz-cmaps").textContent);
  function EmbeddedData() {}
  EmbeddedData.prototype.fetch = function (o) {
    if (o.kind === "cMapUrl" && cmaps[o.filename]) return Promise.resolve(fromBase64(cmaps[o.filename]));
    return Promise.reject(new Error("本页未内嵌 " + o.filename));
  };

  import(blobUrl("jz-pdfjs")).then(function (lib) {
    lib.GlobalWorkerOptions.workerSrc = blobUrl("jz-pdfjs-worker");
    var task = lib.getDocument({
      data: fromBase64(document.getElementById("jz-pdf").textContent),
      BinaryDataFactory: EmbeddedData,
      useWorkerFetch: false,
      cMapPacked: true,
      isEvalSupported: false,
      enableXfa: false,
      verbosity: 0,
    });
    return task.promise.then(function (pdf) { return setupPdf(lib, pdf); });
  }).then(ready, function (e) { fail("无法绘制 PDF：" + (e && e.message ? e.message : e), e); });

  function setupPdf(lib, pdf) {
    var container = document.getElementById("pages");
    var width = Math.max(480, Math.min(1100, container.clientWidth - 24));
    var pages = [];
    var seq = Promise.resolve();
    for (var n = 1; n <= pdf.numPages; n++) {
      (function (n) {
        seq = seq.then(function () { return pdf.getPage(n); }).then(function (page) {
          var base = page.getViewport({ scale: 1 });
          var scale = width / base.width;
          var vp = page.getViewport({ scale: scale });
          var div = document.createElement("div");
          div.className = "page";
          div.id = "page-" + n;
          div.dataset.page = String(n);
          div.style.width = vp.width + "px";
          div.style.height = vp.height + "px";
          var label = document.createElement("div");
          label.className = "pno";
          label.textContent = "第 " + n + " 页";
          div.appendChild(label);
          pages[n] = { n: n, page: page, vp: vp, scale: scale, div: div, drawn: null, texts: null, boxes: false };
        });
      })(n);
    }
    return seq.then(function () {
      container.innerHTML = "";
      for (var n = 1; n <= pdf.numPages; n++) container.appendChild(pages[n].div);
      var byPage = {};
      data.marks.forEach(function (m) {
        var p = m[4];
        if (!p || !pages[p]) return;
        (byPage[p] = byPage[p] || []).push(m);
      });
      var view = new PdfView(pages, byPage);
      pdfView = view;
      var io = new IntersectionObserver(function (entries) {
        entries.forEach(function (en) { if (en.isIntersecting) view.draw(Number(en.target.dataset.page)); });
      }, { root: container.closest(".pane"), rootMargin: "800px 0px" });
      for (var k = 1; k <= pdf.numPages; k++) io.observe(pages[k].div);
      // boxes with a known position everywhere at once; text-matched ones as pages come near
      for (var q = 1; q <= pdf.numPages; q++) view.placeBoxes(q);
      return view.draw(1);
    });
  }

  // upright page frame (what the reader's bboxes use: the displayed page, origin bottom-left) → CSS pixels
  function uprightRect(p, bb) {
    var v = p.page.view, r = ((p.page.rotate % 360) + 360) % 360;
    var ux0 = 0, uy1;
    if (r === 0) { ux0 = v[0]; uy1 = v[3]; } else uy1 = r === 180 ? v[3] - v[1] : v[2] - v[0];
    return { left: (bb[0] - ux0) * p.scale, top: (uy1 - bb[3]) * p.scale, width: (bb[2] - bb[0]) * p.scale, height: (bb[3] - bb[1]) * p.scale };
  }

  function PdfView(pages, byPage) {
    this.pages = pages;
    this.byPage = byPage;
  }
  PdfView.prototype.draw = function (n) {
    var p = this.pages[n];
    if (!p) return Promise.resolve();
    if (p.drawn) return p.drawn;
    var canvas = document.createElement("canvas");
    var dpr = Math.min(2, window.devicePixelRatio || 1);
    canvas.width = Math.floor(p.vp.width * dpr);
    canvas.height = Math.floor(p.vp.height * dpr);
    canvas.style.width = p.vp.width + "px";
    canvas.style.height = p.vp.height + "px";
    p.div.insertBefore(canvas, p.div.firstChild);
    var self = this;
    p.drawn = p.page.render({ canvas: canvas, canvasContext: canvas.getContext("2d"), viewport: p.vp, transform: dpr !== 1 ? [dpr, 0, 0, dpr, 0, 0] : undefined }).promise
      .then(function () { p.div.classList.add("drawn"); return self.placeTextBoxes(n); });
    return p.drawn;
  };
  PdfView.prototype.box = function (p, rect, m, approx) {
    var d = document.createElement("div");
    var cls = ["box"];
    if (m[7].length) cls.push("f");
    if (m[9] !== "none") cls.push("m-" + m[9]);
    if (approx) cls.push("approx");
    d.className = cls.join(" ");
    d.style.left = rect.left - 1 + "px";
    d.style.top = rect.top - 1 + "px";
    d.style.width = rect.width + 2 + "px";
    d.style.height = rect.height + 2 + "px";
    if (m[7].length) d.dataset.f = m[7].join(" ");
    if (m[8].length) d.dataset.p = m[8].join(" ");
    p.div.appendChild(d);
    return d;
  };
  // marks that carry their own box (table cells)
  PdfView.prototype.placeBoxes = function (n) {
    var p = this.pages[n], self = this;
    if (p.boxes) return;
    p.boxes = true;
    (this.byPage[n] || []).forEach(function (m) { if (m[5]) self.box(p, uprightRect(p, m[5]), m, false); });
  };
  // the page's text runs (fetched once, whether or not the page is drawn)
  PdfView.prototype.runsOf = function (n) {
    var p = this.pages[n];
    if (!p) return Promise.resolve(null);
    if (!p.runsP) {
      p.runsP = p.page.getTextContent().then(function (tc) {
        p.runs = tc.items.filter(function (it) { return it.str && it.str.trim(); }).map(function (it) { return runBox(p, it); });
        return p.runs;
      });
    }
    return p.runsP;
  };
  // marks inside a paragraph: find their text among the page's text runs, inside the paragraph's box; a paragraph
  // that goes on over the page break has its box on the first page only, so what is not found there is looked for
  // on the next page
  PdfView.prototype.placeTextBoxes = function (n) {
    var p = this.pages[n], self = this;
    if (p.texts) return p.texts;
    p.texts = this.runsOf(n).then(function (runs) {
      var carry = [];
      (self.byPage[n] || []).forEach(function (m) {
        if (m[5]) return;
        var blk = data.blocks[m[0]];
        var area = blk && blk[1] && blk[0] === n ? uprightRect(p, blk[1]) : null;
        var rects = m[3] > m[2] ? findText(runs, area, m, area ? blk[2] : "") : null;
        if (rects && rects.length) rects.forEach(function (r) { self.box(p, r, m, false); });
        else if (m[3] > m[2] && self.pages[n + 1]) carry.push(m);
        else if (area) self.box(p, area, m, true);
      });
      if (!carry.length) return;
      return self.runsOf(n + 1).then(function (next) {
        var q = self.pages[n + 1];
        carry.forEach(function (m) {
          var blk = data.blocks[m[0]];
          var rects = findText(next, null, m, "");
          if (rects && rects.length) rects.forEach(function (r) { self.box(q, r, m, false); });
          else if (blk && blk[1] && blk[0] === n) self.box(p, uprightRect(p, blk[1]), m, true);
        });
      });
    });
    return p.texts;
  };
  PdfView.prototype.prepare = function (pids) {
    var self = this, need = {};
    data.marks.forEach(function (m) {
      if (m[4] && m[8].some(function (x) { return pids.indexOf(x) >= 0; })) need[m[4]] = true;
    });
    return Promise.all(Object.keys(need).map(function (n) { return self.draw(Number(n)); }));
  };
  PdfView.prototype.showBlock = function (b) {
    var blk = data.blocks[b];
    if (!blk || !blk[0]) return Promise.resolve([]);
    var p = this.pages[blk[0]];
    return this.draw(blk[0]).then(function () {
      if (!blk[1]) return [p.div];
      var r = uprightRect(p, blk[1]);
      var d = document.createElement("div");
      d.className = "box spot";
      d.style.left = r.left + "px"; d.style.top = r.top + "px"; d.style.width = r.width + "px"; d.style.height = r.height + "px";
      p.div.appendChild(d);
      return [d];
    });
  };
  PdfView.prototype.showCell = function (b, r, c) {
    var found = null;
    data.marks.forEach(function (m) { if (!found && m[0] === b && m[1] && m[1][0] === r && m[1][1] === c) found = m; });
    if (!found || !found[4]) return this.showBlock(b);
    var self = this;
    return this.draw(found[4]).then(function () {
      var els = Array.prototype.slice.call(self.pages[found[4]].div.querySelectorAll(".box")).filter(function (d) {
        return d.dataset.f && found[7].length && d.dataset.f === found[7].join(" ");
      });
      return els;
    });
  };

  // the page's text under an element laid over it (a box): for tests and for anyone checking a box by hand
  PdfView.prototype.textUnder = function (el) {
    var div = el.closest(".page");
    if (!div) return Promise.resolve("");
    var p = this.pages[Number(div.dataset.page)];
    return this.draw(p.n).then(function () {
      var b = { left: el.offsetLeft, top: el.offsetTop, right: el.offsetLeft + el.offsetWidth, bottom: el.offsetTop + el.offsetHeight };
      var out = "";
      p.runs.slice().sort(function (x, y) { return Math.abs(x.top - y.top) < (x.bottom - x.top) / 2 ? x.left - y.left : x.top - y.top; }).forEach(function (r) {
        for (var i = 0; i < r.str.length; i++) {
          var a = r.at(i), z = r.at(i + 1);
          var cx = r.vertical ? (r.left + r.right) / 2 : r.left + (r.right - r.left) * (a + z) / 2;
          var cy = r.vertical ? r.top + (r.bottom - r.top) * (1 - (a + z) / 2) : (r.top + r.bottom) / 2;
          if (cx >= b.left && cx <= b.right && cy >= b.top && cy <= b.bottom) out += r.str[i];
        }
      });
      return out.replace(/\s+/g, "");
    });
  };
  window.juesuanReview = {
    textUnder: function (el) { return pdfView ? pdfView.textUnder(el) : Promise.resolve(el.textContent.replace(/\s+/g, "")); },
  };

  // a text run's box in CSS pixels, and where each of its characters starts (CJK and full-width forms count double)
  function runBox(p, it) {
    var t = it.transform;
    var size = Math.hypot(t[2], t[3]) || Math.hypot(t[0], t[1]) || it.height || 10;
    var vertical = Math.abs(t[1]) > Math.abs(t[0]) * 0.5;
    var len = it.width || size * it.str.length;
    var raw = vertical ? [t[4] - size * 0.8, t[5], t[4] + size * 0.2, t[5] + len] : [t[4], t[5] - size * 0.2, t[4] + len, t[5] + size * 0.8];
    var r = p.vp.convertToViewportRectangle(raw);
    var box = { left: Math.min(r[0], r[2]), top: Math.min(r[1], r[3]), right: Math.max(r[0], r[2]), bottom: Math.max(r[1], r[3]), str: it.str, vertical: vertical };
    var w = [], total = 0;
    for (var i = 0; i < it.str.length; i++) {
      var cw = charWidth(it.str[i]);
      w.push(total);
      total += cw;
    }
    w.push(total);
    box.at = function (i) { return total ? w[i] / total : 0; };
    return box;
  }
  // rough advance widths in em: CJK and full-width forms 1, digits 0.5, narrow punctuation less
  function charWidth(ch) {
    var code = ch.charCodeAt(0);
    if (code >= 0x2e80) return 1;
    if (ch >= "0" && ch <= "9") return 0.5;
    if (".,:;'|!".indexOf(ch) >= 0 || ch === " ") return 0.27;
    if (ch === "%") return 0.83;
    if ("-()[]".indexOf(ch) >= 0) return 0.33;
    if (ch >= "A" && ch <= "Z") return 0.68;
    return 0.5;
  }
  var WS = /\s/;
  function findText(runs, area, m, blockText) {
    var pad = 3;
    var inside = !area ? runs.slice() : runs.filter(function (r) {
      var cx = (r.left + r.right) / 2, cy = (r.top + r.bottom) / 2;
      return cx >= area.left - pad && cx <= area.left + area.width + pad && cy >= area.top - pad && cy <= area.top + area.height + pad;
    });
    inside.sort(function (a, b) { return Math.abs(a.top - b.top) < (a.bottom - a.top) / 2 ? a.left - b.left : a.top - b.top; });
    var chars = [], s = "";
    inside.forEach(function (r) {
      for (var i = 0; i < r.str.length; i++) {
        if (WS.test(r.str[i])) continue;
        s += r.str[i];
        chars.push({ run: r, i: i });
      }
    });
    var want = m[6].replace(/\s+/g, "");
    if (!want) return null;
    // which occurrence of the text in its paragraph the mark is
    var before = (blockText || "").slice(0, m[2]).replace(/\s+/g, "");
    var k = 0, at = before.indexOf(want);
    while (at >= 0) { k++; at = before.indexOf(want, at + 1); }
    var pos = -1, from = 0;
    for (var j = 0; j <= k; j++) {
      var hit = s.indexOf(want, from);
      if (hit < 0) break;
      pos = hit;
      from = hit + 1;
    }
    if (pos < 0) return null;
    var rects = [], cur = null;
    for (var c = pos; c < pos + want.length; c++) {
      var ch = chars[c], r = ch.run;
      if (!cur || cur.run !== r) {
        cur = { run: r, a: ch.i, b: ch.i + 1 };
        rects.push(cur);
      } else cur.b = ch.i + 1;
    }
    return rects.map(function (x) {
      var r = x.run, a = r.at(x.a), b = r.at(x.b);
      if (r.vertical) return { left: r.left, top: r.top + (r.bottom - r.top) * (1 - b), width: r.right - r.left, height: (r.bottom - r.top) * (b - a) };
      return { left: r.left + (r.right - r.left) * a, top: r.top, width: (r.right - r.left) * (b - a), height: r.bottom - r.top };
    });
  }
})();
