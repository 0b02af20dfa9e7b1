package org.sepakat.it.support;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.sepakat.risk.boundary.Risks;
import org.sepakat.risk.entity.Risk;
import org.sepakat.risk.entity.RiskFinding;

/**
 * Test deployments only: raises a risk as the alignment check would ({@link Risks#raise}), signed in
 * as the service level manager, so the black-box tests have risks before the check exists, and can
 * raise the same finding from several requests at once. POST /it/risks with key, title, finding and
 * optionally customerId, slaId, slaReference, slaTarget, agreementReference, agreementTarget; with
 * aligned=evidence it reconciles the key's prefix instead (the finding is gone). Answers the risk's id.
 */
@WebServlet("/it/risks")
public class RiskFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Risks risks;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        request.login(DemoUsers.SLAMAN, DemoUsers.PASSWORD);
        try {
            String key = request.getParameter("key");
            String aligned = request.getParameter("aligned");
            Risk risk = aligned == null
                    ? risks.raise(finding(request, key))
                    : risks.reconcile(key, List.of(), aligned).stream()
                            .filter(r -> r.getSourceKey().equals(key))
                            .findFirst()
                            .orElseThrow();
            response.setContentType("text/plain");
            response.getWriter().print(risk.getId());
        } finally {
            request.logout();
        }
    }

    private static RiskFinding finding(HttpServletRequest request, String key) {
        return new RiskFinding(
                key,
                request.getParameter("title"),
                request.getParameter("finding"),
                DemoUsers.SLAMAN,
                number(request.getParameter("customerId")),
                number(request.getParameter("slaId")),
                request.getParameter("slaReference"),
                request.getParameter("slaTarget"),
                number(request.getParameter("agreementId")),
                request.getParameter("agreementReference"),
                request.getParameter("agreementTarget"));
    }

    private static Long number(String value) {
        return value == null || value.isBlank() ? null : Long.valueOf(value);
    }
}
