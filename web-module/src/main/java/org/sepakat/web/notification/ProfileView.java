package org.sepakat.web.notification;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.sepakat.notification.boundary.Notifications;
import org.sepakat.notification.entity.Delivery;
import org.sepakat.notification.entity.NotificationKind;
import org.sepakat.web.shared.Attempt;

/** The user's profile (user menu): how each kind of notification reaches them, stored per user and kind. */
@Named
@ViewScoped
public class ProfileView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Notifications notifications;

    @Inject
    Attempt attempt;

    private List<Choice> choices = List.of();

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        choices = notifications.myPreferences().entrySet().stream()
                .map(e -> new Choice(e.getKey(), e.getValue()))
                .toList();
    }

    public Delivery[] getDeliveries() {
        return Delivery.values();
    }

    /** One row per kind of notification, with the user's choice. */
    public List<Choice> getChoices() {
        return choices;
    }

    public void save() {
        List<Choice> chosen = new ArrayList<>(choices);
        if (attempt.run(() -> chosen.forEach(c -> notifications.choose(c.getKind(), c.getDelivery())), "profile")) {
            load();
            attempt.done("profile.saved");
        }
    }

    /** A kind of notification and how it reaches the user; typed, so Faces converts the menu's value. */
    public static class Choice implements Serializable {

        private static final long serialVersionUID = 1L;
        private final NotificationKind kind;
        private Delivery delivery;

        Choice(NotificationKind kind, Delivery delivery) {
            this.kind = kind;
            this.delivery = delivery;
        }

        public NotificationKind getKind() {
            return kind;
        }

        public Delivery getDelivery() {
            return delivery;
        }

        public void setDelivery(Delivery delivery) {
            this.delivery = delivery;
        }
    }
}
