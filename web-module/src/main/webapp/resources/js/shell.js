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
        plainNavigation(menu);
        var current = menu.querySelector(".sp-current");
        if (current) {
            current.setAttribute("aria-current", "page");
        }
    }

    /*
     * Issue 12 §7: PrimeFaces draws the panel menu as tabs holding menus, which screen readers announce wrongly
     * (axe-core: tabs holding tab panels, menu items inside menu items, a link inside a tab). Inside the
     * navigation landmark it is read as what it is: area headings whose link opens the area, and lists of links.
     */
    function plainNavigation(menu) {
        var strip = function (selector, attributes) {
            menu.querySelectorAll(selector).forEach(function (element) {
                attributes.forEach(function (attribute) {
                    element.removeAttribute(attribute);
                });
            });
        };
        var lists = ".ui-panelmenu, .ui-panelmenu-content, .ui-menu-list, .ui-menuitem, .ui-menuitem-link, .ui-menuitem-text";
        strip(lists, ["role", "aria-hidden"]);
        // the menu's script gives some of them their roles again once it has started
        new MutationObserver(function () {
            strip(lists + ", .ui-panelmenu-header", ["role"]);
        }).observe(menu, {attributes: true, subtree: true, attributeFilter: ["role"]});
        menu.querySelectorAll(".ui-panelmenu-header").forEach(function (header) {
            var link = header.querySelector("a");
            ["role", "tabindex", "aria-controls"].forEach(function (attribute) {
                header.removeAttribute(attribute);
            });
            if (!link) {
                return;
            }
            link.removeAttribute("tabindex");
            link.setAttribute("aria-expanded", header.getAttribute("aria-expanded") || "false");
            new MutationObserver(function () {
                link.setAttribute("aria-expanded", header.getAttribute("aria-expanded") || "false");
            }).observe(header, {attributes: true, attributeFilter: ["aria-expanded"]});
        });
    }

    /*
     * Issue 12 §7: PrimeFaces marks the native file field of a simple p:fileUpload aria-hidden, although it is the
     * very field the user tabs to and chooses the file with, so screen readers would skip it. An AJAX update draws
     * it again, hence the watch.
     */
    function readableFileFields() {
        var reveal = function () {
            document.querySelectorAll("input[type=file][aria-hidden=true]:not([tabindex='-1'])")
                .forEach(function (input) {
                    input.removeAttribute("aria-hidden");
                });
        };
        reveal();
        new MutationObserver(reveal).observe(document.body, {childList: true, subtree: true});
    }

    function start() {
        readableFileFields();
        init();
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
}());
