package org.sepakat.it.support;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import org.sepakat.shared.entity.Period;

/**
 * Test deployments only: stores a sample period report ({@link StoredReports#sample}) so the
 * black-box tests of the read side have reports to read before anything computes them.
 * POST /it/period-reports with agreementId, reference, customerId, customerCode, period (YYYY-MM),
 * response (% attained) and tickets, optionally the names of the availability target (availability) and of
 * the limit (ticketLimit); answers the new report's id.
 */
@WebServlet("/it/period-reports")
public class ReportFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Resource(lookup = "jdbc/sepakat")
    transient DataSource dataSource;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            long id = StoredReports.store(
                    dataSource,
                    StoredReports.sample(
                            Long.valueOf(request.getParameter("agreementId")),
                            request.getParameter("reference"),
                            Long.valueOf(request.getParameter("customerId")),
                            request.getParameter("customerCode"),
                            Period.parse("period", request.getParameter("period")),
                            new BigDecimal(request.getParameter("response")),
                            Long.parseLong(request.getParameter("tickets")),
                            Objects.requireNonNullElse(
                                    request.getParameter("availability"), StoredReports.AVAILABILITY),
                            Objects.requireNonNullElse(request.getParameter("ticketLimit"), StoredReports.TICKETS),
                            number(request.getParameter("previous")),
                            number(request.getParameter("restated"))));
            response.setContentType("text/plain");
            response.getWriter().print(id);
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    private static BigDecimal number(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
