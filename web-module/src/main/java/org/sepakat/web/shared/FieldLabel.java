package org.sepakat.web.shared;

import jakarta.faces.component.UIComponent;

/** The name a message gives an input: its label as the page shows it, else its id. */
final class FieldLabel {

    private FieldLabel() {}

    static String of(UIComponent component) {
        Object label = component.getAttributes().get("label");
        return label == null || label.toString().isBlank() ? component.getId() : label.toString();
    }
}
