// stancemap pages: draw the Vega charts, explain highlighted claims, send uploads.
// No inline scripts anywhere: data comes from <script type="application/json"> blocks and
// is only ever written with textContent.
(function () {
  "use strict";

  function readJSON(id) {
    var el = document.getElementById(id);
    return el ? JSON.parse(el.textContent) : null;
  }

  // Charts: every <div class="chart" data-spec="ID"> gets the spec in #ID.
  function embed(el, spec) {
    if (typeof vegaEmbed === "undefined" || !spec) return;
    var opts = {renderer: "svg", actions: false, ast: true,
                expr: window.vegaInterpreter && window.vegaInterpreter.expressionInterpreter};
    el.removeAttribute("data-drawn");
    vegaEmbed(el, spec, opts).then(function () {
      el.setAttribute("data-drawn", "true");
    }).catch(function (err) {
      el.setAttribute("data-error", String(err));
      el.textContent = "chart could not be drawn: " + err;
    });
  }

  function drawCharts() {
    document.querySelectorAll(".chart[data-spec]").forEach(function (el) {
      embed(el, readJSON(el.getAttribute("data-spec")));
    });
  }

  // Forecast panels (issue page, report): each condition is a switch; the panel holds
  // every combination's chart and numbers, so a switch redraws it without a request.
  function forecastPanels() {
    document.querySelectorAll("section.forecast[data-forecast]").forEach(function (panel) {
      var data = readJSON(panel.getAttribute("data-forecast"));
      if (!data) return;
      var boxes = panel.querySelectorAll("input.forecast-switch");
      panel.setAttribute("data-key", "");
      function draw() {
        var on = [];
        boxes.forEach(function (b) { if (b.checked) on.push(b.value); });
        on.sort();
        var key = on.join("+");
        var g = data.grid[key];
        panel.setAttribute("data-key", key);
        if (!g) {
          panel.setAttribute("data-missing", key);
          return;
        }
        panel.removeAttribute("data-missing");
        embed(panel.querySelector(".forecast-chart"), g.chart);
        var rounds = panel.querySelector(".forecast-rounds");
        if (rounds) embed(rounds, g.rounds);
        Object.keys(g.numbers).forEach(function (m) {
          var cell = panel.querySelector('td[data-model="' + m + '"]');
          var v = g.numbers[m];
          if (cell) cell.textContent = v === null ? "—" : Number(v).toFixed(1);
        });
      }
      boxes.forEach(function (b) { b.addEventListener("change", draw); });
    });
  }

  // Document page: hover shows the title; click or Enter fills the side panel.
  function claimPanel() {
    var article = document.getElementById("article");
    var panel = document.getElementById("claim-panel");
    var claims = readJSON("claim-data");
    if (!article || !panel || !claims) return;

    function show(id) {
      var c = claims[id];
      if (!c) return;
      panel.hidden = false;
      panel.setAttribute("data-claim", String(c.id));
      var set = function (name, value) {
        var el = panel.querySelector('[data-field="' + name + '"]');
        if (el) el.textContent = value;
        return el;
      };
      set("speakers", c.speakers.join(", "));
      set("predicate", c.predicate);
      set("stance", c.stance_label);
      set("target", c.target);
      var issue = set("issue", c.issue || "—");
      if (issue) issue.setAttribute("href", "/issues/" + encodeURIComponent(c.issue_id));
      set("conditions", c.conditions.length ? c.conditions.join("; ") : "none");
      set("quote", c.quote);
      set("confidence", Number(c.confidence).toFixed(2));
      article.querySelectorAll("mark.selected").forEach(function (m) {
        m.classList.remove("selected");
      });
      article.querySelectorAll("mark[data-claims]").forEach(function (m) {
        if (m.getAttribute("data-claims").split(" ").indexOf(String(c.id)) >= 0) {
          m.classList.add("selected");
        }
      });
    }

    function pick(ev) {
      var mark = ev.target.closest("mark[data-claims]");
      if (!mark) return;
      var ids = mark.getAttribute("data-claims").split(" ").filter(Boolean);
      if (ids.length) show(ids[ids.length - 1]);
    }
    article.addEventListener("click", pick);
    article.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter") pick(ev);
    });
    var focus = article.getAttribute("data-focus");
    if (focus) {
      show(focus);
      var first = document.getElementById("claim-" + focus);
      if (first) first.scrollIntoView({block: "center"});
    }
  }

  // Upload page: the token goes in the Authorization header, never in the URL.
  function upload() {
    var form = document.getElementById("upload-form");
    var out = document.getElementById("upload-result");
    if (!form || !out) return;
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var fd = new FormData(form);
      var body = {text: fd.get("text")};
      ["title", "published", "source"].forEach(function (k) {
        if (fd.get(k)) body[k] = fd.get(k);
      });
      out.textContent = "storing…";
      fetch("/api/documents", {
        method: "POST",
        headers: {"Content-Type": "application/json",
                  "Authorization": "Bearer " + fd.get("token")},
        body: JSON.stringify(body)
      }).then(function (r) {
        return r.json().then(function (j) { return [r.status, j]; });
      }).then(function (res) {
        out.textContent = "";
        if (res[0] === 201) {
          var a = document.createElement("a");
          a.href = res[1].url;
          a.textContent = (res[1].stored ? "stored: " : "already stored: ") +
            res[1].claims + " claims, " + res[1].events + " events — open it";
          out.appendChild(a);
        } else {
          out.textContent = "not stored (" + res[0] + "): " +
            (typeof res[1].detail === "string" ? res[1].detail : JSON.stringify(res[1].detail));
        }
      }).catch(function (err) { out.textContent = "failed: " + err; });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    drawCharts();
    forecastPanels();
    claimPanel();
    upload();
  });
})();
