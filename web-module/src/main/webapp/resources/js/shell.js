/*
 * The shell's menu button: on narrow screens the side menu hides behind it (sepakat.css); and the shell's
 * keyboard use (issue 12 §7): the skip link, Escape in dialogs, focus kept across AJAX updates. A file of
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
        skipLink();
        escapeClosesDialogs();
        keepFocus();
        var current = menu.querySelector(".sp-current");
        if (current) {
            current.setAttribute("aria-current", "page");
        }
    }

    /* Issue 12 §7: the skip link gives focus to the main content (a link to an anchor would only scroll there). */
    function skipLink() {
        var skip = document.querySelector(".sp-skip");
        var main = document.getElementById("main");
        if (!skip || !main) {
            return;
        }
        skip.addEventListener("click", function (event) {
            event.preventDefault();
            main.focus();
        });
    }

    function shown(element) {
        return element.getClientRects().length > 0 && getComputedStyle(element).visibility !== "hidden";
    }

    function topDialog() {
        var top = null;
        document.querySelectorAll(".ui-dialog").forEach(function (dialog) {
            if (shown(dialog) && (!top || Number(getComputedStyle(dialog).zIndex) > Number(getComputedStyle(top).zIndex))) {
                top = dialog;
            }
        });
        return top;
    }

    function firstTabbable(container) {
        var candidates = container.querySelectorAll(
            "a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), "
            + "textarea:not([disabled]), [tabindex]");
        return Array.prototype.find.call(candidates, function (element) {
            return element.tabIndex >= 0 && shown(element);
        });
    }

    /*
     * Escape closes the dialog on top as its cancelling button (class sp-dialog-cancel) does. A dialog the server
     * shows (the SLA's signing) is closed through the server, or the next update of its form shows it again.
     * An open drop-down inside it takes the key first (PrimeFaces then marks the key as handled).
     */
    function escapeClosesDialogs() {
        document.addEventListener("keydown", function (event) {
            if (event.key !== "Escape" || event.defaultPrevented) {
                return;
            }
            var dialog = topDialog();
            var cancel = dialog && dialog.querySelector(".sp-dialog-cancel");
            if (cancel) {
                event.preventDefault();
                cancel.click();
            }
        });
    }

    /*
     * Issue 12 §7: keyboard focus is never dropped to the top of the page. When an AJAX update replaces the
     * element that had focus (a button that updates its own form, the buttons of a dialog the update closes), focus
     * goes to the element of the same id inside the dialog still shown, to the first field of a dialog the update
     * opened, to what opened a dialog that closed, or else to the same element drawn again; failing all, to the
     * main content.
     */
    function keepFocus() {
        var last = null;
        var lastInDialog = false;
        var opener = null;
        document.addEventListener("focusin", function (event) {
            var target = event.target;
            if (target === document.body || target === document.documentElement) {
                return;
            }
            // PrimeFaces gives an opened dialog's first field focus: of a drop-down, its hidden select, which no key
            // works on; the drop-down's own label takes the keys
            var dropDown = target.matches(".ui-helper-hidden-accessible select") && target.closest(".ui-selectonemenu");
            var label = dropDown && dropDown.querySelector(".ui-selectonemenu-label");
            if (label && label.tabIndex >= 0) {
                label.focus();
                return;
            }
            last = target;
            lastInDialog = Boolean(target.closest(".ui-dialog"));
            if (!lastInDialog && target.id) {
                opener = target.id;
            }
        });
        if (!window.jQuery) {
            return;
        }
        window.jQuery(document).on("pfAjaxComplete", function () {
            var active = document.activeElement;
            if (!last || last.isConnected || (active && active !== document.body)) {
                return;
            }
            var byId = function (id) {
                var element = id ? document.getElementById(id) : null;
                return element && shown(element) ? element : null;
            };
            var dialog = topDialog();
            var target;
            if (dialog) {
                var same = byId(last.id);
                target = same && dialog.contains(same) ? same : firstTabbable(dialog);
            } else {
                target = (lastInDialog ? byId(opener) : byId(last.id)) || document.getElementById("main");
            }
            if (target) {
                target.focus();
            }
        });
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
        // Tab goes from an area's heading to its links; the list around them is no stop of its own
        strip(".ui-panelmenu-content", ["tabindex"]);
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
            // an open area's heading is drawn active; PrimeFaces sets aria-expanded only once it is toggled
            var expanded = function () {
                link.setAttribute("aria-expanded", String(header.classList.contains("ui-state-active")));
            };
            expanded();
            new MutationObserver(expanded).observe(header, {attributes: true, attributeFilter: ["class"]});
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

    /*
     * WCAG 2.3.3: whoever asked their system for less motion gets menus, dialogs and messages without their
     * animations (PrimeFaces' own switch, which turns jQuery's effects off too).
     */
    function lessMotion() {
        var primeFaces = window.PrimeFaces;
        if (primeFaces && primeFaces.utils && typeof primeFaces.utils.disableAnimations === "function"
                && window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches) {
            primeFaces.utils.disableAnimations();
        }
    }

    function start() {
        lessMotion();
        readableFileFields();
        init();
    }

    lessMotion();

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
}());
