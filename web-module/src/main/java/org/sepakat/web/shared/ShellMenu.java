package org.sepakat.web.shared;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.DefaultSubMenu;
import org.primefaces.model.menu.MenuModel;
import org.sepakat.common.Messages;
import org.sepakat.web.shared.ShellDestination.Area;

/**
 * The shell's navigation: the side menu grouped by area, offering only what the user's roles may
 * open and marking the page shown, and the breadcrumbs of a detail page (area › list › record).
 */
@Named
@RequestScoped
public class ShellMenu {

    static final String CURRENT = "sp-current";

    @Inject
    UserSession user;

    @Resource(lookup = "sepakat/httpsPort")
    Object httpsPort;

    private MenuModel menu;
    private final Map<String, MenuModel> crumbs = new HashMap<>();

    /** The side menu: one submenu per area the user has a page in, each expanded. */
    public MenuModel getModel() {
        if (menu == null) {
            menu = new DefaultMenuModel();
            ShellDestination current = current();
            for (Area area : Area.values()) {
                List<ShellDestination> offered = offered(area);
                if (!offered.isEmpty()) {
                    DefaultSubMenu submenu = DefaultSubMenu.builder()
                            .id("area_" + area.name())
                            .label(text(area.labelKey()))
                            .icon(area.icon())
                            .expanded(true)
                            .build();
                    offered.forEach(
                            destination -> submenu.getElements().add(item(destination, destination == current)));
                    menu.getElements().add(submenu);
                }
            }
        }
        return menu;
    }

    /**
     * Breadcrumbs of a record of a destination's list: start page › area › list › the record (its
     * reference or name, escaped), each a link; the record's links to the page itself.
     */
    public MenuModel crumbs(String destinationName, String record) {
        return crumbs.computeIfAbsent(destinationName + '\n' + record, key -> {
            ShellDestination destination = ShellDestination.valueOf(destinationName);
            ShellDestination areaStart =
                    offered(destination.area()).stream().findFirst().orElse(destination);
            DefaultMenuModel model = new DefaultMenuModel();
            model.getElements()
                    .add(DefaultMenuItem.builder()
                            .value(text("nav.home"))
                            .outcome("/index")
                            .build());
            model.getElements()
                    .add(DefaultMenuItem.builder()
                            .value(text(destination.area().labelKey()))
                            .outcome(areaStart.outcome())
                            .build());
            model.getElements()
                    .add(DefaultMenuItem.builder()
                            .value(text(destination.labelKey()))
                            .outcome(destination.outcome())
                            .build());
            if (record != null && !record.isBlank()) {
                model.getElements()
                        .add(DefaultMenuItem.builder()
                                .value(record)
                                .escape(true)
                                .outcome(FacesContext.getCurrentInstance()
                                        .getViewRoot()
                                        .getViewId())
                                .includeViewParams(true)
                                .build());
            }
            return model;
        });
    }

    private List<ShellDestination> offered(Area area) {
        return Arrays.stream(ShellDestination.values())
                .filter(destination -> destination.area() == area && destination.offeredTo(user))
                .toList();
    }

    private ShellDestination current() {
        String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        return Arrays.stream(ShellDestination.values())
                .filter(destination -> destination.holds(viewId))
                .findFirst()
                .orElse(null);
    }

    private DefaultMenuItem item(ShellDestination destination, boolean current) {
        DefaultMenuItem.Builder item = DefaultMenuItem.builder()
                .id("nav_" + destination.name())
                .value(text(destination.labelKey()))
                .icon(destination.icon());
        if (current) {
            item.styleClass(CURRENT);
        }
        if (destination.isFacesView()) {
            return item.outcome(destination.outcome()).build();
        }
        return item.url(url(destination)).build();
    }

    /** Paths outside the Faces pages: the API description below the application, the admin center on HTTPS. */
    private String url(ShellDestination destination) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (destination == ShellDestination.ADMIN_CENTER) {
            return "https://" + external.getRequestServerName() + ":"
                    + String.valueOf(httpsPort).trim() + destination.outcome();
        }
        return external.getRequestContextPath() + destination.outcome();
    }

    private String text(String key) {
        return Messages.text(user.getLocale(), key);
    }
}
