package io.reload.shared.web;

import io.reload.shared.persistence.RequestStatements;
import jakarta.annotation.Resource;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A page GET is one unit of work: one transaction from its first view action to its last rendered
 * row, which every service call of the page joins. So the page shares one persistence context:
 * the signed-in account, the clinic's settings and the plan are read once, not once per service
 * call. It also says how much database work the page did: the SQL statements and transactions it
 * ran, in the log at FINE for every page, and as a WARNING when a page ran more than {@link
 * #BUDGET} statements or more than one transaction, the limits a page keeps however much data the
 * clinic has. Form posts keep a transaction per service call, each change on its own.
 */
@WebFilter(filterName = "PageTransaction", urlPatterns = "*.xhtml")
public class PageTransaction extends HttpFilter {

    /** Statements a page GET may run, whatever the size of the clinic. */
    public static final int BUDGET = 10;

    /** Faces' scripts and styles, whose paths end in .xhtml too. */
    private static final String RESOURCES = "/jakarta.faces.resource/";

    private static final Logger LOG = Logger.getLogger(PageTransaction.class.getName());

    /** The transaction of the page GET this thread is serving, if it is serving one. */
    private static final ThreadLocal<UserTransaction> OF_THIS_PAGE = new ThreadLocal<>();

    @Resource
    UserTransaction transaction;

    /**
     * After a refusal (or a failure) on a page GET: the refused change rolled the page's
     * transaction back, so nothing of it stays, and the container would refuse every later call of
     * the page in that transaction; the rest of the page (its message, or the error page) goes on
     * in a new one. Nothing to do outside a page GET, or while the transaction still stands.
     */
    public static void renewIfRolledBack() {
        UserTransaction transaction = OF_THIS_PAGE.get();
        if (transaction == null) {
            return;
        }
        try {
            int status = transaction.getStatus();
            if (status == Status.STATUS_MARKED_ROLLBACK || status == Status.STATUS_ROLLEDBACK) {
                transaction.rollback();
                transaction.begin();
            }
        } catch (SystemException | NotSupportedException e) {
            throw new IllegalStateException("Could not renew the page's transaction", e);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"GET".equals(request.getMethod()) || request.getServletPath().startsWith(RESOURCES)) {
            chain.doFilter(request, response);
            return;
        }
        RequestStatements.startCounting();
        try {
            inOneTransaction(request, response, chain);
        } finally {
            report(request, RequestStatements.stopCounting());
        }
    }

    private void inOneTransaction(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        begin();
        OF_THIS_PAGE.set(transaction);
        boolean completed = false;
        try {
            chain.doFilter(request, response);
            completed = true;
        } finally {
            OF_THIS_PAGE.remove();
            end(completed);
        }
    }

    private void begin() throws ServletException {
        try {
            transaction.begin();
        } catch (Exception e) {
            throw new ServletException("Could not begin the page's transaction", e);
        }
    }

    /** Commits what the page wrote on purpose (the audit trail of who viewed what); a failed page keeps nothing. */
    private void end(boolean completed) throws ServletException {
        try {
            if (completed && transaction.getStatus() == Status.STATUS_ACTIVE) {
                transaction.commit();
            } else if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (Exception e) {
            if (completed) {
                throw new ServletException("Could not end the page's transaction", e);
            }
            // the page's own failure is the one to report
            LOG.log(Level.FINE, "Rolling back a failed page's transaction failed too", e);
        }
    }

    private static void report(HttpServletRequest request, RequestStatements.Counts counts) {
        boolean overBudget = counts.statements() > BUDGET || counts.transactions() > 1;
        Level level = overBudget ? Level.WARNING : Level.FINE;
        if (LOG.isLoggable(level)) {
            LOG.log(level, "GET {0} ran {1} SQL statements in {2} transactions{3}", new Object[] {
                request.getRequestURI(),
                counts.statements(),
                counts.transactions(),
                overBudget ? " (a page keeps to " + BUDGET + " in one)" : ""
            });
        }
    }
}
