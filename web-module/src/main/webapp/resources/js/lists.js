/*
 * Lists keep their filters and sort in the address: after each AJAX load of a list, PagedModel
 * sends the query that restores it (callback parameter "listQuery"), and it replaces the address
 * without a new history entry. A bookmark, a reload and the back button then show the same list.
 * A file of its own, not an inline script, so the Content-Security-Policy needs no exception.
 */
(function () {
    "use strict";

    function init() {
        if (!window.jQuery || !window.history || !window.history.replaceState) {
            return;
        }
        window.jQuery(document).on("pfAjaxComplete", function (event, xhr, settings, args) {
            if (args && typeof args.listQuery === "string") {
                var address = window.location.pathname + args.listQuery + window.location.hash;
                if (address !== window.location.pathname + window.location.search + window.location.hash) {
                    window.history.replaceState(window.history.state, "", address);
                }
            }
        });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
}());
