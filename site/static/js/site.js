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
