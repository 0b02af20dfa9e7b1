package org.sepakat.shared.entity;

import jakarta.ejb.ApplicationException;

/** Someone else saved the record after this user read it; nothing was written. */
@ApplicationException(rollback = true)
public class ConcurrentEdit extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ConcurrentEdit(String type, String key) {
        super("error.concurrentEdit", type, key);
    }
}
