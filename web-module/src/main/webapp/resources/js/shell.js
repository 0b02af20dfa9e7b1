/*
 * The shell's menu button: on narrow screens the side menu hides behind it (sepakat.css). A file of
 * its own, not an inline script, so the Content-Security-Policy needs no exception.
 */
(function () {
    "use strict";

    function init() {
        var button = document.getElementById("menuButton");
        var menu = document.getElementById("sideMenu");
        if (!button || !menu) {
            return;
        }
        function show(open) {
            document.body.classList.toggle("sp-menu-open", open);
            button.setAttribute("aria-expanded", String(open));
        }
        button.addEventListener("click", function () {
            show(!document.body.classList.contains("sp-menu-open"));
        });
        document.addEventListener("keydown", function (event) {
            if (event.key === "Escape" && document.body.classList.contains("sp-menu-open")) {
                show(false);
                button.focus();
            }
        });
        var current = menu.querySelector(".sp-current");
        if (current) {
            current.setAttribute("aria-current", "page");
        }
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
}());
