package org.sepakat.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sepakat.common.Messages;
import org.sepakat.shared.entity.BusinessException;
import org.sepakat.shared.entity.InvalidInput;

/**
 * Shows a business refusal on the page: field problems beside the field whose id matches the
 * field name inside the given form, everything else as a global message.
 */
@ApplicationScoped
public class FacesErrors {

    /** A field of one row of a list in the input: "targets[2].threshold". */
    private static final Pattern ROW_FIELD = Pattern.compile("(?:\\w+\\.)*(\\w+)\\[(\\d+)]\\.(\\w+)");

    /** One row of a list as a whole, e.g. a RACI activity with two accountable parties: "raci[1]". */
    private static final Pattern ROW = Pattern.compile("(?:\\w+\\.)*(\\w+)\\[(\\d+)]");

    public void show(BusinessException e) {
        show(e, null);
    }

    public void show(BusinessException e, String formId) {
        show(e, formId, "");
    }

    /**
     * As {@link #show(BusinessException, String)}, for forms whose input ids carry a prefix:
     * with prefix "contact" the problem of field "email" goes beside input "contactEmail".
     */
    public void show(BusinessException e, String formId, String idPrefix) {
        show(e, formId, idPrefix, Set.of());
    }

    /**
     * As {@link #show(BusinessException, String)}, leaving out the problems of the inputs the page
     * itself already refused ({@code refusedIds}, client ids): their message says more.
     */
    public void showBesideRefused(InvalidInput e, String formId, Set<String> refusedIds) {
        show(e, formId, "", refusedIds);
    }

    private void show(BusinessException e, String formId, String idPrefix, Set<String> refusedIds) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot().getLocale();
        if (e instanceof InvalidInput invalid) {
            for (Messages.FieldText field : Messages.fields(locale, invalid)) {
                String clientId = clientId(faces, formId, inputId(idPrefix, field.field()));
                if (clientId != null && refusedIds.contains(clientId)) {
                    continue;
                }
                faces.addMessage(
                        clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, field.message(), field.message()));
            }
        } else {
            String text = Messages.text(locale, e);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
        faces.validationFailed();
    }

    public void info(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = Messages.text(faces.getViewRoot().getLocale(), key, arguments);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }

    private static String inputId(String prefix, String field) {
        if (prefix.isEmpty() || field.isEmpty()) {
            return field;
        }
        return prefix + Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }

    private static String clientId(FacesContext faces, String formId, String field) {
        if (formId == null) {
            return null;
        }
        UIComponent form = faces.getViewRoot().findComponent(formId);
        if (form == null) {
            return null;
        }
        Matcher row = ROW_FIELD.matcher(field);
        if (row.matches()) {
            return rowClientId(faces, form, row.group(1), row.group(2), row.group(3));
        }
        Matcher whole = ROW.matcher(field);
        if (whole.matches()) {
            return rowClientId(faces, form, whole.group(1), whole.group(2), "row");
        }
        UIComponent input = form.findComponent(field);
        return input == null ? null : input.getClientId(faces);
    }

    /**
     * The input of field "name" in row 2 of list "targets": input "name" or "targetName" in the
     * table "targetTable" (or "targetsTable"), at row index 2. A problem of the whole row goes to its
     * component "row" (or "targetRow").
     */
    private static String rowClientId(FacesContext faces, UIComponent form, String list, String row, String field) {
        String singular = list.endsWith("s") ? list.substring(0, list.length() - 1) : list;
        UIComponent table = first(form, singular + "Table", list + "Table");
        if (table == null) {
            return null;
        }
        UIComponent input = first(table, field, inputId(singular, field));
        if (input == null) {
            return null;
        }
        String tableId = table.getClientId(faces);
        char separator = UINamingContainer.getSeparatorChar(faces);
        return tableId + separator + row + separator + input.getId();
    }

    private static UIComponent first(UIComponent base, String... ids) {
        for (String id : ids) {
            UIComponent found = find(base, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Searches below {@code base} (tables sit inside tab views and other naming containers). */
    private static UIComponent find(UIComponent base, String id) {
        for (UIComponent child : base.getChildren()) {
            if (id.equals(child.getId())) {
                return child;
            }
            UIComponent found = find(child, id);
            if (found != null) {
                return found;
            }
        }
        for (UIComponent facet : base.getFacets().values()) {
            UIComponent found = id.equals(facet.getId()) ? facet : find(facet, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
