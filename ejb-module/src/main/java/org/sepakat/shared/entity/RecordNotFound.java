package org.sepakat.shared.entity;

import jakarta.ejb.ApplicationException;

@ApplicationException(rollback = true)
public class RecordNotFound extends BusinessException {

    private static final long serialVersionUID = 1L;

    public RecordNotFound(String type, Object id) {
        super("error.notFound", type, String.valueOf(id));
    }
}
