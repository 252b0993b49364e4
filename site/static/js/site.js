// Progressive enhancement only: every page works without this file.
// On narrow screens the main navigation collapses behind a "Menu" button.
(function () {
  "use strict";
  var nav = document.querySelector("[data-nav]");
  if (!nav) return;
  var toggle = nav.querySelector("[data-nav-toggle]");
  var list = nav.querySelector("#site-nav-list");
  var narrow = window.matchMedia("(max-width: 47.99em)");

  function setOpen(open) {
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
    list.hidden = !open;
  }

  function sync() {
    toggle.hidden = !narrow.matches;
    setOpen(!narrow.matches);
  }

  toggle.addEventListener("click", function () {
    setOpen(toggle.getAttribute("aria-expanded") !== "true");
  });
  nav.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && narrow.matches) {
      setOpen(false);
      toggle.focus();
    }
  });
  narrow.addEventListener("change", sync);
  sync();
})();

// "Print" buttons are hidden until this script can make them work.
(function () {
  "use strict";
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
  });
})();

// Search suggestions: the ARIA 1.2 combobox pattern on inputs with data-autocomplete.
// Without this script the search box is a plain search box.
(function () {
  "use strict";
  var MIN_LENGTH = 2;
  var DELAY_MS = 200;

  function setUp(input) {
    var endpoint = input.getAttribute("data-autocomplete");
    var list = document.createElement("ul");
    var status = document.createElement("p");
    var active = -1;
    var timer = null;
    list.id = input.id + "-suggestions";
    list.className = "suggestions";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "Suggestions");
    list.hidden = true;
    status.className = "visually-hidden";
    status.setAttribute("aria-live", "polite");
    input.parentNode.classList.add("has-suggestions");
    input.parentNode.appendChild(list);
    input.parentNode.appendChild(status);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", list.id);

    function close() {
      list.hidden = true;
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }

    function show(results) {
      list.textContent = "";
      results.forEach(function (result, index) {
        var option = document.createElement("li");
        var kind = document.createElement("span");
        option.id = list.id + "-" + index;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.setAttribute("data-url", result.url);
        option.textContent = result.title + " ";
        kind.className = "suggestions__type";
        kind.textContent = result.type;
        option.appendChild(kind);
        option.addEventListener("mousedown", function (event) {
          event.preventDefault();
          window.location.href = result.url;
        });
        list.appendChild(option);
      });
      status.textContent = results.length
        ? results.length + " suggestion" + (results.length === 1 ? "" : "s") + ": use the arrow keys"
        : "No suggestions";
      if (results.length) {
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
      } else {
        close();
      }
    }

    function move(step) {
      var options = list.children;
      if (list.hidden || !options.length) return;
      if (active >= 0) options[active].setAttribute("aria-selected", "false");
      active = (active + step + options.length) % options.length;
      options[active].setAttribute("aria-selected", "true");
      input.setAttribute("aria-activedescendant", options[active].id);
    }

    input.addEventListener("input", function () {
      var query = input.value.trim();
      window.clearTimeout(timer);
      if (query.length < MIN_LENGTH) {
        close();
        return;
      }
      timer = window.setTimeout(function () {
        fetch(endpoint + "?q=" + encodeURIComponent(query), {
          headers: { Accept: "application/json" },
          credentials: "same-origin"
        })
          .then(function (response) { return response.ok ? response.json() : { results: [] }; })
          .then(function (data) { if (input.value.trim() === query) show(data.results); })
          .catch(close);
      }, DELAY_MS);
    });

    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown") {
        event.preventDefault();
        move(1);
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        move(-1);
      } else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        window.location.href = list.children[active].getAttribute("data-url");
      } else if (event.key === "Escape") {
        close();
      }
    });
    input.addEventListener("blur", close);
  }

  document.querySelectorAll("input[data-autocomplete]").forEach(setUp);
})();

// Booking countdowns: the server writes "in 2 days, 3 hours" (right when the page was made);
// this keeps it counting, and says so when booking opens. The server alone decides who may
// book: opening the form early is refused there.
(function () {
  "use strict";
  var clocks = document.querySelectorAll("time[data-countdown]");
  if (!clocks.length) return;
  var done = document.querySelector("[data-countdown-done]");

  function plural(count, unit) {
    return count + " " + unit + (count === 1 ? "" : "s");
  }

  function remaining(ms) {
    var seconds = Math.floor(ms / 1000);
    var days = Math.floor(seconds / 86400);
    var hours = Math.floor((seconds % 86400) / 3600);
    var minutes = Math.floor((seconds % 3600) / 60);
    var parts = days
      ? [plural(days, "day"), plural(hours, "hour"), plural(minutes, "minute")]
      : [plural(hours, "hour"), plural(minutes, "minute"), plural(seconds % 60, "second")];
    while (parts.length > 1 && parts[0].indexOf("0 ") === 0) parts.shift();
    return "in " + parts.join(", ");
  }

  function tick() {
    var now = Date.now();
    var waiting = false;
    clocks.forEach(function (clock) {
      var left = Date.parse(clock.getAttribute("datetime")) - now;
      if (left > 0) {
        clock.textContent = remaining(left);
        waiting = true;
      } else {
        clock.textContent = "now";
        if (done) done.hidden = false;
      }
    });
    if (waiting) window.setTimeout(tick, 1000);
  }

  tick();
})();
